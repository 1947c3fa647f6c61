/**
 * Re-importing from the task pane into a register the person has worked in (Excel path, over the
 * in-memory stand-in): a corrected cell, a column of their own, the Clients table sorted. The
 * import state lives in a very hidden sheet, rows are matched by identity: nothing typed by hand
 * moves or is lost, and a source change against a hand edit is a conflict, not an overwrite.
 */
import { IMPORT_STATE_SHEET } from "../../src/importer/import-state";
import { createExcelActions, officeWorkbook } from "../../src/taskpane/host/excel-actions";
import {
  a1,
  asExcelContext,
  FakeRequestContext,
  WorkbookModel,
  type CellModel,
  type TableModel,
} from "../workbook/office/fake-excel";

const SOURCE = "客户名单";
const HEADER = ["客户名称", "联系电话", "电子邮箱", "地址"];
const ROWS = [
  ["王建国", "13800138000", "wang@example.com", "上海"],
  ["李娜", "13900139000", "li@example.com", "北京"],
  ["陈静", "13700137000", "chen@example.com", "杭州"],
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

const request = { sheets: [SOURCE], kinds: [], overrides: [], lang: "zh-CN" as const };

function column(table: TableModel, header: string): number {
  const at = table.headers().indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${table.headers().join(", ")}`);
  return table.rect.column + at;
}

function bodyRows(table: TableModel): number[] {
  return Array.from({ length: table.rect.rows - 1 }, (_, i) => table.rect.row + 1 + i);
}

/** Excel's sort: whole table rows move, the person's own column with them. */
function sortBy(table: TableModel, header: string): void {
  const at = column(table, header);
  const rows = bodyRows(table).map((r) => new Map(table.sheet.rows.get(r) ?? []));
  rows.sort((a, b) => String(a.get(at)?.value ?? "").localeCompare(String(b.get(at)?.value ?? "")));
  bodyRows(table).forEach((r, i) => {
    const target = new Map<number, CellModel>(table.sheet.rows.get(r) ?? []);
    for (let c = table.rect.column; c < table.rect.column + table.rect.columns; c++) {
      const cell = rows[i].get(c);
      if (cell) target.set(c, cell);
      else target.delete(c);
    }
    table.sheet.rows.set(r, target);
  });
}

function cellOf(table: TableModel, name: string, header: string): CellModel | undefined {
  const nameAt = column(table, "客户名称");
  const row = bodyRows(table).find((r) => table.sheet.cell(r, nameAt)?.value === name);
  return row === undefined ? undefined : table.sheet.cell(row, column(table, header));
}

describe("the Excel path re-imports into an edited, sorted register", () => {
  let ctx: FakeRequestContext;
  let actions: ReturnType<typeof excelActions>;
  let clients: TableModel;
  let mine: number;

  beforeEach(async () => {
    ctx = new FakeRequestContext(new WorkbookModel());
    ctx.model.addSheet(SOURCE).seed(`A1:D${ROWS.length + 1}`, [HEADER, ...ROWS]);
    actions = excelActions(ctx);
    await actions.setUp("zh-CN");
    await actions.runImport(request, () => undefined);
    clients = ctx.model.table("tblClients")!;

    // The person's work: a corrected phone, a column of their own, the table sorted by name.
    const phone = cellOf(clients, "王建国", "电话")!;
    phone.value = "13811112222";
    mine = clients.rect.column + clients.rect.columns;
    clients.sheet.seed(a1({ row: clients.rect.row, column: mine, rows: 1, columns: 1 }), [
      ["我的标签"],
    ]);
    clients.rect = { ...clients.rect, columns: clients.rect.columns + 1 };
    cellOf(clients, "王建国", "电话"); // still found by name
    const nameAt = column(clients, "客户名称");
    for (const r of bodyRows(clients)) {
      const name = clients.sheet.cell(r, nameAt)?.value;
      const tag = name === "王建国" ? "重点" : name === "陈静" ? "观察" : "";
      if (tag) clients.sheet.seed(a1({ row: r, column: mine, rows: 1, columns: 1 }), [[tag]]);
    }
    sortBy(clients, "客户名称");
  });

  test("the import state is kept in a very hidden sheet and is not offered as a source", async () => {
    const state = ctx.model.sheet(IMPORT_STATE_SHEET);
    expect(state?.visibility).toBe("VeryHidden");
    expect(state?.cell(0, 0)?.value).toBe("client-register-import-state");
    const sources = await actions.listSourceSheets();
    expect(sources.map((s) => s.name)).toEqual([SOURCE]);
  });

  test("the unchanged source changes nothing: the own column stays with its clients, the correction stays", async () => {
    // Every cell's value and formula, row by row (an empty cell and "" are the same to Excel).
    const snapshot = () => JSON.stringify(clients.sheet.formulasOf(a1(clients.rect)));
    // The person sorts again while the import runs: after it read the register, before it writes.
    let sorted: string | undefined;
    const again = await actions.runImport(request, (fraction) => {
      if (fraction >= 0.4 && sorted === undefined) {
        sortBy(clients, "电话");
        sorted = snapshot();
      }
    });
    expect(again.counts).toMatchObject({ imported: 0 });
    expect(sorted).toBeDefined();
    expect(snapshot()).toBe(sorted);
    expect(cellOf(clients, "王建国", "我的标签")?.value).toBe("重点");
    expect(cellOf(clients, "陈静", "我的标签")?.value).toBe("观察");
    expect(cellOf(clients, "王建国", "电话")?.value).toBe("13811112222");
    expect(again.issues.filter((i) => /conflict|冲突|衝突/i.test(i.message))).toEqual([]);
  });

  test("a changed source updates what only it changed, adds the new client, and keeps the hand edit", async () => {
    const changed = ROWS.map((r) => [...r]);
    changed[0][1] = "13899999999"; // 王建国's phone: edited in the register too
    changed[2][3] = "杭州西湖区"; // 陈静's address: only the source changed
    changed.push(["周杰", "13600136000", "zhou@example.com", "台中"]);
    ctx.model.sheet(SOURCE)!.seed(`A1:D${changed.length + 1}`, [HEADER, ...changed]);
    const result = await actions.runImport(request, () => undefined);
    expect(result.counts).toMatchObject({ imported: 1 });
    expect(cellOf(clients, "王建国", "电话")?.value).toBe("13811112222");
    expect(cellOf(clients, "陈静", "地址")?.value).toBe("杭州西湖区");
    expect(cellOf(clients, "陈静", "我的标签")?.value).toBe("观察");
    expect(cellOf(clients, "王建国", "我的标签")?.value).toBe("重点");
    expect(cellOf(clients, "周杰", "客户名称")?.value).toBe("周杰");
    expect(result.issues.some((i) => i.message.includes("13899999999"))).toBe(true);
  });
});
