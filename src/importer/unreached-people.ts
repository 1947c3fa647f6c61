/**
 * People nobody could reach, kept for something other than business. A client list, however
 * thin, gives a way to reach each client (a phone, an e-mail, an address) or says what business
 * there is with them. A list that reaches no one and whose headers say what it is kept for — an
 * exam (考生, 报考), a penalty (处罚, 罚款), checking in and out of a place (Check-In, 签到), a
 * pay run (Salary, 工资) — is an exam office's candidates, an authority's penalised firms, a
 * venue's visitors or a payroll's employees. A list that reaches no one and gives only first names
 * (Mom, Beth, Lacey; a course's anonymised audience with its surnames emptied) beside dates and
 * years cannot tell its people apart, let alone do business with them. Either is left out, with
 * the reason. A client word anywhere in the sheet's name, title or headers keeps the list.
 */
import type { ColumnProfile } from "./profile";
import type { SourceCell } from "./types";
import { columnLetter, numberIn } from "./grid";
import { readHeader } from "./subject";
import { isPlaceholder } from "./normalize/cell";
import { wordAt } from "../register/catalog";
import {
  CLIENT_SIDE_WORDS,
  FAMILY_NAME_HEADERS,
  foldScript,
  POSTAL_CODE_HEADERS,
  REACH_HEADER_WORDS,
  UNREACHED_PURSUIT_WORDS,
} from "../register/vocabulary";
import type { MessageCode, MessageParams } from "../register/messages";

export type Pursuit = keyof typeof UNREACHED_PURSUIT_WORDS;

export interface UnreachedPeopleInput {
  sheetName: string;
  title: string;
  headers: readonly string[];
  profiles: readonly ColumnProfile[];
  columnValues?: readonly (readonly SourceCell[])[];
}

export interface UnreachedVerdict {
  code: MessageCode;
  params: MessageParams;
}

/** Folded (简体, lower case), every run of other characters one space: "Check-In" → "check in". */
function folded(text: string): string {
  return foldScript(text.normalize("NFKC"))
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, " ")
    .trim();
}

const foldAll = (words: readonly string[]) => words.map(folded);
const CLIENT_WORDS = foldAll(CLIENT_SIDE_WORDS.client);
const REACH_WORDS = foldAll(REACH_HEADER_WORDS.reach);
const FAMILY_NAMES = new Set(foldAll(FAMILY_NAME_HEADERS.family));
const POSTAL_HEADERS = foldAll(POSTAL_CODE_HEADERS.postal);
const PURSUITS = Object.keys(UNREACHED_PURSUIT_WORDS) as Pursuit[];
const PURSUIT_WORDS = new Map<Pursuit, string[]>(
  PURSUITS.map((p) => [p, foldAll(UNREACHED_PURSUIT_WORDS[p])])
);

function hasWord(text: string, words: readonly string[]): boolean {
  return words.some((w) => wordAt(text, w) !== null);
}

/** Values of the column that say something: not blank, not a placeholder (none, n/a, 无). */
function realValues(p: ColumnProfile): number {
  let real = 0;
  for (const [text, count] of p.values) if (!isPlaceholder(text)) real += count;
  return real;
}

/** A column filled on a few rows only (a remark on two of ten) describes no list. */
function described(p: ColumnProfile): boolean {
  return realValues(p) >= Math.max(2, p.rows * 0.3);
}

/**
 * Some column reaches the rows' people: its values are phones, e-mails or postal addresses, or its
 * header says it holds one and it holds something besides placeholders.
 */
function reachesAnyone(headers: readonly string[], profiles: readonly ColumnProfile[]): boolean {
  return profiles.some((p, i) => {
    if (p.filled < 2) return false;
    if (p.phone >= 0.3 || p.email >= 0.3 || p.address >= 0.5) return true;
    return hasWord(folded(headers[i] ?? ""), REACH_WORDS) && realValues(p) >= 2;
  });
}

/** Some column names the rows: people's or firms' names, or a header saying it is the name. */
function namesRows(headers: readonly string[], profiles: readonly ColumnProfile[]): boolean {
  return profiles.some(
    (p, i) =>
      p.filled >= 2 &&
      p.text >= 0.6 &&
      (p.personName >= 0.5 || p.company >= 0.5 || readHeader(headers[i] ?? "").base === "name")
  );
}

/** The pursuit the filled headers name, and the headers naming it, or null. */
function pursuitOf(
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): { pursuit: Pursuit; headers: string[] } | null {
  for (const pursuit of PURSUITS) {
    const hits = headers.filter((h, i) => {
      const p = profiles[i];
      return p !== undefined && described(p) && hasWord(folded(h), PURSUIT_WORDS.get(pursuit)!);
    });
    if (hits.length > 0) return { pursuit, headers: hits.map((h) => h.trim()).slice(0, 3) };
  }
  return null;
}

/** One word of letters of any Latin script (Beth, Adèle, O'Neil, Marie-Claude): a given name. */
const GIVEN_NAME = /^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]{1,24}$/;
/** Share of a column's values that must be single given names, and the fewest distinct ones. */
const GIVEN_SHARE = 0.8;
const MIN_GIVEN = 5;

/** The column of first names only, when the rows are named so: its index, or -1. */
function givenNameColumn(headers: readonly string[], profiles: readonly ColumnProfile[]): number {
  const first = profiles.findIndex((p) => p.filled > 0);
  return profiles.findIndex((p, i) => {
    if (p.filled < MIN_GIVEN || p.distinct < MIN_GIVEN || p.text < 0.9) return false;
    if (p.place >= 0.3 || p.company >= 0.3 || p.department >= 0.3 || p.jobTitle >= 0.3)
      return false;
    if (i !== first && readHeader(headers[i] ?? "").base !== "name") return false;
    let given = 0;
    let all = 0;
    for (const [text, count] of p.values) {
      all += count;
      if (GIVEN_NAME.test(text.trim())) given += count;
    }
    return all > 0 && given >= all * GIVEN_SHARE;
  });
}

/** Whole numbers 1900–2100 on most of the numbers of a column: years (of birth). */
function years(values: readonly SourceCell[] | undefined): boolean {
  const numbers = (values ?? []).map(numberIn).filter((n): n is number => n !== null);
  const inRange = numbers.filter((n) => Number.isInteger(n) && n >= 1900 && n <= 2100);
  return numbers.length > 0 && inRange.length >= numbers.length * 0.8;
}

/**
 * A column of a person's own dates and places, nothing of any business: days (a birthday, an
 * anniversary), years (of birth) or a postcode.
 */
function personalFact(header: string, p: ColumnProfile, values?: readonly SourceCell[]): boolean {
  if (p.date + p.monthDay >= 0.5) return true;
  if (p.numeric + p.date >= 0.7 && years(values)) return true;
  return hasWord(folded(header), POSTAL_HEADERS) && p.numeric >= 0.5;
}

/** Why a list of people nobody could reach is no client list, or null when it may be one. */
export function unreachedPeople(input: UnreachedPeopleInput): UnreachedVerdict | null {
  const { sheetName, title, headers, profiles, columnValues } = input;
  const used = profiles.flatMap((p, i) => (p.filled > 0 ? [i] : []));
  if (used.length < 2) return null;
  const said = [sheetName, title, ...used.map((i) => headers[i] ?? "")];
  if (said.some((text) => hasWord(folded(text), CLIENT_WORDS))) return null;
  if (reachesAnyone(headers, profiles)) return null;

  const pursuit = pursuitOf(headers, profiles);
  if (pursuit !== null && namesRows(headers, profiles))
    return {
      code: "sheet.why.unreached-pursuit",
      params: { headers: pursuit.headers, pursuit: `pursuit.${pursuit.pursuit}` },
    };

  const given = givenNameColumn(headers, profiles);
  if (given < 0) return null;
  // A family name filled beside the first names names the people in full.
  const surnames = profiles.some(
    (p, i) => i !== given && FAMILY_NAMES.has(folded(headers[i] ?? "")) && realValues(p) >= 2
  );
  if (surnames) return null;
  const others = used.filter((i) => i !== given && described(profiles[i]));
  if (others.length === 0) return null;
  if (!others.every((i) => personalFact(headers[i] ?? "", profiles[i], columnValues?.[i])))
    return null;
  const p = profiles[given];
  const examples = [...p.values.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([text]) => text.trim());
  return {
    code: "sheet.why.unreached-first-names",
    params: { header: [headers[given]?.trim() || columnLetter(given + 1)], examples },
  };
}
