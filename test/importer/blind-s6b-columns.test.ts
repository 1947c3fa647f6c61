/**
 * Columns the second blind round of session 6 showed a person maps at a glance: a member export's
 * 手机号 with most numbers masked (138****1234) and its 生日 written month-day (03-15).
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const MEMBERS: [string, string, string, string][] = [
  // card, name, phone, birthday
  ["8800100231", "王芳", "138****1234", "03-15"],
  ["8800100238", "李强", "138****1234", "02-18"],
  ["8800100245", "张敏", "138****3181", "05-14"],
  ["8800100252", "刘洋", "13891339711", "1983-06-15"],
  ["8800100259", "陈杰", "158****5717", "10-03"],
  ["8800100266", "杨丽", "186****9137", ""],
  ["8800100273", "赵军", "158****6685", "1979-02-01"],
  ["8800100280", "黄婷", "158****9134", "02-06"],
];

function memberRows(
  members: readonly [string, string, string, string][],
  header = ["会员卡号", "姓名", "手机号", "生日", "积分"]
): SourceCell[][] {
  return [header, ...members.map((m, i) => [...m, String(1000 + i * 37)])];
}

describe("a member export with masked phone numbers", () => {
  it("maps 手机号 to the phone, keeps masked numbers as written and full ones too", () => {
    const r = importWorkbook([sheet("会员", memberRows(MEMBERS))], { phoneRegion: "CN" });
    const phone = r.mappings[0].columns.find((c) => c.header === "手机号");
    expect(phone?.field).toBe("phone");
    expect(phone?.reasons?.map((x) => x.code)).toContain("map.why.masked-phones");
    const byName = new Map(r.records.Clients.map((c) => [c.name, c]));
    expect(byName.get("王芳")?.phone).toBe("138****1234");
    expect(byName.get("刘洋")?.phone).toBe("13891339711");
  });

  it("never takes two people sharing a masked number for one client", () => {
    // Same name, same masked number, nothing else: a person cannot tell them apart, so both stay.
    const rows: SourceCell[][] = [
      ["姓名", "手机号", "积分"],
      ["王芳", "138****1234", "100"],
      ["李强", "139****2222", "200"],
      ["王芳", "138****1234", "300"],
      ["张敏", "186****9137", "400"],
      ["刘洋", "158****5717", "500"],
      ["陈杰", "177****0001", "600"],
    ];
    const r = importWorkbook([sheet("会员", rows)], { phoneRegion: "CN" });
    expect(r.mappings[0].columns[1].field).toBe("phone");
    expect(r.records.Clients.filter((c) => c.name === "王芳")).toHaveLength(2);
  });

  it("still merges two rows of one person with the same full number", () => {
    const rows: SourceCell[][] = [
      ["姓名", "手机号", "积分"],
      ["林小雨", "13912340001", "100"],
      ["李强", "139****2222", "200"],
      ["林小雨", "13912340001", "300"],
      ["张敏", "186****9137", "400"],
      ["刘洋", "158****5717", "500"],
    ];
    const r = importWorkbook([sheet("会员", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.filter((c) => c.name === "林小雨")).toHaveLength(1);
  });
});

describe("a member export with month-day birthdays", () => {
  it("maps 生日 to the birthday: full dates are read, month-day ones kept in notes without a year", () => {
    const r = importWorkbook([sheet("会员", memberRows(MEMBERS))], { phoneRegion: "CN" });
    const birthday = r.mappings[0].columns.find((c) => c.header === "生日");
    expect(birthday?.field).toBe("birthday");
    const byName = new Map(r.records.Clients.map((c) => [c.name, c]));
    expect(byName.get("刘洋")?.birthday).toBe("1983-06-15");
    expect(byName.get("王芳")?.birthday ?? null).toBeNull();
    expect(String(byName.get("王芳")?.notes)).toContain("03-15");
    // Most of the column is month-day: said once for the column, with the count, not per row.
    const issue = r.issues.find((i) => i.field === "birthday" && i.code === "value.column-kept");
    expect(issue).toMatchObject({ row: null, column: "D (生日)" });
    expect(issue?.params).toMatchObject({ problem: "date.no-year" });
    expect(issue?.params?.examples).toContain('"03-15"');
    expect(r.issues.filter((i) => i.field === "birthday" && i.row !== null)).toEqual([]);
  });

  it("but a column of month-day values under another header is no birthday", () => {
    const rows = memberRows(MEMBERS, ["会员卡号", "姓名", "手机号", "期数", "积分"]);
    const r = importWorkbook([sheet("会员", rows)], { phoneRegion: "CN" });
    expect(r.mappings[0].columns[3].field).not.toBe("birthday");
  });
});

describe("a survey export headed by its questions", () => {
  const NAMES = ["李佳怡", "张明哲", "王思远", "陈雨桐", "杨浩然", "刘子涵", "赵一鸣", "孙悦"];
  const rows: SourceCell[][] = [
    [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "1、您的姓名：",
      "2、您的手机号码：",
      "3、您目前的家庭年收入大约是：",
      "4、方便联系的时间：",
    ],
  ];
  NAMES.forEach((name, i) =>
    rows.push([
      String(i + 1),
      `2024/03/0${i + 1} 09:5${i}:11`,
      `${120 + i * 17}秒`,
      ["链接", "微信"][i % 2],
      name,
      `138${String(72498494 + i * 1111).padStart(8, "0")}`,
      ["20万以下", "20-50万", "100万以上"][i % 3],
      ["周末", "工作日白天", "工作日晚上"][i % 3],
    ])
  );

  it("reads 1、您的姓名： as the name and 2、您的手机号码： as the phone: a list of clients", () => {
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "CN" });
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const fields = new Map(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(fields.get("1、您的姓名：")).toBe("name");
    expect(fields.get("2、您的手机号码：")).toBe("phone");
    expect(fields.get("来源")).toBeNull();
    expect(r.records.Clients.map((c) => c.name)).toEqual(NAMES);
  });

  it("but a quarter's figure (Q1 Sales) keeps its Q1", () => {
    const sales: SourceCell[][] = [["Customer", "Q1 Sales"]];
    NAMES.forEach((_, i) => sales.push([`Client ${i} Ltd`, 1000 + i]));
    const r = importWorkbook([sheet("Sales", sales)]);
    expect(r.mappings[0].columns[1].field).not.toBe("annualRevenue");
  });
});

describe("a contacts export: people with their company", () => {
  const PEOPLE: [string, string, string][] = [
    ["Emily", "Carter", "Northwind Logistics"],
    ["James", "Okafor", "Northwind Logistics"],
    ["Sofia", "Martinez", "Northwind Logistics"],
    ["Liam", "Nguyen", "BluePeak Analytics"],
    ["Emily", "Shaw", "BluePeak Analytics"],
    ["Noah", "Fischer", "Alpenbau GmbH"],
    ["Ava", "Patel", ""],
  ];
  const rows: SourceCell[][] = [
    [
      "First Name",
      "Last Name",
      "Email",
      "Phone Number",
      "Company Name",
      "Job Title",
      "Create Date",
    ],
  ];
  PEOPLE.forEach(([first, last, company], i) =>
    rows.push([
      first,
      last,
      `${first}.${last}@example${i}.com`.toLowerCase(),
      `+1 (415) 555-01${10 + i}`,
      company,
      "Buyer",
      ["Daniel Brooks", "Rachel Kim"][i % 2],
      `2024-03-0${i + 1} 10:22`,
    ])
  );

  it("makes each Company Name an enterprise client, its people its contacts", () => {
    const r = importWorkbook([sheet("hubspot-export", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Contacts");
    expect(r.mappings[0].columns.map((c) => c.field).slice(0, 6)).toEqual([
      "name",
      "name",
      "email",
      "phone",
      "clientName",
      "title",
    ]);
    expect(r.records.Contacts.map((c) => c.name)).toContain("Emily Carter");
    expect(r.records.Contacts).toHaveLength(PEOPLE.length - 1);
    const accounts = r.records.Clients.filter((c) => c.kind === "enterprise").map((c) => c.name);
    expect(accounts).toEqual(["Northwind Logistics", "BluePeak Analytics", "Alpenbau GmbH"]);
    // Ava Patel works at no account: a client of her own.
    expect(r.records.Clients.find((c) => c.name === "Ava Patel")?.kind).toBe("person");
  });

  it("but a company list with one contact each keeps the company as the client", () => {
    const companies: SourceCell[][] = [["Company Name", "First Name", "Last Name", "Phone"]];
    ["Northwind Logistics", "BluePeak Analytics", "Alpenbau GmbH", "Sakura Foods", "Maison Verte"]
      .map((c, i) => [c, PEOPLE[i][0], PEOPLE[i][1], `+1 415 555 01${10 + i}`])
      .forEach((row) => companies.push(row));
    const r = importWorkbook([sheet("accounts", companies)]);
    expect(r.mappings[0].columns[0].field).toBe("name");
    expect(r.records.Clients[0].name).toBe("Northwind Logistics");
  });
});

describe("a customer list from a chat tool", () => {
  const rows: SourceCell[][] = [
    ["客户名称", "客户类型", "企业名称", "添加人", "添加时间", "手机号"],
  ];
  const NAMES = ["余婷", "石磊", "王芳", "李强", "张敏", "刘洋", "陈杰"];
  NAMES.forEach((name, i) =>
    rows.push([
      name,
      ["微信", "企业微信"][i % 2],
      ["杭州西子联合", "绍兴唐氏酒业", "宁波海天塑机"][i % 3],
      ["赵丽娜", "陈思远"][i % 2],
      `2024-06-1${i} 19:17`,
      `1361612345${i}`,
    ])
  );

  it("reads who added the customer as the owner, when as client since, the company as employer", () => {
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "CN" });
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      null,
      "employer",
      "owner",
      "clientSince",
      "phone",
    ]);
    expect(r.records.Clients[0].clientSince).toBe("2024-06-10");
    // 客户类型 here says how the customer was added (微信, 企业微信), not the kind: no warning on it.
    expect(r.issues.filter((i) => i.field === "kind").map((i) => i.code)).toEqual([
      "import.kind-from-person-names",
    ]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(NAMES.map(() => "person"));
  });
});

describe("a partner list with a flag and an empty column", () => {
  const rows: SourceCell[][] = [["Company Name", "Display Name", "is_company", "Email"]];
  const NAMES = ["Azure Interior", "Deco Addict", "Gemini Furniture", "Lumber Inc", "Ready Mat"];
  NAMES.forEach((name, i) =>
    rows.push(["", name, i % 2 ? "False" : "True", `info${i}@example.com`])
  );

  it("names each client by the filled Display Name, and is_company is the kind, no employer", () => {
    const r = importWorkbook([sheet("res.partner", rows)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[0]).not.toBe("name");
    expect(fields.slice(1)).toEqual(["name", "kind", "email"]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(NAMES);
    // True is a company, False a person (Odoo's res.partner).
    expect(r.records.Clients.map((c) => c.kind)).toEqual([
      "enterprise",
      "person",
      "enterprise",
      "person",
      "enterprise",
    ]);
  });
});

describe("monthly revenue and pay", () => {
  const COMPANIES = [
    "杭州云栖智造科技有限公司",
    "绍兴唐氏酒业有限公司",
    "宁波海天塑机集团",
    "温州瓯江物流有限公司",
    "嘉兴南湖纺织有限公司",
    "湖州太湖建材有限公司",
  ];

  it("reads 每月营收 as the revenue, a year's figure (×12)", () => {
    const rows: SourceCell[][] = [["客户名称", "每月营收"]];
    COMPANIES.forEach((c, i) => rows.push([c, 10000 * (i + 1)]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("annualRevenue");
    expect(r.records.Clients[0].annualRevenue).toBe(120000);
  });

  it("reads 月薪 as a person's income, ×12", () => {
    const rows: SourceCell[][] = [["姓名", "月薪", "身份证号"]];
    ["王芳", "李强", "张敏", "刘洋", "陈杰", "杨丽"].forEach((n, i) =>
      rows.push([n, 8000 + i * 1000, ""])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("annualIncome");
    expect(r.records.Clients[0].annualIncome).toBe(96000);
  });

  it("reads 月均收入 on a list of companies as the revenue they bring, not an income", () => {
    const rows: SourceCell[][] = [["客户名称", "月均收入"]];
    COMPANIES.forEach((c, i) => rows.push([c, 5000 * (i + 1)]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("annualRevenue");
    expect(r.records.Clients[1].annualRevenue).toBe(120000);
  });
});

describe("Hong Kong policy types", () => {
  it("reads 危疾 Critical Illness as critical illness and 儲蓄 Savings as a life policy", () => {
    const rows: SourceCell[][] = [["客戶姓名", "保單號碼", "險種", "保額"]];
    const TYPES = ["危疾 Critical Illness", "人壽 Life", "儲蓄 Savings", "醫療 Medical", "危疾"];
    TYPES.forEach((t, i) => rows.push([["陳大文", "黃志強"][i % 2], `AIA-10234${i}`, t, 100000]));
    const r = importWorkbook([sheet("保單", rows)]);
    expect(r.records.Insurance.map((p) => p.type)).toEqual([
      "critical-illness",
      "life",
      "life",
      "medical",
      "critical-illness",
    ]);
  });
});

describe("a partner list with a phone and a mobile, and only a city", () => {
  const rows: SourceCell[][] = [["Name", "City", "Phone", "Mobile"]];
  const PEOPLE: [string, string, string, string][] = [
    ["Brandon Freeman", "Fremont", "(870)-931-0505", "(979)-904-8903"],
    ["Colleen Diaz", "Tracy", "", "(255)-595-8393"],
    ["Nicole Ford", "Oakland", "(946)-638-6034", ""],
    ["Toni Rhodes", "Fremont", "(870)-931-0506", "(870)-931-0506"],
    ["Jesse Brown", "San Jose", "(829)-386-3277", "(979)-904-8911"],
  ];
  PEOPLE.forEach((p) => rows.push([...p]));

  it("keeps the mobile as the phone, the other number where it is blank, and a lone City is the address", () => {
    const r = importWorkbook([sheet("partners", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      "address",
      "phone",
      "phone",
    ]);
    const phones = r.records.Clients.map((c) => c.phone);
    expect(phones).toEqual([
      "(979)-904-8903",
      "(255)-595-8393",
      "(946)-638-6034",
      "(870)-931-0506",
      "(979)-904-8911",
    ]);
    // The other number is kept, in notes, where both were given (and differ).
    expect(r.records.Clients[0].notes).toContain("(870)-931-0505");
    expect(r.records.Clients[4].notes).toContain("(829)-386-3277");
    expect(String(r.records.Clients[3].notes ?? "")).not.toContain("931-0506");
    expect(r.records.Clients[0].address).toBe("Fremont");
  });
});

describe("tuned misses", () => {
  const FIRMS = [
    "Hollander BV",
    "Vermeer Holding BV",
    "Dijkstra & Zn",
    "Van Dam LLP",
    "Bakker Ltd",
  ];

  it("a risk tier on a money-laundering review sheet is the bank's rating, not the risk appetite", () => {
    const rows: SourceCell[][] = [["client_name", "risk_tier", "is_pep", "number_of_ubos"]];
    FIRMS.forEach((f, i) => rows.push([f, ["Low", "Medium", "High"][i % 3], "False", i + 1]));
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.mappings[0].columns[1].field).toBeNull();
    expect(r.records.Clients[0].riskProfile ?? null).toBeNull();
  });

  it("but a risk tolerance on such a sheet is still the client's risk profile", () => {
    const rows: SourceCell[][] = [["client_name", "risk_tolerance", "is_pep"]];
    FIRMS.forEach((f, i) =>
      rows.push([f, ["Conservative", "Moderate", "Aggressive"][i % 3], "No"])
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("riskProfile");
  });

  it("a holding's 截止日期 beside its 起始日期 is its maturity date", () => {
    const rows: SourceCell[][] = [["客户名称", "理财金额", "起始日期", "截止日期"]];
    ["王芳", "李强", "张敏", "刘洋", "陈杰"].forEach((n, i) =>
      rows.push([n, `${10 + i}万`, `2024-0${i + 1}-01`, `2025-0${i + 1}-01`])
    );
    const r = importWorkbook([sheet("理财", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.mappings[0].columns[3].field).toBe("maturityDate");
  });
});
