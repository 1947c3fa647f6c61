/**
 * An operator's revenue per account (ARPU) is the client's revenue for the period its header
 * names: 月ARPU ×12 into a year's revenue, 年ARPU as written; an ARPU whose period the header does
 * not name stays in notes as written (never a monthly figure silently stored as a year's). Bands of
 * yearly income (50-100万) are no figure: kept as written with one note for the column.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const GROUPS_CN = ["密云东方中学", "延庆天成物流有限公司", "顺义蓝天酒店有限公司", "怀柔青山医院"];
const GROUPS_TW = [
  "台北天成物流有限公司",
  "新竹晶圓科技股份有限公司",
  "台中大雅醫院",
  "高雄港灣貿易有限公司",
];
const GROUPS_EN = [
  "Harrowgate Logistics Ltd",
  "Kowloon Bay Trading Limited",
  "Bristol Dental LLP",
  "Avon Mills plc",
];

function list(
  names: readonly string[],
  headers: readonly string[],
  figures: readonly SourceCell[]
) {
  return [
    [...headers],
    ...names.map((name, i): SourceCell[] => [`JT-${100 + i}`, name, figures[i], "廖杰"]),
  ];
}

const revenue = (r: ReturnType<typeof importWorkbook>) =>
  r.records.Clients.map((c) => c.annualRevenue ?? null);

describe("ARPU under a header naming its period", () => {
  it.each([
    ["月ARPU(元)", GROUPS_CN, ["集团编号", "集团名称"], "客户经理"],
    ["月ARPU（元）", GROUPS_TW, ["集團編號", "集團名稱"], "客戶經理"],
    ["Monthly ARPU ($)", GROUPS_EN, ["Account ID", "Account Name"], "Account Manager"],
  ] as const)(
    "%s is a month's revenue: stored ×12, told once",
    (header, names, [id, nm], owner) => {
      const r = importWorkbook([
        sheet("集团客户", list(names, [id, nm, header, owner], [2387, "5,896", 1200.5, ""])),
      ]);
      expect(r.mappings[0].columns[2].field).toBe("annualRevenue");
      expect(revenue(r)).toEqual([28644, 70752, 14406, null]);
      const notes = r.issues.filter((i) => i.code === "value.period-annualised");
      expect(notes).toHaveLength(1);
      expect(notes[0].params).toMatchObject({ factor: 12, value: 2387, annual: 28644 });
    }
  );

  it("年ARPU is already a year's revenue", () => {
    const r = importWorkbook([
      sheet(
        "集团客户",
        list(GROUPS_CN, ["集团编号", "集团名称", "年ARPU(元)", "客户经理"], [28644, 1000, 1, 2])
      ),
    ]);
    expect(r.mappings[0].columns[2].field).toBe("annualRevenue");
    expect(revenue(r)).toEqual([28644, 1000, 1, 2]);
  });

  it.each(["ARPU(元)", "ARPU", "平均ARPU"])(
    "%s names no period: kept in notes as written, no revenue",
    (header) => {
      const r = importWorkbook([
        sheet(
          "集团客户",
          list(GROUPS_CN, ["集团编号", "集团名称", header, "客户经理"], [2387, 5896, 100, 200])
        ),
      ]);
      expect(r.mappings[0].columns[2].field).toBeNull();
      expect(revenue(r).every((v) => v === null)).toBe(true);
      expect(String(r.records.Clients[0].notes)).toContain(`${header}: 2387`);
    }
  );
});

describe("yearly income in bands", () => {
  it.each([
    ["年收入", "客户姓名"],
    ["年收入", "客戶姓名"],
    ["Annual Revenue", "Client Name"],
  ])("%s bands stay as written with one note for the column", (header, name) => {
    const rows: SourceCell[][] = [
      [name, "手机", header],
      ["张伟", "13800000001", "50-100万"],
      ["李娜", "13800000002", "100万以上"],
      ["王芳", "13800000003", "20-50万"],
      ["赵磊", "13800000004", "50-100万"],
      ["钱文", "13800000005", "20-50万"],
      ["孙丽", "13800000006", "10万以下"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].columns[2].field).toBeNull();
    expect(
      r.records.Clients.every((c) => c.annualRevenue === null && c.annualIncome === null)
    ).toBe(true);
    expect(String(r.records.Clients[0].notes)).toContain(`${header}: 50-100万`);
    expect(r.issues.filter((i) => i.column === `C (${header})`)).toHaveLength(1);
  });
});
