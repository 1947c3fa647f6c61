/**
 * A list read as clients whose firm is written once over several rows (merged down its group, or
 * typed again row after row), each row naming a different person under the firm's contact column
 * with that person's own phone or post: the rows are the firm's people, not one client told several
 * times. A person keeps each of them as a contact of the firm — reading the rows as clients would
 * merge them into one and keep only the first person. A firm with one person stays a client with
 * its main contact.
 */
import { cellText, isBlankCell } from "./grid";
import type { SourceCell } from "./types";

/** Rows naming a person, at the least, before the firms' groups say anything. */
const MIN_PEOPLE = 2;
/** Share of the people that must stand in a firm with several people. */
const IN_GROUPS = 0.6;
/** Share of the people that may be named under more than one firm (a namesake, a typo). */
const SERVING = 0.1;

export interface FirmPeople {
  firms: number;
  people: number;
}

/**
 * The distinct people (lower-cased) named under each firm, and how many rows named one. With
 * `skipSelf`, a row whose person is written as the firm itself (or either is empty text) names
 * no one: a one-person business listed under its own name.
 */
function peopleByFirm(
  firms: readonly SourceCell[],
  people: readonly SourceCell[],
  { skipSelf }: { skipSelf: boolean }
): { peopleOf: Map<string, Set<string>>; rows: number } {
  const peopleOf = new Map<string, Set<string>>();
  let rows = 0;
  people.forEach((cell, row) => {
    const firm = firms[row] ?? null;
    if (isBlankCell(cell) || isBlankCell(firm)) return;
    const key = cellText(firm).trim().toLowerCase();
    const person = cellText(cell).trim().toLowerCase();
    if (skipSelf && (key === "" || person === "" || key === person)) return;
    const set = peopleOf.get(key) ?? new Set<string>();
    set.add(person);
    peopleOf.set(key, set);
    rows++;
  });
  return { peopleOf, rows };
}

/**
 * How many firms and people a client list's firm and contact columns hold when most people share
 * their firm with others (the firm's value given on, or merged down over, each of its rows), else
 * null. `firms` holds the firm on every row its merge covers.
 */
export function firmsOfSeveralPeople(
  firms: readonly SourceCell[],
  contacts: readonly SourceCell[]
): FirmPeople | null {
  const { peopleOf, rows } = peopleByFirm(firms, contacts, { skipSelf: true });
  if (rows < MIN_PEOPLE) return null;
  // A firm's own people are under that firm alone: one person under several firms is someone
  // serving them (a sales agent, a rep), and the rows are that person's work, not the firms' people.
  const firmsOf = new Map<string, number>();
  for (const set of peopleOf.values())
    for (const person of set) firmsOf.set(person, (firmsOf.get(person) ?? 0) + 1);
  const serving = [...firmsOf.values()].filter((n) => n > 1).length;
  if (serving > firmsOf.size * SERVING) return null;
  const people = [...peopleOf.values()].reduce((n, set) => n + set.size, 0);
  const grouped = [...peopleOf.values()]
    .filter((set) => set.size >= 2)
    .reduce((n, set) => n + set.size, 0);
  // Most of the list's rows are such people: a client list where one firm gives two contacts
  // among clients of one row each stays a client list (that firm one client with both).
  const listed = firms.filter((firm) => !isBlankCell(firm)).length;
  return grouped > 0 && grouped >= Math.max(people, listed) * IN_GROUPS
    ? { firms: peopleOf.size, people }
    : null;
}

/** Share of a column's values that must read as organisations' names when no header says so. */
const ORGANISATIONS = 0.6;
/**
 * Share of the organisations that must name several people when only the header says the rows are
 * contacts: one in ten at least (a call list where a few companies give two people stays clients).
 */
const SHARED_ORGANISATIONS = 0.1;
/** Share of the person column's values that must read as people's names. */
const PEOPLE = 0.6;

export interface OrganisationPeople extends FirmPeople {
  /** Column position (0-based) of the organisations. */
  organisation: number;
  /** What said the rows are the organisations' people: the person column's header, or the order. */
  by: "header" | "order";
}

export interface OrganisationColumn {
  /** The field the column was read as on the client list (employer, a note, nothing). */
  field: string | null;
  /** Share of its values that read as organisations' names, and how many differ. */
  company: number;
  distinct: number;
}

/**
 * A list read as clients whose name column names people and another column the organisation each
 * works at, the organisations shared by several of the people: the rows are people at
 * organisations — contacts of those clients — when something a person reads says so: the person
 * column's header calls them contacts (Contact Name, 联系人), or the organisation is written
 * before the person (the list sorted by organisation, its people under it). A client list of
 * people that notes each one's employer — even with a job title — has neither: the employer comes
 * after the name. Else null.
 */
export function organisationPeople(input: {
  person: number;
  personShare: number;
  personHeaderSaysContact: boolean;
  /** The rows carry a personal ID number: each row is the person's own record, a client's. */
  hasPersonalId: boolean;
  columns: readonly OrganisationColumn[];
  values: readonly (readonly SourceCell[])[];
}): OrganisationPeople | null {
  const { person, columns, values } = input;
  if (input.hasPersonalId) return null;
  if (input.personShare < PEOPLE && !input.personHeaderSaysContact) return null;
  let organisation = -1;
  columns.forEach((c, i) => {
    if (i === person || c.distinct < 2) return;
    if (c.field !== "employer" && c.company < ORGANISATIONS) return;
    if (organisation < 0 || c.company > columns[organisation].company) organisation = i;
  });
  if (organisation < 0) return null;
  if (input.personHeaderSaysContact) {
    // The header says the rows are contacts: the organisations need only be fewer than the people.
    const { peopleOf } = peopleByFirm(values[organisation], values[person], { skipSelf: false });
    const people = [...peopleOf.values()].reduce((n, set) => n + set.size, 0);
    const shared = [...peopleOf.values()].filter((set) => set.size >= 2).length;
    if (peopleOf.size >= 2 && shared >= peopleOf.size * SHARED_ORGANISATIONS)
      return { firms: peopleOf.size, people, organisation, by: "header" };
    return null;
  }
  const grouped = firmsOfSeveralPeople(values[organisation], values[person]);
  if (!grouped) return null;
  // A post alone is no sign: a client list of people often gives each one's employer and job
  // title (a private-banking or insurance client list); only the order or the header says so.
  return organisation < person ? { ...grouped, organisation, by: "order" } : null;
}
