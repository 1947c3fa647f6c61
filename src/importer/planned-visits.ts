/**
 * A visit log often holds visits that have not happened yet: 拜訪(預計), "預定：續保說明", a row
 * dated next month. A person does not count them as visits made; what they say is when the client
 * is to be seen next, which is the nextVisitOn of the visit before it. With no visit before it, a
 * planned visit dated ahead is kept on its date: the register itself reads a visit dated after
 * today as the next one planned (register/workflow/visits.ts), and counts and reviews only visits
 * on or before the day.
 */
import { sheetDef } from "../register/sheets";
import type { RegisterRecord } from "../register/types";
import type { Candidate } from "./link-merge";
import { englishText, normaliseKey } from "./normalize";
import { NOTES_SEPARATOR } from "./normalize-row";
import type { ImportIssue } from "./types";

/** Words that say a visit is planned, not made. 计划书 (a proposal) is not a plan to visit. */
const PLAN_WORD =
  "预定|預定|预计|預計|(?:计划|計劃|計畫|计画)(?![书書表])|待拜访|待拜訪|尚未执行|尚未執行|未执行|未執行|planned|scheduled|upcoming|tbd";
/** The text starts with a plan word: "預定：續保說明", "（預定拜訪，尚未執行）". */
const PLAN_START = new RegExp(`^\\s*[(（\\[【]?\\s*(?:${PLAN_WORD})`, "i");
/** A plan word in brackets after the thing: "拜訪(預計)". */
const PLAN_BRACKET = new RegExp(`[(（\\[【]\\s*(?:${PLAN_WORD})\\s*[)）\\]】]`, "i");
/** A status cell that is only a plan word: "預定", "計劃拜訪", "Planned". */
const PLAN_WHOLE = new RegExp(`^\\s*(?:${PLAN_WORD})(?:拜访|拜訪|中)?\\s*$`, "i");

/** Where a visit says what it was: a plan word here makes it a planned one. */
const WHAT_FIELDS = ["method", "purpose", "keyPoints"];
const VISIT_FIELDS = new Set(sheetDef("Visits").fields.map((f) => f.key));

/** A status written as a plan: "預定", "Planned", "拜訪(預計)". */
function saysPlanned(text: string): boolean {
  return PLAN_WHOLE.test(text) || PLAN_BRACKET.test(text);
}

/**
 * The text that marks a visit as planned, or null. Only the method, purpose and key points, and
 * columns the register has no field for (a status column, kept in notes as "狀態: 預定" or in a
 * column of its own), are read: 預計 at the start of the next steps is what is to follow a visit
 * that happened.
 */
function planMark(record: RegisterRecord): string | null {
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== "string") continue;
    if (WHAT_FIELDS.includes(key) && (PLAN_START.test(value) || PLAN_BRACKET.test(value)))
      return value;
    if (key === "notes") {
      for (const piece of value.split(NOTES_SEPARATOR)) {
        const colon = piece.indexOf(": ");
        const said = colon < 0 ? piece : piece.slice(colon + 2);
        if (saysPlanned(piece) || saysPlanned(said)) return said;
      }
    } else if (!VISIT_FIELDS.has(key) && saysPlanned(value)) return value;
  }
  return null;
}

export interface PlannedVisitOutcome {
  /** The planned visit's source row (its candidate is removed). */
  planned: Candidate;
  /** The visit whose next visit date it became, or null when it was left out or kept. */
  into: Candidate | null;
  /** Kept as a visit dated ahead, which the register reads as planned. */
  kept: boolean;
  issue: ImportIssue;
}

function clientKey(candidate: Candidate): string {
  const client =
    candidate.clientName ?? candidate.clientRef?.record.name ?? candidate.record.clientId;
  return normaliseKey(String(client ?? ""));
}

function coded(
  base: Pick<ImportIssue, "sheet" | "row" | "column" | "field" | "value">,
  severity: ImportIssue["severity"],
  code: "import.planned-visit-next" | "import.planned-visit-left-out" | "import.planned-visit-kept",
  params: Record<string, string | number>
): ImportIssue {
  return { ...base, severity, message: englishText(code, params), code, params };
}

/** The row's values as rejected rows show theirs (no field keys: the reader may not read English). */
function rowText(candidate: Candidate): string {
  const values = Object.values(candidate.record)
    .filter((v) => v !== null && v !== undefined && v !== "")
    .map(String);
  if (candidate.clientName) values.splice(1, 0, candidate.clientName);
  return values.join(" | ");
}

/**
 * Takes the planned visits out of `candidates` (in place). Each one's date becomes the nextVisitOn
 * of the same client's latest visit before it, when that is empty or already that date; otherwise
 * the row is left out and its whole content is reported, so nothing is lost. A visit is planned
 * when one of its texts says so, or when it is dated after `today` (ISO).
 */
export function takePlannedVisits(candidates: Candidate[], today: string): PlannedVisitOutcome[] {
  const visits = candidates.filter((c) => c.sheet === "Visits" && c.accounted);
  const planned = new Map<Candidate, { mark: string | null }>();
  for (const visit of visits) {
    const on = visit.record.visitOn;
    const mark = planMark(visit.record);
    if (mark !== null || visit.planned === true || (typeof on === "string" && on > today))
      planned.set(visit, { mark });
  }
  if (planned.size === 0) return [];

  const outcomes: PlannedVisitOutcome[] = [];
  for (const [visit, { mark }] of planned) {
    const on = String(visit.record.visitOn ?? "");
    const key = clientKey(visit);
    const before = visits
      .filter((v) => !planned.has(v) && clientKey(v) === key && key !== "")
      .filter((v) => typeof v.record.visitOn === "string" && v.record.visitOn < on)
      .sort((a, b) => String(b.record.visitOn).localeCompare(String(a.record.visitOn)))[0];
    const next = before?.record.nextVisitOn ?? null;
    const into = before && (next === null || next === "" || next === on) ? before : null;
    if (into) into.record.nextVisitOn = on;
    const kept = !into && !before && on > today;
    const why =
      mark !== null
        ? "reason.planned-marked"
        : visit.planned === true
          ? "reason.planned-not-done"
          : "reason.planned-future";
    const base = {
      sheet: visit.origin.sheet,
      row: visit.origin.row,
      column: null,
      field: into ? "nextVisitOn" : null,
      value: mark ?? on,
    };
    outcomes.push({
      planned: visit,
      into,
      kept,
      issue: kept
        ? coded(base, "info", "import.planned-visit-kept", { date: on, why })
        : into
          ? coded(base, "info", "import.planned-visit-next", {
              date: on,
              visitOn: String(into.record.visitOn),
              row: into.origin.row,
              why,
            })
          : coded({ ...base, value: rowText(visit) }, "warning", "import.planned-visit-left-out", {
              date: on,
              why,
            }),
    });
  }
  const gone = new Set(outcomes.filter((o) => !o.kept).map((o) => o.planned));
  for (let i = candidates.length - 1; i >= 0; i--)
    if (gone.has(candidates[i])) candidates.splice(i, 1);
  return outcomes;
}
