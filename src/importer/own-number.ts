/**
 * How a column of numbers stands to the clients of a list: whether every client has one, and
 * whether each number stays with one client. A client list's own number is given to every client
 * and names one client wherever it comes back (a student with two applications is one student on
 * both rows); a number only some clients have (a visa form's, a card's) numbers something they hold.
 */
import { cellText, isBlankCell } from "./grid";
import { normaliseKey } from "./normalize";
import { isEmptyMark } from "./normalize/cell";
import type { SourceCell } from "./types";

function holdsValue(cell: SourceCell | undefined): boolean {
  return cell !== undefined && !isBlankCell(cell) && !isEmptyMark(cell);
}

/** The share of rows holding a value: blanks and "nothing here" marks (无, -, n/a) hold none. */
export function valueCoverage(values: readonly SourceCell[]): number {
  if (values.length === 0) return 0;
  return values.filter(holdsValue).length / values.length;
}

/**
 * True when every number that comes back on several rows comes back with the same name beside it,
 * and at least one does: the rows of one client written again (an application per row), not a
 * code shared by different clients. Rows without a number or without a name are not looked at.
 */
export function repeatsOnlyWithItsName(
  numbers: readonly SourceCell[],
  names: readonly SourceCell[]
): boolean {
  const nameOf = new Map<string, string>();
  let repeated = false;
  for (let row = 0; row < numbers.length; row++) {
    const number = numbers[row];
    const name = names[row];
    if (!holdsValue(number) || !holdsValue(name)) continue;
    const key = normaliseKey(cellText(number));
    const person = normaliseKey(cellText(name));
    const seen = nameOf.get(key);
    if (seen === undefined) nameOf.set(key, person);
    else if (seen !== person) return false;
    else repeated = true;
  }
  return repeated;
}
