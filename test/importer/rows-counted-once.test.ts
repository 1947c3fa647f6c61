/**
 * A sheet's rows are counted once. Cells written beside a table — a remark two columns to its
 * right, a stray word in the header row, a small lookup list a person keeps next to the records —
 * are left out with a note, and the rows they stand on stay the table's rows: they are neither
 * skipped once more nor counted as further source rows. Rows of such a block that no imported
 * table spans are still skipped with the block's reason. Invented rows in 简体, 繁體 and English.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PEOPLE = [
  ["Grace Whitfield", "555-0101", "Leeds"],
  ["Tomasz Nowak", "555-0102", "York"],
  ["Amara Okafor", "555-0103", "Hull"],
  ["Dylan Reyes", "555-0104", "Bath"],
  ["Ingrid Solberg", "555-0105", "Wells"],
  ["Kenji Mori", "555-0106", "Ely"],
];

describe("cells beside a table are no rows of their own", () => {
  it("a remark two columns right of the records: every row imported once, none skipped", () => {
    const rows: SourceCell[][] = [
      ["Client", "Phone", "Town"],
      ...PEOPLE.map((p): SourceCell[] => [...p]),
    ];
    rows[2].push(null, null, "call back after the holidays");
    rows[3].push(null, null, "prices go up in March");
    const r = importWorkbook([sheet("Clients", rows)], { phoneRegion: "US" });
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
    expect(r.summary).toMatchObject({ sourceRows: PEOPLE.length, imported: 6, skipped: 0 });
    expect(
      r.issues.some((i) => i.code === "import.side-note" || i.code === "import.loose-cells")
    ).toBe(true);
  });

  it("简体: a lookup list beside the client table counts only its rows below the table", () => {
    const clients = [
      ["周建国", "13800001001", "华东"],
      ["吴秀兰", "13800001002", "华南"],
      ["郑海涛", "13800001003", "华北"],
      ["孙丽娟", "13800001004", "华东"],
      ["冯志强", "13800001005", "西南"],
    ];
    const regions = ["华东", "华南", "华北", "西南", "西北", "东北", "华中"];
    const rows: SourceCell[][] = [["客户名称", "手机", "区域", null, null, null, "代码", "区域"]];
    for (let i = 0; i < regions.length; i++)
      rows.push([...(clients[i] ?? [null, null, null]), null, null, null, `R0${i}`, regions[i]]);
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(clients.map((c) => c[0]));
    const beside = r.rows.filter((x) => x.table === "G1:H8");
    // The list's two rows under the last client are its own; the five beside clients are not.
    expect(beside.map((x) => x.row)).toEqual([7, 8]);
    expect(r.summary.sourceRows).toBe(clients.length + 2);
  });

  it("繁體: a word left in the header row beyond the table is not a skipped row", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "電話", "地址", null, null, null, "地板"],
      ["林雅婷", "0900-000-101", "台北市信義區松仁路1號"],
      ["張志豪", "0900-000-102", "新北市板橋區文化路2號"],
      ["黃淑芬", "0900-000-103", "台中市西屯區市政路3號"],
      ["陳建宏", "0900-000-104", "高雄市苓雅區四維路4號"],
    ];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients).toHaveLength(4);
    expect(r.summary).toMatchObject({ sourceRows: 4, imported: 4, skipped: 0 });
  });
});
