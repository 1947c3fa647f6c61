/**
 * A workbook's lookup tab (字典, 下拉選項, Lists) holds the choices of its drop-downs: a few short
 * columns of category words (C1 | 保守型 | R1). None of its rows is a client, even when a column is
 * headed like a name.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const ZH = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "孙强", "周丽", "吴军"];

function clients(headers: string[], levels: string[]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  ZH.forEach((n, i) => rows.push([n, `1391234${5600 + i}`, levels[i % levels.length]]));
  return rows;
}

describe("lookup tabs", () => {
  it.each([
    [
      "简体 字典",
      "字典",
      ["风险等级", "对应类型", "可购买产品"],
      [
        ["C1", "保守型", "R1"],
        ["C2", "保守型", "R1-R2"],
        ["C3", "稳健型", "R1-R3"],
        ["C4", "积极型", "R1-R4"],
        ["C5", "积极型", "R1-R5"],
      ],
    ],
    [
      "繁體 下拉選項",
      "下拉選項",
      ["客戶名稱", "風險屬性", "來源"],
      [
        ["保守型", "C1", "轉介紹"],
        ["穩健型", "C3", "陌生開發"],
        ["積極型", "C5", "講座"],
      ],
    ],
    [
      "English Lists",
      "Lists",
      ["Name", "Risk Profile", "Segment"],
      [
        ["Conservative", "C1", "Retail"],
        ["Balanced", "C3", "Affluent"],
        ["Aggressive", "C5", "Private"],
      ],
    ],
  ])("%s: no client comes from the lookup tab", (_l, tab, headers, rows) => {
    const r = importWorkbook([
      sheet("客户", clients(["姓名", "手机", "风险等级"], ["C1", "C3", "C5"])),
      sheet(tab, [headers, ...rows]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(ZH);
    const lookup = r.mappings.find((m) => m.sheet === tab);
    expect(lookup).toMatchObject({ registerSheet: null, kind: "lookup" });
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === tab);
    expect(issue).toBeDefined();
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderIssueMessage(issue!, lang);
      expect(text).toContain(tab);
      expect(text).not.toMatch(/sheet\.why|\{name\}/);
    }
  });

  it("a tab named like a list of clients is still read as clients", () => {
    const r = importWorkbook([
      sheet("Client List", clients(["Name", "Mobile", "Risk"], ["C1", "C3"])),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(10);
  });

  it("a tab named Lists that holds people's phones is not taken for a lookup", () => {
    const r = importWorkbook([sheet("Lists", clients(["Name", "Mobile", "Risk"], ["C1", "C3"]))]);
    expect(r.mappings[0].kind).not.toBe("lookup");
    expect(r.records.Clients).toHaveLength(10);
  });
});
