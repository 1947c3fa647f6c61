import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const GIVEN = ["Megan", "Owen", "Priya", "Tomasz", "Delia", "Marcus", "Ines", "Rafe"];
const FAMILY = ["Hollis", "Achterberg", "Quayle", "Nwosu", "Fairbairn", "Lindqvist", "Pereira"];
const TOWNS = ["Ashford", "Kendal", "Rye", "Totnes"];

/** A club's member list exported without its header row: number, given name, family name, town. */
function members(count: number): SourceCell[][] {
  const rows: SourceCell[][] = [];
  for (let i = 0; i < count; i++)
    rows.push([
      1000 + i * 7,
      GIVEN[i % GIVEN.length],
      FAMILY[(i * 3) % FAMILY.length],
      TOWNS[i % TOWNS.length],
    ]);
  return rows;
}

describe("a name written in two columns of a list without a header row", () => {
  it("joins given and family name into one client each and reads the list as clients", () => {
    const rows = members(30);
    const result = importWorkbook([sheet("export", rows)]);
    const mapping = result.mappings[0];
    expect(mapping.registerSheet).toBe("Clients");
    expect(mapping.columns.slice(1, 3).map((c) => [c.field, c.joined])).toEqual([
      ["name", true],
      ["name", true],
    ]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(
      rows.map((r) => `${String(r[1])} ${String(r[2])}`)
    );
  });

  it("leaves two columns of single words listed once each (products beside their colours) unjoined", () => {
    const colours = ["Red", "Blue", "Green"];
    const heads = ["Har", "Mea", "Sum", "Wil", "Can", "Orc"];
    const tails = ["bor", "dow", "mit", "low", "yon"];
    const rows: SourceCell[][] = [];
    // Each product a name of its own ("Harbor", "Meadow" …), as a first name could be.
    for (let i = 0; i < 30; i++)
      rows.push([
        `SKU${400 + i}`,
        heads[i % 6] + tails[Math.floor(i / 6)],
        colours[i % 3],
        12.5 + i,
      ]);
    const result = importWorkbook([sheet("export", rows)]);
    expect(result.mappings[0].columns.some((c) => c.joined)).toBe(false);
    expect(result.records.Clients).toEqual([]);
  });
});
