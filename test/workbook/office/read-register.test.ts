import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { importWorkbook } from "../../../src/importer";
import { officeSheetBuilder } from "../../../src/importer/office-grid";
import {
  MAX_REFUSED_MERGE_SYNCS,
  MERGE_WINDOW_ROWS,
  mergesOfAddress,
  readRegister,
  readSheetGrid,
  readSheetRows,
  type SheetRowsBlock,
} from "../../../src/workbook/office/read-register";
import {
  a1,
  asExcelContext,
  FakeRequestContext,
  MAX_MERGED_AREAS,
  parseA1,
  WorkbookModel,
} from "./fake-excel";
import { bulkPlan, registerPlan } from "./plan-fixtures";

describe("readRegister", () => {
  it("reads back what set-up wrote, as register records", async () => {
    const ctx = new FakeRequestContext();
    await applyPlan(
      asExcelContext(ctx),
      registerPlan([
        [
          "C-0001",
          "Li Lei",
          "person",
          "0086 138 0013 8000",
          "1985-05-15",
          1_200_000,
          true,
          "=not a formula",
        ],
        ["C-0002", "Acme Ltd", "enterprise", "00123", null, 0, false, null],
      ])
    );
    const read = await readRegister(asExcelContext(ctx));
    expect(read.lang).toBe("en");
    expect(read.records.Clients).toEqual([
      {
        clientId: "C-0001",
        name: "Li Lei",
        kind: "person",
        phone: "0086 138 0013 8000",
        birthday: "1985-05-15",
        annualRevenue: 1_200_000,
        married: true,
        notes: "=not a formula",
      },
      {
        clientId: "C-0002",
        name: "Acme Ltd",
        kind: "enterprise",
        phone: "00123",
        birthday: null,
        annualRevenue: 0,
        married: false,
        notes: null,
      },
    ]);
    expect(read.records.Tiers).toEqual([]); // only the empty entry row
  });

  it("maps headers and labels in another language back to keys and keeps a user's own column", async () => {
    const model = new WorkbookModel();
    model.addTable("客户", "A1:F3", "tblClients", [
      ["客户编号", "客户名称", "客户类型", "生日", "已婚", "我的标签"],
      ["C-1", "李雷", "企业", 31182, "是", "自己的"],
      ["", "", "", "", "", ""],
    ]);
    model.addTable("Other", "A1:B2", "Table1", [
      ["a", "b"],
      [1, 2],
    ]);
    const read = await readRegister(asExcelContext(new FakeRequestContext(model)));
    expect(read.lang).toBe("zh-CN");
    expect(Object.keys(read.records)).toEqual(["Clients"]);
    expect(read.records.Clients).toEqual([
      {
        clientId: "C-1",
        name: "李雷",
        kind: "enterprise",
        birthday: "1985-05-15",
        married: true,
        我的标签: "自己的",
      },
    ]);
  });

  it("reads large tables in row blocks, one sync per block", async () => {
    const ctx = new FakeRequestContext();
    await applyPlan(asExcelContext(ctx), bulkPlan(12_000));
    const before = ctx.stats.syncs;
    const progress: [number, number][] = [];
    const read = await readRegister(asExcelContext(ctx), {
      chunkRows: 5_000,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(ctx.stats.syncs - before).toBe(2 + 3);
    expect(progress).toEqual([
      [5_000, 12_000],
      [10_000, 12_000],
      [12_000, 12_000],
    ]);
    expect(read.records.Clients).toHaveLength(12_000);
    expect(read.records.Clients?.[11_999]).toEqual({
      clientId: "C-012000",
      name: "Client 11999",
      clientSince: "2020-01-31",
      annualRevenue: 11_999 * 10.5,
      notes: "note 11999",
    });
  });

  it("splits a block Excel refuses as too large and reads it again", async () => {
    const model = new WorkbookModel();
    const long = "x".repeat(10_000);
    model.addTable("Clients", "A1:B601", "tblClients", [
      ["Client ID", "Notes"],
      ...Array.from({ length: 600 }, (_, i) => [`C-${i}`, long]),
    ]);
    const ctx = new FakeRequestContext(model);
    const read = await readRegister(asExcelContext(ctx));
    expect(read.records.Clients).toHaveLength(600);
    expect(read.records.Clients?.[599]).toEqual({ clientId: "C-599", notes: long });
    expect(Math.max(...ctx.stats.responseBytes)).toBeGreaterThan(5 * 1024 * 1024); // the refused attempt
  });
});

describe("readSheetGrid", () => {
  function workbook(): WorkbookModel {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Import");
    sheet.seed("B2:D7", [
      ["姓名", "电话", "生日"],
      ["李雷", "13800138000", 31182],
      ["韩梅梅", "", 31183],
      ["", "", ""],
      ["Lucy", "n/a", "unknown"],
      ["Lily", "x", 1],
    ]);
    sheet.seed("D3:D4", [[31182], [31183]], "yyyy-mm-dd");
    model.addSheet("Empty");
    return model;
  }

  it("reads the used range in row chunks, after reading its address", async () => {
    const ctx = new FakeRequestContext(workbook());
    const progress: number[] = [];
    const grid = await readSheetGrid(asExcelContext(ctx), "Import", {
      chunkRows: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(grid.name).toBe("Import");
    expect(grid.address).toBe("Import!B2:D7");
    expect(grid.values).toEqual([
      ["姓名", "电话", "生日"],
      ["李雷", 13800138000, 31182],
      ["韩梅梅", "", 31183],
      ["", "", ""],
      ["Lucy", "n/a", "unknown"],
      ["Lily", "x", 1],
    ]);
    expect(grid.numberFormats).toBeUndefined();
    // The sheet, its used range, three blocks, and its merged areas.
    expect(ctx.stats.syncs).toBe(2 + 3 + 1);
    expect(progress).toEqual([2, 4, 6]);
  });

  it("adds number formats when asked, to tell dates from numbers", async () => {
    const grid = await readSheetGrid(asExcelContext(new FakeRequestContext(workbook())), "Import", {
      numberFormats: true,
    });
    expect(grid.numberFormats?.map((row) => row[2])).toEqual([
      "General",
      "yyyy-mm-dd",
      "yyyy-mm-dd",
      "General",
      "General",
      "General",
    ]);
  });

  it("says which columns are hidden, with one more sync only when one is", async () => {
    const model = workbook();
    const plain = new FakeRequestContext(model);
    const none = await readSheetRows(asExcelContext(plain), "Import", () => undefined);
    expect(none.hiddenColumns).toBeUndefined();
    expect(plain.stats.syncs).toBe(2 + 1 + 1); // the sheet, its used range, one block, merges

    model.sheets.find((s) => s.name === "Import")?.hiddenColumns.add(2); // column C
    const ctx = new FakeRequestContext(model);
    const read = await readSheetRows(asExcelContext(ctx), "Import", () => undefined);
    expect(read.hiddenColumns).toEqual([3]);
    expect(ctx.stats.syncs).toBe(2 + 1 + 1 + 1);
  });

  it("returns no rows for an empty sheet and a clear error for a missing one", async () => {
    expect(
      await readSheetGrid(asExcelContext(new FakeRequestContext(workbook())), "Empty")
    ).toEqual({ name: "Empty", values: [] });
    await expect(
      readSheetGrid(asExcelContext(new FakeRequestContext(workbook())), "Nope")
    ).rejects.toThrow("There is no sheet named 'Nope' in this workbook.");
  });
});

describe("a stray far cell", () => {
  /** 20 clients in B2:F22 and one cell far away (Excel's used range then spans both). */
  function workbook(far: string): WorkbookModel {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Import");
    const rows = [["客户名称", "联系电话", "生日", "风险偏好", "备注"]];
    for (let i = 0; i < 20; i++)
      rows.push([`客户${i}`, `1380013${String(i).padStart(4, "0")}`, "1980-01-02", "稳健", ""]);
    sheet.seed("B2:F22", rows);
    sheet.seed(far, [["x"]]);
    return model;
  }

  async function read(model: WorkbookModel) {
    const ctx = new FakeRequestContext(model);
    const blocks: SheetRowsBlock[] = [];
    const builder = officeSheetBuilder("Import", undefined);
    const done = await readSheetRows(asExcelContext(ctx), "Import", (block) => {
      blocks.push(block);
      builder.add(block.values, block.numberFormats, block);
    });
    return { ctx, blocks, done, sheet: builder.sheet };
  }

  it("reads only the parts that hold cells, in a few syncs, when it sits at XFD1048576", async () => {
    const { ctx, blocks, done, sheet } = await read(workbook("XFD1048576"));
    expect(done.address).toBe("Import!B2:XFD1048576");
    expect(blocks.map((b) => b.address)).toEqual(["Import!B2:F22", "Import!XFD1048576"]);
    const cellsRead = blocks.reduce((n, b) => n + b.values.length * b.values[0].length, 0);
    expect(cellsRead).toBe(21 * 5 + 1);
    expect(ctx.stats.syncs).toBeLessThan(10);
    expect(Math.max(...ctx.stats.responseBytes)).toBeLessThan(10_000);
    // The sheet holds the cells where they are and nothing in between.
    expect(Object.keys(sheet.rows)).toEqual([
      ...Array.from({ length: 21 }, (_, i) => String(i + 1)),
      "1048575",
    ]);
    expect(sheet.rows[1][1]).toBe("客户名称");
    expect(sheet.rows[1_048_575][16_383]).toBe("x");
    const result = importWorkbook([sheet]);
    expect(result.records.Clients).toHaveLength(20);
    expect(result.issues.map((i) => i.code)).toContain("import.loose-cells");
  });

  it("finds parts left of and below the table too, and a grid places them from the used range", async () => {
    const { blocks, sheet } = await read(workbook("A1048576"));
    expect(blocks.map((b) => b.address)).toEqual(["Import!B2:F22", "Import!A1048576"]);
    expect(sheet.rows[1_048_575]).toEqual(["x"]);
    expect(sheet.rows[2][1]).toBe("客户0");
    const grid = await readSheetGrid(
      asExcelContext(new FakeRequestContext(workbook("A1048576"))),
      "Import"
    );
    expect(grid.address).toBe("Import!A2:F1048576");
    expect(grid.values[0]).toEqual([undefined, "客户名称", "联系电话", "生日", "风险偏好", "备注"]);
    expect(grid.values[1_048_574]).toEqual(["x"]);
    expect(Object.keys(grid.values)).toHaveLength(22);
  });

  it("reads a dense sheet whole, after one probe", async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Import");
    const rows: string[][] = [];
    for (let i = 0; i < 30_000; i++)
      rows.push([`客户${i}`, `${i}`, "a", "b", "c", "d", "e", "f", "g", "h"]);
    sheet.seed("A1:J30000", rows);
    const ctx = new FakeRequestContext(model);
    const blocks: SheetRowsBlock[] = [];
    await readSheetRows(asExcelContext(ctx), "Import", (block) => void blocks.push(block));
    expect(new Set(blocks.map((b) => b.address))).toEqual(new Set(["Import!A1:J30000"]));
    expect(blocks.reduce((n, b) => n + b.values.length, 0)).toBe(30_000);
  });
});

describe("merged cells and hidden sheets, as the file would say them", () => {
  function titled(sheetName: string): WorkbookModel {
    const model = new WorkbookModel();
    const sheet = model.addSheet(sheetName);
    sheet.seed("A1:C4", [
      ["2026 客户名单", "", ""],
      ["客户", "保单", "保费"],
      ["王建国", "P-1", 1200],
      ["", "P-2", 800],
    ]);
    sheet.merges.push(parseA1("A1:C1"), parseA1("A3:A4"));
    return model;
  }

  it("reads merged ranges 1-based, as a file reader gives them, in one more sync", async () => {
    const ctx = new FakeRequestContext(titled("保单"));
    const read = await readSheetRows(asExcelContext(ctx), "保单", () => undefined);
    expect(read.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
    expect(ctx.guardedSets.has("ExcelApi 1.13")).toBe(true);
    expect(ctx.stats.syncs).toBe(2 + 1 + 1);
  });

  it("reads no merges, and asks nothing newer than it may, on a host without ExcelApi 1.13", async () => {
    const ctx = new FakeRequestContext(titled("保单"), { excelApi: "1.12", notesSupported: false });
    const read = await readSheetRows(asExcelContext(ctx), "保单", () => undefined);
    expect(read.merges).toBeUndefined();
    expect(ctx.stats.syncs).toBe(2 + 1);
  });

  it("asks again in windows of rows when a sheet holds more merged areas than Excel answers for", async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("Forms");
    const rows = 3 * MERGE_WINDOW_ROWS;
    sheet.seed(
      `A1:D${rows}`,
      Array.from({ length: rows }, (_, r) => [`客户${r}`, "", `备注${r}`, ""])
    );
    // Two merges a row: 600 in all, more than Excel answers for at once, 200 a window.
    for (let r = 1; r <= rows; r++)
      sheet.merges.push(parseA1(`A${r}:B${r}`), parseA1(`C${r}:D${r}`));
    expect(sheet.merges.length).toBeGreaterThan(MAX_MERGED_AREAS);
    const ctx = new FakeRequestContext(model);
    const read = await readSheetRows(asExcelContext(ctx), "Forms", () => undefined);
    expect(read.merges).toHaveLength(2 * rows);
    expect(read.merges?.[0]).toEqual({ top: 1, left: 1, bottom: 1, right: 2 });
    expect(read.merges?.at(-1)).toEqual({ top: rows, left: 3, bottom: rows, right: 4 });
    // The sheet, its used range, one block; the whole part refused, then its windows in one sync.
    expect(ctx.stats.syncs).toBe(2 + 1 + 2);
  });

  it("stops asking for merges after so many refused syncs, and still reads every cell", async () => {
    const rows = 40;
    const pairs = MAX_MERGED_AREAS + 1;
    const grid = (merged: boolean) => {
      const model = new WorkbookModel();
      const sheet = model.addSheet("Grid");
      sheet.seed(
        `A1:B${rows}`,
        Array.from({ length: rows }, (_, r) => [`客户${r}`, ""])
      );
      // A note in the last column: the used range spans every merged pair.
      sheet.seed(a1({ row: 0, column: 2 * pairs - 1, rows: 1, columns: 1 }), [["备注"]]);
      // Every single row holds more merged areas than Excel answers for: each ask is refused.
      if (merged)
        for (let r = 0; r < rows; r++)
          for (let p = 0; p < pairs; p++)
            sheet.merges.push({ row: r, column: 2 * p, rows: 1, columns: 2 });
      return new FakeRequestContext(model);
    };
    const read = async (ctx: FakeRequestContext) => {
      const names: unknown[] = [];
      const result = await readSheetRows(asExcelContext(ctx), "Grid", (block) => {
        for (const row of block.values) if (row[0] !== "") names.push(row[0]);
      });
      return { result, names };
    };
    const plain = grid(false);
    await read(plain);
    const refused = grid(true);
    const { result, names } = await read(refused);
    expect(result.merges ?? []).toEqual([]);
    expect(names).toHaveLength(rows);
    // Where the plain sheet's merge ask took one sync, this one takes the bound and stops.
    expect(refused.stats.syncs).toBe(plain.stats.syncs - 1 + MAX_REFUSED_MERGE_SYNCS);
  });

  it("says a hidden or very hidden sheet is one", async () => {
    const model = titled("Hidden");
    model.addSheet("System").seed("A1", [["x"]]);
    model.sheets[0].visibility = "Hidden";
    model.sheets[1].visibility = "VeryHidden";
    const ctx = new FakeRequestContext(model);
    expect((await readSheetRows(asExcelContext(ctx), "Hidden", () => undefined)).state).toBe(
      "hidden"
    );
    expect((await readSheetRows(asExcelContext(ctx), "System", () => undefined)).state).toBe(
      "veryHidden"
    );
  });

  it("reads a RangeAreas address, quoted sheet names with commas included", () => {
    expect(mergesOfAddress("'Q1, 2026'!A1:C1, 'Q1, 2026'!$B$3:$B$9")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 2, bottom: 9, right: 2 },
    ]);
  });
});
