/**
 * A policy book that writes its insured's name in two columns ("Insured First Name" | "Insured Last
 * Name", 被保人姓 | 被保人名) names one person: the two parts make the insured's whole name, and
 * with no client list each insured becomes one client, their policies on scattered rows linked to
 * them. The underwriter's column ("Company Code": "010 - Harborline Insurance Company") is the
 * insurer, never the client's number. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

const variants: [string, string[], [string, string][]][] = [
  [
    "English carrier report, capitals",
    [
      "Insured First Name",
      "Insured Last Name",
      "Insured Phone",
      "Policy Number",
      "Product Name",
      "Premium",
      "Company Code",
    ],
    [
      ["OWEN", "BARKER"],
      ["MAYA", "COLLINS"],
      ["RAVI", "DESAI"],
      ["LENA", "FISCHER"],
    ],
  ],
  [
    "English, family name first, the company column first",
    [
      "Company Code",
      "Policyholder Last Name",
      "Policyholder First Name",
      "Phone",
      "Policy No",
      "Plan",
      "Annual Premium",
    ],
    [
      ["Holt", "Nina"],
      ["Keller", "Ian"],
      ["Lambert", "Zoe"],
      ["Mercer", "Paul"],
    ],
  ],
];

describe("an insured's name in two columns", () => {
  for (const [label, header, people] of variants) {
    it(`is one person, one client per insured (${label})`, () => {
      const rows: SourceCell[][] = [header];
      for (let i = 0; i < 12; i++) {
        const [a, b] = people[(i * 3) % people.length];
        rows.push(
          header.map((h, c) => {
            if (/first|last/i.test(h)) {
              const firstCol = header.findIndex((x) => /first|last/i.test(x));
              return c === firstCol ? a : b;
            }
            if (/phone/i.test(h)) return `805-555-01${pad((i * 3) % people.length)}`;
            if (/policy/i.test(h)) return `P${900100 + i}`;
            if (/product|plan/i.test(h)) return ["Homeowners", "Auto", "Renters"][i % 3];
            if (/premium/i.test(h)) return 300 + i * 25;
            return "010 - Harborline Insurance Company";
          })
        );
      }
      const r = importWorkbook([sheet("Book", rows)]);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Insurance");
      const company = m.columns.find((c) => c.header === "Company Code");
      expect(company?.field).toBe("insurer");
      expect(r.records.Insurance).toHaveLength(12);
      expect(r.records.Clients).toHaveLength(people.length);
      // Given name first, whichever column comes first (as the register writes every person).
      const whole = (p: [string, string]) =>
        /first/i.test(header[header.findIndex((x) => /first|last/i.test(x))])
          ? `${p[0]} ${p[1]}`
          : `${p[1]} ${p[0]}`;
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual(people.map(whole).sort());
      const ids = new Set(r.records.Clients.map((c) => c.clientId));
      expect(r.records.Insurance.every((p) => ids.has(p.clientId))).toBe(true);
    });
  }

  it("keeps a spouse's first and last name out of the client's name", () => {
    const rows: SourceCell[][] = [
      ["First Name", "Last Name", "Spouse First Name", "Spouse Last Name", "Email"],
      ["Ada", "Novak", "Leo", "Novak", "ada@example.org"],
      ["Tom", "Grady", "Mia", "Grady", "tom@example.org"],
      ["Zoe", "Lambert", null, null, "zoe@example.org"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Ada Novak", "Tom Grady", "Zoe Lambert"]);
  });
});
