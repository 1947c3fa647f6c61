/**
 * A measure repeated over periods or ranks in one header row ("Perception <1 month" … "Perception
 * 9-12 months", 满意度1月 … 满意度6月) is one witness of the sheet its
 * word speaks for, not one per period: a customer scorecard with six satisfaction periods is still
 * the list of its customers, not a complaint log. Invented scorecards in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet, repeatedMeasure } from "../../src/importer/classify-sheet";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PERIODS_EN = [
  "<1 month",
  "1-2 months",
  "3-4 months",
  "5-6 months",
  "7-8 months",
  "9-12 months",
];

function scorecard(own: string[], measures: string[], periods: string[], names: string[]) {
  const header = [...own, ...measures.flatMap((m) => periods.map((p) => `${m}${p}`))];
  const rows: SourceCell[][] = [header];
  names.forEach((name, i) =>
    rows.push([
      i + 1,
      name,
      `2015-0${(i % 9) + 1}-14`,
      ["Devin Greer", "Moira Lind"][i % 2],
      ...header.slice(own.length).map((_, j) => ((i + j) % 9) / 2 + 0.5),
    ])
  );
  return rows;
}

const FIRMS = [
  "Brightline Bakeries",
  "Harlow Paper",
  "Norfield Tools",
  "Ostrava Glass",
  "Pell Mills",
];

const en = scorecard(
  ["Customer ID", "Customer Name", "Customer Since", "Representative"],
  ["Overall ", "Perception ", "Satisfaction "],
  PERIODS_EN,
  FIRMS
);
const cn = scorecard(
  ["客户编号", "客户名称", "合作起始日期", "客户经理"],
  ["满意度评分", "销售额"],
  ["1月", "2月", "3月", "4月", "5月", "6月"],
  [
    "华东精工有限公司",
    "北辰包装有限公司",
    "中和物流有限公司",
    "宏达机电有限公司",
    "新源材料有限公司",
  ]
);
const tw = scorecard(
  ["客戶編號", "客戶名稱", "合作起始日期", "業務代表"],
  ["滿意度評分", "銷售額"],
  ["1月", "2月", "3月", "4月", "5月", "6月"],
  [
    "台灣精密股份有限公司",
    "聯成包裝有限公司",
    "宏碁物流有限公司",
    "大同機電有限公司",
    "新光材料有限公司",
  ]
);

describe("a measure repeated over periods is one witness of the sheet", () => {
  it("reads the measure a header repeats before its number", () => {
    expect(repeatedMeasure("Perception <1 month")).toBe(repeatedMeasure("Perception 9-12 months"));
    // A numbered record (Policy 2) is one more record, not a repeated figure.
    expect(repeatedMeasure("Policy 2")).toBeNull();
    expect(repeatedMeasure("满意度1月")).toBe(repeatedMeasure("满意度6月"));
    expect(repeatedMeasure("Customer Name")).toBeNull();
    expect(repeatedMeasure("2024 Sales")).toBeNull();
  });

  it.each([
    ["en", en],
    ["zh-CN", cn],
    ["zh-TW", tw],
  ] as const)("keeps the %s scorecard the list of its customers", (_lang, rows) => {
    const headers = (rows[0] as string[]).map(String);
    expect(classifySheet("Sheet1", headers).key).toBe("Clients");
    const r = importWorkbook([sheet("Sheet1", rows as SourceCell[][])]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(5);
  });

  it("still counts different measures each for itself", () => {
    const one = classifySheet("Sheet1", ["Customer", "Complaint Date", "Severity", "Root Cause"]);
    expect(one.key).toBe("Complaints");
  });
});
