/**
 * A visit sheet that writes the plan beside what happened — under a two-row header 计划(日期,
 * 方式) | 实际(日期, 方式, 内容), or in single headers "Planned Date" | "Actual Date" — gives each
 * field twice. A visit happened on its actual date, by its actual method; the plan is what was
 * meant to happen, and a row whose actual date is blank is a visit still planned, never one made.
 *
 * Twins are found by their words: the same header once with a plan word and once with an actual
 * word (or with none: 计划拜访日期 beside 拜访日期). Nothing is decided from one sheet's strings.
 */
import { PLAN_ACTUAL_WORDS } from "../register/vocabulary";
import { matchForm } from "./header-match";
import { isBlankCell } from "./grid";
import type { ColumnMapping, SourceCell } from "./types";

const PLAN = PLAN_ACTUAL_WORDS.plan.map((w) => matchForm(w)).filter((w) => w !== "");
const ACTUAL = PLAN_ACTUAL_WORDS.actual.map((w) => matchForm(w)).filter((w) => w !== "");

/** Latin words are whole words; Chinese ones anywhere in the header. */
function findWord(header: string, words: readonly string[]): string | null {
  const folded = header.normalize("NFKC").toLowerCase();
  const h = matchForm(header);
  for (const w of words) {
    if (/^[a-z]+$/.test(w)) {
      if (new RegExp(`(?:^|[^a-z])${w}(?:[^a-z]|$)`).test(folded)) return w;
    } else if (h.includes(w)) return w;
  }
  return null;
}

/** The header without its plan or actual word, folded: 计划 日期 → 日期, "Planned Date" → date. */
function restOf(header: string, word: string): string {
  return matchForm(header).replace(word, "");
}

export interface PlanTwin {
  /** The column of the plan (计划 日期). */
  plan: number;
  /** Its twin of what happened (实际 日期, or the unmarked 拜访日期). */
  actual: number;
}

/** The plan/actual twins among a sheet's headers. */
export function planTwins(headers: readonly string[]): PlanTwin[] {
  const plans = headers.flatMap((header, i) => {
    const word = findWord(header, PLAN);
    return word === null || findWord(header, ACTUAL) !== null
      ? []
      : [{ i, rest: restOf(header, word) }];
  });
  if (plans.length === 0) return [];
  const twins: PlanTwin[] = [];
  const used = new Set<number>();
  for (const plan of plans) {
    if (plan.rest === "") continue;
    const marked = headers.findIndex((header, i) => {
      const word = findWord(header, ACTUAL);
      return word !== null && !used.has(i) && restOf(header, word) === plan.rest;
    });
    const bare =
      marked >= 0
        ? marked
        : headers.findIndex(
            (header, i) =>
              !used.has(i) &&
              i !== plan.i &&
              findWord(header, PLAN) === null &&
              matchForm(header) === plan.rest
          );
    if (bare < 0) continue;
    used.add(bare);
    twins.push({ plan: plan.i, actual: bare });
  }
  return twins;
}

/** What the twins of a mapped visit sheet became: the actual column holds the field. */
export interface MappedTwin extends PlanTwin {
  field: string;
}

/**
 * Gives each twin's field to the column of what happened: when the header words put a field on
 * the plan's column (计划 日期 → visitOn), the actual column takes it and the plan's column keeps
 * its values in notes. Returns the twins so moved or already right, by field.
 */
export function actualOverPlan(
  mappings: ColumnMapping[],
  taken: Set<string>,
  fields: readonly string[]
): MappedTwin[] {
  const out: MappedTwin[] = [];
  for (const twin of planTwins(mappings.map((m) => m.header))) {
    const plan = mappings[twin.plan];
    const actual = mappings[twin.actual];
    if (plan.source === "override" || actual.source === "override") continue;
    const field =
      plan.field !== null && fields.includes(plan.field)
        ? plan.field
        : actual.field !== null && fields.includes(actual.field)
          ? actual.field
          : null;
    if (field === null) continue;
    if (plan.field === field) {
      if (actual.field !== null) taken.delete(actual.field);
      Object.assign(actual, {
        field,
        confidence: Math.max(plan.confidence, actual.confidence),
        source: plan.source,
      });
      Object.assign(plan, { field: null, confidence: 0, source: "none" });
    }
    out.push({ ...twin, field });
  }
  return out;
}

/**
 * A row of a visit sheet that fills the plan only (its actual date blank) is a visit still
 * planned: read on its planned date and method, with the plan's values in the fields the actual
 * columns feed. Null for a row whose actual date is written (a visit made) or whose plan is blank.
 */
export function plannedOnly(
  twins: readonly MappedTwin[],
  cells: readonly SourceCell[]
): SourceCell[] | null {
  const date = twins.find((t) => t.field === "visitOn");
  if (!date || !isBlankCell(cells[date.actual] ?? null) || isBlankCell(cells[date.plan] ?? null))
    return null;
  const out = [...cells];
  for (const twin of twins) {
    if (!isBlankCell(out[twin.actual] ?? null) || isBlankCell(out[twin.plan] ?? null)) continue;
    out[twin.actual] = out[twin.plan];
    out[twin.plan] = null;
  }
  return out;
}

/** The twins of a mapped visit sheet whose actual column holds the field and the plan none. */
export function mappedTwins(mappings: readonly ColumnMapping[]): MappedTwin[] {
  return planTwins(mappings.map((m) => m.header)).flatMap((twin) => {
    const field = mappings[twin.actual].field;
    return field !== null && mappings[twin.plan].field === null ? [{ ...twin, field }] : [];
  });
}
