/**
 * "Unsure" is an outcome. Every table's competing readings are kept — each register sheet it could
 * feed, and "not register data" — with the winner, the runner-up and the margin between them, and
 * the column that names each row's party (its subject). A table is imported as a register sheet
 * only when its subject is clear (a column naming the party on most rows) and its class stands
 * clearly above "not register data"; otherwise it is left out and said once, with the `--map` that
 * would force it in. A person's choice (`--map`, a mapping file, the pane) always holds.
 */
import type { SheetKey } from "../register/types";
import type { MessageCode } from "../register/messages";
import { cellText } from "./grid";
import { scoreHeader, targetsFor } from "./header-match";
import { isEmptyMark, isPlaceholder } from "./normalize/cell";
import { nameStandIns } from "./name-stand-in";
import { dependantLayout } from "./dependant-rows";
import type { ColumnProfile } from "./profile";
import type {
  ColumnMapping,
  SheetDecision,
  SheetOutcome,
  SheetReading,
  SourceCell,
  SubjectEvidence,
} from "./types";

/** Fields that name the party a row is about: the client, or the client a record belongs to. */
const SUBJECT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Clients: ["name", "clientId", "idNumber"],
  Family: ["name", "clientName", "clientId"],
  Contacts: ["name", "clientName", "clientId"],
  Insurance: ["clientName", "clientId", "insured", "policyholder"],
  Assets: ["clientName", "clientId"],
  Tiers: ["clientName", "clientId"],
  Complaints: ["clientName", "clientId"],
  Visits: ["clientName", "clientId"],
  Pipeline: ["prospect", "clientName", "clientId"],
};

/**
 * Sheets whose records belong on a client's page, with the fields that number a record of its own
 * (which stands without a party named beside it).
 */
const PARTY_BOUND: Partial<Record<SheetKey, readonly string[]>> = {
  Clients: [],
  Insurance: ["policyNo"],
  Assets: [],
  Tiers: [],
  Pipeline: ["opportunityId"],
  Visits: [],
};

/** Fields that tie a holding to its client. */
const HOLDER_FIELDS: readonly string[] = ["clientName", "clientId"];
/** Fewest rows of holdings that name no holder before they are judged so. */
const MIN_HOLDINGS = 3;
/** Fields a policy has of its own: its number, cover, insurer, insured, policyholder, term. */
const POLICY_OWN_FIELDS: readonly string[] = [
  "policyNo",
  "insurer",
  "type",
  "insured",
  "policyholder",
  "startDate",
  "expiryDate",
  "termYears",
  "termText",
  "criticalIllnessCovered",
];

/** Below this share of rows naming a party, the rows are not a list of parties. */
export const SUBJECT_MIN_SHARE = 0.5;
/** Tables of fewer rows are too small to judge this way. */
const MIN_ROWS = 10;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** True when a cell holds a value a person would read as something (not blank, not a dash). */
function holds(cell: SourceCell | undefined): boolean {
  const text = cellText(cell ?? null).trim();
  return text !== "" && !/^[-–—/\\.·*?？0]+$/.test(text);
}

/**
 * A "nothing here" word written down a column on this many rows or more names no one there, even
 * the bare "NA" that, alone in a cell, may be a given name (Na): an export that blanks a column
 * writes the same mark on row after row.
 */
const REPEATED_MARK = 3;

/**
 * Which rows of a column name someone: a value a person reads as something, neither a "nothing
 * here" mark (n/a, none, 无, 暂无) nor a placeholder word repeated down the column.
 */
function namingRows(column: readonly SourceCell[] | undefined): (row: number) => boolean {
  const marks = new Map<string, number>();
  for (const v of column ?? []) {
    const t = cellText(v ?? null)
      .trim()
      .toLowerCase();
    if (t !== "" && isPlaceholder(t)) marks.set(t, (marks.get(t) ?? 0) + 1);
  }
  return (row) => {
    const v = column?.[row];
    if (!holds(v)) return false;
    const t = cellText(v ?? null)
      .trim()
      .toLowerCase();
    return !isEmptyMark(t) && (marks.get(t) ?? 0) < REPEATED_MARK;
  };
}

/**
 * The subject of a table read as `registerSheet`: the subject column naming the most rows, and how
 * many data rows (rows with any value) it names.
 */
export function subjectOf(
  registerSheet: SheetKey,
  columns: readonly ColumnMapping[],
  values: readonly (readonly SourceCell[])[]
): SubjectEvidence | null {
  const fields = SUBJECT_FIELDS[registerSheet] ?? [];
  const height = Math.max(0, ...values.map((v) => v.length));
  // A record fills two cells or more: a row holding only its serial number (an empty numbered
  // slot), a group heading or one continuation cell (a further party type, a spilled memo line)
  // is no row of its own. Row numbers and hidden columns are no witnesses.
  const witnesses = columns.flatMap((c, i) =>
    c.source === "row-number" || c.source === "hidden" ? [] : [i]
  );
  const least = Math.min(2, witnesses.length);
  const dataRows: number[] = [];
  for (let r = 0; r < height; r++)
    if (least > 0 && witnesses.filter((i) => holds(values[i]?.[r])).length >= least)
      dataRows.push(r);
  let best: SubjectEvidence | null = null;
  columns.forEach((c, i) => {
    if (c.field === null || !fields.includes(c.field)) return;
    const names = namingRows(values[i]);
    const named = dataRows.filter(names).length;
    if (best === null || named > best.named)
      best = { letter: c.letter, header: c.header, field: c.field, named, rows: dataRows.length };
  });
  if (best === null) return best;
  if (registerSheet !== "Clients" && registerSheet !== "Pipeline") {
    // A record sheet names its client once, on the first row of the client's group, and the rows
    // below belong to it (import fills them down): a table starting with a named row is read so.
    // One starting with rows that name no one is not such a layout.
    const found: SubjectEvidence = best;
    const column = columns.findIndex((c) => c.letter === found.letter);
    const first = dataRows[0];
    return first !== undefined && namingRows(values[column])(first)
      ? { ...found, named: dataRows.length }
      : found;
  }
  if (registerSheet !== "Clients") return best;
  // A client row whose name is blank is still named by a nickname, phone, e-mail or number that
  // tells it from the others (name-stand-in.ts); one value repeated down the rows (a tally of 1
  // under Telephone) tells nobody apart.
  const subject: SubjectEvidence = best;
  const primary = columns.findIndex((c) => c.letter === subject.letter);
  const standIns = nameStandIns(columns, primary).filter((i) => identifying(values[i] ?? []));
  // A dependant's row (眷屬姓名, Dependant Name; the member's name blank) names the dependant.
  const dependants = dependantLayout(columns, values)?.memberName;
  const naming = [primary, ...standIns, ...(dependants != null ? [dependants] : [])];
  const tests = naming.map((i) => namingRows(values[i]));
  const named = dataRows.filter((r) => tests.some((names) => names(r))).length;
  return { ...subject, named };
}

/**
 * Most of a column's values are firms' names, phones or e-mail addresses: someone to deal with. A
 * product's name ("Label Maker LM-160") is shaped like a person's, so names by their shape do not
 * count.
 */
function namesOrReachesSomeone(p: ColumnProfile): boolean {
  return p.filled > 0 && Math.max(p.company, p.phone, p.email) >= 0.5;
}

/** True when a column's values tell rows apart: mostly different from each other. */
function identifying(values: readonly SourceCell[]): boolean {
  const texts = values.filter((v) => holds(v)).map((v) => cellText(v).trim());
  return texts.length >= 2 && new Set(texts).size >= texts.length * 0.5;
}

/** The readings of a table from its classification's scores, and "not register data". */
export function readingsOf(
  scores: Partial<Record<SheetKey, number>>,
  winner: SheetKey | null,
  winnerConfidence: number,
  subject: SubjectEvidence | null
): SheetReading[] {
  // A sheet's header evidence, on the scale the classifier judges strength by (3 = certain).
  const sheets = (Object.entries(scores) as [SheetKey, number][])
    .filter(([, s]) => s > 0)
    .map(([key, s]) => ({ registerSheet: key, score: round2(Math.min(1, s / 3)) }));
  // "Not register data" is as likely as the rows fail to name a party, and as the class is unsure.
  const share = subject && subject.rows > 0 ? subject.named / subject.rows : 0;
  const none = round2(Math.max(1 - share, winner === null ? 1 : 1 - winnerConfidence));
  const all: SheetReading[] = [...sheets, { registerSheet: null, score: none }];
  return all.sort(
    (a, b) =>
      b.score - a.score ||
      (a.registerSheet === winner ? -1 : b.registerSheet === winner ? 1 : 0) ||
      String(a.registerSheet).localeCompare(String(b.registerSheet))
  );
}

/** Why a table read as a register sheet is left out as unsure, or null when its reading is clear. */
export function unsureWhy(
  registerSheet: SheetKey,
  subject: SubjectEvidence | null,
  columns: readonly ColumnMapping[] = [],
  profiles: readonly ColumnProfile[] = []
): { code: MessageCode; params: Record<string, string | number> } | null {
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  // A list none of whose columns names a party — a client list whose only person is the agent
  // (taken as the owner), a policy extract keyed by the insured vehicle — says nowhere whose each
  // row is: what a client holds stands on no client's page, unless a number of its own (a policy
  // number) tells the records apart. A numbered deal is someone's only where a column names a
  // firm or reaches a person (a contact's phone or e-mail): opportunities known by their
  // number and product alone are deals with no one. A visit stands on its client's page too: calls
  // that name no one (a dialer's list by lead number) are contacts with nobody the register knows.
  // A complaint log may name no one and still be one.
  const ownKeys = PARTY_BOUND[registerSheet];
  const keyed =
    ownKeys !== undefined &&
    columns.some((c) => c.field !== null && ownKeys.includes(c.field)) &&
    (registerSheet !== "Pipeline" || profiles.some(namesOrReachesSomeone));
  if (subject === null && rows >= MIN_ROWS && ownKeys !== undefined && !keyed)
    return { code: "sheet.unsure.no-subject", params: { rows, registerSheet } };
  // Holdings no column ties to a client (no client's name or number): market figures per kind of
  // holder, a desk's statistics. However few the rows, they are nobody's holdings.
  if (
    registerSheet === "Assets" &&
    subject === null &&
    rows >= MIN_HOLDINGS &&
    !columns.some((c) => c.field !== null && HOLDER_FIELDS.includes(c.field))
  )
    return { code: "sheet.unsure.no-holder", params: { rows } };
  // Policies of a client known only by a number, with nothing of a policy's own (no number, cover,
  // insurer, insured or term): premiums keyed by an id (a model's sample rows, a test's read-back)
  // say of no policy which it is.
  if (
    registerSheet === "Insurance" &&
    subject !== null &&
    subject.field === "clientId" &&
    !columns.some((c) => c.field !== null && POLICY_OWN_FIELDS.includes(c.field)) &&
    !columns.some(headedAsPolicyOwn)
  )
    return {
      code: "sheet.unsure.no-policy",
      params: { header: subject.header, rows: subject.rows },
    };
  if (subject === null || subject.rows < MIN_ROWS) return null;
  // Keys and nothing else of a party (a code beside what it means): a code list, not clients.
  if (
    registerSheet === "Clients" &&
    subject.field === "clientId" &&
    !tellsOfParty(columns, profiles, subject)
  )
    return {
      code: "sheet.unsure.key-only",
      params: { header: subject.header, rows: subject.rows },
    };
  if (subject.named >= subject.rows * SUBJECT_MIN_SHARE) return null;
  return {
    code: "sheet.unsure.few-named",
    params: { named: subject.named, rows: subject.rows, header: subject.header, registerSheet },
  };
}

/**
 * A column headed as something of a policy's own whose values the mapping did not take for it: a
 * broker's "product" column of Trade Credit, Marine Cargo (no kind of policy the vocabulary knows)
 * still says each row is a policy.
 */
function headedAsPolicyOwn(column: ColumnMapping): boolean {
  if (column.field !== null || column.header.trim() === "") return false;
  const best = scoreHeader(column.header, targetsFor("Insurance"))[0];
  return (
    best !== undefined && best.confidence >= 0.9 && POLICY_OWN_FIELDS.includes(best.target.key)
  );
}

/**
 * A column besides the subject's that tells something of the party: one read as a client's field
 * (a name, phone, place, figure), or attributes parties share (a gender, a grade, a region: few
 * values, each on many rows). A code list's other column says what each code means, a different
 * text on every row.
 */
function tellsOfParty(
  columns: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[],
  subject: SubjectEvidence
): boolean {
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  return columns.some((c, i) => {
    if (c.letter === subject.letter || c.source === "row-number" || c.source === "hidden")
      return false;
    if (c.field !== null && c.field !== "notes") return true;
    const p = profiles[i];
    return p !== undefined && p.filled >= rows * 0.5 && p.distinctRatio <= 0.5;
  });
}

/** The parameters of the one line that tells a table was left out as unsure. */
export function unsureParams(
  sheet: string,
  registerSheet: SheetKey,
  score: number,
  runnerUp: SheetReading,
  why: { code: MessageCode; params: Record<string, string | number> }
): Record<string, string | number> {
  return {
    ...why.params,
    sheet,
    registerSheet,
    target: registerSheet,
    score: score.toFixed(2),
    why: why.code,
    runnerUpScore: runnerUp.score.toFixed(2),
    ...(runnerUp.registerSheet ? { runnerUpSheet: runnerUp.registerSheet } : {}),
    runnerUp: runnerUp.registerSheet
      ? "sheet.unsure.runner-up-sheet"
      : "sheet.unsure.runner-up-none",
  };
}

/**
 * The line that tells a table was left out as unsure: "unsure whether it is X or Y" when the
 * reading it names leads, and, when the other reading scores higher (not register data 0.95
 * against Visits 0.30), a line saying that one reads higher — the words agree with the numbers.
 */
export function unsureSummary(
  score: number,
  runnerUp: SheetReading
): "sheet.unsure.summary" | "sheet.unsure.summary-behind" {
  return round2(runnerUp.score) > round2(score)
    ? "sheet.unsure.summary-behind"
    : "sheet.unsure.summary";
}

export function decisionOf(
  chosen: SheetKey | null,
  outcome: SheetOutcome,
  readings: SheetReading[],
  subject: SubjectEvidence | null
): SheetDecision {
  // The reading taken stands first (the register sheet imported or forced, else "not register
  // data"), the runner-up second: the margin may be negative when the rows' evidence overruled
  // the headers' (a member roster whose headers sound like Family).
  const taken = outcome === "imported" || outcome === "forced" ? chosen : null;
  const first = readings.find((r) => r.registerSheet === taken) ?? {
    registerSheet: taken,
    score: 0,
  };
  const ordered = [first, ...readings.filter((r) => r !== first)];
  const margin = ordered.length >= 2 ? round2(ordered[0].score - ordered[1].score) : 1;
  return { outcome, readings: ordered.slice(0, 4), margin, subject };
}
