/**
 * Figures kept in notes keep the unit the sheet states for them: a balance report titled
 * "…（单位：万元）" with one column per asset class writes "存款: 338.55万元" in the client's and the
 * asset's notes, not a bare 338.55 a person would take for yuan; the classes' total too. A header
 * that states its own unit keeps its own.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function report(title: string, headers: readonly string[]): SourceCell[][] {
  return [
    [title],
    [...headers],
    ["KH10231", "罗海燕", 338.55, 12.5, "", 351.05, "R2"],
    ["KH10232", "林超", 100, 64.82, 126.22, 291.04, "R5"],
    ["KH10233", "董娜", 50.5, 0, 3, 53.5, "R1"],
    ["KH10234", "周建国", 20, 5, 8, 33, "R3"],
  ];
}

const notesOf = (r: ReturnType<typeof importWorkbook>) => r.records.Clients.map((c) => c.notes);

describe("a report whose title states the unit", () => {
  it.each([
    [
      "2026年11月 客户资产配置（单位：万元）",
      ["客户号", "客户姓名", "存款", "基金", "保险", "合计", "风险等级"],
      "万元",
    ],
    [
      "2026年11月 客戶資產配置(單位：萬元)",
      ["客戶編號", "客戶姓名", "存款", "基金", "保險", "合計", "風險等級"],
      "萬元",
    ],
  ] as const)("%s: figures in notes keep the unit", (title, headers, unit) => {
    const r = importWorkbook([sheet("配置", report(title, headers))]);
    const [deposit, fund, insurance, total] = headers.slice(2, 6);
    expect(notesOf(r)[0]).toContain(`${deposit}: 338.55${unit}`);
    expect(notesOf(r)[0]).toContain(`${fund}: 12.5${unit}`);
    expect(notesOf(r)[1]).toContain(`${insurance}: 126.22${unit}`);
    expect(notesOf(r)[0]).toContain(`${total}: 351.05${unit}`);
    // The amounts themselves are read in the unit.
    const first = r.records.Assets.filter((a) => a.clientId === "KH10231");
    expect(first.map((a) => a.marketValue).sort()).toEqual([125000, 3385500]);
    expect(first.map((a) => a.notes)).toContain(`${deposit}: 338.55${unit}`);
    // A text beside figures is no figure: no unit is added to it.
    expect(notesOf(r).join(" ")).not.toMatch(/R\d万|R\d萬/);
  });

  it("a header that states its own unit keeps its own, written once", () => {
    const rows = report("客户资产配置（单位：万元）", [
      "客户号",
      "客户姓名",
      "存款（元）",
      "基金",
      "保险",
      "合计",
      "风险等级",
    ]);
    const r = importWorkbook([sheet("配置", rows)]);
    expect(notesOf(r)[0]).toContain("存款（元）: 338.55");
    expect(notesOf(r)[0]).not.toContain("338.55万元");
    expect(notesOf(r)[0]).toContain("基金: 12.5万元");
  });

  it("a report without a stated unit writes its figures as they are", () => {
    const r = importWorkbook([
      sheet(
        "配置",
        report("2026年11月 客户资产配置", [
          "客户号",
          "客户姓名",
          "存款",
          "基金",
          "保险",
          "合计",
          "风险等级",
        ])
      ),
    ]);
    expect(notesOf(r)[0]).toContain("存款: 338.55;");
  });
});
