/**
 * A pipeline kept as a log: a person (or a bot) appends a row each time a deal moves, so one
 * prospect comes back on several rows with its stage, amount or follow-up changed. With no deal id
 * and no deal name, a row is told apart only by its prospect, and a person reads the prospect's
 * rows as one deal: the latest row is where it stands, earlier values are its history. Rows of one
 * prospect that name different products or plans (a life policy and a wealth mandate) are two
 * deals, as they always were.
 */
import { DEAL_SUBJECT_WORDS } from "../register/vocabulary";
import type { RegisterValue } from "../register/types";
import { cellText } from "./grid";
import { matchForm } from "./header-match";
import type { Candidate } from "./link-merge";
import { normaliseKey } from "./normalize";
import type { ColumnMapping, SourceCell } from "./types";

const SUBJECT_FORMS = DEAL_SUBJECT_WORDS.map((w) => matchForm(w));

/** A header naming what a deal is for (Product, Plan, 险种, Opportunity Name). */
function isDealSubjectHeader(header: string): boolean {
  const h = matchForm(header);
  if (h === "") return false;
  return SUBJECT_FORMS.some((w) =>
    /^[a-z]+$/.test(w) ? h === w || h.startsWith(w) || h.endsWith(w) : h.includes(w)
  );
}

/**
 * The columns that tell deals of one prospect apart (product, plan, deal name), or null when the
 * sheet has a deal id: its rows are then told apart by it and never read as updates.
 */
export function dealLogColumns(mappings: readonly ColumnMapping[]): number[] | null {
  if (mappings.some((m) => m.field === "opportunityId")) return null;
  return mappings.flatMap((m, i) => (isDealSubjectHeader(m.header) ? [i] : []));
}

export interface DealRow {
  candidate: Candidate;
  /** The row's cells, indexed as the sheet's mappings. */
  cells: readonly SourceCell[];
}

function textOf(value: RegisterValue | undefined): string {
  return typeof value === "string" ? value : "";
}

/** The prospect a pipeline row is about: the client it names, else its prospect. */
function prospectKey(candidate: Candidate): string {
  const name = candidate.clientName || textOf(candidate.record.prospect);
  return normaliseKey(name);
}

export interface DealUpdates {
  /** Rows read as updates of a deal on an earlier row. */
  rows: number;
  /** The prospects whose rows were read so, in sheet order. */
  prospects: string[];
}

/**
 * Marks the rows of one prospect as one deal (`dealKey`), the later rows updating the first, when
 * they do not name different products or plans. `scope` keeps two tables' deals apart.
 */
export function markDealUpdates(
  rows: readonly DealRow[],
  subjectColumns: readonly number[],
  scope: string
): DealUpdates {
  const byProspect = new Map<string, DealRow[]>();
  for (const row of rows) {
    const key = prospectKey(row.candidate);
    if (key === "") continue;
    const group = byProspect.get(key);
    if (group) group.push(row);
    else byProspect.set(key, [row]);
  }
  const out: DealUpdates = { rows: 0, prospects: [] };
  for (const [key, group] of byProspect) {
    if (group.length < 2) continue;
    const different = subjectColumns.some((c) => {
      const named = new Set(
        group.map((r) => normaliseKey(cellText(r.cells[c] ?? null))).filter((t) => t !== "")
      );
      return named.size > 1;
    });
    if (different) continue;
    for (const row of group) row.candidate.dealKey = `${scope}|${key}`;
    out.rows += group.length - 1;
    out.prospects.push(group[0].candidate.clientName || textOf(group[0].candidate.record.prospect));
  }
  return out;
}
