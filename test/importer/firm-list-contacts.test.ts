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
