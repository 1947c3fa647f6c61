/**
 * A plan's outline: a column whose items are indented by leading spaces at three depths or more —
 * a project, its phases, their tasks and steps (账户系统 / ␣␣␣␣开发 / ␣␣␣␣␣␣␣␣账户查询 /
 * ␣␣␣␣␣␣␣␣␣␣␣代码评审). A list of clients names each client flush, or at most one level under its
 * group's heading; rows nested level under level are a breakdown of work (or of accounts), and the
 * names beside them are the people doing it, not clients.
 */
import type { SourceCell } from "./types";

/** Fewest filled rows for an outline to be told from a few stray spaces. */
const MIN_ITEMS = 8;
/** Fewest depths (flush counted) for items nested under items under items. */
const MIN_DEPTHS = 3;
/** Share of the filled rows indented: most items of an outline sit under another. */
const INDENTED_SHARE = 0.5;

const LEADING_SPACE = /^[ \t\u3000\u00a0]*/;
/** Items are words: figures padded to the right (␣␣12.50) are aligned, not nested. */
const WORDY = /[A-Za-z\u3400-\u9fff]/;

/**
 * The index of the column laid out as an outline, or -1. An outline heads its table: it is the
 * first column of words (a row number or a WBS code may stand before it), and it starts at its
 * root, its first item the least indented. Spaces typed at random before a column's values (a
 * messy export's "    London UK") start anywhere and stand in any column.
 */
export function outlineColumn(columnValues: readonly (readonly SourceCell[])[]): number {
  const first = columnValues.findIndex((values) =>
    values.some((v) => typeof v === "string" && WORDY.test(v))
  );
  if (first < 0) return -1;
  const depths = columnValues[first].flatMap((v) =>
    typeof v === "string" && WORDY.test(v) ? [LEADING_SPACE.exec(v)?.[0].length ?? 0] : []
  );
  if (depths.length < MIN_ITEMS || depths[0] !== Math.min(...depths)) return -1;
  const indented = depths.filter((d) => d > 0).length;
  return new Set(depths).size >= MIN_DEPTHS && indented >= depths.length * INDENTED_SHARE
    ? first
    : -1;
}
