/**
 * A figure written in full in a column counted in 萬 ("250,000" among 8, 12, 25 under 年度貢獻(萬))
 * is read as the header says, and said: a person checks it rather than believing 25 億.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("an amount column counted in 萬", () => {
  const rows: SourceCell[][] = [["客戶姓名", "手機", "年度貢獻(萬)"]];
  const figures: SourceCell[] = ["8萬", 12, "25", "6", 18, "250,000", 9];
  figures.forEach((f, i) => rows.push([`客戶${i + 1}`, `0912-000-10${i}`, f]));

  it("says a figure about 10,000 times the column's usual ones, reading it as the header says", () => {
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.map((c) => c.annualRevenue)).toEqual([
      80000, 120000, 250000, 60000, 180000, 2500000000, 90000,
    ]);
    const said = r.issues.filter((i) => i.code === "value.unit-outlier");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ row: 7, severity: "warning", column: "C (年度貢獻(萬))" });
    expect(renderIssueMessage(said[0], "zh-TW")).toContain("250,000");
    expect(renderIssueMessage(said[0], "zh-CN")).toContain("请核对");
    expect(renderIssueMessage(said[0], "en")).toContain("written in full");
  });

  it("says nothing of a company list whose figures are all large", () => {
    const big: SourceCell[][] = [["公司名称", "营业收入（万元）"]];
    [15000, "3,200", 48000, "120,000", 9000].forEach((f, i) => big.push([`华东${i}有限公司`, f]));
    const r = importWorkbook([sheet("企业客户", big)]);
    expect(r.issues.filter((i) => i.code === "value.unit-outlier")).toEqual([]);
  });
});
