/**
 * A visit log that holds visits not made yet (預定, 拜訪(預計), a date after the import): a person
 * counts them as when the client is to be seen next, not as visits made.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const CLIENTS: SourceCell[][] = [
  ["客戶姓名", "手機"],
  ["張志明", "0912-345-678"],
  ["吳宗憲", "0922-111-222"],
  ["潘玉如", "0933-222-333"],
  ["楊文雄", "0955-444-555"],
];
const HEADER = ["拜訪日期", "客戶", "方式", "目的", "討論重點", "後續行動", "下次拜訪日"];

function importVisits(rows: SourceCell[][], today = "2026-11-30") {
  return importWorkbook([sheet("客戶", CLIENTS), sheet("拜訪紀錄", [HEADER, ...rows])], {
    today,
  });
}

describe("a planned visit in a visit log", () => {
  const result = importVisits([
    ["2026/09/10", "張志明", "面訪", "保單健診", "醫療險保額不足", "寄送建議書", ""],
    ["2026/10/01", "吳宗憲", "電話", "生日問候", "年金規劃", "約面談", "2026/11/20"],
    ["2026/10/15", "張志明", "面訪", "預定：續保說明", "（預定拜訪，尚未執行）", "", ""],
    ["2026/06/01", "潘玉如", "拜訪(預計)", "客訴關懷", "", "", ""],
    ["2026/10/28", "楊文雄", "電話", "計劃書說明", "基金定期定額", "預計下週寄送建議書", ""],
  ]);
  const visits = result.records.Visits;

  it("is not imported as a visit that happened", () => {
    expect(visits.map((v) => v.visitOn)).toEqual(["2026-09-10", "2026-10-01", "2026-10-28"]);
  });

  it("becomes the next visit date of the client's visit before it", () => {
    expect(visits[0]).toMatchObject({ visitOn: "2026-09-10", nextVisitOn: "2026-10-15" });
    const issue = result.issues.find((i) => i.code === "import.planned-visit-next");
    expect(issue).toMatchObject({ sheet: "拜訪紀錄", row: 4, severity: "info" });
    expect(renderIssueMessage(issue!, "zh-TW")).toBe(
      "2026-10-15 的拜訪是預定的拜訪，尚未發生（標註為預定或預計）：其日期已記為第 2 列 2026-09-10 拜訪的下次拜訪日期。"
    );
    expect(renderIssueMessage(issue!, "zh-CN")).toContain("计划中的拜访");
    expect(renderIssueMessage(issue!, "en")).toContain("not one that happened");
  });

  it("with no visit before it, is left out and told in full, so nothing is lost", () => {
    const issue = result.issues.find((i) => i.code === "import.planned-visit-left-out");
    expect(issue).toMatchObject({ row: 5, severity: "warning" });
    expect(String(issue?.value)).toContain("拜訪(預計)");
    expect(String(issue?.value)).toContain("客訴關懷");
    expect(result.rows.find((r) => r.sheet === "拜訪紀錄" && r.row === 5)?.outcome).toBe("skipped");
  });

  it("is not read into a proposal (計劃書) or next steps that start with 預計", () => {
    expect(visits[2]).toMatchObject({ visitOn: "2026-10-28", purpose: "計劃書說明" });
  });
});

describe("a visit dated after the day of the import", () => {
  it("is planned; one with the same date as a visit's next visit date changes nothing", () => {
    const result = importVisits(
      [
        ["2026/10/01", "吳宗憲", "電話", "生日問候", "", "", "2026/12/20"],
        ["2026/12/20", "吳宗憲", "面訪", "年金規劃", "", "", ""],
      ],
      "2026-11-30"
    );
    expect(result.records.Visits).toHaveLength(1);
    expect(result.records.Visits[0].nextVisitOn).toBe("2026-12-20");
    const issue = result.issues.find((i) => i.code === "import.planned-visit-next");
    expect(renderIssueMessage(issue!, "en")).toContain("dated after the day of the import");
  });

  it("does not overwrite another next visit date: it is left out and told", () => {
    const result = importVisits(
      [
        ["2026/10/01", "吳宗憲", "電話", "生日問候", "", "", "2026/11/20"],
        ["2026/12/20", "吳宗憲", "面訪", "年金規劃", "", "", ""],
      ],
      "2026-11-30"
    );
    expect(result.records.Visits.map((v) => v.nextVisitOn)).toEqual(["2026-11-20"]);
    expect(result.issues.some((i) => i.code === "import.planned-visit-left-out")).toBe(true);
  });

  it("is a visit made when the import runs after it", () => {
    const result = importVisits(
      [["2026/12/20", "吳宗憲", "面訪", "年金規劃", "", "", ""]],
      "2027-01-05"
    );
    expect(result.records.Visits).toHaveLength(1);
  });
});
