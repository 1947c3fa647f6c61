import {
  addDays,
  daysBetween,
  excelSerial,
  isoDay,
  toIso,
} from "../../../src/register/workflow/dates";

describe("ISO day arithmetic", () => {
  test("only real calendar days are days", () => {
    expect(isoDay("2024-02-29")).toBe("2024-02-29");
    expect(isoDay("2026-02-29")).toBeUndefined();
    expect(isoDay("2026-3-1")).toBeUndefined();
    expect(isoDay(20260301)).toBeUndefined();
    expect(() => toIso("31/12/2026")).toThrow(/YYYY-MM-DD/);
  });

  test("adding and counting days across months, years and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(daysBetween("2025-12-15", "2026-03-15")).toBe(90);
    expect(toIso(new Date(Date.UTC(2026, 2, 15, 23, 59)))).toBe("2026-03-15");
  });

  test("Excel serials: 1985-05-15 is 31182 (the serial import tools misread)", () => {
    expect(excelSerial("1985-05-15")).toBe(31182);
    expect(excelSerial("1970-01-01")).toBe(25569);
  });
});
