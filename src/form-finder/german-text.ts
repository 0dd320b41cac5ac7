/**
 * German words as citizens type them, for the search of `<form-finder>`: where words begin and
 * end (without making strings, for the index's bulk load), function words, and the German
 * normalisation that folds "Müll", "Muell" and "MÜLL" to one form (see german-search.ts for why).
 */

/** Function words that carry no meaning in a form search (normalised spelling). */
export const STOPWORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder fur auf von vom zu zum ' +
    'zur im in an am bei mit nach aus uber ab als auch wie was wo wann ich sie wir es sich ' +
    'mein meine ist sind wird werden kann muss mochte'
  ).split(' '),
);

// ---------------------------------------------------------------------------------------
// Tokens

/** Per UTF-16 code unit: 0 not known yet, 1 part of a word, 2 not. */
const wordCodes = new Uint8Array(65536);

/** Whether the UTF-16 code unit `c` belongs to a word (letter, digit, combining mark). */
export function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (!(code < 65536)) return false; // NaN: the end of the text
  wordCodes[code] ||= /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return wordCodes[code] === 1;
}

/**
 * Calls `word(from, to, hash)` for each word of `text` (letters, digits, combining marks) with
 * a hash of its characters. With `joinHyphens`, after the last part of a hyphenated compound
 * ("Kita-Platz") also for the whole compound, hyphens included in the range, not in the hash.
 * Makes no strings: the index finds the ~130,000 words of a catalogue by their hash.
 */
export function scanWords(
  text: string,
  word: (from: number, to: number, hash: number) => void,
  joinHyphens?: boolean,
): void {
  let start = -1; // of the word, and its hash
  let hash = 0;
  let compound = -1; // of the hyphenated compound, and the hash of its letters
  let joined = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i); // NaN at the end
    if (isWordCode(code)) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      if (compound < 0) {
        compound = i;
        joined = 0;
      }
      hash = (Math.imul(hash, 31) + code) | 0;
      joined = (Math.imul(joined, 31) + code) | 0;
    } else if (start >= 0) {
      word(start, i, hash);
      if (joinHyphens && code === 45 && isWordCode(text.charCodeAt(i + 1))) {
        start = -1; // "Kita-Platz": the compound goes on
        continue;
      }
      if (compound < start) word(compound, i, joined);
      start = compound = -1;
    }
  }
}

/** Words of `text` (letters, digits, combining marks). */
export function words(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (from, to) => out.push(text.slice(from, to)));
  return out;
}

// ---------------------------------------------------------------------------------------
// Normalisation

const OTHER_BEFORE = 0; // after a consonant, a digit or a separator
const E_STAYS = 1; // after a vowel, an umlaut or q: a following "e" stays ("Steuer", "Quelle")
const E_DROPS = 2; // after a or o, or a u that follows a consonant: a following "e" is dropped

/** The plain vowel of each umlaut; an "e" after an umlaut stays, as after any vowel. */
const UMLAUT_VOWELS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

const SPECIAL_FOLDS: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const foldCache = new Map<string, string>();

/** Diacritic-free form of one lower-case non-ASCII character ("é" → "e"). */
function foldChar(character: string): string {
  let folded = foldCache.get(character);
  if (folded === undefined) {
    folded = SPECIAL_FOLDS[character] ?? character.normalize('NFD').replace(/\p{M}/gu, '');
    foldCache.set(character, folded);
  }
  return folded;
}

export interface Offsets {
  /** For each character of the normalised text: its start index in the original text… */
  start: number[];
  /** …and its end index (exclusive). */
  end: number[];
}

export function normalizeInto(text: string, offsets?: Offsets): string {
  let out = '';
  let state = OTHER_BEFORE;
  const emit = (piece: string, i: number) => {
    out += piece;
    if (offsets) {
      for (let unit = 0; unit < piece.length; unit++) {
        offsets.start.push(i);
        offsets.end.push(i + 1);
      }
    }
  };
  // A dropped character (the "e" of "ue", a combining mark) belongs to the one before it.
  const extend = (i: number) => {
    if (offsets && offsets.end.length) offsets.end[offsets.end.length - 1] = i + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lower =
      code < 128
        ? code >= 65 && code <= 90
          ? String.fromCharCode(code + 32)
          : text[i]
        : text[i].toLowerCase();
    for (let j = 0; j < lower.length; j++) {
      const character = lower[j];
      switch (character) {
        case 'a':
        case 'o':
          emit(character, i);
          state = E_DROPS;
          break;
        case 'u':
          emit(character, i);
          state = state === OTHER_BEFORE ? E_DROPS : E_STAYS;
          break;
        case 'e':
          if (state === E_DROPS) extend(i);
          else emit(character, i);
          state = E_STAYS;
          break;
        case 'i':
        case 'q':
        case 'y':
          emit(character, i);
          state = E_STAYS;
          break;
        case 'ä':
        case 'ö':
        case 'ü':
          emit(UMLAUT_VOWELS[character], i);
          state = E_STAYS;
          break;
        case 'ß':
          emit('ss', i);
          state = OTHER_BEFORE;
          break;
        case '\u0308': // combining diaeresis: "u\u0308" is "ü"
          extend(i);
          state = E_STAYS;
          break;
        default: {
          const characterCode = character.charCodeAt(0);
          if (characterCode < 128) {
            emit(character, i);
            state = OTHER_BEFORE;
          } else if (
            (characterCode >= 0x300 && characterCode <= 0x36f) ||
            /\p{M}/u.test(character)
          ) {
            extend(i);
          } else {
            emit(foldChar(character), i);
            state = OTHER_BEFORE;
          }
        }
      }
    }
  }
  return out;
}

/**
 * German search normalisation: lower case; umlauts and their transcriptions folded to the
 * plain vowel (ä/ae → a, ö/oe → o, ü/ue → u, except "ue" after a vowel or q); ß → ss; other
 * diacritics removed; non-letters kept. "Müllabfuhr" and "Muellabfuhr" both become
 * "mullabfuhr", "Straße" and "STRASSE" both "strasse".
 */
export function normalizeGerman(text: string): string {
  return normalizeInto(text);
}
