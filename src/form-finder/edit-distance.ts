/**
 * Levenshtein edit distances for the search of `<form-finder>`, bounded: each stops as soon as
 * a row of the table exceeds the most edits asked for. Written here and not taken from a
 * library: the search runs them over the catalogue's few thousand words on a keystroke, and
 * they must neither allocate nor finish a table that already failed.
 */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * The last row of the edit table of `typed` against the first `targetLength` characters of
 * `target`: at each column, the fewest edits that turn `typed` into that many first characters of
 * `target` (`anchored`) or into a substring of `target` ending there. Undefined once every entry
 * of a row exceeds `max`. The row is reused by the next call.
 */
function lastRow(
  typed: string,
  target: string,
  max: number,
  anchored: boolean,
  targetLength = target.length,
) {
  if (rowA.length <= targetLength) {
    rowA = new Int32Array(targetLength * 2);
    rowB = new Int32Array(targetLength * 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let column = 0; column <= targetLength; column++) {
    previous[column] = anchored ? column : 0;
  }
  for (let typedLength = 1; typedLength <= typed.length; typedLength++) {
    current[0] = typedLength;
    let rowMin = typedLength;
    const typedCode = typed.charCodeAt(typedLength - 1);
    for (let column = 1; column <= targetLength; column++) {
      const cost = Math.min(
        previous[column] + 1,
        current[column - 1] + 1,
        previous[column - 1] + (typedCode === target.charCodeAt(column - 1) ? 0 : 1),
      );
      current[column] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return undefined;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous;
}

/**
 * True when `typed` is within `max` edits of a prefix of `target` (`anchored`) or of any
 * substring of `target`.
 */
export function withinEdits(typed: string, target: string, max: number, anchored: boolean) {
  // A prefix within `max` edits is at most `max` longer than `typed`: the columns after it
  // cannot change the answer (each column depends only on those before it).
  const columns = anchored ? Math.min(target.length, typed.length + max) : target.length;
  const row = lastRow(typed, target, max, anchored, columns);
  if (row) for (let column = 0; column <= columns; column++) if (row[column] <= max) return true;
  return false;
}

/** The edit distance of two words when it is at most `max`; otherwise a number above `max`. */
export function editDistance(first: string, second: string, max: number): number {
  return lastRow(first, second, max, true)?.[second.length] ?? max + 1;
}
