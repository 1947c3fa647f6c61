/**
 * Rows that are events about named parties. A person tells a log of calls, visits, quotes or
 * complaints from the list of the parties they concern by what one row is: an event — dated on
 * (nearly) every row by a day that is the event's own, under headers that speak of the event (who
 * called, the disposition, the next step, 拜访, 报价) — while a client list names each party once
 * beside its profile (a birthday, a client-since day, a last-contact day).
 *
 * The model, by evidence (`eventRowsReading`):
 * - the party comes back: a share of the rows name a party another row names too (a visit log's
 *   client visited again, a tracker's agency asking again) — then one header speaking of the
 *   event and a day on every row make the rows events;
 * - or the party seldom comes back (an outreach log calling each employer once or twice): then
 *   the day itself is headed as the event (call_at, 拜访日期) and the headers speak of the event
 *   several times over (caller, call_disposition, call_back_date_time);
 * - a person named again with another e-mail or phone is a namesake, not the same person back;
 * - a sheet named for the events (電訪, 亲访, "Calls") speaks of them as one more header would;
 * - so does a column saying how a deal stands on each row (Under Negotiation, Concluded, Lost,
 *   商务谈判, 输单) when the party comes back on other days: a dealer's calls on his deals, the
 *   deal's news told again at each call; one deal's products listed on one day are no calls;
 * - which event sheet: the one whose event words the headers hold most (EVENT_ROW_WORDS), between
 *   equals the one the headers fit better.
 * event-log.ts reads the stricter log (its own number or day witnessed by the register's field
 * spellings); this reading is asked only where that one found none and the rows read as the
 * client or contact list.
 */
import { headerHasWord, namesBookkeepingDate, namesDueDay } from "../register/catalog";
import type { SheetKey } from "../register/types";
import { EVENT_ROW_WORDS, EVENT_SPAN_WORDS, NEXT_STEP_WORDS } from "../register/vocabulary";
import type { EventLogInput, EventLogReading } from "./event-log";
import type { SheetClassification } from "./classify-sheet";
import { PIPELINE_STAGE } from "../register/enums";
import { isBlankCell } from "./grid";
import { CLIENT_NAME_KEY, round2, scoreHeader, targetsFor } from "./header-match";
import { comparableText } from "./keyed-agreement";
import { dayOf, enumChoices, momentOf, parseDate, parseStage, type Moment } from "./normalize";
import { columnDayFirst } from "./normalize-row";
import type { ColumnProfile } from "./profile";
import { contactDateRole } from "./review-date-columns";
import type { ColumnMapping, SourceCell } from "./types";

/** Fewer rows naming a party than this say nothing of what a row is. */
const MIN_ROWS = 6;
/** Rows each timed by a start and an end say what they are on fewer: a month's few meetings. */
const MIN_TIMED_ROWS = 3;
/** A date column dates (nearly) every row at this share at least. */
const ON_EVERY_ROW = 0.8;
/** The party comes back when this share of the rows name a party named on another row too. */
const RETURNING_ROWS = 0.3;
/** Parties named on two rows or more: fewer is a list with a duplicate. */
const MIN_RETURNING = 2;
/** Headers speaking of the event, the day's own among them, when the party seldom comes back. */
const WORDED_ALONE = 3;
/** A header read as a client's own field this well is the client's (a birthday, client since). */
const CLIENT_FIELD = 0.9;
/** Of the rows with a start and an end moment, this share end later the same day: events timed. */
const ENDS_SAME_DAY = 0.8;
/** Start moments differ on this share of the rows: each row's own, not one schedule for all. */
const OWN_START = 0.8;

/** Share of a column's filled values saying how a deal stands for the column to say it. */
const DEAL_STANDING = 0.8;

const EVENT_SHEETS = Object.keys(EVENT_ROW_WORDS) as SheetKey[];
const STAGE_CHOICES = enumChoices(PIPELINE_STAGE);

/** How the rows name their parties: how many, on how many rows, and how many come back. */
export interface PartyRepetition {
  rows: number;
  parties: number;
  /** Parties named on two rows or more. */
  returning: number;
  /** Share of the rows naming a party that another row names too. */
  repeatedShare: number;
}

/**
 * How the rows name their parties. `tellApart` are columns of what reaches each party (e-mails,
 * phones): one name beside two different addresses is two people of that name, not one coming back.
 */
export function partyRepetition(
  values: readonly SourceCell[],
  tellApart: readonly (readonly SourceCell[])[] = []
): PartyRepetition {
  const named = values
    .map((v, row) => {
      const name = comparableText(v);
      if (name === "") return "";
      const reach = tellApart.map((column) => comparableText(column[row] ?? null));
      return reach.some((r) => r !== "") ? `${name}\u0000${reach.join("\u0000")}` : name;
    })
    .filter((t) => t !== "");
  const counts = new Map<string, number>();
  for (const k of named) counts.set(k, (counts.get(k) ?? 0) + 1);
  const again = [...counts.values()].filter((n) => n >= 2);
  const repeatedRows = again.reduce((sum, n) => sum + n, 0);
  return {
    rows: named.length,
    parties: counts.size,
    returning: again.length,
    repeatedShare: named.length === 0 ? 0 : repeatedRows / named.length,
  };
}

/** Share of a column's values of one kind (e-mails, phones) for it to reach each row's party. */
const REACH_KIND = 0.8;

/**
 * The columns reaching the people a party column names (their e-mails, phones), when it names
 * people: a person who comes back comes back with the same e-mail or phone, while namesakes each
 * have their own. A firm's rows may each give another person's number, so a firm is told by name.
 */
function reachOf(
  partyAt: number,
  profiles: readonly ColumnProfile[],
  columnValues: readonly (readonly SourceCell[])[]
): (readonly SourceCell[])[] {
  if ((profiles[partyAt]?.personName ?? 0) < 0.5) return [];
  return profiles.flatMap((p, at) =>
    at !== partyAt && p.filled > 0 && (p.email >= REACH_KIND || p.phone >= REACH_KIND)
      ? [columnValues[at] ?? []]
      : []
  );
}

/**
 * How a deal stands, in words: a stage (Under Negotiation, 商务谈判) or how it ended (Lost, 输单).
 * A bare figure (a gender's 0 and 1, a count) is no word of a deal's, whatever step it numbers.
 */
function saysDealStanding(cell: SourceCell): boolean {
  if (typeof cell !== "string" || /^[\s\d.]*$/.test(cell)) return false;
  const read = parseStage(cell, STAGE_CHOICES);
  return read.ok ? read.value !== null : read.code === "stage.outcome";
}

/**
 * True when a column says how a deal stands on the rows it fills (MIN_ROWS at least), in two
 * standings or more: the deal's news, not one word stamped on every row.
 */
export function tellsDealStanding(values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length < MIN_ROWS) return false;
  const standing = filled.filter(saysDealStanding);
  if (standing.length < filled.length * DEAL_STANDING) return false;
  return new Set(standing.map((v) => comparableText(v))).size >= 2;
}

/** A day cell as compared between rows: the day a Date falls on, else its text. */
function dayKey(cell: SourceCell): string {
  if (cell instanceof Date) return dayOf(cell) ?? "";
  return comparableText(cell);
}

/**
 * True when parties come back on other days: MIN_RETURNING parties at least, their rows
 * RETURNING_ROWS of the rows naming one, are each named on two days or more. One deal's product
 * lines quoted on one day name the party again on the same day: no party coming back.
 */
export function comesBackOnOtherDays(
  parties: readonly SourceCell[],
  days: readonly SourceCell[]
): boolean {
  const seen = new Map<string, { rows: number; days: Set<string> }>();
  let named = 0;
  parties.forEach((v, row) => {
    const party = comparableText(v);
    const day = dayKey(days[row] ?? null);
    if (party === "" || day === "") return;
    named += 1;
    const at = seen.get(party) ?? { rows: 0, days: new Set<string>() };
    at.rows += 1;
    at.days.add(day);
    seen.set(party, at);
  });
  const back = [...seen.values()].filter((p) => p.days.size >= 2);
  const backRows = back.reduce((sum, p) => sum + p.rows, 0);
  return back.length >= MIN_RETURNING && named > 0 && backRows / named >= RETURNING_ROWS;
}

/** A last or next contact's day, or a next step's (call_back_date_time): not the event's own. */
function namesDayToCome(header: string): boolean {
  return contactDateRole(header) !== null || headerHasWord(header, NEXT_STEP_WORDS);
}

/**
 * A column dating (nearly) every row by a day that may be an event's: not a due day, a
 * bookkeeping stamp, a last or next contact, nor a day of the client's own (birthday, since).
 */
export function datesEvents(header: string, profile: ColumnProfile | undefined): boolean {
  if (!profile || profile.rows === 0) return false;
  if ((profile.filled * profile.date) / profile.rows < ON_EVERY_ROW) return false;
  return mayDateEvents(header);
}

/**
 * A column dating (nearly) every row by days written day and month in the column's own order:
 * 1.9.2023 is a day once 21.8.2023 above it says the day comes first, though alone it could be
 * either. Read so where a deal's standing says the rows are calls.
 */
function datesInColumnOrder(header: string, values: readonly SourceCell[], rows: number): boolean {
  if (rows === 0 || !mayDateEvents(header)) return false;
  const dayFirst = columnDayFirst(values, undefined);
  const days = values.filter((v) => {
    const day = parseDate(v, { dayFirst });
    return day.ok && day.value !== null;
  });
  return days.length >= rows * ON_EVERY_ROW;
}

/** A header that may head an event's day: not a due day, a bookkeeping stamp, a client's own. */
function mayDateEvents(header: string): boolean {
  if (namesDueDay(header) || namesBookkeepingDate("visitOn", header)) return false;
  if (namesDayToCome(header)) return false;
  const client = scoreHeader(header, targetsFor("Clients"))[0];
  return !(client !== undefined && client.confidence >= CLIENT_FIELD);
}

/**
 * A moment's day and minute of the day, when the cell is a date with its time of day. A time alone
 * (a check-in's 13:00 beside its date) is no moment of a day, nor is a moment at midnight: a day
 * typed with no time.
 */
function momentAt(cell: SourceCell): Moment | null {
  const moment = momentOf(cell);
  return moment !== null && moment.minute > 0 ? moment : null;
}

/** The columns timing each row as an event: when it began and when it ended, the same day. */
export interface TimedColumns {
  start: number;
  end: number;
}

/**
 * The columns timing each row as an event of its own, or null: a column headed as the start
 * (Start DateTime, 开始时间) holding a moment with its time of day on (nearly) every row, each
 * row's own, and one headed as the end whose moments fall later the same day wherever both are
 * given (an end not known typed NIL or left empty). A client's own days (a contract's start and
 * end, a first and a last view) carry no time of day or span days; an exhibition's start and end
 * are one schedule repeated on every exhibitor's row.
 */
export function timedColumns(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): TimedColumns | null {
  const rows = Math.max(0, ...columnValues.map((v) => v.length));
  if (rows < MIN_TIMED_ROWS) return null;
  const headed = (side: "start" | "end") =>
    headers.flatMap((h, at) =>
      headerHasWord(h, EVENT_SPAN_WORDS[side]) &&
      !headerHasWord(h, EVENT_SPAN_WORDS[side === "start" ? "end" : "start"])
        ? [at]
        : []
    );
  for (const start of headed("start")) {
    const starts = (columnValues[start] ?? []).map(momentAt);
    const timed = starts.filter((m) => m !== null);
    if (timed.length < rows * ON_EVERY_ROW) continue;
    if (new Set(timed.map((m) => `${m.day} ${m.minute}`)).size < timed.length * OWN_START) continue;
    for (const end of headed("end")) {
      if (end === start) continue;
      const ends = (columnValues[end] ?? []).map(momentAt);
      let both = 0;
      let sameDay = 0;
      starts.forEach((s, row) => {
        const e = ends[row];
        if (!s || !e) return;
        both += 1;
        if (e.day === s.day && e.minute > s.minute) sameDay += 1;
      });
      if (both >= timed.length / 2 && sameDay >= both * ENDS_SAME_DAY) return { start, end };
    }
  }
  return null;
}

/** The headers (by column) speaking of `sheet`'s events. */
export function eventWordedColumns(headers: readonly string[], sheet: SheetKey): number[] {
  const words = (EVENT_ROW_WORDS as Partial<Record<SheetKey, readonly string[]>>)[sheet] ?? [];
  return headers.flatMap((h, at) => (words.length > 0 && headerHasWord(h, words) ? [at] : []));
}

/**
 * How the table reads as rows each an event about a named party (see the file's comment), or
 * null when it does not. `scores` breaks a tie between event sheets (the headers' fit); `readAs`
 * is the list the rows read as otherwise (Clients or Contacts).
 */
export function eventRowsReading(
  input: EventLogInput,
  scores: Partial<Record<SheetKey, number>> = {},
  readAs: SheetKey = "Clients"
): EventLogReading | null {
  const { headers, columnValues, profiles } = input;
  const rows = Math.max(0, ...columnValues.map((v) => v.length));
  if (rows < MIN_TIMED_ROWS) return null;
  let best: (EventLogReading & { worded: number; fit: number; endAt: number }) | null = null;
  // A column saying how a deal stands on each row: calls on the deals, when parties come back.
  const standing = columnValues.some((values) => tellsDealStanding(values));
  for (const sheet of EVENT_SHEETS) {
    const worded = eventWordedColumns(headers, sheet);
    // A sheet named for the events (電訪, 拜访记录, "Calls") speaks of them as a header would.
    const named = eventWordedColumns(input.context ?? [], sheet).length > 0;
    // Rows each timed by a start and an end the same day are meetings or calls, whatever the
    // headers call them and however seldom a party comes back.
    const timed = sheet === "Visits" ? timedColumns(headers, columnValues) : null;
    const onDeals = sheet === "Visits" && standing;
    if (worded.length === 0 && !named && timed === null && !onDeals) continue;
    if (timed === null && rows < MIN_ROWS) continue;
    const partyAt = input.partyOf(sheet);
    if (partyAt < 0 || partyAt === timed?.start || partyAt === timed?.end) continue;
    const dated = headers
      .map((h, at) => at)
      .filter((at) => at !== partyAt && datesEvents(headers[at], profiles[at]));
    if (timed !== null && !dated.includes(timed.start)) dated.unshift(timed.start);
    if (onDeals && dated.length === 0)
      dated.push(
        ...headers
          .map((h, at) => at)
          .filter(
            (at) => at !== partyAt && datesInColumnOrder(headers[at], columnValues[at] ?? [], rows)
          )
      );
    if (dated.length === 0) continue;
    const party = partyRepetition(
      columnValues[partyAt] ?? [],
      reachOf(partyAt, profiles, columnValues)
    );
    if (party.rows < (timed !== null ? MIN_TIMED_ROWS : MIN_ROWS)) continue;
    // People listed at their firms name the firm again on each person's row: that is what a
    // contact list is, no sign of events.
    const comesBack =
      readAs !== "Contacts" &&
      party.returning >= MIN_RETURNING &&
      party.repeatedShare >= RETURNING_ROWS;
    // A deal's standing speaks of calls only when the party is called again on another day.
    const dealCalls =
      onDeals &&
      comesBack &&
      comesBackOnOtherDays(columnValues[partyAt] ?? [], columnValues[dated[0]] ?? []);
    if (worded.length === 0 && !named && timed === null && !dealCalls) continue;
    const ownDay = timed?.start ?? dated.find((at) => worded.includes(at));
    if (!comesBack && timed === null && (ownDay === undefined || worded.length < WORDED_ALONE))
      continue;
    const fit = scores[sheet] ?? 0;
    const speaking =
      worded.length + (named ? 1 : 0) + (timed !== null ? WORDED_ALONE : 0) + (dealCalls ? 1 : 0);
    if (best !== null && (speaking < best.worded || (speaking === best.worded && fit <= best.fit)))
      continue;
    best = {
      registerSheet: sheet,
      numberAt: -1,
      dayAt: ownDay ?? dated[0],
      partyAt,
      parties: party.parties,
      rows: party.rows,
      worded: speaking,
      fit,
      endAt: timed?.end ?? -1,
    };
  }
  if (!best) return null;
  const { worded: _w, fit: _f, endAt, ...reading } = best;
  return endAt >= 0 ? { ...reading, endAt } : reading;
}

/**
 * A table read as the client or contact list whose rows read as events (`eventRowsReading`) is
 * read as that event sheet; so is one read as any client data whose rows are timed as events
 * (`timed`: a start and an end the same day, `timedColumns`); any other reading stands.
 */
export function preferEventRows(
  classification: SheetClassification,
  reading: EventLogReading | null,
  timed = false
): SheetClassification {
  const key = classification.key;
  if (reading === null || key === null) return classification;
  if (key !== "Clients" && key !== "Contacts" && !timed) return classification;
  const own = classification.scores[reading.registerSheet] ?? 0;
  const list = classification.scores[key] ?? 0;
  return {
    key: reading.registerSheet,
    confidence: round2(Math.max(0.5, own / (own + list || 1))),
    scores: classification.scores,
  };
}

/** The party and day columns of rows read as events, by column of the table. */
export interface EventRowsColumns {
  partyAt: number;
  dayAt: number;
  /** The column of the moments each event ended (-1 or absent: none). */
  endAt?: number;
}

/** The field dating each event sheet's records. */
const EVENT_DAY: Partial<Record<SheetKey, string>> = {
  Visits: "visitOn",
  Complaints: "receivedOn",
};

/**
 * The mapping of rows read as events (changed in place): the column naming each row's party is
 * the record's client when no column was read as that (an employer called, headed "company"), and
 * the event's own day is the record's day when no column was read as it (call_at). A column read
 * otherwise, or chosen by the user, stands.
 */
export function keyEventRows(
  registerSheet: SheetKey,
  columns: ColumnMapping[],
  at: EventRowsColumns
): void {
  const take = (i: number, field: string | undefined) => {
    if (!field) return;
    // A last or next contact's day read as the event's (call_back_date_time) gives way to it.
    const stand = columns.findIndex((c) => c.field === field);
    if (
      stand >= 0 &&
      columns[stand].source !== "override" &&
      i !== stand &&
      namesDayToCome(columns[stand].header)
    )
      columns[stand] = { ...columns[stand], field: null, confidence: 0, source: "values" };
    if (columns.some((c) => c.field === field)) return;
    const c = columns[i];
    if (c && c.field === null && c.source !== "override")
      columns[i] = { ...c, field, confidence: 0.5, source: "values" };
  };
  take(at.partyAt, CLIENT_NAME_KEY);
  // When an event ended is not its day: the day it began is.
  const day = EVENT_DAY[registerSheet];
  const ended = at.endAt ?? -1;
  if (day && ended >= 0 && ended !== at.dayAt) {
    const c = columns[ended];
    if (c && c.field === day && c.source !== "override")
      columns[ended] = { ...c, field: null, confidence: 0, source: "values" };
  }
  take(at.dayAt, day);
}
