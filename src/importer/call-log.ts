/**
 * A log of calls (a call centre's or a call robot's export: 被叫号码 | 接通时间 | 通话文本, Phone |
 * Call Time | Transcript), told by its values, whatever its headers say: every row reached a
 * party by a phone number at a moment of a day — a date with its time of day — and says what was
 * said. A person reads each row as a contact with the number's owner, a visit by phone, the client
 * known by the number when no column names him. What was said may be told in a word: a dialler's
 * outcome of each call (Greeted, Left a Voicemail; 接通, 未接通) says how the call went as a
 * sentence would. Numbers and times alone (a carrier's record of calls, for billing) say nothing
 * of the relationship: without what was said no log is read.
 */
import { renderMessage, type MessageCode } from "../register/messages";
import { reachedCall } from "./call-columns";
import { cellText, isBlankCell } from "./grid";
import { isWebLink, momentOf } from "./normalize";
import type { ColumnProfile } from "./profile";
import type { ColumnMapping, SourceCell } from "./types";

/** How sure a reading by these values is: enough to import, never above one from the headers. */
export const CALL_LOG_CONFIDENCE = 0.5;
/** Fewer rows than this are too few to call a log. */
const MIN_ROWS = 5;
/** Share of the rows a column must fill to speak for every row. */
const EVERY_ROW = 0.8;
/** Share of a column's values that must be of its kind (phones, moments). */
const OF_KIND = 0.8;
/** Share of the rows on which something was said: a call not answered says nothing. */
const SAID_ROWS = 0.3;
/** Mean length of what was said: sentences, not a code or a tag. */
const SAID_LENGTH = 20;

/** Words: Chinese characters, or two words apart (an id or a code has neither). */
const WORDS = /\p{Script=Han}|\p{L}\S*\s+\S*\p{L}/u;

export interface CallLog {
  /** The column of the numbers called (or calling): who each row reached. */
  number: number;
  /** The first column of moments: when. */
  moment: number;
  /** The column of what was said. */
  said: number;
  /** What was said is each call's outcome in a word (Greeted, 未接通), not sentences. */
  outcome?: boolean;
  /** A column names people or firms on most rows: the rows may be a list of them instead. */
  named: boolean;
}

function filledValues(values: readonly SourceCell[]): SourceCell[] {
  return values.filter((v) => !isBlankCell(v));
}

/** True for a moment with its time of day, typed as a date-time or written as text. */
function isMoment(cell: SourceCell): boolean {
  return momentOf(cell) !== null;
}

function shareOf(values: readonly SourceCell[], test: (cell: SourceCell) => boolean): number {
  const filled = filledValues(values);
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/** Free text of several words, not links: what someone said or wrote. */
function isSaid(values: readonly SourceCell[], p: ColumnProfile): boolean {
  if (p.text < OF_KIND || p.meanLength < SAID_LENGTH || p.phone > 0.2 || p.date > 0.2) return false;
  const words = (v: SourceCell) =>
    typeof v === "string" && !isWebLink(v.trim()) && WORDS.test(v.trim());
  return shareOf(values, words) >= OF_KIND;
}

/**
 * Each call's outcome in a word or two (Greeted, Left a Voicemail, 接通, 空号): the outcome
 * vocabulary reads (nearly) every value as the party reached or not, and some were reached. A
 * column of one word on every row (outbound-api) tells no call from another.
 */
function isOutcome(values: readonly SourceCell[]): boolean {
  const filled = filledValues(values);
  const texts = filled
    .map((v) => (typeof v === "string" ? cellText(v).trim() : ""))
    .filter((t) => t !== "");
  if (texts.length === 0 || texts.length < filled.length * OF_KIND) return false;
  const read = texts.map(reachedCall);
  return read.filter((r) => r !== null).length >= texts.length * OF_KIND && read.includes(true);
}

/**
 * The columns of a call log — the number reached, the moment, what was said — or null when the
 * rows are not one. `usable` leaves out columns set aside (hidden, a note beside the table).
 */
export function callLogOf(
  columnValues: readonly (readonly SourceCell[])[],
  profiles: readonly ColumnProfile[],
  usable: (column: number) => boolean = () => true
): CallLog | null {
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  if (rows < MIN_ROWS) return null;
  const columns = profiles.flatMap((p, i) => (usable(i) && p.filled > 0 ? [i] : []));
  const number = columns.find(
    (i) => profiles[i].phone >= OF_KIND && profiles[i].filled >= rows * EVERY_ROW
  );
  if (number === undefined) return null;
  const moment = columns.find(
    (i) =>
      profiles[i].filled >= rows * EVERY_ROW && shareOf(columnValues[i] ?? [], isMoment) >= OF_KIND
  );
  if (moment === undefined) return null;
  const spoken = columns
    .filter(
      (i) =>
        i !== number &&
        profiles[i].filled >= rows * SAID_ROWS &&
        isSaid(columnValues[i] ?? [], profiles[i])
    )
    .sort((a, b) => profiles[b].meanLength - profiles[a].meanLength)[0];
  const outcome =
    spoken === undefined
      ? columns.find(
          (i) =>
            i !== number &&
            profiles[i].filled >= rows * SAID_ROWS &&
            isOutcome(columnValues[i] ?? [])
        )
      : undefined;
  const said = spoken ?? outcome;
  if (said === undefined) return null;
  // Names that differ row by row: a province or a city repeated down the rows is no one's name.
  const named = columns.some((i) => {
    const p = profiles[i];
    return (
      p.filled >= rows * 0.5 && p.distinctRatio >= 0.5 && (p.personName >= 0.5 || p.company >= 0.5)
    );
  });
  return outcome === undefined
    ? { number, moment, said, named }
    : { number, moment, said, named, outcome: true };
}

function valueMapping(column: ColumnMapping, field: string, code: MessageCode): ColumnMapping {
  const reason = { code, params: { header: column.header } };
  return {
    ...column,
    field,
    confidence: 0.6,
    source: "values",
    reasons: [reason],
    evidence: [renderMessage(code, reason.params, "en") ?? code],
  };
}

/**
 * A call log's mapping completed from its values where the headers left a field unread: the
 * number as the client's key when no column names the client, the moment as the visit's date, what
 * was said as its key points. A column the headers mapped to anything is left as it is.
 */
export function mapCallLog(columns: ColumnMapping[], log: CallLog): void {
  const has = (...fields: string[]) =>
    columns.some((c) => c.field !== null && fields.includes(c.field));
  const free = (i: number) => columns[i] !== undefined && columns[i].field === null;
  if (!has("clientId", "clientName") && free(log.number))
    columns[log.number] = valueMapping(columns[log.number], "clientId", "map.why.call-number");
  if (!has("visitOn") && free(log.moment))
    columns[log.moment] = valueMapping(columns[log.moment], "visitOn", "map.why.call-moment");
  if (!has("keyPoints") && free(log.said))
    columns[log.said] = valueMapping(
      columns[log.said],
      "keyPoints",
      log.outcome === true ? "map.why.call-outcome" : "map.why.call-said"
    );
}
