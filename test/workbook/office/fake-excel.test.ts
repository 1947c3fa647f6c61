/**
 * The fake must behave like Excel where the adapter relies on it, or the adapter's tests prove
 * nothing. These tests pin the behaviours the adapter tests lean on.
 */
import { FakeExcelError, FakeRequestContext, WorkbookModel } from "./fake-excel";

function withSheet(): { ctx: FakeRequestContext; model: WorkbookModel } {
  const model = new WorkbookModel();
  model.addSheet("Data");
  return { ctx: new FakeRequestContext(model), model };
}

describe("fake Excel: the proxy model", () => {
  it("refuses to read a property before it is loaded and synced", async () => {
    const { ctx } = withSheet();
    const sheets = ctx.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Data"]);
    expect(ctx.stats.syncs).toBe(1);
  });

  it("queues writes until sync", async () => {
    const { ctx, model } = withSheet();
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["queued"]];
    expect(model.sheet("Data")?.valuesOf("A1")).toEqual([[""]]);
    await ctx.sync();
    expect(model.sheet("Data")?.valuesOf("A1")).toEqual([["queued"]]);
    expect(ctx.stats.writeActions).toBe(1);
  });

  it("reports a missing item as a null object only through getItemOrNullObject", async () => {
    const { ctx } = withSheet();
    const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope").load("name");
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.worksheets.getItem("Nope").load("name");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("measures each request and refuses one over 5 MB, as Excel on the web does", async () => {
    const { ctx } = withSheet();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:A600");
    range.values = Array.from({ length: 600 }, () => ["x".repeat(10_000)]);
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(ctx.stats.requestBytes[0]).toBeGreaterThan(6_000_000);
    expect(ctx.stats.writeActions).toBe(0);
  });
});

describe("fake Excel: what a cell keeps", () => {
  it("turns strings starting with =, +, - or @ written through values into formulas, like Excel", async () => {
    const { ctx, model } = withSheet();
    ctx.workbook.worksheets.getItem("Data").getRange("A1:D1").values = [
      ['=HYPERLINK("http://x","y")', "+1+555", "-A5", "@SUM(A1)"],
    ];
    await ctx.sync();
    const sheet = model.sheet("Data");
    expect([0, 1, 2, 3].map((c) => sheet?.cell(0, c)?.formula)).toEqual([
      '=HYPERLINK("http://x","y")',
      "=+1+555",
      "=-A5",
      "=@SUM(A1)",
    ]);
  });

  it.each(["+1 555 0100", "-5a", "=SUM(A1", '=IF(A1,"x"'])(
    "refuses %s written through values: it would be a formula, and it does not parse",
    async (text) => {
      const { ctx, model } = withSheet();
      ctx.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [["kept", text]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      expect(model.sheet("Data")?.cell(0, 0)).toBeUndefined();
    }
  );

  it("keeps such strings as text when the cell is formatted '@' first", async () => {
    const { ctx, model } = withSheet();
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:C1");
    range.numberFormat = [["@", "@", "@"]];
    range.values = [['=HYPERLINK("http://x","y")', "00123", "TRUE"]];
    await ctx.sync();
    const sheet = model.sheet("Data");
    expect(sheet?.valuesOf("A1:C1")).toEqual([['=HYPERLINK("http://x","y")', "00123", "TRUE"]]);
    expect(sheet?.cell(0, 0)?.formula).toBeUndefined();
  });

  it("reads digits, TRUE and ISO dates in a General cell as numbers, booleans and dates", async () => {
    const { ctx, model } = withSheet();
    ctx.workbook.worksheets.getItem("Data").getRange("A1:C1").values = [
      ["00123", "TRUE", "1985-05-15"],
    ];
    await ctx.sync();
    expect(model.sheet("Data")?.valuesOf("A1:C1")).toEqual([[123, true, 31182]]);
  });

  it("leaves a cell unchanged for null, clears it for an empty string, and applies one value to every cell", async () => {
    const { ctx, model } = withSheet();
    model.sheet("Data")?.seed("A1:C1", [["a", "b", "c"]]);
    const range = ctx.workbook.worksheets.getItem("Data").getRange("A1:C1");
    range.values = [[null, "", "z"]];
    range.numberFormat = "0.00" as unknown as string[][];
    await ctx.sync();
    expect(model.sheet("Data")?.valuesOf("A1:C1")).toEqual([["a", "", "z"]]);
    expect(model.sheet("Data")?.formatsOf("A1:C1")).toEqual([["0.00", "0.00", "0.00"]]);
  });

  it("rejects a 2D array that does not match the range", async () => {
    const { ctx } = withSheet();
    ctx.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [["only one row", "x"]];
    await expect(ctx.sync()).rejects.toBeInstanceOf(FakeExcelError);
  });

  it("refuses writes to a protected sheet", async () => {
    const { ctx, model } = withSheet();
    (model.sheet("Data") as { protected: boolean }).protected = true;
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("fake Excel: tables", () => {
  it("builds a table over written cells and grows it by a column at the right end", async () => {
    const { ctx, model } = withSheet();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B2").values = [
      ["Id", "Name"],
      ["1", "Li"],
    ];
    const table = sheet.tables.add("A1:B2", true);
    table.name = "tblX";
    table.columns.add(-1, undefined, "Extra");
    await ctx.sync();
    const created = model.table("tblX");
    expect(created?.headers()).toEqual(["Id", "Name", "Extra"]);
    expect(created?.bodyValues()).toEqual([[1, "Li", ""]]);
  });

  it("gives a header-only table one empty body row", async () => {
    const { ctx, model } = withSheet();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B1").values = [["Id", "Name"]];
    sheet.tables.add("A1:B1", true);
    await ctx.sync();
    expect(model.tables[0].rect.rows).toBe(2);
  });
});

describe("fake Excel: requirement sets above the manifest's", () => {
  it("fails a notes call (ExcelApi 1.18) the code did not guard with isSetSupported", async () => {
    const { ctx, model } = withSheet();
    const sheet = ctx.workbook.worksheets.getItem("Data");
    expect(() => sheet.notes.add("A1", "unguarded")).toThrow(/UnguardedApi.*ExcelApi 1\.18/);
    expect(ctx.requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
    sheet.notes.add("A1", "guarded");
    await ctx.sync();
    expect(model.sheet("Data")?.notes.get("A1")).toBe("guarded");
  });

  it("answers isSetSupported for its host version through the global Office, and lacks newer API", async () => {
    const model = new WorkbookModel();
    model.addSheet("Data");
    const ctx = new FakeRequestContext(model, { excelApi: "1.12" });
    const office = (globalThis as unknown as { Office: typeof Office }).Office;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    ctx.workbook.worksheets.getItem("Data").notes.add("A1", "old host");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("fake Excel: formulas are parsed and their references checked, as Excel refuses them", () => {
  function withClients(): { ctx: FakeRequestContext; model: WorkbookModel } {
    const model = new WorkbookModel();
    model.addTable("Clients", "A1:C3", "tblClients", [
      ["Client ID", "Annual revenue", "Notes #1"],
      ["C-1", 10, ""],
      ["C-2", 20, ""],
    ]);
    model.addSheet("Book");
    return { ctx: new FakeRequestContext(model), model };
  }

  const write = (ctx: FakeRequestContext, sheet: string, address: string, formula: string) => {
    ctx.workbook.worksheets.getItem(sheet).getRange(address).formulas = [[formula]];
    return ctx.sync();
  };

  it.each([
    "=SUM(tblClients[[Annual revenue]])",
    "=SUM(tblClients[Annual revenue])",
    "=SUM(TBLCLIENTS[[annual REVENUE]])",
    '=COUNTIFS(tblClients[[Client ID]],"<>",tblClients[[Notes \'#1]],"")',
    "=ROWS(tblClients[#All])+ROWS(tblClients[[#Headers],[Client ID]:[Annual revenue]])",
    '=KAM.TIER(1000000)&_xlfn.TEXTJOIN(",",TRUE,tblClients[[Client ID]])',
    "=@SUM(Clients!$B$2:$B$3)+'Clients'!B2",
  ])("accepts %s", async (formula) => {
    const { ctx, model } = withClients();
    await write(ctx, "Book", "A1", formula);
    expect(model.sheet("Book")?.formulasOf("A1")).toEqual([[formula]]);
  });

  it.each([
    ["=SUM(tblClients[[Revenue]])", /table tblClients has no column "Revenue"/],
    ["=SUM(tblClients[Notes #1])", /needs an apostrophe before each/],
    ["=SUM(tblNope[[Annual revenue]])", /there is no table named "tblNope"/],
    ["=SUM(tblClients[[#Nothing],[Client ID]])", /"#Nothing" is not a special item/],
    ["=SUM(tblClients[[Annual revenue]]", /does not parse/],
    ["=SUMM(1,2)", /SUMM is neither an Excel function nor a KAM function/],
    ["=KAM.NOPE(1)", /KAM\.NOPE is neither/],
    ["=Nowhere!A1+1", /there is no sheet named 'Nowhere'/],
    ["=[@[Annual revenue]]*2", /names no table/],
  ])("refuses %s", async (formula, why) => {
    const { ctx, model } = withClients();
    ctx.workbook.worksheets.getItem("Book").getRange("A1:A2").formulas = [["=1+1"], [formula]];
    const error = await write(ctx, "Book", "B1", "=2").catch((e: FakeExcelError) => e);
    expect(error).toMatchObject({ code: "InvalidArgument", message: expect.stringMatching(why) });
    // The whole action is refused: not even its good cell is written.
    expect(model.sheet("Book")?.formulasOf("A1:A2")).toEqual([[""], [""]]);
  });

  it("checks a table's references against its headers as they are now (a renamed header)", async () => {
    const { ctx, model } = withClients();
    model.sheet("Clients")!.seed("B1", [["Revenue 2026"]]);
    await expect(write(ctx, "Book", "A1", "=SUM(tblClients[[Annual revenue]])")).rejects.toThrow(
      /has no column "Annual revenue" \(its columns: "Client ID", "Revenue 2026", "Notes #1"\)/
    );
    await write(ctx, "Book", "A1", "=SUM(tblClients[[Revenue 2026]])");
    expect(model.sheet("Book")?.formulasOf("A1")).toEqual([["=SUM(tblClients[[Revenue 2026]])"]]);
  });

  it("lets a formula inside a table name its own columns without the table name", async () => {
    const { ctx, model } = withClients();
    const notes = ctx.workbook.tables.getItem("tblClients").columns.getItem("Notes #1");
    notes.getDataBodyRange().formulas = "=[@[Annual revenue]]*2" as unknown as unknown[][];
    await ctx.sync();
    expect(model.sheet("Clients")?.formulasOf("C2:C3")).toEqual([
      ["=[@[Annual revenue]]*2"],
      ["=[@[Annual revenue]]*2"],
    ]);
    notes.getDataBodyRange().formulas = "=[@Revenue]*2" as unknown as unknown[][];
    await expect(ctx.sync()).rejects.toThrow(/has no column "Revenue"/);
  });

  it("checks the formulas of conditional formats, validation rules and appended table rows", async () => {
    const { ctx, model } = withClients();
    const book = ctx.workbook.worksheets.getItem("Book");
    book.getRange("A1:A9").conditionalFormats.add("Custom").custom.rule.formula =
      "=A1>tblClients[[Income]]";
    await expect(ctx.sync()).rejects.toThrow(/conditionalFormat.*no column "Income"/);

    book.getRange("B1").dataValidation.rule = { custom: { formula: "=ISNUMBR(B1)" } } as never;
    await expect(ctx.sync()).rejects.toThrow(/dataValidation.*ISNUMBR is neither/);
    book.getRange("B1").dataValidation.rule = {
      list: { inCellDropDown: true, source: "=tblClients[[Client ID]]" },
    } as never;
    await ctx.sync();
    expect(model.sheet("Book")?.validationAt("B1")).toBeDefined();

    ctx.workbook.tables.getItem("tblClients").rows.add(undefined, [["C-3", 5, "=[@Income]"]]);
    await expect(ctx.sync()).rejects.toThrow(/rows\.add.*no column "Income"/);
    expect(model.table("tblClients")?.bodyValues()).toHaveLength(2);
  });

  it("checks a defined name's reference and the name itself", async () => {
    const { ctx, model } = withClients();
    ctx.workbook.names.add("Ids", "=Clients!$A$2:$A$3");
    await ctx.sync();
    ctx.workbook.names.add("Gone", "=Missing!$A$1");
    await expect(ctx.sync()).rejects.toThrow(/there is no sheet named 'Missing'/);
    for (const bad of ["A1", "R1C1", "my name", "1st"]) {
      ctx.workbook.names.add(bad, "=Clients!$A$1");
      await expect(ctx.sync()).rejects.toThrow(/is not a valid name/);
    }
    expect(model.names.map((n) => n.name)).toEqual(["Ids"]);
  });
});
