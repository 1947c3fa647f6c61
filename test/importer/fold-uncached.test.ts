/**
 * Data cells are folded past foldHeader's cache (each is folded once; cached, they filled and
 * churned it). The uncached fold must be the same fold, or a repeated header would be missed.
 */
import fc from "fast-check";
import { classifyRows } from "../../src/importer/classify-rows";
import { matchForm, matchFormUncached } from "../../src/importer/header-match";
import { foldHeader, foldHeaderUncached } from "../../src/register/catalog";
import type { ColumnMapping, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const WORDS = [
  "客戶名稱",
  "客户名称",
  "ＰＨＯＮＥ",
  "E-mail：",
  " 聯絡 電話 ",
  "Ｎａｍｅ",
  "备注（其他）",
  "㈱",
];

describe("folding a data cell past the cache", () => {
  it("folds every text as the cached fold does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...WORDS),
          fc.string(),
          fc.string({ unit: "grapheme", maxLength: 12 })
        ),
        (text) => {
          expect(foldHeaderUncached(text)).toBe(foldHeader(text));
          expect(matchFormUncached(text)).toBe(matchForm(text));
        }
      ),
      { numRuns: 3_000 }
    );
  });

  it("still finds a header repeated in the other script and in full width among many distinct rows", () => {
    const headers = ["客户名称", "联系电话", "电子邮箱"];
    const mappings: ColumnMapping[] = headers.map((header, i) => ({
      index: i + 1,
      letter: String.fromCharCode(65 + i),
      header,
      field: ["name", "phone", "email"][i],
      confidence: 1,
      source: "alias",
      samples: [],
    }));
    // More distinct texts than the classifier's own memo keeps, so the later ones are folded anew.
    const rows: SourceCell[][] = Array.from({ length: 6_000 }, (_, i) => [
      `客户${i}`,
      `1380000${String(i).padStart(4, "0")}`,
      `c${i}@example.com`,
    ]);
    rows[5_500] = ["客戶名稱", "聯絡電話", "電子郵箱"];
    rows[5_800] = ["客户 名称", "联系电话：", "电子邮箱"];
    const kinds = classifyRows({
      sheet: sheet("客户", [headers, ...rows]),
      firstDataRow: 2,
      lastDataRow: rows.length + 1,
      headerTexts: headers,
      mappings,
      fieldTypes: ["text", "phone", "email"],
      nameColumn: 0,
      keyColumns: [0],
      personColumns: new Set([1, 2]),
      contactNameColumn: null,
    }).map((r) => r.kind);
    expect(kinds.filter((k) => k === "repeated-header")).toHaveLength(2);
    expect(kinds[5_500]).toBe("repeated-header");
    expect(kinds[5_800]).toBe("repeated-header");
    expect(kinds.filter((k) => k === "data")).toHaveLength(5_998);
  });
});
