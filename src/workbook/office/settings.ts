/**
 * The Settings sheet of the open workbook, through the workbook names set-up gives it
 * (TierThresholds, FactorWeights, …): reading them into settings, and writing settings back into
 * the same cells, so every formula that reads the names recalculates. Two syncs each way.
 */
import { DEFAULT_SETTINGS, parseSettings, type RegisterSettings } from "../../register/settings";
import type { Lang } from "../../register/types";
import { parseAddress as parsePlanAddress } from "../a1";
import type { PlanValue } from "../plan";
import { isFormula } from "../plan";
import { settingsFromNames, type NamedCells } from "../settings-cells";
import { buildSettingsSheet, SETTING_NAMES } from "../settings-sheet";
import { blockAddress, parseAddress } from "./cells";
import { RegisterWriteError } from "./errors";

const SETTING_NAME_LIST: readonly string[] = Object.values(SETTING_NAMES);
const fold = (name: string) => name.toLowerCase();

interface LoadedName {
  name: string;
  range: Excel.Range;
}

/** Loads the ranges of the setting names the workbook has (two syncs). */
async function loadSettingRanges(context: Excel.RequestContext): Promise<LoadedName[]> {
  const names = context.workbook.names.load("items/name,items/type");
  await context.sync();
  const wanted = new Map(SETTING_NAME_LIST.map((n) => [fold(n), n]));
  const found = names.items
    .filter((item) => wanted.has(fold(item.name)) && item.type === "Range")
    .map((item) => ({
      name: wanted.get(fold(item.name))!,
      range: item.getRange().load("values,address,rowCount,columnCount"),
    }));
  await context.sync();
  return found;
}

function namedCells(loaded: LoadedName): NamedCells {
  const { sheet, block } = parseAddress(loaded.range.address);
  const cells: NamedCells["cells"] = [];
  loaded.range.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const address = blockAddress({
        row: block.row + i,
        column: block.column + j,
        rows: 1,
        columns: 1,
      });
      const scalar =
        typeof value === "string" && value.trim() === ""
          ? null
          : (value as string | number | boolean | null);
      cells.push({ address: sheet ? `${sheet}!${address}` : address, value: scalar });
    })
  );
  return { name: loaded.name, cells };
}

/** The workbook's settings, defaults where a name is missing; null when it has no setting names. */
export async function readWorkbookSettings(
  context: Excel.RequestContext
): Promise<RegisterSettings | null> {
  const loaded = await loadSettingRanges(context);
  if (loaded.length === 0) return null;
  const byName = new Map(loaded.map((l) => [fold(l.name), l]));
  const found = settingsFromNames((name) => {
    const entry = byName.get(fold(name));
    return entry ? namedCells(entry) : undefined;
  });
  return parseSettings({ ...DEFAULT_SETTINGS, ...found });
}

/** The cells of each setting name as set-up lays them out for `settings`, row by row. */
export function settingBlocks(settings: RegisterSettings, lang: Lang): Map<string, PlanValue[][]> {
  const { sheet, names } = buildSettingsSheet(settings, lang);
  const grid = sheet.grid ?? [];
  const blocks = new Map<string, PlanValue[][]>();
  for (const { name, ref } of names) {
    const [from, to = from] = ref.slice(ref.lastIndexOf("!") + 1).split(":");
    const a = parsePlanAddress(from);
    const b = parsePlanAddress(to);
    const rows: PlanValue[][] = [];
    for (let r = a.row; r <= b.row; r++) {
      const row: PlanValue[] = [];
      for (let c = a.column; c <= b.column; c++) row.push(grid[r - 1]?.[c] ?? null);
      rows.push(row);
    }
    blocks.set(fold(name), rows);
  }
  return blocks;
}

/**
 * Writes `settings` into the cells the workbook's setting names cover. Every name must be there
 * with the shape set-up gave it; otherwise nothing is written and the error says which.
 */
export async function writeWorkbookSettings(
  context: Excel.RequestContext,
  settings: RegisterSettings,
  lang: Lang
): Promise<void> {
  const checked = parseSettings(settings);
  const loaded = await loadSettingRanges(context);
  const blocks = settingBlocks(checked, lang);
  const writes: { range: Excel.Range; values: (string | number | boolean)[][] }[] = [];
  for (const [name, values] of blocks) {
    const entry = loaded.find((l) => fold(l.name) === name);
    const label = SETTING_NAME_LIST.find((n) => fold(n) === name) ?? name;
    if (!entry)
      throw new RegisterWriteError(
        "write.settings-name-missing",
        { name: label },
        "Settings",
        "missing-settings"
      );
    const rows = values.length;
    const columns = values[0]?.length ?? 0;
    if (entry.range.rowCount !== rows || entry.range.columnCount !== columns)
      throw new RegisterWriteError(
        "write.settings-name-shape",
        { name: label, address: entry.range.address, rows, columns },
        "Settings"
      );
    // Formula cells in a block (none today) are left as they are.
    if (values.some((row) => row.some((v) => isFormula(v) || v === null))) continue;
    writes.push({ range: entry.range, values: values as (string | number | boolean)[][] });
  }
  for (const { range, values } of writes) range.values = values;
  await context.sync();
}
