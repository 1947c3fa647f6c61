/**
 * A list of parties each beside the day of its last contact — a maintenance round, an inspection,
 * a visit (行政區 | 單位 | 上次保養, "Customer | Region | Last Service Date", 上次巡检日期 | 门店名称) — and
 * nothing else a client list holds is a log of those contacts: one visit a row on that day, the
 * party its client. A client list that also holds a phone or an e-mail stays a client list. Invented
 * books in 繁體, 简体 and English, columns in several orders.
 */
import { importWorkbook } from "../../src/importer";
import { contactDateRole, reviewDateRole } from "../../src/importer/review-date-columns";
import type { SourceCell } from "../../src/importer/types";
import type { RegisterRecord } from "../../src/register/types";
import { INVENTED_COMPANIES, readAs, sheet } from "./helpers";

const day = (month: number, d: number) =>
  `2025-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** The visit of the client named so (visits link their client by its id). */
function visitOf(result: ReturnType<typeof importWorkbook>, client: string): RegisterRecord {
  const id = result.records.Clients.find((c) => c.name === client)?.clientId;
  const found = (result.records.Visits ?? []).find((v) => id !== undefined && v.clientId === id);
  if (!found) throw new Error(`no visit of ${client}`);
  return found;
}

describe("headers naming the last or next service at a site", () => {
  it.each([
    "上次保養",
    "上次维护日期",
    "最近巡检日期",
    "Last Service Date",
    "last_inspection",
    "Last Visit",
  ])("%s is the last contact on a log of contacts", (header) =>
    expect(contactDateRole(header)).toBe("last")
  );
  it.each(["下次保養日期", "Next Service", "next_maintenance_date"])("%s is the next", (header) =>
    expect(contactDateRole(header)).toBe("next")
  );
  it.each(["保養項目", "Service Type", "合約到期日", "本次維護日期"])("%s is neither", (header) =>
    expect(contactDateRole(header)).toBeNull()
  );
  it("on a client list a service date is a fact about the client, a visit's date is a contact", () => {
    expect(reviewDateRole("上次保養")).toBeNull();
    expect(reviewDateRole("Last Service Date")).toBeNull();
    expect(reviewDateRole("上次拜访")).toBe("last");
  });
});

describe("a list of parties and their last service is a log of visits", () => {
  it("繁體: 行政區 | 單位 | 上次保養, a round of units sharing one date", () => {
    const units = [
      "基隆外木山",
      "基隆三沙灣",
      "基隆仁愛",
      "汐止翠峰",
      "汐止樟樹",
      "內湖北勢湖",
      "內湖東湖",
      "臺北老松",
      "臺北莒光",
      "新店花園城",
    ];
    const rows: SourceCell[][] = [
      ["行政區", "單位", "上次保養"],
      ...units.map((unit, i) => [unit.slice(0, 2), unit, day(3 + Math.floor(i / 3), 10)]),
    ];
    const r = importWorkbook([sheet("工作表1", rows)]);
    expect(readAs(r, "工作表1")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(units.length);
    expect(visitOf(r, "汐止翠峰").visitOn).toBe(day(4, 10));
    expect(r.records.Clients.map((c) => c.name)).toContain("臺北老松");
  });

  it("简体, the date first: 上次巡检日期 | 门店名称 | 区域", () => {
    const sites = [
      "东湖网点",
      "西湖网点",
      "南湖网点",
      "北湖网点",
      "中山网点",
      "滨江网点",
      "钱江网点",
      "下沙网点",
    ];
    const rows: SourceCell[][] = [
      ["上次巡检日期", "门店名称", "区域"],
      ...sites.map((site, i) => [day(5, i + 3), site, i % 2 ? "西湖区" : "滨江区"]),
    ];
    const r = importWorkbook([sheet("巡检", rows)]);
    expect(readAs(r, "巡检")).toBe("Visits");
    expect(visitOf(r, "南湖网点").visitOn).toBe(day(5, 5));
  });

  it("English: Customer | Region | Last Maintenance | Next Maintenance", () => {
    const sites = INVENTED_COMPANIES.en.slice(0, 8);
    const rows: SourceCell[][] = [
      ["Customer", "Region", "Last Maintenance", "Next Maintenance"],
      ...sites.map((site, i) => [site, i % 2 ? "North" : "South", day(2, i + 1), day(8, i + 1)]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Visits");
    expect(visitOf(r, sites[2])).toMatchObject({
      visitOn: day(2, 3),
      nextVisitOn: day(8, 3),
    });
  });

  it("a client list with a phone beside its last visit stays a client list", () => {
    const people = INVENTED_COMPANIES["zh-CN"].slice(0, 8);
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", "上次拜访"],
      ...people.map((name, i) => [name, `1380000${String(1000 + i)}`, day(6, i + 1)]),
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(readAs(r, "客户")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(people.length);
  });
});

describe("a service at the party's site, named after last or next", () => {
  it.each([
    ["Last Inspection", "last"],
    ["last serviced on", "last"],
    ["上次維修日期", "last"],
    ["最近巡检", "last"],
    ["Next Maintenance Date", "next"],
    ["下次點檢", "next"],
  ] as const)("%s is the %s contact on a log of services", (header, role) => {
    expect(reviewDateRole(header, true)).toBe(role);
    expect(reviewDateRole(header)).toBeNull();
  });
});
