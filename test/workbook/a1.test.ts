import {
  absoluteRange,
  columnIndex,
  columnLetter,
  parseAddress,
  quoteSheetName,
} from "../../src/workbook/a1";
import { thisRow, thisRowSpan, wholeColumn } from "../../src/workbook/structured-ref";
import { isoToDate, isoToSerial, serialToIso } from "../../src/workbook/xlsx/dates";

describe("A1 helpers", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  test("addresses and ranges", () => {
    expect(parseAddress("$B$12")).toEqual({ row: 12, column: 1 });
    expect(parseAddress("aa3")).toEqual({ row: 3, column: 26 });
    expect(() => parseAddress("B")).toThrow(/Not a cell address/);
    expect(absoluteRange("Settings", 4, 1, 7, 1)).toBe("Settings!$B$4:$B$7");
    expect(absoluteRange("Settings", 9, 1)).toBe("Settings!$B$9");
    expect(quoteSheetName("My sheet's")).toBe("'My sheet''s'");
  });
});

describe("structured references", () => {
  test("this-row, span and whole-column forms, with special characters escaped", () => {
    expect(thisRow("tblTiers", "Tier")).toBe("tblTiers[[#This Row],[Tier]]");
    expect(thisRowSpan("tblPipeline", "A x", "G y")).toBe("tblPipeline[[#This Row],[A x]:[G y]]");
    expect(wholeColumn("tblClients", "Policy #[1]'s")).toBe("tblClients[[Policy '#'[1']''s]]");
  });
});

describe("dates", () => {
  test("Excel serials: 1985-05-15 is 31182, 1900-03-01 is 61", () => {
    expect(isoToSerial("1985-05-15")).toBe(31182);
    expect(serialToIso(31182)).toBe("1985-05-15");
    expect(serialToIso(31182.75)).toBe("1985-05-15");
    expect(isoToSerial("1900-03-01")).toBe(61);
  });

  test("only real calendar dates are dates", () => {
    expect(isoToDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(isoToDate("2023-02-29")).toBeUndefined();
    expect(isoToDate("15/05/1985")).toBeUndefined();
  });

  test("isoToSerial takes exactly the dates isoToDate takes, to the same day", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    const years = [0, 99, 100, 1899, 1900, 1904, 1999, 2000, 2023, 2024, 2100, 2400, 9999];
    for (const year of years)
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const date = isoToDate(text);
          expect([text, isoToSerial(text)]).toEqual([
            text,
            date ? date.getTime() / 86_400_000 + 25_569 : undefined,
          ]);
        }
    for (const text of ["2024-2-29", " 2024-02-29", "2024-02-29 ", "２０２４-02-29", ""])
      expect(isoToSerial(text)).toBeUndefined();
  });
});
