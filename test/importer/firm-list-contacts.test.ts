/**
 * Who a row is about when a list names both a firm and a person. A renewal or order list of
 * companies names its contact person on some rows only, and every such row names the company too:
 * the companies are the clients, the person their contact. A list of people names every person,
 * the company beside them on some rows: the people are the clients.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRMS = [
  "Harbour Logistics Pvt Ltd",
  "Northwind Textiles",
  "Sunrise Polymers Ltd",
  "Bluegate Software Pvt Ltd",
  "Kestrel Foods",
  "Meridian Steel Works",
  "Orchid Pharma Ltd",
  "Tarun Motors Pvt Ltd",
  "Lakeside Printers",
  "Vega Electricals",
];
const PEOPLE = [
  "Asha Kumar",
  "Rohan Mehta",
  "Priya Nair",
  "Vikram Singh",
  "Neha Joshi",
  "Arjun Rao",
  "Kavya Iyer",
  "Sanjay Gupta",
  "Meera Pillai",
  "Dev Malhotra",
];

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

describe("a list naming a company on every row and its contact person on some", () => {
  // One row per appliance sold: the customer's company, and the person to call on most rows.
  const rows: SourceCell[][] = [
    ["Model", "Company", "Serial No", "Person Name", "Phone", "Mail Id", "City"],
    ...FIRMS.map((firm, i) => [
      `FW-${40 + i}`,
      firm,
      `SN${7000 + i}`,
      i % 3 === 2 ? null : PEOPLE[i],
      `98450${String(10000 + i * 137)}`,
      `it${i}@${firm.split(" ")[0].toLowerCase()}.example.com`,
      i % 2 === 0 ? "Jaipur" : "Udaipur",
    ]),
  ];
  const r = importWorkbook([sheet("Renewals", rows)]);

  it("takes the company as the client and the person as its contact", () => {
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(fieldsOf(r)).toMatchObject({ Company: "name", "Person Name": "mainContact" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(FIRMS);
    expect(r.records.Clients[0].mainContact).toBe("Asha Kumar");
    expect(r.records.Clients[2].mainContact ?? null).toBeNull();
  });

  it("says why, in every language", () => {
    const company = r.mappings[0].columns.find((c) => c.header === "Company");
    const reason = company?.reasons?.find((x) => x.code === "map.why.firm-rows");
    expect(reason?.params).toMatchObject({ firmOnly: 3, firmRows: 10 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(reason!.code, reason!.params, lang) ?? "";
      expect(text).toContain("Person Name");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("a list of people with the company some of them work at", () => {
  // Every row names a person; the company is written where it is known.
  const rows: SourceCell[][] = [
    ["Person Name", "Company", "Phone", "Email"],
    ...PEOPLE.map((person, i) => [
      person,
      i % 3 === 2 ? null : FIRMS[i],
      `98450${String(20000 + i * 211)}`,
      `${person.split(" ")[0].toLowerCase()}@example.com`,
    ]),
  ];
  const r = importWorkbook([sheet("People", rows)]);

  it("keeps the people as the clients, the company where each works", () => {
    expect(fieldsOf(r)).toMatchObject({ "Person Name": "name", Company: "employer" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(PEOPLE);
  });
});

/** Subscribers, three of them companies; `company` gives the company-name cell of a company's row. */
function subscriberList(company: (name: string) => string): SourceCell[][] {
  const subscribers = [
    "沈宜翰",
    "蕭承翰",
    "龍辰實業",
    "趙佳佳",
    "林志明",
    "納喜科技",
    "陳美玲",
    "黃建國",
    "導航國際",
    "吳淑芬",
    "王大同",
    "張雅婷",
  ];
  const companies = new Set(["龍辰實業", "納喜科技", "導航國際"]);
  return [
    ["對帳號碼", "客戶類別", "公司名稱", "用戶名稱", "行動電話"],
    ...subscribers.map((name, i) => [
      `FBB_${1100002000 + i}`,
      companies.has(name) ? "51" : "1",
      companies.has(name) ? company(name) : null,
      name,
      `09${String(12345670 + i * 7)}`,
    ]),
  ];
}

describe("a subscriber list whose company-name column is filled on its company subscribers' rows only", () => {
  // 用戶名稱 names every subscriber; 公司名稱 gives the company's registered name on its rows.
  const r = importWorkbook(
    [
      sheet(
        "Subscribers",
        subscriberList((n) => `${n}有限公司`)
      ),
    ],
    {
      phoneRegion: "TW",
    }
  );
  const column = (header: string) => r.mappings[0].columns.find((c) => c.header === header);

  it("imports every subscriber by the column that names each row", () => {
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(column("用戶名稱")?.field).toBe("name");
    expect(r.records.Clients.map((c) => c.name)).toHaveLength(12);
    expect(r.summary.rejected).toBe(0);
  });

  it("says why the fuller column names the client, and keeps the company's name", () => {
    expect(column("公司名稱")?.field).not.toBe("name");
    const reason = column("用戶名稱")?.reasons?.find((x) => x.code === "map.why.name-on-more-rows");
    expect(reason?.params).toMatchObject({ filled: 12, few: 3 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(reason!.code, reason!.params, lang)).toContain("公司名稱");
    const company = r.records.Clients.find((c) => c.name === "龍辰實業");
    expect(JSON.stringify(company)).toContain("龍辰實業有限公司");
  });
});

describe("a subscriber list whose company-name column repeats the subscriber on company rows", () => {
  const r = importWorkbook(
    [
      sheet(
        "Subscribers",
        subscriberList((n) => n)
      ),
    ],
    {
      phoneRegion: "TW",
    }
  );

  it("does not set aside the fuller column as a copy of the other", () => {
    const full = r.mappings[0].columns.find((c) => c.header === "用戶名稱");
    expect(full?.field).toBe("name");
    expect(full?.reasons?.map((x) => x.code)).not.toContain("map.why.repeats-name");
    expect(r.records.Clients).toHaveLength(12);
  });
});

describe("a company on every row beside its representatives", () => {
  it("reads the companies as the clients and the first representative as their contact", () => {
    const rows: SourceCell[][] = [
      ["ID", "COMPANY", "STATUS", "PRIMARY REP", "TITLE", "EMAIL", "SECONDARY REP"],
      ...FIRMS.slice(0, 6).map((firm, i) => [
        `V0${i + 1}`,
        firm,
        i % 2 === 0 ? "Local" : "Not Local",
        PEOPLE[i],
        "Sales Manager",
        `rep${i}@example.com`,
        PEOPLE[i + 4] ?? "",
      ]),
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[1]).toBe("name");
    expect(fields[3]).toBe("mainContact");
    expect(r.records.Clients.map((c) => c.name)).toEqual(FIRMS.slice(0, 6));
    expect(r.records.Clients[0].mainContact).toBe(PEOPLE[0]);
  });
});

describe("a firm list whose contact is written as a first and a last name", () => {
  // A CRM export: the person's name in two columns, filled on some rows; the firm on every row.
  const rows: SourceCell[][] = [
    ["first_name", "last_name", "company", "phone", "city"],
    ...FIRMS.map((firm, i) => [
      i % 3 === 2 ? null : PEOPLE[i].split(" ")[0],
      i % 3 === 2 ? null : PEOPLE[i].split(" ")[1],
      firm,
      `(905) 555-${String(1000 + i * 37)}`,
      i % 2 === 0 ? "Hamilton" : "Oshawa",
    ]),
  ];
  const r = importWorkbook([sheet("Prospects", rows)]);

  it("takes the firm as the client and the two name parts as its contact, joined", () => {
    expect(fieldsOf(r)).toMatchObject({
      first_name: "mainContact",
      last_name: "mainContact",
      company: "name",
    });
    expect(r.records.Clients.map((c) => c.name)).toEqual(FIRMS);
    expect(r.records.Clients[0].mainContact).toBe("Asha Kumar");
    expect(r.records.Clients[2].mainContact ?? null).toBeNull();
  });
});

describe("a customer table kept by firm: the firm first, one person beside each", () => {
  // An order system's customer list: every row names both, the firm leads, no firm twice.
  const rows: SourceCell[][] = [
    ["Company", "ID", "First Name", "Last Name", "Job Title", "Business Phone"],
    ...FIRMS.map((firm, i) => [
      firm,
      i + 1,
      PEOPLE[i].split(" ")[0],
      PEOPLE[i].split(" ")[1],
      i % 2 === 0 ? "Owner" : "Purchasing Manager",
      `(206) 555-${String(1100 + i * 13)}`,
    ]),
  ];
  const r = importWorkbook([sheet("Customer List", rows)]);

  it("takes the firm as the client, the person as its contact, the title as no occupation", () => {
    expect(fieldsOf(r)).toMatchObject({
      Company: "name",
      "First Name": "mainContact",
      "Last Name": "mainContact",
      "Job Title": null,
    });
    expect(r.records.Clients.map((c) => c.name)).toEqual(FIRMS);
    expect(r.records.Clients[1].mainContact).toBe("Rohan Mehta");
  });

  it("says why, in every language", () => {
    const company = r.mappings[0].columns.find((c) => c.header === "Company");
    const reason = company?.reasons?.find((x) => x.code === "map.why.firm-leads");
    expect(reason).toBeDefined();
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(reason!.code, reason!.params, lang) ?? "";
      expect(text).toContain("Company");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });
});

describe("a list of people led by their names, the company beside each", () => {
  // The person leads: the people are the clients even when each works somewhere else.
  const rows: SourceCell[][] = [
    ["First Name", "Last Name", "Company", "Phone"],
    ...PEOPLE.map((person, i) => [
      person.split(" ")[0],
      person.split(" ")[1],
      FIRMS[i],
      `98450${String(30000 + i * 97)}`,
    ]),
  ];
  const r = importWorkbook([sheet("People", rows)]);

  it("keeps the people as the clients", () => {
    expect(fieldsOf(r)).toMatchObject({ "First Name": "name", Company: "employer" });
    expect(r.records.Clients[0].name).toBe("Asha Kumar");
  });
});

describe("a 繁體 list kept by firm: 公司名稱 first, one 姓名 beside each", () => {
  const firms = [
    "宏達貿易有限公司",
    "恒信機械廠",
    "天成電子有限公司",
    "永豐紡織股份有限公司",
    "瑞安五金製品廠",
    "華美包裝有限公司",
    "青山建材行",
    "金鑫食品有限公司",
  ];
  const people = ["王建國", "李秀英", "張偉", "劉芳", "陳靜", "楊磊", "趙麗", "黃濤"];
  const rows: SourceCell[][] = [
    ["公司名稱", "姓名", "職稱", "電話"],
    ...firms.map((firm, i) => [firm, people[i], "經理", `02-2700${String(1000 + i)}`]),
  ];
  const r = importWorkbook([sheet("客戶", rows)]);

  it("takes the firm as the client and the person as its contact", () => {
    expect(fieldsOf(r)).toMatchObject({ 公司名稱: "name", 姓名: "mainContact" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(firms);
    expect(r.records.Clients[0].mainContact).toBe("王建國");
  });
});
