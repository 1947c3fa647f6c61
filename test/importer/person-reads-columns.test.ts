/**
 * Columns the blind testers' books showed a person maps without a second thought, while the
 * importer left them in notes or sent them to the wrong field: amounts written as text with
 * thousands separators, tax numbers of eight bare digits, a column of 本行/他行 under a header
 * that names the institution, a 身分別 of 自然人/法人, and the everyday words for the sales rep,
 * the office phone, the signing date and a visit's discussion and next steps.
 */
import { importWorkbook } from "../../src/importer";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(rows: SourceCell[][], name = "工作表一"): (string | null)[] {
  return importWorkbook([sheet(name, rows)]).mappings[0].columns.map((c) => c.field);
}

describe("amounts written as text with thousands separators", () => {
  it("are numbers, not phone numbers", () => {
    const p = profileColumn(["1,000,000", "-12,000,000", "2,350,000", "50,000", "8,000,000"]);
    expect(p.numeric).toBe(1);
    expect(p.phone).toBe(0);
  });

  it("fill 市值(元), so the assets keep their value", () => {
    const rows: SourceCell[][] = [["客戶", "資產類別", "往來機構", "市值(元)", "幣別"]];
    const values = [
      "1,000,000",
      "2,350,000",
      "5,800,000",
      "-12,000,000",
      "US$200,000",
      "3,000,000",
    ];
    values.forEach((v, i) => rows.push([`客戶${i + 1}`, "定存", "台新銀行", v, "新台幣"]));
    rows.push(["客戶7", "基金", "元大投信", "NT$1,200", "新台幣"]);
    rows.push(["客戶8", "股票", "富邦證券", "3,500萬", "新台幣"]);
    const r = importWorkbook([sheet("資產往來", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.mappings[0].columns[3].field).toBe("marketValue");
    expect(r.records.Assets.map((a) => a.marketValue)).toEqual([
      1_000_000, 2_350_000, 5_800_000, -12_000_000, 200_000, 3_000_000, 1_200, 35_000_000,
    ]);
  });
});

describe("a company's tax number of eight bare digits", () => {
  it("is the client's identity number, not a phone column nobody could dial", () => {
    const rows: SourceCell[][] = [["客戶名稱", "統一編號", "行動電話"]];
    const taxIds = ["74149077", "35952476", "81952646", "92933802", "22891956", "84385701"];
    taxIds.forEach((id, i) =>
      rows.push([`宏達${i + 1}科技股份有限公司`, i === 2 ? Number(id) : id, `0912-345-67${i}`])
    );
    expect(fieldsOf(rows)).toEqual(["name", "idNumber", "phone"]);
  });

  it("but dialable numbers under an id header still contradict it", () => {
    const p = profileColumn([
      "0223456789",
      "13800001234",
      "0912345678",
      "0287654321",
      "13912345678",
    ]);
    expect(p.phone).toBe(1);
    expect(p.bareDigits).toBe(0);
  });
});

describe("a column of one choice field's own words", () => {
  it("本行/他行 under 往來機構 is where the asset is held, not the institution", () => {
    const rows: SourceCell[][] = [["客戶", "資產類別", "往來機構", "市值(萬)"]];
    const held = ["本行", "他行", "本行", "本行", "他行", "本行", "他行", "本行"];
    held.forEach((h, i) => rows.push([`客戶${i + 1}`, i % 2 ? "基金" : "定存", h, 100 + i]));
    const r = importWorkbook([sheet("資產", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientName",
      "assetClass",
      "heldAt",
      "marketValue",
    ]);
    expect(r.records.Assets.map((a) => a.heldAt)).toEqual(
      held.map((h) => (h === "本行" ? "ours" : "elsewhere"))
    );
  });

  it("but institutions' names under it stay the institution beside a 本行/他行 column", () => {
    const rows: SourceCell[][] = [["客戶", "資產類別", "往來機構", "本行/他行"]];
    const banks = ["本行", "元大證券", "本行", "富邦證券", "郵局", "本行", "台新銀行", "本行"];
    banks.forEach((b, i) => rows.push([`客戶${i + 1}`, "定存", b, b === "本行" ? "本行" : "他行"]));
    const r = importWorkbook([sheet("資產", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field).slice(2)).toEqual(["institution", "heldAt"]);
  });
});

describe("a person's or a company's 身分別", () => {
  it("is the client's kind: 自然人/法人, 個人/公司/企業", () => {
    const rows: SourceCell[][] = [["客戶名稱", "身分別", "手機"]];
    const kinds = ["自然人", "法人", "個人", "公司", "企業", "自然人"];
    kinds.forEach((k, i) => rows.push([`客戶${i + 1}`, k, `0912-000-00${i}`]));
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "kind", "phone"]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual([
      "person",
      "enterprise",
      "person",
      "enterprise",
      "enterprise",
      "person",
    ]);
  });
});

describe("the everyday words for who, when and what next", () => {
  const people = ["王小明", "林雅琪", "陳建志"];

  it("負責業務 and 經手人 name the client's owner; 簽約日期 is when the client came", () => {
    for (const ownerHeader of ["負責業務", "經手人", "業務員", "承辦人"]) {
      const rows: SourceCell[][] = [["客戶名稱", "簽約日期", ownerHeader, "公司電話"]];
      for (let i = 1; i <= 9; i++)
        rows.push([`宏達${i}有限公司`, `2024/0${i}/15`, people[i % 3], `02-2345-67${i}0`]);
      const r = importWorkbook([sheet("客戶", rows)]);
      expect([ownerHeader, ...r.mappings[0].columns.map((c) => c.field)]).toEqual([
        ownerHeader,
        "name",
        "clientSince",
        "owner",
        "phone",
      ]);
      expect(r.records.Clients[0].owner).toBe(people[1]);
      expect(r.records.Clients[0].clientSince).toBe("2024-01-15");
    }
  });

  it("a visit's 討論重點, 後續行動 / 下一步 and 同行人員 are its key points, next steps and attendees", () => {
    for (const next of ["後續行動", "下一步"]) {
      const rows: SourceCell[][] = [["拜訪日期", "客戶", "方式", "同行人員", "討論重點", next]];
      for (let i = 1; i <= 6; i++)
        rows.push([
          `2026/10/0${i}`,
          `客戶${i}`,
          "拜訪",
          "林協理",
          `討論續約方案${i}`,
          `寄送報價${i}`,
        ]);
      const r = importWorkbook([sheet("拜訪紀錄", rows)]);
      expect(r.mappings[0].registerSheet).toBe("Visits");
      expect(r.mappings[0].columns.map((c) => c.field).slice(3)).toEqual([
        "attendees",
        "keyPoints",
        "nextSteps",
      ]);
      expect(r.records.Visits[0]).toMatchObject({
        keyPoints: "討論續約方案1",
        nextSteps: "寄送報價1",
      });
    }
  });

  it("a complaint's 內容說明 is its description and 已回電 whether the client was called back", () => {
    const rows: SourceCell[][] = [
      ["受理日期", "客戶", "嚴重程度", "內容說明", "承辦人", "處理狀態", "已回電"],
    ];
    for (let i = 1; i <= 6; i++)
      rows.push([
        `2026/09/0${i}`,
        `客戶${i}`,
        "高",
        `理賠遲未撥款${i}`,
        "林志豪",
        "處理中",
        i % 2 ? "是" : "否",
      ]);
    const r = importWorkbook([sheet("客訴紀錄", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.mappings[0].columns.map((c) => c.field).slice(3)).toEqual([
      "description",
      "owner",
      "status",
      "calledBack",
    ]);
    expect(r.records.Complaints[0]).toMatchObject({
      description: "理賠遲未撥款1",
      calledBack: true,
    });
  });
});

describe("an English CRM export", () => {
  const accounts: SourceCell[][] = [
    ["Account ID", "Account Name", "Type", "Created Date", "Phone"],
    ["001A1", "Northwind Robotics Inc.", "Customer", "3/4/2021", "(415) 555-0132"],
    ["001A2", "Bluefin Analytics LLC", "Prospect", "12/2/2020", "(212) 555-0147"],
    ["001A3", "Cedar Health Group", "Customer", "1/15/2019", "(617) 555-0190"],
    ["001A4", "Delta Freight Co", "Customer", "6/30/2022", "(312) 555-0111"],
    ["001A5", "Evergreen Foods Ltd", "Prospect", "8/8/2023", "(206) 555-0123"],
    ["001A6", "Falcon Security Inc", "Customer", "9/9/2018", "(305) 555-0177"],
  ];

  it("a generic Type of Customer/Prospect is not the client kind (the name's Inc. is); Created Date is when the client came", () => {
    const r = importWorkbook([sheet("Accounts", accounts)], { dayFirst: false });
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientId",
      "name",
      null,
      "clientSince",
      "phone",
    ]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(Array(6).fill("enterprise"));
    expect(r.records.Clients[0].notes).toContain("Type: Customer");
  });

  it("First Name and Last Name make one name; Account Name links a contact or an opportunity to its client", () => {
    const contacts: SourceCell[][] = [
      ["Contact ID", "First Name", "Last Name", "Title", "Account Name"],
    ];
    const people = [
      ["Linda", "Park"],
      ["Tom", "Becker"],
      ["", "Okafor"],
      ["Maria", "Santos"],
      ["Kenji", "Watanabe"],
      ["Ana", "Lopez"],
    ];
    people.forEach(([first, last], i) =>
      contacts.push([`003A0${i}`, first, last, "Manager", accounts[1 + i][1]])
    );
    const opportunities: SourceCell[][] = [
      ["Opportunity Name", "Account Name", "Amount", "Close Date"],
    ];
    for (let i = 1; i <= 6; i++)
      opportunities.push([`Deal ${i}`, accounts[i][1], 10000 * i, "2024-11-15"]);
    const r = importWorkbook([
      sheet("Accounts", accounts),
      sheet("Contacts", contacts),
      sheet("Opportunities", opportunities),
    ]);
    const contactMap = r.mappings.find((m) => m.sheet === "Contacts");
    expect(contactMap?.columns.map((c) => c.field).slice(1, 3)).toEqual(["name", "name"]);
    expect(r.records.Contacts.map((c) => c.name)).toEqual([
      "Linda Park",
      "Tom Becker",
      "Okafor",
      "Maria Santos",
      "Kenji Watanabe",
      "Ana Lopez",
    ]);
    const northwind = r.records.Clients.find((c) => c.name === "Northwind Robotics Inc.");
    expect(r.records.Contacts[0].clientId).toBe(northwind?.clientId);
    const pipeline = r.mappings.find((m) => m.sheet === "Opportunities");
    expect(pipeline?.registerSheet).toBe("Pipeline");
    expect(pipeline?.columns[1].field).toBe("prospect");
    expect(r.records.Pipeline[0].clientId).toBe(northwind?.clientId);
  });

  it("姓 and 名 make one Chinese name, family name first and nothing between", () => {
    const rows: SourceCell[][] = [["姓", "名", "手機"]];
    const names = [
      ["王", "小明"],
      ["林", "雅琪"],
      ["陳", "建志"],
      ["黃", "美惠"],
      ["張", "家銘"],
    ];
    names.forEach(([f, g], i) => rows.push([f, g, `0912-000-00${i}`]));
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "王小明",
      "林雅琪",
      "陳建志",
      "黃美惠",
      "張家銘",
    ]);
  });

  it("姓氏 and 名字 join into the whole name; people sharing a given name stay apart", () => {
    const rows: SourceCell[][] = [["連絡人 ID", "姓氏", "名字", "職稱", "電子郵件"]];
    const names = [
      ["林", "怡君"],
      ["張", "怡君"],
      ["吳", "怡君"],
      ["蔡", "志豪"],
      ["許", "淑芬"],
    ];
    names.forEach(([f, g], i) => rows.push([`C-00${i}`, f, g, "經理", `p${i}@example.com`]));
    const r = importWorkbook([sheet("連絡人", rows)]);
    const people = [...r.records.Clients, ...r.records.Contacts].map((c) => c.name);
    expect(people.sort()).toEqual(["吳怡君", "張怡君", "林怡君", "蔡志豪", "許淑芬"].sort());
    expect(people).not.toContain("怡君");
  });

  it('Last Name before First Name reads "First Last", one person per row', () => {
    const rows: SourceCell[][] = [["Last Name", "First Name", "Mobile"]];
    const names = [
      ["Okafor", "Maria"],
      ["Lindqvist", "Maria"],
      ["Brennan", "Tomas"],
      ["Haddad", "Priya"],
    ];
    names.forEach(([f, g], i) => rows.push([f, g, `+44 7700 90012${i}`]));
    const r = importWorkbook([sheet("People", rows)]);
    const people = [...r.records.Clients, ...r.records.Contacts].map((c) => c.name);
    expect(people.sort()).toEqual(
      ["Maria Okafor", "Maria Lindqvist", "Tomas Brennan", "Priya Haddad"].sort()
    );
  });
});

describe("a bank's visit log", () => {
  it("内容 is what was discussed and 下次跟进 the next visit's date", () => {
    const rows: SourceCell[][] = [["日期", "客户", "方式", "内容", "下一步", "下次跟进"]];
    for (let i = 1; i <= 6; i++)
      rows.push([
        `2024-07-0${i}`,
        `客户${i}`,
        "电话",
        `理财到期提醒${i}`,
        "发送新产品介绍",
        `2024.8.${i}`,
      ]);
    const r = importWorkbook([sheet("走访记录", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.mappings[0].columns.map((c) => c.field).slice(3)).toEqual([
      "keyPoints",
      "nextSteps",
      "nextVisitOn",
    ]);
    expect(r.records.Visits[0]).toMatchObject({
      keyPoints: "理财到期提醒1",
      nextVisitOn: "2024-08-01",
    });
  });
});

describe("words a person does not confuse", () => {
  it("a policy's end date (终保日期) is not its start date: it is its expiry date", () => {
    const rows: SourceCell[][] = [["保单号", "投保人", "险种", "终保日期"]];
    for (let i = 1; i <= 6; i++) rows.push([`P00${i}`, `客户${i}`, "意外险", `2025-0${i}-01`]);
    const r = importWorkbook([sheet("保单", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.mappings[0].columns[3].field).toBe("expiryDate");
    expect(r.records.Insurance[0].startDate ?? null).toBeNull();
    expect(r.records.Insurance[0].expiryDate).toBe("2025-01-01");
  });

  it("an asset list's Account Number and Account Type are the asset's, not the client's", () => {
    const rows: SourceCell[][] = [["Account Name", "Account Number", "Account Type", "Balance"]];
    const types = ["Deposit", "Fund", "Stock", "Deposit", "Bond", "Fund"];
    types.forEach((t, i) => rows.push([`Client ${i}`, `6228480012345${i}`, t, 1000 * (i + 1)]));
    const r = importWorkbook([sheet("Assets", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientName",
      null,
      "assetClass",
      "marketValue",
    ]);
  });

  it("a CRM follow-up log: 跟进时间 is the contact's date, 下次跟进时间 the next one's", () => {
    const rows: SourceCell[][] = [["客户名称", "跟进时间", "跟进方式", "跟进内容", "下次跟进时间"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`客户${i}`, `2024-07-0${i}`, "电话", `介绍新产品${i}`, `2024-08-0${i}`]);
    const r = importWorkbook([sheet("跟进记录", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientName",
      "visitOn",
      "method",
      "keyPoints",
      "nextVisitOn",
    ]);
  });

  it("a member list's card number is the client's number and its 注册时间 when the client came", () => {
    const rows: SourceCell[][] = [["会员卡号", "姓名", "手机号码", "注册时间"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`VIP88${i}3`, `会员${i}`, `1380000000${i}`, `2023-0${i}-10`]);
    const r = importWorkbook([sheet("会员列表", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientId",
      "name",
      "phone",
      "clientSince",
    ]);
  });
});

describe("a client's number says whose rows they are, not what they are", () => {
  it("a sync log's member_id beside an action is not a complaint log", () => {
    const rows: SourceCell[][] = [
      ["time", "action", "member_id", "phone_normalized", "result", "message"],
    ];
    for (let i = 1; i <= 8; i++)
      rows.push([
        `2024-05-0${i} 10:0${i}`,
        "sync",
        `M00${i}`,
        `091234567${i}`,
        "ok",
        `updated ${i} fields`,
      ]);
    const r = importWorkbook([sheet("同步紀錄", rows)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Complaints).toHaveLength(0);
  });

  it("a complaint log with a member number and its own words is still one", () => {
    const rows: SourceCell[][] = [["会员卡号", "投诉内容", "处理意见", "完成时间"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`VIP88${i}3`, `服务态度差${i}`, "致歉并补偿积分", `2024-03-0${i}`]);
    const r = importWorkbook([sheet("工作表1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientId",
      "description",
      "correctiveAction",
      "resolvedOn",
    ]);
  });

  it("a complaint log's Satisfaction score is how the client felt it was handled", () => {
    const rows: SourceCell[][] = [["Ticket ID", "Customer", "Issue", "Satisfaction"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`T-${100 + i}`, `Client ${i}`, `Late refund ${i}`, i % 5]);
    const r = importWorkbook([sheet("Tickets", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.mappings[0].columns[3].field).toBe("actualScore");
  });

  it("a complaint's received date is the one it came in, not when the consumer submitted it", () => {
    const rows: SourceCell[][] = [["Complaint ID", "Date submitted", "Date received", "Issue"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`910010${i}`, `2021-08-2${i}`, `2021-08-2${i + 2}`, `Incorrect information ${i}`]);
    const r = importWorkbook([sheet("Data", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "complaintId",
      null,
      "receivedOn",
      "description",
    ]);
  });
});
