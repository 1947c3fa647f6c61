/**
 * A client row whose name cell is blank still names a person when another of its columns does: a
 * member export leaves 真实姓名 blank for most members but always gives the nickname and the mobile.
 * A person keeps such a row: under the nickname (会员昵称, Display name) when the sheet has one,
 * or the name written another way (英文名 beside 中文名), else — in a list whose name column is
 * blank on most rows — under the number or address that identifies them (phone, e-mail, client
 * number, ID number). In a list that names its people nearly everywhere a row with only a number
 * or address names no one (see onlyTellsApart) and is passed over; a row with none of these is
 * passed over in a list that names its people, else rejected. The stand-in is told once per column, not per row.
 */
import { isNicknameHeader } from "../register/catalog";
import type { MessageParams } from "../register/messages";
import { cellText, isBlankCell } from "./grid";
import { isNoOneName } from "./hint-rows";
import { isEmptyMark } from "./normalize/cell";
import { readHeader } from "./subject";
import type { NormalizedRow } from "./normalize-row";
import type { ColumnMapping, SourceCell } from "./types";

/** Fields that identify a client by themselves, in the order a person would name them by. */
const IDENTITY_FIELDS = ["phone", "email", "clientId", "idNumber"] as const;
/** Examples shown in the issue. */
const EXAMPLES = 3;

/** The nickname columns (会员昵称, Display name) not mapped to a field. */
export function nicknameColumns(mappings: readonly ColumnMapping[], nameColumn: number): number[] {
  return mappings.flatMap((m, i) =>
    i !== nameColumn &&
    m.field === null &&
    m.source !== "row-number" &&
    isNicknameHeader(m.label || m.header || "")
      ? [i]
      : []
  );
}

/** The columns that identify a client by themselves (phone, e-mail, client number, ID number). */
function identityColumns(mappings: readonly ColumnMapping[], nameColumn: number): number[] {
  return IDENTITY_FIELDS.flatMap((field) =>
    mappings.flatMap((m, i) => (m.field === field && i !== nameColumn ? [i] : []))
  );
}

/**
 * The columns that stand in for a blank name, best first: nickname columns not mapped to a field,
 * then the identity columns.
 */
export function nameStandIns(mappings: readonly ColumnMapping[], nameColumn: number): number[] {
  const free = mappings
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => i !== nameColumn && m.field === null && m.source !== "row-number");
  const nicknames = nicknameColumns(mappings, nameColumn);
  // The name written another way (英文名 beside 中文名, English Name): the person's name still.
  const otherNames = free
    .filter(({ m, i }) => {
      if (nicknames.includes(i)) return false;
      const reading = readHeader(m.label || m.header || "");
      return reading.base === "name" && reading.role === "none";
    })
    .map(({ i }) => i);
  return [...nicknames, ...otherNames, ...identityColumns(mappings, nameColumn)];
}

/**
 * True when the stand-in column only tells a person apart (a phone, an e-mail, a number) without
 * naming them. Where the other rows of the list name their people, a row holding only such a
 * value is no client a person would add: an address a mailing list brought in among the
 * customers, an account the system opened but nobody named, an order's second line with a stray
 * phone. A nickname or the name written another way still names the person.
 */
export function onlyTellsApart(
  mappings: readonly ColumnMapping[],
  nameColumn: number,
  column: number
): boolean {
  return identityColumns(mappings, nameColumn).includes(column);
}

function filled(cell: SourceCell | undefined): boolean {
  const raw = cell ?? null;
  return !isBlankCell(raw) && !isEmptyMark(raw) && cellText(raw).trim() !== "";
}

/**
 * Why a row with a blank name is nobody a person would keep, or null when it names someone. An
 * app's member export writes a nickname for everyone who logged in: a nickname saying the user
 * gave none (匿名用户, Anonymous) is an anonymous visitor's; any other nickname alone, with no
 * phone, e-mail or number to reach or tell the person by, is a visitor's too. A nickname with a
 * phone is a client; so is a row with no nickname column, kept under its phone or number.
 */
export function visitorReason(
  mappings: readonly ColumnMapping[],
  nameColumn: number,
  cells: readonly SourceCell[]
): "reason.anonymous-visitor" | "reason.nickname-only" | null {
  const nicknames = nicknameColumns(mappings, nameColumn);
  const given = nicknames.filter((c) => filled(cells[c]));
  if (given.length === 0) return null;
  const identities = identityColumns(mappings, nameColumn);
  const otherNames = nameStandIns(mappings, nameColumn).filter(
    (c) => !nicknames.includes(c) && !identities.includes(c)
  );
  if (otherNames.some((c) => filled(cells[c]))) return null;
  if (given.every((c) => isNoOneName(cells[c] ?? null))) return "reason.anonymous-visitor";
  if (identities.some((c) => filled(cells[c]))) return null;
  return "reason.nickname-only";
}

/** The row was rejected only because its name cell is blank. */
export function rejectedForBlankName(row: NormalizedRow, nameField: string): boolean {
  const code = row.rejectedCode;
  return code?.code === "reason.required-empty" && code.params?.field === nameField;
}

/** A list names its people when at least this share of its filled rows has a name. */
const NAMED_SHARE = 0.5;
/**
 * …and names them nearly everywhere at this share: a nameless row there is out of place, where in
 * a list leaving a name out on one row in four a phone may still be a client whose name was lost.
 */
export const NAMED_NEARLY_EVERYWHERE = 0.8;

/**
 * True when most filled rows of the table have their name cell filled. In such a list a row with a
 * blank name and nothing to stand in for it (no nickname, phone, e-mail or number) is a line about
 * no one — a counter sale no buyer was written for, a sum without its label, an institution that
 * paid for a seat nobody was named to — and a person passes over it. Where the name column is
 * blank on most rows the column is likely not the name, and its rows are rejected for the person
 * to see.
 */
export function namesItsPeople(
  columnValues: readonly (readonly SourceCell[])[],
  nameColumn: number,
  share = NAMED_SHARE,
  contact: readonly number[] = []
): boolean {
  const rows = Math.max(0, ...columnValues.map((v) => v.length));
  let filledRows = 0;
  let named = 0;
  for (let r = 0; r < rows; r++) {
    if (!columnValues.some((values) => filled(values[r]))) continue;
    filledRows++;
    // A row naming no firm but its person whole (a private customer) names someone too.
    if (
      filled(columnValues[nameColumn]?.[r]) ||
      (contact.length > 0 && contact.every((c) => filled(columnValues[c]?.[r])))
    )
      named++;
  }
  return filledRows > 0 && named >= filledRows * share;
}

/** A column filled on this share of a list's rows is written on every line by the system (a date, a source, a status): no detail a person gave about someone. */
const WRITTEN_ON_EVERY_ROW = 0.95;
/** Share of the nameless rows that carry no detail for them to be stubs nobody filled in… */
const STUB_SHARE = 0.75;
/** …while at most this share of the named rows carries none. */
const THIN_NAMED_SHARE = 0.25;
/** Fewest nameless rows for the pattern to tell anything. */
const MIN_STUBS = 3;

/**
 * True when the list's nameless rows are stubs nobody filled in, not clients whose name was lost.
 * A system opens a row for each number it met (a phone an ad brought, an id a table numbered) and
 * a person fills in the name and what they learnt about the client — an address, a note, the
 * child to enrol. Where the named rows carry such a detail nearly always and the nameless rows
 * nearly never (beyond the number and what the system writes on every line: a date, a source, a
 * status), a nameless row with only a number names no one a person would add, even in a list
 * naming its people on only two rows in three. Where nameless rows carry details as the named
 * ones do, a client's name was lost and the row is kept under its number.
 */
export function namelessRowsAreStubs(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  nameColumn: number,
  contact: readonly number[] = []
): boolean {
  const rows = Math.max(0, ...columnValues.map((v) => v.length));
  const filledRows: number[] = [];
  for (let r = 0; r < rows; r++)
    if (columnValues.some((values) => filled(values[r]))) filledRows.push(r);
  if (filledRows.length === 0) return false;
  const identities = new Set(identityColumns(mappings, nameColumn));
  const details = columnValues.flatMap((values, c) => {
    if (c === nameColumn || identities.has(c) || contact.includes(c)) return [];
    if (mappings[c]?.source === "row-number") return [];
    const count = filledRows.filter((r) => filled(values[r])).length;
    return count > 0 && count < filledRows.length * WRITTEN_ON_EVERY_ROW ? [c] : [];
  });
  if (details.length === 0) return false;
  let named = 0;
  let thinNamed = 0;
  let nameless = 0;
  let thinNameless = 0;
  for (const r of filledRows) {
    const thin = !details.some((c) => filled(columnValues[c]?.[r]));
    if (filled(columnValues[nameColumn]?.[r])) {
      named++;
      if (thin) thinNamed++;
    } else {
      nameless++;
      if (thin) thinNameless++;
    }
  }
  return (
    nameless >= MIN_STUBS &&
    named >= (named + nameless) * NAMED_SHARE &&
    thinNameless >= nameless * STUB_SHARE &&
    thinNamed <= named * THIN_NAMED_SHARE
  );
}

/** A figure or a date written as text ("153.80", "14,839,146", "2026-06-19 14:47"). */
const FIGURE_TEXT = /^[-+]?(\d[\d,]*(\.\d+)?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*)$/;

/**
 * True when a nameless row carries what a line of the list carries — a value of one of its fields,
 * an amount or a date. A row of bare words in columns the list does not read (a header's third
 * line, a note) is no line about no one: it is left to the person as before.
 */
export function holdsLineDetails(
  mappings: readonly ColumnMapping[],
  nameColumn: number,
  cells: readonly SourceCell[]
): boolean {
  return cells.some((cell, i) => {
    if (i === nameColumn || !filled(cell)) return false;
    if (mappings[i]?.field) return true;
    if (typeof cell === "number" || cell instanceof Date) return true;
    return typeof cell === "string" && FIGURE_TEXT.test(cell.trim());
  });
}

/** The first stand-in column holding a value in this row, with that value as text. */
export function standInOf(
  standIns: readonly number[],
  cells: readonly SourceCell[]
): { column: number; name: string } | null {
  for (const column of standIns) {
    const raw = cells[column] ?? null;
    if (isBlankCell(raw) || isEmptyMark(raw)) continue;
    const name = cellText(raw).trim();
    if (name !== "") return { column, name };
  }
  return null;
}

/**
 * The columns naming the person to contact at the row's firm as a first and a last name joined:
 * a person written whole. A lone contact column may hold a phone or a role as well as a name.
 */
export function contactColumns(mappings: readonly ColumnMapping[], nameColumn: number): number[] {
  const parts = mappings.flatMap((m, i) =>
    m.field === "mainContact" && m.joined === true && i !== nameColumn ? [i] : []
  );
  return parts.length >= 2 ? parts : [];
}

/**
 * The person to contact written whole on a row whose firm is blank (CompanyName empty beside
 * CustFN | CustLN): a private customer, the client under their own name. A part left blank (a
 * surname alone) names no one whole; null then.
 */
export function contactStandIn(
  mappings: readonly ColumnMapping[],
  columns: readonly number[],
  cells: readonly SourceCell[]
): { column: number; name: string } | null {
  if (columns.length === 0 || !columns.every((c) => filled(cells[c]))) return null;
  let name = "";
  for (const c of columns) {
    const text = cellText(cells[c] ?? null).trim();
    if (name === "") name = text;
    else {
      const separator = mappings[c].joinSeparator ?? " ";
      name = mappings[c].joinFirst ? `${text}${separator}${name}` : `${name}${separator}${text}`;
    }
  }
  return name === "" ? null : { column: columns[0], name };
}

/** How many rows of a sheet took their name from each stand-in column, for one issue per column. */
export class StandInTally {
  private readonly byColumn = new Map<number, { count: number; examples: string[] }>();

  add(column: number, name: string): void {
    const entry = this.byColumn.get(column) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(name);
    this.byColumn.set(column, entry);
  }

  /** One set of message parameters per stand-in column, in column order. */
  entries(): { column: number; params: MessageParams }[] {
    return [...this.byColumn.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, { count, examples }]) => ({
        column,
        params: { count, examples },
      }));
  }
}

/** A running number (1, 008, 264): a row's place in its list. */
const RUNNING_NUMBER = /^[a-z]?\d{1,5}$/i;
/** A value written on this many rows of its column is the column's, not a row's own. */
const MIN_SHARED_ROWS = 3;
/** … or on this share of them (a default a system writes on every new row). */
const SHARED_SHARE = 0.02;

/** A column filled on this many rows at least can be read as grouping them… */
const MIN_GROUPED_ROWS = 20;
/** …when it writes no more distinct values than this share of its rows (types, areas, reps). */
const GROUPING_SHARE = 0.1;

/**
 * Rows a list numbered ahead (a template numbered past its data) or a system filled with its
 * defaults (unknown, monthly, active; INDCundefined) name no one: a row with a blank name whose
 * cells hold only a running number and values the column repeats on many rows has nothing of its
 * own. A column that sorts a long list into a few groups (a customer type, an area, the rep — a
 * few dozen values over thousands of rows) gives no row anything of its own, however rarely one
 * of its values comes up. A person leaves such a row out; a row with anything of its own (a code,
 * a phone, an address) keeps its place and stands in for its name as before.
 */
export class EmptySlots {
  private readonly counts: Map<string, number>[];
  private readonly grouping: boolean[];
  private readonly floor: number;

  constructor(columnValues: readonly (readonly SourceCell[])[]) {
    this.counts = columnValues.map((values) => {
      const counts = new Map<string, number>();
      for (const v of values) {
        const text = cellText(v).trim();
        if (text !== "") counts.set(text, (counts.get(text) ?? 0) + 1);
      }
      return counts;
    });
    this.grouping = this.counts.map((counts) => {
      let filled = 0;
      for (const n of counts.values()) filled += n;
      return filled >= MIN_GROUPED_ROWS && counts.size <= filled * GROUPING_SHARE;
    });
    const rows = Math.max(0, ...columnValues.map((v) => v.length));
    this.floor = Math.max(MIN_SHARED_ROWS, rows * SHARED_SHARE);
  }

  /** True when the row holds nothing but a running number and its columns' repeated values. */
  isEmpty(cells: readonly SourceCell[]): boolean {
    let numbers = 0;
    let any = false;
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i] ?? null;
      if (isBlankCell(raw) || isEmptyMark(raw)) continue;
      const text = cellText(raw).trim();
      if (text === "") continue;
      any = true;
      if (this.grouping[i] || (this.counts[i]?.get(text) ?? 0) >= this.floor) continue;
      if (RUNNING_NUMBER.test(text) && ++numbers === 1) continue;
      return false;
    }
    return any;
  }
}
