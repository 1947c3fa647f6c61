import { nextAction } from "../../src/taskpane/next-action";
import type { RegisterStatus } from "../../src/taskpane/actions";
import { SHEET_KEYS } from "../../src/register/types";

const complete: RegisterStatus = {
  sheetsPresent: [...SHEET_KEYS],
  sheetsMissing: [],
  hasSettings: true,
  clients: 40,
  lastImport: null,
  openComplaints: 3,
  overdueComplaints: 0,
  birthdaysThisMonth: 2,
};

describe("next sensible action", () => {
  test("no workbook: open one", () => {
    expect(nextAction(complete, false)).toEqual({ kind: "open-file" });
  });
  test("missing register sheets or Settings, or status unknown: set up", () => {
    expect(
      nextAction({ ...complete, sheetsPresent: ["Clients"], sheetsMissing: ["Family"] }, true).kind
    ).toBe("setup");
    expect(nextAction({ ...complete, hasSettings: false }, true).kind).toBe("setup");
    expect(nextAction(null, true).kind).toBe("setup");
  });
  test("an empty register: import", () => {
    expect(nextAction({ ...complete, clients: 0, overdueComplaints: 4 }, true)).toEqual({
      kind: "import",
      page: "import",
    });
  });
  test("overdue complaints come before reviews", () => {
    expect(nextAction({ ...complete, overdueComplaints: 2 }, true)).toEqual({
      kind: "overdue",
      page: "complaints",
      count: 2,
    });
    expect(nextAction(complete, true)).toEqual({ kind: "reviews", page: "reviews" });
  });
});
