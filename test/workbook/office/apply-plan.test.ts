import "../../../src/register/messages";
import { renderMessage } from "../../../src/register/messages/render";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { RegisterWriteError } from "../../../src/workbook/office/errors";
import type { PlanCell } from "../../../src/workbook/plan";
import { asExcelContext, FakeRequestContext, parseA1, WorkbookModel } from "./fake-excel";
import type { SheetModel } from "./fake-excel";
import * as fixtures from "./plan-fixtures";
import { bulkPlan, CLIENT_COLUMNS, clientsSheet, registerPlan } from "./plan-fixtures";

/** Excel points for a width in characters: (chars × 7 px + 5 px padding) × 0.75 pt/px. */
const points = (chars: number) => (chars * 7 + 5) * 0.75;

const sampleRows: PlanCell[][] = [
  [
    "C-0001",
    "Li Lei",
    "person",
    "0086 138 0013 8000",
    "1985-05-15",
    1_200_000,
    true,
    "VIP since 2001",
  ],
  ["C-0002", "Acme Ltd", "enterprise", "010-88886666", null, 0, false, null],
];

function emptyWorkbook(options = {}): FakeRequestContext {
  const model = new WorkbookModel();
  model.addSheet("Sheet1").seed("A1", [["a user's note"]]);
  return new FakeRequestContext(model, options);
}

function sheet(ctx: FakeRequestContext, name: string): SheetModel {
  const found = ctx.model.sheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Everything a run could change, as comparable data. */
function snapshot(ctx: FakeRequestContext): string {
  return JSON.stringify({
    sheets: ctx.model.sheets.map((s) => ({
      name: s.name,
      cells: [...s.rows].map(([r, cells]) => [r, [...cells]]),
      validations: s.validations,
      cfs: s.conditionalFormats,
      widths: [...s.columnWidths],
      frozen: s.frozenRows,
      notes: [...s.notes],
      layout: s.pageLayout,
      visibility: s.visibility,
    })),
    tables: ctx.model.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      rect: t.rect,
      style: t.style,
    })),
    names: ctx.model.names,
  });
}

describe("applyPlan on an empty workbook", () => {
  it("creates every sheet, table and name with headers, formats, validation and a frozen header", async () => {
    const ctx = emptyWorkbook();
    const report = await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));

    expect(report.sheetsCreated).toEqual(["Clients", "Tiers", "Settings"]);
    expect(report.tablesCreated).toEqual(["tblClients", "tblTiers"]);
    expect(report.namesAdded).toEqual(["SlaHigh", "ClientIds"]);
    expect(report.rowsWritten).toBe(2);
    expect(report.rowsBySheet).toEqual({ Clients: 2, Tiers: 0 });
    expect(report.sheetsSkipped).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(ctx.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Clients", "Tiers", "Settings"]);
    expect(sheet(ctx, "Sheet1").valuesOf("A1")).toEqual([["a user's note"]]);

    const clients = ctx.model.table("tblClients");
    expect(clients?.sheet.name).toBe("Clients");
    expect(clients?.headers()).toEqual(CLIENT_COLUMNS.map((c) => c.header));
    expect(clients?.rect).toEqual({ row: 0, column: 0, rows: 3, columns: 8 });
    expect(clients?.style).toBe("TableStyleMedium2");
    // 1985-05-15 is serial 31182; a phone number stays the text it was.
    expect(clients?.bodyValues()).toEqual([
      [
        "C-0001",
        "Li Lei",
        "person",
        "0086 138 0013 8000",
        31182,
        1_200_000,
        true,
        "VIP since 2001",
      ],
      ["C-0002", "Acme Ltd", "enterprise", "010-88886666", "", 0, false, ""],
    ]);

    const ws = sheet(ctx, "Clients");
    expect(ws.frozenRows).toBe(1);
    expect(ws.formatsOf("A2:F2")).toEqual([["@", "@", "@", "@", "yyyy-mm-dd", "#,##0.00"]]);
    // Formats and drop-downs reach the entry rows below a short table (to row 1001, like the .xlsx writer).
    expect(ws.formatsOf("D1001:E1001")).toEqual([["@", "yyyy-mm-dd"]]);
    expect(ws.validationAt("C2")).toEqual({
      list: { inCellDropDown: true, source: "person,enterprise" },
    });
    expect(ws.validationAt("C1001")).toEqual({
      list: { inCellDropDown: true, source: "person,enterprise" },
    });
    expect(ws.validationAt("C1002")).toBeUndefined();
    expect(ws.validationAt("E2")).toEqual({
      date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" },
    });
    expect(ws.validationAt("F3")).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(ws.validationAt("G2")).toEqual({ list: { inCellDropDown: true, source: "TRUE,FALSE" } });
    expect(ws.validationAt("A2")).toBeUndefined();
    expect(ws.columnWidths.get(0)).toBeCloseTo(points(12));
    expect(ws.columnWidths.get(7)).toBeCloseTo(points(36));
    expect(ws.conditionalFormats).toEqual([
      {
        rect: { row: 1, column: 0, rows: 1000, columns: 8 },
        type: "Custom",
        formula: "=$F2>1000000",
        fill: "#C6EFCE",
      },
    ]);
    expect(ws.notes.get("C1")).toBe("person = Person\nenterprise = Enterprise");
    expect(ws.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$1",
      centerHeader: "Clients && more",
      leftFooter: "Client Register",
      rightFooter: "&P / &N",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });

    const tiers = ctx.model.table("tblTiers");
    expect(tiers?.rect).toEqual({ row: 0, column: 0, rows: 2, columns: 3 }); // header and one entry row
    const tiersSheet = sheet(ctx, "Tiers");
    expect(tiersSheet.formulasOf("B2")).toEqual([
      [
        "=INDEX(tblClients[[Annual revenue]],MATCH(tblTiers[[#This Row],[Client ID]],tblClients[[Client ID]],0))",
      ],
    ]);
    expect(tiersSheet.formatsOf("B2")).toEqual([["#,##0.00"]]);
    expect(tiersSheet.conditionalFormats).toEqual([
      { rect: { row: 1, column: 2, rows: 1000, columns: 1 }, type: "DataBar", barColor: "#638EC6" },
    ]);

    const settings = sheet(ctx, "Settings");
    expect(settings.valuesOf("A1:C5")).toEqual([
      ["Settings", "", ""],
      ["Setting", "Value", "Code"],
      ["SLA days (high)", 5, "high"],
      ["Currency", "CNY", "currency"],
      ["Business days", true, "businessDays"],
    ]);
    expect(settings.formatsOf("B3")).toEqual([["0"]]);
    expect(settings.formulasOf("A6:C6")).toEqual([
      ["=not a formula, a label", "=SUM(B3:B3)*2", "00123"],
    ]);
    expect(settings.cell(5, 0)?.formula).toBeUndefined();
    expect(settings.cell(5, 1)?.formula).toBe("=SUM(B3:B3)*2");
    expect(settings.validationAt("B3")).toEqual({
      wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(settings.validationAt("B5")).toEqual({
      list: { inCellDropDown: true, source: "TRUE,FALSE" },
    });
    expect(settings.columnWidths.get(1)).toBeCloseTo(points(12));

    expect(ctx.model.names).toEqual([
      {
        name: "SlaHigh",
        ref: "=Settings!$B$3",
        comment: "Days to resolve a high-severity complaint",
      },
      { name: "ClientIds", ref: "=Clients!$A$2:$A$1001", comment: undefined },
    ]);
  });

  it("suspends calculation for every write batch and screen updating once", async () => {
    const ctx = emptyWorkbook();
    await applyPlan(asExcelContext(ctx), bulkPlan(12_000), { chunkRows: 5_000 });
    const writeSyncs = ctx.stats.syncs - 1; // one inspection sync on an empty workbook
    expect(ctx.stats.calculationSuspends).toBe(writeSyncs);
    expect(ctx.stats.screenSuspends).toBe(1);
  });

  it("writes text columns as text before their values, and other formats after", async () => {
    const ctx = emptyWorkbook();
    await applyPlan(asExcelContext(ctx), bulkPlan(3));
    const log = ctx.stats.writeLog;
    const textFormat = log.findIndex(
      (l) => l.startsWith("set numberFormat") && l.includes('getRange("A2:A1001")')
    );
    const values = log.findIndex((l) => l.startsWith("set values"));
    const dateFormat = log.findIndex(
      (l) => l.startsWith("set numberFormat") && l.includes('getRange("C2:C1001")')
    );
    expect(textFormat).toBeGreaterThanOrEqual(0);
    expect(textFormat).toBeLessThan(values);
    expect(dateFormat).toBeGreaterThan(values);
  });
});

describe("applyPlan with many rows", () => {
  it("needs one more sync per chunk, never one per row, and keeps every request under the budget", async () => {
    const small = emptyWorkbook();
    await applyPlan(asExcelContext(small), bulkPlan(10));
    const base = small.stats.syncs;
    expect(base).toBeLessThanOrEqual(4);

    const big = emptyWorkbook();
    const progress: [number, number][] = [];
    const report = await applyPlan(asExcelContext(big), bulkPlan(100_000), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(report.rowsWritten).toBe(100_000);
    expect(big.stats.syncs).toBeLessThanOrEqual(Math.ceil(100_000 / 5_000) + base);
    expect(big.stats.syncs).toBeGreaterThanOrEqual(Math.ceil(100_000 / 5_000));
    expect(Math.max(...big.stats.requestBytes)).toBeLessThanOrEqual(4_000_000);

    const table = big.model.table("tblClients");
    expect(table?.rect.rows).toBe(100_001);
    // 2020-01-31 is 18,292 days after 1970-01-01, serial 25,569; every third row has no note.
    expect(sheet(big, "Clients").valuesOf("A100000:E100001")).toEqual([
      ["C-099999", "Client 99998", 18_292 + 25_569, 99_998 * 10.5, "note 99998"],
      ["C-100000", "Client 99999", 18_292 + 25_569, 99_999 * 10.5, ""],
    ]);
    expect(progress[0]).toEqual([0, 100_000]);
    expect(progress[progress.length - 1]).toEqual([100_000, 100_000]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1][0])).toBe(true);
  }, 60_000);

  it("splits by bytes when cells are long, counting UTF-8 (CJK text is 3 bytes a character)", async () => {
    const ctx = emptyWorkbook();
    const longText = "客".repeat(3_000); // 9,000 bytes a cell
    await applyPlan(
      asExcelContext(ctx),
      bulkPlan(2_000, () => longText)
    );
    const totalBytes = ctx.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(totalBytes).toBeGreaterThan(2_000 * 9_000);
    expect(Math.max(...ctx.stats.requestBytes)).toBeLessThanOrEqual(4_000_000);
    expect(ctx.stats.syncs).toBeGreaterThanOrEqual(Math.ceil((2_000 * 9_000) / 4_000_000) + 1);
    expect(ctx.model.table("tblClients")?.bodyValues()[1_999][1]).toBe(longText);
  });

  it("honours a smaller request budget", async () => {
    const ctx = emptyWorkbook();
    await applyPlan(
      asExcelContext(ctx),
      bulkPlan(300, (i) => `${i}:${"x".repeat(1_000)}`),
      { maxRequestBytes: 100_000 }
    );
    expect(Math.max(...ctx.stats.requestBytes)).toBeLessThanOrEqual(100_000);
    expect(
      ctx.model
        .table("tblClients")
        ?.bodyValues()
        .map((r) => r[1])
    ).toEqual(Array.from({ length: 300 }, (_, i) => `${i}:${"x".repeat(1_000)}`));
  });

  it("refuses, before writing anything, a row too large for one request", async () => {
    const ctx = emptyWorkbook();
    const before = snapshot(ctx);
    await expect(
      applyPlan(
        asExcelContext(ctx),
        bulkPlan(3, (i) => (i === 1 ? "y".repeat(30_000) : "ok")),
        { maxRequestBytes: 20_000 }
      )
    ).rejects.toThrow(/Row 3 of sheet 'Clients' is too large/);
    expect(ctx.stats.writeActions).toBe(0);
    expect(snapshot(ctx)).toBe(before);
  });

  it("refuses a row with more cells than the table has columns, naming sheet and row", async () => {
    const ctx = emptyWorkbook();
    const rows = [...sampleRows, [...sampleRows[0], "one too many"]];
    await expect(applyPlan(asExcelContext(ctx), registerPlan(rows))).rejects.toThrow(
      "Row 4 of sheet 'Clients' has 9 cells but table tblClients has 8 columns"
    );
    expect(ctx.stats.writeActions).toBe(0);
  });
});

describe("applyPlan refuses values Excel cannot hold", () => {
  it("names the sheet, row and column of a number that is not finite, writing nothing", async () => {
    const ctx = emptyWorkbook();
    const rows = [sampleRows[0], ["C-3", "Bad", "person", null, null, Number.NaN, null, null]];
    await expect(applyPlan(asExcelContext(ctx), registerPlan(rows))).rejects.toThrow(
      `Sheet 'Clients', row 3, column "Annual revenue": NaN is not a number Excel can store. Nothing was changed.`
    );
    expect(ctx.stats.writeActions).toBe(0);
  });

  it("names the cell of a grid text longer than a cell holds", async () => {
    const ctx = emptyWorkbook();
    const plan = registerPlan();
    const settings = plan.sheets[2];
    const tooLong = { ...settings, grid: [...(settings.grid ?? []), [null, "z".repeat(32_768)]] };
    await expect(
      applyPlan(asExcelContext(ctx), { ...plan, sheets: [plan.sheets[0], plan.sheets[1], tooLong] })
    ).rejects.toThrow(
      "Sheet 'Settings', cell B7: the text is 32768 characters long; an Excel cell holds at most 32767."
    );
    expect(ctx.stats.writeActions).toBe(0);
  });
});

describe("applyPlan on a workbook that already has the register", () => {
  it("changes nothing when run a second time", async () => {
    const ctx = emptyWorkbook();
    await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));
    const before = snapshot(ctx);
    const writes = ctx.stats.writeActions;
    const syncs = ctx.stats.syncs;

    const report = await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));
    expect(report).toMatchObject({
      sheetsCreated: [],
      tablesCreated: [],
      columnsAdded: [],
      namesAdded: [],
      rowsWritten: 0,
      sheetsRenamed: [],
    });
    expect(report.rowsSkipped).toEqual([
      {
        sheet: "Clients",
        rows: 2,
        reason: "Table tblClients already exists; set-up does not add rows to it.",
      },
    ]);
    expect(report.sheetsSkipped.map((s) => s.sheet)).toEqual(["Clients", "Tiers", "Settings"]);
    expect(ctx.stats.writeActions).toBe(writes);
    expect(ctx.stats.syncs - syncs).toBe(2);
    expect(snapshot(ctx)).toBe(before);
  });

  it("loads only names, headers and protection: re-checking a 100,000-row register reads a few kilobytes", async () => {
    const ctx = emptyWorkbook();
    await applyPlan(asExcelContext(ctx), bulkPlan(100_000));
    const responsesBefore = ctx.stats.responseBytes.length;
    await applyPlan(asExcelContext(ctx), { ...bulkPlan(0) });
    const read = ctx.stats.responseBytes.slice(responsesBefore).reduce((a, b) => a + b, 0);
    expect(read).toBeLessThan(5_000);
  }, 60_000);

  it("keeps a user's rows and own columns and adds missing columns at the table's right end", async () => {
    const model = new WorkbookModel();
    model.addTable("Clients", "A1:D3", "tblClients", [
      ["Client ID", "Name", "Phone", "My own column"],
      ["C-9", "Wang Fang", 13912345678, "keep me"],
      ["C-10", "Zhao Lei", "", 42],
    ]);
    const ctx = new FakeRequestContext(model);
    const report = await applyPlan(asExcelContext(ctx), registerPlan());

    expect(report.columnsAdded).toEqual([
      {
        sheet: "Clients",
        table: "tblClients",
        columns: ["Client type", "Birthday", "Annual revenue", "Married", "Notes"],
      },
    ]);
    expect(report.sheetsCreated).toEqual(["Tiers", "Settings"]);
    const table = ctx.model.table("tblClients");
    expect(table?.headers()).toEqual([
      "Client ID",
      "Name",
      "Phone",
      "My own column",
      "Client type",
      "Birthday",
      "Annual revenue",
      "Married",
      "Notes",
    ]);
    expect(table?.bodyValues()).toEqual([
      ["C-9", "Wang Fang", 13912345678, "keep me", "", "", "", "", ""],
      ["C-10", "Zhao Lei", "", 42, "", "", "", "", ""],
    ]);
    const ws = sheet(ctx, "Clients");
    expect(ws.validationAt("E2")).toEqual({
      list: { inCellDropDown: true, source: "person,enterprise" },
    });
    expect(ws.formatsOf("F2:F3")).toEqual([["yyyy-mm-dd"], ["yyyy-mm-dd"]]);
    expect(ws.columnWidths.get(8)).toBeCloseTo(points(36));
    expect(ws.notes.get("E1")).toBe("person = Person\nenterprise = Enterprise");

    const again = await applyPlan(asExcelContext(ctx), registerPlan());
    expect(again.columnsAdded).toEqual([]);
  });

  it("names new columns in the table's own language and points formulas at its actual headers", async () => {
    const model = new WorkbookModel();
    model.addTable("客户信息", "A1:C2", "tblClients", [
      ["客户编号", "客户名称", "年收入贡献"],
      ["C-1", "李雷", 500_000],
    ]);
    const ctx = new FakeRequestContext(model);
    const report = await applyPlan(asExcelContext(ctx), registerPlan());

    expect(report.columnsAdded[0].columns).toEqual(["客户类型", "电话", "生日", "已婚", "备注"]);
    expect(report.sheetsCreated).toEqual(["Tiers", "Settings"]);
    expect(ctx.model.sheet("Clients")).toBeUndefined();
    expect(sheet(ctx, "Tiers").formulasOf("B2")).toEqual([
      [
        "=INDEX(tblClients[[年收入贡献]],MATCH(tblTiers[[#This Row],[Client ID]],tblClients[[客户编号]],0))",
      ],
    ]);
  });

  it("points formulas at the actual headers of a register table the plan does not hold", async () => {
    const model = new WorkbookModel();
    model.addTable("Clients", "A1:B2", "tblClients", [
      ["Client ID", "Revenue"],
      ["C-1", 500_000],
    ]);
    const ctx = new FakeRequestContext(model);
    await applyPlan(asExcelContext(ctx), {
      lang: "en",
      formulaStyle: "live",
      sheets: [fixtures.tiersSheet()],
      names: [],
    });
    expect(sheet(ctx, "Tiers").formulasOf("B2")).toEqual([
      [
        "=INDEX(tblClients[[Revenue]],MATCH(tblTiers[[#This Row],[Client ID]],tblClients[[Client ID]],0))",
      ],
    ]);
  });

  it("leaves a user's own 'Clients' sheet alone and creates 'Clients (2)', saying so", async () => {
    const model = new WorkbookModel();
    model.addSheet("Clients").seed("A1:B2", [
      ["my list", ""],
      ["", 42],
    ]);
    const ctx = new FakeRequestContext(model);
    const userSheetBefore = JSON.stringify([...sheet(ctx, "Clients").rows]);

    const report = await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));
    expect(report.sheetsRenamed).toEqual([
      {
        planned: "Clients",
        actual: "Clients (2)",
        reason: expect.stringContaining(
          'A sheet named "Clients" already exists without table tblClients'
        ),
      },
    ]);
    expect(report.sheetsCreated).toEqual(["Clients (2)", "Tiers", "Settings"]);
    expect(JSON.stringify([...sheet(ctx, "Clients").rows])).toBe(userSheetBefore);
    expect(ctx.model.table("tblClients")?.sheet.name).toBe("Clients (2)");
    expect(ctx.model.names.find((n) => n.name === "ClientIds")?.ref).toBe(
      "='Clients (2)'!$A$2:$A$1001"
    );

    const again = await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));
    expect(again.sheetsCreated).toEqual([]);
    expect(again.sheetsRenamed).toEqual([]);
  });

  it("uses an empty sheet that already has the register's name", async () => {
    const model = new WorkbookModel();
    model.addSheet("Clients");
    const ctx = new FakeRequestContext(model);
    const report = await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));
    expect(report.sheetsRenamed).toEqual([]);
    expect(report.sheetsCreated).toEqual(["Tiers", "Settings"]);
    expect(ctx.model.table("tblClients")?.sheet.name).toBe("Clients");
  });

  it("refuses a protected sheet that needs changes before writing anything", async () => {
    const model = new WorkbookModel();
    model.addTable("Clients", "A1:B2", "tblClients", [
      ["Client ID", "Name"],
      ["C-1", "Li"],
    ]).sheet.protected = true;
    const ctx = new FakeRequestContext(model);
    const before = snapshot(ctx);

    const error = await applyPlan(asExcelContext(ctx), registerPlan()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegisterWriteError);
    expect((error as RegisterWriteError).sheet).toBe("Clients");
    expect((error as Error).message).toContain("Unprotect sheet 'Clients' and run set-up again");
    expect(ctx.stats.writeActions).toBe(0);
    expect(snapshot(ctx)).toBe(before);
  });

  it("does not mind a protected sheet that needs nothing", async () => {
    const ctx = emptyWorkbook();
    await applyPlan(asExcelContext(ctx), registerPlan());
    sheet(ctx, "Clients").protected = true;
    ctx.model.sheets.splice(ctx.model.sheets.indexOf(sheet(ctx, "Settings")), 1);
    ctx.model.names.splice(0);
    const report = await applyPlan(asExcelContext(ctx), registerPlan());
    expect(report.sheetsCreated).toEqual(["Settings"]);
    expect(report.namesAdded).toEqual(["SlaHigh", "ClientIds"]);
  });

  it("refuses a protected workbook structure when sheets must be added, writing nothing", async () => {
    const ctx = emptyWorkbook();
    ctx.model.structureProtected = true;
    await expect(applyPlan(asExcelContext(ctx), registerPlan())).rejects.toThrow(
      /workbook structure is protected.*Unprotect the workbook/
    );
    expect(ctx.stats.writeActions).toBe(0);
  });

  it("names the sheets it would add as each language quotes and lists them", async () => {
    const ctx = emptyWorkbook();
    ctx.model.structureProtected = true;
    const error = (await applyPlan(asExcelContext(ctx), registerPlan()).catch(
      (e: unknown) => e
    )) as RegisterWriteError;
    expect(error).toBeInstanceOf(RegisterWriteError);
    const sheets = error.params.sheets as readonly string[];
    expect(sheets.length).toBeGreaterThan(1);
    const [first, second] = sheets;
    expect(error.message).toContain(`"${first}", "${second}"`);
    const zhCN = renderMessage(error.code, error.params, "zh-CN") ?? "";
    expect(zhCN).toContain(`“${first}”、“${second}”`);
    const zhTW = renderMessage(error.code, error.params, "zh-TW") ?? "";
    expect(zhTW).toContain(`「${first}」、「${second}」`);
    expect(zhTW).not.toMatch(/[",]/);
  });
});

describe("applyPlan keeps text as text", () => {
  it("never lets a cell that starts with =, +, - or @ become a formula, in any column", async () => {
    const hostile: PlanCell[][] = [
      [
        "-5",
        "+1 555 0100",
        "person",
        "@SUM(A1)",
        "=1+1",
        "-12,5",
        true,
        '=HYPERLINK("http://evil.example","click")',
      ],
      ["0001", "=cmd|' /C calc'!A0", "enterprise", "00123", "2020-02-30", "1,12", false, "@"],
    ];
    const ctx = emptyWorkbook();
    await applyPlan(asExcelContext(ctx), {
      ...registerPlan(hostile),
      sheets: [clientsSheet(hostile)],
      names: [],
    });

    const table = ctx.model.table("tblClients");
    expect(table?.bodyValues()).toEqual(
      hostile.map((row) => row.map((v) => (v === null ? "" : v)))
    );
    const ws = sheet(ctx, "Clients");
    for (let r = 1; r <= 2; r++)
      for (let c = 0; c < 8; c++) expect(ws.cell(r, c)?.formula).toBeUndefined();
    // Text in a number or date column is marked text; that column's numbers keep their format.
    expect(ws.formatsOf("E2:F3")).toEqual([
      ["@", "@"],
      ["@", "@"],
    ]);
    expect(ws.formatsOf("E4:F4")).toEqual([["yyyy-mm-dd", "#,##0.00"]]);
  });
});

describe("applyPlan on hosts without the newer APIs", () => {
  it("applies everything else and warns when notes or page layout are missing", async () => {
    const ctx = emptyWorkbook({ notesSupported: false, pageLayoutSupported: false });
    const report = await applyPlan(asExcelContext(ctx), registerPlan(sampleRows));
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^Header notes on 'Clients' skipped: this version of Excel lacks ExcelApi 1\.18/
      ),
      expect.stringMatching(/^Print setup of 'Clients' not applied: ApiNotFound/),
    ]);
    expect(ctx.model.table("tblClients")?.bodyValues()).toHaveLength(2);
    expect(ctx.model.names).toHaveLength(2);
  });
});

describe("applyPlan with a review sheet", () => {
  it("draws the book review's native charts below its figures, labelled by the sheet's own cells, and prints them", async () => {
    const { buildBookReviewSheet } = await import("../../../src/review/book-sheet");
    const { printAsPack } = await import("../../../src/review/grid");
    const { fixtureRecords, SETTINGS, TODAY } = await import("../../review/fixture");
    const { buildRegisterPlan } = await import("../../../src/workbook/register-plan");
    const records = fixtureRecords();
    const [book] = printAsPack([buildBookReviewSheet(records, SETTINGS, TODAY, "zh-CN")]);
    const ctx = emptyWorkbook();
    // The book's formulas read the register's tables, so the register comes first.
    await applyPlan(
      asExcelContext(ctx),
      buildRegisterPlan({ lang: "zh-CN", formulaStyle: "live", settings: SETTINGS, records })
    );
    await applyPlan(asExcelContext(ctx), {
      lang: "zh-CN",
      formulaStyle: "live",
      sheets: [book],
      names: [],
    });

    const written = sheet(ctx, book.name);
    expect(written.charts).toHaveLength(book.charts!.length);
    written.charts.forEach((chart, i) => {
      const plan = book.charts![i];
      expect(chart).toEqual({
        type: { column: "ColumnClustered", bar: "BarClustered", pie: "Pie" }[plan.kind],
        seriesBy: "Columns",
        source: parseA1(plan.values),
        categories: parseA1(plan.categories),
        title: plan.title,
        seriesName: plan.seriesName,
        legendVisible: plan.kind === "pie",
        topLeft: plan.topLeft,
        bottomRight: plan.bottomRight,
      });
      // The categories the chart shows are the tier / stage labels the sheet holds.
      const labels = written.valuesOf(plan.categories).map(([label]) => label);
      expect(labels.every((label) => typeof label === "string" && label !== "")).toBe(true);
    });
    expect(written.valuesOf(book.charts![0].categories)[0][0]).toBe("钻石客户");
    // The print area (whole columns in the plan) reaches down to the last chart; the charts
    // start a page of their own.
    const charts = book.charts!;
    const lastColumn = book.print!.area!.split(":")[1];
    const bottom = charts[charts.length - 1].bottomRight.replace(/^[A-Z]+/, "");
    expect(written.pageLayout.printArea).toBe(`A1:${lastColumn}${bottom}`);
    expect(written.pageLayout.rowBreaks).toContain(`A${charts[0].topLeft.replace(/^[A-Z]+/, "")}`);
  });
});
