/**
 * A deal's person column holding one word numbered (Contact 0, Contact 1 …) holds stand-ins for
 * people nobody wrote down: the deals are imported, no contact is made from them.
 */
import { importWorkbook } from "../../src/importer";
import { numberedStandIns } from "../../src/importer/deal-parties";
import { profileColumn } from "../../src/importer/profile";
import { readAs, sheet, table } from "./helpers";

const FIRMS = ["Kessler Werk GmbH", "Alpen Daten AG", "Nordlicht Systeme GmbH"];
const STAGES = ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"];

function pipeline(contact: (row: number) => string) {
  return table(
    ["Customer Name", "Contact Person", "Sales Rep", "Stage", "Probability", "Expected Close"],
    12,
    (h, r) => {
      switch (h) {
        case "Customer Name":
          return FIRMS[r % FIRMS.length];
        case "Contact Person":
          return contact(r);
        case "Sales Rep":
          return `Rep ${1 + (r % 3)}`;
        case "Stage":
          return STAGES[r % STAGES.length];
        case "Probability":
          return [0.05, 0.1, 0.25, 0.5, 1, 0][r % STAGES.length];
        default:
          return `2025-0${1 + (r % 9)}-15`;
      }
    }
  );
}

const definitions = [
  ["ID", "Stages", "Probability"],
  ...STAGES.map((stage, i) => [i + 1, stage, [0.05, 0.1, 0.25, 0.5, 1, 0][i]]),
];

describe("a pipeline whose contact column holds stand-ins", () => {
  const r = importWorkbook([
    sheet(
      "Sales Pipeline",
      pipeline((row) => `Contact ${row}`)
    ),
    sheet("Definitions", definitions),
  ]);

  it("leaves the pipeline's deals imported", () => {
    expect(readAs(r, "Sales Pipeline")).toBe("Pipeline");
    expect(r.records.Pipeline.length).toBeGreaterThanOrEqual(FIRMS.length);
  });

  it("makes no contact of the numbered stand-ins", () => {
    expect(r.records.Contacts ?? []).toHaveLength(0);
  });
});

describe("a deal's person", () => {
  it("is made a contact when the column holds people's names", () => {
    const people = ["Anna Huber", "Jonas Keller", "Lena Brandt", "Paul Wagner"];
    const r = importWorkbook([
      sheet(
        "Sales Pipeline",
        pipeline((row) => people[row % 4])
      ),
    ]);
    const names = new Set(r.records.Contacts.map((c) => String(c.name)));
    expect([...names].sort()).toEqual([...people].sort());
  });
});

describe("numberedStandIns", () => {
  const profile = (values: string[]) => profileColumn(values);

  it("reads one word numbered down the rows as stand-ins", () => {
    expect(numberedStandIns(profile(["Contact 0", "Contact 1", "Contact 2", "Contact 3"]))).toBe(
      true
    );
    expect(numberedStandIns(profile(["联系人1", "联系人2", "联系人3"]))).toBe(true);
  });

  it("leaves names, mixed words and a single repeated value alone", () => {
    expect(numberedStandIns(profile(["Anna Huber", "Jonas Keller", "Lena Brandt"]))).toBe(false);
    expect(numberedStandIns(profile(["Room 1", "Desk 2", "Gate 3", "Hall 4"]))).toBe(false);
    expect(numberedStandIns(profile(["Contact 1", "Contact 1", "Contact 1"]))).toBe(false);
  });
});
