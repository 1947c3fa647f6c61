/**
 * What in a table says its rows are complaints, beyond the words any dated record has. A status,
 * a date, an owner and a free-text column make an order book, a production log, a site master or
 * a field specification read like a complaint log; a person reads one only where the table shows
 * a complaint: a complaint word (in its sheet's name, title or a header), the complaint's own
 * number (a ticket, a case, 工单号) or its cause, or the handling of a ticket laid out in full (its
 * type, urgency, channel, description, due and resolution days, three or more of them).
 */
import {
  COMPLAINED_FIRM_HEADERS,
  COMPLAINT_MENTION_WORDS,
  foldScript,
} from "../register/vocabulary";
import { readHeader } from "./subject";
import { MAPPING_THRESHOLD, recognisingTargets, scoreHeader } from "./header-match";
import type { ColumnProfile } from "./profile";
import { notDataOf, type NotData } from "./sheet-kind";

/** Fields whose header names a complaint itself: its own number and what caused it. */
const OWN_FIELDS: ReadonlySet<string> = new Set(["complaintId", "rootCause"]);

/**
 * Fields of a complaint's handling that other records may also carry (a priority, a type, a
 * subject, a completion day): one or two say little; three together are the shape of a ticket.
 */
const HANDLING_FIELDS: ReadonlySet<string> = new Set([
  "category",
  "severity",
  "channel",
  "description",
  "dueOn",
  "resolvedOn",
  "correctiveAction",
  "calledBack",
  "expectedScore",
  "actualScore",
]);
const HANDLING_FIELDS_NEEDED = 3;
/** Headers quoted in the reason. */
const SHOWN_HEADERS = 5;

/**
 * At or below this share of distinct values a number column names each complaint on two rows or
 * more: a history. A log with a number typed twice (two subscribers given one ticket) is still a log.
 */
const OWN_NUMBER_DISTINCT = 0.5;
/** Rows needed before a number's repeats say anything. */
const MIN_NUMBER_ROWS = 5;

const folded = (text: string): string => foldScript(text.normalize("NFKC").toLowerCase());

function holdsComplaintWord(text: string): boolean {
  const t = folded(text);
  return COMPLAINT_MENTION_WORDS.some((word) => t.includes(word));
}

/** A complaint word (COMPLAINT_MENTION_WORDS) in any of the texts: headers, a caption, a sheet's name. */
export function mentionsComplaint(texts: readonly string[]): boolean {
  return texts.some(holdsComplaintWord);
}

/**
 * The Complaints field a header names, or null: by the field's own words (a header only resembling
 * them, 客户类型 beside 类型, may name another sheet's field).
 */
function complaintFieldOf(header: string): string | null {
  const best = scoreHeader(header, recognisingTargets("Complaints"), false)[0];
  return best !== undefined && best.confidence >= MAPPING_THRESHOLD ? best.target.key : null;
}

export interface ComplaintTable {
  /** Header texts, one a column. */
  headers: readonly string[];
  /** The sheet's name and the table's title or caption. */
  context: readonly string[];
  /** Column profiles in the headers' order, when the rows are known. */
  profiles?: readonly (ColumnProfile | undefined)[];
}

export type ComplaintEvidence =
  /** What says the rows are complaints, as written. */
  | { kind: "complaints"; evidence: string[] }
  /** A column naming a complaint by its number repeats it: the rows are its changes. */
  | { kind: "history"; header: string; rows: number; complaints: number }
  | { kind: "none" };

/**
 * A column headed as a complaint's own number (Complaint ID, 投诉编号, Ticket No) whose numbers
 * come back on many rows: the rows are
 * steps in each complaint's life (a status history), not complaints. A complaint log numbers
 * each complaint once.
 */
function repeatedComplaintNumber(
  table: ComplaintTable
): { header: string; rows: number; complaints: number } | null {
  for (const [i, header] of table.headers.entries()) {
    const p = table.profiles?.[i];
    if (p === undefined || p.filled < MIN_NUMBER_ROWS) continue;
    if (complaintFieldOf(header) !== "complaintId" || p.distinctRatio > OWN_NUMBER_DISTINCT)
      continue;
    return { header, rows: p.filled, complaints: p.distinct };
  }
  return null;
}

/** What in the table says its rows are complaints (see the module's comment). */
export function complaintEvidence(table: ComplaintTable): ComplaintEvidence {
  const history = repeatedComplaintNumber(table);
  if (history !== null) return { kind: "history", ...history };
  const worded = [...table.context, ...table.headers].filter(
    (text) => text.trim() !== "" && holdsComplaintWord(text)
  );
  if (worded.length > 0) return { kind: "complaints", evidence: worded };
  const fields = table.headers.map(complaintFieldOf);
  const own = table.headers.filter((_, i) => OWN_FIELDS.has(fields[i] ?? ""));
  if (own.length > 0) return { kind: "complaints", evidence: own };
  const handling = new Set(fields.filter((f): f is string => f !== null && HANDLING_FIELDS.has(f)));
  if (handling.size >= HANDLING_FIELDS_NEEDED)
    return {
      kind: "complaints",
      evidence: table.headers.filter((_, i) => HANDLING_FIELDS.has(fields[i] ?? "")),
    };
  return { kind: "none" };
}

/**
 * Why a table read as complaints is none: its complaints' history, or the headers that alone read
 * as complaints (any dated record's words).
 */
export function noComplaintWhy(evidence: ComplaintEvidence, headers: readonly string[]): NotData {
  if (evidence.kind === "history")
    return notDataOf("history", "sheet.why.complaint-history", {
      header: evidence.header,
      rows: evidence.rows,
      complaints: evidence.complaints,
    });
  const generic = headers.filter((h) => {
    const best = scoreHeader(h, recognisingTargets("Complaints"))[0];
    return best !== undefined && best.confidence >= MAPPING_THRESHOLD;
  });
  return notDataOf("no-complaint", "sheet.why.no-complaint", {
    headers: generic.slice(0, SHOWN_HEADERS),
  });
}

/** Firms complained against: this many different ones at least, none on half the rows. */
const MIN_FIRMS = 5;
const TOP_FIRM_SHARE = 0.5;
/** A column on this share of the rows reading as people, phones, e-mails or ID numbers names them. */
const NAMES_PEOPLE = 0.5;

/** Names read as people's are of many different people: this share of the rows at least. */
const MANY_PEOPLE = 0.3;

const squeezed = (text: string): string => folded(text).replace(/[\s_\-.]+/g, "");
const FIRM_HEADERS = new Set(COMPLAINED_FIRM_HEADERS.map(squeezed));
const firmHeader = (header: string): boolean => FIRM_HEADERS.has(squeezed(header));

/**
 * Complaints a person cannot file under a client: no column names who complained (no name,
 * number, phone, e-mail or ID of a person), and a column names the firm each complaint is against
 * (Brand, Maker, 品牌, 厂家) with many different firms — a public complaint site's records about
 * car makers or shops, not complaints the holder received from its clients. A holder's own log
 * names its client, or at least no other firm on every row.
 */
export function complaintsAgainstOthers(table: ComplaintTable): NotData | null {
  const profiles = table.profiles;
  if (!profiles) return null;
  // Who complained: a header naming the party, or values that read as people's names (many
  // different ones: a status or a category repeats), phones, e-mails or ID numbers — never a
  // column headed as a number (a complaint's own seven digits read as phones).
  const parties = table.headers.some((header, i) => {
    const p = profiles[i];
    if (!p || p.filled === 0 || firmHeader(header)) return false;
    const reading = readHeader(header);
    if (reading.role === "subject" || reading.role === "insured") return true;
    const people = p.personName >= NAMES_PEOPLE && p.distinctRatio >= MANY_PEOPLE;
    const reach = reading.base !== "id" && (p.phone >= NAMES_PEOPLE || p.idNumber >= NAMES_PEOPLE);
    return people || reach || p.email >= NAMES_PEOPLE;
  });
  if (parties) return null;
  for (const [i, header] of table.headers.entries()) {
    const p = profiles[i];
    if (!p || !firmHeader(header)) continue;
    if (p.distinct < MIN_FIRMS || p.topShare >= TOP_FIRM_SHARE) continue;
    const firms = [...p.values]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([v]) => v);
    return notDataOf("unnamed", "sheet.why.complaints-against-others", {
      header: header.trim(),
      count: p.distinct,
      firms,
    });
  }
  return null;
}
