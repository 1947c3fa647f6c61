import {
  parseAmount,
  parseHeaderUnit,
  parseInteger,
  parseScore,
  stripHeaderUnit,
} from "../../../src/importer/normalize";
import { expectFailure, expectValue, expectWarning } from "./expect-result";
import { renderMessage } from "../../../src/register/messages";

describe("parseAmount: blanks, errors and plain numbers", () => {
  it.each([null, undefined, "", "   ", "\u3000"])("reads %p as blank", (raw) => {
    expectValue(parseAmount(raw), null);
  });

  it("passes a JS number through", () => {
    expectValue(parseAmount(1234.5), 1234.5);
  });

  it("multiplies a JS number by the header unit", () => {
    expectValue(parseAmount(12, { unitMultiplier: 1e4 }), 120000);
  });

  it("multiplies decimals by a power-of-ten unit without floating-point noise", () => {
    // 1.1 * 10000 in floating point is 11000.000000000002
    expectValue(parseAmount(1.1, { unitMultiplier: 1e4 }), 11000);
    expectValue(parseAmount("1.1", { unitMultiplier: 1e4 }), 11000);
  });

  it("applies a unit that is not a power of ten by plain multiplication", () => {
    expectValue(parseAmount("4", { unitMultiplier: 2.5 }), 10);
  });

  it("rejects a nonsensical unit multiplier as a programming error", () => {
    expect(() => parseAmount("4", { unitMultiplier: -1 })).toThrow(RangeError);
    expect(() => parseAmount("4", { unitMultiplier: 0 })).toThrow(RangeError);
  });

  it("fails every plain value when the header unit is ambiguous (NaN)", () => {
    expectFailure(parseAmount("12", { unitMultiplier: Number.NaN }), '"12"', /ambiguous/);
  });

  it("trims leading and trailing whitespace", () => {
    expectValue(parseAmount("  42  "), 42);
    expectValue(parseAmount("\t42\n"), 42);
  });

  it("fails on Excel errors, naming the code", () => {
    expectFailure(parseAmount({ error: "#N/A" }), "#N/A");
    expectFailure(parseAmount("#VALUE!"), "#VALUE!");
  });

  it("fails on text that is not a number and quotes it", () => {
    expectFailure(parseAmount("abc"), '"abc"', /not a number/);
    expectFailure(parseAmount("12abc"), '"12abc"');
  });

  it("fails on booleans and dates", () => {
    expectFailure(parseAmount(true), "TRUE");
    expectFailure(parseAmount(new Date(Date.UTC(2024, 0, 1))), /date/);
  });

  it("fails on infinite numbers", () => {
    expectFailure(parseAmount(Number.POSITIVE_INFINITY), /finite/);
  });

  it.each(["-", "—", "/", "N/A", "无"])(
    "reads the placeholder %p as blank with a warning",
    (raw) => {
      expectWarning(parseAmount(raw), null, /blank/);
    }
  );
});

describe("parseAmount: thousands separators", () => {
  it("reads comma thousands with a decimal point", () => {
    expectValue(parseAmount("1,234,567.89"), 1234567.89);
  });

  it("reads space thousands", () => {
    expectValue(parseAmount("1 234 567"), 1234567);
  });

  it("reads no-break-space and narrow-no-break-space thousands", () => {
    expectValue(parseAmount("1\u00A0234\u00A0567"), 1234567);
    expectValue(parseAmount("1\u202F234"), 1234);
  });

  it("reads a single comma followed by exactly three digits as thousands", () => {
    expectValue(parseAmount("1,234"), 1234);
  });

  it("fails on a comma followed by one or two digits: ambiguous decimal comma, never 112", () => {
    expectFailure(parseAmount("1,12"), '"1,12"', "ambiguous decimal comma");
    expectFailure(parseAmount("3,5"), "ambiguous decimal comma");
  });

  it("fails on separators that are not in groups of three", () => {
    expectFailure(parseAmount("1,2345"), '"1,2345"', /groups of three/);
    expectFailure(parseAmount("12 34"), /groups of three/);
  });

  it("fails on two decimal points", () => {
    expectFailure(parseAmount("1.2.3"), '"1.2.3"');
  });

  it("reads an unmistakable European number even without the decimal-comma option", () => {
    // The last mark is the decimal one; 1.234 cannot follow a decimal comma.
    expectValue(parseAmount("1.234,56"), 1234.56);
  });

  it("reads a number with a leading or trailing decimal point", () => {
    expectValue(parseAmount(".5"), 0.5);
    expectValue(parseAmount("5."), 5);
  });

  it("reads scientific notation as exported by some systems", () => {
    expectValue(parseAmount("1.5E+07"), 15000000);
  });
});

describe("parseAmount: decimal comma option", () => {
  it("treats the comma as decimal mark when asked", () => {
    expectValue(parseAmount("1,12", { decimalComma: true }), 1.12);
    expectValue(parseAmount("1.234,56", { decimalComma: true }), 1234.56);
  });

  it("treats dots in groups of three as thousands", () => {
    expectValue(parseAmount("1.500", { decimalComma: true }), 1500);
    expectValue(parseAmount("1.234.567", { decimalComma: true }), 1234567);
  });

  it("still reads a dot as decimal point when it cannot be a thousands separator", () => {
    expectValue(parseAmount("1.5", { decimalComma: true }), 1.5);
  });

  it("combines with Chinese units", () => {
    expectValue(parseAmount("1,5万", { decimalComma: true }), 15000);
  });
});

describe("parseAmount: currencies", () => {
  it.each([
    ["NT$1,234", 1234],
    ["HK$ 50", 50],
    ["US$1,000", 1000],
    ["$12", 12],
    ["¥100", 100],
    ["￥100", 100],
    ["RMB 1,000", 1000],
    ["CNY1000", 1000],
    ["USD 5", 5],
    ["TWD 10", 10],
    ["HKD 3", 3],
    ["1,000 CNY", 1000],
    ["5 usd", 5],
    ["100元", 100],
    ["100圆", 100],
    ["100圓", 100],
    ["100 RMB", 100],
    ["人民币100元", 100],
  ])("reads %p as %p", (raw, expected) => {
    expectValue(parseAmount(raw), expected);
  });
});

describe("parseAmount: Chinese units", () => {
  it.each([
    ["1,100万", 11_000_000],
    ["1,100.9亿", 110_090_000_000],
    ["500萬", 5_000_000],
    ["3亿5000万", 350_000_000],
    ["2千", 2000],
    ["1.2万元", 12_000],
    ["5億", 500_000_000],
    ["5千万", 50_000_000],
    ["3百万", 3_000_000],
    ["2万亿", 2_000_000_000_000],
    ["3万5000", 35_000],
    ["500 万", 5_000_000],
    ["1亿2000万3000", 120_003_000],
  ])("reads %p as %p", (raw, expected) => {
    expectValue(parseAmount(raw), expected);
  });

  it("refuses 兆, which is 10^6 or 10^12 depending on who wrote it", () => {
    expectFailure(parseAmount("3兆"), '"3兆"', /ambiguous/);
    expectFailure(parseAmount("3兆元"), /兆/);
  });

  it("refuses a bare number after a unit that could mean two amounts (3万5: 30,005 or 35,000)", () => {
    expectFailure(parseAmount("3万5"), '"3万5"');
  });

  it("refuses units that do not form one amount", () => {
    expectFailure(parseAmount("3万5亿"), '"3万5亿"');
    expectFailure(parseAmount("3亿50000万"), '"3亿50000万"');
    expectFailure(parseAmount("5万千"), '"5万千"');
  });

  it("refuses a unit with no number", () => {
    expectFailure(parseAmount("万"), '"万"');
    expectFailure(parseAmount("元"), '"元"');
  });

  it("uses a value's own unit instead of the header unit (no double multiplication)", () => {
    expectValue(parseAmount("500万", { unitMultiplier: 1e4 }), 5_000_000);
    expectValue(parseAmount("1.2M", { unitMultiplier: 1e4 }), 1_200_000);
  });

  it("applies the header unit to a plain number in a 万元 column", () => {
    expectValue(parseAmount("1,100", { unitMultiplier: 1e4 }), 11_000_000);
  });
});

describe("parseAmount: English scale suffixes", () => {
  it.each([
    ["1.2M", 1_200_000],
    ["3.5k", 3500],
    ["3.5K", 3500],
    ["2bn", 2_000_000_000],
    ["1.5m", 1_500_000],
    ["1.5 million", 1_500_000],
    ["4 thousand", 4000],
    ["$1.2M", 1_200_000],
    ["2mn", 2_000_000],
  ])("reads %p as %p", (raw, expected) => {
    expectValue(parseAmount(raw), expected);
  });

  it("does not take the m of another word for millions", () => {
    expectFailure(parseAmount("5 km"), '"5 km"');
  });
});

describe("parseAmount: signs and percentages", () => {
  it.each([
    ["-1,234", -1234],
    ["(1,234)", -1234],
    ["（1,234）", -1234],
    ["−1234", -1234],
    ["+1234", 1234],
    ["1234-", -1234],
    ["-$5", -5],
    ["$-5", -5],
    ["(¥1,234.00)", -1234],
    ["-3亿5000万", -350_000_000],
  ])("reads %p as %p", (raw, expected) => {
    expectValue(parseAmount(raw), expected);
  });

  it("does not produce negative zero", () => {
    const result = parseAmount("(0)");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it("fails on more than one sign", () => {
    expectFailure(parseAmount("--5"), '"--5"', /sign/);
    expectFailure(parseAmount("(-5)"), /sign/);
  });

  it("reads percentages as fractions", () => {
    expectValue(parseAmount("12.5%"), 0.125);
    expectValue(parseAmount("100%"), 1);
    expectValue(parseAmount("-3%"), -0.03);
    expectValue(parseAmount("５０％"), 0.5);
  });

  it("does not apply the header unit to a percentage", () => {
    expectValue(parseAmount("50%", { unitMultiplier: 1e4 }), 0.5);
  });

  it("refuses a percentage with a unit or currency", () => {
    expectFailure(parseAmount("5%元"), '"5%元"', /percent/);
    expectFailure(parseAmount("5万%"), /percent/);
  });
});

describe("parseAmount: full-width characters", () => {
  it("reads full-width digits and punctuation", () => {
    expectValue(parseAmount("１２３，４５６．７"), 123456.7);
  });

  it("reads full-width minus and currency", () => {
    expectValue(parseAmount("－＄５"), -5);
  });
});

describe("parseInteger", () => {
  it("reads whole numbers in any written form", () => {
    expectValue(parseInteger("1,234"), 1234);
    expectValue(parseInteger(7), 7);
    expectValue(parseInteger("3万"), 30000);
  });

  it("accepts counting words after the number", () => {
    expectValue(parseInteger("20年"), 20);
    expectValue(parseInteger("3人"), 3);
    expectValue(parseInteger("10 years"), 10);
  });

  it("fails on fractions", () => {
    expectFailure(parseInteger("1.5"), '"1.5"', /whole number/);
    expectFailure(parseInteger(2.25), "2.25", /whole number/);
  });

  it("fails on numbers beyond exact integer range", () => {
    expectFailure(parseInteger("9007199254740993"), /too large/);
  });

  it("keeps blanks blank and reports non-numbers", () => {
    expectValue(parseInteger(""), null);
    expectFailure(parseInteger("abc"), '"abc"');
    expectFailure(parseInteger("年"), '"年"');
  });
});

describe("parseScore", () => {
  it("reads a score within the range", () => {
    expectValue(parseScore("4", 1, 5), 4);
    expectValue(parseScore(4.5, 1, 5), 4.5);
  });

  it("accepts the range bounds", () => {
    expectValue(parseScore(1, 1, 5), 1);
    expectValue(parseScore(5, 1, 5), 5);
  });

  it("fails outside the range, naming the range and the value", () => {
    expectFailure(parseScore("7", 1, 5), '"7"', "1 to 5");
    expectFailure(parseScore(0, 1, 5), "0", "1 to 5");
    expectFailure(parseScore(-1, 0, 100), /outside/);
  });

  it("accepts 分 and points after the score", () => {
    expectValue(parseScore("85分", 0, 100), 85);
    expectValue(parseScore("4 points", 1, 5), 4);
  });

  it("counts filled stars", () => {
    expectValue(parseScore("★★★☆☆", 1, 5), 3);
    expectValue(parseScore("★★★★★", 1, 5), 5);
  });

  it("reads a percentage on the scale's own terms", () => {
    expectValue(parseScore("85%", 0, 100), 85);
    expectValue(parseScore("85%", 0, 1), 0.85);
    expectFailure(parseScore("80%", 1, 5), /outside/);
  });

  it("reports non-numbers", () => {
    expectFailure(parseScore("high", 1, 5), '"high"');
  });
});

describe("parseHeaderUnit", () => {
  it.each([
    ["年通信消费（万元）", { multiplier: 1e4 }],
    ["保額(萬)", { multiplier: 1e4 }],
    ["金额（亿元）", { multiplier: 1e8 }],
    ["Annual Revenue ($)", { multiplier: 1, currency: "USD" }],
    ["(千元)", { multiplier: 1e3 }],
    ["(in thousands)", { multiplier: 1e3 }],
    ["(M)", { multiplier: 1e6 }],
    ["(millions)", { multiplier: 1e6 }],
    ["(NT$)", { multiplier: 1, currency: "TWD" }],
    ["Revenue (USD '000)", { multiplier: 1e3, currency: "USD" }],
    ["Premium (HK$ m)", { multiplier: 1e6, currency: "HKD" }],
    ["金额（单位：万元）", { multiplier: 1e4 }],
    ["金额 单位:万元", { multiplier: 1e4 }],
    ["保费/万", { multiplier: 1e4 }],
    ["存款【百万元】", { multiplier: 1e6 }],
    ["收入（人民币万元）", { multiplier: 1e4, currency: "CNY" }],
  ])("reads %p", (header, expected) => {
    expect(parseHeaderUnit(header)).toEqual(expected);
  });

  it.each(["Revenue", "Name (English)", "Date/Time", "电话(手机)", "Weight (kg)", "Share (%)"])(
    "finds no unit in %p",
    (header) => {
      expect(parseHeaderUnit(header)).toBeNull();
    }
  );

  it("marks 兆 as ambiguous with a NaN multiplier, so amounts fail instead of being guessed", () => {
    const unit = parseHeaderUnit("金额（兆元）");
    expect(renderMessage(unit?.ambiguous ?? "", {}, "en")).toMatch(/兆 can mean a million/);
    expect(Number.isNaN(unit?.multiplier)).toBe(true);
    expectFailure(parseAmount("5", { unitMultiplier: unit?.multiplier }), /ambiguous/);
  });

  it("reads the last bracket when a header has several", () => {
    expect(parseHeaderUnit("收入(2024)(万元)")).toEqual({ multiplier: 1e4 });
  });

  it("reads a large unit of money run on after the words, without a bracket", () => {
    expect(parseHeaderUnit("注册资金万元")).toEqual({ multiplier: 1e4 });
    expect(parseHeaderUnit("年營收萬元")).toEqual({ multiplier: 1e4 });
    expect(parseHeaderUnit("授信额度亿元")).toEqual({ multiplier: 1e8 });
    expect(stripHeaderUnit("注册资金万元")).toBe("注册资金");
    // A lone 元, or 万 without it, is part of a word as often (单元, 万能险).
    expect(parseHeaderUnit("单元")).toBeNull();
    expect(parseHeaderUnit("万能险")).toBeNull();
  });
});

describe("stripHeaderUnit", () => {
  it.each([
    ["保額(萬)", "保額"],
    ["年通信消费（万元）", "年通信消费"],
    ["Annual Revenue ($)", "Annual Revenue"],
    ["金额 单位:万元", "金额"],
    ["保费/万", "保费"],
    ["Name (English)", "Name (English)"],
    ["  Revenue  ", "Revenue"],
  ])("turns %p into %p", (header, expected) => {
    expect(stripHeaderUnit(header)).toBe(expected);
  });
});
