/**
 * A sheet holding a header and no row under it (a log not yet written to, a template tab) holds
 * nothing to import: it feeds no register sheet, whatever its headers sound like, and says so in
 * one line in the register's language.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const MEMBERS: SourceCell[][] = [
  ["姓名", "手機", "生日"],
  ["陳怡君", "0912-345-678", "1985/03/02"],
  ["林志豪", "0922-111-333", "1990/11/20"],
  ["黃美華", "0933-222-444", "1978/07/15"],
];

const EMPTY: [string, string[]][] = [
  ["English visit log", ["time", "member_id", "action", "message"]],
  ["繁體 拜訪紀錄", ["拜訪日期", "客戶名稱", "拜訪方式", "談話重點"]],
  ["简体 保单清单", ["保单号", "投保人", "险种", "保费"]],
];

describe("a sheet with a header and no rows", () => {
  for (const [label, header] of EMPTY) {
    it(`feeds no register sheet (${label})`, () => {
      const r = importWorkbook([sheet("members", MEMBERS), sheet("log", [header])]);
      const log = r.mappings.find((m) => m.sheet === "log");
      expect(log?.registerSheet).toBeNull();
      expect(log?.kind).toBe("empty");
      expect(r.records.Clients).toHaveLength(3);
      expect(r.summary.imported).toBe(3);
    });
  }

  it("says why in English, 简体 and 繁體", () => {
    const r = importWorkbook([sheet("members", MEMBERS), sheet("log", [EMPTY[0][1]])]);
    const line = (lang: "en" | "zh-CN" | "zh-TW") =>
      mappingLines(r.mappings, lang).find((l) => l.startsWith("log")) ?? "";
    expect(line("en")).toContain("no rows under it");
    expect(line("zh-CN")).toContain("没有数据行");
    expect(line("zh-TW")).toContain("沒有資料列");
  });

  it("a sheet with one row under its header is still read", () => {
    const r = importWorkbook([
      sheet("log", [EMPTY[1][1], ["2026/03/01", "陳怡君", "電話", "約下週見面"]]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.records.Visits).toHaveLength(1);
  });
});
