/**
 * A date split over three columns (year | month | day) is one date to a person: a devotee list's
 * 年 | 月 | 日 in ROC years, a club's Birth Year | Birth Month | Birth Day, a 出生年 | 出生月 | 出生日
 * written as text, a visit log's 年 | 月 | 日. A part nobody knew (吉, ?) leaves the date empty and
 * keeps what was written; a year and a month without a day are no date.
 */
import { importWorkbook } from "../../src/importer";
import { datePartOfHeader, joinDateParts, yearEraOf } from "../../src/importer/date-parts";
import { matchForm } from "../../src/importer/header-match";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const birthdays = (name: string, rows: SourceCell[][]) => {
  const r = importWorkbook([sheet(name, rows)]);
  return { r, days: r.records.Clients.map((c) => c.birthday) };
};

describe("date parts in headers", () => {
  it.each([
    ["年", "year", ""],
    ["出生月", "month", "出生"],
    ["出生年(民國)", "year", "出生"],
    ["Birth Day", "day", "birth"],
    ["Year of Birth", "year", "birth"],
    ["DD", "day", ""],
    ["月份", "month", ""],
    ["YYYY", "year", ""],
    ["Join Months", "month", "join"],
    ["出生號", "day", "出生"],
    ["入會年份", "year", matchForm("入會")],
  ])("%s is the %s of %j", (header, part, group) => {
    expect(datePartOfHeader(matchForm(header))).toEqual({ part, group });
  });

  it("reads ROC years when they reach three digits, are marked, or the sheet is Traditional", () => {
    expect(yearEraOf([75, 102, 38], false, false)).toBe("roc");
    expect(yearEraOf(["民國65", "70"], false, false)).toBe("roc");
    expect(yearEraOf([65, 70, 45], false, true)).toBe("roc");
    expect(yearEraOf([65, 70, 45], false, false)).toBe("gregorian");
    expect(yearEraOf([1965, 1970, 1988], false, true)).toBe("gregorian");
    expect(joinDateParts({ year: 65, month: 4, day: 9 }, "roc")).toBe("1976-04-09");
    expect(joinDateParts({ year: "1985年", month: "7月", day: "1日" }, "gregorian")).toBe(
      "1985-07-01"
    );
    expect(joinDateParts({ year: 88, month: "Nov", day: 3 }, "gregorian")).toBe("1988-11-03");
    expect(joinDateParts({ year: "吉", month: 7, day: 26 }, "roc")).toBeNull();
  });

  it.each(["民國65", "民国65年", "中華民國 65", "中华民国65年", "民65", "民 65年", " 民國065 "])(
    "reads the ROC year %j as marked, whatever the era's spelling",
    (year) => {
      expect(yearEraOf([year, "70"], false, false)).toBe("roc");
      expect(joinDateParts({ year, month: "4月", day: 9 }, "gregorian")).toBe("1976-04-09");
    }
  );

  it("takes no word but an era mark before a year (民生, 國65 are no ROC year)", () => {
    expect(yearEraOf(["民生65", "70"], false, false)).toBe("gregorian");
    expect(joinDateParts({ year: "國65", month: 4, day: 9 }, "gregorian")).toBeNull();
    expect(joinDateParts({ year: "民國", month: 4, day: 9 }, "roc")).toBeNull();
  });
});

describe("dates split over columns", () => {
  it("joins a Traditional devotee list's 年 | 月 | 日 in ROC years; 吉 leaves it empty, kept in notes", () => {
    const names = INVENTED_PEOPLE["zh-TW"];
    const { r, days } = birthdays("名單", [
      ["姓名", "年", "月", "日", "出生時間", "職位名稱"],
      [names[0], "75", "11", "22", "吉", "主委"],
      [names[1], "28", "08", "22", "亥", "委員"],
      [names[2], "102", "01", "05", "寅", "信士"],
      [names[3], "吉", "07", "26", "酉", "信士"],
      [names[4], "61", "12", "吉", "吉", "信士"],
      [names[5], "13", "08", "18", "吉", "信士"],
    ]);
    expect(r.mappings[0].columns.slice(1, 4).map((c) => c.field)).toEqual([
      "birthday",
      "birthday",
      "birthday",
    ]);
    expect(days).toEqual(["1986-11-22", "1939-08-22", "2013-01-05", null, null, "1924-08-18"]);
    expect(r.records.Clients[3].notes).toContain("年: 吉");
    expect(r.records.Clients[3].notes).toContain("日: 26");
    expect(r.issues.some((i) => i.code === "value.roc-column" && i.column === "B (年)")).toBe(true);
  });

  it("joins an English club's Birth Year | Birth Month | Birth Day (four-digit years, month names)", () => {
    const names = INVENTED_PEOPLE.en;
    const { r, days } = birthdays("Members", [
      ["Member", "Email", "Birth Day", "Birth Month", "Birth Year"],
      [names[0], "owen@example.com", 14, "March", 1962],
      [names[1], "maya@example.com", 2, "Nov", 1990],
      [names[2], "ravi@example.com", 30, "Feb", 1975],
      [names[3], "lena@example.com", 9, "Aug", 2001],
    ]);
    expect(days).toEqual(["1962-03-14", "1990-11-02", null, "2001-08-09"]);
    // 30 February is no day: the three parts stay in notes and it is said.
    expect(r.records.Clients[2].notes).toContain("Birth Day: 30");
    expect(r.issues.some((i) => i.severity === "warning" && i.column === "E (Birth Year)")).toBe(
      true
    );
  });

  it("joins 简体 出生年 | 出生月 | 出生日 written as text, short years read as Gregorian", () => {
    const names = INVENTED_PEOPLE["zh-CN"];
    const { days } = birthdays("会员", [
      ["姓名", "手机", "出生年", "出生月", "出生日"],
      [names[0], "13800001111", "1985年", "7月", "1日"],
      [names[1], "13800002222", "1972年", "12月", "31日"],
      [names[2], "13800003333", "66", "3", "15"],
      [names[3], "13800004444", "1990年", "", ""],
    ]);
    expect(days).toEqual(["1985-07-01", "1972-12-31", "1966-03-15", null]);
  });

  it("joins a visit log's 年 | 月 | 日 into the visit date", () => {
    const r = importWorkbook([
      sheet("拜访记录", [
        ["年", "月", "日", "客户名称", "拜访方式", "拜访内容"],
        [2024, 3, 5, "星河科技有限公司", "上门拜访", "介绍新产品"],
        [2024, 4, 12, "蓝海贸易有限公司", "电话", "回访"],
        [2024, 5, 20, "星河科技有限公司", "上门拜访", "签约"],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.records.Visits.map((v) => v.visitOn)).toEqual([
      "2024-03-05",
      "2024-04-12",
      "2024-05-20",
    ]);
  });

  it("leaves a year and a month without a day apart, and recent years are no birthdays", () => {
    const names = INVENTED_PEOPLE.en;
    const periods = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Phone", "Year", "Month"],
        [names[0], "555-0101", 2023, 4],
        [names[1], "555-0102", 2024, 5],
        [names[2], "555-0103", 2024, 6],
      ]),
    ]);
    expect(periods.mappings[0].columns.some((c) => c.field === "birthday")).toBe(false);
    const joined = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Phone", "Year", "Month", "Day"],
        [names[0], "555-0101", 2023, 4, 2],
        [names[1], "555-0102", 2024, 5, 8],
        [names[2], "555-0103", 2024, 6, 19],
      ]),
    ]);
    expect(joined.mappings[0].columns.some((c) => c.field === "birthday")).toBe(false);
  });
});
