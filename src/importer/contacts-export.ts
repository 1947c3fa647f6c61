/**
 * A CRM's contacts export (Salesforce's "Account Name" or 帳戶名稱, HubSpot's "Company name",
 * Dynamics' "Company Name" beside each person's name, title, e-mail and phone) lists people at
 * accounts: several people work at one account. A person building the register from it makes one
 * client per account and files each person as a contact of theirs, not each person as a client
 * with the account in notes. This finds the account column of such a sheet read as a client list;
 * the sheet is then read as Contacts, linked to its accounts by name (deal-parties.ts makes the
 * accounts when the workbook has no client list).
 */
import { CLIENT_NAME_KEY, MAPPING_THRESHOLD, scoreHeader, targetsFor } from "./header-match";
import { entityOfHeader } from "./deal-parties";
import {
  companyLikeValues,
  isLeftOut,
  mapColumns,
  setEvidence,
  type ColumnInput,
} from "./map-columns";
import { cellText, isBlankCell } from "./grid";
import type { ColumnProfile } from "./profile";
import type { ColumnMapping } from "./types";

/** Share of a single name column's values that must read as people's names. */
const PERSON_NAMES = 0.6;

/** True when the header's field words name the entity's name ("Name", 名稱), or it has none. */
function namesTheEntity(words: string): boolean {
  if (words === "") return true;
  const best = scoreHeader(words, targetsFor("Clients"))[0];
  return !!best && best.confidence >= MAPPING_THRESHOLD && best.target.key === "name";
}

/** The person's details a contacts export gives beside the name: a title, a department. */
function namesPersonDetail(header: string): boolean {
  const best = scoreHeader(header, targetsFor("Contacts"))[0];
  return (
    !!best &&
    best.confidence >= MAPPING_THRESHOLD &&
    (best.target.key === "title" || best.target.key === "department")
  );
}

/**
 * A Chinese list's 公司, 单位 or 机构 beside people's names is where each works (their employer, on a
 * list of person clients); a CRM names the account by 客户 or 帳戶, and in English by Account or
 * Company Name.
 */
const EMPLOYER_WORD = /公司|企业|企業|单位|單位|机构|機構/;

/** The column's header names an account or a client by name (Account Name, 帳戶名稱, 客户名称, Company Name). */
function namesAccount(column: ColumnInput): boolean {
  const header = column.header.text;
  const entity = entityOfHeader(header);
  if (!entity || (entity.party !== "organisation" && entity.party !== "client")) return false;
  if (EMPLOYER_WORD.test(header)) return false;
  return namesTheEntity(entity.field);
}

/**
 * Worth reading a client list as Contacts to see: a column names an account and another gives a
 * person's title or department.
 */
export function mayBeContactsExport(columns: readonly ColumnInput[]): boolean {
  return (
    columns.some((c) => c.header.candidates.some(namesPersonDetail)) && columns.some(namesAccount)
  );
}

/**
 * A template with no rows yet, read by its header alone: a column of a person's name (HCP, 姓名)
 * beside a column naming the account (Customer, 客户名称) and that person's title or department is a
 * decision map, Contacts, unless the person is the client's own contact (联系人 beside a client
 * list's names: its main contact).
 */
export function contactsTemplate(columns: readonly ColumnInput[]): boolean {
  if (!mayBeContactsExport(columns)) return false;
  const read = (registerSheet: "Contacts" | "Clients") =>
    mapColumns({ sheetName: "", registerSheet, columns, overrides: new Map() }).columns;
  const asContacts = read("Contacts");
  const name = asContacts.findIndex((m) => m.field === "name");
  if (name < 0 || !asContacts.some((m, i) => i !== name && m.field === CLIENT_NAME_KEY))
    return false;
  if (!asContacts.some((m) => m.field === "title" || m.field === "department")) return false;
  return read("Clients")[name].field !== "mainContact";
}

/**
 * The account column of a sheet read as Contacts that is a contacts export, or null: the name columns hold
 * people (a first and a last name joined, or one column of personal names); another column's
 * header names an organisation or a client by name (Account Name, Company Name, 帳戶名稱,
 * 客户名称) and its values are organisations' names; some account has several people; and a
 * person's title or department is given. Not when a person chose the mapping of either column.
 */
export function contactsAccountColumn(
  columns: readonly ColumnInput[],
  mappings: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[]
): ContactsAccount | null {
  const names = mappings.flatMap((m, i) => (m.field === "name" ? [i] : []));
  if (names.length === 0 || names.some((i) => mappings[i].source === "override")) return null;
  const persons =
    names.length > 1
      ? names.every((i) => mappings[i].joined === true)
      : (profiles[names[0]]?.personName ?? 0) >= PERSON_NAMES;
  if (!persons) return null;
  if (!columns.some((c) => c.header.candidates.some(namesPersonDetail))) return null;
  const account = columns.findIndex((column, i) => {
    const m = mappings[i];
    if (names.includes(i) || isLeftOut(m) || m.source === "override") return false;
    if (m.field !== null && m.field !== CLIENT_NAME_KEY) return false;
    return namesAccount(column) && companyLikeValues(column.values);
  });
  if (account < 0) return null;
  const personOf = (row: number) =>
    names.map((i) => cellText(columns[i].values[row] ?? null).trim()).join(" ");
  // Contacts at accounts name their account on (nearly) every row; a list where most people have
  // none (a HubSpot export with the associated company's columns appended) is of people in their
  // own right, the company beside some of them their employer.
  const withPerson = columns[account].values.filter((_, row) => personOf(row).trim() !== "");
  const withAccount = withPerson.filter((v) => !isBlankCell(v)).length;
  if (withAccount < withPerson.length * 0.5) return null;
  // Several people at one account: the rows are the people, the accounts fewer.
  const people = new Map<string, Set<string>>();
  columns[account].values.forEach((v, row) => {
    if (isBlankCell(v)) return;
    const key = cellText(v).trim().toLowerCase();
    const person = personOf(row);
    if (key === "" || person.trim() === "") return;
    const set = people.get(key) ?? new Set<string>();
    set.add(person);
    people.set(key, set);
  });
  // A partner list holds its companies as rows of their own (Odoo's Related Company names one):
  // partner-rows.ts reads it; a contacts export names accounts that are no row of it.
  const rowNames = new Set(
    columns[account].values.map((_, row) => personOf(row).trim().toLowerCase())
  );
  if ([...people.keys()].some((key) => rowNames.has(key))) return null;
  const several = [...people.values()].some((set) => set.size >= 2);
  const total = [...people.values()].reduce((n, set) => n + set.size, 0);
  return several && people.size < total
    ? { column: account, accounts: people.size, people: total }
    : null;
}

export interface ContactsAccount {
  /** The account column, and how many accounts and people it names. */
  column: number;
  accounts: number;
  people: number;
}

/** The account column read as each contact's client, with the evidence for it. */
export function linkToAccount(mapping: ColumnMapping, found: ContactsAccount): void {
  Object.assign(mapping, { field: CLIENT_NAME_KEY, confidence: 0.8, source: "subject" });
  setEvidence(mapping, [
    {
      code: "map.why.contacts-account",
      params: { header: mapping.header, accounts: found.accounts, people: found.people },
    },
  ]);
}
