/**
 * A shop's customer export (Shopify and the like) as a person reads it: the address written as a
 * group of columns under one repeated name (Default Address Address1, … City, … Zip, … Phone) is
 * one address and one more phone; a second street line and region codes join the address; a name
 * split into first and last name is a person's, unless the part typed is a company's name.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = [
  "Customer ID",
  "First Name",
  "Last Name",
  "Email",
  "Default Address Address1",
  "Default Address Address2",
  "Default Address City",
  "Default Address Province Code",
  "Default Address Country Code",
  "Default Address Zip",
  "Default Address Phone",
  "Phone",
];

const ROWS: SourceCell[][] = [
  [
    "1001",
    "Ines",
    "Valdes",
    "ines@example.com",
    "Los Olmos 120",
    "Depto 4",
    "Santiago",
    "RM",
    "CL",
    "7500000",
    "+56 9 5550 0101",
    null,
  ],
  [
    "1002",
    "Tomas",
    "Prieto",
    "tomas@example.org",
    "Camino Alto 88",
    null,
    "Vitacura",
    "RM",
    "CL",
    null,
    null,
    "+56955500102",
  ],
  [
    "1003",
    null,
    "FERRETERIA EL ROBLE LTDA",
    null,
    "Avenida Sur 9",
    null,
    "Santiago",
    "RM",
    "CL",
    null,
    "+56 9 5550 0103",
    null,
  ],
  [
    "1004",
    "Julia",
    null,
    "julia@example.net",
    "Las Acacias 7",
    "Casa",
    "Nunoa",
    "RM",
    "CL",
    "7750000",
    null,
    null,
  ],
];

function run(header: SourceCell[] = HEADER, rows: SourceCell[][] = ROWS) {
  const r = importWorkbook([sheet("customers_export", [header, ...rows])]);
  const fields = Object.fromEntries(
    r.mappings[0].columns.map((c) => [c.header, c.field ?? null] as const)
  );
  const byName = Object.fromEntries(r.records.Clients.map((c) => [c.name, c]));
  return { r, fields, byName };
}

describe("a shop's customer export", () => {
  it("reads the address group's columns by their own words", () => {
    const { fields } = run();
    expect(fields).toMatchObject({
      "Default Address Address1": "address",
      "Default Address Address2": "address",
      "Default Address City": "address",
      "Default Address Province Code": "address",
      "Default Address Country Code": "address",
      "Default Address Zip": "address",
      "Default Address Phone": "phone",
      Phone: "phone",
    });
  });

  it("joins the street, its second line, the town and the codes into one address", () => {
    const { byName } = run();
    const address = String(byName["Ines Valdes"].address);
    for (const part of ["Los Olmos 120", "Depto 4", "Santiago", "7500000"])
      expect(address).toContain(part);
    expect(address.indexOf("Los Olmos 120")).toBeLessThan(address.indexOf("Depto 4"));
  });

  it("takes the phone from whichever phone column has one", () => {
    const { byName } = run();
    expect(byName["Ines Valdes"].phone).toBe("+56 9 5550 0101");
    expect(byName["Tomas Prieto"].phone).toBe("+56955500102");
  });

  it("makes a person of a given name, and an enterprise of a company typed as the last name", () => {
    const { byName } = run();
    expect(byName["Ines Valdes"].kind).toBe("person");
    expect(byName["Julia"].kind).toBe("person");
    expect(byName["FERRETERIA EL ROBLE LTDA"].kind).toBe("enterprise");
  });

  it("does not read a contact person's columns by their last word", () => {
    // "Company" alone names the people's employer on main (companyIsEmployer); "Account Name"
    // names the client company, so the contact person's columns are the ones under test.
    const header = [
      "Account Name",
      "Contact Person Name",
      "Contact Person Phone",
      "Contact Person Email",
    ];
    const rows: SourceCell[][] = [
      ["Harbour Freight Ltd", "Ann Lee", "+44 20 7946 0101", "ann@example.com"],
      ["Copper Kettle Inc", "Bo Chan", "+44 20 7946 0102", "bo@example.com"],
      ["Northgate Works Ltd", "Cy Diaz", "+44 20 7946 0103", "cy@example.com"],
    ];
    const { fields, byName } = run(header, rows);
    expect(fields["Account Name"]).toBe("name");
    expect(fields["Contact Person Name"]).not.toBe("name");
    expect(Object.keys(byName)).toEqual([
      "Harbour Freight Ltd",
      "Copper Kettle Inc",
      "Northgate Works Ltd",
    ]);
  });
});
