/**
 * A list of the keeper's own shops, branches or outlets is no list of clients. A shop a supplier
 * sells to is named and reached as any client is; what tells the keeper's own units apart is what
 * only their owner writes about each of them: how it is run (直营 / 加盟, company-owned /
 * franchised), the day it opened, its floor area, whether it still trades. A table whose rows are
 * named as units and which carries two of these is the organisation's own network.
 */
import { headerHasWord } from "../register/catalog";
import { OWN_UNIT_LIST_WORDS } from "../register/vocabulary";
import type { ColumnProfile } from "./profile";

/** Share of a column's filled values that must be such words for the column to say so. */
const WORDED_VALUES = 0.6;
/** Share of a date or figure column's values that must be dates or figures. */
const TYPED_VALUES = 0.6;
/** Kinds of owner's evidence needed beside a column naming units. */
const MIN_EVIDENCE = 2;

export interface OwnUnits {
  /** The header of the column naming the units. */
  header: string;
  /** The headers (or first values) of the columns that say the rows are the keeper's own. */
  evidence: string[];
}

function wordedShare(p: ColumnProfile, words: readonly string[]): number {
  let hits = 0;
  let all = 0;
  for (const [text, count] of p.values) {
    if (text.trim() === "") continue;
    all += count;
    if (headerHasWord(text.replace(/[-_]/g, " "), words)) hits += count;
  }
  return all === 0 ? 0 : hits / all;
}

/**
 * The keeper's own units, when the table's rows are: a column of distinct names headed as units
 * (店铺名称, Store, Branch) beside at least two kinds of what only their owner records. Null when
 * the rows may as well be clients.
 */
export function ownUnitsOf(
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): OwnUnits | null {
  const named = headers.findIndex((header, i) => {
    const p = profiles[i];
    return (
      p !== undefined &&
      p.filled >= 3 &&
      p.text >= 0.6 &&
      p.distinctRatio >= 0.8 &&
      headerHasWord(header, OWN_UNIT_LIST_WORDS.unit)
    );
  });
  if (named < 0) return null;
  const label = (i: number): string =>
    headers[i]?.trim() || ([...(profiles[i]?.values.keys() ?? [])][0] ?? "");
  const found = new Map<string, string>();
  profiles.forEach((p, i) => {
    if (i === named || p.filled < 3) return;
    const header = headers[i] ?? "";
    const evidence =
      wordedShare(p, OWN_UNIT_LIST_WORDS.operation) >= WORDED_VALUES
        ? "operation"
        : wordedShare(p, OWN_UNIT_LIST_WORDS.status) >= WORDED_VALUES
          ? "status"
          : p.date >= TYPED_VALUES && headerHasWord(header, OWN_UNIT_LIST_WORDS.opened)
            ? "opened"
            : p.numeric >= TYPED_VALUES && headerHasWord(header, OWN_UNIT_LIST_WORDS.area)
              ? "area"
              : null;
    if (evidence !== null && !found.has(evidence)) found.set(evidence, label(i));
  });
  if (found.size < MIN_EVIDENCE) return null;
  return { header: label(named), evidence: [...found.values()] };
}
