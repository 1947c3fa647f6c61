/**
 * The task pane decides as the CLI does (issue 9: "the same decisions are made in the task pane").
 * Corpus workbooks are read from their files as the CLI reads them, put into the fake Excel as
 * Excel holds such a workbook once opened (values, dates as serials under a date format, merged
 * ranges, hidden columns, hidden sheets), read back through the pane's own Office.js path
 * (officeWorkbook().readSourceSheet) and imported. Each sheet must come back as the file gave it,
 * and the import must decide the same: every table's register sheet, header rows and column
 * fields, and the same outcome for every source row.
 */
import { promises as fs } from "fs";
import path from "path";
import { importWorkbook } from "../../src/importer";
import type { ImportOptions, SourceCell, SourceSheet } from "../../src/importer/types";
import { readSourceFile } from "../../src/workbook/readers/file";
import { officeWorkbook } from "../../src/taskpane/host/excel-actions";
import { installFakeExcel, WorkbookModel } from "../workbook/office/fake-excel";

const CORPUS = path.join(__dirname, "..", "corpus");
/** Files up to this size: the test reads every one of them, most corpus files are smaller. */
const MAX_FILE_BYTES = 120_000;
/** Workbooks taken for the round trip: those with merges, hidden sheets or hidden columns first. */
const MAX_WORKBOOKS = 40;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const DAYS_1904_AFTER_1900 = 1_462;

interface Label {
  file: string;
  heldOut?: boolean;
  importOptions?: ImportOptions;
}

interface CorpusBook {
  name: string;
  sheets: SourceSheet[];
  options: ImportOptions;
  date1904: boolean;
}

/** A cell as Excel's Range.values and numberFormat give it back. */
function excelCell(
  cell: SourceCell,
  date1904: boolean
): { value: string | number | boolean; numberFormat?: string } {
  if (cell instanceof Date) {
    const serial =
      (cell.getTime() - EXCEL_EPOCH_MS) / DAY_MS - (date1904 ? DAYS_1904_AFTER_1900 : 0);
    return {
      value: serial,
      numberFormat: Number.isInteger(serial) ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss",
    };
  }
  if (cell !== null && typeof cell === "object") return { value: cell.error };
  return { value: cell ?? "" };
}

/** The workbook as Excel holds it after opening the file. */
function openedInExcel(sheets: readonly SourceSheet[], date1904: boolean): WorkbookModel {
  const workbook = new WorkbookModel();
  workbook.date1904 = date1904;
  for (const sheet of sheets) {
    const model = workbook.addSheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell === null || cell === undefined || cell === "") return;
        const { value, numberFormat } = excelCell(cell, date1904);
        const target = model.cellForWrite(r, c);
        target.value = value;
        if (numberFormat) target.numberFormat = numberFormat;
      })
    );
    for (const m of sheet.merges)
      model.merges.push({
        row: m.top - 1,
        column: m.left - 1,
        rows: m.bottom - m.top + 1,
        columns: m.right - m.left + 1,
      });
    for (const c of sheet.hiddenColumns ?? []) model.hiddenColumns.add(c - 1);
    if (sheet.state === "hidden") model.visibility = "Hidden";
    if (sheet.state === "veryHidden") model.visibility = "VeryHidden";
  }
  return workbook;
}

/** The sheets as the task pane reads them from the open workbook, each run waiting out cell edits. */
async function readByThePane(workbook: WorkbookModel): Promise<SourceSheet[]> {
  const excel = installFakeExcel(workbook);
  try {
    const port = officeWorkbook();
    const sheets: SourceSheet[] = [];
    for (const name of await port.sheetNames()) sheets.push(await port.readSourceSheet(name));
    expect(excel.runOptions.every((o) => JSON.stringify(o) === '{"delayForCellEdit":true}')).toBe(
      true
    );
    return sheets;
  } finally {
    excel.uninstall();
  }
}

/** Rows compared as a person sees them: blanks, holes and "" alike, no trailing blanks. */
function comparable(sheet: SourceSheet) {
  const text = (cell: SourceCell | undefined): unknown =>
    cell === undefined || cell === null || cell === ""
      ? null
      : cell instanceof Date
        ? `date ${cell.toISOString()}`
        : cell;
  const rows: unknown[][] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = Array.from({ length: sheet.rows[r]?.length ?? 0 }, (_, c) =>
      text(sheet.rows[r][c])
    );
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return {
    name: sheet.name,
    rows,
    // A merge of blank cells outside the used range (an empty title band) Excel does not report.
    merges: sheet.merges
      .filter((m) => text(sheet.rows[m.top - 1]?.[m.left - 1]) !== null)
      .sort((a, b) => a.top - b.top || a.left - b.left),
    state: sheet.state === "visible" ? undefined : sheet.state,
    hiddenColumns: sheet.hiddenColumns?.length ? sheet.hiddenColumns : undefined,
  };
}

/** What the import decided, sheet by sheet and row by row. */
function decisions(sheets: SourceSheet[], options: ImportOptions) {
  const result = importWorkbook(sheets, options);
  return {
    mappings: result.mappings.map((m) => ({
      sheet: m.sheet,
      range: m.range,
      registerSheet: m.registerSheet,
      headerRows: m.headerRows,
      kind: m.kind,
      columns: m.columns.map((c) => `${c.letter} ${c.header} → ${c.field ?? "-"}`),
    })),
    rows: result.rows.map((r) => `${r.sheet}!${r.row} ${r.outcome}`),
    summary: result.summary,
  };
}

async function corpusBooks(): Promise<CorpusBook[]> {
  const labels = (await fs.readdir(CORPUS)).filter((f) => f.endsWith(".expected.json")).sort();
  const books: (CorpusBook & { telling: boolean })[] = [];
  for (const labelFile of labels) {
    const label = JSON.parse(await fs.readFile(path.join(CORPUS, labelFile), "utf8")) as Label;
    if (label.heldOut === true) continue; // held-out files are run only by the corpus scoreboard
    const file = path.join(CORPUS, label.file);
    if ((await fs.stat(file)).size > MAX_FILE_BYTES) continue;
    const read = await readSourceFile(file);
    const sheets = read.sheets;
    const telling = sheets.some(
      (s) =>
        s.merges.length > 0 ||
        (s.state !== undefined && s.state !== "visible") ||
        (s.hiddenColumns?.length ?? 0) > 0 ||
        read.date1904
    );
    books.push({
      name: labelFile.replace(".expected.json", ""),
      sheets,
      options: label.importOptions ?? {},
      date1904: read.date1904,
      telling,
    });
  }
  const telling = books.filter((b) => b.telling);
  const plain = books.filter((b) => !b.telling);
  return [...telling, ...plain].slice(0, MAX_WORKBOOKS);
}

let books: CorpusBook[] = [];

beforeAll(async () => {
  books = await corpusBooks();
}, 120_000);

describe("the task pane reads and decides as the CLI does, on corpus workbooks", () => {
  test("enough corpus workbooks with merges, hidden sheets or hidden columns take part", () => {
    expect(books.length).toBe(MAX_WORKBOOKS);
    const merged = books.filter((b) => b.sheets.some((s) => s.merges.length > 0));
    expect(merged.length).toBeGreaterThanOrEqual(20);
  });

  test("every sheet comes back from Excel as the file gave it, and the import decides the same", async () => {
    const differences: string[] = [];
    for (const book of books) {
      const pane = await readByThePane(openedInExcel(book.sheets, book.date1904));
      const fromFile = book.sheets.map(comparable);
      const fromPane = pane.map(comparable);
      try {
        expect(fromPane).toEqual(fromFile);
        expect(decisions(pane, book.options)).toEqual(decisions(book.sheets, book.options));
      } catch (error) {
        differences.push(`${book.name}: ${(error as Error).message.slice(0, 2_000)}`);
      }
    }
    expect(differences).toEqual([]);
  }, 300_000);
});
