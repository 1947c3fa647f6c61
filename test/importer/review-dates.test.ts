/**
 * A client list's last and next dates of contact (Last Review / Next Review, 最近拜访 / 下次回访,
 * 上次拜訪日期 / 下次追蹤) are a visit of the client: the last date a visit on that day, the next its
 * nextVisitOn, or a visit planned on that day when the row gives no last date. Not notes. All
 * values invented.
 */
import { importWorkbook } from "../../src/importer";
import { reviewDateRole } from "../../src/importer/review-date-columns";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("headers that name the last or the next contact", () => {
  it.each([
    "Last Review",
    "Last QBR",
    "Last review date",
    "Most recent visit",
    "Date of last meeting",
    "最近拜访",
    "上次回访",
    "最近一次拜访日期",
    "上次拜訪日期",
  ])("%s is the last contact", (header) => {
    expect(reviewDateRole(header)).toBe("last");
  });

  it.each([
    "Next Review",
    "Next QBR",
    "Follow-up Date",
    "Next meeting date",
    "下次回访",
    "下次拜訪日期",
    "下次跟进",
  ])("%s is the next contact due", (header) => {
    expect(reviewDateRole(header)).toBe("next");
  });

  it.each([
    "Last Active",
    "Last Name",
    "Review",
    "Next steps",
    "Date Registered",
    "上次购买",
    "拜访方式",
  ])("%s is neither", (header) => {
    expect(reviewDateRole(header)).toBeNull();
  });
});

describe("a review tracker's dates become the clients' visits", () => {
  const rows: SourceCell[][] = [
    ["Client", "Advisor", "Last Review", "Next Review", "AUM ($k)"],
    ["Harper, James", "JRH", "2026-09-14", "2027-03-14", 1250],
    ["Okafor, Patricia", "MLK", "2026-10-02", "2027-01-02", 880],
    ["Lindqvist, Erik", "JRH", "", "2027-02-20", 410],
    ["Moreau, Claire", "MLK", "not yet", "", 95],
    ["Tanaka, Ken", "JRH", "", "", 300],
  ];

  it("the last date is a visit on that day, the next its next visit date", () => {
    const r = importWorkbook([sheet("Data", rows)]);
    const harper = r.records.Clients.find((c) => c.name === "Harper, James");
    const visits = r.records.Visits.filter((v) => v.clientId === harper?.clientId);
    expect(visits).toHaveLength(1);
    expect(visits[0].visitOn).toBe("2026-09-14");
    expect(visits[0].nextVisitOn).toBe("2027-03-14");
    expect(visits[0].purpose).toBe("Last Review");
    expect(String(harper?.notes ?? "")).not.toContain("2026-09-14");
  });

  it("a row with only the next date gives a visit planned on that day", () => {
    const r = importWorkbook([sheet("Data", rows)]);
    const erik = r.records.Clients.find((c) => c.name === "Lindqvist, Erik");
    const visits = r.records.Visits.filter((v) => v.clientId === erik?.clientId);
    expect(visits).toHaveLength(1);
    expect(visits[0].visitOn).toBe("2027-02-20");
    expect(visits[0].purpose).toBe("Next Review");
  });

  it("a cell that is no date stays in the client's notes, and a row with no date gives no visit", () => {
    const r = importWorkbook([sheet("Data", rows)]);
    const claire = r.records.Clients.find((c) => c.name === "Moreau, Claire");
    expect(String(claire?.notes)).toContain("Last Review: not yet");
    expect(r.records.Visits.filter((v) => v.clientId === claire?.clientId)).toHaveLength(0);
    const ken = r.records.Clients.find((c) => c.name === "Tanaka, Ken");
    expect(r.records.Visits.filter((v) => v.clientId === ken?.clientId)).toHaveLength(0);
    expect(r.records.Visits).toHaveLength(3);
  });

  it("the mapping says where the columns go, and one note counts the visits", () => {
    const r = importWorkbook([sheet("Data", rows)]);
    const columns = r.mappings[0].columns;
    const last = columns.find((c) => c.header === "Last Review");
    expect(last?.reasons?.[0]?.code).toBe("map.why.review-date");
    expect(last?.reasons?.[0]?.params?.field).toBe("visitOn");
    const next = columns.find((c) => c.header === "Next Review");
    expect(next?.reasons?.[0]?.params?.field).toBe("nextVisitOn");
    const note = r.issues.find((i) => i.code === "import.visits-from-review-dates");
    expect(note?.params?.count).toBe(3);
    expect(r.issues.some((i) => i.code === "map.unmapped-notes" && i.value === "Last Review")).toBe(
      false
    );
  });
});

describe("a CRM's stamps of its last contact", () => {
  const people = ["Thandi Mokoena", "Pieter Steyn", "Lerato Khumalo", "Johan Botha", "Anele Dube"];
  const stamp = (day: number, seconds: number) =>
    new Date(Date.UTC(2025, 9, day, 8, 14, seconds, 398));

  it("written to the second by the system beside its Loaded and Modified stamps: no visits", () => {
    const rows: SourceCell[][] = [["Name", "Cell", "Loaded", "Modified", "Last Contacted"]];
    people.forEach((p, i) =>
      rows.push([p, `08255510${10 + i}`, stamp(1 + i, 4), stamp(3 + i, 33), stamp(9 + i, 17 + i)])
    );
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(r.records.Clients).toHaveLength(people.length);
    expect(r.records.Visits ?? []).toHaveLength(0);
    const column = r.mappings[0].columns.find((c) => c.header === "Last Contacted");
    expect(column?.reasons?.map((x) => x.code) ?? []).not.toContain("map.why.review-date");
  });

  it("written as the day a person noted: a visit on that day", () => {
    const rows: SourceCell[][] = [["Name", "Cell", "Last Contacted"]];
    people.forEach((p, i) => rows.push([p, `08255510${10 + i}`, `2025-10-0${1 + i}`]));
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(r.records.Visits).toHaveLength(people.length);
  });
});

describe("in Chinese lists, day-first and month-first decided by the column", () => {
  it("简体: 最近拜访 / 下次回访 with dotted and 年月日 dates", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "客户经理", "最近拜访", "下次回访"],
      ["苏州华达精工有限公司", "王磊", "2025.6.30", "2025年9月30日"],
      ["无锡恒新材料有限公司", "李娜", "2025年5月8日", "2025.8.8"],
      ["常州远景电气有限公司", "王磊", 45838, ""],
    ];
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    const byName = (n: string) => r.records.Clients.find((c) => c.name === n);
    const visitsOf = (n: string) =>
      r.records.Visits.filter((v) => v.clientId === byName(n)?.clientId);
    expect(visitsOf("苏州华达精工有限公司")[0]).toMatchObject({
      visitOn: "2025-06-30",
      nextVisitOn: "2025-09-30",
      purpose: "最近拜访",
    });
    expect(visitsOf("常州远景电气有限公司")[0]?.visitOn).toBe("2025-06-30");
  });

  it("繁體: 上次拜訪日期 with ROC years", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "手機", "上次拜訪日期", "下次拜訪日期"],
      ["陳志明", "0912-345-678", "114/03/05", "114/06/05"],
      ["林美玲", "0922-456-789", "114/04/18", "114/07/18"],
      ["黃建華", "0933-567-890", "113/12/01", "114/03/01"],
    ];
    const r = importWorkbook([sheet("客戶名單", rows)], { phoneRegion: "TW" });
    const chen = r.records.Clients.find((c) => c.name === "陳志明");
    const visit = r.records.Visits.find((v) => v.clientId === chen?.clientId);
    expect(visit).toMatchObject({ visitOn: "2025-03-05", nextVisitOn: "2025-06-05" });
  });

  it("English with day-first dates: a 13..31 in the first place decides the column", () => {
    const rows: SourceCell[][] = [
      ["Name", "Phone", "Last visit", "Follow-up Date"],
      ["Aisha Rahman", "+60 12-345 6789", "03/04/2025", "03/07/2025"],
      ["Daniel Lee", "+60 12-456 7890", "21/02/2025", "21/05/2025"],
      ["Mei Tan", "+60 12-567 8901", "15/01/2025", "15/04/2025"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const aisha = r.records.Clients.find((c) => c.name === "Aisha Rahman");
    const visit = r.records.Visits.find((v) => v.clientId === aisha?.clientId);
    expect(visit).toMatchObject({ visitOn: "2025-04-03", nextVisitOn: "2025-07-03" });
  });
});

describe("when the workbook keeps its visits", () => {
  it("a Visits sheet of its own is the record: the client list's review dates stay in notes", () => {
    const clients: SourceCell[][] = [
      ["Client", "Phone", "Last Review"],
      ["Harper, James", "+1 415 555 0101", "2026-09-14"],
      ["Okafor, Patricia", "+1 415 555 0102", "2026-10-02"],
    ];
    const visits: SourceCell[][] = [
      ["Client", "Visit date", "Purpose"],
      ["Harper, James", "2026-09-14", "Annual review"],
      ["Okafor, Patricia", "2026-10-02", "Rebalance"],
    ];
    const r = importWorkbook([sheet("Clients", clients), sheet("Visits", visits)]);
    expect(r.records.Visits).toHaveLength(2);
    expect(r.issues.some((i) => i.code === "import.visits-from-review-dates")).toBe(false);
  });
});

describe("a compliance list reviews the file, not the client", () => {
  it("a KYC list's last_review_date is no visit; a visit date on such a list still is", () => {
    const rows: SourceCell[][] = [
      [
        "client_id",
        "client_name",
        "last_review_date",
        "is_pep",
        "number_of_ubos",
        "last_visit_date",
      ],
      ["CLI000001", "Zeelander Partners B.V.", "2024-03-01", "False", 2, "2024-05-06"],
      ["CLI000002", "Northwind Group Holding B.V.", "2023-11-15", "True", 4, ""],
      ["CLI000003", "Lindenhof Services Inc.", "2024-01-20", "False", 1, ""],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Visits).toHaveLength(1);
    expect(r.records.Visits[0]).toMatchObject({
      visitOn: "2024-05-06",
      purpose: "last_visit_date",
    });
    const first = r.records.Clients.find((c) => c.clientId === "CLI000001");
    expect(String(first?.notes)).toContain("last_review_date: 2024-03-01");
  });

  it("反洗钱 / 尽职调查 columns mark a compliance list too (简体)", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "尽职调查等级", "上次复核日期", "反洗钱风险"],
      ["苏州华达精工有限公司", "简化", "2024-03-01", "低"],
      ["无锡恒新材料有限公司", "标准", "2024-02-11", "中"],
    ];
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(r.records.Visits).toHaveLength(0);
  });
});
