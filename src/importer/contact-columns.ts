/**
 * A list of companies that names a person to call at each (联系人 / 联系人职务 / 联系人手机, 聯絡人,
 * Contact / Contact Title / Contact Email, Champion / Champion Email, 负责人, a second contact
 * 联系人2 / 联系人2电话) says who the client's contacts are: a person writes one contact per person
 * named on the row, linked to the client, with the title, phone and e-mail given beside the name.
 * The company stays the client (and an enterprise); its own phone and e-mail stay on it. A name
 * written with its title ("陳大文 (IT經理)", "Ms Lee - CFO") is the name and the title. A list
 * of one person per company (a firm directory's 联系人 and 职位) names each client's main contact:
 * no Contacts rows, the title kept in the client's notes.
 * The header words are data (register/vocabulary/headers/contacts.ts).
 */
import { CLIENT_CONTACT_WORDS } from "../register/vocabulary";
import { namesCompanyHeader, namesOrganisation } from "../register/catalog";
import { cellText, isBlankCell } from "./grid";
import { isEmptyMark } from "./normalize/cell";
import { looksLikePersonName } from "./person-name";
import { matchForm } from "./header-match";
import { COMPANY_VALUE, looksLikeDepartment, looksLikeJobTitle, profileColumn } from "./profile";
import type { SourceCell } from "./types";

/** The Contacts field a column of a contact gives. */
export type ContactPart = "name" | "title" | "department" | "phone" | "email";

export interface ContactColumn {
  index: number;
  /**
   * Which contact of the row: the person word and the number after it (联系人 and 联系人2 are
   * two contacts, "Contact" and "Champion" too).
   */
  group: string;
  part: ContactPart;
  /**
   * The sheet names several people per company: a second contact beside this one (联系人2,
   * Champion beside Contact), or a company named on two rows with a different person on each.
   * One person per company, even with their title (a firm directory's 联系人 and 职位), is the
   * client's main contact, and makes no Contacts row.
   */
  described: boolean;
}

const PARTS: readonly ContactPart[] = ["name", "title", "department", "phone", "email"];

interface Words {
  person: string[];
  parts: Map<string, ContactPart>;
  second: string[];
  payer: string[];
  principal: string[];
}
let words: Words | undefined;
function vocabulary(): Words {
  if (words === undefined) {
    const form = (w: string) => matchForm(w);
    const parts = new Map<string, ContactPart>();
    for (const part of PARTS)
      for (const w of CLIENT_CONTACT_WORDS[part]) if (form(w) !== "") parts.set(form(w), part);
    words = {
      person: CLIENT_CONTACT_WORDS.person
        .map(form)
        .filter((w) => w !== "")
        .sort((a, b) => b.length - a.length),
      parts,
      second: CLIENT_CONTACT_WORDS.second.map(form).filter((w) => w !== ""),
      principal: CLIENT_CONTACT_WORDS.principal.map(form).filter((w) => w !== ""),
      payer: CLIENT_CONTACT_WORDS.payer
        .map(form)
        .filter((w) => w !== "")
        .sort((a, b) => b.length - a.length),
    };
  }
  return words;
}

/** One header form read as a contact's column: 联系人2电话 → (2, phone), "Contact Title" → (1, title). */
function readForm(h: string): { group: string; part: ContactPart } | null {
  const v = vocabulary();
  let group = 1;
  let rest = h;
  const second = v.second.find((w) => rest.startsWith(w));
  if (second) {
    group = 2;
    rest = rest.slice(second.length);
  }
  // Billing Contact, 财务联系人: the invoices' person is a contact apart from the plain one.
  const afterPayer = (w: string) => v.person.some((p) => rest.slice(w.length).startsWith(p));
  const payer = v.payer.find((w) => rest.startsWith(w) && afterPayer(w));
  if (payer) rest = rest.slice(payer.length);
  const found = v.person.find((w) => rest.startsWith(w));
  if (!found) return null;
  const person = `${payer ?? ""}${found}`;
  rest = rest.slice(found.length);
  const lead = /^(\d)/.exec(rest);
  if (lead) {
    group = Number(lead[1]);
    rest = rest.slice(1);
  } else {
    const trail = /(\d)$/.exec(rest);
    if (trail) {
      group = Number(trail[1]);
      rest = rest.slice(0, -1);
    }
  }
  if (group < 1) return null;
  const key = `${person}#${group}`;
  if (rest === "") return { group: key, part: "name" };
  const part = v.parts.get(rest);
  return part ? { group: key, part } : null;
}

/**
 * The contact and the part of them a header names: 联系人 → the first contact's name, 联系人职务
 * → their title, 联系人2电话 → the second contact's phone, "聯絡人 Contact" (one header in two
 * languages) → the first contact's name. Null for other headers (联系电话 is the client's phone).
 */
export function contactOfHeader(header: string): { group: string; part: ContactPart } | null {
  const whole = readForm(matchForm(header));
  if (whole) return whole;
  // A header in two languages, "聯絡人 Contact": either half may say it.
  const halves = header
    .split(/(?<=[\u3400-\u9fff])\s*(?=[A-Za-z])|(?<=[A-Za-z])\s*(?=[\u3400-\u9fff])/)
    .map((h) => h.trim())
    .filter((h) => h !== "");
  if (halves.length < 2) return null;
  const read = halves.map((h) => readForm(matchForm(h)));
  const found = read.find((r) => r !== null) ?? null;
  // The two halves name one contact in two languages: they must agree on the part.
  return found && read.every((r) => r === null || r.part === found.part) ? found : null;
}

/** Share of a client list's names that must be organisations' for its people to be contacts. */
const ORGANISATION_SHARE = 0.5;

/** Whether a client list's names are organisations' (…有限公司, …中学, … Ltd, "Account Name"). */
export function namesOrganisations(header: string, values: readonly SourceCell[]): boolean {
  if (namesCompanyHeader(header)) return true;
  const names = values.filter((v) => !isBlankCell(v)).map((v) => cellText(v).trim());
  if (names.length === 0) return false;
  const organisations = names.filter((n) => COMPANY_VALUE.test(n) || namesOrganisation(n)).length;
  return organisations / names.length >= ORGANISATION_SHARE;
}

/** A contact's name column holds people: text, hardly any organisations. */
function holdsPeople(values: readonly SourceCell[]): boolean {
  if (!values.some((v) => !isBlankCell(v))) return false;
  const p = profileColumn(values);
  return p.text >= 0.8 && p.company <= 0.2;
}

/**
 * The columns of a company list that give its clients' contacts, by contact. A contact counts only
 * with a name column of people; their other columns come with them. Lists whose clients are not
 * organisations have none (a person's 联系人 is someone to reach them through, not their contact).
 * `skip` holds columns that are not the contacts' to look at (the client's name).
 */
export function clientContactColumns(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[],
  nameColumn: number,
  skip: ReadonlySet<number> = new Set()
): ContactColumn[] {
  if (
    nameColumn < 0 ||
    !namesOrganisations(headers[nameColumn] ?? "", columnValues[nameColumn] ?? [])
  )
    return [];
  const found: Omit<ContactColumn, "described">[] = [];
  headers.forEach((header, index) => {
    if (index === nameColumn || skip.has(index)) return;
    const read = contactOfHeader(header);
    if (read) found.push({ index, ...read });
  });
  const named = new Set(
    found
      .filter((c) => c.part === "name" && holdsPeople(columnValues[c.index] ?? []))
      .map((c) => c.group)
  );
  // The company's principal beside the person to contact (负责人 | 联系人) is a fact of the company.
  const principal = (group: string) =>
    vocabulary().principal.some((w) => group.startsWith(`${w}#`));
  if ([...named].some((g) => !principal(g)))
    for (const g of [...named]) if (principal(g)) named.delete(g);
  // One name column per contact: a second one is not a contact's name.
  let nameSeen = new Set<string>();
  const out = found.filter((c) => {
    if (!named.has(c.group)) return false;
    if (c.part !== "name") return true;
    if (nameSeen.has(c.group)) return false;
    nameSeen.add(c.group);
    return true;
  });
  nameSeen = new Set();
  const several =
    new Set(out.map((c) => c.group)).size > 1 ||
    out.some(
      (c) =>
        c.part === "name" &&
        firmWithSeveralPeople(columnValues[nameColumn] ?? [], columnValues[c.index] ?? [])
    );
  return out.map((c) => ({ ...c, described: several }));
}

/** Share of a list's firms named with two people or more for the list to name several per firm. */
const SEVERAL_PEOPLE_SHARE = 0.1;

/**
 * The list names several people per firm: firms named on two rows or more with a different person
 * on each (the firm's buyer on one row, its accountant on another), one firm in ten at least. A
 * firm named twice among hundreds is a duplicate; a cell of phones or several people is no person.
 */
function firmWithSeveralPeople(
  firms: readonly SourceCell[],
  people: readonly SourceCell[]
): boolean {
  const peopleOf = new Map<string, Set<string>>();
  for (let i = 0; i < firms.length; i++) {
    const firm = firms[i] ?? null;
    const person = people[i] ?? null;
    if (isBlankCell(firm) || isBlankCell(person) || isEmptyMark(firm) || isEmptyMark(person))
      continue;
    const name = nameAndTitle(cellText(person)).name;
    if (!looksLikePersonName(name)) continue;
    const key = matchForm(cellText(firm));
    peopleOf.set(key, (peopleOf.get(key) ?? new Set<string>()).add(name));
  }
  const several = [...peopleOf.values()].filter((named) => named.size > 1).length;
  return several > 0 && several >= peopleOf.size * SEVERAL_PEOPLE_SHARE;
}

const BRACKETED = /^(.+?)\s*[(（]\s*([^()（）]+?)\s*[)）]$/;
const DASHED = /^(.+?)\s+[-–—|/,，]\s*(.+)$|^(.+?)\s*[,，]\s*(.+)$/;

/**
 * A contact's name as written with their title: "陳大文 (IT經理)" → 陳大文 + IT經理, "Ms Lee - CFO" →
 * Ms Lee + CFO, "王芳（财务部）" → 王芳 + 财务部 as the department. Anything else is the name alone.
 */
export function nameAndTitle(text: string): { name: string; title?: string; department?: string } {
  const t = text.trim();
  const bracket = BRACKETED.exec(t);
  const dash = bracket ? null : DASHED.exec(t);
  const name = bracket?.[1] ?? dash?.[1] ?? dash?.[3];
  const after = bracket?.[2] ?? dash?.[2] ?? dash?.[4];
  if (name === undefined || after === undefined) return { name: t };
  if (looksLikeJobTitle(after)) return { name: name.trim(), title: after.trim() };
  if (looksLikeDepartment(after)) return { name: name.trim(), department: after.trim() };
  return { name: t };
}
