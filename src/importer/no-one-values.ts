/**
 * Values that name no one. A column headed for whom a row is about (Name, Prospect ID,
 * AgeOfPolicyHolder) may hold something else altogether: opaque keys a system made (UUIDs, hashes),
 * bands a person ticked (31-40, 20000 to 29000, more than 69000), or the country each row is in
 * (South Africa down every row), or the month a row falls in (January, 3月). None of them is a person's or a firm's name, so the column cannot
 * say whose each row is: an anonymous data set of lead scores, claims or subscriptions is nobody's
 * record, however its headers read. Names of clients, short codes and client numbers are left
 * alone: a number may stand for a client, these never do.
 */
import { COUNTRY_NAMES } from "../register/vocabulary/countries";
import type { ColumnProfile } from "./profile";
import { isAmountRange } from "./profile";
import { isEmptyMark } from "./normalize/cell";
import { monthOfHeader, periodOrder } from "./period-columns";

export type NoOneKind = "opaque" | "bands" | "countries" | "periods";

export interface NoOneValues {
  kind: NoOneKind;
  /** Share of the shown values of that kind (0–1). */
  share: number;
  /** A few of them, as written. */
  examples: string;
}

/** Fewest values shown before they can say anything. */
const MIN_VALUES = 5;
/** Share of the shown values that must be of one kind. */
const SHARE = 0.8;
const EXAMPLES = 2;

/** A UUID or GUID: 8-4-4-4-12 hexadecimal digits, braces allowed. */
const UUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
/** A hash or an object id: sixteen hexadecimal digits or more (an MD5, a SHA, a Mongo id). */
const HEX_KEY = /^[0-9a-f]{16,}$/i;

/** A key a system made up: a UUID, or a run of hexadecimal digits with letters and digits both. */
export function isOpaqueKey(text: string): boolean {
  const t = text.trim();
  if (UUID.test(t)) return true;
  return HEX_KEY.test(t) && /[a-f]/i.test(t) && /\d/.test(t);
}

/** Two figures of up to six digits joined as a band: 31-40, 18 – 20, 20000 to 29000, 5~10. */
const BAND = /^(\d{1,6})\s*(?:-|–|—|~|～|to|至|到)\s*(\d{1,6})(?:\s*(?:years?|yrs?|岁|歲))?$/i;
/** An open band: more than 69000, under 18, 65+, <25, 60岁以上. */
const OPEN_BAND =
  /^(?:(?:more than|less than|over|under|above|below|up to)\s*\d{1,6}|[<>≤≥]=?\s*\d{1,6}|\d{1,6}\s*(?:\+|(?:岁|歲)?\s*(?:以上|以下)|and (?:over|above|below|under)))(?:\s*(?:years?|yrs?))?$/i;

/** A band a person ticks (an age group, a price class), never a name. */
export function isBand(text: string): boolean {
  const t = text.trim();
  if (OPEN_BAND.test(t) || isAmountRange(t)) return true;
  const m = BAND.exec(t);
  return m !== null && Number(m[2]) > Number(m[1]);
}

const COUNTRIES: ReadonlySet<string> = new Set([
  ...COUNTRY_NAMES.latin.map((n) => n.toLowerCase()),
  ...COUNTRY_NAMES.han,
]);

/** A country's or a territory's name (South Africa, USA, 南非, 臺灣). */
export function isCountryName(text: string): boolean {
  return COUNTRIES.has(text.trim().replace(/\s+/g, " ").toLowerCase());
}

/**
 * A month or a quarter written as a word (January, Sep, 3月, 三月, Q3, 第三季): the period a row
 * falls in, never whom it is about. A bare number (1 … 12) is no period here: ranks and client
 * numbers are written so too.
 */
export function isPeriodName(text: string): boolean {
  const t = text.trim();
  if (t === "" || /^\d+$/.test(t)) return false;
  if (monthOfHeader(t) !== null) return true;
  const order = periodOrder(t);
  return order !== null && order > 100 && order <= 112 && !/^\d/.test(t.replace(/^第/, ""));
}

const TESTS: readonly [NoOneKind, (text: string) => boolean][] = [
  ["opaque", isOpaqueKey],
  ["bands", isBand],
  ["countries", isCountryName],
  ["periods", isPeriodName],
];

/**
 * The kind of value most of a column's values are when none of them names anybody (opaque keys,
 * bands, countries), or null.
 */
export function namesNoOne(profile: ColumnProfile): NoOneValues | null {
  let shown = 0;
  for (const [text, n] of profile.values) if (!isEmptyMark(text)) shown += n;
  if (shown < MIN_VALUES) return null;
  for (const [kind, test] of TESTS) {
    let hits = 0;
    const examples: string[] = [];
    for (const [text, n] of profile.values) {
      if (isEmptyMark(text) || !test(text)) continue;
      hits += n;
      if (examples.length < EXAMPLES) examples.push(`"${text.trim()}"`);
    }
    if (hits >= shown * SHARE) return { kind, share: hits / shown, examples: examples.join(", ") };
  }
  return null;
}
