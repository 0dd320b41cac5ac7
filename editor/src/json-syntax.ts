/**
 * Where a JSON text breaks, and which of the usual slips it is, for a message an editor can act
 * on: „Zeile 23, Spalte 5: ein Komma vor „]““.
 *
 * A scan of its own rather than the parser's error: every engine words it differently (V8 "…
 * at position 412 (line 23 column 5)", older V8 the position alone, Firefox "… at line 23
 * column 5 of the JSON data", Safari no place at all), in English, and none says why. The scan
 * follows the JSON grammar (RFC 8259) only far enough to find the first place that breaks it;
 * it runs only after JSON.parse has refused the text.
 */

export type JsonSlip =
  /** Nothing but white space. */
  | 'empty'
  /** A comma after the last entry of a list or object: `[1, 2,]`. */
  | 'comma-before-end'
  /** „…“ or “…” from a word processor where JSON needs "…". */
  | 'typographic-quote'
  /** '…' where JSON needs "…". */
  | 'single-quote'
  /** Two entries without a comma between them. */
  | 'missing-comma'
  /** A line break inside a text ("…"). */
  | 'line-break-in-text'
  /** The text ends inside the data: a } or ] is missing, or the file was cut off. */
  | 'unexpected-end'
  /** More after the data has ended: a } or ] too many, or a second object. */
  | 'after-end'
  /** A character that cannot stand there. */
  | 'unexpected';

export interface JsonSyntaxProblem {
  slip: JsonSlip;
  /** 1-based, as a text editor counts. */
  line: number;
  /** 1-based, in characters of the line. */
  column: number;
  /** The character found there (for `comma-before-end`, the bracket after the comma). */
  found?: string;
}

const TYPOGRAPHIC_QUOTES = '„“”‚‘’«»';

class Break {
  constructor(
    readonly slip: JsonSlip,
    readonly index: number,
    readonly found?: string,
  ) {}
}

/** The first place where `text` is no JSON; undefined when it is JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  if (text.trim() === '') return { slip: 'empty', line: 1, column: 1 };
  let index = 0;
  /** Where the last text ("…") began: a typographic quote in it may have ended it too early. */
  let lastTextStart = 0;

  const skipSpace = () => {
    while (' \t\n\r'.includes(text[index] ?? 'x')) index++;
  };
  /** The break at `index`, named by the character found there. */
  const unexpected = (): never => {
    const character = text[index];
    if (character === undefined) throw new Break('unexpected-end', index);
    if (TYPOGRAPHIC_QUOTES.includes(character))
      throw new Break('typographic-quote', index, character);
    if (character === "'") throw new Break('single-quote', index, character);
    throw new Break('unexpected', index, character);
  };
  const expect = (character: string) => {
    if (text[index] !== character) unexpected();
    index++;
  };

  const string = () => {
    lastTextStart = index;
    expect('"');
    for (;;) {
      const character = text[index];
      if (character === undefined) throw new Break('unexpected-end', index);
      if (character === '"') {
        index++;
        return;
      }
      if (character === '\n' || character === '\r') throw new Break('line-break-in-text', index);
      if (character < ' ') unexpected();
      if (character === '\\') {
        index++;
        if (text[index] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) unexpected();
          index += 4;
        } else if (!'"\\/bfnrt'.includes(text[index] ?? 'x')) {
          unexpected();
        }
      }
      index++;
    }
  };

  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(index));
    if (!match) unexpected();
    index += match![0].length;
  };

  const literal = () => {
    const word = /^(?:true|false|null)/.exec(text.slice(index))?.[0];
    if (!word) unexpected();
    index += word!.length;
  };

  /** The entries of a list or an object, up to `close`, each read by `entry`. */
  const entries = (close: string, entry: () => void) => {
    index++;
    skipSpace();
    if (text[index] === close) {
      index++;
      return;
    }
    for (;;) {
      entry();
      skipSpace();
      if (text[index] === close) {
        index++;
        return;
      }
      if (text[index] === ',') {
        const comma = index;
        index++;
        skipSpace();
        const next = text[index];
        if (next === ']' || next === '}') throw new Break('comma-before-end', comma, next);
        continue;
      }
      // The start of another entry where a comma belongs.
      if (text[index] !== undefined && /["{[\d\-tfn]/.test(text[index]))
        throw new Break('missing-comma', index, text[index]);
      unexpected();
    }
  };

  const value = (): void => {
    skipSpace();
    const character = text[index];
    if (character === '{') {
      entries('}', () => {
        skipSpace();
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (character === '[') {
      entries(']', value);
    } else if (character === '"') {
      string();
    } else if (character === '-' || (character >= '0' && character <= '9')) {
      number();
    } else {
      literal();
    }
  };

  let found: Break;
  try {
    value();
    skipSpace();
    if (index < text.length) throw new Break('after-end', index, text[index]);
    return undefined;
  } catch (error) {
    if (!(error instanceof Break)) throw error;
    found = typographicQuoteIn(text, lastTextStart, error) ?? error;
  }
  const before = text.slice(0, found.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    slip: found.slip,
    line: before.split('\n').length,
    column: found.index - lineStart + 1,
    ...(found.found === undefined ? {} : { found: found.found }),
  };
}

/**
 * A text closed with a typographic quote (`"Angriff“,`) runs on to the next straight quote, and
 * the scan breaks after it (at a line break in that text, or at what follows the straight
 * quote). The last quote in that text (from `textStart`) beside a comma, colon, bracket or the
 * line's end is the slip.
 */
function typographicQuoteIn(text: string, textStart: number, found: Break): Break | undefined {
  const symptoms: JsonSlip[] = [
    'line-break-in-text',
    'missing-comma',
    'unexpected',
    'unexpected-end',
  ];
  if (!symptoms.includes(found.slip)) return undefined;
  const window = text.slice(textStart, found.index + 1);
  const quotes = [...window.matchAll(/[„“”](?=[ \t]*[,:\]}\r\n])|(?<=[:,[{][ \t]*)[„“”]/g)];
  const quote = quotes[quotes.length - 1];
  return quote ? new Break('typographic-quote', textStart + quote.index, quote[0]) : undefined;
}

/** JSON text that JSON.parse refused, with the place and the slip the scan found (if any). */
export class JsonTextError extends SyntaxError {
  override readonly name = 'JsonTextError';
  constructor(
    readonly problem: JsonSyntaxProblem | undefined,
    options?: { cause: unknown },
  ) {
    super(
      problem
        ? `JSON: ${problem.slip} at line ${problem.line} column ${problem.column}`
        : 'JSON: not valid',
      options,
    );
  }
}
