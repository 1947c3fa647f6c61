/**
 * The book summary: the figures a head of unit looks at before a review meeting. Pure; every
 * figure is also written on the Book Review sheet (as a live formula where Excel can compute it).
 */
import { pareto, TIER_KEYS, type ParetoClass, type TierKey } from "../scoring";
import { PIPELINE_STAGE } from "../register/enums";
import type { RegisterSettings } from "../register/settings";
import type { RegisterRecord } from "../register/types";
import { daysToResolve, isOpen, isOverdue, satisfactionGap } from "../register/workflow/complaints";
import { type Day, toIso } from "../register/workflow/dates";
import {
  byClient,
  numberOf,
  rowsOf,
  textOf,
  type RegisterRecords,
} from "../register/workflow/records";
import {
  assignTiers,
  CLIENT_CATEGORIES,
  type ClientCategory,
  type TierAssignment,
} from "../register/workflow/tiers";
import { notVisited, type VisitStatus } from "../register/workflow/visits";
import {
  assetTotals,
  birthdayOf,
  clientCiGap,
  hasCriticalIllnessCover,
  isPerson,
  nextBirthday,
  walletShare,
} from "./figures";

export const STAGE_KEYS = PIPELINE_STAGE.map((s) => s.key);
export type StageKey = (typeof STAGE_KEYS)[number];

/** The 80/20 rule's top group is the top fifth of clients by count: ceil(n / 5). */
export const TOP_GROUP_DIVISOR = 5;
export const BIRTHDAY_WINDOW_DAYS = 30;
export const LARGEST_ELSEWHERE_COUNT = 5;

export interface ClientRef {
  clientId: string;
  name: string | null;
}

export interface ElsewhereHolding extends ClientRef {
  elsewhere: number;
  ours: number;
}

export interface UpcomingBirthday {
  clientId: string;
  /** The person whose birthday it is: the client or a family member. */
  person: string | null;
  /** null for the client; the family member's relation (or "") otherwise. */
  relation: string | null;
  birthday: string;
  on: string;
  daysUntil: number;
  /** The age reached; null in a masked summary, where it would give the birth year away. */
  turns: number | null;
}

export interface TierChange extends ClientRef {
  from: TierKey;
  to: TierKey;
}

export interface BookSummary {
  asOf: string;
  /** Rows on the Clients sheet that have a clientId or a name. */
  clients: number;
  /** Clients per effective tier (the override when there is one). */
  tiers: Record<TierKey, number>;
  revenueByTier: Record<TierKey, number>;
  tierChanges: TierChange[];
  categories: Record<ClientCategory, number>;
  /** Clients whose annual revenue is above 0. */
  clientsWithRevenue: number;
  totalRevenue: number;
  /** ceil(20% of clientsWithRevenue). */
  top20Clients: number;
  /** Revenue of the top20Clients largest clients / totalRevenue (0 with no revenue). */
  top20RevenueShare: number;
  paretoClasses: Record<ParetoClass, number>;
  persons: number;
  /** Persons (clients that are not enterprises) without an in-force critical-illness policy. */
  withoutCriticalIllnessCover: number;
  /** Sum of the critical-illness gap (3 × income − CI cover, at least 0) over persons with an annual income. */
  protectionGapTotal: number;
  /** Market value of assets (loans excluded) held with us / elsewhere. */
  assetsOurs: number;
  assetsElsewhere: number;
  shareOfWallet: number | null;
  largestElsewhere: ElsewhereHolding[];
  complaints: number;
  openComplaints: number;
  overdueComplaints: number;
  avgDaysToResolve: number | null;
  avgSatisfactionGap: number | null;
  notVisitedDays: number;
  notVisited: VisitStatus[];
  birthdaysNext30Days: UpcomingBirthday[];
  pipelineByStage: Record<StageKey, { count: number; expectedValue: number }>;
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const mean = (values: number[]): number | null =>
  values.length ? values.reduce((s, x) => s + x, 0) / values.length : null;

/** A complaint row is one when it names a complaint, a client or a receipt day. */
export function isComplaintRow(row: RegisterRecord): boolean {
  return ["complaintId", "clientId", "receivedOn"].some((key) => textOf(row, key) !== null);
}

export function bookSummary(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day,
  assignments?: TierAssignment[]
): BookSummary {
  const asOf = toIso(today, "today");
  const clients = rowsOf(records, "Clients");
  const tiersAssigned = assignments ?? assignTiers(records, settings, asOf);
  return {
    asOf,
    clients: clients.filter((c) => textOf(c, "clientId") !== null || textOf(c, "name") !== null)
      .length,
    ...tierFigures(tiersAssigned),
    ...revenueFigures(clients),
    ...protectionFigures(clients, records),
    ...assetFigures(clients, records),
    ...complaintFigures(records, settings, asOf),
    notVisitedDays: settings.notVisitedDays,
    notVisited: notVisited(records, settings, asOf),
    birthdaysNext30Days: upcomingBirthdays(records, asOf),
    pipelineByStage: pipelineFigures(records),
  };
}

function tierFigures(assignments: TierAssignment[]) {
  const tiers = zeroes(TIER_KEYS);
  const revenueByTier = zeroes(TIER_KEYS);
  const categories = zeroes(CLIENT_CATEGORIES);
  for (const a of assignments) {
    tiers[a.effectiveTier] += 1;
    revenueByTier[a.effectiveTier] += a.annualRevenue ?? 0;
    for (const c of a.categories) categories[c] += 1;
  }
  const tierChanges = assignments
    .filter((a) => a.changed && a.previousTier !== null)
    .map((a) => ({
      clientId: a.clientId,
      name: a.name,
      from: a.previousTier as TierKey,
      to: a.effectiveTier,
    }));
  return { tiers, revenueByTier, categories, tierChanges };
}

function revenueFigures(clients: RegisterRecord[]) {
  const revenues = clients
    .map((c) => numberOf(c, "annualRevenue"))
    .filter((r): r is number => r !== null && r > 0);
  const totalRevenue = revenues.reduce((s, x) => s + x, 0);
  const top20Clients = Math.ceil(revenues.length / TOP_GROUP_DIVISOR);
  const top = [...revenues].sort((a, b) => b - a).slice(0, top20Clients);
  const paretoClasses = zeroes<ParetoClass>(["A", "B", "C"]);
  if (totalRevenue > 0) for (const c of pareto(revenues)) paretoClasses[c] += 1;
  return {
    clientsWithRevenue: revenues.length,
    totalRevenue,
    top20Clients,
    top20RevenueShare: totalRevenue > 0 ? top.reduce((s, x) => s + x, 0) / totalRevenue : 0,
    paretoClasses,
  };
}

function protectionFigures(clients: RegisterRecord[], records: RegisterRecords) {
  const policies = byClient(rowsOf(records, "Insurance"));
  const persons = clients.filter((c) => isPerson(c) && textOf(c, "clientId") !== null);
  let without = 0;
  let gapTotal = 0;
  for (const person of persons) {
    const own = policies.get(textOf(person, "clientId") as string) ?? [];
    if (!hasCriticalIllnessCover(own)) without += 1;
    gapTotal += clientCiGap(person, own) ?? 0;
  }
  return {
    persons: persons.length,
    withoutCriticalIllnessCover: without,
    protectionGapTotal: gapTotal,
  };
}

function assetFigures(clients: RegisterRecord[], records: RegisterRecords) {
  const totals = assetTotals(rowsOf(records, "Assets"));
  const assets = byClient(rowsOf(records, "Assets"));
  const seen = new Set<string>();
  const holdings: ElsewhereHolding[] = [];
  for (const client of clients) {
    const clientId = textOf(client, "clientId");
    if (clientId === null || seen.has(clientId)) continue;
    seen.add(clientId);
    const own = assetTotals(assets.get(clientId) ?? []);
    if (own.elsewhere > 0)
      holdings.push({
        clientId,
        name: textOf(client, "name"),
        elsewhere: own.elsewhere,
        ours: own.ours,
      });
  }
  // Array.prototype.sort is stable: equal holdings keep the Clients order.
  holdings.sort((a, b) => b.elsewhere - a.elsewhere);
  return {
    assetsOurs: totals.ours,
    assetsElsewhere: totals.elsewhere,
    shareOfWallet: walletShare(totals),
    largestElsewhere: holdings.slice(0, LARGEST_ELSEWHERE_COUNT),
  };
}

function complaintFigures(records: RegisterRecords, settings: RegisterSettings, asOf: string) {
  const complaints = rowsOf(records, "Complaints").filter(isComplaintRow);
  return {
    complaints: complaints.length,
    openComplaints: complaints.filter(isOpen).length,
    overdueComplaints: complaints.filter((c) => isOverdue(c, asOf, settings)).length,
    avgDaysToResolve: mean(complaints.map(daysToResolve).filter((d): d is number => d !== null)),
    avgSatisfactionGap: mean(
      complaints.map(satisfactionGap).filter((g): g is number => g !== null)
    ),
  };
}

/** Birthdays of clients and their family members from today through today + 30 days. */
export function upcomingBirthdays(
  records: RegisterRecords,
  today: Day,
  windowDays = BIRTHDAY_WINDOW_DAYS
): UpcomingBirthday[] {
  const found: UpcomingBirthday[] = [];
  const add = (
    clientId: string | null,
    person: string | null,
    relation: string | null,
    row: RegisterRecord
  ) => {
    const birthday = birthdayOf(row);
    if (clientId === null || birthday === null) return;
    const next = nextBirthday(birthday, today);
    if (next.daysUntil <= windowDays) found.push({ clientId, person, relation, birthday, ...next });
  };
  for (const client of rowsOf(records, "Clients"))
    add(textOf(client, "clientId"), textOf(client, "name"), null, client);
  for (const member of rowsOf(records, "Family"))
    add(
      textOf(member, "clientId"),
      textOf(member, "memberName"),
      textOf(member, "relation") ?? "",
      member
    );
  return found.sort((a, b) => a.daysUntil - b.daysUntil);
}

function pipelineFigures(
  records: RegisterRecords
): Record<StageKey, { count: number; expectedValue: number }> {
  const byStage = Object.fromEntries(
    STAGE_KEYS.map((k) => [k, { count: 0, expectedValue: 0 }])
  ) as Record<StageKey, { count: number; expectedValue: number }>;
  for (const row of rowsOf(records, "Pipeline")) {
    const stage = textOf(row, "stage");
    if (stage === null || !(stage in byStage)) continue;
    byStage[stage as StageKey].count += 1;
    byStage[stage as StageKey].expectedValue += numberOf(row, "expectedValue") ?? 0;
  }
  return byStage;
}
