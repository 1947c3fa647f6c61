/**
 * A tab named for places (Regions, Communes, 地区) whose rows name no party and no way to reach one
 * is the geography a workbook's codes look up, not clients, however its "name" column is headed.
 * A tab named "Addresses" listing people or firms, or one with phones, stays a list of parties.
 */
import { importWorkbook } from "../../src/importer";
import { isPlaceTable } from "../../src/importer/place-tables";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { profilesOf, readAs, sheet, table } from "./helpers";

const TOWNS = ["Marlow", "Lakeside", "Brookfield", "Ashby", "Fernhill", "Kingsway", "Oakridge"];
const COUNTIES = ["Fairbank County", "Calloway County", "Bakewell County", "Hollis County"];
const FIRST = ["Olivia", "Noah", "Emma", "Liam", "Ava", "Mason", "Isla", "Ethan", "Mia", "Lucas"];
const LAST = ["Hart", "Price", "Stone", "Ford", "Reid", "Cole", "Lane", "Webb", "Shaw", "Pike"];
const CN_PLACES = ["海淀区", "朝阳区", "浦东新区", "天河区", "南山区", "鼓楼区", "江北区"];

function cities(rows = 40): SourceCell[][] {
  return table(
    ["id", "name", "county", "state_code", "population", "latitude", "time_zone"],
    rows,
    (h, i) =>
      ({
        id: i + 1,
        name: `${TOWNS[i % 7]}${i >= 7 ? ` ${Math.floor(i / 7)}` : ""}`,
        county: COUNTIES[i % 4],
        state_code: ["AL", "GA", "TX"][i % 3],
        population: 12000 + i * 917,
        latitude: 30 + i / 10,
        time_zone: "America/Chicago",
      })[h] ?? null
  );
}

describe("a table of places", () => {
  it("a tab named Regions holding cities with their figures → not imported, said why", () => {
    const r = importWorkbook([sheet("Regions", cities())]);
    expect(readAs(r, "Regions")).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === "Regions");
    expect(renderIssueMessage(issue!, "en")).toContain("places");
    expect(renderIssueMessage(issue!, "zh-CN")).toContain("地点");
    expect(renderIssueMessage(issue!, "zh-TW")).toContain("地點");
  });

  it("reads the tab's name as place words with a generic word beside, in en and zh", () => {
    const rows = table(["区县", "编码"], 20, (h, i) =>
      h === "区县" ? CN_PLACES[i % 7] + i : 1000 + i
    );
    const profiles = profilesOf(rows);
    for (const name of ["地区", "城市列表", "Communes", "Region List", "StateRegions"])
      expect(isPlaceTable({ sheetName: name, headers: rows[0] as string[], profiles })).toBe(true);
    for (const name of ["客户地区", "Sheet1", "Regional clients", "EN AREA"])
      expect(isPlaceTable({ sheetName: name, headers: rows[0] as string[], profiles })).toBe(false);
  });

  it("an Addresses tab listing people with their towns stays a client list", () => {
    const rows = table(["Name", "Street", "Town"], 20, (h, i) =>
      h === "Name"
        ? `${FIRST[i % 10]} ${LAST[(i * 3 + 1) % 10]}`
        : h === "Street"
          ? `${10 + i} High Street`
          : TOWNS[i % 7]
    );
    expect(
      isPlaceTable({
        sheetName: "Addresses",
        headers: rows[0] as string[],
        profiles: profilesOf(rows),
      })
    ).toBe(false);
  });

  it("a Locations tab with a phone on each row is no table of places", () => {
    const rows = table(["Location", "Phone"], 20, (h, i) =>
      h === "Location" ? TOWNS[i % 7] + i : `0412 ${300 + i} ${100 + i * 3}`
    );
    expect(
      isPlaceTable({
        sheetName: "Locations",
        headers: rows[0] as string[],
        profiles: profilesOf(rows),
      })
    ).toBe(false);
  });
});
