/**
 * The currency is decided per amount: one amount written in another currency ("USD 12,000" among
 * HK$ figures) keeps its own, is said and kept in notes, and never sets the currency of the row's
 * other amounts; a row that states its currency keeps it.
 */
import { importWorkbook } from "../../src/importer";
import { currencyPerAmount, type ColumnReader } from "../../src/importer/normalize-row";
import { renderMessage } from "../../src/register/messages";
import type { ImportIssue, SourceCell } from "../../src/importer/types";
import type { RegisterRecord } from "../../src/register/types";
import { sheet } from "./helpers";

function reader(label: string, currency?: string): ColumnReader {
  return { label, currency } as unknown as ColumnReader;
}

function decide(record: RegisterRecord, cells: [ColumnReader, SourceCell, string | null][]) {
  const said: { column: string; code: string; params: Record<string, unknown> }[] = [];
  const kept: string[] = [];
  currencyPerAmount(
    { hasCurrency: true },
    record,
    cells.map(([r, raw, written]) => ({ reader: r, raw, written })),
    (r, _raw, coded, severity: ImportIssue["severity"]) => {
      expect(severity).toBe("warning");
      said.push({ column: r.label, code: coded.code, params: coded.params ?? {} });
    },
    (r, raw) => kept.push(`${r.label}: ${String(raw)}`)
  );
  return { said, kept };
}

describe("a row with several amounts, one written in another currency", () => {
  it("keeps the row's currency its columns', and says the foreign one, kept in notes", () => {
    const record: RegisterRecord = { currency: null };
    const { said, kept } = decide(record, [
      [reader("C (市值)", "HKD"), "HK$ 500,000", "HKD"],
      [reader("D (成本)", "HKD"), "USD 12,000", "USD"],
      [reader("E (收益)", "HKD"), "8,000", null],
    ]);
    expect(record.currency).toBe("HKD");
    expect(said).toEqual([
      {
        column: "D (成本)",
        code: "value.other-currency-than-row",
        params: { value: "USD 12,000", written: "USD", currency: "HKD" },
      },
    ]);
    expect(kept).toEqual(["D (成本): USD 12,000"]);
  });

  it("takes the currency all its amounts are written in", () => {
    const record: RegisterRecord = { currency: null };
    const { said } = decide(record, [
      [reader("C", "HKD"), "EUR 1,000", "EUR"],
      [reader("D"), "€2,000", "EUR"],
    ]);
    expect(record.currency).toBe("EUR");
    expect(said.map((s) => s.code)).toEqual(["value.other-currency-row"]);
  });
});

describe("an asset list", () => {
  it("whose row states HKD keeps HKD; an amount written in USD is said and kept in notes", () => {
    const r = importWorkbook([
      sheet("Holdings", [
        ["Client", "Asset Type", "Market Value", "Currency"],
        ["Grace Lin", "Bond", "500,000", "HKD"],
        ["Grace Lin", "Fund", "USD 12,000", "港币"],
      ]),
    ]);
    expect(r.records.Assets.map((a) => [a.marketValue, a.currency])).toEqual([
      [500000, "HKD"],
      [12000, "港币"],
    ]);
    expect(String(r.records.Assets[1].notes)).toContain("USD 12,000");
    const said = r.issues.filter((i) => i.code === "value.other-currency-than-row");
    expect(said.map((i) => [i.row, i.params?.written, i.params?.currency])).toEqual([
      [3, "USD", "港币"],
    ]);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code!, said[0].params!, lang)).toContain("USD");
  });

  it("gives a bare figure in a column of HK$ amounts the column's currency", () => {
    const r = importWorkbook([
      sheet("Holdings", [
        ["Client", "Asset Type", "Market Value"],
        ["Grace Lin", "Bond", "HK$ 500,000"],
        ["Grace Lin", "Fund", "HK$ 1.2M"],
        ["Grace Lin", "Deposit", "30,000"],
      ]),
    ]);
    expect(r.records.Assets.map((a) => a.currency)).toEqual(["HKD", "HKD", "HKD"]);
    expect(r.issues.filter((i) => i.code?.startsWith("value.other-currency"))).toEqual([]);
  });
});
