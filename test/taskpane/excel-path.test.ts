/**
 * The task pane's Excel path end to end, without Excel: createExcelActions over the real
 * officeWorkbook() port and office modules, with `Excel.run` handing them the in-memory fake
 * RequestContext. Set up, import a messy sheet, settings, tiers, complaints and the ribbon's
 * reviews all go through the same Office.js calls they make in Excel.
 */
import { sheetDef } from "../../src/register/sheets";
import { isImportIssuesTab } from "../../src/register/tabs";
import { LANGS } from "../../src/register/types";
import { excelSerial } from "../../src/register/workflow/dates";
import { createExcelActions, officeWorkbook } from "../../src/taskpane/host/excel-actions";
import { generateAllReviews } from "../../src/taskpane/ribbon-reviews";
import { asExcelContext, FakeRequestContext, WorkbookModel } from "../workbook/office/fake-excel";
import { evaluateCell } from "../workbook/office/formula-eval";

const DUE_ON = sheetDef("Complaints").fields.findIndex((f) => f.key === "dueOn");

const SOURCE = "客户名单";
const SOURCE_ROWS = [
  ["2026年大客户名单", "", "", "", ""],
  ["客户名称", "联系电话", "生日", "年收入（万元）", "风险偏好"],
  ["王建国", "013800138000", "1975年5月26日", "650", "稳健"],
  ["Acme Trading Ltd", "021-62345678", "", "1,100万", "积极"],
  ["陳美玲", "0912345678", "1990/02/29", "12", "保守型"],
  ["王建国", "013800138000", "1975-05-26", "650", "稳健"],
  ["合计", "", "", "", ""],
];

function workbook(): FakeRequestContext {
  const ctx = new FakeRequestContext(new WorkbookModel());
  ctx.model.addSheet(SOURCE).seed("A1:E7", SOURCE_ROWS);
  return ctx;
}

function excelActions(ctx: FakeRequestContext) {
  type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
  (globalThis as { Excel?: unknown }).Excel = {
    // Every run must ask Excel to wait out cell-edit mode (Excel.RunOptions.delayForCellEdit).
    run: <T>(options: Excel.RunOptions | Batch<T>, batch?: Batch<T>) => {
      if (typeof options === "function" || options.delayForCellEdit !== true)
        throw new Error("Excel.run without { delayForCellEdit: true }");
      return (batch as Batch<T>)(asExcelContext(ctx));
    },
  };
  let last: string | null = null;
  return createExcelActions({
    port: officeWorkbook(),
    today: () => "2026-03-15",
    now: () => new Date("2026-03-15T08:00:00Z"),
    lastImport: { get: () => last, set: (value) => void (last = value) },
  });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

const request = { sheets: [SOURCE], kinds: [], overrides: [], lang: "zh-CN" as const };

describe("the Excel path over Office.js calls", () => {
  test("set up, import twice, settings, tiers, a complaint and the ribbon's reviews; the source sheet never changes", async () => {
    const ctx = workbook();
    const actions = excelActions(ctx);
    const source = () => ctx.model.sheet(SOURCE)!.valuesOf("A1:E7");
    const before = source();

    expect((await actions.status()).sheetsMissing.length).toBeGreaterThan(0);
    await actions.setUp("zh-CN");
    expect((await actions.status()).sheetsMissing).toEqual([]);

    const first = await actions.runImport(request, () => undefined);
    expect(first.counts).toMatchObject({
      sourceRows: 5,
      imported: 3,
      merged: 1,
      skipped: 1,
      rejected: 0,
    });
    const clients = await actions.listClients();
    expect(clients.map((c) => c.name)).toEqual(["王建国", "Acme Trading Ltd", "陳美玲"]);
    expect(ctx.model.table("tblClients")!.rect.rows).toBe(4);

    // The same source again: nothing new, every client merged into itself, one Import Issues sheet.
    const second = await actions.runImport(request, () => undefined);
    expect(second.counts).toMatchObject({ imported: 0, merged: 4 });
    expect(await actions.listClients()).toEqual(clients);
    expect(ctx.model.sheets.filter((s) => isImportIssuesTab(s.name)).map((s) => s.name)).toEqual([
      "导入问题",
    ]);

    const settings = await actions.getSettings();
    expect(settings.lang).toBe("zh-CN");
    await actions.saveSettings({ ...settings, tierThresholds: [5e6, 1e6, 5e4, 1e4] });
    expect((await actions.getSettings()).tierThresholds).toEqual([5e6, 1e6, 5e4, 1e4]);

    await actions.recomputeTiers();
    expect(ctx.model.table("tblTiers")!.rect.rows).toBe(1 + clients.length);

    const complaint = await actions.addComplaint({
      clientId: clients[1].clientId,
      severity: "high",
      receivedOn: "2026-03-13",
      description: "Invoice does not match the contract",
    });
    expect(complaint.dueOn).toBe("2026-03-16");
    // No day is stored for it: its dueOn cell holds the formula, which gives that day.
    const complaints = ctx.model.table("tblComplaints")!;
    const dueAt = complaints
      .headers()
      .findIndex((h) => LANGS.some((l) => h === sheetDef("Complaints").fields[DUE_ON].label[l]));
    const last = complaints.rect.row + complaints.rect.rows - 1;
    const dueCell = `${String.fromCharCode(65 + complaints.rect.column + dueAt)}${last + 1}`;
    expect(complaints.sheet.cell(last, complaints.rect.column + dueAt)?.formula).toBeDefined();
    expect(evaluateCell(ctx.model, complaints.sheet.name, dueCell)).toBe(excelSerial("2026-03-16"));
    expect((await actions.listOpenComplaints()).map((c) => c.complaintId)).toEqual([
      complaint.complaintId,
    ]);

    const clientSheets = await generateAllReviews(actions, "zh-CN");
    expect(clientSheets).toHaveLength(clients.length);
    const generated = () =>
      ctx.model.names.filter((n) => n.name.startsWith("CR_Generated_")).length;
    const sheetCount = ctx.model.sheets.length;
    const markers = generated();
    await generateAllReviews(actions, "zh-CN");
    expect(ctx.model.sheets.length).toBe(sheetCount);
    expect(generated()).toBe(markers);
    const book = ctx.model.sheet("客户总览");
    expect(book?.charts.length).toBeGreaterThan(0);

    expect(source()).toEqual(before);
  });

  /** Renames a header cell of a register table, as a person typing over it would. */
  function renameHeader(ctx: FakeRequestContext, table: string, from: string, to: string): void {
    const model = ctx.model.table(table)!;
    const column = model.headers().indexOf(from);
    expect(column).toBeGreaterThanOrEqual(0);
    model.sheet.seed(cellA1(model.rect.row, model.rect.column + column), [[to]]);
  }

  const cellA1 = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;

  /** Every formula on a sheet (the fake has parsed and checked each one as it was written). */
  const formulasOn = (ctx: FakeRequestContext, sheet: string): string[] =>
    [...ctx.model.sheet(sheet)!.rows.values()].flatMap((cells) =>
      [...cells.values()].flatMap((cell) => (cell.formula ? [cell.formula] : []))
    );

  /** The calculated value of the one cell on `sheet` whose formula starts with `formula`. */
  function valueOf(ctx: FakeRequestContext, sheet: string, formula: string): unknown {
    const model = ctx.model.sheet(sheet)!;
    const found = [...model.rows.entries()].flatMap(([row, cells]) =>
      [...cells.entries()].flatMap(([column, cell]) =>
        cell.formula?.startsWith(`=${formula}`) ? [{ row, column }] : []
      )
    );
    expect(found).toHaveLength(1);
    return evaluateCell(ctx.model, sheet, cellA1(found[0].row, found[0].column));
  }

  test("headers renamed to other spellings the add-in knows: new rows and the book review name the headers the workbook has", async () => {
    const ctx = workbook();
    const actions = excelActions(ctx);
    await actions.setUp("zh-CN");
    renameHeader(ctx, "tblClients", "年收入贡献", "Revenue");
    renameHeader(ctx, "tblClients", "客户编号", "Client ID");

    await actions.runImport(request, () => undefined);
    const clients = await actions.listClients();
    expect(clients).toHaveLength(3);
    await actions.recomputeTiers();

    // Rows added to tblTiers get its calculated columns, reading tblClients by its actual headers.
    const tiers = ctx.model.table("tblTiers")!;
    const revenueColumn = tiers.headers().indexOf("年收入贡献");
    const added = tiers.sheet.formulasOf(
      cellA1(tiers.rect.row + tiers.rect.rows - 1, tiers.rect.column + revenueColumn)
    )[0][0];
    expect(added).toContain("tblClients[[Revenue]]");
    expect(added).toContain("tblClients[[Client ID]]");

    await generateAllReviews(actions, "zh-CN");
    const book = formulasOn(ctx, "客户总览");
    expect(book.length).toBeGreaterThan(20);
    expect(book.some((f) => f.includes("tblClients[[Revenue]]"))).toBe(true);
    expect(book.some((f) => f.includes("tblClients[[Client ID]]"))).toBe(true);
    expect(book.filter((f) => /tblClients\[\[(年收入贡献|客户编号)\]\]/.test(f))).toEqual([]);

    // And they calculate: the book's clients with revenue and total revenue, over the renamed column.
    const clientsTable = ctx.model.table("tblClients")!;
    const revenues = clientsTable
      .bodyValues()
      .map((row) => row[clientsTable.headers().indexOf("Revenue")])
      .filter((v): v is number => typeof v === "number" && v > 0);
    expect(revenues.length).toBeGreaterThan(0);
    expect(valueOf(ctx, "客户总览", 'SUMIF(tblClients[[Revenue]],">0")')).toBe(
      revenues.reduce((a, b) => a + b, 0)
    );
    expect(valueOf(ctx, "客户总览", 'COUNTIF(tblClients[[Revenue]],">0")')).toBe(revenues.length);
  });

  test("a header renamed to something the add-in cannot recognise stops the reviews before anything changes; the earlier reviews stay", async () => {
    const ctx = workbook();
    const actions = excelActions(ctx);
    await actions.setUp("zh-CN");
    await actions.runImport(request, () => undefined);
    await generateAllReviews(actions, "zh-CN");
    const sheetsBefore = ctx.model.sheets.map((s) => s.name);
    const bookBefore = formulasOn(ctx, "客户总览");
    const tiersBefore = ctx.model.table("tblTiers")!.bodyValues();
    const markersBefore = ctx.model.names.map((n) => [n.name, n.ref]);

    renameHeader(ctx, "tblClients", "年收入贡献", "Rev 2026");
    await expect(generateAllReviews(actions, "zh-CN")).rejects.toMatchObject({
      code: "invalid",
      detail: expect.stringMatching(
        /column "年收入贡献" of table tblClients.*recognised name.*earlier review sheets were kept/
      ),
    });
    expect(ctx.model.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(formulasOn(ctx, "客户总览")).toEqual(bookBefore);
    expect(ctx.model.table("tblTiers")!.bodyValues()).toEqual(tiersBefore);
    expect(ctx.model.names.map((n) => [n.name, n.ref])).toEqual(markersBefore);
  });

  test("importing before any set-up sets the register up with the rows; the next import replaces its Import Issues sheet", async () => {
    const ctx = workbook();
    const actions = excelActions(ctx);
    const first = await actions.runImport(request, () => undefined);
    expect(first.counts.imported).toBe(3);
    expect((await actions.status()).sheetsMissing).toEqual([]);
    expect(first.issuesSheet).toBe("导入问题");
    const second = await actions.runImport(request, () => undefined);
    expect(second.issuesSheet).toBe("导入问题");
    expect(ctx.model.sheets.filter((s) => isImportIssuesTab(s.name)).map((s) => s.name)).toEqual([
      "导入问题",
    ]);
    expect((await actions.listClients()).length).toBe(3);
  });
});
