/**
 * A cell typed as a time with no day reaches the importer as a Date on Excel's day zero. A person
 * reads it as a time of day: it is no date for a birthday or a visit, and it reads "07:30" wherever
 * it is shown, never "1899-12-31T07:30:00.000Z".
 */
import { importWorkbook } from "../../src/importer";
import { cellText } from "../../src/importer/grid";
import { dayOf, momentOf, parseDate, timeOfDayOnly } from "../../src/importer/normalize";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const at = (y: number, m: number, d: number, h: number, min: number, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));

describe("timeOfDayOnly", () => {
  it("reads a time on each serial system's day zero", () => {
    expect(timeOfDayOnly(at(1899, 12, 30, 7, 30))).toBe("07:30");
    expect(timeOfDayOnly(at(1899, 12, 31, 16, 5, 9))).toBe("16:05:09");
    expect(timeOfDayOnly(at(1904, 1, 1, 0, 45))).toBe("00:45");
  });

  it("leaves real days alone, with or without a time", () => {
    expect(timeOfDayOnly(at(1900, 1, 1, 7, 30))).toBeNull();
    expect(timeOfDayOnly(at(2024, 3, 5, 14, 20))).toBeNull();
    expect(timeOfDayOnly(new Date(Number.NaN))).toBeNull();
  });

  it("is how the cell reads in samples and notes", () => {
    expect(cellText(at(1899, 12, 31, 9, 5))).toBe("09:05");
    expect(cellText(at(2024, 3, 5, 0, 0))).toBe("2024-03-05");
  });
});

describe("momentOf", () => {
  it("reads a day with its time of day, typed or written in each way a log writes it", () => {
    expect(momentOf(at(2026, 1, 8, 8, 25, 30))).toEqual({ day: "2026-01-08", minute: 505.5 });
    expect(momentOf("2026-01-08 08:25")).toEqual({ day: "2026-01-08", minute: 505 });
    expect(momentOf("2025/10/22 9:05:33")).toEqual({ day: "2025-10-22", minute: 545 });
    expect(momentOf("2025年3月5日 14：20")).toEqual({ day: "2025-03-05", minute: 860 });
    expect(momentOf("2025-03-05T14:20:00Z")).toEqual({ day: "2025-03-05", minute: 860 });
  });

  it("keeps a written midnight, but a typed midnight is a bare day", () => {
    expect(momentOf("2026-01-08 00:00")).toEqual({ day: "2026-01-08", minute: 0 });
    expect(momentOf(at(2026, 1, 8, 0, 0))).toBeNull();
  });

  it("reads no moment in a time alone on any serial system's day zero, nor in a bare day", () => {
    expect(momentOf(at(1899, 12, 30, 7, 30))).toBeNull();
    expect(momentOf(at(1899, 12, 31, 7, 30))).toBeNull();
    expect(momentOf(at(1904, 1, 1, 7, 30))).toBeNull();
    expect(momentOf("2026-01-08")).toBeNull();
    expect(momentOf("08:25")).toBeNull();
    expect(momentOf(45000)).toBeNull();
    expect(momentOf(new Date(Number.NaN))).toBeNull();
  });
});

describe("dayOf", () => {
  it("is the day a typed date falls on, the day momentOf gives its moment", () => {
    expect(dayOf(at(2026, 1, 8, 8, 25, 30))).toBe("2026-01-08");
    expect(dayOf(at(2026, 1, 8, 0, 0))).toBe("2026-01-08");
    expect(momentOf(at(2026, 1, 8, 23, 59))?.day).toBe(dayOf(at(2026, 1, 8, 23, 59)));
  });

  it("reads no day in text, figures or an invalid date", () => {
    expect(dayOf("2026-01-08")).toBeNull();
    expect(dayOf("2025年3月5日")).toBeNull();
    expect(dayOf(45000)).toBeNull();
    expect(dayOf(new Date(Number.NaN))).toBeNull();
  });
});

describe("a time with no day is no date", () => {
  it("fails as a date, saying the time it holds, in each language without English", () => {
    const result = parseDate(at(1899, 12, 31, 7, 30));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("date.time-only");
    expect(result.message).toContain("07:30");
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const text = renderMessage("date.time-only", result.params ?? {}, lang);
      expect(text).toContain("07:30");
      expect(text).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe("a list with a day column and a time column", () => {
  const names = ["Hollis Brandt", "Maren Oduya", "Tobias Quell", "Ines Varga", "Osric Lamb"];
  const rows = [
    ["Client", "Mobile", "Time to call", "Date of birth"],
    ...names.map((name, k) => [
      name,
      `07700 900${String(120 + k * 13)}`,
      at(1899, 12, 31, 8 + k, k % 2 ? 30 : 0),
      at(1961 + k * 4, (k % 12) + 1, 3 + k, 0, 0),
    ]),
  ];

  it("takes the birthday from the day column, never from the times", () => {
    const r = importWorkbook([sheet("Clients", rows)]);
    const columns = r.mappings[0].columns;
    expect(columns.find((c) => c.header === "Date of birth")?.field).toBe("birthday");
    expect(columns.find((c) => c.header === "Time to call")?.field).not.toBe("birthday");
    const first = r.records.Clients?.find((c) => c.name === "Hollis Brandt");
    expect(first?.birthday).toBe("1961-01-03");
  });

  it("keeps the time as a person reads it when it lands in the notes", () => {
    const r = importWorkbook([sheet("Clients", rows)]);
    const notes = (r.records.Clients ?? []).map((c) => String(c.notes ?? "")).join("\n");
    expect(notes).not.toContain("1899");
    expect(notes).toContain("09:30");
  });
});
