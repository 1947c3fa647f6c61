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
 * How many firms and people a client list's firm and contact columns hold when most people share
 * their firm with others (the firm's value given on, or merged down over, each of its rows), else
 * null. `firms` holds the firm on every row its merge covers.
 */
export function firmsOfSeveralPeople(
  firms: readonly SourceCell[],
  contacts: readonly SourceCell[]
): FirmPeople | null {
  const peopleOf = new Map<string, Set<string>>();
  let rows = 0;
  contacts.forEach((contact, row) => {
    const firm = firms[row] ?? null;
    if (isBlankCell(contact) || isBlankCell(firm)) return;
    const key = cellText(firm).trim().toLowerCase();
    const person = cellText(contact).trim().toLowerCase();
    if (key === "" || person === "" || key === person) return;
    const set = peopleOf.get(key) ?? new Set<string>();
    set.add(person);
    peopleOf.set(key, set);
    rows++;
  });
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
