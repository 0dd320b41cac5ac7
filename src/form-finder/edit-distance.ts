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
 * `target`: at column j, the fewest edits that turn `typed` into the first j characters of
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
  for (let j = 0; j <= targetLength; j++) previous[j] = anchored ? j : 0;
  for (let i = 1; i <= typed.length; i++) {
    current[0] = i;
    let rowMin = i;
    const typedCode = typed.charCodeAt(i - 1);
    for (let j = 1; j <= targetLength; j++) {
      const cost = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (typedCode === target.charCodeAt(j - 1) ? 0 : 1),
      );
      current[j] = cost;
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
  if (row) for (let j = 0; j <= columns; j++) if (row[j] <= max) return true;
  return false;
}

/** The edit distance of two words when it is at most `max`; otherwise a number above `max`. */
export function editDistance(first: string, second: string, max: number): number {
  return lastRow(first, second, max, true)?.[second.length] ?? max + 1;
}
