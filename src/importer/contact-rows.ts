/**
 * How a company list's contact columns (see contact-columns.ts) are read into Contacts records:
 * one reading per contact, each column read as the Contacts field its header gives (a phone kept as
 * written, extension and all), the name written with a title split into both. The first contact
 * with no phone or e-mail column of their own is reached on the row's phone and e-mail (联系电话
 * beside 联系人): the client's line is the contact's.
 */
import { CLIENT_CONTACT_WORDS } from "../register/vocabulary";
import type { RegisterRecord } from "../register/types";
import { nameAndTitle, type ContactColumn } from "./contact-columns";
import { cellText, isBlankCell } from "./grid";
import { matchForm } from "./header-match";
import { contactColumnsOf, firstContact } from "./map-columns";
import { withoutHonorific } from "./normalize";
import { buildRowContext, normalizeRow, NOTES_SEPARATOR, type RowContext } from "./normalize-row";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

interface Contact {
  /** The column naming the contact. */
  name: number;
  /**
   * The sheet names one person per client (联系人 beside 店名 and 电话, a firm directory's 联系人
   * and 职位): the name is the client's main contact, and no Contacts row is made.
   */
  nameOnly: boolean;
  ctx: RowContext;
}

export interface ContactsWork {
  contacts: Contact[];
  /** Every contact column the client keeps no field of: not read into the client's notes. */
  columns: Set<number>;
  /** Every contact column, for the note saying where they went. */
  all: number[];
}

type ReaderOptions = Parameters<typeof buildRowContext>[4];

let ownLineWords: string[] | undefined;
/** A phone or e-mail header that names the company's own line (公司电话, 总机, Office phone). */
function ownLine(header: string): boolean {
  ownLineWords ??= CLIENT_CONTACT_WORDS.ownLine.map(matchForm).filter((w) => w !== "");
  const h = matchForm(header);
  return ownLineWords.some((w) => h.includes(w));
}

/**
 * The contacts a company list's columns give, as map-columns decided them; null when it gives
 * none. `mappings` are the sheet's, after map-columns.
 */
export function contactsWork(
  sheetName: string,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  options: ReaderOptions
): ContactsWork | null {
  const columns = contactColumnsOf(mappings, columnValues);
  if (columns.length === 0) return null;
  const groups = new Map<string, ContactColumn[]>();
  for (const c of columns) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const contactColumn = new Set(columns.map((c) => c.index));
  const first = firstContact(columns, mappings);
  const contacts: Contact[] = [];
  for (const [group, own] of groups) {
    const name = own.find((c) => c.part === "name");
    if (!name) continue;
    // A part given twice (联系人电话 and 联系人手机) is read once; the other goes to the contact's notes.
    const fieldOf = new Map<number, string | null>();
    const taken = new Set<string>();
    for (const c of own) {
      fieldOf.set(c.index, taken.has(c.part) ? null : c.part);
      taken.add(c.part);
    }
    // A main contact with no line of their own is reached on the row's (联系电话 beside 联系人).
    if (group === first && !taken.has("phone") && !taken.has("email"))
      for (const field of ["phone", "email"]) {
        const shared = mappings.flatMap((m, i) =>
          m.field === field && !contactColumn.has(i) && !ownLine(m.header) ? [i] : []
        );
        if (shared.length === 1) fieldOf.set(shared[0], field);
      }
    const as = mappings.map((m, i): ColumnMapping => {
      if (!fieldOf.has(i)) return { ...m, field: null, source: "row-number" };
      const field = fieldOf.get(i) ?? null;
      const plain: ColumnMapping = { ...m, field, source: field === null ? "none" : "alias" };
      delete plain.joined;
      delete plain.joinSeparator;
      delete plain.joinFirst;
      return plain;
    });
    contacts.push({
      name: name.index,
      nameOnly: !name.described,
      ctx: buildRowContext(sheetName, "Contacts", as, columnValues, options),
    });
  }
  if (contacts.length === 0) return null;
  return {
    contacts,
    columns: new Set(
      columns.filter((c) => c.described && mappings[c.index].field === null).map((c) => c.index)
    ),
    all: columns.map((c) => c.index),
  };
}

/**
 * The client's main contact written with their title ("王敏 女士 (销售部 助理)") is the person's
 * name; the cell as written is kept in the client's notes, title and all.
 */
function mainContactWithTitle(client: RegisterRecord, written: string, name: string): void {
  if (client.mainContact !== written) return;
  client.mainContact = name;
  const notes = cellText(client.notes ?? null);
  if (notes.includes(written)) return;
  client.notes = notes === "" ? written : `${notes}${NOTES_SEPARATOR}${written}`;
}

/**
 * The contacts one client row names, with the issues of reading their cells (each naming sheet,
 * row and column). `client` is the client's record: a main contact written with a title
 * ("陳大文 (IT經理)") keeps the name only, the title going to the contact.
 */
export function contactsOfRow(
  work: ContactsWork,
  row: number,
  cells: readonly SourceCell[],
  client: RegisterRecord
): { records: RegisterRecord[]; issues: ImportIssue[] } {
  const records: RegisterRecord[] = [];
  const issues: ImportIssue[] = [];
  for (const contact of work.contacts) {
    const cell = cells[contact.name] ?? null;
    if (isBlankCell(cell)) continue;
    const written = cellText(cell).trim();
    const split = nameAndTitle(written);
    if (contact.nameOnly) {
      if (split.title !== undefined || split.department !== undefined)
        mainContactWithTitle(client, written, withoutHonorific(split.name) ?? split.name);
      continue;
    }
    const read = normalizeRow(contact.ctx, row, cells);
    if (read.rejected) continue;
    issues.push(...read.issues);
    const record = read.record;
    if (split.title !== undefined || split.department !== undefined) {
      const name = withoutHonorific(split.name) ?? split.name;
      record.name = name;
      if (split.title !== undefined && (record.title ?? null) === null) record.title = split.title;
      if (split.department !== undefined && (record.department ?? null) === null)
        record.department = split.department;
      if (client.mainContact === written) client.mainContact = name;
    }
    records.push(record);
  }
  return { records, issues };
}
