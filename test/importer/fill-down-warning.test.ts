/**
 * A client named on the first row of its group only (blank below, as people write a schedule) is
 * filled down: told once per column and sheet with its count, not once per row.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function schedule(headers: string[], groups: [string, string][][]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  let n = 1000;
  for (const group of groups)
    group.forEach(([cover, premium], i) => {
      n++;
      rows.push([
        i === 0 ? group[0][0].split("|")[1] : null,
        `POL-${n}`,
        cover.split("|")[0],
        Number(premium),
      ]);
    });
  return rows;
}

describe("fill-down is told once per column", () => {
  const groups: [string, string][][] = [
    [
      ["Property|Ashdown Joinery Ltd", "1200"],
      ["Motor Fleet", "3400"],
      ["Employers' Liability", "800"],
    ],
    [
      ["Property|Kestrel Engineering Ltd", "2200"],
      ["Public Liability", "640"],
    ],
    [
      ["Cyber|Brackley Haulage Ltd", "450"],
      ["Motor Fleet", "5100"],
      ["Goods in Transit", "300"],
      ["Property", "900"],
    ],
  ];

  it("links every blank row to the client above and says so in one warning with its count (English)", () => {
    const rows = schedule(["Insured", "Policy No", "Line of Cover", "Premium"], groups);
    const r = importWorkbook([sheet("Schedule", rows)]);
    expect(r.records.Insurance).toHaveLength(9);
    expect(r.records.Clients).toHaveLength(3);
    expect(r.records.Insurance.every((p) => typeof p.clientId === "string")).toBe(true);
    const filled = r.issues.filter((i) => i.code === "import.column-filled-down");
    expect(filled).toHaveLength(1);
    expect(filled[0]).toEqual(
      expect.objectContaining({
        sheet: "Schedule",
        severity: "warning",
        row: 3,
        params: expect.objectContaining({ count: 6, first: 3, last: 10 }),
      })
    );
    expect(filled[0].message).toContain("A (Insured)");
    expect(r.issues.some((i) => i.code === "import.client-filled-down")).toBe(false);
  });

  it("says it once per sheet in a 简体 policy list too", () => {
    const rows = schedule(
      ["投保人", "保单号", "险种", "年缴保费"],
      [
        [
          ["意外险|张伟", "300"],
          ["医疗险", "1200"],
        ],
        [
          ["重疾险|李娜", "5000"],
          ["寿险", "8000"],
          ["医疗险", "900"],
        ],
      ]
    );
    const r = importWorkbook([sheet("保单", rows)]);
    const filled = r.issues.filter((i) => i.code === "import.column-filled-down");
    expect(filled).toHaveLength(1);
    expect(filled[0].params).toEqual(expect.objectContaining({ count: 3 }));
  });

  it("tells a range merged down a column once, as an info, and links its rows (繁體)", () => {
    const rows: SourceCell[][] = [
      ["要保人", "保單號碼", "險種", "年繳保費", "業務員"],
      ["林美華", "AB1000001", "終身壽險", 36000, "陳怡君"],
      [null, "AB1000002", "醫療險", 12000, null],
      [null, "AB1000003", "意外險", 3000, null],
      ["陳志明", "AB1000004", "醫療險", 9000, "林家豪"],
      [null, "AB1000005", "癌症險", 4000, null],
    ];
    const r = importWorkbook([sheet("保單", rows, ["A2:A4", "E2:E4", "A5:A6", "E5:E6"])]);
    expect(r.records.Insurance).toHaveLength(5);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["林美華", "陳志明"]);
    const merged = r.issues.filter((i) => i.code === "import.column-merged-down");
    expect(
      merged.map((i) => [i.severity, i.params?.count, i.params?.first, i.params?.last])
    ).toEqual([
      ["info", 3, 3, 6],
      ["info", 3, 3, 6],
    ]);
    expect(merged[0].message).toContain("A (要保人)");
    expect(merged[1].message).toContain("E (業務員)");
    // Merged cells are not blank: nothing was filled from the row above.
    expect(r.issues.some((i) => i.code === "import.column-filled-down")).toBe(false);
  });
});
