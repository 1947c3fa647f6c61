import type { RegisterStatus } from "./actions";

export type PageKey = "home" | "setup" | "import" | "tiers" | "complaints" | "visits" | "reviews";

export const PAGES: readonly PageKey[] = [
  "home",
  "setup",
  "import",
  "tiers",
  "complaints",
  "visits",
  "reviews",
];

export type NextAction =
  | { kind: "open-file" }
  | { kind: "setup"; page: "setup" }
  | { kind: "import"; page: "import" }
  | { kind: "overdue"; page: "complaints"; count: number }
  | { kind: "reviews"; page: "reviews" };

/**
 * The one thing most worth doing now, in the order a manager meets them: have a workbook, have
 * the register, fill it, clear late complaints, then prepare the review meeting.
 */
export function nextAction(status: RegisterStatus | null, hasWorkbook: boolean): NextAction {
  if (!hasWorkbook) return { kind: "open-file" };
  if (!status || status.sheetsMissing.length > 0 || !status.hasSettings)
    return { kind: "setup", page: "setup" };
  if (status.clients === 0) return { kind: "import", page: "import" };
  if (status.overdueComplaints > 0)
    return { kind: "overdue", page: "complaints", count: status.overdueComplaints };
  return { kind: "reviews", page: "reviews" };
}
