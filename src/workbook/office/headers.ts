/** Matching table headers in any language to register fields. Pure. */
import { fieldByHeader, findField, foldHeader, foldWithinScript } from "../../register/catalog";
import type { Lang, SheetKey } from "../../register/types";
import { LANGS } from "../../register/types";
import { sheetDef } from "../../register/sheets";
import type { ColumnPlan } from "../plan";

/** How many headers are the field labels of each language. */
export function countLabelMatches(
  sheet: SheetKey,
  headers: readonly string[]
): Record<Lang, number> {
  const folded = new Set(headers.map((h) => foldWithinScript(h)));
  const counts = { en: 0, "zh-CN": 0, "zh-TW": 0 } as Record<Lang, number>;
  for (const lang of LANGS)
    counts[lang] = sheetDef(sheet).fields.filter((f) =>
      folded.has(foldWithinScript(f.label[lang]))
    ).length;
  return counts;
}

/** The language with the most label matches (ties go to the earlier of en, zh-CN, zh-TW), or undefined for none. */
export function bestLang(counts: Record<Lang, number>): Lang | undefined {
  let best: Lang | undefined;
  for (const lang of LANGS)
    if (counts[lang] > 0 && (best === undefined || counts[lang] > counts[best])) best = lang;
  return best;
}

/** The language whose labels most headers use, or undefined when no header is a label. */
export function detectHeaderLang(sheet: SheetKey, headers: readonly string[]): Lang | undefined {
  return bestLang(countLabelMatches(sheet, headers));
}

/** True when an existing header already stands for the plan column (same header, key, or any spelling of its field). */
export function headerMatchesColumn(
  sheet: SheetKey | undefined,
  header: string,
  column: ColumnPlan
): boolean {
  const folded = foldHeader(header);
  if (folded === foldHeader(column.header) || folded === foldHeader(column.key)) return true;
  return sheet !== undefined && fieldByHeader(sheet, header)?.key === column.key;
}

/**
 * The header a new column gets in an existing table: its label in the table's language when the
 * catalog knows it, else the plan's header; never one the table already has (Excel would rename it).
 */
export function headerForNewColumn(
  sheet: SheetKey | undefined,
  column: ColumnPlan,
  tableLang: Lang | undefined,
  taken: ReadonlySet<string>
): string {
  const field = sheet !== undefined ? findField(sheet, column.key) : undefined;
  const candidates = [
    field && tableLang ? field.label[tableLang] : undefined,
    column.header,
    `${column.header} (${column.key})`,
  ];
  for (const candidate of candidates) {
    if (candidate !== undefined && !taken.has(foldHeader(candidate))) return candidate;
  }
  let n = 2;
  while (taken.has(foldHeader(`${column.header} (${n})`))) n++;
  return `${column.header} (${n})`;
}
