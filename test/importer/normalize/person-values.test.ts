/**
 * Values a person reads without a second thought, from blind testers' books: 零售 is a person,
 * 已交 is yes, a date with its weekday is a date, 80 under "Probability (%)" is 80 %, and a
 * critical-illness policy covers critical illness.
 */
import { importWorkbook } from "../../../src/importer";
import {
  enumChoices,
  parseDate,
  parseEnum,
  parseYesNo,
  parseYesNoDone,
} from "../../../src/importer/normalize";
import type { SourceCell } from "../../../src/importer/types";
import { CLIENT_KIND, INSURANCE_TYPE, VISIT_METHOD } from "../../../src/register/enums";
import { sheet } from "../helpers";
import { expectValue } from "./expect-result";

describe("bank and agent words", () => {
  it.each(["零售", "个贷"])("%s is a person", (word) => {
    expectValue(parseEnum(word, enumChoices(CLIENT_KIND)), "person");
  });

  it.each(["沙龙活动", "理财沙龙", "茶話會"])("%s is a business event", (word) => {
    expectValue(parseEnum(word, enumChoices(VISIT_METHOD)), "business-event");
  });

  it.each(["學平保險", "学平险"])("%s (student accident cover) is accident", (word) => {
    expectValue(parseEnum(word, enumChoices(INSURANCE_TYPE)), "accident");
  });
});

describe("yes or no said as done or not done", () => {
  it.each([
    ["已交", true],
    ["已回電", true],
    ["已經提交", true],
    ["未交", false],
    ["未回電", false],
    ["尚未繳交", false],
    ["沒回", false],
  ])("%s in a yes/no column is %s", (text, answer) => {
    expectValue(parseYesNoDone(text), answer);
  });

  it("未知 and 未定 are not a no; a status word is not read when columns are matched", () => {
    expect(parseYesNoDone("未知").ok).toBe(false);
    expect(parseYesNoDone("未定").ok).toBe(false);
    expect(parseYesNo("已結案").ok).toBe(false);
  });
});

describe("a date with its weekday", () => {
  it.each([
    "2021年3月12日 星期五",
    "2021年3月12日（五）",
    "2021/03/12（五）",
    "2021/3/12 (週五)",
    "2021-03-12 (Fri)",
  ])("%s is 2021-03-12", (text) => {
    expectValue(parseDate(text), "2021-03-12");
  });
});

describe("a column whose header says percent", () => {
  const rows: SourceCell[][] = [["Opportunity", "Probability (%)", "Win rate"]];
  rows.push(["Kestrel renewal", 80, 80]);
  rows.push(["Northwind upgrade", "35", 35]);
  const result = importWorkbook([sheet("Deals", rows)], {
    mapping: {
      "Deals!*": "Pipeline",
      "Deals!Opportunity": "opportunityId",
      "Deals!Probability (%)": "probability",
    },
  });

  it("reads 80 as 80 % without a warning", () => {
    expect(result.records.Pipeline.map((p) => p.probability)).toEqual([0.8, 0.35]);
    expect(
      result.issues.filter((i) => i.code === "value.warning" && i.column?.startsWith("B"))
    ).toEqual([]);
  });
});

describe("a critical-illness policy", () => {
  it("covers critical illness when the book leaves the box empty, not when it says no", () => {
    const rows: SourceCell[][] = [["保單號碼", "被保險人", "險種", "含重大疾病"]];
    rows.push(["P1", "黃淑芬", "重大疾病險", ""]);
    rows.push(["P2", "郭素貞", "醫療險", ""]);
    rows.push(["P3", "陳怡君", "重大疾病險", "否"]);
    const result = importWorkbook([sheet("保單", rows)]);
    expect(result.records.Insurance.map((p) => p.criticalIllnessCovered)).toEqual([
      true,
      null,
      false,
    ]);
  });
});
