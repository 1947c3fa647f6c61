/**
 * A renewal book keeps its running policies on one sheet and the earlier terms the renewals
 * replaced on another, each beside the number of the policy that took its place. A person imports
 * the running policies only: the replaced terms would add each renewed policy again.
 */
import { importWorkbook } from "../../src/importer";
import { replacedBy } from "../../src/importer/replaced-records";
import type { ColumnMapping } from "../../src/importer/types";
import { sheet } from "./helpers";

const running = sheet("有效保單", [
  ["要保人", "保險公司", "保單號碼", "生效日"],
  ["林怡君", "富邦產險", "1200AB0000101", "2026-03-01"],
  ["陳志明", "富邦產險", "1200AB0000102", "2026-04-12"],
  ["王美玲", "國泰產險", "5500CD0000201", "2026-05-20"],
  ["張家豪", "新光產險", "7700EF0000301", "2026-06-02"],
]);
const replaced = sheet("舊期", [
  ["要保人", "保險公司", "保單號碼", "生效日", "續保後保單號碼"],
  ["林怡君", "富邦產險", "1100AB0000011", "2025-03-01", "1200AB0000101"],
  ["陳志明", "富邦產險", "1100AB0000012", "2025-04-12", "1200AB0000102"],
  ["王美玲", "國泰產險", "5400CD0000021", "2025-05-20", "5500CD0000201"],
]);

describe("earlier terms kept beside the policies that replaced them", () => {
  it("are not imported: each renewed policy is imported once, from the running sheet", () => {
    const result = importWorkbook([running, replaced]);
    const old = result.mappings.find((m) => m.sheet === "舊期");
    expect(old?.registerSheet).toBeNull();
    expect(old?.reasonCoded?.code).toBe("sheet.why.replaced");
    expect(old?.reasonCoded?.params).toMatchObject({ sheet: "有效保單", header: "續保後保單號碼" });
    expect(result.mappings.find((m) => m.sheet === "有效保單")?.registerSheet).toBe("Insurance");
    expect(result.records.Insurance).toHaveLength(4);
  });

  it("a running list naming the term each policy renews (an earlier one) stays", () => {
    const renewing = sheet("本期", [
      ["要保人", "保險公司", "保單號碼", "生效日", "原保單號碼"],
      ["林怡君", "富邦產險", "1200AB0000101", "2026-03-01", "1100AB0000011"],
      ["陳志明", "富邦產險", "1200AB0000102", "2026-04-12", "1100AB0000012"],
      ["王美玲", "國泰產險", "5500CD0000201", "2026-05-20", "5400CD0000021"],
    ]);
    const earlier = sheet("上期", [
      ["要保人", "保險公司", "保單號碼", "生效日"],
      ["林怡君", "富邦產險", "1100AB0000011", "2025-03-01"],
      ["陳志明", "富邦產險", "1100AB0000012", "2025-04-12"],
      ["王美玲", "國泰產險", "5400CD0000021", "2025-05-20"],
    ]);
    const result = importWorkbook([renewing, earlier]);
    expect(result.mappings.find((m) => m.sheet === "本期")?.registerSheet).toBe("Insurance");
  });
});

describe("replacedBy", () => {
  const column = (letter: string, header: string, field: string | null): ColumnMapping => ({
    index: letter.charCodeAt(0) - 64,
    letter,
    header,
    field,
    confidence: field ? 1 : 0,
    source: field ? "alias" : "none",
    samples: [],
  });
  const live = {
    sheet: "Live",
    registerSheet: "Insurance" as const,
    columns: [column("A", "Policy no", "policyNo"), column("B", "Start", "startDate")],
    values: [
      ["P-201", "P-202", "P-203"],
      ["2026-01-10", "2026-02-11", "2026-03-12"],
    ],
  };
  const old = {
    sheet: "Old",
    registerSheet: "Insurance" as const,
    columns: [
      column("A", "Policy no", "policyNo"),
      column("B", "Start", "startDate"),
      column("C", "Renewed as", null),
    ],
    values: [
      ["P-101", "P-102", "P-103"],
      ["2025-01-10", "2025-02-11", "2025-03-12"],
      ["P-201", "P-202", "P-203"],
    ],
  };

  it("names the sheet whose later records the rows point at", () => {
    expect(replacedBy(old, [live, old])).toEqual({ by: "Live", column: "Renewed as", rows: 3 });
    expect(replacedBy(live, [live, old])).toBeNull();
  });

  it("needs the pointed-at records to start later", () => {
    const sameDay = { ...old, values: [old.values[0], live.values[1], old.values[2]] };
    expect(replacedBy(sameDay, [live, sameDay])).toBeNull();
  });

  it("needs the rows' own numbers to be other records than the ones pointed at", () => {
    const again = { ...old, values: [live.values[0], old.values[1], old.values[2]] };
    expect(replacedBy(again, [live, again])).toBeNull();
  });

  it("needs numbers of records of its own (no policy number, no link)", () => {
    const unnumbered = { ...old, columns: [column("A", "Ref", null), ...old.columns.slice(1)] };
    expect(replacedBy(unnumbered, [live, unnumbered])).toBeNull();
  });
});
