/**
 * The task pane imports a policy export with no client list through the same engine as the CLI:
 * its policyholders become clients, and importing it again makes none anew.
 */
import { createExcelActions, officeWorkbook } from "../../src/taskpane/host/excel-actions";
import {
  asExcelContext,
  FakeRequestContext,
  WorkbookModel,
  type TableModel,
} from "../workbook/office/fake-excel";

const SOURCE = "保單明細";
const ROWS = [
  ["要保人", "要保人電話", "被保險人", "保單號碼", "險種", "業務員"],
  ["林志明", "0912-345-678", "林志明", "L001", "終身壽險", "陳怡君"],
  ["林志明", "0912-345-678", "林小華", "M002", "住院醫療險", "陳怡君"],
  ["王淑芬", "0928-111-222", "王淑芬", "L003", "年金保險", "李冠廷"],
];

function excelActions(ctx: FakeRequestContext) {
  type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
  (globalThis as { Excel?: unknown }).Excel = {
    run: <T>(_options: Excel.RunOptions, batch: Batch<T>) => batch(asExcelContext(ctx)),
  };
  return createExcelActions({
    port: officeWorkbook(),
    today: () => "2026-03-15",
    now: () => new Date("2026-03-15T08:00:00Z"),
    lastImport: { get: () => null, set: () => undefined },
  });
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

function columnValues(table: TableModel, header: string): unknown[] {
  const at = table.headers().indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${table.headers().join(", ")}`);
  return Array.from(
    { length: table.rect.rows - 1 },
    (_, i) => table.sheet.cell(table.rect.row + 1 + i, table.rect.column + at)?.value
  );
}

test("the pane makes the policyholders clients, links the policies, and a second import adds none", async () => {
  const ctx = new FakeRequestContext(new WorkbookModel());
  ctx.model.addSheet(SOURCE).seed(`A1:F${ROWS.length}`, ROWS);
  const actions = excelActions(ctx);
  await actions.setUp("zh-TW");
  const request = { sheets: [SOURCE], kinds: [], overrides: [], lang: "zh-TW" as const };
  const first = await actions.runImport(request, () => undefined);
  expect(first.counts).toMatchObject({ imported: 3 });
  const clients = ctx.model.table("tblClients")!;
  const policies = ctx.model.table("tblInsurance")!;
  expect(columnValues(clients, "客戶名稱")).toEqual(["林志明", "王淑芬"]);
  expect(columnValues(clients, "電話")).toEqual(["0912-345-678", "0928-111-222"]);
  const ids = columnValues(clients, "客戶編號");
  expect(columnValues(policies, "客戶編號")).toEqual([ids[0], ids[0], ids[1]]);

  const again = await actions.runImport(request, () => undefined);
  expect(again.counts).toMatchObject({ imported: 0 });
  expect(columnValues(clients, "客戶名稱")).toEqual(["林志明", "王淑芬"]);
  expect(columnValues(policies, "客戶編號")).toEqual([ids[0], ids[0], ids[1]]);
});
