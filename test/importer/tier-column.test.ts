/**
 * A client list's tier column (客户等级 钻石/白金/金卡, 會員等級, "Tier", a bank's "Segment") is a
 * tier a person gave the client: one Tiers row per client with it as the override (the register's
 * computed tier stays a formula), the value as written as the reason. Values naming no tier stay
 * in the client's notes; level columns of other things (风险等级, 集团级别 A/B/C) are not tiers.
 */
import { importWorkbook } from "../../src/importer";
import { tierOfCell } from "../../src/importer/tier-column";
import type { SourceCell } from "../../src/importer/types";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { sheet } from "./helpers";

type Result = ReturnType<typeof importWorkbook>;

/** Each client's name with its Tiers row's override and reason (null when it has none). */
function tiersByName(r: Result): [unknown, unknown, unknown][] {
  return r.records.Clients.map((c) => {
    const rows = r.records.Tiers.filter((t) => t.clientId === c.clientId);
    expect(rows.length).toBeLessThanOrEqual(1);
    return [c.name, rows[0]?.overrideTier ?? null, rows[0]?.overrideReason ?? null];
  });
}

describe("tier words in a cell", () => {
  it.each([
    ["钻石", "diamond"],
    ["鑽石會員", "diamond"],
    ["白金卡", "platinum"],
    ["金卡会员", "gold"],
    ["黃金客戶", "gold"],
    ["普卡", "standard"],
    ["VIP", "vip"],
    ["Platinum member", "platinum"],
    ["Gold", "gold"],
    ["Private", "diamond"],
    ["Priority", "vip"],
    ["Classic", "standard"],
  ])("%s → %s", (text, key) => {
    expect(tierOfCell(text)).toBe(key);
  });

  it.each(["A", "银卡", "Enterprise", "保守", "会员", ""])("%s names no tier", (text) => {
    expect(tierOfCell(text)).toBeNull();
  });
});

describe("a client list's tier column", () => {
  it("简体 客户等级 → one Tiers override per client; a value naming no tier stays in notes", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "性别", "联系电话", "客户等级", "客户经理", "备注"],
      ["谭志强", "男", "13800001001", "钻石", "周晓东", "代发工资"],
      ["罗勇", "男", "13800001002", "金卡", "周晓东", ""],
      ["林艳", "女", "13800001003", "白金", "陈丽", "有房贷"],
      ["黄梅", "女", "13800001004", "A类", "陈丽", ""],
      ["吴国庆", "男", "13800001005", "", "陈丽", ""],
    ];
    const r = importWorkbook([sheet("营销台账", rows)]);
    expect(tiersByName(r)).toEqual([
      ["谭志强", "diamond", "客户等级: 钻石"],
      ["罗勇", "gold", "客户等级: 金卡"],
      ["林艳", "platinum", "客户等级: 白金"],
      ["黄梅", null, null],
      ["吴国庆", null, null],
    ]);
    const notes = Object.fromEntries(r.records.Clients.map((c) => [c.name, c.notes ?? null]));
    expect(notes["黄梅"]).toContain("客户等级: A类");
    // A tier read into Tiers is not repeated in the client's notes; the notes keep the rest.
    expect(notes["谭志强"]).toContain("代发工资");
    expect(notes["谭志强"]).not.toContain("客户等级");
    expect(notes["林艳"]).toContain("有房贷");
    expect(notes["林艳"]).not.toContain("白金");
    const said = r.issues.filter((i) => i.code === "import.tiers-from-column");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", params: { count: 3 } });
    expect(said[0].message).toContain("客户等级");
    const column = r.mappings[0].columns.find((c) => c.header === "客户等级");
    expect(column).toMatchObject({ field: null });
    expect(column?.reasons?.[0]).toMatchObject({
      code: "map.why.tier-column",
      params: { registerSheet: "Tiers", field: "overrideTier" },
    });
  });

  it("繁體 會員等級 in another column order, with 會員/卡 after the tier", () => {
    const rows: SourceCell[][] = [
      ["會員等級", "會員編號", "姓名", "手機"],
      ["鑽石會員", "M0001", "陳美玲", "0912-345-678"],
      ["白金會員", "M0002", "林志豪", "0922-111-222"],
      ["金卡", "M0003", "張雅婷", "0933-222-333"],
      ["普卡", "M0004", "王建民", "0955-333-444"],
    ];
    const r = importWorkbook([sheet("會員名單", rows)]);
    expect(tiersByName(r).map(([n, t]) => [n, t])).toEqual([
      ["陳美玲", "diamond"],
      ["林志豪", "platinum"],
      ["張雅婷", "gold"],
      ["王建民", "standard"],
    ]);
  });

  it.each([
    ["Tier", ["Platinum", "Gold", "VIP"], ["platinum", "gold", "vip"]],
    ["Segment", ["Private", "Priority", "Classic"], ["diamond", "vip", "standard"]],
    [
      "Client Tier",
      ["Gold member", "Platinum member", "Gold member"],
      ["gold", "platinum", "gold"],
    ],
  ])("English %s column", (header, values, keys) => {
    const rows: SourceCell[][] = [
      ["Client Name", "Email", header, "Advisor"],
      ["Harper Lane", "harper@example.com", values[0], "JRH"],
      ["Okafor Bello", "okafor@example.com", values[1], "JRH"],
      ["Patricia Wong", "patricia@example.com", values[2], "MKL"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(tiersByName(r).map(([, t]) => t)).toEqual(keys);
  });

  it.each([
    [
      "English",
      ["Client Name", "Phone", "Tier"],
      ["Harper Lane", "Okafor Bello", "Ivy Lorne", "Theo Banks", "Ruth Calder"],
    ],
    ["简体", ["会员姓名", "手机", "VIP等级"], ["谭志强", "罗勇", "林艳", "黄梅", "吴国庆"]],
    ["繁體", ["會員姓名", "手機", "VIP等級"], ["陳美玲", "林志豪", "張雅婷", "王建民", "許文彬"]],
  ])(
    "%s: one tier on some rows, blank on the rest (VIP or not) is a mark, no tiering",
    (_, headers, names) => {
      const rows: SourceCell[][] = [
        headers,
        ...names.map((n, i): SourceCell[] => [n, `+1 415 555 010${i}`, i % 2 === 0 ? "VIP" : ""]),
      ];
      const r = importWorkbook([sheet("Members", rows)]);
      expect(r.records.Clients.map((c) => c.name)).toEqual(names);
      expect(r.records.Tiers).toEqual([]);
      expect(r.issues.some((i) => i.code === "import.tiers-from-column")).toBe(false);
    }
  );

  it("the same column grading every row, or naming two tiers, gives Tiers rows", () => {
    const names = ["Harper Lane", "Okafor Bello", "Ivy Lorne", "Theo Banks"];
    for (const tiers of [
      ["VIP", "VIP", "VIP", "VIP"],
      ["VIP", "", "Gold", ""],
    ]) {
      const rows: SourceCell[][] = [
        ["Client Name", "Phone", "Tier"],
        ...names.map((n, i): SourceCell[] => [n, `+1 415 555 010${i}`, tiers[i]]),
      ];
      const r = importWorkbook([sheet("Members", rows)]);
      expect(r.records.Tiers).toHaveLength(tiers.filter((t) => t !== "").length);
    }
  });

  it("level columns of other things are not tiers: 风险等级, 集团级别 A/B/C", () => {
    const rows: SourceCell[][] = [
      ["集团名称", "集团级别", "风险等级", "联系电话"],
      ["杭州云栖智造有限公司", "A", "稳健", "0571-87650231"],
      ["浙江数据交换中心", "B", "保守", "0571-87650232"],
      ["华联超市（望京店）", "C", "积极", "0571-87650233"],
    ];
    const r = importWorkbook([sheet("集团客户", rows)]);
    expect(r.records.Tiers).toEqual([]);
    expect(r.issues.some((i) => i.code === "import.tiers-from-column")).toBe(false);
    expect(r.records.Clients.map((c) => c.notes)).toEqual([
      expect.stringContaining("集团级别: A"),
      expect.stringContaining("集团级别: B"),
      expect.stringContaining("集团级别: C"),
    ]);
  });

  it("a client on two rows has one Tiers row", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "联系电话", "客户等级"],
      ["谭志强", "13800001001", "钻石"],
      ["罗勇", "13800001002", "金卡"],
      ["谭志强", "13800001001", "钻石"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients).toHaveLength(2);
    expect(r.records.Tiers).toHaveLength(2);
    expect(tiersByName(r).map(([n, t]) => [n, t])).toEqual([
      ["谭志强", "diamond"],
      ["罗勇", "gold"],
    ]);
  });

  it("the imported override survives writing the register and reading it back", async () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Phone", "Tier"],
      ["Harper Lane", "+1 415 555 0101", "Platinum"],
      ["Okafor Bello", "+1 415 555 0102", "Gold"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const buffer = await writeWorkbook(
      buildRegisterPlan({ lang: "en", formulaStyle: "portable", records: r.records })
    );
    const back = await readRegisterWorkbook(buffer);
    expect(back.records.Tiers.map((t) => [t.clientId, t.overrideTier, t.overrideReason])).toEqual(
      r.records.Tiers.map((t) => [t.clientId, t.overrideTier, t.overrideReason])
    );
    expect(back.records.Tiers.map((t) => t.overrideTier)).toEqual(["platinum", "gold"]);
  });
});
