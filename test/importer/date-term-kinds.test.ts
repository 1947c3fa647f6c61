/**
 * What a date or a count of years means once its header is read whole: a renewal's issue date is
 * when the renewal was issued, never the expiry ("renewal date" is); "Years Prior Insurance" looks
 * back, never the policy's term; a column of calendar years (a =YEAR() of a date) is no term.
 * Invented policy lists in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

function policies(header: string[], cell: (col: number, i: number) => SourceCell): SourceCell[][] {
  const rows: SourceCell[][] = [header];
  for (let i = 0; i < 8; i++) rows.push(header.map((_, c) => cell(c, i)));
  return rows;
}

const field = (rows: SourceCell[][], header: string) => {
  const r = importWorkbook([sheet("Policies", rows)]);
  expect(r.mappings[0].registerSheet).toBe("Insurance");
  return r.mappings[0].columns.find((c) => c.header === header)?.field ?? null;
};

describe("a renewal's issue date", () => {
  const cases: [string, string[]][] = [
    ["en", ["Policy Number", "Insured Name", "Renewal Issue Date", "Premium"]],
    ["en, issued", ["Policy No", "Insured", "Premium", "Renewal Issued On"]],
  ];
  for (const [label, header] of cases) {
    it(`is no expiry date (${label})`, () => {
      const date = header.findIndex((h) => /Issue/.test(h));
      const rows = policies(header, (c, i) =>
        c === 0
          ? `PN-${4400 + i}`
          : c === 1
            ? ["Ava Stone", "Ben Ortiz", "Cleo Park", "Dev Rai"][i % 4]
            : c === date
              ? `2025-${pad((i % 12) + 1)}-01`
              : 1200 + i * 35
      );
      expect(field(rows, header[date])).not.toBe("expiryDate");
    });
  }

  it("leaves a plain renewal date the expiry", () => {
    const header = ["Policy Number", "Insured Name", "Renewal Date", "Premium"];
    const rows = policies(header, (c, i) =>
      c === 0 ? `PN-${4400 + i}` : c === 1 ? "Ava Stone" : c === 2 ? `2026-${pad(i + 1)}-01` : 900
    );
    expect(field(rows, "Renewal Date")).toBe("expiryDate");
  });
});

describe("years that are no term", () => {
  const prior: [string, string[]][] = [
    ["en", ["Policy Number", "Insured Name", "Premium", "Years Prior Insurance"]],
    ["简体", ["保单号", "被保人", "保费", "此前投保年数"]],
    ["繁體", ["保單號碼", "被保人", "保費", "此前投保年數"]],
  ];
  for (const [label, header] of prior) {
    it(`a count of years looking back is no term (${label})`, () => {
      const rows = policies(header, (c, i) =>
        c === 0
          ? `P${77000 + i}`
          : c === 1
            ? ["王小明", "李美玲"][i % 2]
            : c === 2
              ? 3000 + i
              : (i % 9) + 1
      );
      expect(field(rows, header[3])).not.toBe("termYears");
    });
  }

  const years: [string, string[]][] = [
    ["en", ["Policy Number", "Insured Name", "Premium", "year"]],
    ["简体", ["保单号", "被保人", "保费", "Years"]],
  ];
  for (const [label, header] of years) {
    it(`calendar years down a column are no term, and say so (${label})`, () => {
      const rows = policies(header, (c, i) =>
        c === 0
          ? `P${77000 + i}`
          : c === 1
            ? ["王小明", "李美玲"][i % 2]
            : c === 2
              ? 3000 + i
              : 2018 + (i % 8)
      );
      const r = importWorkbook([sheet("Policies", rows)]);
      const column = r.mappings[0].columns[3];
      expect(column.field).not.toBe("termYears");
      expect(r.records.Insurance.every((p) => (p.termYears ?? null) === null)).toBe(true);
      const reason = column.reasons?.find((x) => x.code === "map.why.calendar-years");
      expect(reason).toBeDefined();
      for (const lang of ["en", "zh-CN", "zh-TW"] as const)
        expect(renderMessage("map.why.calendar-years", reason?.params ?? {}, lang)).not.toMatch(
          /\{/
        );
    });
  }

  it("a term in years stays the term", () => {
    const header = ["Policy Number", "Insured Name", "Premium", "Term (years)"];
    const rows = policies(header, (c, i) =>
      c === 0 ? `P${77000 + i}` : c === 1 ? "Ava Stone" : c === 2 ? 3000 + i : [10, 15, 20][i % 3]
    );
    expect(field(rows, "Term (years)")).toBe("termYears");
  });
});
