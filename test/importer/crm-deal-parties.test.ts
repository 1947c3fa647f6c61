import { importWorkbook } from "../../src/importer";
import { entityOfHeader } from "../../src/importer/deal-parties";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** A Pipedrive-style deals export, invented deals: "Deal - …", "Organization - …", "Person - …". */
const PIPEDRIVE: SourceCell[][] = [
  [
    "Deal - Title",
    "Deal - Value",
    "Deal - Currency",
    "Deal - Stage",
    "Deal - Probability",
    "Deal - Owner",
    "Organization - Name",
    "Organization - Address",
    "Person - Name",
    "Person - Email",
    "Person - Phone",
    "Deal - Status",
  ],
  [
    "澄湖 ERP",
    880000,
    "CNY",
    "Lead In",
    20,
    "王海",
    "苏州澄湖机电有限公司",
    "苏州市吴中区澄湖路8号",
    "李明",
    "liming@chenghu.example",
    "13912345678",
    "open",
  ],
  [
    "澄湖 MES",
    120000,
    "CNY",
    "Contact Made",
    null,
    "王海",
    "苏州澄湖机电有限公司",
    "",
    "李明",
    "liming@chenghu.example",
    "13912345678",
    "open",
  ],
  [
    "禾丰 年度",
    45000,
    "USD",
    "Proposal Made",
    60,
    "赵雪",
    "嘉兴禾丰纺织有限公司",
    "嘉兴市南湖区禾丰路2号",
    "陈芳",
    "chenfang@hefeng.example",
    "13812345670",
    "won",
  ],
  [
    "越秀 deal",
    260000,
    "CNY",
    "Demo Scheduled",
    40,
    "王海",
    "绍兴越秀印染有限公司",
    "",
    "周强",
    "zhouqiang@yuexiu.example",
    "13712345671",
    "lost",
  ],
  [
    "个人 deal",
    30000,
    "CNY",
    "Lead In",
    10,
    "赵雪",
    "",
    "",
    "孙丽",
    "sunli@mail.example",
    "13612345672",
    "open",
  ],
  [
    "越秀 二期",
    90000,
    "CNY",
    "Negotiations Started",
    80,
    "王海",
    "绍兴越秀印染有限公司",
    "绍兴市柯桥区印染路5号",
    "吴刚",
    "wugang@yuexiu.example",
    "13512345673",
    "open",
  ],
];

const clientNamed = (r: ImportResult, name: string) =>
  r.records.Clients.find((c) => c.name === name);

describe("a deals export with no client list (Pipedrive's Organization / Person columns)", () => {
  const result = importWorkbook([sheet("Deals", PIPEDRIVE)]);

  it("makes one client per distinct organisation, and a person client for a deal with no organisation", () => {
    expect(result.records.Clients.map((c) => [c.name, c.kind])).toEqual([
      ["苏州澄湖机电有限公司", "enterprise"],
      ["嘉兴禾丰纺织有限公司", "enterprise"],
      ["绍兴越秀印染有限公司", "enterprise"],
      ["孙丽", "person"],
    ]);
    expect(clientNamed(result, "苏州澄湖机电有限公司")).toMatchObject({
      address: "苏州市吴中区澄湖路8号",
      owner: "王海",
    });
    // A later deal fills what the first left blank, and never overwrites it.
    expect(clientNamed(result, "绍兴越秀印染有限公司")?.address).toBe("绍兴市柯桥区印染路5号");
    expect(clientNamed(result, "孙丽")).toMatchObject({ email: "sunli@mail.example" });
  });

  it("makes each person at an organisation its contact, once", () => {
    const idOf = (name: string) => clientNamed(result, name)?.clientId;
    expect(result.records.Contacts.map((c) => [c.name, c.clientId, c.email])).toEqual([
      ["李明", idOf("苏州澄湖机电有限公司"), "liming@chenghu.example"],
      ["陈芳", idOf("嘉兴禾丰纺织有限公司"), "chenfang@hefeng.example"],
      ["周强", idOf("绍兴越秀印染有限公司"), "zhouqiang@yuexiu.example"],
      ["吴刚", idOf("绍兴越秀印染有限公司"), "wugang@yuexiu.example"],
    ]);
    expect(result.records.Contacts.some((c) => c.name === "孙丽")).toBe(false);
  });

  it("links every deal to its client and keeps the party's columns out of the deal", () => {
    const ids = result.records.Clients.map((c) => c.clientId);
    expect(result.records.Pipeline.map((p) => ids.indexOf(p.clientId))).toEqual([0, 0, 1, 2, 3, 2]);
    for (const deal of result.records.Pipeline) {
      expect(deal).not.toHaveProperty("Person - Email");
      expect(deal).not.toHaveProperty("Organization - Address");
    }
    // The deal's title is its name (opportunityId), no longer a column kept beside it.
    expect(result.records.Pipeline[0].opportunityId).toBe("澄湖 ERP");
    expect(result.summary).toMatchObject({ sourceRows: 6, imported: 6, rejected: 0 });
  });

  it("says once per column where the party's columns went, in every language", () => {
    const made = result.issues.filter((i) => i.code === "import.clients-from-deals");
    expect(made.map((i) => [i.column, i.params?.count])).toEqual([
      ["G (Organization - Name)", 3],
      ["I (Person - Name)", 1],
    ]);
    const contacts = result.issues.filter((i) => i.code === "import.contacts-from-deals");
    expect(contacts).toHaveLength(1);
    expect(contacts[0].params).toMatchObject({ count: 4 });
    expect(renderMessage(contacts[0].code!, contacts[0].params!, "zh-CN")).toContain("4 位联系人");
    expect(renderMessage(made[0].code!, made[0].params!, "zh-TW")).toContain("3 位客戶");
    const fed = result.issues.filter((i) => i.code === "import.deal-party-column");
    expect(fed.map((i) => i.column)).toContain("H (Organization - Address)");
    const column = (header: string) => result.mappings[0].columns.find((c) => c.header === header);
    expect(column("Person - Email")?.reasons?.[0]).toMatchObject({
      code: "map.why.deal-party",
      params: { field: "email", registerSheet: "Contacts" },
    });
    const address = column("Organization - Address")?.reasons?.[0];
    expect(renderMessage(address!.code, address!.params, "zh-CN")).toContain(
      "客户信息记录的“地址”"
    );
    const owner = fed.find((i) => i.field === "owner");
    expect(renderMessage(owner!.code!, owner!.params!, "zh-TW")).toContain("客戶的「負責人員」");
    expect(renderMessage(owner!.code!, owner!.params!, "zh-CN")).not.toContain("owner");
    expect(
      result.issues.filter(
        (i) => i.code === "map.unmapped-extra" && /Person|Organization/.test(i.column ?? "")
      )
    ).toEqual([]);
  });

  it("keeps a deal in another currency in its own, and says so for that row only", () => {
    const said = result.issues.filter((i) => i.code === "value.other-currency-in-row");
    expect(said.map((i) => [i.row, i.column])).toEqual([[4, "B (Deal - Value)"]]);
    expect(said[0].params).toMatchObject({ written: "USD", currency: "CNY" });
    expect(result.records.Pipeline[2]).toMatchObject({
      expectedValue: 45000,
      "Deal - Currency": "USD",
    });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("USD");
  });

  it("importing the same export again makes nothing new", () => {
    const again = importWorkbook([sheet("Deals", PIPEDRIVE)], {
      existing: result.records,
      state: result.state,
    });
    expect(again.records.Clients).toHaveLength(4);
    expect(again.records.Contacts).toHaveLength(4);
    expect(again.records.Pipeline.map((p) => p.clientId)).toEqual(
      result.records.Pipeline.map((p) => p.clientId)
    );
  });
});

describe("deals exports of other CRMs", () => {
  it("HubSpot: Associated Company makes the clients, Associated Contact their contacts, its stages read", () => {
    const r = importWorkbook([
      sheet("deals", [
        [
          "Deal Name",
          "Associated Company",
          "Amount",
          "Deal Stage",
          "Close Date",
          "Deal owner",
          "Associated Contact",
        ],
        [
          "Harbor renewal",
          "Harbor Freight Lines Ltd",
          120000,
          "Appointment scheduled",
          "2027-03-31",
          "Jane Holt",
          "Amy Lee",
        ],
        [
          "Maple POS",
          "Maple Bakery Co",
          15000,
          "Qualified to buy",
          "2027-02-28",
          "Tom Reed",
          "Bo Chan",
        ],
        [
          "Harbor telematics",
          "Harbor Freight Lines Ltd",
          45000,
          "Contract sent",
          "2026-11-30",
          "Jane Holt",
          "Amy Lee",
        ],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Harbor Freight Lines Ltd",
      "Maple Bakery Co",
    ]);
    expect(r.records.Contacts.map((c) => c.name)).toEqual(["Amy Lee", "Bo Chan"]);
    expect(r.records.Pipeline.map((p) => p.stage)).toEqual(["identify", "gather", "close"]);
    expect(r.records.Pipeline.map((p) => p.clientId)).toEqual(["C-0001", "C-0002", "C-0001"]);
  });

  it("a Salesforce opportunities report: Account Name makes the clients, owned by the opportunity's owner", () => {
    const r = importWorkbook([
      sheet("Opportunities", [
        ["Account Name", "Opportunity Name", "Amount", "Stage", "Close Date", "Opportunity Owner"],
        [
          "Harbor Freight Lines Ltd",
          "Harbor - Fleet renewal",
          120000,
          "Prospecting",
          "2027-03-31",
          "Jane Holt",
        ],
        ["Maple Bakery Co", "Maple - POS", 15000, "Qualification", "2027-02-28", "Tom Reed"],
        [
          "Harbor Freight Lines Ltd",
          "Harbor - Telematics",
          45000,
          "Closed Won",
          "2026-11-30",
          "Jane Holt",
        ],
      ]),
    ]);
    expect(r.records.Clients.map((c) => [c.name, c.owner])).toEqual([
      ["Harbor Freight Lines Ltd", "Jane Holt"],
      ["Maple Bakery Co", "Tom Reed"],
    ]);
    expect(r.records.Pipeline.map((p) => p.clientId)).toEqual(["C-0001", "C-0002", "C-0001"]);
  });

  it("with a client list in the workbook, deals link to its clients and make none", () => {
    const r = importWorkbook([
      sheet("Organizations", [
        ["Name", "Address", "Phone"],
        ["Harbor Freight Lines Ltd", "1 Pier Rd", "+1 415 555 0101"],
      ]),
      sheet("Deals", [
        ["Deal - Title", "Deal - Value", "Organization - Name", "Person - Name", "Deal - Stage"],
        ["Harbor renewal", 120000, "Harbor Freight Lines Ltd", "Amy Lee", "Lead In"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Harbor Freight Lines Ltd"]);
    expect(r.records.Pipeline[0].clientId).toBe("C-0001");
    expect(r.issues.some((i) => i.code === "import.clients-from-deals")).toBe(false);
  });
});

describe("entityOfHeader: which entity a CRM header speaks of", () => {
  it.each([
    ["Organization - Address", "organisation", "Address"],
    ["Person - Email", "person", "Email"],
    ["Deal - Title", "deal", "Title"],
    ["Contact.Phone", "person", "Phone"],
    ["Account: Industry", "organisation", "Industry"],
    ["Associated Company", "organisation", ""],
    ["Associated Contact", "person", ""],
    ["Contact Email", "person", "Email"],
    ["Account Name", "organisation", "Name"],
    ["联系人电话", "person", "电话"],
    ["公司地址", "organisation", "地址"],
    ["Contact", "person", ""],
  ])("%s → %s %s", (header, party, field) => {
    expect(entityOfHeader(header)).toEqual({ party, field });
  });

  it.each(["Amount", "Close Date", "Stage", "电话", "Name"])("%s names no entity", (header) => {
    expect(entityOfHeader(header)).toBeNull();
  });
});
