/**
 * Tier assignment: each client's service tier from annual revenue and the Settings thresholds,
 * the A–D grade from value score and difficulty, a person's override kept across re-runs, the
 * previous tier kept when the tier changes, and the key-client categories of domain.md.
 */
import {
  grade as gradeOf,
  tier as tierOf,
  TIER_KEYS,
  valueScore as weightedValueScore,
  type GradeKey,
  type TierKey,
} from "../../scoring";
import { FACTOR_LETTERS, type RegisterSettings } from "../settings";
import type { RegisterRecord } from "../types";
import { type Day, dayNumber, toIso } from "./dates";
import {
  booleanOf,
  byClient,
  dateOf,
  enumOf,
  numberOf,
  rowsOf,
  textOf,
  type RegisterRecords,
} from "./records";

export type ClientCategory = "quality" | "high-value" | "group" | "strategic";
export const CLIENT_CATEGORIES: readonly ClientCategory[] = [
  "quality",
  "high-value",
  "group",
  "strategic",
];

/** The contract amount of domain.md's quality and high-value categories (in the register's currency). */
export const CATEGORY_CONTRACT_AMOUNT = 10_000_000;

export interface TierAssignment {
  clientId: string;
  name: string | null;
  annualRevenue: number | null;
  valueScore: number | null;
  difficulty: number | null;
  /** The tier the revenue reaches (no revenue counts as 0: standard). */
  tier: TierKey;
  grade: GradeKey | null;
  overrideTier: TierKey | null;
  overrideReason: string | null;
  /** The override when there is one, else the computed tier. */
  effectiveTier: TierKey;
  /** The effective tier before the last change; kept until the tier changes again. */
  previousTier: TierKey | null;
  /** The day the current effective tier was first assessed. */
  assessedOn: string;
  /** True when this run changed the effective tier of an earlier assessment. */
  changed: boolean;
  categories: ClientCategory[];
}

interface Assessment {
  valueScore: number;
  difficulty: number | null;
}

/**
 * One assignment per client with a clientId, in the order of the Clients sheet.
 * `today` is the assessment day written when a tier is new or changes.
 */
export function assignTiers(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day
): TierAssignment[] {
  const day = toIso(today, "today");
  const previous = new Map(
    rowsOf(records, "Tiers").flatMap((row) => {
      const id = textOf(row, "clientId");
      return id === null ? [] : [[id, row] as const];
    })
  );
  const pipeline = byClient(rowsOf(records, "Pipeline"));
  return rowsOf(records, "Clients").flatMap((client) => {
    const clientId = textOf(client, "clientId");
    if (clientId === null) return [];
    return [
      assignOne(
        client,
        clientId,
        previous.get(clientId),
        pipeline.get(clientId) ?? [],
        settings,
        day
      ),
    ];
  });
}

function assignOne(
  client: RegisterRecord,
  clientId: string,
  before: RegisterRecord | undefined,
  opportunities: RegisterRecord[],
  settings: RegisterSettings,
  today: string
): TierAssignment {
  const annualRevenue = numberOf(client, "annualRevenue");
  const tier = tierOf(Math.max(0, annualRevenue ?? 0), settings.tierThresholds);
  const assessment = ownAssessment(before) ?? bestOpportunity(opportunities, settings);
  const valueScore = assessment?.valueScore ?? null;
  const difficulty = assessment?.difficulty ?? null;
  const grade =
    valueScore !== null && difficulty !== null
      ? gradeOf(valueScore, difficulty, settings.gradeValueCut, settings.gradeDifficultyCut)
      : null;
  const overrideTier = before ? enumOf(before, "overrideTier", TIER_KEYS) : null;
  const effectiveTier = overrideTier ?? tier;
  const lastTier = before ? lastEffectiveTier(before) : null;
  const changed = lastTier !== null && lastTier !== effectiveTier;
  const keptPrevious = before ? enumOf(before, "previousTier", TIER_KEYS) : null;
  const lastAssessed = before ? dateOf(before, "assessedOn") : null;
  return {
    clientId,
    name: textOf(client, "name"),
    annualRevenue,
    valueScore,
    difficulty,
    tier,
    grade,
    overrideTier,
    overrideReason: before ? textOf(before, "overrideReason") : null,
    effectiveTier,
    previousTier: changed ? lastTier : keptPrevious,
    assessedOn: changed || lastAssessed === null ? today : lastAssessed,
    changed,
    categories: categories(client, opportunities, today),
  };
}

/**
 * The Tiers row's key for the effective tier as of `assessedOn`. The register's tier columns are
 * live formulas, so they cannot remember an earlier assessment; this plain column does.
 */
export const ASSESSED_TIER_KEY = "assessedTier";

/** What the last assessment settled on: its stored assessed tier, else what the live columns show. */
function lastEffectiveTier(row: RegisterRecord): TierKey | null {
  return (
    enumOf(row, ASSESSED_TIER_KEY, TIER_KEYS) ??
    enumOf(row, "effectiveTier", TIER_KEYS) ??
    enumOf(row, "overrideTier", TIER_KEYS) ??
    enumOf(row, "tier", TIER_KEYS)
  );
}

/** A value score typed on the Tiers row wins (with its difficulty, when typed). */
function ownAssessment(row: RegisterRecord | undefined): Assessment | undefined {
  const score = row ? numberOf(row, "valueScore") : null;
  if (!row || score === null) return undefined;
  return { valueScore: score, difficulty: numberOf(row, "difficulty") };
}

/**
 * Without its own score, a client takes the best-scored of its opportunities: the opportunity's
 * value score (or one computed from its factors A–G), difficulty from factor G on 0–100.
 */
function bestOpportunity(
  opportunities: RegisterRecord[],
  settings: RegisterSettings
): Assessment | undefined {
  let best: Assessment | undefined;
  for (const row of opportunities) {
    const score = numberOf(row, "valueScore") ?? factorScore(row, settings);
    if (score === null || (best && best.valueScore >= score)) continue;
    const g = numberOf(row, "factorG");
    best = { valueScore: score, difficulty: g === null ? null : ((g - 1) / 4) * 100 };
  }
  return best;
}

function factorScore(row: RegisterRecord, settings: RegisterSettings): number | null {
  const scores = FACTOR_LETTERS.map((letter) => numberOf(row, `factor${letter}`));
  if (scores.some((s) => s === null || s < 1 || s > 5)) return null;
  return weightedValueScore(
    scores as number[],
    FACTOR_LETTERS.map((letter) => settings.factors[letter].weight),
    FACTOR_LETTERS.map((letter) => settings.factors[letter].against)
  );
}

// ---- categories ----------------------------------------------------------------------------------

/**
 * A good payment record: payment attitude prompt or average; where the attitude is unknown, a
 * credit rating of good or very good. A poor or very poor credit rating is never good.
 */
export function hasGoodPaymentRecord(client: RegisterRecord): boolean {
  const credit = textOf(client, "creditRating");
  if (credit === "poor" || credit === "very-poor") return false;
  const attitude = textOf(client, "paymentAttitude");
  if (attitude !== null) return attitude === "prompt" || attitude === "average";
  return credit === "good" || credit === "very-good";
}

/** Whole years from clientSince to today, at least 1 (a client of less than a year has had one year's revenue). */
function yearsAsClient(client: RegisterRecord, today: string): number {
  const since = dateOf(client, "clientSince");
  if (since === null) return 1;
  return Math.max(1, Math.floor((dayNumber(today) - dayNumber(since)) / 365.25));
}

/**
 * domain.md's key-client categories from the fields a register has:
 * - quality: cumulative contracts above 10M (estimated as annual revenue × years as a client)
 *   with a good payment record, or at least one signed referral;
 * - high-value: one contract above 10M (the largest opportunity at stage "close", or a year's
 *   revenue) with a good payment record;
 * - group and strategic: the yes/no columns of the Clients sheet.
 */
export function categories(
  client: RegisterRecord,
  opportunities: readonly RegisterRecord[],
  today: Day
): ClientCategory[] {
  const day = toIso(today, "today");
  const revenue = Math.max(0, numberOf(client, "annualRevenue") ?? 0);
  const goodPayment = hasGoodPaymentRecord(client);
  const referrals = numberOf(client, "referrals") ?? 0;
  const largestContract = Math.max(
    revenue,
    ...opportunities
      .filter((o) => textOf(o, "stage") === "close")
      .map((o) => numberOf(o, "expectedValue") ?? 0)
  );
  const found: ClientCategory[] = [];
  if (
    (goodPayment && revenue * yearsAsClient(client, day) > CATEGORY_CONTRACT_AMOUNT) ||
    referrals > 0
  )
    found.push("quality");
  if (goodPayment && largestContract > CATEGORY_CONTRACT_AMOUNT) found.push("high-value");
  if (booleanOf(client, "groupClient") === true) found.push("group");
  if (booleanOf(client, "strategicClient") === true) found.push("strategic");
  return found;
}

// ---- back to the register ---------------------------------------------------------------------

/** The Tiers sheet row of an assignment; the person's own columns of the earlier row are kept. */
export function tierRecord(assignment: TierAssignment, before?: RegisterRecord): RegisterRecord {
  return {
    ...(before ?? {}),
    clientId: assignment.clientId,
    annualRevenue: assignment.annualRevenue,
    valueScore: assignment.valueScore,
    difficulty: assignment.difficulty,
    tier: assignment.tier,
    grade: assignment.grade,
    overrideTier: assignment.overrideTier ?? (before ? (before.overrideTier ?? null) : null),
    overrideReason: assignment.overrideReason,
    effectiveTier: assignment.effectiveTier,
    previousTier: assignment.previousTier,
    assessedOn: assignment.assessedOn,
    [ASSESSED_TIER_KEY]: assignment.effectiveTier,
  };
}

/**
 * The Tiers sheet after a run: one row per assigned client in Clients order, then the earlier
 * rows of clients no longer in Clients, unchanged (a tier row is never dropped silently).
 */
export function tierRecords(
  records: RegisterRecords,
  assignments: readonly TierAssignment[]
): RegisterRecord[] {
  const before = new Map<string, RegisterRecord>();
  const orphans: RegisterRecord[] = [];
  for (const row of rowsOf(records, "Tiers")) {
    const id = textOf(row, "clientId");
    if (id !== null && !before.has(id)) before.set(id, row);
    else orphans.push(row);
  }
  const assigned = new Set(assignments.map((a) => a.clientId));
  for (const [id, row] of before) if (!assigned.has(id)) orphans.push(row);
  return [...assignments.map((a) => tierRecord(a, before.get(a.clientId))), ...orphans];
}
