import { LANGS } from "../../../src/register/types";
import { DEFAULT_SETTINGS, makeSettings } from "../../../src/register/settings";
import {
  COMPLAINT_PRINCIPLES,
  COMPLAINT_PROCEDURE,
  ComplaintError,
  daysToResolve,
  effectiveDueOn,
  isOverdue,
  newComplaint,
  nextComplaintId,
  RMLSP,
  satisfactionGap,
  transition,
} from "../../../src/register/workflow/complaints";

const TODAY = "2026-03-13"; // a Friday
const clients = [{ clientId: "C-1", name: "王建国", owner: "Li Na" }];

describe("new complaints", () => {
  test("ids run per year of receipt, above the highest id of that year, ignoring other formats", () => {
    expect(nextComplaintId([], 2026)).toBe("CP-2026-0001");
    const existing = [
      { complaintId: "CP-2026-0007" },
      { complaintId: "cp-2026-0003" },
      { complaintId: "CP-2025-0099" },
      { complaintId: "T-88" },
      { complaintId: null },
    ];
    expect(nextComplaintId(existing, 2026)).toBe("CP-2026-0008");
    expect(nextComplaintId(existing, 2025)).toBe("CP-2025-0100");
    expect(nextComplaintId(existing, 2024)).toBe("CP-2024-0001");
  });

  test("a new complaint is open, owned, due by its severity's service level, and not called back yet", () => {
    const c = newComplaint(
      { clientId: "C-1", severity: "high", description: "Card blocked" },
      [],
      DEFAULT_SETTINGS,
      TODAY,
      { clients }
    );
    expect(c).toMatchObject({
      complaintId: "CP-2026-0001",
      clientId: "C-1",
      receivedOn: TODAY,
      severity: "high",
      status: "open",
      owner: "Li Na",
      dueOn: "2026-03-16",
      resolvedOn: null,
      calledBack: false,
      description: "Card blocked",
    });
  });

  test.each([
    ["critical", "2026-03-14", "2026-03-16"],
    ["high", "2026-03-16", "2026-03-18"],
    ["medium", "2026-03-20", "2026-03-24"],
    ["low", "2026-03-28", "2026-04-03"],
  ] as const)(
    "a %s complaint received on Friday is due on %s (calendar days) or %s (working days)",
    (severity, calendar, working) => {
      expect(newComplaint({ clientId: "C-1", severity }, [], DEFAULT_SETTINGS, TODAY).dueOn).toBe(
        calendar
      );
      expect(
        newComplaint({ clientId: "C-1", severity }, [], makeSettings({ businessDays: true }), TODAY)
          .dueOn
      ).toBe(working);
    }
  );

  test("holidays push a working-day due date further", () => {
    const c = newComplaint(
      { clientId: "C-1", severity: "critical" },
      [],
      makeSettings({ businessDays: true }),
      TODAY,
      { holidays: ["2026-03-16"] }
    );
    expect(c.dueOn).toBe("2026-03-17");
  });

  test("the owner given wins over the client's; the id follows the receipt year", () => {
    const c = newComplaint(
      { clientId: "C-1", severity: "low", owner: "Zhang Wei", receivedOn: "2025-12-30" },
      [{ complaintId: "CP-2025-0004" }],
      DEFAULT_SETTINGS,
      TODAY,
      { clients }
    );
    expect([c.owner, c.complaintId, c.dueOn]).toEqual(["Zhang Wei", "CP-2025-0005", "2026-01-14"]);
  });

  test("bad input is refused with a reason", () => {
    expect(() =>
      newComplaint({ clientId: " ", severity: "low" }, [], DEFAULT_SETTINGS, TODAY)
    ).toThrow(/client's id/);
    expect(() =>
      newComplaint({ clientId: "C-1", severity: "urgent" as never }, [], DEFAULT_SETTINGS, TODAY)
    ).toThrow(/critical, high, medium, low/);
    expect(() =>
      newComplaint(
        { clientId: "C-1", severity: "low", receivedOn: "2026-03-14" },
        [],
        DEFAULT_SETTINGS,
        TODAY
      )
    ).toThrow(ComplaintError);
    expect(() =>
      newComplaint(
        { clientId: "C-1", severity: "low", receivedOn: "2026-02-30" },
        [],
        DEFAULT_SETTINGS,
        TODAY
      )
    ).toThrow(/YYYY-MM-DD/);
  });
});

describe("status transitions", () => {
  const open = newComplaint(
    { clientId: "C-1", severity: "medium", receivedOn: "2026-03-01" },
    [],
    DEFAULT_SETTINGS,
    TODAY
  );

  test("open → in progress → resolved → closed, with the resolution day recorded", () => {
    const working = transition(open, "in-progress", "2026-03-02");
    const resolved = transition(working, "resolved", "2026-03-05");
    const closed = transition(resolved, "closed", "2026-03-06");
    expect([working.status, resolved.status, closed.status]).toEqual([
      "in-progress",
      "resolved",
      "closed",
    ]);
    expect(resolved.resolvedOn).toBe("2026-03-05");
    expect(closed.resolvedOn).toBe("2026-03-05");
    expect(daysToResolve(closed)).toBe(4);
    expect(open.status).toBe("open");
  });

  test("a resolved complaint can be reopened; the resolution day goes", () => {
    const resolved = transition(transition(open, "in-progress", TODAY), "resolved", TODAY);
    const reopened = transition(resolved, "in-progress", TODAY);
    expect([reopened.status, reopened.resolvedOn]).toEqual(["in-progress", null]);
  });

  test.each([
    ["open", "resolved"],
    ["open", "closed"],
    ["in-progress", "closed"],
    ["in-progress", "open"],
    ["closed", "in-progress"],
    ["closed", "open"],
    ["resolved", "open"],
  ] as const)("%s → %s is refused", (from, to) => {
    expect(() => transition({ ...open, status: from }, to, TODAY)).toThrow(
      new RegExp(`is ${from}; it cannot move to ${to}`)
    );
  });

  test("a complaint cannot be resolved before it was received; a blank status counts as open", () => {
    const working = transition({ ...open, status: null }, "in-progress", TODAY);
    expect(() => transition(working, "resolved", "2026-02-28")).toThrow(/before it was received/);
  });
});

describe("overdue and satisfaction", () => {
  const c = (fields: Record<string, string | number | null>) => ({
    complaintId: "X",
    receivedOn: "2026-03-10",
    severity: "high",
    status: "open",
    dueOn: "2026-03-13",
    ...fields,
  });

  test("overdue only after the due day, and only while open or in progress", () => {
    expect(isOverdue(c({}), "2026-03-13")).toBe(false);
    expect(isOverdue(c({}), "2026-03-14")).toBe(true);
    expect(isOverdue(c({ status: "in-progress" }), "2026-03-14")).toBe(true);
    expect(isOverdue(c({ status: "resolved" }), "2026-04-01")).toBe(false);
    expect(isOverdue(c({ status: "closed" }), "2026-04-01")).toBe(false);
    expect(isOverdue(c({ dueOn: null }), "2026-04-01")).toBe(false);
  });

  test("a due day the row gives (its source's or a person's) wins; without one, settings compute it as the formula does", () => {
    expect(effectiveDueOn(c({ dueOn: "2030-01-01" }), DEFAULT_SETTINGS)).toBe("2030-01-01");
    expect(isOverdue(c({ dueOn: "2030-01-01" }), "2026-03-14", DEFAULT_SETTINGS)).toBe(false);
    // Given a day earlier than the service level's: overdue from that day on.
    expect(isOverdue(c({ dueOn: "2026-03-11" }), "2026-03-12", DEFAULT_SETTINGS)).toBe(true);
    expect(effectiveDueOn(c({ dueOn: null }), DEFAULT_SETTINGS)).toBe("2026-03-13");
    expect(isOverdue(c({ dueOn: null }), "2026-03-14", DEFAULT_SETTINGS)).toBe(true);
    expect(effectiveDueOn(c({ dueOn: null, severity: null }), DEFAULT_SETTINGS)).toBeNull();
    expect(effectiveDueOn(c({ severity: null }), DEFAULT_SETTINGS)).toBe("2026-03-13");
  });

  test("satisfaction gap is actual − expected; missing scores give no gap", () => {
    expect(satisfactionGap({ expectedScore: 8, actualScore: 6.5 })).toBe(-1.5);
    expect(satisfactionGap({ expectedScore: 8 })).toBeNull();
    expect(daysToResolve({ receivedOn: "2026-03-01" })).toBeNull();
  });
});

describe("guidance for the task pane", () => {
  test("five procedure steps and the RMLSP rule, each in every language", () => {
    expect(COMPLAINT_PROCEDURE.map((s) => s.mark)).toEqual(["1", "2", "3", "4", "5"]);
    expect(RMLSP.map((s) => s.mark).join("")).toBe("RMLSP");
    for (const item of [...COMPLAINT_PROCEDURE, ...RMLSP]) {
      for (const lang of LANGS) {
        expect(item.title[lang].trim()).not.toBe("");
        expect(item.detail[lang].trim()).not.toBe("");
      }
    }
    expect(COMPLAINT_PROCEDURE[4].title["zh-CN"]).toContain("回访");
    expect(COMPLAINT_PRINCIPLES).toHaveLength(3);
  });
});
