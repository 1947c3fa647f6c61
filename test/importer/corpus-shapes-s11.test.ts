/**
 * Shapes met in session 11's new corpus files, each read by a general rule and tested here on
 * small invented sheets in English, 简体 and 繁體:
 * - a CRM opportunities export whose party column is headed "account" makes one
 *   client per account and links the deals; a won deal has closed (Won, 赢单, 贏單);
 * - on a list of persons (a sex column filled on most rows) 年收入 is the client's own income and
 *   单位性质 the kind of employer, not a company's nature;
 * - a conversation log's 沟通时间 / 溝通時間 is when the visit took place;
 * - a profile sheet beside a client list (the same clients, nothing a register field holds) is
 *   not register data.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function mappingOf(result: ImportResult, sheetName: string) {
  const m = result.mappings.find((x) => x.sheet === sheetName);
  if (!m) throw new Error(`no mapping for ${sheetName}`);
  return m;
}

function fieldOf(result: ImportResult, sheetName: string, header: string): string | null {
  const col = mappingOf(result, sheetName).columns.find((c) => c.header.endsWith(header));
  if (!col) throw new Error(`no column ${header} on ${sheetName}`);
  return col.field;
}

describe("a CRM opportunities export names its accounts in a column headed account", () => {
  const deals = (party: string, won: string, lost: string): SourceCell[][] => [
    ["opportunity_id", "sales_agent", "product", party, "deal_stage", "close_date", "close_value"],
    [
      "K3P0QX1A",
      "Ada Brennan",
      "Router X",
      "Northwind Traders",
      won,
      new Date(Date.UTC(2024, 2, 4)),
      5200,
    ],
    [
      "K3P0QX1B",
      "Ada Brennan",
      "Router X",
      "Northwind Traders",
      lost,
      new Date(Date.UTC(2024, 2, 9)),
      0,
    ],
    [
      "K3P0QX1C",
      "Bo Lindqvist",
      "Switch 8",
      "Fabrikam Foods",
      won,
      new Date(Date.UTC(2024, 3, 1)),
      1900,
    ],
    ["K3P0QX1D", "Bo Lindqvist", "Switch 8", "Contoso Freight", "Prospecting", null, null],
    ["K3P0QX1E", "Ada Brennan", "Switch 8", null, "Prospecting", null, null],
    [
      "K3P0QX1F",
      "Bo Lindqvist",
      "Router X",
      "Fabrikam Foods",
      won,
      new Date(Date.UTC(2024, 4, 2)),
      2100,
    ],
  ];

  it.each([
    ["account", "Won", "Lost"],
    ["account", "赢单", "输单"],
    ["account", "贏單", "輸單"],
  ])("%s with %s deals: one client per account, won deals closed", (party, won, lost) => {
    const result = importWorkbook([sheet("sales_pipeline", deals(party, won, lost))]);
    expect(mappingOf(result, "sales_pipeline").registerSheet).toBe("Pipeline");
    expect(fieldOf(result, "sales_pipeline", party)).toBe("prospect");
    expect(result.records.Clients.map((c) => c.name).sort()).toEqual([
      "Contoso Freight",
      "Fabrikam Foods",
      "Northwind Traders",
    ]);
    const pipeline = result.records.Pipeline;
    expect(pipeline).toHaveLength(6);
    const byId = new Map(pipeline.map((p) => [p.opportunityId, p]));
    const northwind = result.records.Clients.find((c) => c.name === "Northwind Traders");
    expect(byId.get("K3P0QX1A")).toMatchObject({
      stage: "close",
      clientId: northwind?.clientId,
      expectedValue: 5200,
      owner: "Ada Brennan",
    });
    // A lost deal is no stage of ours; a deal without an account stays, without a client.
    expect(byId.get("K3P0QX1B")?.stage ?? null).toBeNull();
    expect(byId.get("K3P0QX1D")?.stage).toBe("identify");
    expect(byId.get("K3P0QX1E")?.clientId ?? null).toBeNull();
    expect(result.issues.some((i) => i.code === "import.clients-from-deals")).toBe(true);
  });

  it("a lead list whose first column is headed Account stays a list of clients", () => {
    const rows: SourceCell[][] = [["Account", "Address", "City", "Phone", "Website"]];
    for (let i = 0; i < 12; i++)
      rows.push([
        `Harbor Insurance - Office ${i}`,
        `${100 + i} Main St`,
        "Austin",
        `(512) 555-01${String(i).padStart(2, "0")}`,
        `https://office${i}.example.com`,
      ]);
    const result = importWorkbook([sheet("Leads", rows)]);
    expect(mappingOf(result, "Leads").registerSheet).toBe("Clients");
    expect(fieldOf(result, "Leads", "Account")).toBe("name");
    expect(result.records.Clients).toHaveLength(12);
  });

  it("an account column beside a client list still links the deals to the listed clients", () => {
    const result = importWorkbook([
      sheet("Accounts", [
        ["Account Name", "Industry", "Phone"],
        ["Northwind Traders", "Wholesale", "(415) 555-0112"],
        ["Fabrikam Foods", "Food", "(415) 555-0113"],
      ]),
      sheet("Deals", deals("account", "Won", "Lost").slice(0, 4)),
    ]);
    expect(result.records.Clients).toHaveLength(2);
    const fabrikam = result.records.Clients.find((c) => c.name === "Fabrikam Foods");
    expect(result.records.Pipeline.find((p) => p.opportunityId === "K3P0QX1C")?.clientId).toBe(
      fabrikam?.clientId
    );
  });
});

describe("on a list of persons 年收入 is their own income and 单位性质 their employer's kind", () => {
  const persons = (sex: string, income: string, nature: string, rows: SourceCell[][]) => [
    ["客户ID", "姓名", sex, "年龄", "职业", nature, income],
    ...rows,
  ];
  const ROWS: SourceCell[][] = [
    ["K001", "林晓雯", "女", 31, "时装编辑", "外资企业", "36万"],
    ["K002", "周嘉怡", "女", 44, "牙医", "私立医院", "70万"],
    ["K003", "郑浩然", "男", 38, "工程师", "国有企业", "52万"],
    ["K004", "何雨桐", "女", 27, "博主", "自由职业", "18万"],
  ];

  it.each([
    ["简体", "性别", "年收入", "单位性质"],
    ["繁體", "性別", "年收入", "單位性質"],
  ])("%s: income and employer nature read as a person's", (_lang, sex, income, nature) => {
    const result = importWorkbook([sheet("客户", persons(sex, income, nature, ROWS))]);
    expect(fieldOf(result, "客户", income)).toBe("annualIncome");
    expect(fieldOf(result, "客户", nature)).toBeNull();
    const lin = result.records.Clients.find((c) => c.name === "林晓雯");
    expect(lin).toMatchObject({ kind: "person", annualIncome: 360000, annualRevenue: null });
    expect(String(lin?.notes)).toContain("外资企业");
    const col = mappingOf(result, "客户").columns.find((c) => c.header === income);
    expect(col?.reasons?.map((r) => r.code)).toContain("map.why.income-sex-column");
    const natureCol = mappingOf(result, "客户").columns.find((c) => c.header === nature);
    expect(natureCol?.reasons?.map((r) => r.code)).toEqual(["map.why.employer-nature-persons"]);
  });

  it("a key-account book without a sex column keeps 年收入 as the revenue the client brings", () => {
    const result = importWorkbook([
      sheet("客户", [
        ["客户名称", "企业性质", "年收入"],
        ["苏州澄湖机电有限公司", "民营企业", "360万"],
        ["嘉兴禾丰纺织有限公司", "国有企业", "120万"],
        ["宁波海曙物流有限公司", "民营企业", "88万"],
      ]),
    ]);
    expect(fieldOf(result, "客户", "年收入")).toBe("annualRevenue");
    expect(fieldOf(result, "客户", "企业性质")).toBe("enterpriseNature");
  });

  it("a sex column filled on few rows is no evidence", () => {
    const sparse = ROWS.map((r, i) => (i === 0 ? r : [r[0], r[1], null, ...r.slice(3)]));
    const result = importWorkbook([sheet("客户", persons("性别", "年收入", "单位性质", sparse))]);
    expect(fieldOf(result, "客户", "年收入")).toBe("annualRevenue");
  });

  it("says why in every language", () => {
    const said = (code: string, lang: "en" | "zh-CN" | "zh-TW") => renderMessage(code, {}, lang);
    expect(said("map.why.income-sex-column", "en")).toMatch(/sex column .* persons .* own income/);
    expect(said("map.why.income-sex-column", "zh-CN")).toMatch(/性别.*个人.*自己的收入/);
    expect(said("map.why.income-sex-column", "zh-TW")).toMatch(/性別.*個人.*自己的收入/);
    expect(said("map.why.employer-nature-persons", "en")).toMatch(
      /persons: .*employer .*not a company's nature/
    );
    expect(said("map.why.employer-nature-persons", "zh-CN")).toMatch(
      /个人.*单位的性质.*不是企业性质/
    );
    expect(said("map.why.employer-nature-persons", "zh-TW")).toMatch(
      /個人.*單位的性質.*不是企業性質/
    );
  });
});

describe("a conversation log's time column is the visit's date", () => {
  it.each([
    ["沟通记录", "沟通时间", "沟通地点", "沟通主要内容"],
    ["溝通紀錄", "溝通時間", "溝通地點", "溝通主要內容"],
    ["回访记录", "回访日期", "回访方式", "沟通内容"],
  ])("%s: %s", (name, when, where, what) => {
    const clients = sheet("客户", [
      ["客户ID", "姓名", "手机"],
      ["K001", "林晓雯", "13800000101"],
      ["K002", "周嘉怡", "13800000102"],
    ]);
    const log = sheet(name, [
      ["客户ID", "姓名", when, where, what],
      ["K001", "林晓雯", new Date(Date.UTC(2023, 6, 5, 10, 15)), "电话回访", "咨询补水护理项目"],
      ["K001", "林晓雯", new Date(Date.UTC(2023, 7, 2, 16, 30)), "企业微信", "确认疗程细节"],
      ["K002", "周嘉怡", new Date(Date.UTC(2023, 7, 9, 11, 0)), "门店前台", "预约周末时段"],
    ]);
    const result = importWorkbook([clients, log]);
    expect(mappingOf(result, name).registerSheet).toBe("Visits");
    expect(fieldOf(result, name, when)).toBe("visitOn");
    expect(result.records.Visits.map((v) => v.visitOn).sort()).toEqual([
      "2023-07-05",
      "2023-08-02",
      "2023-08-09",
    ]);
  });
});

describe("a profile sheet beside a client list is not register data", () => {
  const LIST: SourceCell[][] = [
    ["Client ID", "Name", "Phone", "Occupation"],
    ["K001", "Mia Holloway", "(212) 555-0141", "Editor"],
    ["K002", "Ava Kettering", "(212) 555-0142", "Dentist"],
    ["K003", "Zoe Marlow", "(212) 555-0143", "Engineer"],
  ];

  it.each([
    ["Skin profile", ["Client ID", "Name", "Skin type", "Sensitivity", "Goal", "Allergies"]],
    ["健康档案", ["客户ID", "姓名", "肤质类型", "水油情况", "短期目标", "过敏史"]],
  ])("%s: the same clients, no register field", (name, header) => {
    const profile = sheet(name, [
      header as SourceCell[],
      ["K001", "Mia Holloway", "combination", "low", "clear pores", "pollen"],
      ["K002", "Ava Kettering", "dry", "high", "firming", "none"],
      ["K003", "Zoe Marlow", "oily", "medium", "even tone", "penicillin"],
    ]);
    const result = importWorkbook([sheet("Clients", LIST), profile]);
    expect(mappingOf(result, name).registerSheet).toBeNull();
    expect(result.records.Clients).toHaveLength(3);
    expect(result.records.Clients.every((c) => !String(c.notes ?? "").includes("pollen"))).toBe(
      true
    );
    const said = result.issues.filter(
      (i) => i.sheet === name && i.code === "import.sheet-not-data"
    );
    expect(said).toHaveLength(1);
    // The reason names the list it is the profile of; the --map hint names the profile sheet.
    expect(said[0].params).toMatchObject({
      reason: "sheet.why.profile-of",
      sheet: "Clients",
      tab: name,
    });
    expect(renderMessage("sheet.why.profile-of", { sheet: "Clients" }, "zh-CN")).toContain(
      "“Clients”"
    );
    expect(renderMessage("sheet.why.profile-of", { sheet: "Clients" }, "zh-TW")).toContain(
      "「Clients」"
    );
  });

  /** Imports the list with a second sheet beside it, which must still feed the client list. */
  const readBeside = (name: string, rows: SourceCell[][]): ImportResult => {
    const result = importWorkbook([sheet("Clients", LIST), sheet(name, rows)]);
    expect(mappingOf(result, name).registerSheet).toBe("Clients");
    return result;
  };

  it("a second sheet that adds a register field of the same clients is still read", () => {
    const result = readBeside("Contact details", [
      ["Client ID", "Name", "Email", "Hobby", "Diet", "Notes2"],
      ["K001", "Mia Holloway", "mia@example.com", "yoga", "vegan", "x"],
      ["K002", "Ava Kettering", "ava@example.com", "tea", "none", "y"],
      ["K003", "Zoe Marlow", "zoe@example.com", "hiking", "none", "z"],
    ]);
    expect(result.records.Clients.find((c) => c.name === "Mia Holloway")?.email).toBe(
      "mia@example.com"
    );
  });

  it("a sheet of other people is not a profile of the list", () => {
    const result = readBeside("Salon B clients", [
      ["Client ID", "Name", "Skin type", "Sensitivity", "Goal", "Allergies"],
      ["K101", "Lena Oakes", "dry", "high", "firming", "none"],
      ["K102", "Rita Pembury", "oily", "low", "clear pores", "none"],
      ["K103", "Nell Ivers", "dry", "low", "even tone", "none"],
    ]);
    expect(result.records.Clients).toHaveLength(6);
  });
});

describe("a sheet name's client word qualifies what the sheet records", () => {
  const CLIENTS = sheet("客户基础信息", [
    ["客户ID", "姓名", "手机号"],
    ["CUST_01A", "林晓雯", "13800000101"],
    ["CUST_02B", "周嘉怡", "13800000102"],
    ["CUST_03C", "郑浩然", "13800000103"],
  ]);
  const LOG: SourceCell[][] = [
    [
      "记录ID",
      "客户ID",
      "沟通时间",
      "沟通地点",
      "沟通主要内容",
      "创建时间",
      "更新时间",
      "客户姓名",
    ],
    [
      1,
      "CUST_01A",
      "2025-02-06 13:30:00",
      "电话",
      "询问储值卡余额",
      "2025-03-28 20:25:53",
      "2025-03-28 20:26:41",
      "林晓雯",
    ],
    [
      2,
      "CUST_02B",
      "2025-02-24 14:00:00",
      "门店",
      "预约周末护理",
      "2025-03-28 20:28:25",
      "2025-03-28 20:29:10",
      "周嘉怡",
    ],
    [
      3,
      "CUST_03C",
      "2025-03-02 12:45:00",
      "微信",
      "反馈护理效果",
      "2025-03-28 20:30:30",
      "2025-03-28 20:31:01",
      "郑浩然",
    ],
  ];

  it.each(["客户沟通记录", "客戶溝通記錄", "客户回访记录"])(
    "%s beside the client list is the visit log",
    (name) => {
      const result = importWorkbook([CLIENTS, sheet(name, LOG)]);
      expect(mappingOf(result, name).registerSheet).toBe("Visits");
      expect(result.records.Clients).toHaveLength(3);
      expect(result.records.Visits.map((v) => v.visitOn).sort()).toEqual([
        "2025-02-06",
        "2025-02-24",
        "2025-03-02",
      ]);
    }
  );

  it("a client list named by a client word alone is still the client list", () => {
    for (const name of ["客户信息", "Customers", "客戶名單"]) {
      const result = importWorkbook([
        sheet(name, [
          ["姓名", "手机", "地址"],
          ["林晓雯", "13800000101", "上海市静安区"],
          ["周嘉怡", "13800000102", "上海市徐汇区"],
        ]),
      ]);
      expect(mappingOf(result, name).registerSheet).toBe("Clients");
    }
  });

  it("Customer Complaints is the complaint log", () => {
    const result = importWorkbook([
      sheet("Customer Complaints", [
        ["Customer", "Date received", "Issue", "Status"],
        ["Northwind Traders", "2024-03-04", "Late delivery", "Open"],
        ["Fabrikam Foods", "2024-03-09", "Wrong invoice", "Closed"],
      ]),
    ]);
    expect(mappingOf(result, "Customer Complaints").registerSheet).toBe("Complaints");
  });
});

describe("a client export's record sheets are not client lists", () => {
  const CLIENTS = sheet("客户基础信息", [
    ["客户ID", "姓名", "手机号", "职业", "创建时间"],
    ["CUST_01A", "林晓雯", "13800000101", "会计", "2025-03-28 18:21:38"],
    ["CUST_02B", "周嘉怡", "13800000102", "护士", "2025-03-28 18:29:23"],
    ["CUST_03C", "郑浩然", "13800000103", "教师", "2025-03-28 18:33:20"],
  ]);

  it("purchases (消费时间, 消费金额, 支付方式) are a transaction log", () => {
    const buys = sheet("消费行为记录", [
      ["记录ID", "客户ID", "消费时间", "项目名称", "消费金额", "支付方式", "客户姓名"],
      [1, "CUST_01A", "2025-03-28 18:29:32", "补水护理", 680, "微信支付", "林晓雯"],
      [2, "CUST_02B", "2025-03-28 18:40:02", "肩颈SPA", 398, "现金", "周嘉怡"],
      [3, "CUST_03C", "2025-03-28 18:52:11", "光子嫩肤", 2880, "支付宝", "郑浩然"],
    ]);
    const result = importWorkbook([CLIENTS, buys]);
    expect(mappingOf(result, "消费行为记录").registerSheet).toBeNull();
    expect(result.records.Clients).toHaveLength(3);
  });

  it("a profile keyed by the clients' ids, with the system's stamps, is not imported", () => {
    const health = sheet("健康与皮肤数据", [
      [
        "记录ID",
        "客户ID",
        "肤质类型",
        "水油情况",
        "运动频率及类型",
        "过敏史",
        "创建时间",
        "更新时间",
        "客户姓名",
      ],
      [
        1,
        "CUST_01A",
        "混合性",
        "T区油",
        "每周瑜伽",
        "花粉",
        "2025-03-28 19:32:34",
        "2025-03-28 19:32:34",
        "林晓雯",
      ],
      [
        2,
        "CUST_02B",
        "干性",
        "缺水",
        "每日散步",
        "无",
        "2025-03-28 19:33:52",
        "2025-03-28 19:33:52",
        "周嘉怡",
      ],
      [
        3,
        "CUST_03C",
        "油性",
        "全脸油",
        "无规律",
        "无",
        "2025-03-28 19:35:10",
        "2025-03-28 19:35:10",
        "郑浩然",
      ],
    ]);
    const result = importWorkbook([CLIENTS, health]);
    expect(mappingOf(result, "健康与皮肤数据").registerSheet).toBeNull();
    expect(result.records.Clients).toHaveLength(3);
    expect(result.records.Clients.every((c) => !String(c.notes ?? "").includes("花粉"))).toBe(true);
  });
});
