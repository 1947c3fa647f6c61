import {
  detectRocEra,
  excelSerialToIso,
  isoToExcelSerial,
  parseDate,
  rocFormIn,
} from "../../../src/importer/normalize";
import { expectFailure, expectValue, expectWarning } from "./expect-result";

describe("parseDate: Excel serials", () => {
  it("reads serial 31182 as 1985-05-15 (not 0000-00-00)", () => {
    expectValue(parseDate(31182), "1985-05-15");
  });

  it("reads the first and last serials Excel knows", () => {
    expectWarning(parseDate(1), "1900-01-01", /serial/);
    expectValue(parseDate(2958465), "9999-12-31");
  });

  it("refuses serial 60, Excel's non-existent 1900-02-29", () => {
    expectFailure(parseDate(60), "60", "1900-02-29");
  });

  it("counts the days around the fake leap day correctly", () => {
    expectWarning(parseDate(59), "1900-02-28", /serial/);
    expectWarning(parseDate(61), "1900-03-01", /serial/);
  });

  it("knows serial 1 of 2023 (44927) and 45000", () => {
    expectValue(parseDate(44927), "2023-01-01");
    expectValue(parseDate(45000), "2023-03-15");
  });

  it("ignores the time of day in a fractional serial", () => {
    expectValue(parseDate(45000.75), "2023-03-15");
  });

  it("refuses serials outside Excel's range", () => {
    expectFailure(parseDate(0), "0", /range/);
    expectFailure(parseDate(-5), /range/);
    expectFailure(parseDate(2958466), "2958466", /range/);
  });

  it("warns when a small number looks more like a year than a date", () => {
    expectWarning(parseDate(1985), "1905-06-07", /year/);
  });

  it("reads an eight-digit number as YYYYMMDD", () => {
    expectValue(parseDate(20240526), "2024-05-26");
    expectFailure(parseDate(20230229), "20230229", /calendar/);
  });
});

describe("parseDate: Date objects", () => {
  it("uses the UTC calendar parts", () => {
    expectValue(parseDate(new Date(Date.UTC(1985, 4, 15))), "1985-05-15");
    expectValue(parseDate(new Date(Date.UTC(2024, 4, 26, 23, 30))), "2024-05-26");
  });

  it("fails on an invalid Date", () => {
    expectFailure(parseDate(new Date("not a date")), /invalid date/);
  });
});

describe("parseDate: year-first text", () => {
  it.each([
    ["2024-05-26", "2024-05-26"],
    ["2024-05-26T10:00", "2024-05-26"],
    ["2024-05-26T10:00:00Z", "2024-05-26"],
    ["2024-05-26 10:00:00", "2024-05-26"],
    ["2024/5/26", "2024-05-26"],
    ["2024-5-6", "2024-05-06"],
    ["2024.05.26", "2024-05-26"],
    ["2024/5/26 下午 3:00", "2024-05-26"],
    ["2024/5/26 3:00 PM", "2024-05-26"],
    ["２０２４／５／２６", "2024-05-26"],
    ["20240526", "2024-05-26"],
    ["  2024-05-26  ", "2024-05-26"],
  ])("reads %p as %p", (raw, expected) => {
    expectValue(parseDate(raw), expected);
  });

  it("fails when something other than a time follows the date", () => {
    expectFailure(parseDate("2024/05/26 junk"), '"2024/05/26 junk"');
  });

  it("fails on mixed separators", () => {
    expectFailure(parseDate("2024/05-26"), '"2024/05-26"');
  });
});

describe("parseDate: Chinese dates", () => {
  it("reads 2024年5月26日", () => {
    expectValue(parseDate("2024年5月26日"), "2024-05-26");
    expectValue(parseDate("2024 年 5 月 26 日"), "2024-05-26");
    expectValue(parseDate("2024年5月26号"), "2024-05-26");
  });

  it("fails on 2024年5月 as incomplete", () => {
    expectFailure(parseDate("2024年5月"), '"2024年5月"', /incomplete/);
  });

  it("fails on a date with no year or only a year", () => {
    expectFailure(parseDate("5月26日"), /incomplete/, /year/);
    expectFailure(parseDate("2024"), /incomplete/);
    expectFailure(parseDate("2024年"), /incomplete/);
    expectFailure(parseDate("2024-05"), /incomplete/);
  });
});

describe("parseDate: Republic of China years", () => {
  it.each([
    "民國73年5月26日",
    "民国73年5月26日",
    "中華民國73年5月26日",
    "中华民国73年5月26日",
    "民國 73/05/26",
  ])("reads %p as 1984-05-26", (raw) => {
    expectValue(parseDate(raw), "1984-05-26");
  });

  // Forms and agents shorten 民國 to 民; a person reads 民77.4.18 as 18 April 1988.
  it.each(["民77.4.18", "民77/4/18", "民 77-04-18", "民77年4月18日", "民０７７．４．１８"])(
    "reads %p as 1988-04-18",
    (raw) => {
      expectValue(parseDate(raw), "1988-04-18");
    }
  );

  it("takes 民 before a year as the column's ROC evidence", () => {
    expect(rocFormIn(["1988/4/18", "民77.4.18"])).toBe("民77.4.18");
    expect(detectRocEra(["民77.4.18", "民80.1.1"])).toBe(true);
    expect(rocFormIn(["人民2024年度"])).toBeNull();
  });

  it("keeps a year without month and day unread: a person would not invent a day", () => {
    expectFailure(parseDate("1988"), /only a year/);
    expectFailure(parseDate("1988年"), /only a year/);
    expectFailure(parseDate("民77年"), /only a year/);
  });

  it("reads three-digit ROC years (113 = 2024)", () => {
    expectValue(parseDate("民國113年1月2日"), "2024-01-02");
  });

  it("reads 073/05/26 and 73/05/26 when the column is ROC-dated", () => {
    expectValue(parseDate("073/05/26", { rocEra: true }), "1984-05-26");
    expectValue(parseDate("73/05/26", { rocEra: true }), "1984-05-26");
    expectValue(parseDate("73.5.26", { rocEra: true }), "1984-05-26");
    expectValue(parseDate("73年5月26日", { rocEra: true }), "1984-05-26");
    expectValue(parseDate("1130526", { rocEra: true }), "2024-05-26");
  });

  it("still reads a four-digit Gregorian year in an ROC-dated column", () => {
    expectValue(parseDate("2024/05/26", { rocEra: true }), "2024-05-26");
  });

  it("fails on short years without rocEra, suggesting ROC", () => {
    expectFailure(parseDate("073/05/26"), '"073/05/26"', /Republic of China|民國/);
    expectFailure(parseDate("73/05/26"), '"73/05/26"', /Republic of China|民國/);
    expectFailure(parseDate("73年5月26日"), /Republic of China|民國/);
  });

  it("refuses a four-digit year after an era mark", () => {
    expectFailure(parseDate("民國2024年5月26日"), /Republic of China/);
  });

  it("refuses an ROC year of 0", () => {
    expectFailure(parseDate("民國0年5月26日"), /outside/);
  });

  it("validates the converted date (ROC 73 = 1984 is a leap year, ROC 72 = 1983 is not)", () => {
    expectValue(parseDate("民國73年2月29日"), "1984-02-29");
    expectFailure(parseDate("民國72年2月29日"), /calendar/);
  });
});

describe("parseDate: English month names", () => {
  it.each([
    ["26 May 2024", "2024-05-26"],
    ["May 26, 2024", "2024-05-26"],
    ["26-May-24", "2024-05-26"],
    ["Sept 3 2023", "2023-09-03"],
    ["Sep. 3, 2023", "2023-09-03"],
    ["3 September 2023", "2023-09-03"],
    ["Sunday, 3rd of March 2024", "2024-03-03"],
    ["May 26th, 2024", "2024-05-26"],
    ["2024 May 26", "2024-05-26"],
    ["01-JAN-99", "1999-01-01"],
    ["1-jan-49", "2049-01-01"],
    ["1-Jan-50", "1950-01-01"],
  ])("reads %p as %p", (raw, expected) => {
    expectValue(parseDate(raw), expected);
  });

  it("fails on a month name without a day", () => {
    expectFailure(parseDate("May 2024"), /incomplete/);
  });

  it("fails on an impossible day", () => {
    expectFailure(parseDate("31 June 2024"), /calendar/);
  });
});

describe("parseDate: day/month order", () => {
  it("fails on 05/06/2024 without a stated order", () => {
    expectFailure(parseDate("05/06/2024"), '"05/06/2024"', "ambiguous day/month order");
  });

  it("reads 05/06/2024 day first or month first when told", () => {
    expectValue(parseDate("05/06/2024", { dayFirst: true }), "2024-06-05");
    expectValue(parseDate("05/06/2024", { dayFirst: false }), "2024-05-06");
  });

  it("reads 25/12/2024 as day first: 25 cannot be a month", () => {
    expectValue(parseDate("25/12/2024"), "2024-12-25");
    expectValue(parseDate("12/25/2024"), "2024-12-25");
    expectValue(parseDate("25.12.2024"), "2024-12-25");
  });

  it("reads an unambiguous date against the column's order, with a warning", () => {
    expectWarning(parseDate("25/12/2024", { dayFirst: false }), "2024-12-25", /day\/month/);
    expectWarning(parseDate("12/25/2024", { dayFirst: true }), "2024-12-25", /month\/day/);
  });

  it("needs no order when day and month are the same", () => {
    expectValue(parseDate("05/05/2024"), "2024-05-05");
  });

  it("fails when neither part can be the month", () => {
    expectFailure(parseDate("13/14/2024"), /month/);
  });

  it("fails on two-digit years written with numbers only", () => {
    expectFailure(parseDate("05/06/24"), /two- or three-digit year/);
    expectFailure(parseDate("24/05/26"), /two- or three-digit year/);
  });
});

describe("parseDate: calendar validation and odd input", () => {
  it("refuses 2023-02-29 and accepts 2024-02-29", () => {
    expectFailure(parseDate("2023-02-29"), '"2023-02-29"', /calendar/);
    expectValue(parseDate("2024-02-29"), "2024-02-29");
  });

  it("knows century leap-year rules", () => {
    expectFailure(parseDate("1900-02-29"), /calendar/);
    expectValue(parseDate("2000-02-29"), "2000-02-29");
  });

  it("refuses month 13 and day 32", () => {
    expectFailure(parseDate("2024-13-01"), /calendar/);
    expectFailure(parseDate("2024-01-32"), /calendar/);
  });

  it("refuses years Excel cannot store", () => {
    expectFailure(parseDate("1899-12-31"), /1900/);
  });

  it("reads blank and placeholders as blank", () => {
    expectValue(parseDate(""), null);
    expectValue(parseDate(null), null);
    expectWarning(parseDate("-"), null, /blank/);
  });

  it("fails on Excel errors, booleans and words", () => {
    expectFailure(parseDate({ error: "#VALUE!" }), "#VALUE!");
    expectFailure(parseDate(true), "TRUE");
    expectFailure(parseDate("hello"), '"hello"');
  });

  it("reads a five-digit text as a serial, with a warning", () => {
    expectWarning(parseDate("45438"), "2024-05-26", /serial/);
  });
});

describe("detectRocEra", () => {
  it("is true when most dates have ROC years", () => {
    expect(detectRocEra(["73/05/26", "080/1/2", "2024/01/02"])).toBe(true);
    expect(detectRocEra(["073.05.26", "112.12.31", null, ""])).toBe(true);
  });

  it("is true for values with 民國 or 民国", () => {
    expect(detectRocEra(["民國73年5月26日"])).toBe(true);
    expect(detectRocEra(["民国73年5月26日", "民国80年1月1日", "2024/1/1"])).toBe(true);
  });

  it("is true for two-digit years written with 年", () => {
    expect(detectRocEra(["73年5月26日", "80年1月1日"])).toBe(true);
  });

  it("is false when most dates have four-digit years", () => {
    expect(detectRocEra(["2024/01/02", "2023/1/1", "73/05/26"])).toBe(false);
    expect(detectRocEra(["26/05/2024", "01/02/2023"])).toBe(false);
  });

  it("counts Date objects as Gregorian", () => {
    expect(
      detectRocEra([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2)), "73/05/26"])
    ).toBe(false);
  });

  it("does not count values that could be day/month with a two-digit year", () => {
    expect(detectRocEra(["05/06/24", "07/08/24"])).toBe(false);
  });

  it("is false for a column with no dates", () => {
    expect(detectRocEra([])).toBe(false);
    expect(detectRocEra(["abc", 12, null])).toBe(false);
  });
});

describe("excelSerialToIso and isoToExcelSerial", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [31182, "1985-05-15"],
    [36526, "2000-01-01"],
    [2958465, "9999-12-31"],
  ])("maps serial %p to %p and back", (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  it("drops the time part of a serial", () => {
    expect(excelSerialToIso(31182.99)).toBe("1985-05-15");
  });

  it("throws for serials that are not days", () => {
    expect(() => excelSerialToIso(60)).toThrow(RangeError);
    expect(() => excelSerialToIso(0)).toThrow(RangeError);
    expect(() => excelSerialToIso(2958466)).toThrow(RangeError);
    expect(() => excelSerialToIso(Number.NaN)).toThrow(RangeError);
  });

  it("throws for ISO text that is not a storable date", () => {
    expect(() => isoToExcelSerial("2023-02-29")).toThrow(RangeError);
    expect(() => isoToExcelSerial("1899-12-31")).toThrow(RangeError);
    expect(() => isoToExcelSerial("2024/05/26")).toThrow(RangeError);
  });
});
