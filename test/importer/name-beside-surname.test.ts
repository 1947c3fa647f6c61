/**
 * A contact list that writes "Name" beside "Surname" keeps in Name what comes before the surname
 * (a first name, initials, a title) and the firm's whole name where there is no surname: a person
 * reads the two as one name. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PEOPLE: [string, string][] = [
  ["Thandi", "Mokoena"],
  ["J P", "van Wyk"],
  ["Sipho", "Ndlovu"],
  ["Mr", "Pretorius"],
  ["Lerato", "Khumalo"],
  ["Anele", ""],
  ["Coastal Trust", ""],
  ["Pieter", "Steyn"],
];

describe("a Name beside a Surname", () => {
  it("joins into one name per contact; a firm's whole name stays as written", () => {
    const rows: SourceCell[][] = [["Category", "Name", "Surname", "Email", "Cell", "Agent"]];
    PEOPLE.forEach(([given, family], i) =>
      rows.push([
        family === "" && given.includes(" ") ? "Entity" : "Person",
        given,
        family,
        `contact${i}@example.org`,
        `08255510${String(i).padStart(2, "0")}`,
        i % 2 ? "Ruth Adams" : "Kobus Smit",
      ])
    );
    const r = importWorkbook([sheet("Contacts", rows)]);
    const columns = r.mappings[0].columns;
    expect(columns.find((c) => c.header === "Name")?.field).toBe("name");
    expect(columns.find((c) => c.header === "Surname")?.field).toBe("name");
    const names = r.records.Clients.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Thandi Mokoena",
        "J P van Wyk",
        "Mr Pretorius",
        "Anele",
        "Coastal Trust",
      ])
    );
    expect(r.records.Clients.find((c) => c.name === "Coastal Trust")?.kind).toBe("enterprise");
    expect(r.records.Clients.find((c) => c.name === "Sipho Ndlovu")?.email).toBe(
      "contact2@example.org"
    );
  });

  it("a qualified pair (Client Name beside Client Surname) joins the same way", () => {
    const rows: SourceCell[][] = [["Client Name", "Client Surname", "Email", "Branch"]];
    PEOPLE.slice(0, 5).forEach(([given, family], i) =>
      rows.push([given, family, `c${i}@example.org`, i % 2 ? "Margate" : "Durban"])
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    const columns = r.mappings[0].columns;
    expect(columns.find((c) => c.header === "Client Surname")?.field).toBe("name");
    expect(r.records.Clients.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Thandi Mokoena", "J P van Wyk", "Lerato Khumalo"])
    );
  });
});
