import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** A CRM's deals export (Pipedrive's "Deal - …" headers), invented deals. */
const DEALS: SourceCell[][] = [
  [
    "Deal - Title",
    "Deal - Value",
    "Deal - Weighted value",
    "Deal - Probability",
    "Deal - Stage",
    "Deal - Status",
    "Deal - Expected close date",
    "Organization - Name",
  ],
  ["苏州澄湖 deal", 880000, 176000, 20, "Lead In", "open", "2027-03-01", "苏州澄湖机电有限公司"],
  [
    "嘉兴禾丰 - ERP",
    45000,
    18000,
    40,
    "Contact Made",
    "open",
    "2027-02-11",
    "嘉兴禾丰纺织有限公司",
  ],
  [
    "绍兴越秀 deal",
    260000,
    156000,
    60,
    "Demo Scheduled",
    "open",
    "2027-01-20",
    "绍兴越秀印染有限公司",
  ],
  [
    "湖州南浔 - 年度合同",
    72000,
    57600,
    80,
    "Proposal Made",
    "won",
    "2026-12-30",
    "湖州南浔木业有限公司",
  ],
  [
    "台州椒江 deal",
    1300000,
    1170000,
    90,
    "Negotiations Started",
    "open",
    "2027-04-02",
    "台州椒江泵业有限公司",
  ],
  ["金华义乌 deal", 39000, 0, 0, "Contact Made", "lost", "2026-11-30", "金华义乌小商品有限公司"],
];

describe("a CRM deals export (blind s8b Pipedrive book)", () => {
  const result = importWorkbook([sheet("Deals", DEALS)]);
  const mapping = result.mappings.find((m) => m.registerSheet === "Pipeline");
  const fieldOf = (header: string) => mapping?.columns.find((c) => c.header === header)?.field;

  it("reads amounts under 'Deal - Value' as the deal's value, never as a 1–5 factor score", () => {
    expect(fieldOf("Deal - Value")).toBe("expectedValue");
    expect(result.records.Pipeline.map((p) => p.expectedValue)).toEqual([
      880000, 45000, 260000, 72000, 1300000, 39000,
    ]);
    expect(
      result.records.Pipeline.every((p) => p.factorD === null || p.factorD === undefined)
    ).toBe(true);
    expect(result.issues.some((i) => /outside 1 to 5/.test(i.message))).toBe(false);
  });

  it("takes the stage from 'Deal - Stage', reading a CRM's stage names in their order", () => {
    expect(fieldOf("Deal - Stage")).toBe("stage");
    expect(fieldOf("Deal - Status")).not.toBe("stage");
    // In order, by what each step is: a demo and a proposal are the assessment and plan of stage 3;
    // a negotiation started is still open (stage 4), not a closed deal.
    expect(result.records.Pipeline.map((p) => p.stage)).toEqual([
      "identify",
      "gather",
      "assess",
      "assess",
      "relate",
      "gather",
    ]);
  });
});
