/**
 * A roster of members with their dependants on rows of their own beneath them — an employer's
 * group-insurance roster (員工編號 | 姓名 | … | 眷屬姓名 | 眷屬關係), a scheme's member list
 * ("Member ID | Name | … | Dependant Name | Relationship"): the member's row carries the member's
 * own identity (number, name); the dependant's row leaves it blank and fills the dependant's
 * columns (their name, their relation) instead, its ID number and birthday being the dependant's.
 * A person reads each such row as family of the member above, never as a client of its own.
 *
 * The evidence is the layout, not a word: the dependant's columns (a relation column whose values
 * name kin, a second name column the mapping left to notes) are filled on exactly the rows where
 * the member's identity is blank, and blank where it is filled. Where that does not hold, nothing
 * is decided here.
 */
import type { RegisterRecord } from "../register/types";
import { cellText, isBlankCell } from "./grid";
import { isKinWord } from "./household";
import { namesFamilyField } from "./insured-family";
import { emptyRecord } from "./normalize-row";
import type { SheetClassification } from "./classify-sheet";
import type { ColumnMapping, SourceCell } from "./types";

/** What the layout needs of a column's mapping: its header and the field it feeds. */
type HeaderField = Pick<ColumnMapping, "header" | "field"> & { source?: string };

export interface DependantLayout {
  /** The column giving the dependant's relation to the member (眷屬關係, Relationship); null if none. */
  relation: number | null;
  /** The column naming the dependant when it is not the member's name column (眷屬姓名); null if the name column does. */
  memberName: number | null;
  /** The member's identity columns: blank on a dependant's row, filled on a member's. */
  keys: number[];
}

/** Share of the rows on either side that must keep the pattern. */
const SHARE = 0.9;
/** Fewer dependants' rows than this are no evidence of a layout. */
const MIN_ROWS = 2;
/** Share of a relation column's values that must name kin. */
const KIN_SHARE = 0.8;

const filled = (cell: SourceCell | undefined): boolean => !isBlankCell(cell ?? null);

/**
 * The dependants' layout of a client list, from its mapping and its columns' values; null when the
 * list has none (every row is then read as before).
 */
export function dependantLayout(
  mappings: readonly HeaderField[],
  columnValues: readonly (readonly SourceCell[])[]
): DependantLayout | null {
  const name = mappings.findIndex((m) => m.field === "name");
  if (name < 0) return null;
  const rows = Math.max(0, ...columnValues.map((values) => values.length));
  const unmapped = (i: number) => mappings[i].field === null && i !== name;
  const relations = mappings
    .map((m, i) => i)
    .filter((i) => unmapped(i) && namesFamilyField(mappings[i].header, "relation"))
    .filter((i) => {
      const texts = (columnValues[i] ?? []).map((v) => cellText(v)).filter((t) => t !== "");
      return texts.length >= MIN_ROWS && texts.filter(isKinWord).length >= texts.length * KIN_SHARE;
    });
  const relation = relations.length === 1 ? relations[0] : null;
  // A second name column, left to notes or taken for the client's contact by its header alone.
  const names = mappings
    .map((m, i) => i)
    .filter(
      (i) =>
        i !== name &&
        i !== relation &&
        (mappings[i].field === null || mappings[i].field === "mainContact") &&
        mappings[i].source !== "override" &&
        namesFamilyField(mappings[i].header, "memberName")
    );
  const memberName = names.length === 1 ? names[0] : null;
  if (relation === null && memberName === null) return null;

  const marks = [relation, memberName].filter((c): c is number => c !== null);
  const dependantRow = (r: number) => marks.some((c) => filled(columnValues[c]?.[r]));
  const anyValue = (r: number) => columnValues.some((values) => filled(values[r]));
  const dependants: number[] = [];
  const members: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (!anyValue(r)) continue;
    (dependantRow(r) ? dependants : members).push(r);
  }
  if (dependants.length < MIN_ROWS || members.length < 1) return null;
  // The first row is a member's: a dependant needs a member above.
  if (dependants[0] < members[0]) return null;

  // The member's identity: the name column when the dependant has a name column of their own,
  // else the columns filled on the members' rows, blank on the dependants' and distinct
  // (an employee number), besides the name column which names the dependant too.
  const keeps = (c: number) =>
    members.filter((r) => filled(columnValues[c]?.[r])).length >= members.length * SHARE &&
    dependants.filter((r) => !filled(columnValues[c]?.[r])).length >= dependants.length * SHARE;
  let keys: number[];
  if (memberName !== null) {
    keys = keeps(name) ? [name] : [];
  } else {
    keys = mappings
      .map((m, i) => i)
      .filter((i) => i !== name && i !== relation && keeps(i))
      .filter((i) => {
        const texts = members.map((r) => cellText(columnValues[i]?.[r] ?? null));
        return new Set(texts).size >= texts.length * SHARE;
      });
    // The name column must name the dependant on their row.
    if (
      dependants.filter((r) => filled(columnValues[name]?.[r])).length <
      dependants.length * SHARE
    )
      keys = [];
  }
  if (keys.length === 0) return null;
  return { relation, memberName, keys };
}

/**
 * A roster read from its headers alone as one client's family (姓名 | 家属姓名 | 家属关系), as
 * contacts (員工編號 | 姓名 | 關係 | 手機), or as nothing at all, whose rows split into members' (their own name or number filled, the
 * dependant's columns blank) and dependants' rows beneath them, is the members' client list.
 */
export function preferClientsForDependants(
  classification: SheetClassification,
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): SheetClassification {
  // A member number beside names and phones also reads as some clients' contacts; the
  // dependants' rows beneath members' rows say it is the members' own list.
  const key = classification.key;
  if (key !== null && key !== "Family" && key !== "Contacts") return classification;
  const names = headers.map((h, i) => i).filter((i) => namesFamilyField(headers[i], "memberName"));
  const found = names.some(
    (n) =>
      dependantLayout(
        headers.map((header, i) => ({ header, field: i === n ? "name" : null })),
        columnValues
      ) !== null
  );
  if (!found) return classification;
  return {
    key: "Clients",
    confidence: classification.confidence,
    scores: classification.scores,
  };
}

/** True when a row of the list is a dependant's: its member's identity blank, a dependant's column filled. */
export function isDependantRow(layout: DependantLayout, cells: readonly SourceCell[]): boolean {
  const marked = [layout.relation, layout.memberName].some((c) => c !== null && filled(cells[c]));
  return marked && layout.keys.every((c) => !filled(cells[c]));
}

/** The row with the dependant's name in the name column, for reading it as the list reads a person. */
export function asPersonRow(
  layout: DependantLayout,
  cells: readonly SourceCell[],
  nameColumn: number
): SourceCell[] {
  if (layout.memberName === null) return [...cells];
  const named = [...cells];
  named[nameColumn] = cells[layout.memberName] ?? null;
  named[layout.memberName] = null;
  return named;
}

/**
 * A dependant's row as a Family record: the name, relation and birthday in their fields, the
 * occupation or school where a column gives it, every other value of the row (its ID number,
 * the date cover began) in notes under its header, so nothing is lost. `person` is the row read
 * as the list reads a person (its birthday in every spelling the importer reads).
 */
export function dependantMember(
  layout: DependantLayout,
  person: RegisterRecord,
  mappings: readonly ColumnMapping[],
  cells: readonly SourceCell[]
): RegisterRecord {
  const member = emptyRecord("Family");
  const name = mappings.findIndex((m) => m.field === "name");
  member.memberName = cellText(cells[layout.memberName ?? name] ?? null) || (person.name ?? null);
  member.relation =
    layout.relation === null ? null : cellText(cells[layout.relation] ?? null) || null;
  member.birthday = person.birthday ?? null;
  const occupation = mappings.findIndex((m) => namesFamilyField(m.header, "occupationOrSchool"));
  if (occupation >= 0 && cellText(cells[occupation] ?? null) !== "")
    member.occupationOrSchool = cellText(cells[occupation] ?? null);
  const used = new Set<number>([name, occupation]);
  for (const c of [layout.relation, layout.memberName]) if (c !== null) used.add(c);
  const notes: string[] = [];
  mappings.forEach((m, i) => {
    if (used.has(i) || m.field === "birthday") return;
    const text = cellText(cells[i] ?? null);
    if (text !== "") notes.push(m.header === "" ? text : `${m.header}: ${text}`);
  });
  if (notes.length > 0) member.notes = notes.join("; ");
  return member;
}
