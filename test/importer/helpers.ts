import type { SourceCell, SourceMerge, SourceSheet } from "../../src/importer/types";

/** A source sheet from literal rows; merges as "A1:C1" ranges. */
export function sheet(name: string, rows: SourceCell[][], merges: string[] = []): SourceSheet {
  return { name, rows, merges: merges.map(parseRange) };
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function parseRange(range: string): SourceMerge {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  return { top: Number(m[2]), left: colIndex(m[1]), bottom: Number(m[4]), right: colIndex(m[3]) };
}
