/**
 * Rows of a client list that are nobody a person would keep as a client: the anonymous visitors an
 * app's member export lists (a nickname saying the user gave none, or a nickname with nothing to
 * reach the person by), the till's account for whoever pays cash (Cash Customer, Walk-in, 散客),
 * and a test account named by a test word alone (Sample Customer, 测试客户). Invented rows in en,
 * 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { isNoOneName, isTestName } from "../../src/importer/hint-rows";
import { renderIssueMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function skippedFor(r: ImportResult, reason: string): number[] {
  return r.issues
    .filter((i) => i.code === "import.row-skipped" && i.params?.reason === reason)
    .map((i) => i.row as number);
}

describe("an app's member export: the anonymous visitors are no clients", () => {
  const MEMBERS: SourceCell[][] = [
    ["客户姓名", "客户昵称", "客户手机号", "来源渠道"],
    ["钟秀兰", "匿名用户", "13900001001", "后台导入"],
    ["", "匿名用户", "", "小程序"],
    ["", "蓝色海洋🌊", "13900001003", "小程序"],
    ["", "匿名用户", "13900001004", "小程序"],
    ["", "阿木", "", "小程序"],
    ["罗志明", "晴天", "", "门店录入"],
    ["", "云朵朵", "13900001007", "小程序"],
    ["何丽", "米粒", "13900001008", "小程序"],
  ];

  it("简体: keeps every named member and every nickname with a phone, skips the rest", () => {
    const r = importWorkbook([sheet("客户", MEMBERS)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "钟秀兰",
      "蓝色海洋🌊",
      "罗志明",
      "云朵朵",
      "何丽",
    ]);
    expect(r.summary).toMatchObject({ imported: 5, skipped: 3, rejected: 0, merged: 0 });
    // Row 3 holds nothing of its own (the nickname repeats on many rows): an empty place.
    expect(r.rows.filter((x) => x.outcome === "skipped").map((x) => x.row)).toEqual([3, 5, 6]);
    expect(skippedFor(r, "reason.anonymous-visitor")).toEqual([5]);
    expect(skippedFor(r, "reason.nickname-only")).toEqual([6]);
  });

  it("繁體 and English: the same rows read the same way", () => {
    const tw = importWorkbook(
      [
        sheet("會員", [
          ["客戶姓名", "會員暱稱", "手機號碼", "生日"],
          ["陳美玲", "小美", "0912345001", "1980-02-03"],
          ["林志明", "阿明", "0912345005", "1975-06-13"],
          ["", "匿名用戶", "0912345002", ""],
          ["", "阿豪", "", "1990-01-01"],
          ["", "阿豪", "0912345004", ""],
          ["黃淑芬", "", "0912345006", "1988-11-30"],
        ]),
      ],
      { phoneRegion: "TW" }
    );
    expect(tw.records.Clients.map((c) => c.name)).toEqual(["陳美玲", "林志明", "阿豪", "黃淑芬"]);
    expect(skippedFor(tw, "reason.anonymous-visitor")).toEqual([4]);
    expect(skippedFor(tw, "reason.nickname-only")).toEqual([5]);
    const en = importWorkbook(
      [
        sheet("Members", [
          ["Full Name", "Display name", "Email", "City"],
          ["Harriet Vane", "hvane", "hv@example.com", "Oxford"],
          ["", "Anonymous", "anon1@example.com", "London"],
          ["", "sunny_day", "", "Leeds"],
          ["", "lordpeter", "pw@example.com", "London"],
        ]),
      ],
      { phoneRegion: "US" }
    );
    expect(en.records.Clients.map((c) => c.name)).toEqual(["Harriet Vane", "lordpeter"]);
    expect(skippedFor(en, "reason.anonymous-visitor")).toEqual([3]);
    expect(skippedFor(en, "reason.nickname-only")).toEqual([4]);
  });

  it("a list without a nickname column keeps a nameless row under its phone, as before", () => {
    const r = importWorkbook(
      [
        sheet("客户", [
          ["客户姓名", "手机号", "城市"],
          ["钟秀兰", "13900001001", "北京"],
          ["", "13900001002", "北京"],
        ]),
      ],
      { phoneRegion: "CN" }
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual(["钟秀兰", "13900001002"]);
    expect(r.summary.skipped).toBe(0);
  });

  it("says why in the register's languages", () => {
    const r = importWorkbook([sheet("客户", MEMBERS)], { phoneRegion: "CN" });
    const told = r.issues.filter((i) => i.code === "import.row-skipped");
    const anonymous = told.find((i) => i.params?.reason === "reason.anonymous-visitor");
    const nickname = told.find((i) => i.params?.reason === "reason.nickname-only");
    expect(renderIssueMessage(anonymous!, "zh-CN")).toContain("匿名访客");
    expect(renderIssueMessage(anonymous!, "zh-TW")).toContain("匿名訪客");
    expect(renderIssueMessage(anonymous!, "en")).toContain("anonymous visitor");
    expect(renderIssueMessage(nickname!, "zh-CN")).toContain("只有昵称");
    expect(renderIssueMessage(nickname!, "zh-TW")).toContain("只有暱稱");
    for (const lang of ["zh-CN", "zh-TW"] as const)
      expect(renderIssueMessage(nickname!, lang)).not.toMatch(/[a-z]{3,}/i);
  });
});

describe("an account standing for no one, and a test account, are no clients", () => {
  it("tells the names", () => {
    for (const name of ["Cash Customer", "cash costumer", "CASH", "Walk-in", "Guest", "散客"])
      expect(isNoOneName(name)).toBe(true);
    for (const name of ["現金客戶", "匿名用戶", "匿名用户", "游客"])
      expect(isNoOneName(name)).toBe(true);
    for (const name of ["Cash Converters Ltd", "Guest House Inn", "Johnny Cash", "散客之家"])
      expect(isNoOneName(name)).toBe(false);
    for (const name of ["Sample Customer", "Test", "TEST CLIENT", "Prueba factura", "測試客戶"])
      expect(isTestName(name)).toBe(true);
    for (const name of [
      "Sample & Sons",
      "Testa Rossa Motors",
      "Test Kitchen Bistro",
      "检测试剂公司",
    ])
      expect(isTestName(name)).toBe(false);
  });

  it("English: a wholesaler's customer list leaves out the cash, walk-in and sample accounts", () => {
    const rows: SourceCell[][] = [
      ["Name", "Street Address", "City", "Phone", "Open balance"],
      ["Alma Market", "12 Bay Rd", "Miami", "305-555-0101", 0],
      ["Cash Customer", "", "", "", 0],
      ["Sample Customer", "", "", "", 5],
      ["Cash Converters", "9 Main St", "Miami", "305-555-0102", 120],
      ["Walk-in", "", "", "", 0],
      ["Guest House Inn", "1 Ocean Dr", "Miami Beach", "305-555-0103", 40],
      ["Test Kitchen Bistro", "4 Collins Ave", "Miami", "305-555-0104", 0],
    ];
    const r = importWorkbook([sheet("Customers", rows)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Alma Market",
      "Cash Converters",
      "Guest House Inn",
      "Test Kitchen Bistro",
    ]);
    expect(skippedFor(r, "reason.no-one")).toEqual([3, 6]);
    expect(skippedFor(r, "reason.test-entry")).toEqual([4]);
  });

  it("简体 and 繁體: 散客, 现金客户 and 测试客户 rows are left out, with the reason in Chinese", () => {
    const cn = importWorkbook(
      [
        sheet("客户", [
          ["客户名称", "联系电话", "地址"],
          ["华联超市", "13900002001", "南京路 1 号"],
          ["散客", "", ""],
          ["测试客户", "13800000000", ""],
          ["永辉超市", "13900002004", "淮海路 8 号"],
        ]),
      ],
      { phoneRegion: "CN" }
    );
    expect(cn.records.Clients.map((c) => c.name)).toEqual(["华联超市", "永辉超市"]);
    const tw = importWorkbook(
      [
        sheet("客戶", [
          ["客戶名稱", "電話", "地址"],
          ["全聯福利中心", "0223456001", "台北市"],
          ["現金客戶", "", ""],
          ["家樂福", "0223456003", "新北市"],
        ]),
      ],
      { phoneRegion: "TW" }
    );
    expect(tw.records.Clients.map((c) => c.name)).toEqual(["全聯福利中心", "家樂福"]);
    const told = tw.issues.find((i) => i.params?.reason === "reason.no-one");
    expect(renderIssueMessage(told!, "zh-TW")).toContain("不是客戶");
    expect(renderIssueMessage(told!, "zh-TW")).not.toMatch(/[a-z]{3,}/i);
  });

  it("a ledger's numbered cash account is kept: invoices are booked to it", () => {
    const rows: SourceCell[][] = [
      ["客戶代號", "客戶簡稱", "發票地址"],
      ["A00", "散客", ""],
      ["001", "大同廚具", "台北市中山區民生東路 1 號"],
      ["002", "永興建材", "新北市板橋區文化路 8 號"],
      ["003", "林家豪", "台中市西屯區 12 號"],
    ];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients.map((c) => [c.clientId, c.name])).toContainEqual(["A00", "散客"]);
    expect(r.summary.skipped).toBe(0);
  });

  it("a visit log keeps its rows: the rule is the client list's", () => {
    const rows: SourceCell[][] = [
      ["Visit Date", "Customer", "Purpose", "Sales Rep"],
      ["2026-04-20", "Alma Market", "Delivery check", "Ravi Kumar"],
      ["2026-04-21", "Walk-in", "Tasting", "Ravi Kumar"],
      ["2026-04-22", "Olivo Restaurant", "Price review", "Ravi Kumar"],
    ];
    const r = importWorkbook([sheet("Visits", rows)]);
    expect(r.records.Visits).toHaveLength(3);
  });
});

describe("one card made twice in a row", () => {
  const header = ["#", "Code", "First Name", "Birthday", "Telephone (Mobile)", "Email"];
  const cards: SourceCell[][] = [
    [1, "CS00001-1", "Toh Ayu Wei", "23-06-1990", "+6595557849", ""],
    [2, "CS00002-1", "Baani", "", "", ""],
    [3, "CS00003-1", "Baani", "14-08-1980", "+6585555178", ""],
    [4, "CS00004-1", "EDNA", "", "+6595552572", ""],
    [5, "CS00005-1", "EDNA", "", "+6585556319", ""],
    [6, "CS00006-1", "Kala Wong", "24-07-1980", "+6585556254", "kala@example.com"],
    [7, "CS00007-1", "Kala Wong", "", "", ""],
    [8, "CS00008-1", "Quinn", "", "", ""],
    [9, "CS00009-1", "Siti Tay", "16-06-1992", "+6595558870", ""],
    [10, "CS00010-1", "Quinn", "", "+6595551234", ""],
  ];

  it("an empty card beside a card of the same name is that customer; namesakes with details are not", () => {
    const r = importWorkbook([sheet("Customers", [header, ...cards])], {});
    const names = r.records.Clients.map((c) => c.name);
    expect(names.filter((n) => n === "Baani")).toHaveLength(1);
    expect(names.filter((n) => n === "Kala Wong")).toHaveLength(1);
    expect(names.filter((n) => n === "EDNA")).toHaveLength(2);
    // Two rows apart: nothing says the empty card was the same customer's.
    expect(names.filter((n) => n === "Quinn")).toHaveLength(2);
    const baani = r.records.Clients.find((c) => c.name === "Baani");
    expect(baani).toMatchObject({ phone: "+6585555178", birthday: "1980-08-14" });
    expect(r.summary).toMatchObject({ imported: 8, merged: 2 });
  });

  it("an empty card beside one of several namesakes is none of them", () => {
    const rows: SourceCell[][] = [
      header,
      ...cards.slice(0, 5),
      [11, "CS00011-1", "EDNA", "", "", ""],
      ...cards.slice(5),
    ];
    const r = importWorkbook([sheet("Customers", rows)], {});
    expect(r.records.Clients.filter((c) => c.name === "EDNA")).toHaveLength(3);
  });

  it("简体: a member card typed twice, the first left empty, is one member", () => {
    const rows: SourceCell[][] = [
      ["会员编号", "姓名", "手机号", "生日"],
      ["M1001", "周佩君", "13900003001", "1985-03-02"],
      ["M1002", "郭志远", "", ""],
      ["M1003", "郭志远", "13900003003", "1979-10-21"],
      ["M1004", "刘晓东", "13900003004", ""],
    ];
    const r = importWorkbook([sheet("会员", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周佩君", "郭志远", "刘晓东"]);
    const merged = r.issues.find((i) => i.params?.match === "link.match-card-again");
    expect(merged).toBeDefined();
    expect(renderIssueMessage(merged!, "zh-CN")).toContain("连续建了两次");
    expect(renderIssueMessage(merged!, "zh-TW")).toContain("連續建了兩次");
  });
});

describe("an address book's mailing list is a group of people, not a client", () => {
  it("a card whose name is several e-mail addresses is left out; a card named by one address is kept", () => {
    const rows: SourceCell[][] = [
      ["显示名称", "主要电子邮件", "移动电话号码"],
      ["周海燕", "zhouhy@example.com", ""],
      ["li.na@example.org", "li.na@example.org", ""],
      [
        "zhouhy@example.com; li.na@example.org; Wang Bo <wangbo@example.net>",
        "zhouhy@example.com; li.na@example.org; wangbo@example.net",
        "",
      ],
      ["王博", "wangbo@example.net", "13900003004"],
    ];
    const r = importWorkbook([sheet("通讯录", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周海燕", "li.na@example.org", "王博"]);
    expect(skippedFor(r, "reason.mailing-list")).toEqual([4]);
    const told = r.issues.find((i) => i.params?.reason === "reason.mailing-list");
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      expect(renderIssueMessage(told!, lang)).not.toMatch(/[a-z]{3,}/i);
    }
    expect(renderIssueMessage(told!, "en")).toContain("mailing list");
  });
});
