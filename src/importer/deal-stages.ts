/**
 * Rows each at a step of a sale. A salesperson's tracker lists the firms they are working on, one
 * row a firm, beside how far each has got: Quote Sent, In Discussion, Sample Sent, Order Received,
 * closed (a trader's Status), 方案报价 / 跟进中 / 失败, or a stage column of its own (Stage: L2,
 * L3). A person reads such a list as the pipeline — one deal per row, for the firm it names — not as
 * the list of those firms, nor as a complaint log or a policy list because a "Status" or "Product"
 * column sounds like one. Evidence, all of it needed:
 * - a column saying how each deal stands: most of its filled cells a deal's stage or outcome word,
 *   two of them or more words only a sale has (Quote Sent, not a complaint's Closed), or a column
 *   headed as the deal's stage itself (Stage, 销售阶段) holding a few values repeated down the rows;
 * - another column naming the party of each deal on most rows: read as the pipeline's prospect or
 *   client, else the one the client list would read as each row's name (a header mistyped);
 * - no list of people each with their own phone or e-mail (on most rows): those are the people
 *   themselves, each at a lifecycle stage (lead-list.ts), whom a person imports as clients;
 * - and each party named about once: a party named again and again is called on again, a log of
 *   calls on the deals (event-rows.ts).
 */
import { namesDealStage } from "../register/catalog";
import { PIPELINE_STAGE } from "../register/enums";
import type { SheetKey } from "../register/types";
import {
  foldScript,
  GENERIC_STANDING_WORDS,
  PIPELINE_OUTCOME_WORDS,
  PIPELINE_STAGE_WORDS,
} from "../register/vocabulary";
import type { SheetClassification } from "./classify-sheet";
import { partyRepetition } from "./event-rows";
import { isBlankCell } from "./grid";
import { CLIENT_NAME_KEY, round2 } from "./header-match";
import { comparableText } from "./keyed-agreement";
import { setEvidence } from "./map-columns";
import { enumChoices, parseStage } from "./normalize";
import type { ColumnProfile } from "./profile";
import type { ColumnMapping, SourceCell } from "./types";

/** The readings a deal tracker is mistaken for: its firms, its "Status" or "Product" words. */
export const DEAL_MISREAD_AS: readonly (SheetKey | null)[] = [null, "Clients", "Insurance"];
/** A stage column headed so fills this many rows at least. */
const MIN_STAGED_ROWS = 6;
/** …with at most this share of distinct values: a few stages repeated, not a remark per row. */
const STAGES_DISTINCT = 0.5;
/** A stage is a word or a code, not a remark. */
const MAX_STAGE_LENGTH = 30;
/** The party column names at least this share of the rows. */
const PARTY_SHARE = 0.5;
/** A column of this share of people's names, phones or e-mails. */
const PEOPLE_SHARE = 0.5;
/** Rows naming a party another row names too, at this share: the party comes back (a log). */
const RETURNING_SHARE = 0.3;
/** Share of a column's filled cells saying how a deal stands. */
const STANDING_SHARE = 0.8;
/** …of which this share in words only a sale has (Quote Sent, not Closed). */
const TELLING_SHARE = 1 / 3;
/** Distinct words only a sale has, at least. */
const MIN_TELLING = 2;

const STAGE_CHOICES = enumChoices(PIPELINE_STAGE);
let telling: ReadonlySet<string> | undefined;

/** A value's form as compared with the stage words: folded, lower case, no spaces or marks. */
function formOf(text: string): string {
  return foldScript(text.normalize("NFKC").toLowerCase()).replace(/[\s\-_.·/]+/g, "");
}

/**
 * How a cell says a deal stands: "telling" for a sale's own word written whole (Quote Sent, 洽谈中,
 * Lost), "generic" for any other stage or outcome reading (Closed, Customer, a Hot Lead's lead),
 * or null for none.
 */
function standingOf(cell: SourceCell): "telling" | "generic" | null {
  if (typeof cell !== "string" || /^[\s\d.]*$/.test(cell)) return null;
  const read = parseStage(cell, STAGE_CHOICES);
  if (!(read.ok ? read.value !== null : read.code === "stage.outcome")) return null;
  if (telling === undefined) {
    const generic = new Set(GENERIC_STANDING_WORDS.map(formOf));
    telling = new Set(
      [...Object.values(PIPELINE_STAGE_WORDS).flat(), ...PIPELINE_OUTCOME_WORDS.lost]
        .map(formOf)
        .filter((w) => w !== "" && !generic.has(w))
    );
  }
  return telling.has(formOf(cell)) ? "telling" : "generic";
}

/**
 * True when a column says how a deal stands on most rows it fills (Quote Sent, In Discussion,
 * closed), in two words or more only a sale has: a complaint's New and Closed, a client's Customer
 * and Lead are any status.
 */
export function tellsDealProgress(values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length < MIN_STAGED_ROWS) return false;
  const read = filled.map(standingOf);
  const standing = read.filter((r) => r !== null).length;
  if (standing < filled.length * STANDING_SHARE) return false;
  const telling = filled.filter((_, i) => read[i] === "telling");
  if (telling.length < filled.length * TELLING_SHARE) return false;
  return new Set(telling.map((v) => comparableText(v))).size >= MIN_TELLING;
}

/** True when a column headed as a deal's stage holds a few short values repeated down the rows. */
function headedStages(header: string, values: readonly SourceCell[]): boolean {
  if (!namesDealStage(header)) return false;
  const filled = values.filter((v) => !isBlankCell(v)).map((v) => comparableText(v));
  if (filled.length < MIN_STAGED_ROWS) return false;
  if (filled.some((t) => t.length > MAX_STAGE_LENGTH)) return false;
  const distinct = new Set(filled).size;
  return distinct >= 2 && distinct <= filled.length * STAGES_DISTINCT;
}

/** The column saying how each row's deal stands, or -1. */
export function dealStageColumn(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): number {
  const worded = columnValues.findIndex((values) => tellsDealProgress(values));
  if (worded >= 0) return worded;
  return headers.findIndex((h, i) => headedStages(h, columnValues[i] ?? []));
}

/**
 * Pipeline for a table read as clients, policies or nothing (or already as Pipeline) whose rows
 * each stand at a step of a sale for the party they name (see the file's comment); `asPipeline`
 * and `asClients` give the fields each column maps to read so (asked only when needed). Null when the evidence is not all
 * there; else the reading, the stage column's index and the party's.
 */
export function preferPipelineForDealStages(
  classification: SheetClassification,
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[],
  profiles: readonly ColumnProfile[],
  asPipeline: () => readonly (string | null)[],
  asClients: () => readonly (string | null)[] = () => []
): { classification: SheetClassification; stageAt: number; partyAt: number } | null {
  if (classification.key !== "Pipeline" && !DEAL_MISREAD_AS.includes(classification.key))
    return null;
  const stageAt = dealStageColumn(headers, columnValues);
  if (stageAt < 0) return null;
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  // Of the columns naming a party (a dealer beside its customer), the one naming the most: the
  // party each deal is with.
  const naming = (fields: readonly (string | null)[], party: readonly string[]) =>
    fields.reduce<number>((best, f, i) => {
      if (i === stageAt || f === null || !party.includes(f)) return best;
      const p = profiles[i];
      if (p === undefined || p.filled < rows * PARTY_SHARE) return best;
      return best < 0 || p.distinct > (profiles[best]?.distinct ?? 0) ? i : best;
    }, -1);
  // A party column headed in no word of the pipeline's (Comapnay, a typo) is the one the client
  // list would take as each row's name.
  const named = naming(asPipeline(), ["prospect", CLIENT_NAME_KEY]);
  const partyAt = named >= 0 ? named : naming(asClients(), ["name"]);
  if (partyAt < 0) return null;
  // People each reached by their own phone or e-mail are the people themselves (lead-list.ts).
  const people = (profiles[partyAt]?.personName ?? 0) >= PEOPLE_SHARE;
  const reached = profiles.some(
    (p, i) =>
      i !== partyAt &&
      p.filled >= rows * PEOPLE_SHARE &&
      (p.phone >= PEOPLE_SHARE || p.email >= PEOPLE_SHARE)
  );
  if (people && reached) return null;
  // A party named again and again is called on again: a log of calls on deals (event-rows.ts).
  if (partyRepetition(columnValues[partyAt] ?? []).repeatedShare >= RETURNING_SHARE) return null;
  const { scores } = classification;
  const pipeline = scores.Pipeline ?? 0;
  const rival = classification.key === null ? 0 : (scores[classification.key] ?? 0);
  return {
    classification: {
      key: "Pipeline",
      confidence: round2(Math.max(0.5, pipeline / (pipeline + rival || 1))),
      scores,
    },
    stageAt,
    partyAt,
  };
}

/** How sure a party column no pipeline word heads is the deals' party. */
const PARTY_CONFIDENCE = 0.65;

/**
 * The deals' party in a table read as Pipeline for its stages: when no column maps to the prospect
 * or client, the column found naming each row's party (`partyAt`, -1 for none) is the prospect.
 */
export function dealPartyColumn(
  columns: ColumnMapping[],
  partyAt: number,
  profiles: readonly ColumnProfile[]
): void {
  if (partyAt < 0 || columns.some((c) => c.field === "prospect" || c.field === CLIENT_NAME_KEY))
    return;
  const column = columns[partyAt];
  if (column === undefined || column.source === "override" || column.source === "hidden") return;
  Object.assign(column, { field: "prospect", confidence: PARTY_CONFIDENCE, source: "subject" });
  setEvidence(column, [
    {
      code: "map.why.staged-party",
      params: {
        header: column.header || column.letter,
        distinct: profiles[partyAt]?.distinct ?? 0,
      },
    },
  ]);
}
