/**
 * Two rows of one client in one sheet, each dated by the day its facts were true (风险测评日期,
 * 更新日期, "As of"): the later day's values are current; the earlier ones go to notes.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const ZH = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"];
const IDS = ["C001", "C002", "C003", "C004", "C005", "C006"];

function ledger(headers: string[], risks: [string, string], laterFirst: boolean): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  ZH.forEach((n, i) => rows.push([IDS[i], n, risks[0], `2026-0${1 + i}-10`]));
  // 张伟 re-tested: a later row (or an earlier one, listed first) for the same id.
  const retest: SourceCell[] = [IDS[2], ZH[2], risks[1], "2026-10-08"];
  if (laterFirst) rows.splice(1, 0, retest);
  else rows.push(retest);
  return rows;
}

describe("the later row of one client wins", () => {
  it.each([
    ["简体", ["客户编号", "客户姓名", "风险等级", "风险测评日期"], ["保守型", "积极型"]],
    ["繁體", ["客戶編號", "客戶姓名", "風險屬性", "更新日期"], ["保守型", "積極型"]],
    [
      "English",
      ["Client ID", "Client Name", "Risk Profile", "As of"],
      ["Conservative", "Aggressive"],
    ],
  ])("%s: the later-dated row's risk profile is kept", (_l, headers, risks) => {
    for (const laterFirst of [false, true]) {
      const r = importWorkbook([
        sheet("台账", ledger(headers, risks as [string, string], laterFirst)),
      ]);
      expect(r.records.Clients).toHaveLength(6);
      const zhang = r.records.Clients.find((c) => c.name === "张伟");
      expect(zhang?.riskProfile).toBe("aggressive");
      expect(String(zhang?.notes)).toMatch(/conservative/i);
      if (!laterFirst) {
        const issue = r.issues.find((i) => i.code === "link.later-row");
        expect(issue).toBeDefined();
        for (const lang of ["en", "zh-CN", "zh-TW"] as const)
          expect(renderIssueMessage(issue!, lang)).toContain("2026-10-08");
        expect(r.issues.some((i) => i.code === "link.conflict" && i.field === "riskProfile")).toBe(
          false
        );
      }
    }
  });

  it("without a date of the facts the first row still wins", () => {
    const rows = ledger(
      ["客户编号", "客户姓名", "风险等级", "开户日期"],
      ["保守型", "积极型"],
      false
    );
    const r = importWorkbook([sheet("客户", rows)]);
    const zhang = r.records.Clients.find((c) => c.name === "张伟");
    expect(zhang?.riskProfile).toBe("conservative");
    expect(r.issues.some((i) => i.code === "link.later-row")).toBe(false);
  });
});
