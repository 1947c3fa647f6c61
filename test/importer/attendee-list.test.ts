/**
 * A list of people and the body each comes from (session 20): a conference's paid-up list, a
 * members' roll — NO. | NAME | INSTITUTION under a title. A person reads it as people, each with
 * the institution or affiliation they belong to as their employer.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PEOPLE = [
  "Dr. Chikondi Banda",
  "Eng. Tawonga Phiri",
  "Grace Nyirenda",
  "Blessings Mwale",
  "Dr. Kondwani Zulu",
  "Esther Chisale",
  "Eng. Madalitso Tembo",
  "Wongani Gondwe",
  "Tadala Mbewe",
  "Yankho Kumwenda",
];
const BODIES = ["Northern Water Board", "Lilongwe City Council", "Blantyre Polytechnic"];

describe("a list of people and the body each comes from", () => {
  it.each([["INSTITUTION"], ["Affiliation"]])(
    "reads %s as the employer of people listed under a title",
    (header) => {
      const rows: SourceCell[][] = [
        [null, "ANNUAL CONFERENCE PAID UP LIST"],
        [],
        ["NO.", "NAME", header],
        ...PEOPLE.map((p, i) => [i + 1, p, BODIES[Math.floor(i / 4)]]),
      ];
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      const byHeader = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
      expect(byHeader).toMatchObject({ NAME: "name", [header]: "employer" });
      expect(r.records.Clients).toHaveLength(PEOPLE.length);
      expect(r.records.Clients.find((c) => c.name === "Grace Nyirenda")?.employer).toBe(BODIES[0]);
    }
  );
});
