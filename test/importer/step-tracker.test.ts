/**
 * A tracker of the next step for each client (Client | Project | Step | Due Date | Status | Last
 * Updated) logs no event: a due date says by when something is to be done, an update stamp when
 * the row was touched, and neither is the day a complaint came in or a visit was made. A person
 * reads it as the list of the clients it names. A log dated by the day of each contact stays a
 * log. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { preferClientsWithoutEventDates } from "../../src/importer/classify-sheet";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const CLIENTS = ["Harbor Logistics", "Meridian Foods", "Teluk Baja", "Northgate Clinic"];
const STEPS = ["Send quotation", "Site survey", "Wait for PO", "Send invoice", "Revise drawing"];

function tracker(dateHeader: string, extra: string): SourceCell[][] {
  const rows: SourceCell[][] = [
    [
      "Client Name",
      "Project Name",
      "Step Name",
      "Step Owner",
      dateHeader,
      "Status",
      "Notes",
      extra,
    ],
  ];
  for (let i = 0; i < 12; i++)
    rows.push([
      CLIENTS[i % CLIENTS.length],
      `Project ${i + 1}`,
      STEPS[i % STEPS.length],
      i % 3 ? "Me" : "Client",
      `2025-0${1 + (i % 9)}-1${i % 10}`,
      i % 2 ? "In Progress" : "Done",
      `note ${i}`,
      `2025-0${1 + (i % 9)}-0${1 + (i % 9)}`,
    ]);
  return rows;
}

describe("a tracker of steps per client", () => {
  it("dated only by when each step is due and when the row was updated: a client list", () => {
    const r = importWorkbook([sheet("Client Tracker", tracker("Due Date", "Last Updated"))]);
    expect(readAs(r, "Client Tracker")).toBe("Clients");
    expect(new Set(r.records.Clients.map((c) => c.name))).toEqual(new Set(CLIENTS));
    expect(r.records.Visits ?? []).toHaveLength(0);
    expect(r.records.Complaints ?? []).toHaveLength(0);
  });

  it("a deadline in Chinese (截止日期) dates no event either", () => {
    const shifted = preferClientsWithoutEventDates(
      { key: "Complaints", confidence: 0.3, scores: { Complaints: 1.9, Clients: 1.7 } },
      [
        { header: "截止日期", share: 1 },
        { header: "更新时间", share: 1 },
      ]
    );
    expect(shifted.key).toBe("Clients");
  });

  it("a log dated by the day of each contact stays a log", () => {
    const kept = preferClientsWithoutEventDates(
      { key: "Visits", confidence: 0.3, scores: { Visits: 1.9, Clients: 1.7 } },
      [
        { header: "Visit Date", share: 1 },
        { header: "Due Date", share: 1 },
      ]
    );
    expect(kept.key).toBe("Visits");
  });
});
