/**
 * A roster of members with each member's dependants on rows of their own beneath them (an
 * employer's group-insurance roster, a scheme's member list): the dependant's row leaves the
 * member's own name and number blank and fills the dependant's columns. A person reads those rows
 * as the member's family, never as clients — in any script and any column order.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function clientIdOf(r: ReturnType<typeof importWorkbook>, name: string): unknown {
  return r.records.Clients.find((c) => c.name === name)?.clientId;
}

describe("a roster with dependants' rows and a dependant name column", () => {
  const rows: SourceCell[][] = [
    ["員工編號", "姓名", "身分證字號", "出生日期", "投保薪資", "眷屬姓名", "眷屬關係", "加保日"],
    ["E01", "林志明", "A123456789", "1980/02/03", 45800, "", "", "2021/01/01"],
    ["", "", "A234567890", "1982/05/06", "", "陳淑芬", "配偶", "2021/01/01"],
    ["", "", "A134567891", "2010.09.12", "", "林柏宇", "子女", "2021/01/01"],
    ["E02", "黃美玲", "B223456781", "1991/07/08", 38200, "", "", "2022/03/01"],
    ["E03", "張家豪", "C123456782", "1975/11/30", 52000, "", "", "2019/06/01"],
    ["", "", "C234567893", "1977/01/15", "", "王雅雯", "配偶", "2019/06/01"],
  ];
  const r = importWorkbook([sheet("員工名冊", rows)]);

  it("makes a client of each member and family of each dependant, linked to the member above", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["林志明", "黃美玲", "張家豪"]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [clientIdOf(r, "林志明"), "陳淑芬", "配偶"],
      [clientIdOf(r, "林志明"), "林柏宇", "子女"],
      [clientIdOf(r, "張家豪"), "王雅雯", "配偶"],
    ]);
    expect(r.summary).toMatchObject({ sourceRows: 6, imported: 6, rejected: 0 });
  });

  it("gives the dependant the row's birthday and keeps the row's ID number in the member's notes, not the client's", () => {
    const spouse = r.records.Family.find((f) => f.memberName === "陳淑芬");
    expect(JSON.stringify(spouse?.birthday)).toContain("1982-05-06");
    expect(spouse?.notes).toContain("A234567890");
    const child = r.records.Family.find((f) => f.memberName === "林柏宇");
    expect(JSON.stringify(child?.birthday)).toContain("2010-09-12");
    const member = r.records.Clients.find((c) => c.name === "林志明");
    expect(JSON.stringify(member?.birthday)).toContain("1980-02-03");
    expect(JSON.stringify(member)).not.toContain("A234567890");
    expect(r.issues.some((i) => i.code === "import.name-stand-in")).toBe(false);
  });

  it("says once, in the three languages, which rows were read as family, and why in the mapping", () => {
    const said = r.issues.filter((i) => i.code === "import.family-from-dependant-rows");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 3, column: "F (眷屬姓名)" });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("家庭成員");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("家庭成员");
    expect(renderMessage(said[0].code!, said[0].params!, "en")).toContain("family");
    const f = r.mappings.flatMap((m) => m.columns).find((c) => c.header === "眷屬姓名");
    expect(f?.reasons?.some((x) => x.code === "map.why.dependant-row")).toBe(true);
  });

  it("importing the same roster again creates nothing new", () => {
    const again = importWorkbook([sheet("員工名冊", rows)], {
      existing: r.records,
      state: r.state,
    });
    expect(again.records.Clients).toHaveLength(3);
    expect(again.records.Family).toHaveLength(3);
  });
});

describe("the same layout in other scripts and orders", () => {
  it("简体, relation before the dependant's name, no employee number", () => {
    const rows: SourceCell[][] = [
      ["序号", "家属关系", "家属姓名", "姓名", "出生日期", "手机"],
      [1, "", "", "周建国", "1979-03-02", "13800000001"],
      [2, "配偶", "吴晓燕", "", "1981-08-19", ""],
      [3, "", "", "郑丽", "1990-12-01", "13800000003"],
      [4, "儿子", "郑浩然", "", "2015-04-20", ""],
      [5, "女儿", "郑可欣", "", "2018-10-09", ""],
    ];
    const r = importWorkbook([sheet("参保人员", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周建国", "郑丽"]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [clientIdOf(r, "周建国"), "吴晓燕", "配偶"],
      [clientIdOf(r, "郑丽"), "郑浩然", "儿子"],
      [clientIdOf(r, "郑丽"), "郑可欣", "女儿"],
    ]);
  });

  it("English, dependant name and relationship columns", () => {
    const rows: SourceCell[][] = [
      ["Member ID", "Member Name", "Date of Birth", "Dependant Name", "Relationship", "Plan"],
      ["S-101", "Oliver Grant", "1984-06-01", "", "", "Gold"],
      ["", "", "1986-02-11", "Emma Grant", "Spouse", "Gold"],
      ["S-102", "Priya Raman", "1990-09-09", "", "", "Silver"],
      ["S-103", "Lucas Moreau", "1978-12-12", "", "", "Gold"],
      ["", "", "2012-05-05", "Chloe Moreau", "Daughter", "Gold"],
      ["", "", "2014-07-07", "Hugo Moreau", "Son", "Gold"],
    ];
    const r = importWorkbook([sheet("Members", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Oliver Grant",
      "Priya Raman",
      "Lucas Moreau",
    ]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [clientIdOf(r, "Oliver Grant"), "Emma Grant", "Spouse"],
      [clientIdOf(r, "Lucas Moreau"), "Chloe Moreau", "Daughter"],
      [clientIdOf(r, "Lucas Moreau"), "Hugo Moreau", "Son"],
    ]);
    expect(JSON.stringify(r.records.Family[1].birthday)).toContain("2012-05-05");
    // The dependant's name is not the member's contact.
    expect(r.records.Clients.every((c) => (c.mainContact ?? null) === null)).toBe(true);
  });

  it("one name column: the dependant's row names them there and leaves the member number blank", () => {
    const rows: SourceCell[][] = [
      ["員工編號", "姓名", "關係", "生日", "手機"],
      ["T001", "許文華", "", "1983/04/04", "0912000001"],
      ["", "李佩君", "配偶", "1985/06/06", ""],
      ["T002", "蔡明哲", "", "1979/01/01", "0912000002"],
      ["T003", "吳怡君", "", "1992/02/02", "0912000003"],
      ["", "陳宥辰", "子女", "2016/03/03", ""],
    ];
    const r = importWorkbook([sheet("名冊", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["許文華", "蔡明哲", "吳怡君"]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [clientIdOf(r, "許文華"), "李佩君", "配偶"],
      [clientIdOf(r, "吳怡君"), "陳宥辰", "子女"],
    ]);
  });
});

describe("relatives' columns that are not dependants' rows", () => {
  it("an emergency contact named on every client's own row leaves every row a client", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "手机", "紧急联系人", "关系"],
      ["钱文斌", "13800000011", "钱太太", "配偶"],
      ["孙丽华", "13800000012", "", ""],
      ["韩志强", "13800000013", "韩母", "母亲"],
      ["冯小雨", "13800000014", "冯父", "父亲"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["钱文斌", "孙丽华", "韩志强", "冯小雨"]);
    expect(r.issues.some((i) => i.code === "import.family-from-dependant-rows")).toBe(false);
  });

  it("a relation column filled on rows that keep their own member number stays the client's", () => {
    const rows: SourceCell[][] = [
      ["客戶編號", "客戶姓名", "關係", "手機"],
      ["M01", "高志遠", "", "0912000001"],
      ["M02", "高太太", "配偶", "0912000002"],
      ["M03", "羅文傑", "", "0912000003"],
      ["M04", "羅小妹", "子女", "0912000004"],
    ];
    const r = importWorkbook([sheet("會員", rows)]);
    expect(r.records.Clients).toHaveLength(4);
    expect(r.records.Family).toHaveLength(0);
  });
});
