/**
 * Short lists whose headers hardly speak for a register sheet but say whose each row is: a column
 * headed as the clients themselves (client, 客户, 客戶) in a workbook holding nothing else, people's
 * names beside where they are (Name | City | Country). A person importing such a workbook means
 * those clients. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRMS = [
  "Alder Foods",
  "Birch Motors",
  "Cedar Telecom",
  "Dahlia Cosmetics",
  "Elm Retail",
  "Fern Finance",
  "Gale Beverages",
  "Hazel Property",
  "Iris Dairy",
  "Juniper Digital",
  "Kestrel Snacks",
  "Larch Electronics",
  "Maple Media",
  "Nettle Insurance",
  "Oak Logistics",
  "Pine Pharma",
  "Quince Travel",
  "Rowan Energy",
  "Sorrel Fashion",
  "Thyme Hotels",
];
const ZH = [
  "华泰食品",
  "金星电子",
  "长江物流",
  "东方传媒",
  "南山乳业",
  "北辰地产",
  "西湖茶业",
  "中原药业",
  "海天调味",
  "天成科技",
  "恒通电器",
  "瑞丰纺织",
];
const ZH_TW = [
  "華泰食品",
  "金星電子",
  "長江物流",
  "東方傳媒",
  "南山乳業",
  "北辰地產",
  "西湖茶業",
  "中原藥業",
  "海天調味",
  "天成科技",
  "恆通電器",
  "瑞豐紡織",
];

function teamList(headers: [string, string], names: readonly string[]): SourceCell[][] {
  return [
    headers,
    ...names.map((n, i): SourceCell[] => [`T${String((i % 4) + 1).padStart(2, "0")}`, n]),
  ];
}

describe("a column headed as the clients, in a workbook holding nothing else", () => {
  it.each([
    ["en", ["team", "client"] as [string, string], FIRMS],
    ["zh-CN", ["组别", "客户"] as [string, string], ZH],
    ["zh-TW", ["組別", "客戶"] as [string, string], ZH_TW],
  ])("imports its names as the clients (%s)", (_, headers, names) => {
    const r = importWorkbook([sheet("Sheet1", teamList(headers, names))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...names].sort());
  });

  it.each([
    ["en", ["Customer Search Term", "Impressions", "Clicks"]],
    ["zh-CN", ["客户搜索词", "展示量", "点击量"]],
  ])(
    "leaves a report of the customers' search terms alone: a thing of theirs (%s)",
    (_, headers) => {
      const terms = FIRMS.map((f) => `${f.toLowerCase()} near me`);
      const rows: SourceCell[][] = [
        headers,
        ...terms.map((t, i): SourceCell[] => [t, 100 + i * 13, i % 7]),
      ];
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Clients ?? []).toHaveLength(0);
    }
  );

  it("leaves a list of products alone: its header says nothing of a client", () => {
    const r = importWorkbook([sheet("Sheet1", teamList(["team", "product"], FIRMS))]);
    expect(r.records.Clients ?? []).toHaveLength(0);
  });
});

describe("people's names beside where they are", () => {
  it("reads Name | Gender | Country | City as a list of those people", () => {
    const people = [
      "Rina Hasan",
      "Tomas Berg",
      "Ayu Lestari",
      "Budi Santoso",
      "Clara Weiss",
      "Dewi Putri",
      "Eko Prasetyo",
      "Farah Aziz",
      "Gita Sari",
      "Hendra Wijaya",
      "Indah Permata",
      "Joko Susilo",
    ];
    const cities = ["Bandung", "Jakarta", "Bogor", "Depok"];
    const rows: SourceCell[][] = [
      ["Name", "Gender", "Country", "City"],
      ...people.map((p, i): SourceCell[] => [
        p,
        i % 2 ? "Male" : "Female",
        "Indonesia",
        cities[i % 4],
      ]),
    ];
    const r = importWorkbook([sheet("2021", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(people.length);
  });
});

describe("a contact export naming no party its people belong to", () => {
  const first = [
    "Alex",
    "Sasha",
    "Maria",
    "Ivan",
    "Olga",
    "Timur",
    "Aigerim",
    "Daniyar",
    "Alex",
    "Maria",
  ];
  const last = [
    "Teshebayev",
    "Kravchuk",
    "Petrova",
    "Sokolov",
    "",
    "Aliev",
    "Nurlanova",
    "",
    "Kim",
    "",
  ];
  it.each([
    ["en", ["Contact Id", "First Name", "Last Name"]],
    ["zh-CN", ["联系人编号", "名", "姓"]],
    ["zh-TW", ["聯絡人編號", "名", "姓"]],
  ])(
    "keys each person by the contact's own number, never as a contact's name (%s)",
    (_, headers) => {
      const rows: SourceCell[][] = [headers];
      for (let i = 0; i < 30; i++)
        rows.push([
          `C${(7919 * (i + 3)).toString(36).toUpperCase()}X${i}`,
          first[i % 10],
          last[i % 10],
        ]);
      const r = importWorkbook([sheet("Export_Contacts", rows)]);
      const id = r.mappings[0].columns[0];
      expect(id.field).not.toBe("mainContact");
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(id.field).toBe("clientId");
      // Namesakes (Alex, Maria) are different people: each contact stays a client of its own.
      expect(r.records.Clients).toHaveLength(30);
    }
  );
});

describe("a CRM export of every property, its headers fitting every sheet alike", () => {
  const headers = [
    "Record ID",
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Company Name",
    "Contact owner",
    "Create Date",
    "Lead Status",
    "Lifecycle Stage",
    "Annual Revenue",
    "Industry",
    "Job Title",
    "City",
    "Deal Stage",
    "Amount",
    "Close Date",
    "Probability",
    "Ticket status",
    "Priority",
    "Complaint Type",
    "Last Activity Date",
    "Policy Number",
    "Premium",
  ];
  const given = [
    "Bat",
    "Zolzaya",
    "Chimeg",
    "Tuya",
    "Ganbold",
    "Saraa",
    "Enkh",
    "Oyun",
    "Bold",
    "Nomin",
  ];
  it("is the list of the people it names when nothing else in the workbook imports", () => {
    const rows: SourceCell[][] = [headers];
    for (let i = 0; i < 24; i++)
      rows.push(
        headers.map((h): SourceCell => {
          if (h === "Record ID") return String(395000000000 + i * 7919);
          if (h === "First Name")
            return `${given[i % 10]}${i >= 10 ? ` ${String.fromCharCode(65 + i)}.` : ""}`;
          if (h === "Email") return `lead${i}@example.test`;
          if (h === "Phone Number") return `+976 9911${String(1000 + i)}`;
          if (h === "Company Name") return i === 3 ? "Nomad Travel LLC" : null;
          if (h === "Create Date") return `2024-03-${String((i % 27) + 1).padStart(2, "0")}`;
          if (h === "Lifecycle Stage") return "lead";
          return null;
        })
      );
    const r = importWorkbook([sheet("contacts", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(24);
  });
});

describe("a name in two columns whose first part repeats", () => {
  it.each([
    ["en", ["First Name", "Last Name", "Lead Type"]],
    ["zh-CN", ["名", "姓", "线索类型"]],
  ])(
    "joins the parts into each row's name, never taking the first part as our rep (%s)",
    (_, headers) => {
      // A lead scraper splits a firm after its first word and a person after the surname: the
      // first words repeat (Mission, Lozano) while the joined names differ.
      const rows: SourceCell[][] = [headers];
      const firsts = ["Mission", "Lozano", "Harbor", "Garza"];
      for (let i = 0; i < 40; i++)
        rows.push([
          firsts[i % 4],
          `${FIRMS[i % 20].split(" ")[0]} ${i < 20 ? "Holdings Llc" : "Maria"}`,
          "Lis Pendens",
        ]);
      const r = importWorkbook([sheet("leads", rows)]);
      const [first, last] = r.mappings[0].columns;
      expect(first.field).toBe("name");
      expect(last.field).toBe("name");
      expect(r.records.Clients.every((c) => !c.owner)).toBe(true);
      expect(r.records.Clients).toHaveLength(40);
    }
  );
});
