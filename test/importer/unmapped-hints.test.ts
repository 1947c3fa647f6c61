/**
 * An unmapped column's report names a field it "looks like" only when that helps: not when the
 * header merely shares a word with the field's (集团级别 ~ 集团客户, 理财 ~ 理财经理) while its values
 * contradict it; and a header stating a money unit is a figure, never a person.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const GROUPS = [
  "密云东方中学",
  "延庆天成物流有限公司",
  "顺义蓝天酒店有限公司",
  "怀柔青山医院",
  "平谷金果食品有限公司",
  "昌平云谷科技有限公司",
  "通州运河建材有限公司",
  "大兴航港物流有限公司",
  "房山石韵装饰有限公司",
  "门头沟清泉水务有限公司",
];

const unmappedIssue = (r: ReturnType<typeof importWorkbook>, header: string) =>
  r.issues.find((i) => i.code === "map.unmapped-notes" && i.params?.header === header);

describe("hints on unmapped columns", () => {
  for (const [gradeHeader, nameHeader] of [
    ["集团级别", "集团名称"],
    ["集團級別", "集團名稱"],
    ["Group Grade", "Group Name"],
  ]) {
    it(`${gradeHeader} A/B/C/D is not said to look like a field its values contradict`, () => {
      const rows: SourceCell[][] = [
        [nameHeader, gradeHeader, "客户经理"],
        ...GROUPS.map((g, i) => [g, "ABCD"[i % 4], i % 2 ? "廖杰" : "周敏"]),
      ];
      const r = importWorkbook([sheet("集团客户清单", rows)]);
      const column = r.mappings[0].columns[1];
      expect(column.field).toBeNull();
      const issue = unmappedIssue(r, gradeHeader);
      expect(issue).toBeDefined();
      expect(issue?.params?.near).toBeUndefined();
      expect(issue?.message).not.toMatch(/looks like|resembles/i);
      // The grade is kept where a person finds it.
      expect(String(r.records.Clients[2].notes)).toContain(`${gradeHeader}: C`);
    });
  }

  it("a header that is the field's own word still says why it stayed unmapped", () => {
    const rows: SourceCell[][] = [["投诉编号", "客户名称", "受理日期", "状态"]];
    for (let i = 1; i <= 12; i++)
      rows.push([`T${i}`, `客户${i}`, "2024-05-01", ["广东省", "浙江省", "江苏省"][i % 3]]);
    const r = importWorkbook([sheet("投诉", rows)]);
    const issue = r.issues.find((i) => i.column === "D (状态)");
    expect(issue?.params?.near).toBe("status");
  });
});

describe("a header stating a money unit", () => {
  it.each([
    ["理财（万元）", "客户姓名", "存款（万元）"],
    ["理財(萬元)", "客戶姓名", "存款(萬元)"],
    ["Wealth Mgmt (HK$)", "Client Name", "Deposits (HK$)"],
  ])(
    "%s is a figure kept in notes, never the owner, even on a short list",
    (header, name, deposit) => {
      const rows: SourceCell[][] = [
        ["客户号", name, deposit, header],
        ["KH1", "张伟", 338.55, 12],
        ["KH2", "李娜", 100, 0],
        ["KH3", "王芳", 50.5, 3],
      ];
      const r = importWorkbook([sheet("客户", rows)]);
      expect(r.mappings[0].columns[3].field).not.toBe("owner");
      expect(r.records.Clients.every((c) => c.owner === null)).toBe(true);
      expect(String(r.records.Clients[0].notes)).toContain(`${header}: 12`);
    }
  );
});
