/**
 * Values a person reads with care: an organisation's credit code and its check character, an
 * amount written in another currency than its column's, a planned visit with no visit before it.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage, renderMessage } from "../../src/register/messages";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { visitStatus } from "../../src/register/workflow";
import { sheet } from "./helpers";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  const r = importWorkbook([
    sheet("客户名单", [
      ["客户名称", "统一社会信用代码/身份证号", "手机"],
      ["杭州恒瑞精密机械有限公司", "91330106MA2B1X7K3Q", "13805711234"],
      ["北京某科技有限公司", "91350100M000100Y43", "13805710001"],
      ["杭州市城东第二中学", "12330100470123456X", "13867005566"],
      ["李秀英", "33010219580301202X", "13900001111"],
    ]),
  ]);
  const warnings = (code: string) => r.issues.filter((i) => i.params?.problem === code);

  it("a wrong check character is a warning naming sheet, row and column; the code is kept", () => {
    // Two codes of one column with a wrong check character: one issue for the column, naming both rows.
    const [both] = warnings("value.credit-code-checksum");
    expect(both).toMatchObject({
      sheet: "客户名单",
      row: null,
      column: "B (统一社会信用代码/身份证号)",
      severity: "warning",
      params: { count: 2, rows: "2, 4" },
    });
    expect(warnings("value.credit-code-checksum")).toHaveLength(1);
    expect(r.records.Clients.map((c) => c.idNumber)).toEqual([
      "91330106MA2B1X7K3Q",
      "91350100M000100Y43",
      "12330100470123456X",
      "33010219580301202X",
    ]);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("value.credit-code-checksum", { value: "X" }, lang)).toMatch(/GB 32100/);
  });

  it("a school's code is not checked as a personal ID; a right code and a right ID say nothing", () => {
    expect(warnings("value.id-number-checksum")).toEqual([]);
    expect(r.issues.filter((i) => i.row === 3 || i.row === 5)).toEqual([]);
  });
});

describe("a planned visit whose client has no earlier visit", () => {
  const CLIENTS = [
    ["客戶姓名", "手機"],
    ["張志明", "0912-345-678"],
    ["潘玉如", "0933-222-333"],
  ];
  const result = importWorkbook(
    [
      sheet("客戶", CLIENTS),
      sheet("拜訪紀錄", [
        ["拜訪日期", "客戶", "方式", "目的"],
        ["2026/12/20", "張志明", "面訪", "續保說明"],
        ["2026/06/01", "潘玉如", "面訪", "預定：客訴關懷"],
      ]),
    ],
    { today: "2026-11-30" }
  );

  it("dated ahead, is kept on its date, where the register reads it as the next visit planned, not one made", () => {
    expect(result.records.Visits.map((v) => [v.visitOn, v.purpose])).toEqual([
      ["2026-12-20", "續保說明"],
    ]);
    const issue = result.issues.find((i) => i.code === "import.planned-visit-kept");
    expect(issue).toMatchObject({ sheet: "拜訪紀錄", row: 2, severity: "info" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderIssueMessage(issue!, lang)).toContain("2026-12-20");
    expect(result.rows.find((r) => r.sheet === "拜訪紀錄" && r.row === 2)?.outcome).toBe(
      "imported"
    );
    const [zhang] = visitStatus(result.records, DEFAULT_SETTINGS, "2026-11-30");
    expect(zhang).toMatchObject({ lastVisitOn: null, nextVisitOn: "2026-12-20", notVisited: true });
  });

  it("dated on or before the import day, is left out and told in full, as before", () => {
    const issue = result.issues.find((i) => i.code === "import.planned-visit-left-out");
    expect(issue).toMatchObject({ row: 3, severity: "warning" });
    expect(String(issue?.value)).toContain("客訴關懷");
  });
});
