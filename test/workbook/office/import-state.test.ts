/** The import state as a very hidden sheet in the open workbook, over the stand-in. */
import {
  encodeHashes,
  encodeKeys,
  hashFields,
  IMPORT_STATE_SHEET,
  type ImportState,
} from "../../../src/importer/import-state";
import {
  readImportStateSheet,
  writeImportStateSheet,
} from "../../../src/workbook/office/import-state";
import { asExcelContext, FakeRequestContext, WorkbookModel } from "./fake-excel";

const state = (n: number, note = "x"): ImportState => ({
  records: Array.from({ length: n }, (_, i) => ({
    sheet: "Clients" as const,
    id: i === 0 ? "=1+1" : `C-${String(i + 1).padStart(4, "0")}`,
    layout: "L1-0badf00d",
    keys: encodeKeys([`name|client ${i}|phone|0912000${i}`]),
    hashes: encodeHashes(hashFields({ name: `Client ${i}`, phone: `0912000${i}`, notes: note })),
  })),
  mappings: [
    {
      layout: "L1-0badf00d",
      sheet: "客户",
      registerSheet: "Clients",
      columns: [{ letter: "A", header: "客户名称", field: "name" }],
    },
  ],
});

function workbook(): FakeRequestContext {
  const ctx = new FakeRequestContext(new WorkbookModel());
  ctx.model.addSheet("Clients");
  return ctx;
}

describe("import state in the open workbook", () => {
  test("is written very hidden, as text, and read back the same", async () => {
    const ctx = workbook();
    const context = asExcelContext(ctx);
    expect(await readImportStateSheet(context)).toBeUndefined();
    await writeImportStateSheet(context, state(3));
    const sheet = ctx.model.sheet(IMPORT_STATE_SHEET)!;
    expect(sheet.visibility).toBe("VeryHidden");
    // An id that looks like a formula stays text; the leading zeros of phones stay.
    expect(sheet.cell(2, 2)).toMatchObject({ value: "=1+1", numberFormat: "@" });
    expect(sheet.cell(2, 2)?.formula).toBeUndefined();
    expect(await readImportStateSheet(context)).toEqual(state(3));
  });

  test("writing again replaces the old state, also when it shrinks", async () => {
    const ctx = workbook();
    const context = asExcelContext(ctx);
    await writeImportStateSheet(context, state(5));
    await writeImportStateSheet(context, state(2, "after"));
    expect(await readImportStateSheet(context)).toEqual(state(2, "after"));
    expect(ctx.model.sheets.filter((s) => s.name === IMPORT_STATE_SHEET)).toHaveLength(1);
  });

  test("a large state goes in several requests, each under the budget", async () => {
    const ctx = workbook();
    const context = asExcelContext(ctx);
    const big = state(2_000, "n");
    await writeImportStateSheet(context, big, { maxRequestBytes: 100_000 });
    expect(Math.max(...ctx.stats.requestBytes)).toBeLessThan(100_000);
    // …and it did need several: together they carry far more than one request may.
    expect(ctx.stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(300_000);
    expect(await readImportStateSheet(context)).toEqual(big);
  });
});
