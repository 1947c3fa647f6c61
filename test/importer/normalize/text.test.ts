import {
  cellErrorValue,
  isFormulaLike,
  normaliseKey,
  normaliseText,
  parseEmail,
  parsePhone,
  plainNumberString,
  toHalfWidth,
} from "../../../src/importer/normalize";
import { expectFailure, expectValue, expectWarning } from "./expect-result";

describe("normaliseText", () => {
  it("trims and collapses runs of spaces and tabs", () => {
    expectValue(normaliseText("  a  b\t c "), "a b c");
  });

  it("keeps line breaks, normalising CRLF and trimming each line", () => {
    expectValue(normaliseText("line1  \r\n  line2"), "line1\nline2");
  });

  it("does not convert full-width characters", () => {
    expectValue(normaliseText("ＡＢＣ公司"), "ＡＢＣ公司");
  });

  it("reads blank as null", () => {
    expectValue(normaliseText(""), null);
    expectValue(normaliseText("   "), null);
    expectValue(normaliseText(null), null);
    expectValue(normaliseText(undefined), null);
    expectValue(normaliseText("\u200B"), null);
  });

  it("writes numbers without exponent", () => {
    expectValue(normaliseText(12345), "12345");
    expectValue(normaliseText(1e21), "1000000000000000000000");
    expectValue(normaliseText(1.5e-7), "0.00000015");
  });

  it("writes booleans as Excel shows them", () => {
    expectValue(normaliseText(true), "TRUE");
  });

  it("writes a midnight Date as its ISO date", () => {
    expectValue(normaliseText(new Date(Date.UTC(2024, 4, 26))), "2024-05-26");
  });

  it("fails on Excel errors", () => {
    expectFailure(normaliseText({ error: "#N/A" }), "#N/A");
    expectFailure(normaliseText("#DIV/0!"), "#DIV/0!");
  });

  it("reads rich text, formula results and hyperlinks as their visible text", () => {
    expectValue(normaliseText({ richText: [{ text: "ab" }, { text: "c" }] }), "abc");
    expectValue(normaliseText({ formula: "A1", result: 5 }), "5");
    expectValue(normaliseText({ text: "x@y.com", hyperlink: "mailto:x@y.com" }), "x@y.com");
  });

  it("fails on objects that are not cell values", () => {
    expectFailure(normaliseText({ foo: 1 }), /cannot be read|not a cell value/);
  });
});

describe("normaliseKey", () => {
  it("lowercases, trims and collapses whitespace", () => {
    expect(normaliseKey("  Account   Name ")).toBe("account name");
  });

  it("turns full-width letters, digits and spaces half-width", () => {
    expect(normaliseKey("ＡＢＣ　　Def１２")).toBe("abc def12");
  });

  it("leaves Chinese characters alone", () => {
    expect(normaliseKey("客户名称")).toBe("客户名称");
    expect(normaliseKey("客戶名稱")).toBe("客戶名稱");
  });
});

describe("toHalfWidth", () => {
  it("converts full-width ASCII and the ideographic space only", () => {
    expect(toHalfWidth("１２３，４５６．７（ａ）　Ｚ")).toBe("123,456.7(a) Z");
    expect(toHalfWidth("保額①")).toBe("保額①");
  });
});

describe("plainNumberString", () => {
  it("writes numbers in plain digits", () => {
    expect(plainNumberString(13800138000)).toBe("13800138000");
    expect(plainNumberString(-1.5e22)).toBe("-15000000000000000000000");
    expect(plainNumberString(2.5e-8)).toBe("0.000000025");
    expect(plainNumberString(12.5)).toBe("12.5");
  });
});

describe("isFormulaLike", () => {
  it.each(["=1+1", "+1", "-5", "@SUM(A1)", "  =cmd", "\t=1", "\tabc", "\rabc", "＝1+1"])(
    "is true for %p",
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
    }
  );

  it.each(["abc", "1+1", "a=b", "", "张三", "C-0001"])("is false for %p", (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
});

describe("parsePhone", () => {
  it("keeps text exactly as written apart from outer whitespace", () => {
    expectValue(parsePhone("0912-345-678"), "0912-345-678");
    expectValue(parsePhone(" +86 138 0013 8000 "), "+86 138 0013 8000");
    expectValue(parsePhone("(02) 2345-6789 ext. 12"), "(02) 2345-6789 ext. 12");
  });

  it("writes a number as its digits, without exponent or .0", () => {
    expectValue(parsePhone(13800138000), "13800138000");
    expectWarning(parsePhone(85223456789), "85223456789", /leading zero/);
  });

  it("warns that a leading zero may be lost when a phone was stored as a number", () => {
    // 0912345678 typed into a number cell becomes 912345678
    expectWarning(parsePhone(912345678), "912345678", /leading zero/);
  });

  it("fails on numbers that cannot be phone numbers", () => {
    expectFailure(parsePhone(1.5), "1.5");
    expectFailure(parsePhone(-138), "-138");
  });

  it("reads one digit typed again and again as a placeholder: no phone, as zeros are", () => {
    expectValue(parsePhone(1111), null);
    expectValue(parsePhone("9999999999"), null);
    expectValue(parsePhone("８８８８"), null);
    expectValue(parsePhone("91"), "91");
    expectValue(parsePhone("2345678"), "2345678");
  });

  it("fails on text without digits, or words with too few digits, so they go to notes", () => {
    expectFailure(parsePhone("unknown"), "unknown");
    expectFailure(parsePhone("暫不公開（請利用yes123投遞履歷）"), "yes123");
  });

  it("reads zeros alone as no number, and drops the text mark typed before a number", () => {
    expectValue(parsePhone(0), null);
    expectValue(parsePhone("00000000"), null);
    expectValue(parsePhone("'0500012345"), "0500012345");
    expectValue(parsePhone("0500012345"), "0500012345");
  });

  it("reads blanks and fails on errors, booleans and dates", () => {
    expectValue(parsePhone(""), null);
    expectFailure(parsePhone({ error: "#REF!" }), "#REF!");
    expectFailure(parsePhone(true), "TRUE");
    expectFailure(parsePhone(new Date(Date.UTC(2024, 0, 1))), /phone/);
  });
});

describe("parseEmail", () => {
  it("accepts valid addresses, trimmed", () => {
    expectValue(parseEmail("a@b.com"), "a@b.com");
    expectValue(
      parseEmail("  first.last+tag@mail.example.co.uk "),
      "first.last+tag@mail.example.co.uk"
    );
  });

  it.each(["not-an-email", "a@b", "a@@b.com", "a b@c.com", "a@b..com", "@b.com"])(
    "keeps %p with a warning",
    (raw) => {
      expectWarning(parseEmail(raw), raw, /does not look valid/);
    }
  );

  it("quotes the address in the warning", () => {
    const result = parseEmail("x@y");
    expect(result.ok && result.warning).toContain('"x@y"');
  });

  it("reads blanks and fails on errors and dates", () => {
    expectValue(parseEmail(" "), null);
    expectFailure(parseEmail("#N/A"), "#N/A");
    expectFailure(parseEmail(new Date(Date.UTC(2024, 0, 1))), /date/);
  });
});

describe("cellErrorValue", () => {
  it.each([
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "#NUM!",
    "#NAME?",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
  ])("detects %p as a string and as an error marker", (code) => {
    expect(cellErrorValue(code)).toBe(code);
    expect(cellErrorValue({ error: code })).toBe(code);
  });

  it("returns the canonical code for differently cased or padded text", () => {
    expect(cellErrorValue(" #n/a ")).toBe("#N/A");
  });

  it.each([
    "abc",
    "#hashtag",
    "N/A",
    "",
    0,
    null,
    undefined,
    true,
    { error: "oops" },
    { text: "#N/A" },
  ])("returns null for %p", (raw) => {
    expect(cellErrorValue(raw)).toBeNull();
  });

  it("returns null for a Date", () => {
    expect(cellErrorValue(new Date())).toBeNull();
  });
});
