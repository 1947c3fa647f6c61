/**
 * A report filed day after day (tabs named 952025, 9.5.25, 9月5日, each laid out alike and naming
 * the same people with that day's figures, no way to reach anyone) is no client list. Tabs of a
 * client list kept by the day carry the clients' phones; a run whose names change each day is not
 * the same people's figures; two tabs are snapshots, read as before.
 */
import { importWorkbook } from "../../src/importer";
import { namesADay } from "../../src/importer/daily-report";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

const TEAM = {
  en: [
    "Carla Dunmore",
    "Jolene Marsh",
    "Colette Hale",
    "Ronan Arbuckle",
    "Tate Tillery",
    "Dina Jessop",
  ],
  "zh-CN": ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"],
  "zh-TW": ["陳怡君", "林志明", "黃淑芬", "張家豪", "李雅婷", "王俊傑"],
};
const HEADERS = {
  en: ["Sales Team", "Goal Revenue", "Actual Revenue", "Sold Units", "Walk-ins"],
  "zh-CN": ["姓名", "目标业绩", "实际业绩", "成交件数", "进店人数"],
  "zh-TW": ["姓名", "目標業績", "實際業績", "成交件數", "進店人數"],
};
const DAYS = {
  en: ["952025", "942025", "932025", "922025"],
  "zh-CN": ["9月5日", "9月4日", "9月3日", "9月2日"],
  "zh-TW": ["9月5日", "9月4日", "9月3日", "9月2日"],
};

function day(headers: readonly string[], names: readonly string[], seed: number): SourceCell[][] {
  return table(headers, names.length, (_, i, k) =>
    k === 0 ? names[i] : k === 4 ? (i * 7 + seed) % 11 : 1000 * (i + 3) + seed * 37 + k
  );
}

describe("a report filed day after day", () => {
  it("reads tab names as days", () => {
    for (const name of [
      "952025",
      "10282025",
      "9125",
      "83125",
      "8.19.25",
      "2025-09-05",
      "9月5日",
      "2025年9月5日",
      "20250905",
    ])
      expect(namesADay(name)).toBe(true);
    for (const name of ["Sheet1", "2021", "客户", "2025-26", "13.40.25", "9月"])
      expect(namesADay(name)).toBe(false);
  });

  for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
    it(`leaves out ${lang} day tabs naming the same team with the day's figures`, () => {
      const sheets = DAYS[lang].map((name, d) => sheet(name, day(HEADERS[lang], TEAM[lang], d)));
      const r = importWorkbook(sheets);
      for (const name of DAYS[lang]) {
        expect(readAs(r, name)).toBeNull();
        expect(notDataReason(r, name)).toBe("sheet.why.daily-report");
      }
      expect(r.records.Clients ?? []).toHaveLength(0);
    });
  }

  it("keeps a client list kept by the day, its clients' phones on the rows", () => {
    const headers = ["Customer", "Phone", "Balance", "Limit", "Due"];
    const sheets = DAYS.en.map((name, d) =>
      sheet(
        name,
        table(headers, 6, (_, i, k) =>
          k === 0 ? TEAM.en[i] : k === 1 ? `0912-345-${100 + i}` : 1000 * (i + 3) + d * 37 + k
        )
      )
    );
    const r = importWorkbook(sheets);
    for (const name of DAYS.en) expect(notDataReason(r, name)).not.toBe("sheet.why.daily-report");
  });

  it("keeps day tabs whose names change from day to day", () => {
    const people = (d: number) => TEAM.en.map((n) => `${n} ${"ABCD"[d]}`);
    const sheets = DAYS.en.map((name, d) => sheet(name, day(HEADERS.en, people(d), d)));
    const r = importWorkbook(sheets);
    for (const name of DAYS.en) expect(notDataReason(r, name)).not.toBe("sheet.why.daily-report");
  });

  it("says why in every language of the register", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.daily-report", { days: 46, names: 18 }, lang);
      expect(text).toContain("46");
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    }
  });
});
