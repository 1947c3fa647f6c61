import {
  mappingRecord,
  openComplaintRows,
  registerStatus,
  sheetView,
  toImportPreview,
} from "../../src/taskpane/host/convert";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import type { ImportIssue } from "../../src/importer/types";

describe("adapter conversions", () => {
  test("the wizard's corrections become the importer's override record", () => {
    expect(
      mappingRecord({
        sheets: ["A", "B"],
        kinds: [{ sheet: "B", kind: "Assets" }],
        overrides: [
          { sheet: "A", header: "电话", field: "phone" },
          { sheet: "A", header: "备用", field: null },
        ],
      })
    ).toEqual({ "B!*": "Assets", "A!电话": "phone", "A!备用": "-" });
  });

  test("the preview keeps the first ten issues and counts them all", () => {
    const issues: ImportIssue[] = Array.from({ length: 14 }, (_, i) => ({
      sheet: "S",
      row: i + 2,
      column: "B (Phone)",
      field: "phone",
      value: i % 2 ? 123 : null,
      message: `m${i}`,
      severity: "warning",
    }));
    const preview = toImportPreview({
      summary: { sourceRows: 14, imported: 10, merged: 1, skipped: 2, rejected: 1 },
      issues,
    });
    expect(preview.issueCount).toBe(14);
    expect(preview.issues.map((i) => i.message)).toEqual([
      "m0",
      "m1",
      "m2",
      "m3",
      "m4",
      "m5",
      "m6",
      "m7",
      "m8",
      "m9",
    ]);
    expect(preview.issues[1].value).toBe("123");
    expect(preview.issues[0].value).toBe("");
  });

  test("status counts clients, open and overdue complaints and this month's birthdays", () => {
    const records = {
      Clients: [
        { clientId: "C-1", name: "A", birthday: "1980-06-02" },
        { clientId: "C-2", name: "B", birthday: "1975-07-01" },
        { clientId: null, name: "C", birthday: "1990-06-30" },
        { clientId: null, name: null, birthday: null },
      ],
      Complaints: [
        {
          complaintId: "CP-1",
          clientId: "C-1",
          receivedOn: "2024-06-01",
          severity: "high",
          status: "open",
        },
        {
          complaintId: "CP-2",
          clientId: "C-1",
          receivedOn: "2024-06-13",
          severity: "low",
          status: "in-progress",
        },
        {
          complaintId: "CP-3",
          clientId: "C-2",
          receivedOn: "2024-05-01",
          severity: "low",
          status: "closed",
        },
      ],
    };
    const status = registerStatus({
      present: ["Clients", "Complaints"],
      hasSettings: true,
      records,
      settings: DEFAULT_SETTINGS,
      today: "2024-06-15",
      lastImport: null,
    });
    expect(status.sheetsPresent).toEqual(["Clients", "Complaints"]);
    expect(status.sheetsMissing).toEqual([
      "Family",
      "Contacts",
      "Insurance",
      "Assets",
      "Tiers",
      "Visits",
      "Pipeline",
    ]);
    expect(status.clients).toBe(3);
    expect(status.openComplaints).toBe(2);
    // CP-1: high = 3 days → due 2024-06-04, overdue on 06-15; CP-2: low = 15 days → due 06-28.
    expect(status.overdueComplaints).toBe(1);
    expect(status.birthdaysThisMonth).toBe(2);
  });

  test("open complaints list overdue first, with the client's name and the moves allowed", () => {
    const records = {
      Clients: [{ clientId: "C-1", name: "王建国" }],
      Complaints: [
        {
          complaintId: "CP-2",
          clientId: "C-1",
          receivedOn: "2024-06-13",
          severity: "low",
          status: "in-progress",
        },
        {
          complaintId: "CP-1",
          clientId: "C-1",
          receivedOn: "2024-06-01",
          severity: "high",
          status: "open",
        },
        {
          complaintId: "CP-3",
          clientId: "C-1",
          receivedOn: "2024-05-01",
          severity: "low",
          status: "resolved",
        },
      ],
    };
    const rows = openComplaintRows(records, DEFAULT_SETTINGS, "2024-06-15");
    expect(rows.map((r) => [r.complaintId, r.overdue, r.dueOn, r.nextStatuses])).toEqual([
      ["CP-1", true, "2024-06-04", ["in-progress"]],
      ["CP-2", false, "2024-06-28", ["resolved"]],
    ]);
    expect(rows[0].clientName).toBe("王建国");
  });

  test("a sheet shown in the pane: lists keep their header, free layouts do not, formulas show as formulas", () => {
    expect(
      sheetView({
        name: "L",
        grid: [
          ["H1", "H2"],
          ["a", 1],
        ],
        freezeRows: 1,
        conditionalFormats: [],
      })
    ).toEqual({ name: "L", header: ["H1", "H2"], rows: [["a", "1"]] });
    expect(
      sheetView({
        name: "R",
        grid: [["Title"], [{ formula: "SUM(A1:A2)" }, null]],
        freezeRows: 0,
        conditionalFormats: [],
      })
    ).toEqual({
      name: "R",
      header: [],
      rows: [["Title"], ["=SUM(A1:A2)", ""]],
    });
  });
});
