/**
 * A workbook a person opens to import holds a list. When nothing in it reads as register data, by
 * its headers or by its values, a table of distinct named rows — a column of people's or firms'
 * names, a different one on nearly every row (or one per run of rows: a dealer over the pin codes
 * it serves), with perhaps a code, a phone, an e-mail or an amount beside it — is the list it most
 * resembles: the client list, read for its obvious columns. Its header, when it has one, says the
 * column names the rows (Donor Name, customer_naem, 会员); a list typed without a header (M001 |
 * Anil HK, a tenant book from A1) shows it by a second column telling the same rows apart: a code
 * of each row, a phone, an e-mail, an ID number.
 *
 * Lists whose rows the workbook says are someone else (staff, students, players, suppliers:
 * row-roles.ts, by a role word in any header or caption), an event's guests (where each sits,
 * whether they come), a header naming a person of ours, a unit of ours or a thing (Salesman,
 * 区县分公司, Product), names that are codes or figures (Villa 1-4, SKU-22) and names coming back
 * down the rows (a log) are no such list.
 */
import { cellText, isBlankCell } from "./grid";
import { isEmptyMark } from "./normalize/cell";
import type { ColumnProfile } from "./profile";
import { namesClients, roleWordIn, rowRoleOf } from "./row-roles";
import { partyNameShare } from "./party-names";
import { namesRelatedParty, readHeader } from "./subject";
import { isPlaceholderHeader } from "./header-words";
import { matchForm } from "./header-match";
import { namesOwnUnit } from "./map-columns";
import { GUEST_LIST_WORDS } from "../register/vocabulary/event-guests";
import { CLIENT_SIDE_WORDS, ROW_ROLE_WORDS } from "../register/vocabulary";
import type { SourceCell } from "./types";

/** Fewer named rows than this make no list a person would import as such. */
const MIN_ROWS = 5;
/** Share of the rows the name column must fill, and of its names that must differ. */
const NAMING_SHARE = 0.8;
/** Share of the column's values that must read as a name (words, no figures). */
const NAME_SHARE = 0.8;
/** A name longer than this, or of more words, is a sentence: a description, a note. */
const MAX_NAME_LENGTH = 80;
const MAX_NAME_WORDS = 12;

export interface NamedRowsInput {
  sheetName: string;
  /** The title lines above the table's header, "" when there are none. */
  title: string;
  /** Each column's header text ("" on a list without a header row). */
  headers: readonly string[];
  columnValues: readonly (readonly SourceCell[])[];
  profiles: readonly ColumnProfile[];
}

export interface NamedRows {
  /** The column (index into the table's columns) naming each row. */
  column: number;
  /** How many different parties it names. */
  named: number;
  /** Its names, as written (trimmed): to tell one list from a copy of it. */
  names: ReadonlySet<string>;
  /**
   * On a list without a header, the column of each row's own code beside the names (M001 | Anil
   * HK): the client's number. Null when there is none, or a header says what the columns are.
   */
  code: number | null;
}

/** Letters, in any script, with the marks names carry ('’.&-/,() ·), and no figures. */
const NAME_TEXT = /^\p{L}[\p{L}\p{M}'’.&\-/,()· ]*$/u;

/** A value a person reads as someone's name: words, not a code, figure, date or sentence. */
function readsAsName(text: string): boolean {
  const t = text.trim().replace(/\s+/g, " ");
  if (t === "" || t.length > MAX_NAME_LENGTH || !NAME_TEXT.test(t)) return false;
  return t.split(" ").length <= MAX_NAME_WORDS;
}

/** The filled values of a column (dashes and "n/a" for none left out), trimmed. */
function filledTexts(values: readonly SourceCell[]): string[] {
  return values.flatMap((v) =>
    isBlankCell(v) || isEmptyMark(v) ? [] : [cellText(v).trim().replace(/\s+/g, " ")]
  );
}

/** A header that is no header: blank, or a tool's placeholder (Column1, 列1). */
function unheaded(header: string): boolean {
  return header.trim() === "" || isPlaceholderHeader(header);
}

/** The clients' own words (customer, 会员), folded: a header that is one of them names the rows. */
const CLIENT_WORDS = new Set(CLIENT_SIDE_WORDS.client.map(matchForm));
/** Suppliers' words, folded: a name header holding one lists suppliers, alone or with clients. */
const SUPPLIER_WORDS = ROW_ROLE_WORDS.supplier.map(matchForm);

/**
 * Whether a column's header lets it name the rows: none on a list without any header, a name's
 * (Donor Name, 姓名), the clients' word alone (Customer, 会员), or — over values that are mostly
 * firms' or people's names — a header with the clients' word in it (customer_naem). Never a
 * person of ours, a contact at the party, a unit of ours or a thing (Salesman, 联系人, 区县分公司,
 * Product Name), a thing of the client's (Customer Search Term), nor a number's (Donor ID). An
 * unheaded column beside headed ones is a note's, not the list's names.
 */
function headerLetsName(header: string, headerless: boolean, p: ColumnProfile): boolean {
  if (unheaded(header)) return headerless;
  // Clients and suppliers under one header (客戶供應商簡稱): which row is which is said nowhere.
  if (namesOwnUnit(header) || SUPPLIER_WORDS.some((w) => matchForm(header).includes(w)))
    return false;
  const reading = readHeader(header);
  if (reading.role !== "subject" && reading.role !== "none") return false;
  if (reading.base !== null) return reading.base === "name";
  if (CLIENT_WORDS.has(matchForm(header))) return true;
  return namesClients(header) && partyNameShare(p.values) >= 0.5;
}

/** How many runs of one value the texts make, read down the rows. */
function runsOf(texts: readonly string[]): number {
  return texts.filter((t, i) => i === 0 || t !== texts[i - 1]).length;
}

/**
 * Names of people or firms on most of the rows, nearly each row another — or, when `inRuns`, each
 * name on one run of rows of its own (a dealer over the pin codes it serves, a row per site).
 */
function namesRows(
  values: readonly SourceCell[],
  rows: number,
  inRuns: boolean
): Set<string> | null {
  const texts = filledTexts(values);
  if (texts.length < rows * NAMING_SHARE) return null;
  const names = new Set(texts);
  if (names.size < MIN_ROWS) return null;
  const distinct = names.size >= texts.length * NAMING_SHARE;
  if (!distinct && !(inRuns && runsOf(texts) === names.size)) return null;
  const named = texts.filter(readsAsName).length;
  return named >= texts.length * NAME_SHARE ? names : null;
}

/** A column of days on most rows: rows each dated are events (a log), not a list of parties. */
function datesRows(profiles: readonly ColumnProfile[], rows: number): boolean {
  return profiles.some((p) => p.filled >= rows * 0.5 && p.date >= 0.5);
}

/**
 * A column beside the names that tells the same rows apart: a phone, an e-mail, an ID number, or
 * a code of each row (M001; figures, however different, are amounts, not codes).
 */
function tellsRowsApart(
  p: ColumnProfile,
  columnValues: readonly (readonly SourceCell[])[],
  at: number,
  names: number,
  rows: number
): boolean {
  if (p.filled < rows * 0.5) return false;
  if (p.phone >= 0.5 || emailShare(p) >= 0.5 || p.idNumber >= 0.5) return true;
  return codeColumn(columnValues, names, rows) === at;
}

/** Header words of an event's guest list: where each sits, whether they come, as guests. */
const GUEST_WORDS = [
  ...GUEST_LIST_WORDS.guests,
  ...GUEST_LIST_WORDS.seats,
  ...GUEST_LIST_WORDS.attendance,
].map(matchForm);

/** A header saying the rows are an event's guests (桌次, Seat, RSVP, 来宾). */
function saysGuests(headers: readonly string[]): boolean {
  return headers.some((h) => {
    const folded = matchForm(h);
    return folded !== "" && GUEST_WORDS.some((w) => folded.includes(w));
  });
}

/** One token of letters and figures both (M001, HO00056, SM-12): a code, not a word or a figure. */
const CODE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d._\-/#]{2,20}$/u;

/**
 * The first column besides the names holding a different code on nearly every row it fills: each
 * row's own number, as a person reads a code | name list.
 */
function codeColumn(
  columnValues: readonly (readonly SourceCell[])[],
  names: number,
  rows: number
): number | null {
  const at = columnValues.findIndex((values, j) => {
    if (j === names) return false;
    const texts = filledTexts(values);
    if (texts.length < rows * NAMING_SHARE) return false;
    const codes = texts.filter((t) => CODE.test(t)).length;
    return codes >= texts.length * 0.9 && new Set(texts).size >= texts.length * 0.95;
  });
  return at < 0 ? null : at;
}

/**
 * The column naming each row of a table read as no register data, when the table is a list of
 * distinct named rows a person would import as the clients; null otherwise.
 */
export function namedRowsOf(input: NamedRowsInput): NamedRows | null {
  const { headers, columnValues, profiles } = input;
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  if (rows < MIN_ROWS) return null;
  if (rowRoleOf(input) !== null) return null;
  const filledHeaders = headers.filter((_, i) => (profiles[i]?.filled ?? 0) > 0);
  if (roleWordIn([input.sheetName, input.title, ...filledHeaders]) !== null) return null;
  if (saysGuests(filledHeaders)) return null;
  const headerless = headers.every(unheaded);
  // A name over a run of rows is one party's only under a header saying so, on rows no day dates.
  const dated = datesRows(profiles, rows);
  const found: NamedRows[] = [];
  columnValues.forEach((values, i) => {
    const p = profiles[i];
    if (!p || p.text < NAME_SHARE || !headerLetsName(headers[i] ?? "", headerless, p)) return;
    const names = namesRows(values, rows, !headerless && !dated);
    if (!names) return;
    // Without a header only full names (a given and a family name, a firm's words) beside a
    // column telling the rows apart make a list's: one word (Harbor, Red) may name anything.
    if (headerless && (wordsShare(names) < NAME_SHARE || !toldApart(i))) return;
    const code = headerless ? codeColumn(columnValues, i, rows) : null;
    found.push({ column: i, named: names.size, names, code });
  });
  // Another column naming each row as well, under a header saying nothing of whose names they are
  // (a borrower beside the one who referred them): which is the client is not said, so no guess.
  // A header naming a party related to the row's (Parent Group, 母公司) says whose they are.
  const rivals = columnValues.filter((values, i) => {
    if (found.some((f) => f.column === i) || (profiles[i]?.text ?? 0) < NAME_SHARE) return false;
    if (namesRelatedParty(headers[i] ?? "")) return false;
    const role = readHeader(headers[i] ?? "").role;
    return role !== "owner" && role !== "contact" && namesRows(values, rows, false) !== null;
  });
  return found.length === 1 && rivals.length === 0 ? found[0] : null;

  function toldApart(names: number): boolean {
    return profiles.some((q, j) => j !== names && tellsRowsApart(q, columnValues, j, names, rows));
  }
}

/** Share of the names written in two words or more (han names aside, whole in two to four). */
function wordsShare(names: ReadonlySet<string>): number {
  let full = 0;
  for (const name of names) if (/\s/.test(name) || /^[\u3400-\u9fff·]{2,}$/u.test(name)) full++;
  return names.size === 0 ? 0 : full / names.size;
}

/** Nearly all the names of `a` are among those of `b`: a copy of that list, not a list of its own. */
export function copiesNames(a: NamedRows, b: NamedRows): boolean {
  let found = 0;
  for (const name of a.names) if (b.names.has(name)) found++;
  return found >= a.names.size * NAMING_SHARE;
}

/** Share of a column's values, those saying "none" (-, n/a) left out, that are e-mail addresses. */
function emailShare(p: ColumnProfile): number {
  let marks = 0;
  for (const [text, n] of p.values) if (isEmptyMark(text)) marks += n;
  const shown = p.sampled - marks;
  return shown < MIN_ROWS ? 0 : (p.email * p.sampled) / shown;
}

/**
 * The column of the rows' e-mail addresses, when no column was read as one: nearly every value a
 * person wrote in it is an address, the dashes for "none" between them saying nothing.
 */
export function emailColumn(
  fields: readonly (string | null)[],
  profiles: readonly ColumnProfile[]
): number | null {
  if (fields.includes("email")) return null;
  const at = profiles.findIndex((p, i) => fields[i] === null && emailShare(p) >= NAMING_SHARE);
  return at < 0 ? null : at;
}

/**
 * Whether a column takes more than one value on the rows of one name (a pin code, a site number
 * beside a dealer named on each of its rows): it numbers the rows, not the party, so it is no id
 * of the party's.
 */
export function variesWithinName(
  names: readonly SourceCell[],
  values: readonly SourceCell[]
): boolean {
  const seen = new Map<string, string>();
  for (let r = 0; r < names.length; r++) {
    const name = cellText(names[r] ?? null).trim();
    const value = values[r] ?? null;
    if (name === "" || isBlankCell(value) || isEmptyMark(value)) continue;
    const text = cellText(value).trim();
    const before = seen.get(name);
    if (before !== undefined && before !== text) return true;
    seen.set(name, text);
  }
  return false;
}
