/**
 * A Family sheet lists clients' relatives: on each row a family member beside the client they
 * belong to. A list whose headers sound like Family (Member ID, Member Name, Member Type) but whose
 * rows hold no relative — no relation, no column of people's names apart from the client's — lists
 * the members themselves: a club's or a shop's members are its clients.
 */
import type { ColumnProfile } from "./profile";
import type { ColumnMapping } from "./types";

/** Share of a member column's values that must read as people's names. */
const PEOPLE_SHARE = 0.5;

/**
 * True when a table mapped as Family holds family members: a relation column with values, or a
 * column of people's names as the member beside a different column linking the client.
 */
export function holdsRelatives(
  columns: readonly ColumnMapping[],
  profiles: readonly (ColumnProfile | undefined)[]
): boolean {
  const filled = (i: number) => (profiles[i]?.filled ?? 0) > 0;
  if (columns.some((c, i) => c.field === "relation" && filled(i))) return true;
  const member = columns.findIndex((c) => c.field === "memberName");
  const people = profiles[member];
  if (member < 0 || people === undefined || people.filled === 0) return false;
  // Gold, Silver, Platinum under "Member Type" name a grade, nobody.
  if (people.personName < PEOPLE_SHARE || people.distinctRatio < PEOPLE_SHARE) return false;
  return columns.some(
    (c, i) => i !== member && (c.field === "clientName" || c.field === "clientId") && filled(i)
  );
}
