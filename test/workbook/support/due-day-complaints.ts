/** Complaints that give their own due day (G-) and that leave it to the formula (C-), for the writers' tests. */
import type { RegisterRecord } from "../../../src/register/types";

/** Given days on G-rows; C-rows give none and are left to the formula. */
export const DUE_DAY_COMPLAINTS: RegisterRecord[] = [
  // Given later than the service level: not overdue although the SLA day is long past.
  {
    complaintId: "G-1",
    receivedOn: "2026-01-05",
    severity: "low",
    status: "open",
    dueOn: "2026-12-31",
  },
  // Given earlier than the service level: overdue although the SLA day is still ahead.
  {
    complaintId: "G-2",
    receivedOn: "2026-06-12",
    severity: "low",
    status: "open",
    dueOn: "2026-06-13",
  },
  { complaintId: "C-1", receivedOn: "2026-06-12", severity: "low", status: "open" },
  { complaintId: "C-2", receivedOn: "2026-01-05", severity: "high", status: "in-progress" },
  {
    complaintId: "G-3",
    receivedOn: "2026-03-02",
    severity: "high",
    status: "closed",
    dueOn: "2026-03-20",
  },
];
