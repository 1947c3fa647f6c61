/**
 * Who are the rows of this table? What a person reads before any value: the sheet's name, the
 * title above the table, the header of the column naming each row. When they say the rows are
 * someone other than the manager's clients (suppliers, employees, students, voters, players …:
 * ROW_ROLE_WORDS) and nothing there says client (CLIENT_SIDE_WORDS), the list is that role's, not
 * a client list, whatever its columns look like. A list that says nothing either way (Name, Phone,
 * Email) is left to the rest of the reading: a user who opens it here means to import it.
 */
import type { ColumnProfile } from "./profile";
import { wordAt } from "../register/catalog";
import {
  CALLED_CLIENT_ROLES,
  CLIENT_SIDE_WORDS,
  foldScript,
  OWN_PEOPLE_QUALIFIERS,
  ROW_ROLE_NAMING_PARTS,
  ROW_ROLE_WORDS,
} from "../register/vocabulary";

export type RowRole = keyof typeof ROW_ROLE_WORDS;

export interface RowRoleReading {
  role: RowRole;
  /** The sheet name, title or headers that say so, as written. */
  evidence: string[];
}

export interface RowRoleInput {
  sheetName: string;
  /** The title lines above the table's header, "" when there are none. */
  title: string;
  headers: readonly string[];
  profiles: readonly ColumnProfile[];
}

/** Share of the rows a role-named column must fill, each with a different value, to name them. */
const NAMING_SHARE = 0.8;

/**
 * Folded (简体, lower case) with every run of other characters one space. Words a database or
 * app joined are split first (VoterList, StudentID, voter_id): the tab still says who the rows are.
 */
function folded(text: string): string {
  return foldScript(text)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, " ")
    .trim();
}

function hasAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => wordAt(text, w) !== null);
}

/** A client word in a folded text, unless the word before makes it one's own ("Team Member"). */
function saysClient(text: string): boolean {
  return CLIENT_WORDS.some((word) => {
    const at = wordAt(text, word);
    if (at === null) return false;
    const before = text.slice(0, at.start).trim().split(" ").at(-1) ?? "";
    return !OWN_QUALIFIERS.has(before);
  });
}

const ROLES = Object.keys(ROW_ROLE_WORDS) as RowRole[];
const CLIENT_WORDS = CLIENT_SIDE_WORDS.client.map(folded);
const OWN_QUALIFIERS = new Set(OWN_PEOPLE_QUALIFIERS.own.map(folded));
const NAME_PARTS = new Set(ROW_ROLE_NAMING_PARTS.name.map(folded));
const NUMBER_PARTS = new Set(ROW_ROLE_NAMING_PARTS.number.map(folded));
const LINKING = new Set(ROW_ROLE_NAMING_PARTS.linking.map(folded));
const ROLE_WORDS: ReadonlyMap<RowRole, readonly string[]> = new Map(
  ROLES.map((role) => [role, ROW_ROLE_WORDS[role].map(folded)])
);

/**
 * A year of study named as a school or college names it: "IInd Year", "1st year", "Final Year",
 * 大一, 高三, 三年级. A tab or title so named lists that year's students.
 */
const YEAR_OF_STUDY =
  /(?:^|[^a-z])(?:i{1,3}|iv|v|[1-6])\s*(?:st|nd|rd|th)\s*year(?![a-z])|(?:^|[^a-z])(?:first|second|third|fourth|fifth|final)\s*year(?![a-z])|^(?:大|研|高|初)[一二三四]$|[一二三四五六]年级/;

/** A header that says only "year" of a person (Year, Year of Study, Class Year, 年级). */
const YEAR_HEADER =
  /^(?:(?:study|class|academic|current)\s)?year(?:\s(?:of\s)?study)?$|^(?:所在)?年级$/;
/** Under such a header, a year said by its ordinal alone: Fourth, 3rd, Final, III. */
const ORDINAL_YEAR = /^(?:first|second|third|fourth|fifth|final|[1-5](?:st|nd|rd|th)|i{1,3}|iv|v)$/;
/** Filled on this many rows at least, and this share of them years of study, to say so. */
const MIN_STUDY_YEARS = 5;
const STUDY_YEAR_SHARE = 0.8;

/**
 * A column giving each row's year of study ("2nd Year", "Final year", 大二, 三年级; or Fourth, III
 * under a Year header): only students have one, so the rows are students whatever else they hold.
 * Returns the header and the years seen, or null.
 */
function studyYearColumn(headers: readonly string[], profiles: readonly ColumnProfile[]) {
  for (let i = 0; i < headers.length; i++) {
    const p = profiles[i];
    if (!p?.values || p.filled < MIN_STUDY_YEARS || p.numeric > 0.2 || p.date > 0.2) continue;
    const yearHeader = YEAR_HEADER.test(folded(headers[i]));
    let years = 0;
    let seen = 0;
    for (const [value, count] of p.values) {
      const t = folded(value);
      if (t === "") continue;
      seen += count;
      if (YEAR_OF_STUDY.test(t) || (yearHeader && ORDINAL_YEAR.test(t))) years += count;
    }
    if (seen > 0 && years >= seen * STUDY_YEAR_SHARE)
      return { header: headers[i].trim(), years: [...p.values.keys()].slice(0, 2) };
  }
  return null;
}

/** The role a sheet name or title says its rows have, or null. */
function roleOfCaption(text: string): RowRole | null {
  const t = folded(text);
  if (t === "") return null;
  if (YEAR_OF_STUDY.test(t)) return "student";
  return ROLES.find((role) => hasAny(t, ROLE_WORDS.get(role) ?? [])) ?? null;
}

/**
 * The role a header gives the rows when it names them: a role word alone ("Supplier", 学生) or
 * with the row's own name or number ("Vendor No", 员工编号, "Name of Student"); null for a header
 * describing something about the row (员工职位, "Employee Count"). `numbered` tells a role's
 * number (Employee ID), which keys the row even beside a plain Name column.
 */
function roleOfHeader(header: string): { role: RowRole; numbered: boolean } | null {
  const t = folded(header);
  if (t === "") return null;
  for (const role of ROLES) {
    for (const word of ROLE_WORDS.get(role) ?? []) {
      const at = wordAt(t, word);
      if (at === null) continue;
      const rest = `${t.slice(0, at.start)} ${t.slice(at.end)}`.trim();
      if (rest === "" || namingOnly(rest)) return { role, numbered: numbering(rest) };
    }
  }
  return null;
}

/** A header of nothing but a name ("Name", "Full Name", 姓名, 名称). */
function plainName(header: string): boolean {
  const t = folded(header);
  return t !== "" && t.split(" ").every((w) => NAME_PARTS.has(w));
}

/** The naming words are a number's (id, no, code, 编号), not a name's. */
function numbering(rest: string): boolean {
  return rest.split(" ").some((w) => NUMBER_PARTS.has(w));
}

/** A header's words besides the role word are only the row's name or number ("name", 姓名). */
function namingOnly(rest: string): boolean {
  const words = rest.split(" ");
  return (
    words.some((w) => NAME_PARTS.has(w) || NUMBER_PARTS.has(w)) &&
    words.every((w) => NAME_PARTS.has(w) || NUMBER_PARTS.has(w) || LINKING.has(w))
  );
}

/** Filled on most rows, each with a different value: the column names the rows. */
function namesRows(p: ColumnProfile | undefined, rows: number): boolean {
  return p !== undefined && p.filled >= rows * NAMING_SHARE && p.distinctRatio >= NAMING_SHARE;
}

/** Who the workbook says the rows of a table are, when it says they are not clients; else null. */
export function rowRoleOf(input: RowRoleInput): RowRoleReading | null {
  const { sheetName, title, headers, profiles } = input;
  const captions = [sheetName, title].filter((c) => c.trim() !== "");
  const said = [...captions, ...headers.filter((h, i) => (profiles[i]?.filled ?? 0) > 0)];
  if (said.some((text) => saysClient(folded(text)))) return null;

  const found = new Map<RowRole, string[]>();
  const add = (role: RowRole, text: string) => found.set(role, [...(found.get(role) ?? []), text]);
  for (const caption of captions) {
    const role = roleOfCaption(caption);
    if (role !== null) add(role, caption.trim());
  }
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  // A role's name or the role alone beside a plain Name column naming the rows is someone
  // else on the row (the clerk who served a client listed by Name); a role's number keys the row.
  const named = headers.some((h, i) => plainName(h) && namesRows(profiles[i], rows));
  headers.forEach((header, i) => {
    const read = roleOfHeader(header);
    if (read === null || !namesRows(profiles[i], rows)) return;
    if (named && !read.numbered) return;
    add(read.role, header.trim());
  });
  const studyYears = studyYearColumn(headers, profiles);
  if (studyYears !== null) add("student", `${studyYears.header}: ${studyYears.years.join(", ")}`);
  if (found.size !== 1) return null;
  const [[role, evidence]] = [...found];
  if (studyYears === null && callList(role, captions, headers, profiles, rows)) return null;
  return { role, evidence: [...new Set(evidence)] };
}

/** Share of a column's values that must be phones or e-mails for it to be a way to reach the row. */
const REACH_SHARE = 0.5;

/**
 * A list of a role a business serves (CALLED_CLIENT_ROLES: students), said so by a naming header
 * alone (学生姓名, "Student Name"), whose other headed columns are each a way to reach the row (a
 * phone, an e-mail): a call list of the business's clients. Nothing in it says school.
 */
function callList(
  role: RowRole,
  captions: readonly string[],
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  rows: number
): boolean {
  if (!CALLED_CLIENT_ROLES.includes(role) || captions.some((c) => roleOfCaption(c) !== null))
    return false;
  let named = 0;
  let reach = 0;
  for (let i = 0; i < headers.length; i++) {
    const p = profiles[i];
    if (!p || p.filled === 0 || headers[i].trim() === "") continue;
    if (roleOfHeader(headers[i])?.role === role && namesRows(p, rows)) named++;
    else if (p.filled >= rows * NAMING_SHARE && Math.max(p.phone, p.email) >= REACH_SHARE) reach++;
    else return false;
  }
  return named === 1 && reach >= 1;
}

/**
 * A role word anywhere in the texts (a sheet name, a title, any header: "Projects/Employee
 * Code"), when none of them says client; else null. A weaker witness than rowRoleOf's, for a
 * reading that is itself weak: a list read as clients only because nothing else imports.
 */
export function roleWordIn(texts: readonly string[]): RowRole | null {
  const said = texts.map(folded).filter((t) => t !== "");
  if (said.some(saysClient)) return null;
  return ROLES.find((role) => said.some((t) => hasAny(t, ROLE_WORDS.get(role) ?? []))) ?? null;
}

/** A client word in a text ("customer_naem", 会员编号), not made one's own ("Team Member"). */
export function namesClients(text: string): boolean {
  return saysClient(folded(text));
}
