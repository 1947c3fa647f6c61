/**
 * A CRM's partner list (Odoo's res.partner export) holds companies, the people at them and the
 * companies' invoice and delivery addresses in one table. A person imports the companies and
 * private persons as clients, the people as contacts of their company, and passes over the
 * addresses; "Is a Company" says the kind, the salesperson is the owner.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

type Row = Record<string, unknown>;

function byName(records: Row[] | undefined, name: string): Row | undefined {
  return (records ?? []).find((r) => r.name === name);
}

/** Odoo 17's export with labels ("I want to update data" unticked). */
const LABELLED: SourceCell[][] = [
  [
    "Name",
    "Is a Company",
    "Related Company",
    "Address Type",
    "Job Position",
    "Email",
    "Phone",
    "Mobile",
    "Street",
    "City",
    "Zip",
    "Country",
    "Salesperson",
    "Tax ID",
  ],
  [
    "Azure Interior",
    true,
    null,
    "Contact",
    null,
    "azure.interior24@example.com",
    "(870)-931-0505",
    null,
    "4557 De Silva St",
    "Fremont",
    "94538",
    "United States",
    "Mitchell Admin",
    "US12345677",
  ],
  [
    "Brandon Freeman",
    false,
    "Azure Interior",
    "Contact",
    "Creative Director",
    "brandon.freeman55@example.com",
    "(355)-687-3262",
    null,
    "4557 De Silva St",
    "Fremont",
    "94538",
    "United States",
    "Mitchell Admin",
    null,
  ],
  [
    "Colleen Diaz",
    false,
    "Azure Interior",
    "Contact",
    "Business Executive",
    "colleen.diaz83@example.com",
    "(255)-595-8393",
    null,
    "4557 De Silva St",
    "Fremont",
    "94538",
    "United States",
    "Mitchell Admin",
    null,
  ],
  [
    "Azure Interior, Invoicing",
    false,
    "Azure Interior",
    "Invoice Address",
    null,
    null,
    null,
    null,
    "PO Box 455",
    "Fremont",
    "94538",
    "United States",
    null,
    null,
  ],
  [
    "Deco Addict",
    true,
    null,
    "Contact",
    null,
    "deco.addict82@example.com",
    "(603)-996-3829",
    null,
    "77 Santa Barbara Rd",
    "Pleasant Hill",
    "94523",
    "United States",
    "Marc Demo",
    "US98765432",
  ],
  [
    "Addison Olson",
    false,
    "Deco Addict",
    "Contact",
    "Recruitment Officer",
    "addison.olson28@example.com",
    "(223)-399-7637",
    null,
    "77 Santa Barbara Rd",
    "Pleasant Hill",
    "94523",
    "United States",
    "Marc Demo",
    null,
  ],
  [
    "Deco Addict, Warehouse",
    false,
    "Deco Addict",
    "Delivery Address",
    null,
    null,
    null,
    null,
    "1 Dock Rd",
    "Pleasant Hill",
    "94523",
    "United States",
    null,
    null,
  ],
  [
    "Gemini Furniture",
    true,
    null,
    "Contact",
    null,
    "gemini.furniture39@example.com",
    "(941)-284-4875",
    null,
    "317 Fairchild Dr",
    "Fairfield",
    "94535",
    "United States",
    "Marc Demo",
    null,
  ],
  [
    "Edwin Hansen",
    false,
    "Gemini Furniture",
    "Contact",
    "Marketing Manager",
    "edwin.hansen58@example.com",
    "(943)-352-2555",
    null,
    "317 Fairchild Dr",
    "Fairfield",
    "94535",
    "United States",
    "Marc Demo",
    null,
  ],
  [
    "Joel Willis",
    false,
    null,
    "Contact",
    null,
    "joel.willis63@example.com",
    "(683)-556-5104",
    "(683)-556-5105",
    "858 Lynn Street",
    "Bayonne",
    "07002",
    "United States",
    "Mitchell Admin",
    null,
  ],
];

describe("a CRM's partner list", () => {
  it("imports companies and private persons as clients, their people as contacts, not their addresses", () => {
    const r = importWorkbook([sheet("Contact (res.partner)", LABELLED)]);
    const clients = r.records.Clients as Row[];
    expect(clients.map((c) => c.name).sort()).toEqual([
      "Azure Interior",
      "Deco Addict",
      "Gemini Furniture",
      "Joel Willis",
    ]);
    expect(byName(clients, "Azure Interior")).toMatchObject({
      kind: "enterprise",
      owner: "Mitchell Admin",
      email: "azure.interior24@example.com",
    });
    expect(String(byName(clients, "Azure Interior")?.address)).toContain("4557 De Silva St");
    expect(String(byName(clients, "Azure Interior")?.address)).toContain("Fremont");
    expect(byName(clients, "Joel Willis")).toMatchObject({
      kind: "person",
      owner: "Mitchell Admin",
    });

    const contacts = r.records.Contacts as Row[];
    expect(contacts.map((c) => c.name).sort()).toEqual([
      "Addison Olson",
      "Brandon Freeman",
      "Colleen Diaz",
      "Edwin Hansen",
    ]);
    const azure = byName(clients, "Azure Interior")?.clientId;
    expect(byName(contacts, "Brandon Freeman")).toMatchObject({
      clientId: azure,
      title: "Creative Director",
      email: "brandon.freeman55@example.com",
    });
    expect(byName(contacts, "Edwin Hansen")?.clientId).toBe(
      byName(clients, "Gemini Furniture")?.clientId
    );

    // The two addresses are passed over with their reason; every row is accounted for.
    const skipped = r.rows.filter((row) => row.outcome === "skipped").map((row) => row.row);
    expect(skipped.sort()).toEqual([5, 8]);
    expect(r.summary.rejected).toBe(0);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain("import.partner-contacts");
    expect(codes).toContain("import.partner-addresses");
    const mapping = r.mappings[0].columns;
    expect(mapping.find((c) => c.header === "Is a Company")?.field).toBe("kind");
    expect(mapping.find((c) => c.header === "Address Type")?.field).toBeNull();
  });

  it("reads the import-compatible export's technical headers the same way", () => {
    const header = [
      "name",
      "is_company",
      "parent_id",
      "type",
      "function",
      "email",
      "phone",
      "street",
      "city",
      "zip",
      "country_id",
      "user_id",
      "vat",
    ];
    const rows = LABELLED.slice(1).map((row) => [
      row[0],
      row[1] ? "True" : "False",
      row[2],
      String(row[3]).replace(" Address", "").toLowerCase(),
      ...row.slice(4, 7),
      ...row.slice(8),
    ]);
    const r = importWorkbook([sheet("res.partner", [header, ...rows])]);
    expect(((r.records.Clients as Row[]) ?? []).map((c) => c.name).sort()).toEqual([
      "Azure Interior",
      "Deco Addict",
      "Gemini Furniture",
      "Joel Willis",
    ]);
    expect(((r.records.Contacts as Row[]) ?? []).length).toBe(4);
    expect(byName(r.records.Clients as Row[], "Deco Addict")).toMatchObject({
      kind: "enterprise",
      owner: "Marc Demo",
    });
    expect(byName(r.records.Clients as Row[], "Joel Willis")?.kind).toBe("person");
  });

  it('makes a client of a company written before its people ("Company, Person") with no row of its own', () => {
    const r = importWorkbook([
      sheet("Sheet1", [
        ["Complete Name", "Email", "Phone", "Country"],
        [
          "Omega Signs Co., Ella Northcott",
          "ella.n@omegasigns.test",
          "+1 405-555-0126",
          "United States",
        ],
        [
          "Omega Signs Co., Emma Ivers",
          "emma.i@omegasigns.test",
          "+1 405-555-0147",
          "United States",
        ],
        ["Caleb Carrow", "calebc@example.com", "+1 405-555-0158", "United States"],
        [
          "Redbud Construction LLC, Mia Pembury",
          "mia.p@redbud.test",
          "+1 405-555-0105",
          "United States",
        ],
        ["Redbud Construction LLC, Noah Marlow", null, "+1 405-555-0110", "United States"],
        ["Atlas Freight Co., Ltd", "ops@example.org", "+1 405-555-0111", "United States"],
      ]),
    ]);
    const clients = r.records.Clients as Row[];
    expect(clients.map((c) => c.name).sort()).toEqual([
      "Atlas Freight Co., Ltd",
      "Caleb Carrow",
      "Omega Signs Co.",
      "Redbud Construction LLC",
    ]);
    expect(byName(clients, "Omega Signs Co.")).toMatchObject({ kind: "enterprise", email: null });
    expect(byName(clients, "Caleb Carrow")).toMatchObject({ kind: "person" });
    const contacts = r.records.Contacts as Row[];
    expect(byName(contacts, "Ella Northcott")).toMatchObject({
      email: "ella.n@omegasigns.test",
      phone: "+1 405-555-0126",
      clientId: byName(clients, "Omega Signs Co.")?.clientId,
    });
    expect(contacts).toHaveLength(4);
    expect(r.summary.sourceRows).toBe(6);
    expect(r.issues.map((i) => i.code)).toContain("import.partner-companies-made");
  });

  it("keeps a group's subsidiaries as clients: a parent column naming companies is no list of people", () => {
    const r = importWorkbook([
      sheet("Sheet1", [
        ["Name", "Parent Company", "Primary Sales person"],
        ["HARBOUR LOGISTICS LIMITED", "HARBOUR LOGISTICS LIMITED", "BON CHAN"],
        ["HARBOUR TRAVEL LIMITED", "HARBOUR LOGISTICS LIMITED", "BON CHAN"],
        ["JADE FOODS LTD", "JADE FOODS LTD", "NIKI NG"],
        ["JADE CATERING LTD", "JADE FOODS LTD", "NIKI NG"],
      ]),
    ]);
    expect(((r.records.Clients as Row[]) ?? []).length).toBe(4);
    expect(r.records.Contacts ?? []).toEqual([]);
  });
});
