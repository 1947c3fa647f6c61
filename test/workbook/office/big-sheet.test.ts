/**
 * Reading a source sheet of Excel's full height (1,048,576 rows) from the open workbook: row
 * blocks sized by the bytes Excel sent back, so that no response comes near the 5 MB Excel on the
 * web allows (the fake refuses larger ones, as Excel does), and every row arrives in order.
 */
import {
  DEFAULT_TARGET_RESPONSE_BYTES,
  readSheetRows,
} from "../../../src/workbook/office/read-register";
import {
  asExcelContext,
  FakeRequestContext,
  RESPONSE_LIMIT_BYTES,
  WorkbookModel,
} from "./fake-excel";
import { GeneratedSheet } from "./generated-sheet";

const EXCEL_ROWS = 1_048_576;

function contextWith(sheet: GeneratedSheet): FakeRequestContext {
  const model = new WorkbookModel();
  model.sheets.push(sheet);
  return new FakeRequestContext(model);
}

describe("reading a big source sheet from Excel", () => {
  it("reads all 1,048,576 rows in blocks, every response well under 5 MB", async () => {
    const clients = new GeneratedSheet("客户", { rows: EXCEL_ROWS, columns: 3 }, (r, c) => {
      if (r === 0) return ["客户名称", "手机", "开户日期"][c];
      if (c === 0) return `客户${r}`;
      if (c === 1) return 13_800_000_000 + r;
      return { value: 40_000 + (r % 3_000), numberFormat: "yyyy-mm-dd" };
    });
    const ctx = contextWith(clients);
    const starts: number[] = [];
    let rows = 0;
    let checked = 0;
    const progress: number[] = [];
    const read = await readSheetRows(
      asExcelContext(ctx),
      "客户",
      (block) => {
        expect(block.start).toBe(rows);
        expect(block.address).toBe("'客户'!A1:C1048576");
        starts.push(block.start);
        // Spot checks: the first cell of each block is the row it claims to be.
        const r = block.start;
        expect(block.values[0][0]).toBe(r === 0 ? "客户名称" : `客户${r}`);
        expect(block.numberFormats?.[0][2]).toBe(r === 0 ? "General" : "yyyy-mm-dd");
        checked++;
        rows += block.values.length;
      },
      { numberFormats: true, onProgress: (done) => progress.push(done) }
    );

    expect(read).toEqual({ name: "客户", address: "'客户'!A1:C1048576", rows: EXCEL_ROWS });
    expect(rows).toBe(EXCEL_ROWS);
    expect(checked).toBe(starts.length);
    expect(progress.at(-1)).toBe(EXCEL_ROWS);
    // Two syncs find the sheet and its used range, one probe finds its halves full (dense, read
    // whole); then one per block, none refused, and one for its merged areas (none).
    expect(ctx.stats.syncs).toBe(3 + starts.length + 1);
    expect(starts.length).toBeGreaterThan(100);
    expect(Math.max(...ctx.stats.responseBytes)).toBeLessThan(RESPONSE_LIMIT_BYTES);
  });

  it("sizes blocks by bytes, not cells: long texts in many columns stay under the limit", async () => {
    // 20 columns of 60 Chinese characters (180 bytes each): the 125,000 cells a block may hold
    // by count alone would be a 23 MB response.
    const text = (r: number, c: number) => `${r}-${c}`.padEnd(60, "长");
    const notes = new GeneratedSheet("备注", { rows: 20_000, columns: 20 }, text);
    const ctx = contextWith(notes);
    let rows = 0;
    await readSheetRows(
      asExcelContext(ctx),
      "备注",
      (block) => {
        block.values.forEach((row, i) => expect(row[7]).toBe(text(block.start + i, 7)));
        rows += block.values.length;
      },
      { numberFormats: true }
    );
    expect(rows).toBe(20_000);
    const responses = ctx.stats.responseBytes.slice(2);
    expect(Math.max(...responses)).toBeLessThan(RESPONSE_LIMIT_BYTES);
    // After the first block the estimate holds each response near the target.
    for (const bytes of responses.slice(1, -1))
      expect(bytes).toBeGreaterThan(DEFAULT_TARGET_RESPONSE_BYTES / 2);
  });

  it("splits a block Excel refuses and reads it again, losing nothing", async () => {
    // A band of cells at Excel's 32,767-character maximum arrives without warning after short rows.
    const long = "备".repeat(32_767);
    const band = new GeneratedSheet("Band", { rows: 3_000, columns: 2 }, (r, c) =>
      r >= 2_000 && r < 2_060 ? long : `${r}:${c}`
    );
    const ctx = contextWith(band);
    const values: unknown[][] = [];
    await readSheetRows(asExcelContext(ctx), "Band", (block) => {
      values.push(...block.values);
    });
    expect(values).toHaveLength(3_000);
    expect(values[2_030][1]).toBe(long);
    expect(values[2_999]).toEqual(["2999:0", "2999:1"]);
    // The refused response is counted by the fake; every accepted one is under the limit.
    const refused = ctx.stats.responseBytes.filter((b) => b > RESPONSE_LIMIT_BYTES);
    expect(refused.length).toBeGreaterThan(0);
  });
});
