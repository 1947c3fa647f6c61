/**
 * A visit sheet writing the plan beside what happened (计划 日期/方式 | 实际 日期/方式/内容, "Planned
 * Date" | "Actual Date", 預計拜訪日期 | 實際拜訪日期): a visit happened on its actual date, by its
 * actual method; a row with only the plan filled is a visit still planned, never one made.
 */
import { importWorkbook } from "../../src/importer";
import { planTwins } from "../../src/importer/plan-actual";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { parseRange, sheet } from "./helpers";

const TODAY = "2026-12-01";

function visitsOf(r: ReturnType<typeof importWorkbook>) {
  const nameOf = (id: unknown) => r.records.Clients.find((c) => c.clientId === id)?.name;
  return r.records.Visits.map((v) => [nameOf(v.clientId), v.visitOn, v.method, v.nextVisitOn]);
}

describe("a two-row header: 计划 (日期, 方式) over 实际 (日期, 方式, 内容)", () => {
  const rows: SourceCell[][] = [
    ["客户", "客户经理", "计划", null, "实际", null, null],
    [null, null, "日期", "方式", "日期", "方式", "内容"],
    ["杭州远景科技", "周敏", "2026-10-08", "上门拜访", "2026-10-09", "技术交流", "介绍方案"],
    ["宁波海星贸易", "陈刚", "2026-10-12", "电话", "2026-10-12", "电话", "催款"],
    ["杭州远景科技", "周敏", "2026-11-05", "商务宴请", "", "", ""],
    ["温州鼎盛鞋业", "陈刚", "2026-11-20", "上门拜访", "2026-11-22", "上门拜访", "续约"],
    ["宁波海星贸易", "陈刚", "2026-11-15", "展会", "", "", "待安排"],
  ];
  const book = {
    ...sheet("拜访记录", rows),
    merges: ["A1:A2", "B1:B2", "C1:D1", "E1:G1"].map(parseRange),
  };
  const r = importWorkbook([book], { today: TODAY });

  it("dates and names each visit by what happened, not by the plan", () => {
    expect(visitsOf(r)).toEqual([
      ["杭州远景科技", "2026-10-09", "tech-exchange", "2026-11-05"],
      ["宁波海星贸易", "2026-10-12", "phone", "2026-11-15"],
      ["温州鼎盛鞋业", "2026-11-22", "visit", null],
    ]);
    const first = r.records.Visits[0];
    expect(first.keyPoints).toBe("介绍方案");
    expect(first.notes).toContain("上门拜访");
  });

  it("reads a row with only the plan filled as a planned visit, even when its date has passed", () => {
    const said = r.issues.filter((i) => i.code === "import.planned-visit-next");
    expect(said.map((i) => i.row)).toEqual([5, 7]);
    expect(said[0].params).toMatchObject({ why: "reason.planned-not-done" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("reason.planned-not-done", {}, lang)).not.toBe(
        "reason.planned-not-done"
      );
    expect(r.summary.rejected).toBe(0);
  });

  it("says in the mapping which column is the plan and which what happened", () => {
    const cols = r.mappings[0].columns;
    expect(cols.map((c) => c.field)).toEqual([
      "clientName",
      null,
      null,
      null,
      "visitOn",
      "method",
      "keyPoints",
    ]);
    expect(cols[2].reasons?.[0]?.code).toBe("map.why.plan-twin");
    expect(cols[4].reasons?.some((x) => x.code === "map.why.actual-over-plan")).toBe(true);
  });
});

describe("the same in other scripts and spellings", () => {
  it("English single headers: Planned Date | Planned Method | Actual Date | Actual Method", () => {
    const rows: SourceCell[][] = [
      ["Client", "Planned Date", "Planned Method", "Actual Date", "Actual Method", "Notes"],
      ["Harbor Foods Ltd", "2026-10-02", "Visit", "2026-10-03", "Phone", "pricing"],
      ["Crestline Metals", "2026-10-10", "Meeting", "", "", ""],
      ["Harbor Foods Ltd", "2026-11-14", "Visit", "", "", ""],
      ["Crestline Metals", "2026-09-01", "Visit", "2026-09-02", "Visit", "intro"],
    ];
    const r = importWorkbook([sheet("Visits", rows)], { today: TODAY });
    expect(visitsOf(r)).toEqual([
      ["Harbor Foods Ltd", "2026-10-03", "phone", "2026-11-14"],
      ["Crestline Metals", "2026-09-02", "visit", "2026-10-10"],
    ]);
  });

  it("繁體: 預計拜訪日期 beside 實際拜訪日期; a plan with no visit before it is left out, said", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "預計拜訪日期", "實際拜訪日期", "拜訪方式", "拜訪內容"],
      ["永豐精機股份有限公司", "2026/10/05", "2026/10/06", "面訪", "新品介紹"],
      ["台中聯合貿易", "2026/10/20", "", "電話", ""],
      ["永豐精機股份有限公司", "2026/11/30", "", "面訪", ""],
    ];
    const r = importWorkbook([sheet("拜訪紀錄", rows)], { today: TODAY });
    expect(visitsOf(r)).toEqual([["永豐精機股份有限公司", "2026-10-06", "visit", "2026-11-30"]]);
    const left = r.issues.filter((i) => i.code === "import.planned-visit-left-out");
    expect(left.map((i) => i.row)).toEqual([3]);
    expect(left[0].value).toContain("台中聯合貿易");
  });

  it("简体: an unmarked 拜访日期 beside 计划拜访日期 is what happened", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "计划拜访日期", "拜访日期", "拜访方式", "拜访内容"],
      ["杭州远景科技", "2026-10-05", "2026-10-06", "上门拜访", "新品介绍"],
      ["杭州远景科技", "2026-11-25", "", "上门拜访", ""],
    ];
    const r = importWorkbook([sheet("拜访", rows)], { today: TODAY });
    expect(visitsOf(r)).toEqual([["杭州远景科技", "2026-10-06", "visit", "2026-11-25"]]);
  });
});

describe("plan/actual twins are found by their words only", () => {
  it("pairs a plan with the same header marked actual or unmarked, and nothing else", () => {
    expect(planTwins(["计划 日期", "计划 方式", "实际 日期", "实际 方式"])).toEqual([
      { plan: 0, actual: 2 },
      { plan: 1, actual: 3 },
    ]);
    expect(planTwins(["Scheduled Date", "Date", "Owner"])).toEqual([{ plan: 0, actual: 1 }]);
    // 计划书 is a proposal, and a plan with no twin pairs with nothing.
    expect(planTwins(["客户", "日期", "下次计划日期"])).toEqual([]);
    expect(planTwins(["Plan Type", "Date"])).toEqual([]);
  });
});
