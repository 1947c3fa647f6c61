/**
 * A list typed without a header row whose rows are people at organisations, read as a person reads
 * it: one column names a different person on nearly every row, another names organisations
 * (…医院, …有限公司, … Ltd), each of them shared by several of those people, and a third gives each
 * person's post (主任医师, Sales Manager) or department (神经内科, Finance). Those are contacts at
 * the organisations — a decision map, the organisations the clients — whatever else the row
 * carries (figures, flags, the rep who calls on them). Values alone decide, so the columns that
 * said so are the ones mapped; every other column goes to notes.
 */
import type { ColumnProfile } from "./profile";
import { CLIENT_NAME_KEY } from "./header-match";
import { setEvidence } from "./map-columns";
import type { ColumnMapping } from "./types";

/** Rows a list must fill before its values say who its people are. */
const MIN_ROWS = 5;
/** Share of a column's values that must read as people's names, organisations' names, posts. */
const PEOPLE = 0.8;
const ORGANISATIONS = 0.6;
const POSTS = 0.6;
/** Each row a person of its own: this share of the names differ. */
const EACH_ROW_A_PERSON = 0.9;
/** Several people at an organisation, on average: the organisations are the fewer. */
const PEOPLE_PER_ORGANISATION = 2;
/** How sure a field read from values alone is (as a header-less client list's are). */
const CONFIDENCE = 0.6;

export interface HeaderlessContacts {
  /** Column positions (0-based) of the person, the organisation, the post and the department. */
  person: number;
  organisation: number;
  title: number | null;
  department: number | null;
}

function filled(p: ColumnProfile | undefined): p is ColumnProfile {
  return p !== undefined && p.filled >= MIN_ROWS;
}

/** The columns of a header-less list of people at organisations, or null when it is none. */
export function headerlessContacts(profiles: readonly ColumnProfile[]): HeaderlessContacts | null {
  let person = -1;
  profiles.forEach((p, i) => {
    if (!filled(p) || p.personName < PEOPLE || p.distinctRatio < EACH_ROW_A_PERSON) return;
    if (person < 0 || p.distinct > profiles[person].distinct) person = i;
  });
  if (person < 0) return null;
  const people = profiles[person].distinct;
  let organisation = -1;
  profiles.forEach((p, i) => {
    if (i === person || !filled(p) || p.company < ORGANISATIONS || p.distinct < 2) return;
    if (p.distinct * PEOPLE_PER_ORGANISATION > people) return;
    if (organisation < 0 || p.company > profiles[organisation].company) organisation = i;
  });
  if (organisation < 0) return null;
  const best = (share: (p: ColumnProfile) => number): number | null => {
    let at: number | null = null;
    profiles.forEach((p, i) => {
      if (i === person || i === organisation || !filled(p) || share(p) < POSTS) return;
      if (at === null || share(p) > share(profiles[at])) at = i;
    });
    return at;
  };
  const title = best((p) => p.jobTitle);
  const department = best((p) => p.department);
  if (title === null && department === null) return null;
  return { person, organisation, title, department: department === title ? null : department };
}

/** Maps the columns that told the list apart; the rest stay as they were read (notes). */
export function mapHeaderlessContacts(
  columns: ColumnMapping[],
  found: HeaderlessContacts,
  profiles: readonly ColumnProfile[]
): void {
  const fields: [number | null, string, string, (p: ColumnProfile) => number][] = [
    [found.person, "name", "map.values.person", (p) => p.personName],
    [found.organisation, CLIENT_NAME_KEY, "map.values.company", (p) => p.company],
    [found.title, "title", "map.values.words", (p) => p.jobTitle],
    [found.department, "department", "map.values.words", (p) => p.department],
  ];
  for (const [at, field, values, share] of fields) {
    if (at === null) continue;
    for (const other of columns) if (other.field === field) other.field = null;
    const mapping = columns[at];
    Object.assign(mapping, { field, confidence: CONFIDENCE, source: "values" });
    const percent = `${Math.round(100 * share(profiles[at]))}%`;
    setEvidence(mapping, [
      at === found.organisation
        ? {
            code: "map.why.people-at-organisations",
            params: {
              organisations: profiles[at].distinct,
              people: profiles[found.person].distinct,
              share: percent,
            },
          }
        : {
            code: "map.why.values-only",
            params: { values, share: percent, field, registerSheet: "Contacts" },
          },
    ]);
  }
}
