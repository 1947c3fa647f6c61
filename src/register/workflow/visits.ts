/**
 * Visits: when each client was last seen, when the next visit is planned, and which clients
 * have gone longer than the Settings window without one. Every contact logged on the Visits
 * sheet counts (visit, call, letter, event): it is the register's maintenance log.
 */
import type { RegisterSettings } from "../settings";
import { type Day, addDays, dayNumber, toIso } from "./dates";
import { byClient, dateOf, rowsOf, textOf, type RegisterRecords } from "./records";

export interface VisitStatus {
  clientId: string;
  name: string | null;
  owner: string | null;
  /** The latest visit on or before today; null when never visited. */
  lastVisitOn: string | null;
  daysSinceVisit: number | null;
  /** The earliest planned day after the last visit: a nextVisitOn, or a visit logged ahead of today. */
  nextVisitOn: string | null;
  /** The last day a visit keeps the client within the window (today when never visited). */
  visitDueBy: string;
  /** Never visited, or the last visit is more than `notVisitedDays` ago. */
  notVisited: boolean;
}

export function visitStatus(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day
): VisitStatus[] {
  const day = toIso(today, "today");
  const now = dayNumber(day);
  const visits = byClient(rowsOf(records, "Visits"));
  return rowsOf(records, "Clients").flatMap((client) => {
    const clientId = textOf(client, "clientId");
    if (clientId === null) return [];
    const rows = visits.get(clientId) ?? [];
    const visitDays = rows.map((v) => dateOf(v, "visitOn")).filter((d): d is string => d !== null);
    const past = visitDays.filter((d) => dayNumber(d) <= now).sort();
    const lastVisitOn = past.length ? past[past.length - 1] : null;
    const after = lastVisitOn === null ? -Infinity : dayNumber(lastVisitOn);
    const planned = [
      ...rows
        .map((v) => dateOf(v, "nextVisitOn"))
        .filter((d): d is string => d !== null && dayNumber(d) > after),
      ...visitDays.filter((d) => dayNumber(d) > now),
    ].sort();
    const daysSinceVisit = lastVisitOn === null ? null : now - dayNumber(lastVisitOn);
    return [
      {
        clientId,
        name: textOf(client, "name"),
        owner: textOf(client, "owner"),
        lastVisitOn,
        daysSinceVisit,
        nextVisitOn: planned[0] ?? null,
        visitDueBy: lastVisitOn === null ? day : addDays(lastVisitOn, settings.notVisitedDays),
        notVisited: daysSinceVisit === null || daysSinceVisit > settings.notVisitedDays,
      },
    ];
  });
}

/** Clients to visit: never visited first, then the longest unvisited; ties in Clients order. */
export function notVisited(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day
): VisitStatus[] {
  const rank = (s: VisitStatus) => (s.daysSinceVisit === null ? Infinity : s.daysSinceVisit);
  return visitStatus(records, settings, today)
    .filter((s) => s.notVisited)
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(b.s) - rank(a.s) || a.i - b.i)
    .map(({ s }) => s);
}
