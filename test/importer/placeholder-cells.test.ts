/**
 * "-", "--", "—", "/", "无", "暂无", "N/A", "null" in a cell mean "nothing here" in any column (企查查
 * and 天眼查 exports write "-" for every missing value): an empty cell, not a bad e-mail or a note.
 * Where the mark is one of a field's own answers (无 to a yes/no question) it is still read.
 */
import { importWorkbook } from "../../src/importer";
import { isEmptyMark } from "../../src/importer/normalize/cell";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("placeholder cells", () => {
  const rows: SourceCell[][] = [
    ["企业名称", "电话", "邮箱", "网址", "更多电话", "所属行业"],
    ["甲乙科技有限公司", "021-55550001", "-", "—", "-", "软件"],
    ["丙丁贸易有限公司", "021-55550002", "info@bingding.example", "/", "13800001111", "--"],
    ["戊己实业有限公司", "N/A", "暂无", "null", "无", "制造业"],
  ];
  const r = importWorkbook([sheet("企业", rows)]);
  const [a, b, c] = r.records.Clients;

  it("reads them as empty cells in mapped fields", () => {
    expect(a.email).toBeNull();
    expect(b.email).toBe("info@bingding.example");
    expect(c.email).toBeNull();
    expect(c.phone).toBeNull();
    expect(b.industry).toBeNull();
    expect(a.industry).toBe("软件");
  });

  it("puts no placeholder in notes and raises no issue about one", () => {
    expect(String(a.notes ?? "")).not.toMatch(/: (-|—)(;|$)/);
    expect(String(c.notes ?? "")).not.toMatch(/null|无/);
    expect(String(b.notes ?? "")).toContain("13800001111");
    const noisy = r.issues.filter(
      (i) => i.row !== null && typeof i.value === "string" && isEmptyMark(i.value)
    );
    expect(noisy).toEqual([]);
  });

  it("still reads 无 as an answer to a yes/no question", () => {
    const w = importWorkbook([
      sheet("客户", [
        ["客户名称", "手机号码", "是否集团客户"],
        ["甲乙科技有限公司", "13800002222", "无"],
        ["丙丁贸易有限公司", "13800003333", "是"],
      ]),
    ]);
    expect(w.records.Clients.map((x) => x.groupClient)).toEqual([false, true]);
  });

  it("knows the marks, and leaves names and words alone", () => {
    for (const mark of ["-", "--", "—", "/", "无", "暂无", "N/A", "n/a", "null", " - "])
      expect(isEmptyMark(mark)).toBe(true);
    for (const text of ["Na", "无锡", "-5", "N/A Ltd", "a-b", "", 0])
      expect(isEmptyMark(text)).toBe(false);
  });
});
