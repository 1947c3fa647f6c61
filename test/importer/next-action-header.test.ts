/**
 * A visit log's 下次行動 / 下次行动 / "Next action" is what the visit leaves to do next: the
 * register's next steps (blind s7b: a Taiwanese agent's weekly log sent it to notes).
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

describe("a visit log's next action", () => {
  it.each(["下次行動", "下次行动", "Next action"])("%s → nextSteps", (header) => {
    const r = importWorkbook([
      sheet("拜訪紀錄", [
        ["日期", "客戶", "拜訪方式", "內容", header],
        ["2024-03-05", "林志明", "面談", "保單健檢", "送建議書"],
        ["2024-03-08", "陳美玲", "電話", "介紹醫療險", "約下週面談"],
        ["2024-03-09", "王大同", "LINE", "理賠協助", "等客戶回覆"],
      ]),
    ]);
    const column = r.mappings[0].columns.find((c) => c.header === header);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(column?.field).toBe("nextSteps");
    const visits = r.records.Visits as { nextSteps?: unknown }[];
    expect(visits.map((v) => v.nextSteps)).toEqual(["送建議書", "約下週面談", "等客戶回覆"]);
  });
});
