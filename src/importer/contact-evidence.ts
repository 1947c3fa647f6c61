/**
 * What in a table read as visits says its rows are contacts with clients. A visit or a call is
 * someone's: a person reads a log of contacts by whom each row met (the client's name or number)
 * or by what the contact was (where, who came, why, what was said, what comes next). A table whose
 * columns give only a day, a sum and a way of paying — a member's charges, a policy's premium
 * schedule, a card's transactions — dates money, not contacts, whatever its date or method column
 * sounds like: it is no register data. A column of sentences no header names ("Call back about
 * renewal" under Action) may still say what was done, so it keeps the reading.
 */
import { partyRepetition } from "./event-rows";
import { MAPPING_THRESHOLD, recognisingTargets, scoreHeader } from "./header-match";
import { daysOfMonth, type ColumnProfile } from "./profile";
import { notDataOf, type NotData } from "./sheet-kind";
import type { SourceCell } from "./types";

/** Fields that name the party a visit was with. */
const PARTY_FIELDS: ReadonlySet<string> = new Set(["clientName", "clientId"]);
/** Fields that say what a contact was: its place, people, purpose, content and what follows. */
const CONTACT_FIELDS: ReadonlySet<string> = new Set([
  "place",
  "attendees",
  "purpose",
  "keyPoints",
  "clientViews",
  "nextSteps",
  "nextVisitOn",
]);
/** Headers shown in the reason. */
const SHOWN_HEADERS = 4;
/** Mean length of a column's values for them to be sentences, not a code, a status or a tag. */
const SENTENCE_LENGTH = 15;

export interface ReadColumn {
  header: string;
  field: string | null;
  profile: ColumnProfile;
}

/** Words mostly, different row by row, as long as a sentence: something written of each row. */
function saysSomething(p: ColumnProfile): boolean {
  return p.filled > 0 && p.text >= 0.6 && p.meanLength >= SENTENCE_LENGTH && p.distinctRatio >= 0.5;
}

/**
 * Why a table read as visits holds no contacts (its columns, mapped as Visits, name no party and
 * say nothing of a contact, and no other column is written in sentences), or null when they may.
 */
export function noContactWhy(columns: readonly ReadColumn[]): NotData | null {
  const mapped = columns.filter((c) => c.field !== null && c.field !== "notes");
  if (mapped.some((c) => PARTY_FIELDS.has(c.field ?? "") || CONTACT_FIELDS.has(c.field ?? "")))
    return null;
  if (columns.some((c) => (c.field === null || c.field === "notes") && saysSomething(c.profile)))
    return null;
  return notDataOf("transactions", "sheet.why.no-contact", {
    headers: mapped.slice(0, SHOWN_HEADERS).map((c) => c.header),
  });
}

/**
 * A table read as visits whose day column holds the day of each month something recurs (抄表日期 9,
 * Reading Day 15) and no other column a date of contact: a list of what recurs at each client
 * (machines read monthly, bills due), not of contacts made — the parties it names are its rows.
 */
export function visitDayOfMonth(columns: readonly ReadColumn[]): string | null {
  if (columns.some((c) => c.field === "visitOn")) return null;
  const targets = recognisingTargets("Visits");
  const day = columns.find((c) => {
    const best = scoreHeader(c.header, targets)[0];
    return (
      best?.target.key === "visitOn" &&
      best.confidence >= MAPPING_THRESHOLD &&
      c.profile.filled > 0 &&
      daysOfMonth(c.profile)
    );
  });
  return day?.header ?? null;
}

/** Rows naming a party, fewer of which say nothing of whether parties come back. */
const MIN_PARTY_ROWS = 6;
/** Fields of a client's own reach and identity, which no visit carries. */
const PROFILE_FIELDS: ReadonlySet<string> = new Set([
  "phone",
  "email",
  "address",
  "idNumber",
  "birthday",
]);
/** Of these, a list of parties gives this many at least. */
const PROFILE_FIELDS_NEEDED = 2;

/**
 * A table read as visits whose rows each name a party no other row names, beside that party's
 * own phone, e-mail, address, ID number or birthday (two of them at least, as the table read as
 * the client list maps them): one row per party with its profile is the list of the parties, its
 * day a day of each (registered, service planned), not a log of contacts — a log names its
 * parties again, and a visit has no phone or address of its own.
 */
export function partiesWithProfiles(
  asVisits: readonly (string | null)[],
  asClients: readonly (string | null)[],
  columnValues: readonly (readonly SourceCell[])[]
): boolean {
  const party = asVisits.indexOf("clientName");
  if (party < 0) return false;
  const profile = new Set(asClients.filter((f): f is string => PROFILE_FIELDS.has(f ?? "")));
  if (profile.size < PROFILE_FIELDS_NEEDED) return false;
  const named = partyRepetition(columnValues[party] ?? []);
  return named.rows >= MIN_PARTY_ROWS && named.returning === 0;
}
