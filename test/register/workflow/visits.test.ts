import { makeSettings } from "../../../src/register/settings";
import type { RegisterRecords } from "../../../src/register/workflow/records";
import { notVisited, visitStatus } from "../../../src/register/workflow/visits";

const settings = makeSettings({ notVisitedDays: 30 });
const TODAY = "2026-03-31";
const clients = ["A", "B", "C", "D", "E"].map((id) => ({
  clientId: id,
  name: `Client ${id}`,
  owner: "Li Na",
}));

describe("visit status", () => {
  const records: RegisterRecords = {
    Clients: clients,
    Visits: [
      { clientId: "A", visitOn: "2026-03-01" }, // exactly 30 days ago: within the window
      { clientId: "B", visitOn: "2026-02-28" }, // 31 days ago: flagged
      { clientId: "C", visitOn: "2026-01-10", nextVisitOn: "2026-01-20" }, // planned day passed before a later visit
      { clientId: "C", visitOn: "2026-02-01", nextVisitOn: "2026-04-15" },
      { clientId: "D", visitOn: "2026-04-05" }, // logged ahead of today: a plan, not a visit
      { clientId: "D", visitOn: "not a date" },
    ],
  };
  const byId = new Map(visitStatus(records, settings, TODAY).map((s) => [s.clientId, s]));

  test("the window's last day still counts as visited; the day after does not", () => {
    expect(byId.get("A")).toMatchObject({
      lastVisitOn: "2026-03-01",
      daysSinceVisit: 30,
      notVisited: false,
      visitDueBy: "2026-03-31",
    });
    expect(byId.get("B")).toMatchObject({
      lastVisitOn: "2026-02-28",
      daysSinceVisit: 31,
      notVisited: true,
    });
  });

  test("the next planned visit is the earliest plan after the last visit", () => {
    expect(byId.get("C")).toMatchObject({
      lastVisitOn: "2026-02-01",
      nextVisitOn: "2026-04-15",
      notVisited: true,
    });
    expect(byId.get("D")).toMatchObject({
      lastVisitOn: null,
      nextVisitOn: "2026-04-05",
      notVisited: true,
      visitDueBy: TODAY,
    });
  });

  test("never visited is flagged, first in the list; then the longest unvisited", () => {
    expect(byId.get("E")).toMatchObject({
      lastVisitOn: null,
      daysSinceVisit: null,
      notVisited: true,
    });
    expect(notVisited(records, settings, TODAY).map((s) => s.clientId)).toEqual([
      "D",
      "E",
      "C",
      "B",
    ]);
  });

  test("the window comes from the settings", () => {
    expect(
      notVisited(records, makeSettings({ notVisitedDays: 60 }), TODAY).map((s) => s.clientId)
    ).toEqual(["D", "E"]);
  });
});
