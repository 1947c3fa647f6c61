/** Which register sheet a source sheet is, from its name and its headers. */
import { sheetBySpelling } from "../register/catalog";
import { SHEETS } from "../register/sheets";
import type { SheetKey } from "../register/types";
import {
  matchForm,
  MAPPING_THRESHOLD,
  round2,
  allSpellingsIndex,
  spellingWeight,
  onEverySheet,
  targetsFor,
} from "./header-match";

const sheetSpellings = new Map<SheetKey, ReadonlySet<string>>();
/** The header spellings of a sheet's own fields (not the client-name link). */
function spellingsOf(sheet: SheetKey): ReadonlySet<string> {
  let set = sheetSpellings.get(sheet);
  if (!set) {
    set = new Set(
      targetsFor(sheet)
        .filter((t) => !t.linkOnly)
        .flatMap((t) => t.spellings)
    );
    sheetSpellings.set(sheet, set);
  }
  return set;
}

/** Below this score a sheet is reported as not recognised. */
const RECOGNITION_THRESHOLD = 0.8;
const EXACT_NAME_BONUS = 2;
const PARTIAL_NAME_BONUS = 1;

export interface SheetClassification {
  key: SheetKey | null;
  /** 0–1. */
  confidence: number;
  /** Evidence per candidate sheet (header matches weighted by how telling they are, plus the name). */
  scores: Partial<Record<SheetKey, number>>;
}

function headerEvidence(
  sheet: SheetKey,
  headers: readonly string[]
): { score: number; matched: number } {
  // Every sheet's spellings are in the one index; each header is scored once for all sheets.
  const own = spellingsOf(sheet);
  let score = 0;
  let matched = 0;
  for (const header of headers) {
    const h = matchForm(header);
    if (h === "") continue;
    let best = 0;
    let telling = false;
    for (const [s, confidence] of allSpellingsIndex().scores(h)) {
      // A one-letter header ("A" … "G" of the pipeline factors) says nothing about the sheet.
      if (confidence >= MAPPING_THRESHOLD && s.length > 1 && own.has(s)) {
        best = Math.max(best, confidence * spellingWeight(s));
        // A word every sheet has (the client's number: member_id, 客户编号) says the rows are
        // about clients, not which sheet they are: a sync log's member_id beside "action" is
        // not a complaint log.
        if (!onEverySheet(s)) telling = true;
      }
    }
    if (best > 0) score += best;
    if (telling) matched++;
  }
  return { score, matched };
}

function nameEvidence(sheet: SheetKey, sheetName: string): number {
  const exact = sheetBySpelling(sheetName);
  if (exact?.key === sheet) return EXACT_NAME_BONUS;
  const name = matchForm(sheetName);
  const def = SHEETS.find((s) => s.key === sheet);
  const spellings = def
    ? [def.key, ...Object.values(def.label), ...def.aliases].map(matchForm)
    : [];
  return spellings.some((s) => s.length >= 2 && name.includes(s)) ? PARTIAL_NAME_BONUS : 0;
}

/**
 * Classifies a sheet. `headers` are the header texts (units stripped). With `override` the caller's
 * choice stands. A sheet that resembles no register sheet well enough gets key null.
 */
export function classifySheet(
  sheetName: string,
  headers: readonly string[],
  override?: SheetKey
): SheetClassification {
  const scores: Partial<Record<SheetKey, number>> = {};
  let best: SheetKey | null = null;
  let bestScore = 0;
  let secondScore = 0;
  for (const def of SHEETS) {
    const evidence = headerEvidence(def.key, headers);
    const named = nameEvidence(def.key, sheetName);
    const total = evidence.score + named;
    scores[def.key] = round2(total);
    const enough = evidence.matched >= 2 || named > 0;
    if (!enough) continue;
    if (total > bestScore) {
      secondScore = bestScore;
      bestScore = total;
      best = def.key;
    } else if (total > secondScore) {
      secondScore = total;
    }
  }
  if (override) return { key: override, confidence: 1, scores };
  if (best === null || bestScore < RECOGNITION_THRESHOLD)
    return { key: null, confidence: 0, scores };
  const margin = bestScore / (bestScore + secondScore);
  const strength = Math.min(1, bestScore / 3);
  return { key: best, confidence: round2(margin * strength), scores };
}
