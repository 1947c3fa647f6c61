/**
 * A schedule or plan is no complaint log: a maintenance calendar (a row per site, its case or
 * contract number, this and the next service date, a V under each month a visit is due) only
 * resembles one through its case number and dates, and words such as 故障 or 維修 in its task
 * column do not make one. Without a complaint word it is read as the sheet its headers fit next
 * (the sites as clients), never as complaints. Invented books in 繁體, 简体 and English.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet, complaintsOnlyWithAComplaint } from "../../src/importer/classify-sheet";
import { monthOfHeader } from "../../src/importer/period-columns";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, readAs, sheet } from "./helpers";

const MONTHS_TW = [
  "一月",
  "二月",
  "三月",
  "四月",
  "五月",
  "六月",
  "七月",
  "八月",
  "九月",
  "十月",
  "十一月",
  "十二月",
];
const MONTHS_CN = MONTHS_TW.map((_, i) => `${i + 1}月`);
const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

const day = (month: number, d: number) =>
  `2025-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** A row per site: the given leading cells, then a V under every third month from its own. */
function schedule(
  headers: readonly string[],
  months: readonly string[],
  sites: readonly string[],
  lead: (site: string, i: number) => SourceCell[]
): SourceCell[][] {
  return [
    [...headers, ...months],
    ...sites.map((site, i) => [
      ...lead(site, i),
      ...months.map((_, m) => ((m - i) % 3 === 0 ? "V" : null)),
    ]),
  ];
}

describe("the months a header names", () => {
  it.each([
    ["一月", 1],
    ["十月", 10],
    ["十二月", 12],
    ["十一月份", 11],
    ["九月", 9],
    ["3月", 3],
    ["Sep", 9],
    ["March", 3],
    ["7", 7],
  ])("%s is month %d", (header, month) => expect(monthOfHeader(header)).toBe(month));

  it.each(["Q1", "第一季", "H2", "2024", "13", "備註", "月", "十三月", "二十月", "两月"])(
    "%s is no month",
    (header) => expect(monthOfHeader(header)).toBeNull()
  );
});

describe("a maintenance schedule is no complaint log", () => {
  it("繁體: 案號, 本次維護日期 and twelve months, no header over the account code: the sites are clients", () => {
    const rows = schedule(
      [
        "",
        "客戶名",
        "縣市別",
        "轄區",
        "本次維護日期",
        "最快可維護日",
        "案號",
        "合約起始日",
        "合約到期日",
        "備註",
      ],
      MONTHS_TW,
      [
        "臺北通化",
        "臺北正義",
        "臺北永康",
        "臺北學府",
        "臺北大學口",
        "臺北和平",
        "臺北復興",
        "臺北敦南",
        "臺北仁愛",
        "臺北安和",
        "臺北信安",
        "臺北光復",
      ],
      (site, i) => [
        i % 3 ? "POST" : "HNCB",
        site,
        "台北市",
        "大安區",
        day(2 + (i % 3), 10 + i),
        day(4 + (i % 3), 10 + i),
        `JS12${i % 4}-J0${10 + i}`,
        day(1, 1),
        day(12, 31),
        i % 2 ? "週六不營業" : "",
      ]
    );
    const r = importWorkbook([sheet("大安區", rows)]);
    expect(readAs(r, "大安區")).toBe("Clients");
    expect(r.records.Complaints ?? []).toHaveLength(0);
    expect(r.records.Clients.map((c) => c.name)).toContain("臺北通化");
  });

  it("简体, another order: 网点 | 案号 | 本次维护日期 … | 1月 … 12月 is no complaint log", () => {
    const sites = [
      "东湖网点",
      "西湖网点",
      "南湖网点",
      "北湖网点",
      "中山网点",
      "滨江网点",
      "钱江网点",
      "下沙网点",
      "萧山网点",
      "余杭网点",
    ];
    const rows = schedule(
      [
        "",
        "网点",
        "城市",
        "区域",
        "本次维护日期",
        "最快可维护日",
        "案号",
        "合同起始日",
        "合同到期日",
        "备注",
      ],
      MONTHS_CN,
      sites,
      (site, i) => [
        i % 2 ? "ICBC" : "CCB",
        site,
        "杭州市",
        "西湖区",
        day(2 + (i % 3), 10 + i),
        day(4 + (i % 3), 10 + i),
        `WB${2300 + i * 7}`,
        day(1, 1),
        day(12, 31),
        i % 2 ? "设备故障需维修" : "",
      ]
    );
    const r = importWorkbook([sheet("西湖区", rows)]);
    expect(readAs(r, "西湖区")).not.toBe("Complaints");
    expect(readAs(r, "西湖区")).not.toBe("Insurance");
    expect(r.records.Complaints ?? []).toHaveLength(0);
  });

  it("English: Location | Case Number | Date | Closed Date | Notes | Jan … Dec is no complaint log", () => {
    const sites = INVENTED_COMPANIES.en.slice(0, 10);
    const headers = ["", "Location", "Case Number", "Date", "Closed Date", "Notes"];
    const rows = schedule(headers, MONTHS_EN, sites, (site, i) => [
      i % 2 ? "ACME" : "BETA",
      site,
      `CN-${4400 + i}`,
      day(3, i + 1),
      day(6, i + 1),
      i % 3 ? "" : "Repair the faulty door sensor",
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).not.toBe("Complaints");
    expect(r.records.Complaints ?? []).toHaveLength(0);
  });

  it("a complaint word keeps a log with month columns a complaint log", () => {
    const headers = ["投诉编号", "客户名称", "投诉日期", "投诉内容", ...MONTHS_CN];
    const classification = classifySheet("投诉台账", headers);
    expect(classification.key).toBe("Complaints");
    expect(complaintsOnlyWithAComplaint(classification, headers, ["投诉台账", ""]).key).toBe(
      "Complaints"
    );
  });

  it("a complaint log without months keeps its reading: its own number is telling", () => {
    const headers = ["案號", "客戶名稱", "受理日期", "結案日期", "處理人", "狀態"];
    const classification = classifySheet("Sheet1", headers);
    expect(complaintsOnlyWithAComplaint(classification, headers, ["Sheet1", ""]).key).toBe(
      classification.key
    );
  });
});
