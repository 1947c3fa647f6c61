/**
 * Tabs of one layout holding the same client list at different times (10月 / 11月, Jan / Feb,
 * 第1週 / 第2週, 2025 / 2026) are one source: one client each, and where the tabs differ the newer
 * tab's value is kept, the older one in notes. Neither tab is the other's staff list.
 */
import { importWorkbook } from "../../src/importer";
import { sameLayout, snapshotPlaces, tabPeriod } from "../../src/importer/snapshots";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PEOPLE_CN = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "黄磊"];
const PEOPLE_TW = ["陳志明", "林淑芬", "黃建宏", "張雅婷", "李俊傑", "王美玲", "吳宗憲", "劉怡君"];
const PEOPLE_EN = [
  "Olivia Grant",
  "Marcus Reed",
  "Hannah Cole",
  "Victor Lane",
  "Grace Wong",
  "Ethan Park",
  "Nora Blake",
  "Liam Foster",
];

/** A mobile per person, month and change: 139 + person + month digit. */
function mobile(person: number, changed: boolean): string {
  return `139${changed ? "9" : "0"}000${String(1000 + person * 37).padStart(4, "0")}`;
}

/**
 * One month's tab: serial, name, phone, policies held (1–3: a count that meets the serial's
 * numbers), source. `changed` people have a new phone this month; `extra` people joined.
 */
function monthTab(
  name: string,
  headers: string[],
  people: string[],
  opts: { changed?: number[]; title?: string; order?: number[] } = {}
) {
  const rows: SourceCell[][] = people.map((p, i) => [
    i + 1,
    p,
    mobile(i, opts.changed?.includes(i) ?? false),
    (i % 3) + 1,
    i % 2 ? "转介绍" : "缘故",
  ]);
  const order = opts.order ?? headers.map((_, i) => i);
  const pick = (row: SourceCell[]) => order.map((i) => row[i]);
  return sheet(name, [...(opts.title ? [[opts.title]] : []), pick(headers), ...rows.map(pick)]);
}

const CN_HEADERS = ["序号", "客户姓名", "手机", "已购保单数", "客户来源"];
const TW_HEADERS = ["序號", "客戶姓名", "手機", "已購保單數", "客戶來源"];
const EN_HEADERS = ["No.", "Client Name", "Mobile", "Policies held", "Source"];

describe("the period a tab's name gives", () => {
  it.each([
    ["10月", 10],
    ["11月", 11],
    ["十一月", 11],
    ["一月", 1],
    ["Jan", 1],
    ["September", 9],
    ["Sept 2025", 9],
    ["2026年3月", 3],
    ["2025-12", 12],
  ])("%s names month %i", (name, month) => {
    expect(tabPeriod(name)?.month).toBe(month);
  });

  it("orders months, weeks, quarters and years", () => {
    const key = (n: string) => tabPeriod(n)?.key ?? NaN;
    expect(key("11月")).toBeGreaterThan(key("10月"));
    expect(key("第2周")).toBeGreaterThan(key("第1周"));
    expect(key("第2週")).toBeGreaterThan(key("第1週"));
    expect(key("Week 10")).toBeGreaterThan(key("Week 9"));
    expect(key("Q3")).toBeGreaterThan(key("Q2"));
    expect(key("2026")).toBeGreaterThan(key("2025"));
    expect(key("2026年1月")).toBeGreaterThan(key("2025年12月"));
    expect(key("Jan 2026")).toBeGreaterThan(key("Dec 2025"));
  });

  it("finds no period in names that give none", () => {
    expect(tabPeriod("Active accounts")).toBeNull();
    expect(tabPeriod("客户名单")).toBeNull();
    expect(tabPeriod("Sheet1")).toBeNull();
  });
});

describe("tabs of one layout", () => {
  it("have the same headers in any order, in either script", () => {
    expect(sameLayout(CN_HEADERS, [...CN_HEADERS].reverse())).toBe(true);
    expect(sameLayout(CN_HEADERS, TW_HEADERS)).toBe(true);
    expect(sameLayout(CN_HEADERS, ["序号", "员工姓名", "工号", "部门", "职位"])).toBe(false);
  });

  it("are ranked by the periods their names give, else in tab order", () => {
    const tab = (name: string, headers = EN_HEADERS) => ({ name, headers });
    const ranks = (names: string[]) => {
      const places = snapshotPlaces(names.map((n) => tab(n)));
      return names.map((_, i) => places.get(i)?.rank);
    };
    expect(ranks(["Feb", "Jan"])).toEqual([1, 0]);
    expect(ranks(["11月", "10月"])).toEqual([1, 0]);
    expect(ranks(["Nov", "Dec", "Jan"])).toEqual([0, 1, 2]);
    expect(ranks(["2026", "2025"])).toEqual([1, 0]);
    expect(ranks(["Active accounts", "Churned"])).toEqual([0, 1]);
  });

  it("group only tabs of one layout", () => {
    const places = snapshotPlaces([
      { name: "10月", headers: CN_HEADERS },
      { name: "员工", headers: ["工号", "员工姓名", "部门", "职位"] },
      { name: "11月", headers: CN_HEADERS },
    ]);
    expect(places.get(1)).toBeUndefined();
    expect(places.get(0)?.group).toBe(places.get(2)?.group);
  });
});

describe("a client list kept as one tab per month", () => {
  const joined = [...PEOPLE_CN, "周杰", "吴芳"];

  it("imports each client once, neither tab read as the other's staff list (简体)", () => {
    const result = importWorkbook([
      monthTab("10月", CN_HEADERS, PEOPLE_CN, { title: "2026年 个人客户名单" }),
      monthTab("11月", CN_HEADERS, joined, { changed: [1, 4], title: "2026年 个人客户名单" }),
    ]);
    expect(result.mappings.map((m) => m.registerSheet)).toEqual(["Clients", "Clients"]);
    expect(result.issues.some((i) => i.code === "import.sheet-not-data")).toBe(false);
    const clients = result.records.Clients;
    expect(clients.map((c) => c.name).sort()).toEqual([...joined].sort());
  });

  it("keeps the newer month's phone and the older one in notes, told once per change", () => {
    const result = importWorkbook([
      monthTab("10月", CN_HEADERS, PEOPLE_CN),
      monthTab("11月", CN_HEADERS, joined, { changed: [1, 4] }),
    ]);
    const client = (n: string) => result.records.Clients.find((c) => c.name === n);
    expect(client("李秀英")?.phone).toBe(mobile(1, true));
    expect(String(client("李秀英")?.notes)).toContain(mobile(1, false));
    expect(client("陈静")?.phone).toBe(mobile(4, true));
    expect(client("王建国")?.phone).toBe(mobile(0, false));
    const told = result.issues.filter((i) => i.code === "link.newer-sheet");
    expect(told).toHaveLength(2);
    expect(told.every((i) => i.sheet === "11月" && i.severity === "info")).toBe(true);
    expect(result.issues.some((i) => i.code === "link.conflict")).toBe(false);
  });

  it("takes the later month even when its tab comes first (繁體, newest tab on the left)", () => {
    const result = importWorkbook([
      monthTab("11月", TW_HEADERS, PEOPLE_TW, { changed: [2] }),
      monthTab("10月", TW_HEADERS, PEOPLE_TW),
    ]);
    expect(result.records.Clients).toHaveLength(PEOPLE_TW.length);
    const client = result.records.Clients.find((c) => c.name === "黃建宏");
    expect(client?.phone).toBe(mobile(2, true));
    expect(String(client?.notes)).toContain(mobile(2, false));
  });

  it("reads English month tabs with their columns in another order the same way", () => {
    const result = importWorkbook([
      monthTab("Jan", EN_HEADERS, PEOPLE_EN),
      monthTab("Feb", EN_HEADERS, PEOPLE_EN, { changed: [3], order: [1, 2, 0, 4, 3] }),
    ]);
    expect(result.mappings.map((m) => m.registerSheet)).toEqual(["Clients", "Clients"]);
    expect(result.records.Clients).toHaveLength(PEOPLE_EN.length);
    expect(result.records.Clients.find((c) => c.name === "Victor Lane")?.phone).toBe(
      mobile(3, true)
    );
  });

  it("still keeps the first value when two rows of one tab differ", () => {
    const result = importWorkbook([
      sheet("客户", [
        ["客户姓名", "手机", "客户来源"],
        ["王建国", mobile(0, false), "缘故"],
        ["李秀英", mobile(1, false), "缘故"],
        ["王建国", mobile(0, true), "缘故"],
      ]),
    ]);
    const wang = result.records.Clients.filter((c) => c.name === "王建国");
    expect(wang.length).toBeGreaterThanOrEqual(1);
    expect(result.issues.some((i) => i.code === "link.newer-sheet")).toBe(false);
  });
});
