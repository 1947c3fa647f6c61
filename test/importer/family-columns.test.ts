/**
 * A client list keeping each client's family in columns of its own (配偶姓名 / 配偶生日, 子女1姓名 …,
 * "Spouse Name", "Child 1 DOB"): one family member per relative named on a row, linked to the
 * row's client; the spouse is never the client nor the client's contact.
 */
import { importWorkbook } from "../../src/importer";
import { relativeOfHeader } from "../../src/importer/family-columns";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const HEADER = [
  "客户姓名",
  "出生日期",
  "手机",
  "配偶姓名",
  "配偶生日",
  "配偶电话",
  "子女1姓名",
  "子女1生日",
  "子女2姓名",
  "子女2生日",
  "备注",
];
const ROWS: SourceCell[][] = [
  [
    "林国栋",
    d("1975-03-02"),
    "13900000001",
    "吴晓梅",
    d("1977-06-18"),
    "13900000011",
    "林子轩",
    "2008.09.01",
    "林雨桐",
    "2012年5月6日",
    "老客户",
  ],
  [
    "许文静",
    "1983-11-20",
    "13900000002",
    "郑凯",
    "1981-01-09",
    "",
    "郑一鸣",
    "2015-04-30",
    "",
    "",
    "",
  ],
  ["黄志明", "1969-07-07", "13900000003", "", "", "", "", "", "", "", "单身"],
  ["赵丽华", "1988-02-14", "13900000004", "钱伟", "", "13900000044", "", "", "", "", ""],
];

function book(rows: SourceCell[][] = ROWS, header = HEADER) {
  return sheet("客户经营表", [header, ...rows]);
}

describe("relatives named in a client list's columns", () => {
  const r = importWorkbook([book()]);
  const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
  const member = (name: string) => r.records.Family.find((f) => f.memberName === name);

  it("keeps the clients as they are: four, named from the client's column", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["林国栋", "许文静", "黄志明", "赵丽华"]);
    expect(r.records.Clients.map((c) => c.mainContact ?? null)).toEqual([null, null, null, null]);
  });

  it("makes one family member per relative named, linked to the row's client, relation from the header, in the sheet's language (a Chinese user never meets an English key)", () => {
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [idOf("林国栋"), "吴晓梅", "配偶"],
      [idOf("林国栋"), "林子轩", "子女"],
      [idOf("林国栋"), "林雨桐", "子女"],
      [idOf("许文静"), "郑凯", "配偶"],
      [idOf("许文静"), "郑一鸣", "子女"],
      [idOf("赵丽华"), "钱伟", "配偶"],
    ]);
  });

  it("reads each relative's birthday in any spelling, and keeps their phone in their notes", () => {
    expect(JSON.stringify(member("吴晓梅")?.birthday)).toContain("1977-06-18");
    expect(JSON.stringify(member("林子轩")?.birthday)).toContain("2008-09-01");
    expect(JSON.stringify(member("林雨桐")?.birthday)).toContain("2012-05-06");
    expect(member("吴晓梅")?.notes).toBe("配偶电话: 13900000011");
    expect(member("钱伟")?.birthday ?? null).toBeNull();
  });

  it("keeps the relatives out of the client's own record and notes", () => {
    const first = r.records.Clients[0];
    expect(first.phone).toBe("13900000001");
    expect(first.notes).toBe("老客户");
    expect(JSON.stringify(r.records.Clients)).not.toContain("吴晓梅");
  });

  it("says why each relative's column is no field of the client, and what was made, in three languages", () => {
    const columns = r.mappings[0].columns;
    const spouse = columns.find((c) => c.header === "配偶姓名");
    expect(spouse?.field).toBeNull();
    expect(spouse?.reasons?.[0]).toMatchObject({
      code: "map.why.relative",
      params: { relation: "relation.spouse", field: "memberName" },
    });
    const params = spouse?.reasons?.[0].params ?? {};
    expect(renderMessage("map.why.relative", params, "zh-CN")).toContain("配偶");
    expect(renderMessage("map.why.relative", params, "zh-TW")).toContain("家庭成員");
    expect(renderMessage("map.why.relative", params, "en")).toContain("spouse");
    for (const header of HEADER.slice(3, 10)) {
      const column = columns.find((c) => c.header === header);
      expect([header, column?.field, column?.reasons?.[0]?.code]).toEqual([
        header,
        null,
        "map.why.relative",
      ]);
      expect(
        r.issues.some((i) => i.code === "map.unmapped-notes" && i.column?.includes(header))
      ).toBe(false);
    }
    const said = r.issues.filter((i) => i.code === "import.family-from-columns");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 6 });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("家庭成员");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("家庭成員");
  });

  it("importing the same list again creates no second family member", () => {
    const again = importWorkbook([book()], { existing: r.records, state: r.state });
    expect(again.records.Family).toHaveLength(6);
    expect(again.records.Clients).toHaveLength(4);
  });
});

describe("relatives' headers in English and 繁體", () => {
  it("reads Spouse Name / Child 1 Name / Child 1 DOB beside the client's name", () => {
    const r = importWorkbook([
      sheet("Clients", [
        [
          "Client Name",
          "Mobile",
          "Spouse Name",
          "Spouse DOB",
          "Child 1 Name",
          "Child 1 DOB",
          "Child 2 Name",
        ],
        [
          "Oliver Grant",
          "07700 900001",
          "Emma Grant",
          "1984-05-02",
          "Noah Grant",
          "2014-01-15",
          "Ava Grant",
        ],
        ["Sophie Turner", "07700 900002", "", "", "Leo Turner", "2019-08-08", ""],
        ["Harry Cole", "07700 900003", "Mia Cole", "", "", "", ""],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Oliver Grant",
      "Sophie Turner",
      "Harry Cole",
    ]);
    expect(r.records.Family.map((f) => [f.memberName, f.relation])).toEqual([
      ["Emma Grant", "spouse"],
      ["Noah Grant", "child"],
      ["Ava Grant", "child"],
      ["Leo Turner", "child"],
      ["Mia Cole", "spouse"],
    ]);
  });

  it("reads 太太 / 兒子 / 父親 headers of a 繁體 list, a cell listing two children making two", () => {
    const r = importWorkbook([
      sheet("客戶名單", [
        ["客戶姓名", "行動電話", "太太", "兒子姓名", "父親姓名"],
        ["陳建志", "0912-000-001", "林美玲", "陳冠宇、陳冠廷", "陳永福"],
        ["王大明", "0912-000-002", "張淑芬", "", ""],
        ["李志偉", "0912-000-003", "", "李承恩", ""],
      ]),
    ]);
    expect(r.records.Family.map((f) => [f.memberName, f.relation])).toEqual([
      ["林美玲", "配偶"],
      ["陳冠宇", "子女"],
      ["陳冠廷", "子女"],
      ["陳永福", "父親"],
      ["張淑芬", "配偶"],
      ["李承恩", "子女"],
    ]);
  });
});

describe("columns that only look like a relative's", () => {
  it("leaves counts, flags and plans of relatives on the client (子女数, 子女教育金)", () => {
    expect(relativeOfHeader("子女数")).toBeNull();
    expect(relativeOfHeader("子女人数")).toBeNull();
    expect(relativeOfHeader("Number of children")).toBeNull();
    expect(relativeOfHeader("子女教育金")).toBeNull();
    expect(relativeOfHeader("配偶姓名")).toMatchObject({ relation: "spouse", part: "姓名" });
    expect(relativeOfHeader("Name of spouse")).toMatchObject({ relation: "spouse", part: "name" });
    expect(relativeOfHeader("子女2生日")).toMatchObject({ group: "子女2", relation: "child" });
  });

  it("makes no family member from a company in a Parent Account column", () => {
    const r = importWorkbook([
      sheet("Accounts", [
        ["Account Name", "Parent Account", "Phone"],
        ["Acme Widgets Ltd", "Acme Holdings Ltd", "555-0100"],
        ["Brightline Foods Inc", "Brightline Group Inc", "555-0101"],
        ["Cobalt Logistics LLC", "", "555-0102"],
      ]),
    ]);
    expect(r.records.Family).toHaveLength(0);
    expect(r.records.Clients).toHaveLength(3);
  });

  it("leaves a yes/no 配偶 column a note of the client", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["客户姓名", "手机", "配偶"],
        ["林国栋", "13900000001", "有"],
        ["许文静", "13900000002", "无"],
        ["黄志明", "13900000003", "有"],
      ]),
    ]);
    expect(r.records.Family).toHaveLength(0);
    expect(r.records.Clients[0].notes).toContain("有");
  });

  it("reads a list whose only name is the child's as about the child, not as the child's family", () => {
    const r = importWorkbook([
      sheet("学员", [
        ["孩子姓名", "出生日期", "家长电话"],
        ["王小明", "2015-03-01", "13900000001"],
        ["李小红", "2016-07-12", "13900000002"],
        ["张小刚", "2014-11-30", "13900000003"],
      ]),
    ]);
    expect(r.records.Family).toHaveLength(0);
  });
});
