/**
 * Columns that say a table's rows are things, not parties: a header in the words of stock and
 * catalogues (ISBN, 入库日期, 库龄天数, 實際盤點), counts written with a unit things are counted in
 * (2本, 1套, 3 pcs), a picture's file name on each row (horry01.jpg). A name beside such columns is
 * a thing's name (a book's title, a kit's, a product group's), whatever its header resembles.
 */
import { foldScript, ITEM_LIST_WORDS, PICTURE_FILE_ENDINGS } from "../register/vocabulary";
import { matchForm } from "./header-match";
import type { ColumnProfile } from "./profile";

/** A column holds such values on this many rows at least, and this share of its filled ones. */
const MIN_ROWS = 3;
const MIN_SHARE = 0.6;

const COUNT_UNIT = new RegExp(
  `^\\d+(?:\\.\\d+)?\\s*(?:${ITEM_LIST_WORDS.countUnit.join("|")})$`,
  "i"
);
const PICTURE_FILE = new RegExp(`\\S\\.(?:${PICTURE_FILE_ENDINGS.join("|")})$`, "i");

/** True when a header is in the words of stock and catalogues (ISBN, 入库日期, 實際盤點). */
export function isItemHeader(header: string): boolean {
  const h = matchForm(header);
  if (h === "") return false;
  return ITEM_LIST_WORDS.header.some((w) =>
    /^[a-z]+$/.test(w) ? h === w || h.startsWith(w) || h.endsWith(w) : h.includes(w)
  );
}

function shareOf(p: ColumnProfile, test: (text: string) => boolean): number {
  let hits = 0;
  let all = 0;
  for (const [text, count] of p.values) {
    all += count;
    if (test(foldScript(text.trim()))) hits += count;
  }
  return all === 0 ? 0 : hits / all;
}

/** True when a column's values are counts of things (2本, 1套, 3 pcs) or pictures' file names. */
export function holdsItemValues(p: ColumnProfile | undefined): boolean {
  if (p === undefined || p.filled < MIN_ROWS) return false;
  return (
    shareOf(p, (t) => COUNT_UNIT.test(t)) >= MIN_SHARE ||
    shareOf(p, (t) => PICTURE_FILE.test(t)) >= MIN_SHARE
  );
}

/**
 * The columns (by index) of a table that describe things by the words of stock (isItemHeader) or
 * by their values (holdsItemValues).
 */
export function itemColumns(
  headers: readonly string[],
  profiles: readonly (ColumnProfile | undefined)[]
): number[] {
  return headers.flatMap((h, i) => (isItemHeader(h) || holdsItemValues(profiles[i]) ? [i] : []));
}
