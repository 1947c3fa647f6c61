/**
 * Absurd values (issue 10, item 7): amounts beyond 10^15 are kept but warned, texts such as NaN or
 * Infinity are not numbers, negative amounts in fields that cannot be negative are warned, and
 * control or zero-width characters removed from text are noted once per column.
 */
import fc from "fast-check";
import { importWorkbook } from "../../../src/importer";
import {
  ABSURD_AMOUNT,
  invisibleCharactersIn,
  normaliseText,
  parseAmount,
  parseEmail,
  parseInteger,
  parsePhone,
} from "../../../src/importer/normalize";
import type { ImportIssue, SourceCell, SourceSheet } from "../../../src/importer/types";
import { renderIssueMessage } from "../../../src/register/messages";
import { expectValue } from "./expect-result";

const sheet = (name: string, rows: SourceCell[][]): SourceSheet => ({ name, rows, merges: [] });

function expectAbsurd(raw: unknown, value: number): void {
  const result = parseAmount(raw);
  expect(result).toMatchObject({ ok: true, value, code: "number.absurd" });
  if (result.ok) expect(result.warning).toMatch(/is beyond ±10\^15.*kept as read/);
}

describe("absurd amounts", () => {
  it("warns of amounts beyond 10^15 and keeps them", () => {
    expectAbsurd(1e308, 1e308);
    expectAbsurd("1e308", 1e308);
    expectAbsurd(-2e15, -2e15);
    expectAbsurd("1,000,000,000,000,001", 1_000_000_000_000_001);
    expectAbsurd("5000万亿", 5e15);
    expectAbsurd("(2e16)", -2e16);
  });

  it("does not warn at 10^15 or below", () => {
    expectValue(parseAmount(1e15), 1e15);
    expectValue(parseAmount("-1,000,000,000,000,000"), -1e15);
    expectValue(parseAmount("999,999,999,999,999"), 999_999_999_999_999);
    expectValue(parseAmount("8000亿"), 8e11);
  });

  it("applies the header's unit before judging", () => {
    const result = parseAmount("2000000", { unitMultiplier: 1e10 });
    expect(result).toMatchObject({ ok: true, value: 2e16, code: "number.absurd" });
  });

  it("reads NaN- and Infinity-like texts as not finite numbers", () => {
    for (const text of ["NaN", "nan", "Infinity", "-Infinity", "+inf", "∞", "－∞", "ＮａＮ"]) {
      const result = parseAmount(text);
      expect(result).toMatchObject({ ok: false, code: "number.not-finite" });
      if (!result.ok) expect(result.message).toBe(`The value "${text}" is not a finite number.`);
    }
    expect(parseAmount(Number.NaN)).toMatchObject({ ok: false, code: "number.not-finite" });
    expect(parseAmount(Number.POSITIVE_INFINITY)).toMatchObject({ ok: false });
    expect(parseAmount("1e309")).toMatchObject({ ok: false, code: "number.too-large" });
  });

  it("a whole number beyond 10^15 that is still exact is warned, beyond 2^53 refused", () => {
    expect(parseInteger("3000000000000000")).toMatchObject({
      ok: true,
      value: 3e15,
      code: "number.absurd",
    });
    expect(parseInteger("1e20")).toMatchObject({ ok: false, code: "number.unsafe-integer" });
  });

  it("property: every finite number beyond ±10^15 is kept and warned, every other one is not", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const result = parseAmount(x);
        const value = x === 0 ? 0 : x; // -0 is read as 0
        if (Math.abs(x) > ABSURD_AMOUNT)
          expect(result).toMatchObject({ ok: true, value, code: "number.absurd" });
        else expectValue(result, value);
      }),
      { numRuns: 500 }
    );
  });

  it("property: integers written with thousands separators are warned exactly beyond 10^15", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.boolean(), (n, negative) => {
        const text = `${negative ? "-" : ""}${n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
        const result = parseAmount(text);
        expect(result.ok).toBe(true);
        expect(result.ok && result.code === "number.absurd").toBe(n > 10n ** 15n);
      }),
      { numRuns: 300 }
    );
  });
});

describe("invisible characters in text", () => {
  it("removes controls, zero-width characters and the BOM; keeps tabs as spaces and line breaks", () => {
    expectValue(normaliseText("\uFEFF张\u200B三\u0007"), "张三");
    expectValue(normaliseText("Wang\u200D Li\u0000"), "Wang Li");
    expectValue(normaliseText("line one\u000Bline two"), "line one line two");
    expectValue(normaliseText("a\tb\r\nc\u001F"), "a b\nc");
    expectValue(normaliseText("\u200C\u0001"), null);
    expectValue(parsePhone("0912\u200B-345\u0000-678"), "0912-345-678");
    expectValue(parseEmail("\uFEFFlin@example.tw\u0008"), "lin@example.tw");
  });

  it("names the characters it removes", () => {
    expect(invisibleCharactersIn("\uFEFF张\u200B三\u200B\u0007")).toEqual([
      "U+FEFF",
      "U+200B",
      "U+0007",
    ]);
    expect(invisibleCharactersIn("a\tb\nc\r\n 张三 ü")).toEqual([]);
  });

  const invisible = fc.constantFrom(
    ..."\u0000\u0001\u0007\u0008\u000B\u000C\u000E\u001B\u001F\u200B\u200C\u200D\uFEFF".split("")
  );
  const visibleText = fc
    .string({ unit: fc.constantFrom(..."张三李四 abcXYZ-12.@\n\t、，".split("")), maxLength: 20 })
    .filter((s) => invisibleCharactersIn(s).length === 0);

  it("property: inserting invisible characters anywhere changes neither the text nor its phone or e-mail reading", () => {
    fc.assert(
      fc.property(
        visibleText,
        fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 5 }),
        (text, inserts) => {
          let noisy = text;
          for (const [at, ch] of inserts) {
            const i = at % (noisy.length + 1);
            // A vertical tab or form feed separates words, so it may only stand where a space could.
            const c = /[\v\f]/.test(ch) ? "\u200B" : ch;
            noisy = noisy.slice(0, i) + c + noisy.slice(i);
          }
          expect(normaliseText(noisy)).toEqual(normaliseText(text));
          expect(parsePhone(noisy)).toEqual(parsePhone(text));
          expect(parseEmail(noisy)).toEqual(parseEmail(text));
          expect(invisibleCharactersIn(noisy).length).toBeGreaterThan(0);
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("in an import", () => {
  const names = ["王小明\u200B", "李\u0007大同", "陳美玲", "\uFEFF林志明", "張三"];
  const result = importWorkbook([
    sheet("客戶資料", [
      ["客戶名稱", "電話", "地址", "個人年收入", "職業"],
      [names[0], "0912-000-001", "臺北市\u0000信義區", "1e308", "工程師"],
      [names[1], "0912-000-002", "臺北市大安區", "NaN", "教師"],
      [names[2], "0912\u200B-000-003", "臺北市中山區", "-50萬", "醫師"],
      [names[3], "0912-000-004", "臺北市松山區", 2e16, "律師"],
      [names[4], "0912-000-005", "臺北市文山區", "120萬", "會計師"],
    ]),
    sheet("保單", [
      ["客戶名稱", "保單號碼", "保費"],
      ["張三", "P-1", "(5,000)"],
    ]),
  ]);
  const clients = result.records.Clients;
  const issues = result.issues;
  const valueIssue = (problem: string): ImportIssue[] =>
    issues.filter((i) => i.params?.problem === problem);

  it("keeps absurd amounts and warns of each", () => {
    expect(clients.map((c) => c.annualIncome)).toEqual([1e308, null, null, 2e16, 1_200_000]);
    // Two cells of one column with the same warning: one issue for the column, naming both rows.
    const absurd = valueIssue("number.absurd");
    expect(absurd.map((i) => [i.row, i.params?.rows, i.severity])).toEqual([
      [null, "2, 5", "warning"],
    ]);
    expect(renderIssueMessage(absurd[0], "zh-TW")).toBe(
      'D (個人年收入) 欄有 2 個值有提示，例如：金額 "1e308" 超出 ±10^15，不太可能是真實金額；已依讀取的值保留，請核對。 各值："1e308" ×1, "20000000000000000" ×1；所在列：2, 5。'
    );
  });

  it("keeps NaN in notes with a warning", () => {
    expect(clients[1].notes).toContain("NaN");
    expect(valueIssue("number.not-finite").map((i) => [i.row, i.severity])).toEqual([
      [3, "warning"],
    ]);
  });

  it("warns of a negative amount in a field that cannot be negative and keeps it in notes", () => {
    expect(clients[2].annualIncome).toBeNull();
    expect(clients[2].notes).toContain("-50萬");
    const premium = result.records.Insurance[0];
    expect(premium?.annualPremium).toBeNull();
    expect(premium?.notes).toContain("(5,000)");
    const below = valueIssue("value.below-min");
    expect(below.map((i) => [i.sheet, i.row, i.params?.value, i.severity])).toEqual([
      ["客戶資料", 4, -500000, "warning"],
      ["保單", 2, -5000, "warning"],
    ]);
  });

  it("cleans the text and notes the removed characters once per column", () => {
    expect(clients.map((c) => c.name)).toEqual(["王小明", "李大同", "陳美玲", "林志明", "張三"]);
    expect(clients[0].address).toBe("臺北市信義區");
    expect(clients[2].phone).toBe("0912-000-003");
    const notes = issues.filter((i) => i.code === "value.characters-removed");
    expect(notes.map((n) => [n.column, n.row, n.params?.count, n.params?.chars])).toEqual([
      ["A (客戶名稱)", null, 3, "U+200B, U+0007, U+FEFF"],
      ["B (電話)", null, 1, "U+200B"],
      ["C (地址)", null, 1, "U+0000"],
    ]);
    expect(notes.every((n) => n.severity === "info")).toBe(true);
    expect(renderIssueMessage(notes[0], "zh-TW")).toBe(
      "A (客戶名稱) 欄中有 3 個儲存格的文字含有看不見的控制字元或零寬字元（U+200B, U+0007, U+FEFF），已刪除。"
    );
  });
});

describe("unmapped columns kept in notes", () => {
  const result = importWorkbook([
    sheet("客戶資料", [
      ["客戶名稱", "電話", "暗號"],
      ["王小明", "0912-000-001", "\u200B甲乙\u0007"],
      ["李大同", "0912-000-002", "丙\uFEFF丁"],
      ["陳美玲", "0912-000-003", "家庭 👨\u200D👩\u200D👧"],
    ]),
  ]);

  it("lose their invisible characters like any text, emoji sequences kept whole", () => {
    expect(result.records.Clients.map((c) => c.notes)).toEqual([
      "暗號: 甲乙",
      "暗號: 丙丁",
      "暗號: 家庭 👨\u200D👩\u200D👧",
    ]);
  });

  it("are noted once for the column, naming the characters and the cells", () => {
    const removed = result.issues.filter((i) => i.code === "value.characters-removed");
    expect(removed.map((i) => [i.column, i.params?.chars, i.params?.count])).toEqual([
      ["C (暗號)", "U+200B, U+0007, U+FEFF", 2],
    ]);
  });
});
