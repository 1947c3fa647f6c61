/**
 * The forms the mainland and Singapore/Indian/UK relationship managers' books write that the
 * importer first missed (test/importer/{cn,en}-rm-book.test.ts): South Asian units and grouping,
 * S$ / ₹ amounts, a stray two-digit year in a four-digit-year column, emoji kept whole while
 * stray joiners go. Unit cases plus fast-check properties over each form's whole range.
 */
import fc from "fast-check";
import { renderMessage } from "../../../src/register/messages";
import {
  describeRaw,
  enumChoices,
  parseEnum,
  gregorianShortYearIn,
  invisibleCharactersIn,
  normaliseText,
  parseAmount,
  parseDate,
  parseDuration,
  parseHeaderUnit,
  parseTermYears,
  stripInvisible,
} from "../../../src/importer/normalize";
import { expectFailure, expectValue } from "./expect-result";

describe("amounts in lakh and crore, S$ and ₹, Indian grouping", () => {
  it.each([
    ["₹45 lakh", 4_500_000],
    ["12.5 lakh", 1_250_000],
    ["3 Lakhs", 300_000],
    ["2.5 lac", 250_000],
    ["₹1 Cr", 10_000_000],
    ["1.2 crore", 12_000_000],
    ["Rs. 18,500", 18_500],
    ["INR 12,00,000", 1_200_000],
    ["₹1,23,45,678", 12_345_678],
    ["S$180k", 180_000],
    ["S$1,320", 1_320],
    ["SGD 2,000,000", 2_000_000],
    ["(S$80,000)", -80_000],
    ["A$ 5,000", 5_000],
  ])("reads %p as %p", (text, value) => {
    expectValue(parseAmount(text), value);
  });

  it("reads lakh and crore in a header as the column's unit", () => {
    expect(parseHeaderUnit("Premium (₹ in lakhs)")).toEqual({ multiplier: 1e5, currency: "INR" });
    expect(parseHeaderUnit("AUM (Rs. crore)")).toEqual({ multiplier: 1e7, currency: "INR" });
    expect(parseHeaderUnit("AUM (SGD)")).toEqual({ multiplier: 1, currency: "SGD" });
  });

  it("still refuses groupings that are neither Western nor Indian", () => {
    expectFailure(parseAmount("1,00,00"));
    expectFailure(parseAmount("12,0,000"));
  });

  /** n written with Indian grouping: the last three digits, then pairs. */
  const indian = (n: number): string => {
    const digits = String(n);
    if (digits.length <= 3) return digits;
    const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ",");
    return `${head},${digits.slice(-3)}`;
  };

  it("property: every whole amount up to 10^14 written with Indian grouping reads back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e14 }),
        fc.constantFrom("", "₹", "Rs. ", "INR "),
        (n, prefix) => {
          expectValue(parseAmount(`${prefix}${indian(n)}`), n);
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("property: x lakh / crore / k with up to two decimals is x × its unit, with or without S$ or ₹", () => {
    const units: Array<[string, number]> = [
      ["lakh", 5],
      ["lakhs", 5],
      ["lac", 5],
      ["crore", 7],
      ["cr", 7],
      ["k", 3],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.constantFrom(...units),
        fc.constantFrom("", " "),
        fc.constantFrom("", "₹", "S$", "INR "),
        (cents, [unit, exponent], space, currency) => {
          const x = (cents / 100).toFixed(2);
          const expected = Math.round(cents * 10 ** (exponent - 2));
          expectValue(parseAmount(`${currency}${x}${space}${unit}`), expected);
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("a two-digit year in a column of four-digit years", () => {
  const column = ["1985.3.12", "1968/11/3", "19900214", "1979年8月5日", 29221, "1992-7-8"];

  it("is read as 1950–2049 when the two digits can only be a year, and the column names an example", () => {
    expect(gregorianShortYearIn([...column, "85-07-01"])).toBe("85-07-01");
    expect(gregorianShortYearIn([...column, "85年7月1日"])).toBe("85年7月1日");
    expectValue(parseDate("85-07-01", { gregorianShortYears: true }), "1985-07-01");
    expectValue(parseDate("49.12.31", { gregorianShortYears: true }), "2049-12-31");
    expectValue(parseDate("85年7月1日", { gregorianShortYears: true }), "1985-07-01");
  });

  it("stays unread without that evidence, in ROC columns, and where the digits could be a day", () => {
    expect(gregorianShortYearIn(["85-07-01", "073/05/26", "062/09/09"])).toBeNull();
    expect(gregorianShortYearIn([...column, "05-07-01"])).toBeNull();
    expectFailure(parseDate("85-07-01"));
    expectValue(parseDate("85-07-01", { rocEra: true, gregorianShortYears: true }), "1996-07-01");
  });

  it("property: every date 1950–2049 whose year's last two digits exceed 31 reads back", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1950-01-01T00:00:00Z"),
          max: new Date("2049-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("-", "/", "."),
        (date, sep) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split("-");
          fc.pre(Number(y.slice(2)) > 31);
          expectValue(
            parseDate(`${y.slice(2)}${sep}${m}${sep}${d}`, { gregorianShortYears: true }),
            iso
          );
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe("zero-width joiners", () => {
  const family = "👨\u200D👩\u200D👧";

  it("stay between emoji and go elsewhere", () => {
    expectValue(normaliseText(`家庭 ${family}`), `家庭 ${family}`);
    expectValue(normaliseText("❤️\u200D🔥 fan"), "❤️\u200D🔥 fan");
    expectValue(normaliseText("👍🏽\u200D👍"), "👍🏽\u200D👍");
    expectValue(normaliseText("王\u200D小明\u200D"), "王小明");
    expect(invisibleCharactersIn(family)).toEqual([]);
    expect(invisibleCharactersIn("王\u200D小明")).toEqual(["U+200D"]);
    expect(invisibleCharactersIn(`${family}\u200B`)).toEqual(["U+200B"]);
  });

  const emoji = fc.constantFrom("👨", "👩", "👧", "👦", "❤️", "🔥", "🏳️", "🌈", "👍🏽", "🧑");
  const plain = fc.string({
    unit: fc.constantFrom(..."张三 abc-12.@、".split("")),
    minLength: 1,
    maxLength: 6,
  });

  it("property: emoji sequences joined by ZWJ survive text cleaning whole, among any text", () => {
    fc.assert(
      fc.property(
        fc.array(emoji, { minLength: 2, maxLength: 5 }),
        plain,
        plain,
        (parts, before, after) => {
          const sequence = parts.join("\u200D");
          const text = `${before}${sequence}${after}`;
          expect(stripInvisible(text)).toBe(text);
          expect(invisibleCharactersIn(text)).toEqual([]);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("property: a joiner with plain text on either side is removed and reported", () => {
    fc.assert(
      fc.property(plain, plain, emoji, fc.boolean(), (a, b, e, emojiFirst) => {
        // An emoji on one side only is not a sequence either.
        const text = emojiFirst ? `${e}\u200D${b}` : `${a}\u200D${b}`;
        fc.pre(!/^\p{Extended_Pictographic}/u.test(b));
        expect(stripInvisible(text)).toBe(text.replace("\u200D", ""));
        expect(invisibleCharactersIn(text)).toEqual(["U+200D"]);
      }),
      { numRuns: 500 }
    );
  });
});

/** An object JSON cannot write. */
function circular(): object {
  const o: { self?: object } = {};
  o.self = o;
  return o;
}

describe("raw values with no text of their own, inside messages", () => {
  const choices = enumChoices([{ key: "a", label: { en: "A", "zh-CN": "甲", "zh-TW": "甲" } }]);
  it.each([
    [new Date(Number.NaN), "an invalid date", "无效的日期", "無效的日期"],
    [circular(), "an unreadable value", "无法读取的值", "無法讀取的值"],
  ])("describes %p in each language's words", (raw, en, zhCN, zhTW) => {
    const read = parseEnum(raw, choices);
    expect(read.ok).toBe(false);
    if (read.ok || read.code === undefined) return;
    expect(read.message).toContain(en);
    expect(renderMessage(read.code, read.params, "en")).toBe(read.message);
    expect(renderMessage(read.code, read.params, "zh-CN")).toContain(zhCN);
    expect(renderMessage(read.code, read.params, "zh-TW")).toContain(zhTW);
    expect(renderMessage(read.code, read.params, "zh-CN")).not.toMatch(/[a-z]{3,}/);
  });

  it("renders an empty cell by code, and quoted text that looks like a code stays text", () => {
    expect(
      renderMessage("value.below-min", { value: describeRaw(null), min: 0 }, "zh-TW")
    ).toContain("空白儲存格");
    expect(describeRaw("raw.empty-cell")).toBe('"raw.empty-cell"');
    expect(
      renderMessage("value.below-min", { value: describeRaw("raw.empty-cell"), min: 0 }, "en")
    ).toContain('"raw.empty-cell"');
  });
});

describe("terms with a hyphen between number and unit", () => {
  it("reads 10-yr and 20-year as years and 6-month as months", () => {
    expectValue(parseTermYears("10-yr"), 10);
    expectValue(parseTermYears("20-Year"), 20);
    expect(parseDuration("6-month")).toEqual({ kind: "span", amount: 6, unit: "month" });
    expect(parseDuration("10-")).toBeNull();
  });

  it("property: n-unit reads as n of that unit for every English unit word", () => {
    const units: Array<[string, string]> = [
      ["yr", "year"],
      ["yrs", "year"],
      ["year", "year"],
      ["years", "year"],
      ["month", "month"],
      ["mo", "month"],
      ["week", "week"],
      ["day", "day"],
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(...units),
        fc.constantFrom("-", " - ", "- "),
        (n, [word, unit], dash) => {
          expect(parseDuration(`${n}${dash}${word}`)).toEqual({ kind: "span", amount: n, unit });
        }
      ),
      { numRuns: 500 }
    );
  });
});
