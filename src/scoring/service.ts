import { ScoringError, requireNonNegative } from "./errors";

/** Complaint severities, most urgent first. */
export const SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SlaDays = Readonly<Record<Severity, number>>;
export const DEFAULT_SLA_DAYS: SlaDays = { critical: 1, high: 3, medium: 7, low: 15 };

export interface DueDateOptions {
  /** Count working days (Mon–Fri, not holidays) instead of calendar days. */
  businessDays?: boolean;
  /** Days off in business-day mode; only their UTC date matters. */
  holidays?: readonly Date[];
}

const DAY_MS = 86_400_000;

/** Midnight UTC of the date's UTC calendar day: all date arithmetic here is date-only. */
function utcDay(date: unknown, name: string): number {
  if (!(date instanceof Date) || Number.isNaN(date.getTime()))
    throw new ScoringError("value", `${name} must be a valid date.`);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function requireSeverity(severity: unknown): Severity {
  const key = typeof severity === "string" ? severity.trim().toLowerCase() : "";
  const found = SEVERITIES.find((s) => s === key);
  if (!found)
    throw new ScoringError(
      "value",
      `severity must be one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(severity)}.`
    );
  return found;
}

function requireDays(slaDays: SlaDays, severity: Severity): number {
  const days = requireNonNegative(slaDays?.[severity], `slaDays.${severity}`);
  if (!Number.isInteger(days))
    throw new ScoringError(
      "num",
      `slaDays.${severity} must be a whole number of days, got ${days}.`
    );
  return days;
}

function isWorkingDay(day: number, holidays: ReadonlySet<number>): boolean {
  const weekday = new Date(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

function addWorkingDays(start: number, days: number, holidays: ReadonlySet<number>): number {
  let day = start;
  for (let counted = 0; counted < days;) {
    day += DAY_MS;
    if (isWorkingDay(day, holidays)) counted++;
  }
  return day;
}

/**
 * When a complaint received on `receivedOn` must be resolved: the severity's service-level days
 * later, as calendar days or, with `businessDays`, skipping weekends and holidays. The result is
 * midnight UTC of the due day.
 */
export function dueDate(
  receivedOn: Date,
  severity: string,
  slaDays: SlaDays = DEFAULT_SLA_DAYS,
  options: DueDateOptions = {}
): Date {
  const start = utcDay(receivedOn, "receivedOn");
  const days = requireDays(slaDays, requireSeverity(severity));
  if (!options.businessDays) return new Date(start + days * DAY_MS);
  const holidays = new Set((options.holidays ?? []).map((h, i) => utcDay(h, `holiday ${i + 1}`)));
  return new Date(addWorkingDays(start, days, holidays));
}
