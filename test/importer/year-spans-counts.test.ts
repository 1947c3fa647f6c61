/**
 * What values say a column is not: a span of years (a school year, a lease year, 2024-2025) is no
 * phone, whatever its digits and dash look like; whole numbers under Comments count the comments
 * and are no remark.
 */
import { importWorkbook } from "../../src/importer";
import { isYearSpan } from "../../src/importer/profile";
import type { ImportResult } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, profilesOf, sheet, table } from "./helpers";

function fieldOf(r: ImportResult, header: string): string | null | undefined {
  for (const m of r.mappings) {
    const c = m.columns.find((col) => col.header === header);
    if (c) return c.field;
  }
  return undefined;
}

describe("a span of years", () => {
  it.each(["2024-2025", "2024/25", "2023–24", "2019~2021", "2024 - 2025", "2024至2025"])(
    "%s is a span of years",
    (text) => expect(isYearSpan(text)).toBe(true)
  );
  it.each(["2345-6789", "2025-2024", "1990-2030", "0571-8888", "2024-05", "2024"])(
    "%s is not",
    (text) => expect(isYearSpan(text)).toBe(false)
  );

  it("is counted as no phone", () => {
    const [years] = profilesOf([["Year"], ...Array.from({ length: 8 }, () => ["2024-2025"])]);
    expect(years.phone).toBe(0);
  });

  it("a list's lease year is left to notes, never taken for its phone", () => {
    const people = INVENTED_PEOPLE.en;
    const r = importWorkbook([
      sheet(
        "Residents",
        table(
          ["Resident", "Email", "LeaseYear"],
          8,
          (_, i, k) => [people[i], `r${i}@example.com`, i < 6 ? "2024-2025" : "2025-2026"][k]
        )
      ),
    ]);
    expect(fieldOf(r, "LeaseYear")).toBeNull();
    expect(r.records.Clients.every((c) => c.phone === null || c.phone === undefined)).toBe(true);
  });
});

describe("whole numbers under a remarks header", () => {
  it.each([
    ["Comments", ["2", "3", "null", "1", "1", "null", "2", "3"]],
    ["备注", [1, 0, 2, 1, 3, 0, 1, 2]],
  ])("%s holding counts is no remark", (header, counts) => {
    const people = INVENTED_PEOPLE.en;
    const r = importWorkbook([
      sheet(
        "Sheet1",
        table(
          ["Name", "Email", header],
          8,
          (_, i, k) => [people[i], `p${i}@example.com`, counts[i]][k]
        )
      ),
    ]);
    expect(fieldOf(r, header)).toBeNull();
  });

  it("remarks in words stay remarks, a number among them or not", () => {
    const people = INVENTED_PEOPLE.en;
    const notes = ["call back", "VIP", "2", "moved", "prefers email", "null", "late payer", "ok"];
    const r = importWorkbook([
      sheet(
        "Sheet1",
        table(
          ["Name", "Email", "Comments"],
          8,
          (_, i, k) => [people[i], `p${i}@example.com`, notes[i]][k]
        )
      ),
    ]);
    expect(fieldOf(r, "Comments")).toBe("notes");
  });
});

describe("a band's code under an amount's header", () => {
  const firms = INVENTED_COMPANIES["zh-CN"].slice(0, 10);
  function directory(revenueHeader: string) {
    return importWorkbook([
      sheet(
        "企业名录",
        table(
          ["单位名称", "联系人", "开业时间", revenueHeader],
          firms.length,
          (_, i, k) =>
            [firms[i], INVENTED_PEOPLE["zh-CN"][i], String(1985 + i * 3), (i * 7) % 11][k]
        )
      ),
    ]);
  }

  it("whole numbers 0–10 under 营业收入 are a size bracket, not the firm's revenue", () => {
    const r = directory("营业收入");
    expect(fieldOf(r, "营业收入")).toBeNull();
    expect(fieldOf(r, "开业时间")).toBe("foundedYear");
    expect(r.records.Clients[1].foundedYear).toBe(1988);
  });

  it("under a header stating a large unit they are amounts", () => {
    expect(fieldOf(directory("营业收入(亿元)"), "营业收入(亿元)")).toBe("annualRevenue");
  });
});
