/**
 * A CRM's partner list (Odoo's res.partner export, and the many lists shaped like it) holds
 * companies, the people working at them and the companies' other addresses in one table. A person
 * reads each row for what it is:
 *
 * - a row with a parent company ("Related Company", parent_id) that is not itself a company is a
 *   person at that company: a contact of that client (Contacts), not a client of its own;
 * - Odoo's display name "Company, Person" says the same without a parent column, when the company
 *   part stands before several rows (or is a row of its own);
 * - such a row whose address type is invoice, delivery, other or private is one of the company's
 *   addresses: neither a client nor a contact;
 * - "Is a Company" / is_company (True, False) says the client's kind;
 * - every other row is a client.
 *
 * Pure functions over the mapped columns; import.ts turns the roles into records.
 */
import { namesOrganisation } from "../register/catalog";
import { cellText, columnLetter } from "./grid";
import { matchForm } from "./header-match";
import { columnLabel, setEvidence } from "./map-columns";
import { COMPANY_VALUE } from "./profile";
import type { ColumnMapping, SourceCell } from "./types";

/** A parent company's column: Odoo's parent_id and its label in three languages. */
const PARENT_HEADERS = new Set(
  [
    "parent_id",
    "parent_id/name",
    "parent_id/display_name",
    "parent",
    "parent company",
    "related company",
    "company (parent)",
    "所属公司",
    "所屬公司",
    "上级公司",
    "上級公司",
    "关联公司",
    "關聯公司",
  ].map(matchForm)
);
const IS_COMPANY_HEADERS = new Set(
  [
    "is_company",
    "is a company",
    "is company",
    "是否公司",
    "是公司",
    "是否为公司",
    "是否為公司",
  ].map(matchForm)
);
const TYPE_HEADERS = new Set(
  ["type", "address type", "contact type", "地址类型", "地址類型", "联系人类型", "聯絡人類型"].map(
    matchForm
  )
);

/** Odoo's address types, as keys, labels and their Chinese labels. */
const ADDRESS_TYPES: Record<string, "contact" | "address"> = {
  contact: "contact",
  联系人: "contact",
  聯絡人: "contact",
  invoice: "address",
  "invoice address": "address",
  delivery: "address",
  "delivery address": "address",
  "shipping address": "address",
  other: "address",
  "other address": "address",
  private: "address",
  "private address": "address",
  followup: "address",
  "follow-up address": "address",
  发票地址: "address",
  發票地址: "address",
  送货地址: "address",
  送貨地址: "address",
  交货地址: "address",
  交貨地址: "address",
  其他地址: "address",
  私人地址: "address",
};

const TRUE_WORDS = new Set(["true", "1", "yes", "y", "是", "company", "公司", "企业", "企業"]);
const FALSE_WORDS = new Set([
  "false",
  "0",
  "no",
  "n",
  "否",
  "individual",
  "person",
  "个人",
  "個人",
]);

/** A person's name as a list writes it: 2–4 Han characters, or two or three capitalised words. */
const PERSON_NAME = /^(?:[\u3400-\u9fff·•]{2,4}|[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]*){1,2})$/u;

function isOrganisation(name: string): boolean {
  return COMPANY_VALUE.test(name) || namesOrganisation(name);
}

function looksLikePerson(name: string): boolean {
  return PERSON_NAME.test(name) && !isOrganisation(name) && !/^[A-Z .'-]+$/.test(name);
}

export interface PartnerLayout {
  /** The name column (index into the mappings). */
  name: number;
  /** The parent company's column, or -1. */
  parent: number;
  /** The "is a company" column, or -1. */
  isCompany: number;
  /** Odoo's address type column, or -1. */
  type: number;
  /** Company parts of "Company, Person" names that name a company (stand before several rows). */
  companies: Set<string>;
}

/** "Omega Signs Co., Ella Northcott" → the company and the person, when it splits that way. */
function splitName(name: string): { company: string; person: string } | null {
  const at = name.lastIndexOf(", ");
  if (at <= 0) return null;
  const company = name.slice(0, at).trim();
  const person = name.slice(at + 2).trim();
  return company !== "" && looksLikePerson(person) ? { company, person } : null;
}

function texts(values: readonly SourceCell[] | undefined): string[] {
  return (values ?? []).map((v) => cellText(v).trim());
}

function headerIn(mapping: ColumnMapping, set: ReadonlySet<string>): boolean {
  return set.has(matchForm(mapping.header)) || set.has(matchForm(mapping.label ?? ""));
}

/**
 * The partner layout of a Clients sheet, or null when its rows are plain clients: it needs a
 * parent column naming other rows' companies, or "Company, Person" names under shared companies.
 */
export function partnerLayout(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): PartnerLayout | null {
  const name = mappings.findIndex((m) => m.field === "name");
  if (name < 0) return null;
  const names = texts(columnValues[name]);
  const find = (set: ReadonlySet<string>) =>
    mappings.findIndex((m, i) => i !== name && m.field !== "name" && headerIn(m, set));

  let parent = find(PARENT_HEADERS);
  if (parent >= 0) {
    // A parent column of people's companies: some of its rows name another row's company, not
    // themselves (a group's "Parent Company" names the parent itself on the parent's row).
    const parents = texts(columnValues[parent]);
    const others = parents.filter((p, r) => p !== "" && p !== names[r]).length;
    if (others < 2) parent = -1;
  }
  const isCompany = find(IS_COMPANY_HEADERS);
  let type = find(TYPE_HEADERS);
  if (type >= 0 && !holdsAddressTypes(columnValues[type])) type = -1;

  const counts = new Map<string, number>();
  for (const n of names) {
    const split = splitName(n);
    if (split) counts.set(split.company, (counts.get(split.company) ?? 0) + 1);
  }
  const own = new Set(names);
  const companies = new Set([...counts].filter(([c, k]) => k >= 2 || own.has(c)).map(([c]) => c));
  if (parent < 0 && companies.size === 0) return null;
  return { name, parent, isCompany, type, companies };
}

function yesNo(cell: SourceCell | undefined): boolean | null {
  if (typeof cell === "boolean") return cell;
  const text = cellText(cell ?? null)
    .trim()
    .toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return null;
}

export type PartnerRole =
  | { role: "client"; kind: "person" | "enterprise" | null }
  | { role: "contact"; company: string; person: string }
  | { role: "address"; company: string; type: string };

/** What one row of a partner list is. */
export function partnerRole(layout: PartnerLayout, cells: readonly SourceCell[]): PartnerRole {
  const name = cellText(cells[layout.name] ?? null).trim();
  const company = layout.isCompany >= 0 ? yesNo(cells[layout.isCompany]) : null;
  let parent: { company: string; person: string } | null = null;
  const split = splitName(name);
  if (split && layout.companies.has(split.company)) parent = split;
  else if (layout.parent >= 0 && company !== true) {
    const named = cellText(cells[layout.parent] ?? null).trim();
    // Without "Is a Company" the row must read as a person's name: a group's subsidiary names its
    // parent company too.
    if (named !== "" && named !== name && (company === false || looksLikePerson(name)))
      parent = { company: named, person: name };
  }
  if (!parent) {
    if (company !== null) return { role: "client", kind: company ? "enterprise" : "person" };
    if (layout.companies.size > 0 && looksLikePerson(name))
      return { role: "client", kind: "person" };
    return { role: "client", kind: null };
  }
  const typeText = layout.type >= 0 ? cellText(cells[layout.type] ?? null).trim() : "";
  if (ADDRESS_TYPES[typeText.toLowerCase()] === "address")
    return { role: "address", company: parent.company, type: typeText };
  return { role: "contact", ...parent };
}

/** True when nearly every value of the column is one of Odoo's address types ("Contact", "Invoice Address"). */
export function holdsAddressTypes(values: readonly SourceCell[] | undefined): boolean {
  const filled = texts(values).filter((t) => t !== "");
  const known = filled.filter((t) => ADDRESS_TYPES[t.toLowerCase()] !== undefined).length;
  return filled.length > 0 && known >= filled.length * 0.9;
}

/** The mapping of an address-type column: no field (its values go to notes), and why. */
export function addressTypeMapping(
  column: { index: number; text: string },
  values: readonly SourceCell[]
): ColumnMapping {
  return unmappedBecause(column, values, "map.why.address-types");
}

/** Odoo's salesperson in an import-compatible export: user_id, holding the users' names. */
const USER_HEADERS = new Set(["user_id", "user_id/name", "user_id/display_name"].map(matchForm));

/**
 * A client list's user_id column is its salesperson (Odoo's res.partner) when its values are
 * people's names: the owner, when no column is one yet. A user_id of codes stays unmapped.
 */
export function ownerFromUserId(
  mappings: ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): void {
  if (mappings.some((m) => m.field === "owner")) return;
  const at = mappings.findIndex(
    (m) => m.field === null && m.source === "none" && headerIn(m, USER_HEADERS)
  );
  if (at < 0) return;
  const filled = texts(columnValues[at]).filter((t) => t !== "");
  const names = filled.filter((t) => PERSON_NAME.test(t) && !isOrganisation(t)).length;
  if (filled.length === 0 || names < filled.length * 0.8) return;
  const m = mappings[at];
  Object.assign(m, { field: "owner", confidence: 0.8, source: "values" });
  setEvidence(m, [{ code: "map.why.user-names", params: { header: m.header } }]);
}

/**
 * True when the column's values repeat each row's name: the same name (Odoo's commercial entity
 * of a company), or the name followed by ", " and more (a child contact's display name
 * "PACIFICO FORWARDING SRL, Catalina Diaz"). Three such values at least, and no other on a row
 * that has a name. A column that stands on more rows without a name than with one is no copy of
 * it: it names those rows (用戶名稱 on every row, 公司名稱 on the company subscribers' alone).
 */
export function repeatsName(
  values: readonly SourceCell[] | undefined,
  names: readonly SourceCell[] | undefined
): boolean {
  let filled = 0;
  let repeated = 0;
  let nameless = 0;
  (values ?? []).forEach((v, r) => {
    const text = cellText(v ?? null).trim();
    const name = cellText(names?.[r] ?? null).trim();
    if (text !== "" && name === "") nameless++;
    // Rows without a name (a record's further rows) say nothing either way.
    if (text === "" || name === "") return;
    filled++;
    if (text === name || text.startsWith(`${name}, `)) repeated++;
  });
  return repeated >= 3 && repeated === filled && nameless <= filled;
}

/** The mapping of a column that repeats the row's name: no field, and why. */
export function repeatedNameMapping(
  column: { index: number; text: string },
  values: readonly SourceCell[]
): ColumnMapping {
  return unmappedBecause(column, values, "map.why.repeats-name");
}

/** A column that takes no field for a reason naming its header; its values go to notes. */
function unmappedBecause(
  column: { index: number; text: string },
  values: readonly SourceCell[],
  code: "map.why.address-types" | "map.why.repeats-name"
): ColumnMapping {
  const mapping: ColumnMapping = {
    index: column.index,
    letter: columnLetter(column.index),
    header: column.text,
    field: null,
    confidence: 0,
    source: "none",
    samples: texts(values)
      .filter((t) => t !== "")
      .slice(0, 3),
  };
  setEvidence(mapping, [{ code, params: { header: column.text } }]);
  return mapping;
}

/** The column read as the kind from True/False ("Is a Company"), or -1. */
export function isCompanyColumn(mappings: readonly ColumnMapping[]): number {
  return mappings.findIndex((m) => m.field === "kind" && headerIn(m, IS_COMPANY_HEADERS));
}

/**
 * An "Is a Company" column's values as the kind words they stand for (True → "enterprise", False →
 * "person"), so the column is weighed and read as the kind; null when the header is another or its
 * values are not yes and no.
 */
export function isCompanyValues(
  header: { text: string; candidates: readonly string[] },
  values: readonly SourceCell[]
): SourceCell[] | null {
  const named = [header.text, ...header.candidates].some((t) =>
    IS_COMPANY_HEADERS.has(matchForm(t))
  );
  if (!named) return null;
  let filled = 0;
  let read = 0;
  const words = values.map((v) => {
    if (cellText(v ?? null).trim() === "") return v;
    filled++;
    const company = yesNo(v);
    if (company === null) return v;
    read++;
    return company ? "enterprise" : "person";
  });
  return filled > 0 && read >= filled * 0.9 ? words : null;
}

/** The row with its "Is a Company" cell as the kind word the kind column reads (True → "enterprise"). */
export function withKindWord(cells: SourceCell[], column: number): SourceCell[] {
  const company = yesNo(cells[column]);
  if (company === null) return cells;
  const copy = [...cells];
  copy[column] = company ? "enterprise" : "person";
  return copy;
}

/** "D (Related Company)" for messages. */
export function partnerColumnLabel(mappings: readonly ColumnMapping[], column: number): string {
  const m = mappings[column];
  return m ? columnLabel(m.letter, m.header) : columnLetter(column + 1);
}
