/**
 * A list of people as a mailing tool exports it: First and Last Name make one name, whole (a part
 * is dropped only when a column repeats the whole name); a column whose header merely contains a
 * company word (CONFIRM_IP holds "firm") or whose values are IP addresses, coordinates or ids is
 * never the employer.
 */
import { importWorkbook } from "../../src/importer";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const fieldOf = (r: ImportResult, header: string) =>
  r.mappings.flatMap((m) => m.columns).find((c) => c.header === header)?.field ?? null;

describe("first and last name joined", () => {
  const people = (rows: SourceCell[][]) =>
    importWorkbook([sheet("Members", [["First Name", "Last Name", "Email Address"], ...rows])]);

  it("keeps both parts when one is inside a word of the other or equal to it", () => {
    const r = people([
      ["Owen", "Owens", "o.owens@example.com"],
      ["Marcus", "Marcus", "m.marcus@example.com"],
      ["Dale", "Dalessandro", "dale.d@example.com"],
      ["Ann", "Hannigan", "ann.h@example.com"],
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Owen Owens",
      "Marcus Marcus",
      "Dale Dalessandro",
      "Ann Hannigan",
    ]);
  });

  it("takes the whole name once when a column repeats it", () => {
    const r = people([
      ["Linnea", "Linnea Strand", "l.strand@example.com"],
      ["Tobias Wren", "Wren", "t.wren@example.com"],
      ["Pia", "Kask", "p.kask@example.com"],
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Linnea Strand",
      "Tobias Wren",
      "Pia Kask",
    ]);
  });

  it("joins Chinese parts without a space, and a column repeating the whole name gives it once", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["姓", "名", "手机"],
        ["欧阳", "晓岚", "13800000001"],
        ["司马", "司马长风", "13800000002"],
        ["林", "林", "13800000003"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["欧阳晓岚", "司马长风", "林林"]);
  });
});

describe("a mailing list's technical columns", () => {
  const header = [
    "Email Address",
    "First Name",
    "Last Name",
    "OPTIN_IP",
    "CONFIRM_IP",
    "LATITUDE",
    "LONGITUDE",
    "GMTOFF",
    "LEID",
    "EUID",
  ];
  const rows: SourceCell[][] = [
    [
      "ava.k@example.com",
      "Ava",
      "Kerr",
      "203.0.113.17",
      "203.0.113.18",
      "47.6062",
      "-122.3321",
      "-8",
      "318840211",
      "a4f9c2d81b",
    ],
    [
      "ben.o@example.com",
      "Ben",
      "Oduya",
      "203.0.113.40",
      "198.51.100.7",
      "40.7128",
      "-74.0060",
      "-5",
      "318840212",
      "b7e1d0a93c",
    ],
    [
      "cy.l@example.com",
      "Cy",
      "Lund",
      "192.0.2.55",
      "192.0.2.56",
      "51.5072",
      "-0.1276",
      "0",
      "318840213",
      "c0d4e5f6a7",
    ],
    [
      "di.p@example.com",
      "Di",
      "Park",
      "2001:db8::12",
      "2001:db8::13",
      "37.5665",
      "126.9780",
      "9",
      "318840214",
      "d1e2f3a4b5",
    ],
  ];
  const r = importWorkbook([sheet("members", [header, ...rows])]);

  it("maps no IP address, coordinate, offset or id to the employer or any profile field", () => {
    for (const h of header.slice(3)) expect([h, fieldOf(r, h)]).toEqual([h, null]);
    expect(r.records.Clients.every((c) => (c.employer ?? null) === null)).toBe(true);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Ava Kerr",
      "Ben Oduya",
      "Cy Lund",
      "Di Park",
    ]);
  });

  it("still reads a company column of organisations' names as each person's employer", () => {
    const withCompany = importWorkbook([
      sheet("members", [
        [...header, "Company"],
        ...rows.map((row, i) => [
          ...row,
          ["Harbor Freightworks", "Ostra Bank", "Lund & Sons", "Parkline Studio"][i],
        ]),
      ]),
    ]);
    expect(fieldOf(withCompany, "Company")).toBe("employer");
    expect(fieldOf(withCompany, "CONFIRM_IP")).toBeNull();
    expect(withCompany.records.Clients.map((c) => c.employer)).toEqual([
      "Harbor Freightworks",
      "Ostra Bank",
      "Lund & Sons",
      "Parkline Studio",
    ]);
  });

  it("does not take a company-headed column of codes as the employer", () => {
    const coded = importWorkbook([
      sheet("members", [
        ["First Name", "Last Name", "Company ID"],
        ["Ava", "Kerr", "100234"],
        ["Ben", "Oduya", "100871"],
        ["Cy", "Lund", "102266"],
      ]),
    ]);
    expect(fieldOf(coded, "Company ID")).not.toBe("employer");
  });
});
