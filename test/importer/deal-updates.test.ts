/**
 * A pipeline kept as a log (a row appended each time a deal moves) with no deal id and no deal
 * name: the rows of one prospect are one deal, its latest row where it stands, the changed earlier
 * values told as updates. Rows of one prospect naming different products stay two deals, and a
 * sheet with a deal id keeps one deal per id.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Variant {
  label: string;
  headers: [string, string, string, string];
  people: [string, string, string];
  stages: [string, string, string];
  products: [string, string];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    headers: ["Prospect", "Stage", "Est. Value", "Product"],
    people: ["Mason Carrow", "Liam Marlow", "Zoe Abbott"],
    stages: ["New Lead", "Needs Analysis", "Proposal Sent"],
    products: ["Life Insurance", "Wealth Management"],
  },
  {
    label: "简体",
    headers: ["客户名称", "开发阶段", "预计价值", "意向产品"],
    people: ["王建国", "李秀英", "张伟"],
    stages: ["初步接触", "需求分析", "方案报价"],
    products: ["终身寿险", "理财"],
  },
  {
    label: "繁體",
    headers: ["客戶名稱", "開發階段", "預計價值", "意向產品"],
    people: ["陳怡君", "林志明", "黃淑芬"],
    stages: ["初步接觸", "需求分析", "方案報價"],
    products: ["終身壽險", "理財"],
  },
];

/** Columns in `order` (indices into the variant's headers). */
function log(v: Variant, order: number[], rows: SourceCell[][]): SourceCell[][] {
  return [order.map((k) => v.headers[k]), ...rows.map((row) => order.map((k) => row[k]))];
}

describe("a pipeline kept as a log of updates", () => {
  it.each(VARIANTS)("$label: one deal per prospect, its latest row where it stands", (v) => {
    const [a, b, c] = v.people;
    const [s1, s2, s3] = v.stages;
    const [p1] = v.products;
    const rows: SourceCell[][] = [
      [a, s1, 200000, p1],
      [b, s1, null, null],
      [a, s2, 200000, null],
      [c, s1, 50000, p1],
      [b, s2, 150000, null],
      [a, s3, 250000, p1],
    ];
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
    ]) {
      const r = importWorkbook([sheet("Pipeline", log(v, order, rows))]);
      const deals = r.records.Pipeline;
      expect(deals.map((d) => d.prospect)).toEqual([a, b, c]);
      expect(deals.map((d) => d.stage)).toEqual(["assess", "gather", "identify"]);
      expect(deals.map((d) => d.expectedValue)).toEqual([250000, 150000, 50000]);
      const told = r.issues.find((i) => i.code === "import.deal-updates");
      expect(told).toMatchObject({
        sheet: "Pipeline",
        severity: "info",
        params: { count: 3, deals: 2 },
      });
      for (const lang of ["zh-CN", "zh-TW"] as const)
        expect(renderIssueMessage(told!, lang)).toMatch(/商機|商机/);
      // The earlier stage is kept in the update told for the later row.
      const updated = r.issues.filter((i) => i.code === "link.updated" && i.field === "stage");
      expect(updated.map((i) => i.value)).toEqual(["identify", "identify", "gather"]);
    }
  });

  it.each(VARIANTS)("$label: two products of one prospect are two deals", (v) => {
    const [a, b] = v.people;
    const [s1, s2] = v.stages;
    const [p1, p2] = v.products;
    const rows: SourceCell[][] = [
      [a, s1, 100000, p1],
      [a, s2, 300000, p2],
      [b, s1, 5000, p1],
      [b, s2, 6000, p1],
    ];
    const r = importWorkbook([sheet("Pipeline", log(v, [0, 1, 2, 3], rows))]);
    expect(r.records.Pipeline.map((d) => [d.prospect, d.expectedValue])).toEqual([
      [a, 100000],
      [a, 300000],
      [b, 6000],
    ]);
  });

  it("a deal id keeps one deal per id, however often the prospect comes back", () => {
    const rows: SourceCell[][] = [["Opportunity ID", "Prospect", "Stage", "Amount"]];
    for (let i = 0; i < 4; i++)
      rows.push([`OPP-00${i}`, "Harbour Lane Ltd", "Proposal", 1000 * (i + 1)]);
    const r = importWorkbook([sheet("Pipeline", rows)]);
    expect(r.records.Pipeline).toHaveLength(4);
    expect(r.issues.some((i) => i.code === "import.deal-updates")).toBe(false);
  });
});
