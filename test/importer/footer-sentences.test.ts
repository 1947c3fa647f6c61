/**
 * A footer sentence under a list that totals it — "以上合計 4 戶", "合计：4户，其中个人3户",
 * "以上共計4位客戶，保費合計28000元", "Total of 4 clients above" — is a total row, skipped with its
 * reason, even with a sum beside it; a name that only contains a total word, or a number, stays a
 * client.
 */
import { importWorkbook } from "../../src/importer";
import { isTotalLabel } from "../../src/importer/classify-rows";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const rows = (headers: readonly string[], footer: string): SourceCell[][] => [
  [...headers],
  ["陳怡君", "0912345601", "台北市信義路1號", 12000],
  ["林志明", "0912345602", "台中市西區2號", 8000],
  ["王美玲", "0912345603", "高雄市苓雅區3號", 5000],
  ["張家豪", "0912345604", "台南市東區4號", 3000],
  [footer, "", "", 28000],
];

describe("a footer sentence totalling the list", () => {
  it.each([
    [["客戶姓名", "手機", "地址", "年繳保費"], "以上合計 4 戶"],
    [["客戶姓名", "手機", "地址", "年繳保費"], "以上共計4位客戶，保費合計28000元"],
    [["客户姓名", "手机", "地址", "年缴保费"], "合计：4户，其中个人3户，企业1户"],
    [["客户姓名", "手机", "地址", "年缴保费"], "本页小计 4 人"],
    [["Client Name", "Mobile", "Address", "Annual Premium"], "Total of 4 clients above"],
    [["Client Name", "Mobile", "Address", "Annual Premium"], "Grand total: 4 policies, 1 lapsed"],
  ] as const)("%j … %s is skipped as a total, not a client", (headers, footer) => {
    const r = importWorkbook([sheet("Clients", rows(headers, footer))]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["陳怡君", "林志明", "王美玲", "張家豪"]);
    expect(r.summary).toMatchObject({ imported: 4, skipped: 1, rejected: 0 });
    expect(r.issues.some((i) => i.code === "import.row-skipped" && i.row === 6)).toBe(true);
  });

  it("names holding a total word or a number are still names", () => {
    for (const name of [
      "合计电子有限公司",
      "Total Fitness 24 Ltd",
      "Total Energies Marketing 2 Pte",
    ])
      expect(isTotalLabel(name)).toBe(false);
    for (const footer of ["以上合計 52 戶", "合计：52户，其中…", "Total of 52 clients"])
      expect(isTotalLabel(footer)).toBe(true);
  });
});
