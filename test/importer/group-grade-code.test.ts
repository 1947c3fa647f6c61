/**
 * An operator's list of enterprise clients: a long group code (集团编码) is the group's number, not
 * a phone; a grade column (集团级别, 客户级别: A/B/C) is the operator's own grade — never a credit
 * rating, and never the clients' names, however much its header looks like 客户名称.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const COMPANIES = [
  "南京市鼓楼区远航物流有限公司",
  "无锡市新吴区精工模具有限公司",
  "苏州工业园区云帆软件有限公司",
  "常州市武进区恒泰建材有限公司",
  "扬州市邗江区华美酒店有限公司",
  "徐州市云龙区安康医药有限公司",
  "镇江市京口区金盾安防有限公司",
  "盐城市亭湖区绿源农业有限公司",
  "泰州市海陵区瑞丰商贸有限公司",
  "淮安市清江浦区宏达机械有限公司",
  "连云港市海州区蓝海水产有限公司",
  "宿迁市宿城区佳禾食品有限公司",
];

const list = (gradeHeader: string): SourceCell[][] => [
  ["序号", "集团编码", "集团名称", gradeHeader, "客户经理", "月ARPU（元）", "行业"],
  ...COMPANIES.map((name, i) => [
    i + 1,
    String(3100000400100 + i * 7311),
    name,
    ["A", "B", "C"][i % 3],
    i % 2 ? "周立新" : "吴晓婷",
    `${180000 + i * 20371}.00`,
    i % 2 ? "商贸" : "制造业",
  ]),
];

describe("an operator's group client list", () => {
  for (const gradeHeader of ["集团级别", "客户级别"]) {
    describe(`with a ${gradeHeader} column`, () => {
      const r = importWorkbook([sheet("集团客户", list(gradeHeader))]);
      const fieldOf = (header: string) =>
        r.mappings[0].columns.find((c) => c.header === header)?.field ?? null;

      it("names each client by 集团名称", () => {
        expect(fieldOf("集团名称")).toBe("name");
        expect(r.records.Clients.map((c) => c.name)).toEqual(COMPANIES);
      });

      it("keeps the grade in notes, not as a credit rating or a name", () => {
        expect(fieldOf(gradeHeader)).toBeNull();
        expect(r.records.Clients.every((c) => c.creditRating === null)).toBe(true);
        expect(String(r.records.Clients[0].notes)).toContain(`${gradeHeader}: A`);
      });

      it("never takes the group code or a figure in 元 for a phone", () => {
        expect(fieldOf("集团编码")).not.toBe("phone");
        expect(fieldOf("月ARPU（元）")).not.toBe("phone");
        expect(r.records.Clients.every((c) => c.phone === null)).toBe(true);
        // The group code is the client's number, or kept in the notes: never lost.
        const first = r.records.Clients[0];
        expect(`${first.clientId ?? ""} ${first.notes ?? ""}`).toContain("3100000400100");
      });
    });
  }

  it("a header that says credit still reads A/B/C as a credit rating", () => {
    const rows = list("信用等级");
    const r = importWorkbook([sheet("集团客户", rows)]);
    expect(r.mappings[0].columns[3].field).toBe("creditRating");
  });

  it("a column of real phones with no header word is still a phone", () => {
    const rows: SourceCell[][] = [
      ["集团名称", "联系方式"],
      ...COMPANIES.slice(0, 6).map((name, i) => [name, `025-8${String(6540000 + i * 131)}`]),
    ];
    const r = importWorkbook([sheet("集团客户", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("phone");
  });
});
