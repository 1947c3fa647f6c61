/**
 * Replaces the sheets Client Register generated earlier (review sheets, the Import Issues sheet)
 * in the open workbook. Generated sheets are found by their `CR_Generated_<n>` names, so a
 * person's own sheets, the register and Settings are never touched, whatever they are called.
 *
 * Round trips: one sync to read the sheet and name lists, then `applyPlan`'s (the deletions go
 * out with its first sync, so the workbook never holds half of the old and half of the new).
 */
import {
  GENERATED_NAME_PREFIX,
  generatedMarkers,
  isGeneratedMarker,
  safeSheetName,
  sheetOfRef,
} from "../../review/sheet-names";
import { isImportIssuesTab } from "../../register/tabs";
import type { Lang } from "../../register/types";
import type { SheetPlan } from "../plan";
import type { ApplyOptions } from "./apply-plan";
import { applyPlan } from "./apply-plan";

export type GeneratedKind = "reviews" | "import-issues";

const fold = (name: string) => name.toLocaleLowerCase();

/** Whether a generated sheet belongs to `kind`: Import Issues sheets by their tab (any language), reviews are the rest. */
export function isOfKind(sheetName: string, kind: GeneratedKind): boolean {
  const issues = isImportIssuesTab(sheetName);
  return kind === "import-issues" ? issues : !issues;
}

export interface GeneratedMarker {
  name: string;
  sheet: string;
}

export interface ReplacementPlan {
  /** Sheets to delete, with their marker names. */
  remove: GeneratedMarker[];
  /** The fresh sheets, renamed where they would clash with a sheet that stays. */
  add: SheetPlan[];
  /** Marker names for the fresh sheets, numbered after the markers that stay. */
  markers: { name: string; ref: string; comment?: string }[];
}

/** Pure: what to delete and what to add, given the workbook's sheet names and markers. */
export function planReplacement(
  sheetNames: readonly string[],
  markers: readonly GeneratedMarker[],
  fresh: readonly SheetPlan[],
  kind: GeneratedKind
): ReplacementPlan {
  const remove = markers.filter((m) => isOfKind(m.sheet, kind));
  const removed = new Set(remove.map((m) => fold(m.sheet)));
  const taken = sheetNames.filter((name) => !removed.has(fold(name)));
  const add = fresh.map((sheet) => {
    const name = safeSheetName(sheet.name, taken);
    taken.push(name);
    return { ...sheet, name, generated: true };
  });
  const kept = markers.filter((m) => !isOfKind(m.sheet, kind));
  const highest = Math.max(
    0,
    ...kept.map((m) => Number(m.name.slice(GENERATED_NAME_PREFIX.length)) || 0)
  );
  const markerNames = generatedMarkers(add).map((marker, i) => ({
    ...marker,
    name: `${GENERATED_NAME_PREFIX}${highest + i + 1}`,
  }));
  return { remove, add, markers: markerNames };
}

/** Deletes the earlier generated sheets of `kind` and writes `fresh`; returns the names written. */
export async function replaceGeneratedSheets(
  context: Excel.RequestContext,
  fresh: readonly SheetPlan[],
  kind: GeneratedKind,
  lang: Lang,
  options: ApplyOptions = {}
): Promise<string[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();

  const markers = names.items
    .filter((n) => isGeneratedMarker(n.name))
    .map((n) => ({ name: n.name, sheet: sheetOfRef(String(n.formula).replace(/^=/, "")) }));
  const existing = sheets.items.map((s) => s.name);
  const present = new Set(existing.map(fold));
  const plan = planReplacement(existing, markers, fresh, kind);

  for (const marker of plan.remove) {
    context.workbook.names.getItem(marker.name).delete();
    if (present.has(fold(marker.sheet))) context.workbook.worksheets.getItem(marker.sheet).delete();
  }
  await applyPlan(
    context,
    { lang, formulaStyle: "live", sheets: plan.add, names: plan.markers },
    options
  );
  return plan.add.map((s) => s.name);
}
