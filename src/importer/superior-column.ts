/**
 * A row can name two people of ours: the member of staff it is assigned to (a rep covering the
 * store) and that person's superior (the rep's supervisor). The values tell which is which: every
 * name of the rep's column stands under one name of the superior's (the rep always has the same
 * supervisor), and the superiors are fewer than the people under them. The one nearer the row is
 * the rep; the superior looks after the rep, not the client.
 */
import { SUPERIOR_WORDS } from "../register/vocabulary/record-parties";
import { cellText } from "./grid";
import { matchForm } from "./header-match";
import type { SourceCell } from "./types";

/** Share of the rows naming both whose superior is the one the person has on most rows. */
const SAME_SUPERIOR = 0.95;
/** Rows naming both people, at least, for a hierarchy to be read from them. */
const MIN_PAIRED_ROWS = 8;

const SUPERIOR_HEADERS: readonly string[] = SUPERIOR_WORDS.superior.map((w) => matchForm(w));

/** A header naming someone's superior (上级主管, 直属上级, Supervisor, "Reports To"). */
export function namesSuperior(header: string): boolean {
  const h = matchForm(header);
  return h !== "" && SUPERIOR_HEADERS.some((w) => h.includes(w));
}

/**
 * Whether `superior`'s column names the superiors of `person`'s column: each person always beside
 * the same superior, and fewer superiors than people — or as few, when the header says superior
 * (one rep and her supervisor on every row of a rep's own sheet).
 */
export function standsAbove(
  person: readonly SourceCell[],
  superior: readonly SourceCell[],
  superiorHeader: string
): boolean {
  const above = new Map<string, Map<string, number>>();
  let paired = 0;
  const superiors = new Set<string>();
  const rows = Math.min(person.length, superior.length);
  for (let r = 0; r < rows; r++) {
    const p = cellText(person[r]).trim();
    const s = cellText(superior[r]).trim();
    if (p === "" || s === "" || p === s) continue;
    paired++;
    superiors.add(s);
    const counts = above.get(p) ?? new Map<string, number>();
    counts.set(s, (counts.get(s) ?? 0) + 1);
    above.set(p, counts);
  }
  if (paired < MIN_PAIRED_ROWS) return false;
  let agreeing = 0;
  for (const counts of above.values()) agreeing += Math.max(...counts.values());
  if (agreeing < paired * SAME_SUPERIOR) return false;
  if (superiors.size < above.size) return true;
  return superiors.size === above.size && namesSuperior(superiorHeader);
}
