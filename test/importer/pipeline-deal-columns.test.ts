/**
 * A pipeline numbers its deals (Deal No, 商机号) beside what each deal is called: the number is the
 * deal's own. Its one amount whose header states a currency ("Expected Order Volume (€)",
 * 预计采购额（万元）) is what each deal is worth when no column says so by name.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet } from "../../src/importer/classify-sheet";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, readAs, sheet, table } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["Deal No", "Customer Name", "Opportunity Name", "Stage", "Expected Order Volume (€)"],
    stages: ["Lead", "Qualified", "Proposal", "Won"],
    parties: INVENTED_COMPANIES.en,
    worth: (n: number) => n,
  },
  {
    label: "简体",
    headers: ["商机号", "客户名称", "商机名称", "阶段", "预计采购额（万元）"],
    stages: ["初步接触", "需求确认", "方案报价", "成交"],
    parties: INVENTED_COMPANIES["zh-CN"],
    worth: (n: number) => n * 10000,
  },
  {
    label: "繁體",
    headers: ["商機號", "客戶名稱", "商機名稱", "階段", "預計採購額（萬元）"],
    stages: ["初步接觸", "需求確認", "方案報價", "成交"],
    parties: INVENTED_COMPANIES["zh-TW"],
    worth: (n: number) => n * 10000,
  },
];

function pipeline(v: (typeof VARIANTS)[number]): SourceCell[][] {
  return table(
    v.headers,
    20,
    (_, i, k) => [`LD-${1000 + i}`, v.parties[i % 5], `Deal ${i}`, v.stages[i % 4], 12 + i * 3][k]
  );
}

describe("a pipeline's deal number and its one priced amount", () => {
  it.each(VARIANTS)("$label: the deal's number and the amount in a currency", (v) => {
    const r = importWorkbook([sheet("Pipeline", pipeline(v))]);
    expect(readAs(r, "Pipeline")).toBe("Pipeline");
    const deals = r.records.Pipeline;
    expect(deals).toHaveLength(20);
    expect(deals[0].opportunityId).toBe("LD-1000");
    expect(deals[1].expectedValue).toBe(v.worth(15));
  });

  it("two priced amounts say neither is the deal's value; a name numbers deals without an id", () => {
    const v = VARIANTS[0];
    const rows = pipeline(v).map((row, i) => [
      ...row.slice(1),
      i === 0 ? "Commission (€)" : 100 + i,
    ]);
    const r = importWorkbook([sheet("Pipeline", rows)]);
    const columns = r.mappings.find((m) => m.sheet === "Pipeline")?.columns ?? [];
    expect(columns.some((c) => c.field === "expectedValue")).toBe(false);
    expect(columns.find((c) => c.header === "Opportunity Name")?.field).toBe("opportunityId");
  });

  it("a dialer's calls keyed by lead number are no pipeline", () => {
    const headers = ["id", "lead_id", "campaign", "user", "call_length", "call_date"];
    expect(classifySheet("Calls", headers).key).not.toBe("Pipeline");
  });
});
