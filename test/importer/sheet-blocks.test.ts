import { detectTable, sheetBlocks } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell, SourceSheet } from "../../src/importer/types";
import { sheet } from "./helpers";

const CLIENTS: SourceCell[][] = [
  ["客户名称", "联系电话", "地址", "年收入（万元）"],
  ["悦佳生活超市", "13800000101", "广州市天河区体育西路1号", 120],
  ["丰华五金店", "13800000102", "广州市越秀区北京路8号", 35],
  ["新城药房", "13800000103", "广州市海珠区江南大道12号", 80],
  ["明远茶行", "13800000104", "广州市荔湾区上下九路3号", 52],
];

/** A sheet of the client table with one stray cell at XFD1048576, rows and cells sparse. */
function farCellSheet(): SourceSheet {
  const rows: SourceCell[][] = CLIENTS.map((r) => [...r]);
  const last: SourceCell[] = [];
  last[16_383] = "x";
  rows[1_048_575] = last;
  return { name: "客户信息", rows, merges: [] };
}

describe("blocks of a sheet", () => {
  it("a stray cell at XFD1048576 is a block of its own: the table keeps its real bounds", () => {
    const far = farCellSheet();
    const blocks = sheetBlocks(far);
    expect(blocks.map((b) => b.bounds)).toEqual([
      { top: 1, left: 1, bottom: 5, right: 4 },
      { top: 1_048_576, left: 16_384, bottom: 1_048_576, right: 16_384 },
    ]);
    expect(blocks[1].table).toBeNull();
    const table = detectTable(far);
    expect(table?.columns.map((c) => c.index)).toEqual([1, 2, 3, 4]);
    expect(table?.lastDataRow).toBe(5);
  });

  it("imports the far-cell sheet's clients and reports the stray cell once, without a row per empty row", () => {
    const result = importWorkbook([farCellSheet()]);
    expect(result.records.Clients.map((c) => c.name)).toEqual([
      "悦佳生活超市",
      "丰华五金店",
      "新城药房",
      "明远茶行",
    ]);
    expect(result.summary).toEqual({
      sourceRows: 5,
      imported: 4,
      merged: 0,
      skipped: 1,
      rejected: 0,
    });
    expect(result.rows.find((r) => r.outcome === "skipped")).toMatchObject({
      row: 1_048_576,
      table: "XFD1048576",
    });
    const loose = result.issues.filter((i) => i.code === "import.loose-cells");
    expect(loose).toHaveLength(1);
    expect(loose[0].params).toEqual({ range: "XFD1048576" });
    expect(result.mappings.map((m) => m.range)).toEqual(["A1:D5", "XFD1048576"]);
  });

  it("a list beside the table after three empty columns is a table of its own, left out as a lookup list", () => {
    const areas = [
      ["区域", "负责人"],
      ["天河", "陈经理"],
      ["越秀", "林经理"],
      ["海珠", "陈经理"],
      ["荔湾", "王经理"],
      ["白云", "林经理"],
      ["番禺", "王经理"],
    ];
    const rows: SourceCell[][] = areas.map((side, i) => [
      ...(CLIENTS[i] ?? [null, null, null, null]),
      null,
      null,
      null,
      ...side,
    ]);
    const result = importWorkbook([sheet("客户资料", rows)]);
    const [main, side] = result.mappings;
    expect(main.range).toBe("A1:D5");
    expect(main.registerSheet).toBe("Clients");
    expect(main.columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D"]);
    expect(side.range).toBe("H1:I7");
    expect(side.registerSheet).toBeNull();
    expect(side.kind).toBe("lookup");
    expect(result.records.Clients).toHaveLength(4);
    expect(result.records.Clients.map((c) => c.owner)).toEqual([null, null, null, null]);
    expect(result.records.Clients[0].notes ?? "").not.toContain("天河");
    // Rows 2–5 are the clients' rows, accounted once by their table; the list's two rows under
    // the last client are rows of their own, skipped with the list.
    expect(result.rows.filter((r) => r.table === "H1:I7").map((r) => [r.row, r.outcome])).toEqual([
      [6, "skipped"],
      [7, "skipped"],
    ]);
    expect(result.summary.sourceRows).toBe(6);
  });

  it("a one-column list beside the table has no header row of its own: loose cells, not imported", () => {
    const areas = ["天河", "越秀", "海珠", "荔湾", "白云"];
    const rows: SourceCell[][] = CLIENTS.map((r, i) => [...r, null, null, null, areas[i]]);
    const result = importWorkbook([sheet("客户资料", rows)]);
    expect(result.mappings.map((m) => [m.range, m.registerSheet, m.headerRows])).toEqual([
      ["A1:D5", "Clients", [1]],
      ["H1:H5", null, []],
    ]);
    expect(result.issues.filter((i) => i.code === "import.loose-cells")).toHaveLength(1);
    expect(result.records.Clients).toHaveLength(4);
  });

  it("two client tables side by side are both imported, each with its own columns", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", null, null, null, "Client Name", "Phone", "Email"],
      ["悦佳生活超市", "13800000101", null, null, null, "Acme Ltd", "555-0101", "a@example.com"],
      ["丰华五金店", "13800000102", null, null, null, "Bolt Inc", "555-0102", "b@example.com"],
    ];
    const result = importWorkbook([sheet("Sheet1", rows)]);
    expect(result.mappings.map((m) => [m.range, m.registerSheet])).toEqual([
      ["A1:B3", "Clients"],
      ["F1:H3", "Clients"],
    ]);
    expect(result.mappings[1].columns.map((c) => [c.letter, c.field])).toEqual([
      ["F", "name"],
      ["G", "phone"],
      ["H", "email"],
    ]);
    expect(result.records.Clients.map((c) => c.name).sort()).toEqual(
      ["Acme Ltd", "Bolt Inc", "丰华五金店", "悦佳生活超市"].sort()
    );
    expect(result.records.Clients.find((c) => c.name === "Bolt Inc")?.email).toBe("b@example.com");
    expect(result.summary).toMatchObject({ sourceRows: 4, imported: 4 });
  });

  it("one empty spacer column inside a table under one header row does not cut it", () => {
    const rows: SourceCell[][] = CLIENTS.map((r) => [r[0], r[1], null, r[2], r[3]]);
    const blocks = sheetBlocks(sheet("客户", rows));
    expect(blocks).toHaveLength(1);
    expect(blocks[0].table?.columns.map((c) => c.text)).toEqual([
      "客户名称",
      "联系电话",
      "",
      "地址",
      "年收入（万元）",
    ]);
  });

  it("a summary block under the policies, after empty rows and with its own title and header, is a summary", () => {
    const policies: SourceCell[][] = [
      ["保单信息"],
      ["保单号", "产品名称", "保费", "保单状态", "被保险人名称", "推广业务员"],
      ["P-0001", "意外伤害保险", 30, "生效中", "蔡霞", "田琳"],
      ["P-0002", "意外伤害保险", 30, "生效中", "黄静", "汪平"],
      ["P-0003", "意外伤害保险", 20, "已退保", "韩洋", "田琳"],
      [],
      [],
      ["汇总信息"],
      ["推广员姓名", "推广员工号", "支付件数", "退保件数", "实收件数", "实收保费（元）"],
      ["田琳", 2000919031, 2, 1, 1, 30],
      ["汪平", 2000938173, 1, 0, 1, 30],
      [null, "合计", 3, 1, 2, 60],
    ];
    const blocks = sheetBlocks(sheet("保单信息", policies, ["A1:F1"]));
    expect(blocks.map((b) => [b.bounds.top, b.bounds.bottom, b.table?.headerRows])).toEqual([
      [1, 5, [2]],
      [8, 12, [9]],
    ]);
    const result = importWorkbook([sheet("保单信息", policies, ["A1:F1"])]);
    expect(result.mappings.map((m) => [m.range, m.registerSheet, m.kind])).toEqual([
      ["A1:F5", "Insurance", undefined],
      ["A8:F12", null, "summary"],
    ]);
    expect(result.records.Insurance.map((p) => p.policyNo)).toEqual(["P-0001", "P-0002", "P-0003"]);
    expect(result.issues.some((i) => i.code === "import.sheet-not-data" && i.row === null)).toBe(
      true
    );
  });

  it("a data row after a blank row, a note and a repeated header stay in the table above", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", "地址"],
      ["悦佳生活超市", "13800000101", "广州市天河区体育西路1号"],
      [],
      ["丰华五金店", "13800000102", "广州市越秀区北京路8号"],
      [],
      ["客户名称", "联系电话", "地址"],
      ["新城药房", "13800000103", "广州市海珠区江南大道12号"],
      [],
      ["制表日期：2024-05-01"],
    ];
    const blocks = sheetBlocks(sheet("客户", rows));
    expect(blocks).toHaveLength(1);
    expect(blocks[0].table?.headerRows).toEqual([1]);
    expect(blocks[0].table?.lastDataRow).toBe(9);
    const result = importWorkbook([sheet("客户", rows.slice(0, 7))]);
    expect(result.records.Clients.map((c) => c.name)).toEqual([
      "悦佳生活超市",
      "丰华五金店",
      "新城药房",
    ]);
    expect(result.rows.find((r) => r.row === 6)?.outcome).toBe("skipped");
  });
});
