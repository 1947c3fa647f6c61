/**
 * A sheet of blocks, each headed by the person who looks after its clients ("客户经理：王丽  工号：10086",
 * "RM: Jane Tan", "業務員：陳怡君"), each with its own header row (sometimes in another column order)
 * and a 合计 row: every block's clients take their own heading's owner, never the first block's.
 * Invented sheets.
 */
import { importWorkbook } from "../../src/importer";
import { headingOwner, ownerHeadings } from "../../src/importer/title-owner";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function owners(r: ReturnType<typeof importWorkbook>): Record<string, unknown> {
  return Object.fromEntries(r.records.Clients.map((c) => [c.name, c.owner ?? null]));
}

describe("heading lines naming an owner", () => {
  it.each([
    [["客户经理：王丽  工号：10086"], "王丽"],
    [["RM: Jane Tan"], "Jane Tan"],
    [["業務員：陳怡君"], "陳怡君"],
    [["客户经理", "陈志强", "工号", "10112"], "陈志强"],
  ] as [SourceCell[], string][])("%j names %s", (cells, owner) => {
    expect(headingOwner(cells, 1)?.owner).toBe(owner);
  });

  it.each([
    [["制表人：张三"]],
    [["Account: Northwind Ltd", "Owner: Kim Lee"]],
    [["王小明", "13800000001", "金卡"]],
  ] as [SourceCell[]][])("%j is no owner heading", (cells) => {
    expect(headingOwner(cells, 1)).toBeNull();
  });

  it("two owners named in one title area with no table between them name no one", () => {
    const h = ownerHeadings([
      ["客户经理：钱立新"],
      ["客户经理：郑海涛"],
      ["客户姓名", "电话", "等级"],
    ]);
    expect(h.map((x) => x.owner?.owner ?? null)).toEqual(["钱立新", null]);
  });
});

function block(
  manager: string,
  header: SourceCell[],
  clients: [string, string, string][],
  order: number[]
): SourceCell[][] {
  const rows: SourceCell[][] = [[manager], header];
  for (const c of clients) rows.push(order.map((i) => c[i]));
  rows.push(["合计", `${clients.length}户`]);
  return rows;
}

describe("a sheet of blocks, each under its owner's heading", () => {
  it("简体: each block's clients are its manager's, the third block in another column order", () => {
    const rows: SourceCell[][] = [
      ["XX网点 VIP客户维护表"],
      ...block(
        "客户经理：王丽  工号：10086",
        ["客户姓名", "手机号码", "资产等级"],
        [
          ["郑洋", "13800002001", "金卡"],
          ["吴国庆", "13800002002", "白金"],
        ],
        [0, 1, 2]
      ),
      // The next heading right under the total, with no blank row between the blocks.
      ...block(
        "客户经理：陈志强  工号：10112",
        ["客户姓名", "手机号码", "资产等级"],
        [
          ["孔建华", "13800002017", "金卡"],
          ["余辉", "13800002018", "钻石"],
        ],
        [0, 1, 2]
      ),
      [],
      ...block(
        "客户经理：刘海燕  工号：10127",
        ["客户姓名", "资产等级", "手机号码"],
        [
          ["韦刚", "13800002029", "白金"],
          ["肖浩然", "13800002030", "金卡"],
        ],
        [0, 2, 1]
      ),
    ];
    const r = importWorkbook([sheet("VIP客户", rows)]);
    expect(owners(r)).toEqual({
      郑洋: "王丽",
      吴国庆: "王丽",
      孔建华: "陈志强",
      余辉: "陈志强",
      韦刚: "刘海燕",
      肖浩然: "刘海燕",
    });
    const weigang = r.records.Clients.find((c) => c.name === "韦刚");
    expect(weigang?.phone).toBe("13800002029");
    const said = r.issues.filter((i) => i.code === "import.owner-from-title");
    expect(said.map((i) => [i.value, i.params?.count])).toEqual([
      ["王丽", 2],
      ["陈志强", 2],
      ["刘海燕", 2],
    ]);
    expect(said.every((i) => i.severity === "info")).toBe(true);
  });

  it("English: 'RM: …' lines head blocks separated by blank rows", () => {
    const rows: SourceCell[][] = [
      ["RM: Jane Tan"],
      ["Client Name", "Mobile", "Segment"],
      ["Ann Moss", "+65 9123 4501", "Priority"],
      ["Ben Pike", "+65 9123 4502", "Private"],
      [],
      [],
      ["RM: Marcus Wee"],
      ["Client Name", "Segment", "Mobile"],
      ["Cy Rowe", "Priority", "+65 9123 4503"],
      ["Di Lane", "Priority", "+65 9123 4504"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(owners(r)).toEqual({
      "Ann Moss": "Jane Tan",
      "Ben Pike": "Jane Tan",
      "Cy Rowe": "Marcus Wee",
      "Di Lane": "Marcus Wee",
    });
    expect(r.records.Clients.map((c) => c.name)).not.toContain("RM: Marcus Wee");
  });

  it("繁體: 業務員 heading lines inside one table switch the owner from the next row on", () => {
    const rows: SourceCell[][] = [
      ["保戶名冊"],
      ["客戶姓名", "電話", "備註"],
      ["業務員：陳怡君"],
      ["林美華", "0912000001", "老客戶"],
      ["張志明", "0912000002", null],
      ["業務員：黃雅婷"],
      ["吳淑芬", "0912000003", "新客戶"],
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(owners(r)).toEqual({ 林美華: "陳怡君", 張志明: "陳怡君", 吳淑芬: "黃雅婷" });
  });

  it("a single title owner still owns the whole table, and an owner column wins over headings", () => {
    const one = importWorkbook([
      sheet("客户", [
        ["客户经理：张伟"],
        ["客户姓名", "手机号码"],
        ["刘洋", "13800000001"],
        ["陈静", "13800000002"],
      ]),
    ]);
    expect(owners(one)).toEqual({ 刘洋: "张伟", 陈静: "张伟" });
    const column = importWorkbook([
      sheet("客户", [
        ["客户经理：张伟"],
        ["客户姓名", "手机号码", "客户经理"],
        ["刘洋", "13800000001", "周敏"],
        ["陈静", "13800000002", "周敏"],
      ]),
    ]);
    expect(owners(column)).toEqual({ 刘洋: "周敏", 陈静: "周敏" });
  });
});
