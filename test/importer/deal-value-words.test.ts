/**
 * An advisor's pipeline sizes each deal by the premium or the assets it would bring, as estimated
 * (Est. Premium / AUM, 预计保费（万元）, 預計保費): that is the deal's expected value. A policy's
 * own Premium stays the policy's.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("an estimated premium or AUM is a deal's expected value", () => {
  it.each<[string, string, string[], SourceCell[][]]>([
    [
      "English",
      "Pipeline",
      ["Prospect", "Stage", "Est. Premium / AUM", "Est. Revenue"],
      [
        ["Mason Carrow", "New Lead", 200000, 2000],
        ["Liam Marlow", "Contacted", 150000, 1500],
        ["Zoe Abbott", "Proposal Sent", 90000, 900],
      ],
    ],
    [
      "English, other order",
      "Pipeline",
      ["Estimated AUM", "Stage", "Prospect"],
      [
        [200000, "New Lead", "Mason Carrow"],
        [150000, "Contacted", "Liam Marlow"],
        [90000, "Proposal Sent", "Zoe Abbott"],
      ],
    ],
    [
      "简体, in 万元",
      "开发进度",
      ["客户名称", "开发阶段", "预计保费（万元）", "备注"],
      [
        ["王建国", "初步接触", 20, "转介绍"],
        ["李秀英", "需求分析", 15, ""],
        ["张伟", "方案报价", 9, ""],
      ],
    ],
    [
      "繁體",
      "開發進度",
      ["客戶名稱", "開發階段", "預計保費", "備註"],
      [
        ["陳怡君", "初步接觸", 200000, ""],
        ["林志明", "需求分析", 150000, ""],
        ["黃淑芬", "方案報價", 90000, ""],
      ],
    ],
  ])("%s", (_label, name, headers, rows) => {
    const r = importWorkbook([sheet(name, [headers, ...rows])]);
    expect(r.mappings[0].registerSheet).toBe("Pipeline");
    expect(r.records.Pipeline.map((d) => d.expectedValue)).toEqual([200000, 150000, 90000]);
  });

  it("a policy list's Premium stays the policy's premium", () => {
    const r = importWorkbook([
      sheet("Policies", [
        ["Policy No", "Insured", "Product", "Premium", "Start Date"],
        ["P-1", "Ann Lee", "Term Life", 1200, "2024-01-02"],
        ["P-2", "Bo Chan", "Whole Life", 2400, "2024-02-03"],
        ["P-3", "Cy Wu", "Term Life", 900, "2024-03-04"],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(3);
    expect(r.records.Pipeline).toEqual([]);
  });
});
