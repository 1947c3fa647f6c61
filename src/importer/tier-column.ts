/**
 * A client list's tier column (客户等级 钻石/白金/金卡, 會員等級, VIP等级, "Tier" Gold/Platinum, a
 * bank's "Segment" Private/Priority) is a tier a person gave the client: not a field of the client
 * but the client's row on the Tiers sheet. The register computes a tier from revenue; one a person
 * decided is its override (overrideTier), kept across re-runs, with where it came from as the
 * reason. A value that names no tier of the register (A/B/C, 银卡, Enterprise) stays in the
 * client's notes under its header. The words are data (register/vocabulary).
 */
import { TIER } from "../register/enums";
import { TIER_HEADER_PARTS, TIER_VALUE_SUFFIXES, foldScript } from "../register/vocabulary";
import { cellText, isBlankCell } from "./grid";
import { matchForm } from "./header-match";
import { enumChoices, normaliseKey, parseEnum, type EnumChoice } from "./normalize";
import type { RegisterRecord } from "../register/types";
import { emptyRecord, NOTES_SEPARATOR } from "./normalize-row";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

/** Share of a tier column's filled cells that must name a tier of the register. */
const TIER_SHARE = 0.6;
/** At most this share of rows filled with one tier (VIP or blank) marks some clients only. */
const MARKED_SHARE = 0.9;
/** Filled cells a column needs before its values can say it holds tiers. */
const MIN_FILLED = 2;

let choices: EnumChoice[] | undefined;
function tierChoices(): EnumChoice[] {
  choices ??= enumChoices(TIER);
  return choices;
}

let suffixForms: string[] | undefined;
function suffixes(): string[] {
  suffixForms ??= TIER_VALUE_SUFFIXES.map((s) => foldScript(normaliseKey(s))).sort(
    (a, b) => b.length - a.length
  );
  return suffixForms;
}

/**
 * The register tier a cell names: 钻石 → diamond, 金卡会员 → gold, "Platinum member" → platinum.
 * A word for members or cards after the tier (会员, 客户, 卡, member, card) is how the book
 * writes it, not part of the tier. Null when the cell names none.
 */
export function tierOfCell(cell: SourceCell): string | null {
  if (isBlankCell(cell)) return null;
  const text = cellText(cell).trim();
  const read = parseEnum(text, tierChoices());
  if (read.ok) return read.value ?? null;
  const folded = foldScript(normaliseKey(text));
  for (const suffix of suffixes()) {
    if (!folded.endsWith(suffix) || folded.length <= suffix.length) continue;
    const again = parseEnum(folded.slice(0, folded.length - suffix.length).trim(), tierChoices());
    if (again.ok) return again.value ?? null;
  }
  return null;
}

let headerWords: string[] | undefined;
function tierHeaderWords(): string[] {
  headerWords ??= TIER_HEADER_PARTS.map(matchForm).filter((w) => w !== "");
  return headerWords;
}

/**
 * A header that names a tier or level: 客户等级, 會員級別, VIP等级, Client Tier, Segment. Loose on
 * purpose (风险等级 names a level too): the column's values decide.
 */
export function namesTier(header: string): boolean {
  const h = matchForm(header);
  return h !== "" && tierHeaderWords().some((w) => h.includes(w));
}

/**
 * The column of a client list that gives its clients' tiers: a header naming a tier or level and
 * values most of which name a tier of the register. A column naming one tier on some rows and
 * nothing on the rest (VIP or blank) is a mark on those clients, not a grading of the list: it
 * gives none. Columns `free` refuses are not looked at. Null when the list has none (or more than
 * one: then no column says it alone).
 */
export function tierColumn(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[],
  free: (index: number) => boolean
): number | null {
  const found: number[] = [];
  headers.forEach((header, index) => {
    if (!free(index) || !namesTier(header)) return;
    const filled = (columnValues[index] ?? []).filter((v) => !isBlankCell(v));
    if (filled.length < MIN_FILLED) return;
    const tiers = filled.map(tierOfCell).filter((t) => t !== null);
    const rows = (columnValues[index] ?? []).length;
    const flag = new Set(tiers).size === 1 && filled.length <= rows * MARKED_SHARE;
    if (tiers.length / filled.length >= TIER_SHARE && !flag) found.push(index);
  });
  return found.length === 1 ? found[0] : null;
}

/**
 * The Tiers row a client row's tier cell gives: the tier as the client's override, the header and
 * the value as written as its reason. A value naming no tier goes to the client's notes instead
 * (`client` is the client's record), so nothing written is lost.
 */
export function tierOfRow(
  mapping: ColumnMapping,
  cell: SourceCell,
  client: { record: RegisterRecord }
): { records: RegisterRecord[]; issues: ImportIssue[] } {
  if (isBlankCell(cell)) return { records: [], issues: [] };
  const text = cellText(cell).trim();
  const header = mapping.header || mapping.letter;
  const tier = tierOfCell(cell);
  if (tier === null) {
    const notes = client.record.notes;
    const line = `${header}: ${text}`;
    client.record.notes =
      typeof notes === "string" && notes !== "" ? `${notes}${NOTES_SEPARATOR}${line}` : line;
    return { records: [], issues: [] };
  }
  const record = emptyRecord("Tiers");
  record.overrideTier = tier;
  record.overrideReason = `${header}: ${text}`;
  return { records: [record], issues: [] };
}
