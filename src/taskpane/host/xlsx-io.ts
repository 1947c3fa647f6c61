/**
 * The preview's file side: an .xlsx in, plain data out, and a plan back to .xlsx bytes, with the
 * project's exceljs readers and writer. Its own chunk, fetched when the first file is opened.
 */
import type { SourceSheet } from "../../importer/types";
import { SHEETS } from "../../register/sheets";
import { isImportIssuesTab, isSettingsTab } from "../../register/tabs";
import type { SheetKey } from "../../register/types";
import { generatedSheetNames } from "../../review/sheet-names";
import type { WorkbookPlan } from "../../workbook/plan";
import { patchTableColumns } from "../../workbook/xlsx/calculated-columns";
import { readRegisterWorkbook, type RegisterWorkbook } from "../../workbook/xlsx/register-reader";
import { loadSourceWorkbook, readSourceWorkbook } from "../../workbook/xlsx/source-reader";
import { writeWorkbookBytes } from "../../workbook/xlsx/stream-writer";

export interface WorkbookFileContent {
  /** The file's own sheets: not register, Settings or generated. */
  sources: SourceSheet[];
  /** Sheets the add-in generated earlier: review sheets (marked) and the Import Issues sheet. */
  earlier: { sheet: SourceSheet; review: boolean }[];
  /** The register, when the file holds register tables or a Settings sheet. */
  register: RegisterWorkbook | null;
  present: SheetKey[];
  hasSettings: boolean;
}

type ExcelWorkbook = Awaited<ReturnType<typeof loadSourceWorkbook>>;
type ExcelWorksheet = ExcelWorkbook["worksheets"][number];

export async function readWorkbookFile(bytes: ArrayBuffer): Promise<WorkbookFileContent> {
  const data = new Uint8Array(bytes);
  // Tables saved by Excel (and by our writer) carry calculated-column formulas exceljs cannot parse unpatched.
  patchTableColumns();
  const workbook = await loadSourceWorkbook(data);
  const tableSheets = new Map<string, string>();
  for (const ws of workbook.worksheets)
    for (const name of tableNames(ws)) tableSheets.set(name.toLowerCase(), ws.name);
  const registerSheets = new Map(
    SHEETS.flatMap((d) => {
      const sheet = tableSheets.get(d.table.toLowerCase());
      return sheet ? [[d.key, sheet] as const] : [];
    })
  );
  const present = [...registerSheets.keys()];
  const settingsSheet = workbook.worksheets.find((ws) => isSettingsTab(ws.name))?.name;
  const hasSettings = settingsSheet !== undefined;
  const reviews = new Set(generatedSheetNames(definedNames(workbook)));
  const registerNames = new Set([
    ...registerSheets.values(),
    ...(settingsSheet !== undefined ? [settingsSheet] : []),
  ]);
  const sheets = (await readSourceWorkbook(data)).filter((sheet) => !registerNames.has(sheet.name));
  const isEarlier = (sheet: SourceSheet) =>
    reviews.has(sheet.name) || isImportIssuesTab(sheet.name);
  return {
    sources: sheets.filter((sheet) => !isEarlier(sheet)),
    earlier: sheets.filter(isEarlier).map((sheet) => ({ sheet, review: reviews.has(sheet.name) })),
    register:
      present.length > 0 || hasSettings
        ? await readRegisterWorkbook(data as unknown as Buffer)
        : null,
    present,
    hasSettings,
  };
}

export async function writeWorkbookFile(plan: WorkbookPlan): Promise<Uint8Array> {
  return writeWorkbookBytes(plan);
}

function tableNames(ws: ExcelWorksheet): string[] {
  return ws.getTables().flatMap((table) => {
    const loaded = table as unknown as { table?: { name?: string }; name?: string };
    const name = loaded.table?.name ?? loaded.name;
    return name ? [name] : [];
  });
}

/** The workbook's defined names with their references (exceljs keeps them as ranges). */
function definedNames(workbook: ExcelWorkbook): { name: string; ref: string }[] {
  const model =
    (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ??
    [];
  return model.flatMap((n) => n.ranges.map((ref) => ({ name: n.name, ref })));
}
