/**
 * A list without a header row whose address is split over columns: the columns right after the
 * street that read as a town, a postcode or a state continue the address, as a person reads
 * "12 HIGH ST | KEW | 3101 | VIC"; a phone or a flag after them does not.
 */
import { importWorkbook } from "../../src/importer";
import { addressPartByValues } from "../../src/importer/map-columns";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, profilesOf, sheet } from "./helpers";

const TOWNS = ["Kew", "HAWTHORN", "Richmond", "Kew", "Coburg", "RICHMOND", "Hawthorn", "Coburg"];
const ZIPS = [3101, 3122, 3121, 3101, 3058, 3121, 3122, 3058];
const STATES = ["VIC", "Vic", "VIC", "VIC", "NSW", "VIC", "vic", "NSW"];

function part(values: SourceCell[]) {
  const [profile] = profilesOf([["x"], ...values.map((v) => [v])]);
  return addressPartByValues(values, profile);
}

describe("an address continued over headerless columns", () => {
  it("tells a town, a postcode and a state by their values", () => {
    expect(part([...TOWNS, ...TOWNS])).toBe("city");
    expect(part([...ZIPS, ...ZIPS])).toBe("zip");
    expect(part([...STATES, ...STATES])).toBe("province");
    expect(part(["0412345678", "0398765432", "0411111111", "0422222222", "0433333333"])).toBeNull();
    expect(part([1, 0, 1, 1, 0, 1, 1, 0])).toBeNull();
    expect(part([...INVENTED_PEOPLE.en.slice(0, 8)])).toBeNull();
  });

  it("joins them into the client's address, and stops at the first column that is none", () => {
    const people = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = people
      .slice(0, 8)
      .map((name, i) => [
        name,
        `${10 + i} HIGH ST`,
        TOWNS[i],
        ZIPS[i],
        STATES[i],
        i % 2,
        `${name.split(" ")[0].toLowerCase()}@example.com`,
      ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const columns = r.mappings[0].columns;
    expect(columns.slice(1, 5).map((c) => c.field)).toEqual([
      "address",
      "address",
      "address",
      "address",
    ]);
    expect(columns[5].field).toBeNull();
    const first = r.records.Clients.find((c) => c.name === people[0]);
    expect(String(first?.address)).toContain("10 HIGH ST");
    expect(String(first?.address)).toContain("Kew");
    expect(String(first?.address)).toContain("3101");
  });
});
