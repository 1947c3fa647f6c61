/**
 * Names written the way only people's names are: behind a personal title (Bldr. Oduya Folake,
 * Engr. (Mrs) Ada Obi, DR KEN MILLS) or surname first with commas (ABALOS, ALDRIN, VILLAREAL), in
 * any capitals. A list of such names is a list of persons even with no phone, sex or birthday
 * beside it. Invented names; company names keep their legal-form words.
 */
import { importWorkbook } from "../../src/importer";
import { looksLikePersonName, personByForm } from "../../src/importer/person-name";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("a person's name by its form", () => {
  it.each([
    "BALDOMERO, RICA, DELA CRUZ",
    "Okonkwo, Chidi",
    "SANTOS, MARIA LUISA, STA. ANA",
    "Engr. Tunde Bakare",
    "Bldr. (Mrs) Funke Adeyemi",
    "DR KEN MILLS",
    "Mrs. Ada",
  ])("%s is a person's", (name) => {
    expect(personByForm(name)).toBe(true);
    expect(looksLikePersonName(name)).toBe(true);
  });

  it.each([
    "KISAN DAIRY FARM",
    "NORTHGATE STEELS LTD",
    "Harbor Trading, Inc.",
    "Lagos Builders Society, Ikeja",
    "ACME, 42 Main Street, Unit 7, Leeds",
  ])("%s is not", (name) => {
    expect(personByForm(name)).toBe(false);
    expect(looksLikePersonName(name)).toBe(false);
  });
});

describe("kind on a list of names written surname first", () => {
  const names = [
    "BALDOMERO, RICA, DELA CRUZ",
    "CASTILLO, JUNREY, PADILLA",
    "DIZON, ARLENE",
    "ESGUERRA, MARK JOSEPH, ROQUE",
    "FLORES, JOY, STA. ANA",
    "GATCHALIAN, NOEL, BAUTISTA",
  ];

  it("makes every member a person, with no other detail of a person", () => {
    const rows: SourceCell[][] = [["Client No", "Client Name", "Branch", "Since"]];
    names.forEach((n, i) =>
      rows.push([`C${3100 + i}`, n, ["North", "South"][i % 2], `2021-0${i + 1}-15`])
    );
    const r = importWorkbook([sheet("Savers", rows)]);
    expect(r.records.Clients).toHaveLength(names.length);
    expect(r.records.Clients.every((c) => c.kind === "person")).toBe(true);
  });

  it("reads a list mixing firms and people row by row", () => {
    const rows: SourceCell[][] = [["Client No", "Client Name", "Branch", "Since"]];
    [...names.slice(0, 4), "Harbor Trading Ltd", "Northgate Steels Ltd"].forEach((n, i) =>
      rows.push([`C${3100 + i}`, n, ["North", "South"][i % 2], `2021-0${i + 1}-15`])
    );
    const r = importWorkbook([sheet("Savers", rows)]);
    const people = r.records.Clients.filter((c) => c.name?.toString().includes(","));
    expect(people).toHaveLength(4);
    expect(people.every((c) => c.kind === "person")).toBe(true);
    const firms = r.records.Clients.filter((c) => c.name?.toString().endsWith("Ltd"));
    expect(firms.map((c) => c.kind)).toEqual(["enterprise", "enterprise"]);
  });
});
