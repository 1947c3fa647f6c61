import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** Invented deals: a CRM's probability in whole percents, one left blank. */
const DEALS: SourceCell[][] = [
  ["Deal - Title", "Deal - Value", "Deal - Probability", "Deal - Stage", "Organization - Name"],
  ["澄湖 ERP", 880000, 20, "Lead In", "苏州澄湖机电有限公司"],
  ["禾丰 年度", 45000, null, "Contact Made", "嘉兴禾丰纺织有限公司"],
  ["越秀 deal", 260000, 60, "Demo Scheduled", "绍兴越秀印染有限公司"],
  ["南浔 合同", 72000, 0, "Proposal Made", "湖州南浔木业有限公司"],
  ["椒江 deal", 130000, 100, "Negotiations Started", "台州椒江泵业有限公司"],
];

describe("a probability column in whole percents", () => {
  const result = importWorkbook([sheet("Deals", DEALS)]);

  it("reads every figure as a percent, the blank as nothing", () => {
    expect(result.records.Pipeline.map((p) => p.probability)).toEqual([0.2, null, 0.6, 0, 1]);
  });

  it("says so once for the column, never once per row", () => {
    const perRow = result.issues.filter((i) => i.row !== null && i.column?.startsWith("C"));
    expect(perRow).toEqual([]);
    const said = result.issues.filter((i) => i.code === "value.percent-column");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", row: null, field: "probability" });
    expect(said[0].column).toBe("C (Deal - Probability)");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("20%");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("百分比");
  });

  it("still asks about each figure when the column mixes fractions and percents", () => {
    const mixed: SourceCell[][] = [
      ["Opportunity", "Probability"],
      ["Kestrel renewal", 0.4],
      ["Northwind upgrade", 40],
    ];
    const r = importWorkbook([sheet("Deals", mixed)], {
      mapping: { "Deals!*": "Pipeline", "Deals!Opportunity": "prospect" },
    });
    expect(r.records.Pipeline.map((p) => p.probability)).toEqual([0.4, 0.4]);
    expect(r.issues.filter((i) => i.code === "value.percent-column")).toEqual([]);
    expect(r.issues.filter((i) => i.code === "value.warning" && i.row === 3)).toHaveLength(1);
  });
});

/** A Zoho CRM export (invented records): lookups carry their record's key under "….id". */
const ACCOUNTS: SourceCell[][] = [
  ["Record Id", "Account Name", "Phone", "Account Owner", "Industry"],
  [
    "zcrm_4876876000000412345",
    "Harbor Freight Lines Ltd",
    "+1 415 555 0101",
    "Jane Holt",
    "Logistics",
  ],
  ["zcrm_4876876000000412346", "Maple Bakery Co", "+1 415 555 0102", "Tom Reed", "Food"],
];
const CONTACTS: SourceCell[][] = [
  ["Record Id", "First Name", "Last Name", "Email", "Account Name", "Account Name.id"],
  [
    "zcrm_4876876000000512345",
    "Amy",
    "Lee",
    "amy@harbor.example",
    "Harbor Freight Lines Ltd",
    "zcrm_4876876000000412345",
  ],
  [
    "zcrm_4876876000000512346",
    "Bo",
    "Chan",
    "bo@maple.example",
    "Maple Bakery Co",
    "zcrm_4876876000000412346",
  ],
];
const ZOHO_DEALS: SourceCell[][] = [
  ["Deal Name", "Account Name", "Account Name.id", "Amount", "Stage", "Closing Date"],
  [
    "Harbor renewal",
    "Harbor Freight Lines Ltd",
    "4876876000000412345",
    120000,
    "Qualification",
    "2027-03-31",
  ],
  ["Maple POS", "Maple Bakery Co", "4876876000000412346", 15000, "Needs Analysis", "2027-02-28"],
];

describe("a CRM lookup's key column (Zoho's \"Account Name.id\")", () => {
  const result = importWorkbook([
    sheet("Accounts", ACCOUNTS),
    sheet("Contacts", CONTACTS),
    sheet("Deals", ZOHO_DEALS),
  ]);
  const column = (sheetName: string, header: string) =>
    result.mappings.find((m) => m.sheet === sheetName)?.columns.find((c) => c.header === header);

  it("is the exporting system's key, not the client id", () => {
    for (const s of ["Contacts", "Deals"]) {
      const key = column(s, "Account Name.id");
      expect(key?.field).toBeNull();
      expect(key?.reasons?.[0]?.code).toBe("map.why.record-key");
      expect(column(s, "Account Name")?.field).not.toBeNull();
    }
    const reason = column("Deals", "Account Name.id")?.reasons?.[0];
    expect(renderMessage(reason!.code, reason!.params, "zh-CN")).toContain("Account Name");
    expect(renderMessage(reason!.code, reason!.params, "zh-TW")).toContain("內部編號");
  });

  it("lets every contact and deal link to its account by name, without a warning", () => {
    const idOf = new Map(result.records.Clients.map((c) => [c.name, c.clientId]));
    expect(result.records.Contacts.map((c) => c.clientId)).toEqual([
      idOf.get("Harbor Freight Lines Ltd"),
      idOf.get("Maple Bakery Co"),
    ]);
    expect(result.records.Pipeline.map((p) => p.clientId)).toEqual([
      idOf.get("Harbor Freight Lines Ltd"),
      idOf.get("Maple Bakery Co"),
    ]);
    expect(result.issues.filter((i) => i.code?.startsWith("link.unknown-id"))).toEqual([]);
  });

  it("leaves a client id beside a client column a client id", () => {
    const rows: SourceCell[][] = [
      ["Client", "Client ID", "Contact", "Email"],
      ["Harbor Freight Lines Ltd", "C-0001", "Amy Lee", "amy@harbor.example"],
      ["Maple Bakery Co", "C-0002", "Bo Chan", "bo@maple.example"],
    ];
    const r = importWorkbook([sheet("Contacts", rows)], {
      mapping: { "Contacts!*": "Contacts" },
    });
    const mapped = r.mappings[0].columns.find((c) => c.header === "Client ID");
    expect(mapped?.field).toBe("clientId");
  });
});
