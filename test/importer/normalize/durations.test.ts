import fc from "fast-check";
import { parseDuration, parseTermYears } from "../../../src/importer/normalize";

describe("durations", () => {
  it.each([
    ["7天", { kind: "span", amount: 7, unit: "day" }],
    ["3个月", { kind: "span", amount: 3, unit: "month" }],
    ["3個月", { kind: "span", amount: 3, unit: "month" }],
    ["半年", { kind: "span", amount: 6, unit: "month" }],
    ["20年", { kind: "span", amount: 20, unit: "year" }],
    ["20年期", { kind: "span", amount: 20, unit: "year" }],
    ["二十年", { kind: "span", amount: 20, unit: "year" }],
    ["10 years", { kind: "span", amount: 10, unit: "year" }],
    ["2 weeks", { kind: "span", amount: 2, unit: "week" }],
    ["終身", { kind: "lifelong" }],
    ["终身", { kind: "lifelong" }],
    ["至65歲", { kind: "to-age", age: 65 }],
  ])("reads %p with its unit", (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it("gives whole years only for terms written in years", () => {
    expect(parseTermYears("20年")).toEqual({ ok: true, value: 20 });
    expect(parseTermYears(20)).toEqual({ ok: true, value: 20 });
    expect(parseTermYears("二十年")).toEqual({ ok: true, value: 20 });
    for (const text of ["7天", "3个月", "半年", "終身", "1.5年", "至65歲"]) {
      const read = parseTermYears(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.code).toBe("value.term-not-years");
    }
    expect(parseTermYears("soon").ok).toBe(false);
  });

  it("property: n written with any unit keeps that unit; only years become termYears", () => {
    const units = [
      ["天", "day"], ["日", "day"], ["days", "day"], ["周", "week"], ["週", "week"], ["weeks", "week"],
      ["个月", "month"], ["個月", "month"], ["months", "month"], ["年", "year"], ["年期", "year"], ["years", "year"],
    ] as const; // prettier-ignore
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(...units),
        fc.constantFrom("", " "),
        (n, [word, unit], space) => {
          const text = `${n}${space}${word}`;
          expect(parseDuration(text)).toEqual({ kind: "span", amount: n, unit });
          const read = parseTermYears(text);
          if (unit === "year") expect(read).toEqual({ ok: true, value: n });
          else expect(read.ok).toBe(false);
        }
      )
    );
  });
});
