/**
 * Replaces the sheets Client Register generated earlier (review sheets, the Import Issues sheet)
 * in the open workbook. Generated sheets are found by their `CR_Generated_<n>` names, so a
 * person's own sheets, the register and Settings are never touched, whatever they are called.
 *
 * Round trips: one sync to read the sheet and name lists, `applyPlan`'s for the new sheets, then
 * one sync that swaps them for the earlier ones, so the workbook never holds half of each.
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
import { officeErrorKind, RegisterWriteError } from "./errors";
import { withEquals } from "./sheet-format";

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

/**
 * Writes `fresh` and then deletes the earlier generated sheets of `kind`; returns the names written.
 *
 * The fresh sheets are written first, under temporary names, while the earlier ones still stand:
 * Excel checks each formula as it is written, so when it refuses one (say, a register column was
 * renamed after the sheets were built) the half-written new sheets are removed and the earlier
 * ones stay as they were. Only once every new sheet is written do the earlier sheets and their
 * markers go, in one sync with the new sheets taking their names and markers.
 */
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
  const staged = stagingNames(plan.add.length, [...existing, ...plan.add.map((s) => s.name)]);

  try {
    await applyPlan(
      context,
      {
        lang,
        formulaStyle: "live",
        sheets: plan.add.map((sheet, i) => ({ ...sheet, name: staged[i] })),
        names: [],
      },
      options
    );
  } catch (error) {
    await removeStaged(context, staged);
    // Busy, protected and the like keep their Office error code, which the pane explains.
    if (error instanceof RegisterWriteError || officeErrorKind(error) !== undefined) throw error;
    throw new RegisterWriteError(
      kind === "reviews" ? "write.refused-reviews" : "write.refused-issues",
      { error: (error as Error).message }
    );
  }

  for (const marker of plan.remove) {
    context.workbook.names.getItem(marker.name).delete();
    if (present.has(fold(marker.sheet))) context.workbook.worksheets.getItem(marker.sheet).delete();
  }
  staged.forEach((name, i) => {
    context.workbook.worksheets.getItem(name).name = plan.add[i].name;
  });
  for (const marker of plan.markers)
    context.workbook.names.add(marker.name, withEquals(marker.ref), marker.comment);
  await context.sync();
  return plan.add.map((s) => s.name);
}

/** Temporary sheet names for the fresh sheets, clashing with none of `taken`. */
export function stagingNames(count: number, taken: readonly string[]): string[] {
  const used = new Set(taken.map(fold));
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `~CR new ${n}`;
    if (!used.has(fold(name))) names.push(name);
  }
  return names;
}

/** Deletes whichever staged sheets were created before the failure; the failure is what the user must see. */
async function removeStaged(
  context: Excel.RequestContext,
  staged: readonly string[]
): Promise<void> {
  try {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const remove = new Set(staged.map(fold));
    for (const sheet of sheets.items) if (remove.has(fold(sheet.name))) sheet.delete();
    await context.sync();
  } catch {
    // Left-over "~CR new" sheets are harmless; the next run does not reuse their names.
  }
}
