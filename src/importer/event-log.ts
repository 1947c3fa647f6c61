/**
 * Logs of events whose parties come back. A sheet of work orders, tickets, calls, visits or
 * bookings has one row per event — its own number or its own day — while the client it concerns
 * comes back on many rows. Its headers often fit the client list best (a name, a phone, an
 * address), but a person reads it as the records it holds: each row a record of the register sheet
 * the events are (Complaints, Visits, Pipeline), keyed to its client, and each distinct party made
 * a client once where the workbook lists none (import.ts, CLIENTS_FROM_SUBJECT).
 *
 * The model, by evidence:
 * - what tells a log from a client list: the party the rows would be keyed to (the column the
 *   record sheet takes as the client's name, else its number) comes back — several parties on two
 *   rows or more, the parties clearly fewer than the rows — while each row carries the event's own
 *   witness: a number headed as the record's number (Ticket ID, 工单编号) that is new on (nearly)
 *   every row, or a day headed as the record's day (拜访日期, Visit Date) on (nearly) every row. A
 *   client list names each party once; a client list with a last-visit column does not repeat its
 *   parties; a log of sales numbers items, not records of a register sheet;
 * - which record sheet: the one whose own number numbers the rows outweighs the one whose day
 *   dates them (a ticket dated "Contact Date" is a complaint by its ticket number); between sheets
 *   of equal witness, the one the headers fit better;
 * - each record's client: the party column of that sheet's reading; a client number that changes
 *   between one party's rows numbers the events, not the client (`keyEventRecords`).
 */
import { namesBookkeepingDate, namesDueDay } from "../register/catalog";
import type { SheetKey } from "../register/types";
import type { SheetClassification } from "./classify-sheet";
import { CLIENT_NAME_KEY, round2, scoreHeader, targetsFor } from "./header-match";
import { agreementWithin, comparableText } from "./keyed-agreement";
import type { ColumnProfile } from "./profile";
import type { ColumnMapping, SourceCell } from "./types";

/** What numbers and what dates the records of each event sheet. */
const EVENT_FIELDS: Partial<Record<SheetKey, { number?: string; day?: string }>> = {
  Complaints: { number: "complaintId", day: "receivedOn" },
  Visits: { day: "visitOn" },
  Pipeline: { number: "opportunityId" },
};
export const EVENT_LOG_SHEETS = Object.keys(EVENT_FIELDS) as SheetKey[];

/** Fewer rows naming a party than this say nothing of parties coming back. */
const MIN_ROWS = 6;
/** Parties named on two rows or more: fewer is a list with a duplicate, not a log. */
const MIN_RETURNING = 2;
/** The parties are at most this share of the rows naming one: they come back. */
const MAX_PARTIES_PER_ROW = 0.9;
/** A witness column is filled (a number) or dated (a day) on this share of the rows at least. */
const ON_EVERY_ROW = 0.8;
/** A row's own number is new on this share of its filled rows at least. */
const NEW_ON_EVERY_ROW = 0.95;
/** A record's own number names the record; its day only dates it. */
const NUMBER_WITNESS = 2;
const DAY_WITNESS = 1;
/** Of the parties seen on two rows or more with a client number, this share must have one only. */
const AGREEING_SHARE = 0.8;

export interface EventLogInput {
  /** The table's headers, units stripped, one per column. */
  headers: readonly string[];
  columnValues: readonly (readonly SourceCell[])[];
  profiles: readonly ColumnProfile[];
  /**
   * The column a reading as `sheet` keys each row to its client by (the client's name, else its
   * number), or -1 when that reading names no client.
   */
  partyOf: (sheet: SheetKey) => number;
  /** The sheet's name and title: what the rows are, said above them. */
  context?: readonly string[];
}

/** How a table reads as a log of one event sheet's records. */
export interface EventLogReading {
  registerSheet: SheetKey;
  /** The column whose header names the record's own number and whose values are new each row. */
  numberAt: number;
  /** The column whose header names the record's day and which dates (nearly) every row. */
  dayAt: number;
  partyAt: number;
  /** Distinct parties, and rows naming one. */
  parties: number;
  rows: number;
  /** The column of the moments each event ended, when the rows are timed (event-rows.ts). */
  endAt?: number;
}

/** A witness header reads as its field this well at least (a spelling of it, not a likeness). */
const TELLING_HEADER = 0.9;

/** How well a header reads as `field` of `sheet` (0 when another of its fields reads better). */
function readsAs(header: string, sheet: SheetKey, field: string): number {
  const best = scoreHeader(header, targetsFor(sheet))[0];
  return best !== undefined && best.target.key === field ? best.confidence : 0;
}

/**
 * The columns whose header names `role` (the record's number or day) of `sheet` and of no other:
 * read as that field surely, and better than as the same field of another event sheet (a bare
 * Date or 日期 dates any record) or as anything of a client (Birth Date, Creation Date).
 */
function headedAs(
  headers: readonly string[],
  sheet: SheetKey,
  role: "number" | "day"
): { at: number; confidence: number }[] {
  const field = EVENT_FIELDS[sheet]?.[role];
  if (!field) return [];
  return headers.flatMap((h, at) => {
    const confidence = readsAs(h, sheet, field);
    if (confidence < TELLING_HEADER) return [];
    const rivals = EVENT_LOG_SHEETS.filter((other) => other !== sheet).map((other) => {
      const theirs = EVENT_FIELDS[other]?.[role];
      return theirs ? readsAs(h, other, theirs) : 0;
    });
    const client = scoreHeader(h, targetsFor("Clients"))[0]?.confidence ?? 0;
    return confidence > Math.max(client, ...rivals) ? [{ at, confidence }] : [];
  });
}

function filledRows(values: readonly SourceCell[]): string[] {
  return values.map((v) => comparableText(v)).filter((t) => t !== "");
}

/** A number new on (nearly) every row: each row's own. */
function numbersEachRow(values: readonly SourceCell[], rows: number): boolean {
  const filled = filledRows(values);
  return (
    filled.length >= rows * ON_EVERY_ROW && new Set(filled).size >= filled.length * NEW_ON_EVERY_ROW
  );
}

/** A column of dates on (nearly) every row, headed as the record's day (not a due or booked day). */
function datesEachRow(header: string, field: string, profile: ColumnProfile | undefined): boolean {
  if (!profile || profile.rows === 0) return false;
  if (namesDueDay(header) || namesBookkeepingDate(field, header)) return false;
  return (profile.filled * profile.date) / profile.rows >= ON_EVERY_ROW;
}

/** The parties a column names, when they come back; null when each row names its own. */
function returningParties(values: readonly SourceCell[]): { parties: number; rows: number } | null {
  const named = filledRows(values);
  if (named.length < MIN_ROWS) return null;
  const lines = new Map<string, number>();
  for (const k of named) lines.set(k, (lines.get(k) ?? 0) + 1);
  const returning = [...lines.values()].filter((n) => n >= 2).length;
  if (returning < MIN_RETURNING || lines.size > named.length * MAX_PARTIES_PER_ROW) return null;
  return { parties: lines.size, rows: named.length };
}

/**
 * How the table reads as a log of events whose parties come back (see the file's comment), or
 * null when it does not: no event sheet's own number or day witnesses its rows, or its party does
 * not come back.
 */
export function eventLogReading(input: EventLogInput): EventLogReading | null {
  const { headers, columnValues, profiles } = input;
  const rows = Math.max(0, ...columnValues.map((v) => v.length));
  if (rows < MIN_ROWS) return null;
  let best: (EventLogReading & { witness: number }) | null = null;
  for (const sheet of EVENT_LOG_SHEETS) {
    const fields = EVENT_FIELDS[sheet] ?? {};
    const number = headedAs(headers, sheet, "number").find(({ at }) =>
      numbersEachRow(columnValues[at] ?? [], rows)
    );
    const day = fields.day ?? "";
    const dated = headedAs(headers, sheet, "day").find(({ at }) =>
      datesEachRow(headers[at], day, profiles[at])
    );
    const numberAt = number?.at ?? -1;
    const dayAt = dated?.at ?? -1;
    const witness =
      NUMBER_WITNESS * (number?.confidence ?? 0) + DAY_WITNESS * (dated?.confidence ?? 0);
    if (witness === 0 || (best !== null && witness <= best.witness)) continue;
    const partyAt = input.partyOf(sheet);
    if (partyAt < 0 || partyAt === numberAt || partyAt === dayAt) continue;
    const returning = returningParties(columnValues[partyAt] ?? []);
    if (!returning) continue;
    best = { registerSheet: sheet, numberAt, dayAt, partyAt, ...returning, witness };
  }
  if (!best) return null;
  const { witness: _, ...reading } = best;
  return reading;
}

/**
 * A table read as the client list that reads as a log of events (`eventLogReading`) is read as
 * that log's record sheet; any other reading stands.
 */
export function preferEventLog(
  classification: SheetClassification,
  reading: EventLogReading | null
): SheetClassification {
  if (classification.key !== "Clients" || reading === null) return classification;
  const own = classification.scores[reading.registerSheet] ?? 0;
  const clients = classification.scores.Clients ?? 0;
  return {
    key: reading.registerSheet,
    confidence: round2(Math.max(0.5, own / (own + clients || 1))),
    scores: classification.scores,
  };
}

/**
 * The mapping of a log's records read as `registerSheet` (changed in place): the column dating
 * every row is the record's day when no header was read as it, and a client number that changes
 * between one party's rows (an order number written as the customer's) is unmapped — it numbers
 * the events, and as the client's number it would split every party into as many clients as it
 * has rows.
 */
export function keyEventRecords(
  registerSheet: SheetKey,
  columns: ColumnMapping[],
  input: Omit<EventLogInput, "partyOf">
): void {
  const { headers, columnValues, profiles } = input;
  const day = EVENT_FIELDS[registerSheet]?.day;
  if (day && !columns.some((c) => c.field === day)) {
    const at = columns.findIndex(
      (c, i) =>
        c.field === null &&
        c.source !== "override" &&
        datesEachRow(headers[i] ?? "", day, profiles[i])
    );
    if (at >= 0) columns[at] = { ...columns[at], field: day, confidence: 0.5, source: "values" };
  }
  const nameAt = columns.findIndex((c) => c.field === CLIENT_NAME_KEY);
  if (nameAt < 0) return;
  const keys = (columnValues[nameAt] ?? []).map((v) => comparableText(v));
  columns.forEach((c, i) => {
    if (c.field !== "clientId" || c.source === "override") return;
    const { share, repeated } = agreementWithin(keys, columnValues[i] ?? []);
    if (repeated > 0 && share < AGREEING_SHARE)
      columns[i] = { ...c, field: null, confidence: 0, source: "values" };
  });
}
