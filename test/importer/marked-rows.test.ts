/**
 * Rows of a client list whose name says they are no client: the staff's test entries typed among
 * the clients ("test kiran", "Samina Test", "test2", "Journey Test User", a CRM's "(Sample
 * Contact)", 测试2), accounts kept but marked DO NOT USE (请勿使用), and a name left out as XXX.
 * A business whose name holds the word (Test Kitchen Bistro, Testing Services) stays a client.
 * Invented rows in en, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { isMaskedName, isTestName, isUnusedAccountName } from "../../src/importer/hint-rows";
import { renderIssueMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function skippedFor(r: ImportResult, reason: string): number[] {
  return r.issues
    .filter((i) => i.code === "import.row-skipped" && i.params?.reason === reason)
    .map((i) => i.row as number);
}

describe("names that mark a row as a test, a closed account or no one", () => {
  it("tells a test entry from a name holding the word", () => {
    for (const name of [
      "test kiran",
      "Samina Test",
      "test2",
      "Test 3",
      "TEST-Russ",
      "Referral Test",
      "Journey Test User",
      "Test Customer QR",
      "Clearwell Test Contact",
      "Maria Jonsen (Sample Contact)",
      "测试2",
      "測試 A",
      "王芳（测试客户）",
    ])
      expect([name, isTestName(name)]).toEqual([name, true]);
    for (const name of [
      "Test Kitchen Bistro",
      "Summit Testing Services",
      "Rahul Tester",
      "Bob the Baker (SAMPLE)",
      "Sample & Sons",
      "robert.test@example.net",
      "检测试剂公司",
      "測試儀器行",
    ])
      expect([name, isTestName(name)]).toEqual([name, false]);
  });

  it("tells a closed account and a left-out name", () => {
    for (const name of ["***DO NOT USE", "DO NOT USE - USE # 31801", "请勿使用", "舊帳號 請勿使用"])
      expect(isUnusedAccountName(name)).toBe(true);
    for (const name of ["Donut Use Bakery", "Use Right Tools", "勿忘我花店"])
      expect(isUnusedAccountName(name)).toBe(false);
    for (const name of ["XXX", "xx", "× × ×"]) expect(isMaskedName(name)).toBe(true);
    for (const name of ["X", "王XX", "Xu Xiang", "XXL Sports"])
      expect(isMaskedName(name)).toBe(false);
  });
});

describe("English: a care agency's client list with the staff's test records", () => {
  const rows: SourceCell[][] = [
    ["Chart ID", "Name", "DOB", "Supervisor"],
    [1001, "Maria Alvarez", "1941-03-02", "Dana Cole"],
    [1002, "test kiran", "2025-01-01", "Dana Cole"],
    [1003, "Henry Brooks", "1938-11-20", "Dana Cole"],
    [1004, "Samina Test", "2025-01-01", "Samina Rafiq"],
    [1005, "Test Kitchen Bistro", "", "Dana Cole"],
    [1006, "Grace Okafor", "1945-06-09", "Samina Rafiq"],
    [1007, "Journey Test User", "", "Samina Rafiq"],
  ];

  it("leaves out the test records and keeps the business named with the word", () => {
    const r = importWorkbook([sheet("Clients", rows)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Maria Alvarez",
      "Henry Brooks",
      "Test Kitchen Bistro",
      "Grace Okafor",
    ]);
    expect(skippedFor(r, "reason.test-entry")).toEqual([3, 5, 8]);
    const told = r.issues.find((i) => i.params?.reason === "reason.test-entry");
    expect(renderIssueMessage(told!, "en")).toContain("test");
  });

  it("leaves out accounts marked DO NOT USE and a name left out as XXX, and says why", () => {
    const accounts: SourceCell[][] = [
      ["Customer", "Name", "Address", "Phone"],
      ["10001", "Harbor Machine Works", "12 Dock St, Norfolk VA", "757-555-0101"],
      ["10002", "***DO NOT USE", "", ""],
      ["10003", "Blue Ridge Fabrication", "4 Mill Rd, Roanoke VA", "540-555-0102"],
      ["10004", "DO NOT USE - USE # 10003", "4 Mill Rd, Roanoke VA", ""],
      ["10005", "Tidewater Steel", "9 Port Ave, Hampton VA", "757-555-0103"],
    ];
    const r = importWorkbook([sheet("Customers", accounts)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Harbor Machine Works",
      "Blue Ridge Fabrication",
      "Tidewater Steel",
    ]);
    expect(skippedFor(r, "reason.unused-account")).toEqual([3, 5]);
    const told = r.issues.find((i) => i.params?.reason === "reason.unused-account");
    expect(renderIssueMessage(told!, "en")).toContain("must not be used");

    const sms = importWorkbook(
      [
        sheet("Sheet1", [
          ["No", "Customer Name", "Mobile", "City"],
          [1, "Sunil Patil", "617-555-0101", "Boston"],
          [2, "XXX", "617-555-0102", "Boston"],
          [3, "Anita Joshi", "617-555-0103", "Quincy"],
          [4, "XXX", "617-555-0104", "Salem"],
          [5, "Ravi Kumar", "617-555-0105", "Boston"],
        ]),
      ],
      { phoneRegion: "US" }
    );
    expect(sms.records.Clients.map((c) => c.name)).toEqual([
      "Sunil Patil",
      "Anita Joshi",
      "Ravi Kumar",
    ]);
    expect(skippedFor(sms, "reason.no-one")).toEqual([3, 5]);
  });
});

describe("简体 and 繁體: test rows and closed accounts among the customers", () => {
  it("简体: 测试2 and a name marked (测试客户) are left out, with the reason in Chinese", () => {
    const r = importWorkbook(
      [
        sheet("客户", [
          ["客户名称", "联系电话", "地址"],
          ["华联超市", "13900002001", "南京路 1 号"],
          ["测试2", "13800000000", ""],
          ["王芳（测试客户）", "13900002003", ""],
          ["永辉超市", "13900002004", "淮海路 8 号"],
          ["老客户 请勿使用", "", ""],
        ]),
      ],
      { phoneRegion: "CN" }
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual(["华联超市", "永辉超市"]);
    expect(skippedFor(r, "reason.test-entry")).toEqual([3, 4]);
    expect(skippedFor(r, "reason.unused-account")).toEqual([6]);
    const test = r.issues.find((i) => i.params?.reason === "reason.test-entry");
    const unused = r.issues.find((i) => i.params?.reason === "reason.unused-account");
    expect(renderIssueMessage(test!, "zh-CN")).toContain("测试");
    expect(renderIssueMessage(unused!, "zh-CN")).toContain("请勿使用");
    for (const told of [test!, unused!])
      expect(renderIssueMessage(told, "zh-CN")).not.toMatch(/[a-z]{3,}/i);
  });

  it("繁體: 測試 A and 請勿使用 rows are left out, the reasons in 繁體", () => {
    const r = importWorkbook(
      [
        sheet("客戶", [
          ["客戶代號", "客戶名稱", "電話"],
          ["C001", "全聯福利中心", "0223456001"],
          ["C002", "測試 A", "0223456002"],
          ["C003", "家樂福", "0223456003"],
          ["C004", "大同廚具(請勿使用)", ""],
          ["C005", "測試儀器行", "0223456005"],
        ]),
      ],
      { phoneRegion: "TW" }
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual(["全聯福利中心", "家樂福", "測試儀器行"]);
    expect(skippedFor(r, "reason.test-entry")).toEqual([3]);
    expect(skippedFor(r, "reason.unused-account")).toEqual([5]);
    const unused = r.issues.find((i) => i.params?.reason === "reason.unused-account");
    expect(renderIssueMessage(unused!, "zh-TW")).toContain("請勿使用");
    expect(renderIssueMessage(unused!, "zh-TW")).toContain("不是客戶");
    expect(renderIssueMessage(unused!, "zh-TW")).not.toMatch(/[a-z]{3,}/i);
  });

  it("a visit log keeps a visit to a customer whose name holds the word", () => {
    const r = importWorkbook(
      [
        sheet("Visits", [
          ["Visit Date", "Customer", "Purpose", "Sales Rep"],
          ["2026-04-20", "Alma Market", "Delivery check", "Ravi Kumar"],
          ["2026-04-21", "Samina Test", "Tasting", "Ravi Kumar"],
        ]),
      ],
      { phoneRegion: "US" }
    );
    expect(r.records.Visits).toHaveLength(2);
  });
});
