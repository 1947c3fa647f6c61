/**
 * The formula cells of an .xlsx as its XML stores them: formula text and cached value (`<v>`
 * with its type), read straight from the sheet parts, so a test sees what a previewer that does
 * not calculate would show.
 */
import { unzipSync, strFromU8 } from "fflate";

export type Cached = number | string | boolean | { error: string } | null;

export interface FormulaCell {
  sheet: string;
  address: string;
  /** The cell's own formula text (empty for a cell that follows a shared formula). */
  formula: string;
  /** The cached value; null when the cell has no `<v>`. */
  cached: Cached;
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function sheetParts(files: Record<string, Uint8Array>): { name: string; part: string }[] {
  const workbook = strFromU8(files["xl/workbook.xml"]);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  return [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: unescape(/\bname="([^"]*)"/.exec(m[0])![1]),
    part: targets.get(/\br:id="([^"]+)"/.exec(m[0])![1])!,
  }));
}

/** Every formula cell of every sheet, in sheet order. */
export function formulaCells(bytes: Uint8Array): FormulaCell[] {
  const files = unzipSync(bytes);
  const cells: FormulaCell[] = [];
  for (const { name, part } of sheetParts(files)) {
    const xml = strFromU8(files[part]);
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const inner = m[2] ?? "";
      if (!/<f\b/.test(inner)) continue;
      const attrs = m[1];
      const address = /\br="([^"]+)"/.exec(attrs)![1];
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1] ?? "n";
      const formula = unescape(/<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1] ?? "");
      const v = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(inner);
      let cached: Cached = null;
      if (v) {
        const text = unescape(v[1] ?? "");
        cached =
          type === "str" || type === "inlineStr"
            ? text
            : type === "b"
              ? text === "1" || text.toUpperCase() === "TRUE"
              : type === "e"
                ? { error: text }
                : text === ""
                  ? null
                  : Number(text);
      }
      cells.push({ sheet: name, address, formula, cached });
    }
  }
  return cells;
}

/**
 * Cells whose cached values differ between two files (numbers within a relative 1e-9). A cell we
 * left without a value is only right where LibreOffice computes an error.
 */
export function cachedMismatches(ours: FormulaCell[], theirs: FormulaCell[]): string[] {
  const index = new Map(theirs.map((c) => [`${c.sheet}!${c.address}`, c.cached]));
  const same = (a: Cached, b: Cached) =>
    typeof a === "number" && typeof b === "number"
      ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
      : JSON.stringify(a) === JSON.stringify(b);
  const mismatches: string[] = [];
  for (const cell of ours) {
    const where = `${cell.sheet}!${cell.address}`;
    if (!index.has(where)) {
      mismatches.push(`${where}: no formula in LibreOffice's file`);
      continue;
    }
    const theirsValue = index.get(where)!;
    const leftToCompute = cell.cached === null && typeof theirsValue === "object" && theirsValue;
    if (!leftToCompute && !same(cell.cached, theirsValue))
      mismatches.push(
        `${where} =${cell.formula.slice(0, 60)}: ours ${JSON.stringify(cell.cached)}, LibreOffice ${JSON.stringify(theirsValue)}`
      );
  }
  return mismatches;
}
