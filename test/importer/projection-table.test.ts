/**
 * A policy's facts beside its year-by-year projection (a benefit illustration): a key–value block
 * (product, start date, age, sum insured, premium term…) and, after an empty column, a table whose
 * rows count up a year at a time (policy year, age, calendar year) beside premiums, cash values and
 * benefits. A person reads the block as the policy and the table as its illustration, never as
 * records. Invented sheets in English, 简体 and 繁體, in different column orders and gaps.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Illustration {
  facts: [string, SourceCell][];
  /** The projection's headers; `cell(header, year)` gives each cell (year counts from 1). */
  header: string[];
  cell: (header: string, year: number) => SourceCell;
  years: number;
  /** Empty columns between the facts and the projection. */
  gap?: number;
}

/** The facts in A:B (one pair a row), the projection from the column after the gap, both from row 1. */
function illustration({ facts, header, cell, years, gap = 1 }: Illustration): SourceCell[][] {
  const rows: SourceCell[][] = [];
  const at = 2 + gap;
  for (let r = 0; r <= years; r++) {
    const row: SourceCell[] = new Array(at + header.length).fill(null);
    if (r < facts.length) [row[0], row[1]] = facts[r];
    header.forEach((h, c) => {
      row[at + c] = r === 0 ? h : cell(h, r);
    });
    rows.push(row);
  }
  return rows;
}

const paid = (year: number, premium: number, term: number) => Math.min(year, term) * premium;

const EN: Illustration = {
  facts: [
    ["Plan", "Evergreen Whole Life"],
    ["Start Date", new Date(Date.UTC(2016, 3, 12))],
    ["Age", 34],
    ["Sum Assured", 250000],
    ["Premium Term", 20],
    ["Annual Premium", 3100],
  ],
  header: [
    "Policy Year",
    "Age",
    "Annual Premium",
    "Total Premiums Paid",
    "Cash Value",
    "Death Benefit",
  ],
  cell: (h, y) =>
    h === "Policy Year"
      ? y
      : h === "Age"
        ? 33 + y
        : h === "Annual Premium"
          ? y <= 20
            ? 3100
            : 0
          : h === "Total Premiums Paid"
            ? paid(y, 3100, 20)
            : h === "Cash Value"
              ? Math.round(paid(y, 3100, 20) * 0.7 + y * y * 12)
              : 250000,
  years: 60,
};

const CN: Illustration = {
  facts: [
    ["产品名称", "福满终身寿险"],
    ["生效日期", new Date(Date.UTC(2019, 6, 1))],
    ["投保年龄", 30],
    ["基本保额", 500000],
    ["缴费期间", 10],
    ["年缴保费", 18000],
  ],
  // Calendar year first, then age, then the policy year: the order does not matter.
  header: ["公历年", "年龄", "保单年度", "当年保费", "现金价值", "身故保险金"],
  cell: (h, y) =>
    h === "公历年"
      ? 2018 + y
      : h === "年龄"
        ? 29 + y
        : h === "保单年度"
          ? y
          : h === "当年保费"
            ? y <= 10
              ? 18000
              : 0
            : h === "现金价值"
              ? Math.round(paid(y, 18000, 10) * 0.8 + y * 500)
              : 500000,
  years: 75,
  gap: 2,
};

const TW: Illustration = {
  facts: [
    ["商品名稱", "安泰還本終身壽險"],
    ["開始日", new Date(Date.UTC(2005, 8, 20))],
    ["年齡", 3],
    ["終止年齡", 99],
    ["繳期別", 20],
    ["保額", 400000],
    ["宣告利率", 0.0225],
  ],
  header: ["保單年度", "年齡", "西元年", "保費", "一般身故", "意外身故", "生存領回金"],
  cell: (h, y) =>
    h === "保單年度"
      ? y
      : h === "年齡"
        ? 2 + y
        : h === "西元年"
          ? 2004 + y
          : h === "保費"
            ? y <= 20
              ? 9800
              : 0
            : h === "生存領回金"
              ? y === 97
                ? 400000
                : 0
              : 400000,
  years: 97,
};

describe("a policy's facts beside its year-by-year projection", () => {
  const cases: [string, Illustration, { start: string; sum: number }][] = [
    ["en", EN, { start: "2016-04-12", sum: 250000 }],
    ["简体", CN, { start: "2019-07-01", sum: 500000 }],
    ["繁體", TW, { start: "2005-09-20", sum: 400000 }],
  ];
  for (const [label, ill, want] of cases) {
    it(`reads the facts as one policy and the projection as no records (${label})`, () => {
      const r = importWorkbook([sheet("Plan", illustration(ill))]);
      expect(r.records.Insurance).toHaveLength(1);
      const policy = r.records.Insurance[0];
      expect(policy.startDate).toBe(want.start);
      expect(policy.sumInsured).toBe(want.sum);
      // The product's name is kept (a type word in it, or the notes).
      expect(`${policy.type ?? ""} ${policy.notes ?? ""}`).toMatch(/\S/);

      const form = r.mappings.find((m) => m.registerSheet === "Insurance");
      expect(form?.formRows?.[0]).toBe(1);
      expect(form?.headerRows).toEqual([]);
      const projection = r.mappings.find((m) => m.registerSheet === null);
      expect(projection?.reasonCoded?.code).toBe("sheet.why.projection");
      for (const lang of ["en", "zh-CN", "zh-TW"] as const)
        expect(
          renderMessage("sheet.why.projection", projection?.reasonCoded?.params ?? {}, lang)
        ).not.toMatch(/\{/);
      // Every year of the projection is accounted, none imported.
      const years = r.rows.filter((row) => row.sheet === "Plan" && row.outcome === "imported");
      expect(years).toHaveLength(1);
      expect(r.summary.imported + r.summary.merged + r.summary.skipped + r.summary.rejected).toBe(
        r.summary.sourceRows
      );
    });
  }

  it("reads a projection alone, one axis beside figures that accumulate, as no records", () => {
    const rows: SourceCell[][] = [["Year", "Premium", "Account Value", "Surrender Value"]];
    for (let y = 1; y <= 30; y++)
      rows.push([y, 1500, Math.round(1500 * y * 1.03 ** y), Math.round(1400 * y * 1.02 ** y)]);
    const r = importWorkbook([sheet("Illustration", rows)]);
    expect(r.records.Insurance ?? []).toHaveLength(0);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.projection");
  });

  it("never takes a list of policies for a projection (a serial beside names)", () => {
    const names = ["Ava Stone", "Ben Ortiz", "Cleo Park", "Dev Rai", "Eli Moss", "Fay Chen"];
    const rows: SourceCell[][] = [
      ["No.", "Policy Number", "Insured Name", "Sum Insured", "Premium"],
    ];
    for (let i = 1; i <= 24; i++)
      rows.push([i, `PN-${7300 + i}`, `${names[i % 6]} ${i}`, 100000 + i * 5000, 900 + i * 40]);
    const r = importWorkbook([sheet("Policies", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(24);
  });

  it("never takes figures by serial number for a projection when nothing accumulates", () => {
    const rows: SourceCell[][] = [["序号", "金额", "评分"]];
    const amounts = [300, 120, 980, 45, 610, 220, 700, 90, 400, 515, 60, 830];
    amounts.forEach((a, i) => rows.push([i + 1, a, (i * 7) % 10]));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].reasonCoded?.code).not.toBe("sheet.why.projection");
  });
});

describe("a form's labels", () => {
  it("may include labels no field has, among field words (繳期別, 宣告利率)", () => {
    const r = importWorkbook([sheet("保單", illustration({ ...TW, years: 12 }))]);
    const form = r.mappings.find((m) => m.formRows !== undefined);
    expect(form?.registerSheet).toBe("Insurance");
    expect(r.records.Insurance[0].notes ?? "").toContain("繳期別");
  });
});

describe("a list of fields explained in sentences", () => {
  it("is no form: each value describes its label (an import's instructions)", () => {
    const rows: SourceCell[][] = [
      ["字段说明："],
      ["姓名", "客户姓名，必填，不超过50个字"],
      ["手机号码", "客户手机，可选，11位数字"],
      ["生日", "客户生日，可选，格式：YYYY-MM-DD"],
      ["邮箱", "电子邮箱，可选，例如：a@b.cn"],
      ["推荐人", "推荐人的姓名，可选，用于查找会员"],
    ];
    const r = importWorkbook([sheet("说明", rows)]);
    expect(r.mappings.some((m) => m.formRows !== undefined)).toBe(false);
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("leaves a client card whose address has commas a form", () => {
    const rows: SourceCell[][] = [
      ["Name", "Priya Natarajan"],
      ["Mobile", "+44 7700 900311"],
      ["Email", "priya.n@example.com"],
      ["Address", "Flat 2, 14 Elm Road, Leeds"],
      ["Birthday", "1984-03-02"],
    ];
    const r = importWorkbook([sheet("Card", rows)]);
    expect(r.mappings[0].formRows).toEqual([1, 5]);
    expect(r.records.Clients).toHaveLength(1);
    expect(r.records.Clients[0].name).toBe("Priya Natarajan");
  });
});
