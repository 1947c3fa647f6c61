/**
 * How long premiums are paid, as an agent writes it: 躉繳 (once), 繳費20年, 20年繳, 交10年.
 */
import { importWorkbook } from "../../../src/importer";
import { parseTermYears } from "../../../src/importer/normalize";
import type { SourceCell } from "../../../src/importer/types";
import { renderIssueMessage } from "../../../src/register/messages";
import { sheet } from "../helpers";
import { expectValue } from "./expect-result";

describe("a payment term", () => {
  it.each([
    ["繳費20年", 20],
    ["缴费20年", 20],
    ["20年繳", 20],
    ["10年缴", 10],
    ["交10年", 10],
    ["20年交", 20],
    ["缴费期20年", 20],
  ])("%s is %i years", (text, years) => {
    expectValue(parseTermYears(text), years);
  });

  it("paid up to an age is kept as written, as 至65歲 is", () => {
    expect(parseTermYears("繳至65歲")).toMatchObject({ ok: false, code: "value.term-not-years" });
  });

  // A single premium is paid in one year: a person counting premiums counts it once.
  it.each(["躉繳", "趸交", "趸缴", "一次繳清", "Single premium"])(
    "%s is one year, with a note that says why",
    (text) => {
      const result = parseTermYears(text);
      expect(result).toMatchObject({ ok: true, value: 1, code: "term.single-premium" });
    }
  );

  it("a word that only looks like a payment word is still unread", () => {
    expect(parseTermYears("繳費中").ok).toBe(false);
  });
});

describe("a single-premium policy in a policy list", () => {
  const rows: SourceCell[][] = [["保單號碼", "被保險人", "險種", "繳費年期", "年繳保費"]];
  rows.push(["HA001", "許文雄", "壽險", "躉繳", 1800000]);
  rows.push(["HA002", "陳雅婷", "壽險", "20年", 58000]);
  rows.push(["HA003", "張志明", "醫療險", "繳費20年", 12300]);
  const result = importWorkbook([sheet("保單明細", rows)]);

  it("is paid over one year, and keeps the agent's word beside it", () => {
    const [single, twenty, paying] = result.records.Insurance;
    expect(single).toMatchObject({ policyNo: "HA001", termYears: 1, termText: "躉繳" });
    expect(twenty).toMatchObject({ termYears: 20, termText: null });
    expect(paying).toMatchObject({ termYears: 20, termText: null });
  });

  it("is told in Import Issues in the register's language", () => {
    const issue = result.issues.find((i) => i.row === 2 && i.field === "termYears");
    expect(issue?.severity).toBe("info");
    expect(renderIssueMessage(issue!, "zh-TW")).toContain("躉繳（一次繳清）");
    expect(renderIssueMessage(issue!, "zh-CN")).toContain("一次缴清");
    expect(renderIssueMessage(issue!, "en")).toContain("single premium");
  });
});
