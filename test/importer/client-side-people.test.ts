/**
 * People of the clients' side under headers that read as ours (session 20): on a list of firms an
 * "Owner Name" is each firm's proprietor and a "Purchase Manager" the buyer's manager — a
 * different person for each firm — while our account manager is one of a few names over many
 * firms. The values decide whether a column names our staff, not the word "owner" or "manager".
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRMS = [
  "Shree Balaji Packaging",
  "Kaveri Textiles Pvt Ltd",
  "Orion Polymers",
  "Sunrise Traders",
  "Ganesh Industries",
  "Matrix Print House",
  "Vardhman Plastics",
  "Royal Carton Works",
  "Apex Labels",
  "Nandi Exports",
  "Lotus Enterprises",
  "Everest Wires",
];
const OWNERS = [
  "Ramesh Gupta",
  "Sunil Mehta",
  "Anita Rao",
  "Vikram Singh",
  "Pooja Nair",
  "Arjun Das",
  "Kiran Shah",
  "Meena Iyer",
  "Rahul Jain",
  "Deepak Verma",
  "Sneha Kulkarni",
  "Manoj Pillai",
];
const mobile = (i: number) => `+9190000${String(10000 + i * 313).slice(-5)}`;

function firmList(extra: { header: string; value: (i: number) => SourceCell }[]): SourceCell[][] {
  return [
    ["Client Code", "Firm Name", "Mobile Number", ...extra.map((e) => e.header)],
    ...FIRMS.map((firm, i) => [`FR-${100 + i}`, firm, mobile(i), ...extra.map((e) => e.value(i))]),
  ];
}

function fieldOf(r: ReturnType<typeof importWorkbook>, header: string): string | null | undefined {
  return r.mappings[0].columns.find((c) => c.header === header)?.field;
}

describe("whose person a column names, by its values", () => {
  it("a firm's owner named for each firm, and a purchase manager named for a few, are no owners of ours", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        firmList([
          { header: "Owner Name", value: (i) => OWNERS[i] },
          {
            header: "Purchase Manager",
            value: (i) => (i % 4 === 1 ? `${OWNERS[(i + 5) % 12]} Jr` : null),
          },
        ])
      ),
    ]);
    expect(fieldOf(r, "Owner Name")).not.toBe("owner");
    expect(fieldOf(r, "Purchase Manager")).not.toBe("owner");
    expect(r.records.Clients.every((c) => c.owner === null)).toBe(true);
    // Their names are kept with each firm.
    expect(String(r.records.Clients.find((c) => c.name === FIRMS[3])?.notes)).toContain(OWNERS[3]);
  });

  it("an account manager who is one of a few names over the firms stays the owner", () => {
    const managers = ["Priya Menon", "Rohit Kapoor", "Farah Khan"];
    const r = importWorkbook([
      sheet("Sheet1", firmList([{ header: "Account Manager", value: (i) => managers[i % 3] }])),
    ]);
    expect(fieldOf(r, "Account Manager")).toBe("owner");
  });

  it("a sales rep named on a few firms, one name twice, stays the owner", () => {
    const reps = ["Priya Menon", "Rohit Kapoor", "Priya Menon", "Farah Khan"];
    const r = importWorkbook([
      sheet(
        "Sheet1",
        firmList([{ header: "Sales Rep", value: (i) => (i % 3 === 0 ? reps[i / 3] : null) }])
      ),
    ]);
    expect(fieldOf(r, "Sales Rep")).toBe("owner");
  });
});
