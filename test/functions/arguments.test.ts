import { ErrorCode, expectExcelError } from "./custom-functions-global";
import { ScoringError } from "../../src/scoring";
import {
  answer,
  cellsOf,
  dateFromSerial,
  flagCell,
  isBlank,
  numbersIn,
  serialFromDate,
} from "../../src/functions/arguments";

describe("custom function arguments", () => {
  test("blank is null, undefined or an empty or all-space string; 0 and FALSE are values", () => {
    for (const blank of [null, undefined, "", "  "]) expect(isBlank(blank)).toBe(true);
    for (const value of [0, false, "0", "x"]) expect(isBlank(value)).toBe(false);
  });

  test("ranges are read row by row; a single value is a one-cell range", () => {
    expect(
      cellsOf([
        [1, 2],
        [3, 4],
      ])
    ).toEqual([1, 2, 3, 4]);
    expect(cellsOf(7)).toEqual([7]);
    expect(
      numbersIn(
        [
          [1, null],
          ["", 4],
        ],
        "x"
      )
    ).toEqual([1, 4]);
  });

  test("flags: TRUE/FALSE, numbers, blank as the fallback", () => {
    expect(flagCell(true, "f")).toBe(true);
    expect(flagCell(0, "f")).toBe(false);
    expect(flagCell(2, "f")).toBe(true);
    expect(flagCell(null, "f", true)).toBe(true);
    expect(() => flagCell("TRUE", "f")).toThrow(ScoringError);
  });

  test("Excel date serials in the 1900 system", () => {
    expect(dateFromSerial(45292, "d").toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(dateFromSerial(31182.9, "d").toISOString()).toBe("1985-05-15T00:00:00.000Z");
    expect(dateFromSerial(61, "d").toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(serialFromDate(new Date("2024-01-01T18:30:00Z"))).toBe(45292);
    expect(serialFromDate(new Date(Date.UTC(1985, 4, 15)))).toBe(31182);
  });

  test("answer turns a #NUM! scoring error into a bare #NUM! and anything else into #VALUE! with the reason", () => {
    expect(answer(() => 42)).toBe(42);
    expectExcelError(
      answer(() => {
        throw new ScoringError("num", "too big");
      }),
      ErrorCode.invalidNumber
    );
    expectExcelError(
      answer(() => {
        throw new ScoringError("value", "not a number");
      }),
      ErrorCode.invalidValue,
      /not a number/
    );
    expectExcelError(
      answer(() => {
        throw new TypeError("unexpected");
      }),
      ErrorCode.invalidValue,
      /unexpected/
    );
  });
});
