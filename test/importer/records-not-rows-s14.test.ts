/**
 * Session 14: which register sheet a table feeds, read from what its rows are.
 * - Complaint tickets that name a product (SKU Id, 商品编号) are complaints, not a catalogue: the
 *   products come back row after row, so the rows are not the products.
 * - A column whose every value is a formula error (#NAME?, #N/A) holds nothing to read.
 * - A name that stands beside many different client numbers is a person handling the rows.
 * - A contacts export where most people name no company is a list of people in their own right.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PRODUCTS: [string, string, string][] = [
  ["40127711", "Fresh Curd Cup", "Dairy"],
  ["40158264", "Toned Milk 500ml", "Dairy"],
  ["40033012", "Brown Bread", "Bakery"],
];
const AGENTS = ["Harleen Sharma", "Meera Kapoor", "Ananya Rao"];
/** Agents known by their staff numbers: nothing on the rows reads as a person's name. */
const AGENT_CODES = [73145, 76582, 71145];

interface Layout {
  label: string;
  headers: string[];
  /** Where each of ticket, date, member, sku id, sku name, sku category, issue, status, agent sits. */
  order: number[];
  status: [string, string];
}

const LAYOUTS: Layout[] = [
  {
    label: "English",
    headers: [
      "Ticket ID",
      "Date",
      "Member Id",
      "SKU Id",
      "SKU Name",
      "SKU Category",
      "Issue",
      "Status",
      "CS Empcode",
    ],
    order: [0, 1, 2, 3, 4, 5, 6, 7, 8],
    status: ["Pending", "Closed"],
  },
  {
    label: "简体, another column order",
    headers: [
      "投诉日期",
      "工单号",
      "商品编号",
      "商品名称",
      "会员号",
      "投诉内容",
      "处理状态",
      "产品类别",
      "客服工号",
    ],
    order: [1, 0, 4, 2, 3, 7, 5, 6, 8],
    status: ["处理中", "已解决"],
  },
  {
    label: "繁體, extra columns",
    headers: [
      "客訴單號",
      "受理日期",
      "會員編號",
      "商品編號",
      "品名",
      "規格",
      "客訴內容",
      "處理狀態",
      "客服編號",
      "配送站",
    ],
    order: [0, 1, 2, 3, 4, 5, 6, 7, 8],
    status: ["處理中", "已結案"],
  },
];

function tickets(layout: Layout, agents: readonly SourceCell[] = AGENT_CODES): SourceCell[][] {
  const rows = 12;
  const header = [...layout.headers];
  if (agents === AGENTS) header[layout.order[8]] = "CS Name";
  const out: SourceCell[][] = [header];
  for (let i = 0; i < rows; i++) {
    const product = PRODUCTS[i % PRODUCTS.length];
    const values: SourceCell[] = [
      766057707508 + i * 7919,
      `2025-12-${String(10 + (i % 9)).padStart(2, "0")}`,
      `${9600000 + i * 131}`,
      product[0],
      product[1],
      product[2],
      i % 2 === 0 ? "Item missing from the order" : "Milk delivered sour",
      layout.status[i % 2],
      agents[i % agents.length],
    ];
    const row: SourceCell[] = [];
    layout.order.forEach((at, k) => {
      row[at] = values[k];
    });
    if (layout.headers.length > values.length) row[values.length] = `Hub ${i % 2}`;
    out.push(row);
  }
  return out;
}

describe("complaint tickets that name a product", () => {
  for (const layout of LAYOUTS) {
    it(`are complaints, not a product catalogue (${layout.label})`, () => {
      const r = importWorkbook([sheet("Sheet1", tickets(layout))]);
      expect(r.mappings[0].registerSheet).toBe("Complaints");
      expect(r.mappings[0].kind).toBeUndefined();
      expect(r.records.Complaints).toHaveLength(12);
    });
  }

  it("while a list of products, one per row, stays a catalogue", () => {
    const rows: SourceCell[][] = [["SKU Id", "SKU Name", "SKU Category", "Price", "Stock"]];
    ["Curd Cup", "Toned Milk", "Brown Bread", "Paneer", "Ghee", "Butter", "Lassi"].forEach(
      (name, i) => rows.push([`4012${i}`, name, i < 3 ? "Dairy" : "Bakery", 20 + i, 5 * i])
    );
    const r = importWorkbook([sheet("Items", rows)]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "catalogue" });
  });
});

describe("a column of formula errors", () => {
  it("is no field, whatever its header says, and the rows are still read", () => {
    const rows = tickets(LAYOUTS[0], AGENTS);
    rows[0].push("Customer Name");
    for (let i = 1; i < rows.length; i++) rows[i].push({ error: i % 3 === 0 ? "#N/A" : "#NAME?" });
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const column = r.mappings[0].columns.find((c) => c.header === "Customer Name");
    expect(column?.field).toBeNull();
    expect(column?.reasons?.[0]?.code).toBe("map.why.error-values");
    expect(r.records.Complaints).toHaveLength(12);
    expect(r.records.Clients.some((c) => c.name === "#NAME?")).toBe(false);
  });

  it("keeps a column whose errors are only some of its values", () => {
    const rows: SourceCell[][] = [["Customer Name", "Phone"]];
    ["Ravi Kumar", "Anita Desai", "Suresh Iyer", "Kavya Nair"].forEach((name, i) =>
      rows.push([name, `+91 98450 1234${i}`])
    );
    rows.push([{ error: "#N/A" }, "+91 98450 12349"]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns[0].field).toBe("name");
  });
});

describe("a name beside many client numbers", () => {
  it("is not the client's name: the agent handles many members' tickets", () => {
    const r = importWorkbook([sheet("Sheet1", tickets(LAYOUTS[0], AGENTS))]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(12);
    const agent = r.mappings[0].columns.find((c) => c.header === "CS Name");
    expect(agent?.field).not.toBe("clientName");
    expect(agent?.reasons?.[0]?.code).toBe("map.why.name-many-ids");
    expect(r.records.Clients.some((c) => AGENTS.includes(String(c.name)))).toBe(false);
  });

  it("stays the client's name when each name keeps its own number", () => {
    const rows: SourceCell[][] = [["Ticket ID", "Date", "Member Id", "CS Name", "Issue"]];
    const members = ["Ravi Kumar", "Anita Desai", "Suresh Iyer", "Kavya Nair"];
    for (let i = 0; i < 8; i++)
      rows.push([
        `T-${500 + i}`,
        `2025-11-${10 + i}`,
        `M${100 + (i % 4)}`,
        members[i % 4],
        "Late delivery complaint",
      ]);
    const r = importWorkbook([sheet("Complaints", rows)]);
    const name = r.mappings[0].columns.find((c) => c.header === "CS Name");
    if (name?.field === "clientName")
      expect(name.reasons?.some((x) => x.code === "map.why.name-many-ids")).toBe(false);
    expect(r.issues.some((i) => i.code === "map.why.name-many-ids")).toBe(false);
  });
});

describe("a contacts export", () => {
  const people = [
    ["Sabrina", "Robins", "srobins@ratewise.test"],
    ["Diana", "Dabrowski", "ddabrowski@bluewater.test"],
    ["Jack", "Covington", "jcov@ratewise.test"],
    ["Megan", "Carroll", "mcarroll@homepro.test"],
    ["Priya", "Natarajan", "priya@lenderx.test"],
    ["Tom", "Bellamy", "tbellamy@orderdesk.test"],
    ["Ines", "Moreau", "imoreau@valuelink.test"],
    ["Owen", "Pryce", "opryce@valuelink.test"],
  ];

  it("whose people mostly name no company is a list of clients, the company their employer", () => {
    const rows: SourceCell[][] = [
      ["First Name", "Last Name", "Email", "Job Title", "Contact owner", "Company name"],
    ];
    people.forEach(([first, last, mail], i) =>
      rows.push([
        first,
        last,
        mail,
        i % 2 ? "Loan Officer" : "Appraiser",
        "Dana Ellery",
        i < 3 ? "Bluewater Appraisal Services" : null,
      ])
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toContain("Megan Carroll");
  });

  it("whose every person names an account stays the accounts' contacts", () => {
    const rows: SourceCell[][] = [["Account Name", "First Name", "Last Name", "Title", "Email"]];
    people.forEach(([first, last, mail], i) =>
      rows.push([
        i < 4 ? "Ashgrove School District" : "Birch Hollow Regional School District",
        first,
        last,
        i % 2 ? "Principal" : "IT Director",
        mail,
      ])
    );
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Contacts");
    expect(r.records.Contacts).toHaveLength(8);
  });
});
