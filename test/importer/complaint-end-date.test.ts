/**
 * A complaint with no status whose case ended on a date is closed (Date Closed, 结案日期) or resolved
 * (Resolution Date), said once for the sheet; a status a person wrote is kept. A lunch or a 饭局
 * with a client is a business event.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("a complaint's status from the date its case ended", () => {
  const log = (endHeader: string): SourceCell[][] => [
    ["Ref", "Client", "Date Received", "Summary", "Status", endHeader],
    ["CR-01", "Harrowgate Logistics Ltd", "04/02/2025", "Invoice charged twice", "", "18/02/2025"],
    ["CR-02", "Kowloon Bay Trading Limited", "11/03/2025", "Late statement", "Open", ""],
    ["CR-03", "Pemberton & Hale LLP", "20/03/2025", "Card declined abroad", "", ""],
    ["CR-04", "St Mary's Hospital", "01/04/2025", "Wrong fee", "In progress", "30/04/2025"],
  ];

  it("Date Closed filled and Status empty: closed; no date and no status: open; a written status is kept", () => {
    const r = importWorkbook([sheet("Complaints", log("Date Closed"))]);
    expect(r.mappings[0].columns[5].field).toBe("resolvedOn");
    expect(r.records.Complaints.map((c) => c.status ?? null)).toEqual([
      "closed",
      "open",
      "open",
      "in-progress",
    ]);
    const opened = r.issues.filter((i) => i.code === "import.open-without-end-date");
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ severity: "info", row: null, field: "status" });
    const said = r.issues.filter((i) => i.code === "import.closed-from-end-date");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", row: null, field: "status" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code ?? "", said[0].params ?? {}, lang)).toContain(
        said[0].column ?? "?"
      );
  });

  it("a resolution date without a status column means resolved", () => {
    const rows: SourceCell[][] = [
      ["投诉编号", "客户名称", "受理日期", "投诉内容", "处理完成日期"],
      ["T001", "杭州云栖智造有限公司", "2025-03-01", "发票开错", "2025-03-05"],
      ["T002", "钱塘港务集团有限公司", "2025-03-02", "账单延迟", ""],
    ];
    const r = importWorkbook([sheet("投诉记录", rows)]);
    expect(r.mappings[0].columns[4].field).toBe("resolvedOn");
    expect(r.records.Complaints.map((c) => c.status ?? null)).toEqual(["resolved", "open"]);
    expect(r.issues.filter((i) => i.code === "import.resolved-from-end-date")).toHaveLength(1);
    expect(r.issues.filter((i) => i.code === "import.open-without-end-date")).toHaveLength(1);
  });

  it("no note when every dated case already has its status", () => {
    const rows = log("Date Closed").map((row, i) =>
      i === 1 ? [...row.slice(0, 4), "Closed", row[5]] : row
    );
    const r = importWorkbook([sheet("Complaints", rows)]);
    expect(r.records.Complaints[0].status).toBe("closed");
    expect(r.issues.some((i) => i.code === "import.closed-from-end-date")).toBe(false);
  });
});

describe("a meal with a client", () => {
  it("Lunch, Dinner, 饭局 and 餐叙 are business events", () => {
    const rows: SourceCell[][] = [
      ["拜访日期", "客户名称", "拜访方式", "拜访目的"],
      ["2025-10-02", "杭州云栖智造有限公司", "Lunch", "续约"],
      ["2025-10-09", "杭州云栖智造有限公司", "Dinner", "续约"],
      ["2025-10-16", "钱塘港务集团有限公司", "饭局", "引荐"],
      ["2025-10-23", "钱塘港务集团有限公司", "餐叙", "引荐"],
      ["2025-10-30", "钱塘港务集团有限公司", "上门", "签约"],
    ];
    const r = importWorkbook([sheet("拜访记录", rows)]);
    expect(r.mappings[0].columns[2].field).toBe("method");
    expect(r.records.Visits.map((v) => v.method)).toEqual([
      "business-event",
      "business-event",
      "business-event",
      "business-event",
      "visit",
    ]);
  });
});
