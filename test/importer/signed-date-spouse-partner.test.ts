/**
 * Two reads from blind books of session 12: an agent's policy ledger dates each policy by when it
 * was signed (签单日期 / 簽單日期), its start unless a 生效 column is given, so one client's two
 * purchases of one product on two dates stay two policies; and a client list's "Spouse/Partner"
 * (配偶/伴侣, "Husband or Wife") column names the spouse like "Spouse" does. Invented names only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe.each([
  ["zh-CN", ["投保人", "险种", "签单日期", "保费（元）", "缴费期限"]],
  ["zh-TW", ["要保人", "險種", "簽單日期", "保費（元）", "繳費年期"]],
])("a policy ledger's 签单日期 (%s)", (_, header) => {
  const rows: SourceCell[][] = [
    header,
    ["杨子安", "鑫享年金保险", "2024年1月24日", 3000, "10年"],
    ["冯晓岚", "康泰终身重疾险", "2024年2月3日", 5200, "20年"],
    ["杨子安", "鑫享年金保险", "2024年4月19日", 12000, "趸交"],
    ["曾文慧", "意外伤害保险", "2024年5月8日", 300, "1年"],
  ];
  const r = importWorkbook([sheet("代理保险台账", rows)]);

  it("is each policy's start, and one client's two purchases of one product are two policies", () => {
    expect(r.mappings[0].columns[2].field).toBe("startDate");
    const yang = r.records.Clients.find((c) => c.name === "杨子安")?.clientId;
    expect(
      r.records.Insurance.filter((p) => p.clientId === yang).map((p) => [
        p.startDate,
        p.annualPremium,
      ])
    ).toEqual([
      ["2024-01-24", 3000],
      ["2024-04-19", 12000],
    ]);
    expect(r.records.Insurance).toHaveLength(4);
    expect(r.summary.merged).toBe(0);
  });
});

describe("签单日期 beside an effective date", () => {
  it("gives way: the start is the 生效日期, the signing date stays in notes", () => {
    const r = importWorkbook([
      sheet("保单", [
        ["投保人", "险种", "签单日期", "生效日期", "保费"],
        ["杨子安", "年金保险", "2024-01-20", "2024-01-24", 3000],
        ["冯晓岚", "重疾险", "2024-02-01", "2024-02-03", 5200],
        ["曾文慧", "意外险", "2024-05-06", "2024-05-08", 300],
      ]),
    ]);
    expect(r.records.Insurance.map((p) => p.startDate)).toEqual([
      "2024-01-24",
      "2024-02-03",
      "2024-05-08",
    ]);
    expect(String(r.records.Insurance[0].notes)).toContain("签单日期");
  });
});

describe.each([["Spouse/Partner"], ["配偶/伴侣"], ["Husband or Wife"], ["配偶姓名"]])(
  "a client list's %s column",
  (spouse) => {
    it("makes each client's spouse a family member", () => {
      const r = importWorkbook([
        sheet("Households", [
          ["Client", "Phone", spouse, "Child 1", "Child 2"],
          ["Megan Whitfield", "(415) 555-0101", "Daniel Whitfield", "Ava Whitfield", ""],
          ["Omar Haddad", "(415) 555-0102", "Lina Haddad", "", ""],
          ["Priya Nair", "(415) 555-0103", "", "Dev Nair", "Isha Nair"],
          ["Tom Becker", "(415) 555-0104", "Sara Becker", "Max Becker", ""],
        ]),
      ]);
      expect(r.records.Clients.map((c) => c.name)).toEqual([
        "Megan Whitfield",
        "Omar Haddad",
        "Priya Nair",
        "Tom Becker",
      ]);
      expect(
        r.records.Family.filter((f) => f.relation === "spouse").map((f) => f.memberName)
      ).toEqual(["Daniel Whitfield", "Lina Haddad", "Sara Becker"]);
      expect(r.records.Family.filter((f) => f.relation === "child")).toHaveLength(4);
    });
  }
);

describe("a Partner column alone", () => {
  it("names no spouse: a partner may be a business's", () => {
    const r = importWorkbook([
      sheet("Accounts", [
        ["Client", "Phone", "Partner"],
        ["Megan Whitfield", "(415) 555-0101", "Daniel Whitfield"],
        ["Omar Haddad", "(415) 555-0102", "Lina Haddad"],
        ["Tom Becker", "(415) 555-0104", "Sara Becker"],
      ]),
    ]);
    expect(r.records.Family).toHaveLength(0);
    expect(String(r.records.Clients[0].notes)).toContain("Daniel Whitfield");
  });
});
