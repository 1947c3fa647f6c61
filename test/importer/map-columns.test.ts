import type { HeaderColumn } from "../../src/importer/detect-table";
import { mapColumns } from "../../src/importer/map-columns";
import type { SheetKey } from "../../src/register/types";
import type { SourceCell } from "../../src/importer/types";

function columns(
  headers: string[],
  values: SourceCell[][] = []
): { header: HeaderColumn; values: SourceCell[] }[] {
  return headers.map((text, i) => ({
    header: { index: i + 1, text, candidates: text ? [text] : [] },
    values: values[i] ?? ["x"],
  }));
}

function map(
  sheet: SheetKey,
  headers: string[],
  overrides: Record<string, string> = {},
  values: SourceCell[][] = []
) {
  return mapColumns({
    sheetName: "S",
    registerSheet: sheet,
    columns: columns(headers, values),
    overrides: new Map(Object.entries(overrides)),
  });
}

describe("mapColumns", () => {
  it("maps exact aliases in three languages with confidence 1", () => {
    const r = map("Clients", ["客户名称", "電話", "E-mail", "Date of Birth"]);
    expect(r.columns.map((c) => [c.field, c.confidence, c.source])).toEqual([
      ["name", 1, "alias"],
      ["phone", 1, "alias"],
      ["email", 1, "alias"],
      ["birthday", 1, "alias"],
    ]);
    expect(r.columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D"]);
  });

  it("strips units from headers and hands the unit to the column", () => {
    const r = map("Clients", ["年通信消费（万元）", "Annual Revenue ($)"]);
    expect(r.columns[0]).toMatchObject({
      field: "annualRevenue",
      confidence: 1,
      unitMultiplier: 10000,
    });
    // The second revenue column finds no free field: annualRevenue is taken by the first.
    expect(r.columns[1].field).not.toBe("annualRevenue");
    const ins = map("Insurance", ["保額(萬)", "金额（亿元）"]);
    expect(ins.columns[0]).toMatchObject({ field: "sumInsured", unitMultiplier: 10000 });
  });

  it("matches near spellings with a confidence below 1", () => {
    const r = map("Clients", ["客户名称（全称）", "Adress", "联系电话1"]);
    expect(r.columns[0].field).toBe("name");
    expect(r.columns[1].field).toBe("address");
    expect(r.columns[2].field).toBe("phone");
    for (const c of r.columns) {
      expect(c.source).toBe("fuzzy");
      expect(c.confidence).toBeGreaterThanOrEqual(0.6);
      expect(c.confidence).toBeLessThan(1);
    }
  });

  it("gives each field to one column only, the best match winning", () => {
    const r = map("Clients", ["联系电话1", "电话"]);
    expect(r.columns[1]).toMatchObject({ field: "phone", confidence: 1 });
    expect(r.columns[0].field).not.toBe("phone");
  });

  it("keeps unmatched columns unmapped and reports each with an info issue", () => {
    const r = map("Clients", ["客户名称", "来源渠道"], {}, [["a"], ["网点"]]);
    expect(r.columns[1]).toMatchObject({ field: null, source: "none" });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: "info", column: "B (来源渠道)" });
    expect(r.issues[0].message).toContain("notes");
  });

  it("keeps unmapped columns of sheets without notes as extra columns", () => {
    const r = map("Pipeline", ["Prospect", "Region"], {}, [["a"], ["North"]]);
    expect(r.issues[0].message).toContain('extra column "Region"');
  });

  it("applies caller overrides, including '-' to unmap", () => {
    const r = map("Clients", ["Kunde", "电话"], { kunde: "name", 电话: "-" });
    expect(r.columns[0]).toMatchObject({ field: "name", confidence: 1, source: "override" });
    expect(r.columns[1]).toMatchObject({ field: null, source: "override" });
  });

  it("reports an override naming an unknown field and ignores it", () => {
    const r = map("Clients", ["Kunde"], { kunde: "nonsense" });
    expect(r.columns[0].field).toBeNull();
    expect(r.issues.some((i) => i.severity === "error" && i.message.includes("nonsense"))).toBe(
      true
    );
  });

  it("recognises a running-number column and does not import it", () => {
    const r = map("Clients", ["序号", "客户名称"], {}, [
      [1, 2, "合计", 3],
      ["a", "b", null, "c"],
    ]);
    expect(r.columns[0]).toMatchObject({ field: null, source: "row-number" });
    const notNumbers = map("Clients", ["序号", "客户名称"], {}, [
      [3, 1, 2],
      ["a", "b", "c"],
    ]);
    expect(notNumbers.columns[0].source).toBe("none");
  });

  it("offers the client's name as a link column on child sheets", () => {
    const r = map("Insurance", ["投保人", "险种"]);
    expect(r.columns[0].field).toBe("clientName");
  });

  it("lists up to three sample values", () => {
    const r = map("Clients", ["客户名称"], {}, [[null, "a", "b", "c", "d"]]);
    expect(r.columns[0].samples).toEqual(["a", "b", "c"]);
  });
});
