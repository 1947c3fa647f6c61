/**
 * Contacts are people attached to a party: a company or client named on each row (an account
 * column), a client number several people share or that links to a client list, or a client the
 * workbook names beside them (a key account's facts, a client list they hang under). A list of
 * people with none of these is a list of people a person keeps as clients — members, devotees,
 * subscribers — however many phone, e-mail, division or role columns it has: read as Clients.
 */
import { CLIENT_CONTACT_WORDS } from "../register/vocabulary";
import { foldScript } from "../register/vocabulary/fold";
import type { SheetAnalysis } from "./analyse-sheet";
import { cellText } from "./grid";
import type { SourceCell } from "./types";

/** Fewer filled cells than this in a party column say nothing. */
const MIN_FILLED = 2;
/** A party column whose values are the row's own name on this share of rows names no one else. */
const OWN_NAME_SHARE = 0.8;

function texts(values: readonly SourceCell[]): string[] {
  return values.map((v) => cellText(v).trim());
}

let roleWords: { latin: string[]; han: string[] } | null = null;

/**
 * True when a header names a person's role or title (职位名称, 職位代號, "Position Name", Role): the
 * position the person holds, whatever name word follows it, not the party they belong to.
 */
export function namesRole(header: string): boolean {
  roleWords ??= (() => {
    const words = CLIENT_CONTACT_WORDS.title.map((w) =>
      foldScript(w.normalize("NFKC").toLowerCase())
    );
    return {
      latin: words.filter((w) => /^[a-z ]+$/.test(w)),
      han: words.filter((w) => !/^[a-z ]+$/.test(w)),
    };
  })();
  const text = foldScript(header.normalize("NFKC").toLowerCase());
  if (roleWords.han.some((w) => text.includes(w))) return true;
  const words = ` ${text.replace(/[^a-z]+/g, " ").trim()} `;
  return roleWords.latin.some((w) => words.includes(` ${w} `));
}

/** Distinct filled values of a column, and how many cells are filled. */
function spread(values: readonly SourceCell[]): { filled: string[]; distinct: Set<string> } {
  const filled = texts(values).filter((t) => t !== "");
  return { filled, distinct: new Set(filled) };
}

/**
 * The column (index) naming each row's party in a table read as Contacts, or -1: a client-name
 * column that is no role and no copy of the row's own name, or a client-number column several rows
 * share (a number on every row once is the person's own).
 */
export function partyColumn(a: SheetAnalysis): number {
  const columns = a.mapping.columns;
  const nameAt = columns.findIndex((c) => c.field === "name");
  const own = nameAt >= 0 ? texts(a.columnValues[nameAt] ?? []) : [];
  return columns.findIndex((c, i) => {
    const values = a.columnValues[i] ?? [];
    const { filled, distinct } = spread(values);
    if (filled.length < MIN_FILLED) return false;
    if (c.field === "clientName") {
      if (namesRole(c.header)) return false;
      const same = texts(values).filter((t, r) => t !== "" && t === own[r]).length;
      return same < filled.length * OWN_NAME_SHARE;
    }
    if (c.field === "clientId") return distinct.size < filled.length;
    return false;
  });
}

/**
 * The tables read as Contacts that are lists of people with no party: no party column, not under
 * or beside a client's form, not captioned as a client's contacts, and no other table of the
 * workbook read as clients (they could be that list's people). A person's choice always holds.
 */
export function contactsWithoutParty(analyses: readonly SheetAnalysis[]): SheetAnalysis[] {
  const tables = analyses.filter((a) => a.table && !a.loose && !a.notData);
  const clients = tables.filter((a) => a.mapping.registerSheet === "Clients");
  if (clients.length > 0) return [];
  return tables.filter(
    (a) =>
      a.mapping.registerSheet === "Contacts" &&
      !a.overridden &&
      !a.form &&
      a.block === null &&
      partyColumn(a) < 0
  );
}

/** The firm's name as compared across sheets: case, width and spacing aside. */
function firmKey(text: string): string {
  return foldScript(text.normalize("NFKC").toLowerCase()).replace(/\s+/g, " ").trim();
}

/**
 * The tables read as Contacts that are lists of firms, each with the one person to call there
 * (COMPANY NAME | PERSON IN CHARGE | PHONE, 公司名称 | 联系人 | 电话): the firm column stands left of
 * the person's, and no firm names two people. A person keeps such a list as the firms they serve
 * and whom to ask for at each — the clients — unless another table of the workbook lists those
 * firms as its clients: then the people are those clients' contacts. A list of people leads with
 * the person (a LinkedIn export, attendees with their employer); a firm with several people is
 * a decision map. A person's choice always holds.
 */
export function firmsWithOnePerson(
  analyses: readonly SheetAnalysis[]
): { list: SheetAnalysis; contact: number }[] {
  const tables = analyses.filter((a) => a.table && !a.loose && !a.notData);
  const listed = new Set<string>();
  for (const a of tables) {
    if (a.mapping.registerSheet !== "Clients") continue;
    const at = a.mapping.columns.findIndex((c) => c.field === "name");
    for (const v of a.columnValues[at] ?? []) listed.add(firmKey(cellText(v)));
  }
  return tables.flatMap((a) => {
    if (a.mapping.registerSheet !== "Contacts" || a.overridden || a.form || a.block !== null)
      return [];
    const columns = a.mapping.columns;
    const person = columns.findIndex((c) => c.field === "name");
    const firm = columns.findIndex((c) => c.field === "clientName");
    if (person < 0 || firm < 0 || firm > person || namesRole(columns[firm].header)) return [];
    const firms = texts(a.columnValues[firm] ?? []);
    const people = texts(a.columnValues[person] ?? []);
    const personOf = new Map<string, string>();
    let rows = 0;
    for (let r = 0; r < firms.length; r++) {
      const f = firmKey(firms[r] ?? "");
      const p = firmKey(people[r] ?? "");
      if (f === "" || p === "") continue;
      if (f === p || listed.has(f)) return [];
      const known = personOf.get(f);
      if (known !== undefined && known !== p) return [];
      personOf.set(f, p);
      rows++;
    }
    return rows > 0 ? [{ list: a, contact: person }] : [];
  });
}
