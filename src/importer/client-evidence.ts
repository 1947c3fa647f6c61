/**
 * Is a table client data at all? One score over what its rows show, instead of one more "not a
 * client sheet because …" rule per workbook: a column naming many distinct people or firms, ways
 * to reach them, register fields beside them are evidence for; columns of figures, periods across
 * the columns, row labels written as a program's field identifiers, a workbook whose other tables
 * are all figures are evidence against. Each feature is a share (0–1); the weights are data
 * (CLIENT_EVIDENCE_WEIGHTS), each with the reason it carries its sign.
 */
import { cellText } from "./grid";
import { isHeaderSpelling } from "./header-match";
import { bilingualParts } from "./header-words";
import { isStandInName } from "./hint-rows";
import { periodOrder } from "./period-columns";
import type { ColumnProfile } from "./profile";
import type { ColumnMapping, SourceCell, SubjectEvidence } from "./types";

export interface ClientEvidence {
  /** Share of the subject column's values that read as people's or firms' names. */
  names: number;
  /** How far the subject column's values differ from row to row (its distinct ratio). */
  distinct: number;
  /** Columns beside the subject that reach someone (phone, e-mail, address, ID number), of two. */
  reach: number;
  /** Columns beside the subject read as a register field (not notes), of four. */
  fields: number;
  /** Share of the used columns that hold figures (not a running number). */
  figures: number;
  /** Share of the used columns that stand for a period (201512, 2013-01, Q3, 3月, Jan …). */
  periods: number;
  /**
   * Share of the subject's values that are names of fields: written as the register's own headers
   * (Customer Name, Mobile No) or as a program's identifiers (Cust_Id, CardCode).
   */
  identifiers: number;
  /**
   * Share of the subject's values that open with a day (20240102收盤價, 2024-01-02): rows kept by
   * the day, a time series, whatever header the column has.
   */
  dated: number;
  /**
   * Share of the rows' names that stand in for no one (张三, 李四, Test Customer, Cash Customer,
   * "GENERIC CASH"), counted once they are nearly all the names and at least three of them (or every
   * row of a list of two): a few such rows are skipped one by one, a list of them is sample data
   * or a till's stand-in accounts. One row for 张三 is an example of one, said nothing about.
   */
  standIns: number;
  /** 1 when the table has no header row (every field read from values alone). */
  headerless: number;
  /** Share of the workbook's other tables already told as not register data. */
  othersNotData: number;
}

export type EvidenceFeature = keyof ClientEvidence;

export interface EvidenceWeight {
  weight: number;
  /** Why the feature speaks for (or against) client data. */
  why: string;
}

/**
 * The weights of the score `bias + Σ weight × feature`; a table scoring below
 * CLIENT_EVIDENCE_MARGIN is not imported. Set by the reasons given, not fitted: a logistic model
 * fitted on the corpus learns a feature only from the one repository that shows it, and when
 * that repository is left out it misses the very tables it was fitted to refuse (session 22).
 */
export const CLIENT_EVIDENCE_WEIGHTS: Readonly<Record<EvidenceFeature | "bias", EvidenceWeight>> = {
  bias: { weight: 1, why: "where a table with no evidence either way starts" },
  names: { weight: 1, why: "clients are people and firms, named as people and firms are" },
  distinct: { weight: 1, why: "a client list names each client once" },
  reach: { weight: 1, why: "a register keeps how to reach each client" },
  fields: { weight: 2, why: "the register's own fields beside the name say what the rows are" },
  figures: { weight: -2, why: "a table mostly of figures measures groups, it lists no one" },
  periods: { weight: -1, why: "figures per month or year across the columns are a time series" },
  identifiers: {
    weight: -5,
    why: "Cust_Id, Mobile No name a form's or a program's fields, no one",
  },
  dated: {
    weight: -2,
    why: "a client is named, never dated: rows keyed by the day are a series of figures",
  },
  standIns: {
    // Outweighs everything a list of 张三 … 钱七 with phones and addresses shows for it.
    weight: -8,
    why: "张三, Test Customer, Cash Customer stand for no one: a list of them names no client",
  },
  headerless: { weight: -1, why: "without a header row only the values speak" },
  othersNotData: { weight: -0.5, why: "a workbook of pivots and charts keeps its figures alike" },
};

/** Below this score a table read as a register sheet is left out as not client data. */
export const CLIENT_EVIDENCE_MARGIN = 0;

const REACH_FIELDS = new Set([
  "phone",
  "mobile",
  "email",
  "address",
  "idNumber",
  "wechat",
  "line",
  "fax",
]);

/** A program's identifier: words run together in camel case or joined by underscores. */
const IDENTIFIER =
  /^(?:[A-Za-z][a-z]*(?:_[A-Za-z][a-z]*)+|[A-Z]?[a-z]+(?:[A-Z][a-z]+)+(?:ID)?)\d{0,2}$/;

/**
 * A field's name: a program's identifier, or written as one of the register's headers (Mobile No,
 * 客户名称), alone or in two languages as a form's labels are (Full Name / 姓名, 手机 Mobile). A
 * numbered value (Customer 1, 客户1) is a stand-in for a name, not a field's name.
 */
function isFieldName(text: string): boolean {
  const t = text.trim();
  if (IDENTIFIER.test(t)) return true;
  if (!/\D{2}/.test(t) || /\d/.test(t)) return false;
  return isHeaderSpelling(t) || bilingualParts(t).some((part) => isHeaderSpelling(part));
}

/** A period written as a column's header or its first value: 201512, 2013-01, 2013年, Q3, 3月, Jan-15. */
function isPeriod(text: string): boolean {
  return (periodOrder(text.replace(/-/g, "")) ?? 0) >= 100;
}

/**
 * A day opening a text: 20240102, 2024-01-02, 2024/1/2, 2024.01.02, 2024年1月2日, alone or before a
 * label (20240102收盤價). Eight digits must make a day (a month 01–12, a day 01–31).
 */
const OPENING_DAY =
  /^(?:19|20)\d{2}(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)|[-/.年](?:0?[1-9]|1[0-2])[-/.月](?:0?[1-9]|[12]\d|3[01])(?!\d))/;

/**
 * Below this share of the names, stand-ins are rows to skip, not what the list is: three test rows
 * among five names leave two clients to import.
 */
const STAND_IN_SHARE = 0.75;
/** …and fewer than this many of them are an example or two, unless they are every row (≥ 2). */
const MIN_STAND_INS = 3;

/** The first few filled values of a column, as text. */
function firstTexts(values: readonly SourceCell[] | undefined, count = 3): string[] {
  const texts: string[] = [];
  for (const v of values ?? []) {
    const text = cellText(v).trim();
    if (text !== "") texts.push(text);
    if (texts.length >= count) break;
  }
  return texts;
}

function tally(p: ColumnProfile, test: (text: string) => boolean): { hits: number; all: number } {
  let hits = 0;
  let all = 0;
  for (const [text, count] of p.values) {
    all += count;
    if (test(text)) hits += count;
  }
  return { hits, all };
}

function share(p: ColumnProfile, test: (text: string) => boolean): number {
  const { hits, all } = tally(p, test);
  return all === 0 ? 0 : hits / all;
}

/** The share of stand-in names, when they are what the list is; else 0. */
function standInShare(p: ColumnProfile | undefined): number {
  if (!p) return 0;
  const { hits, all } = tally(p, isStandInName);
  if (all === 0 || hits < all * STAND_IN_SHARE) return 0;
  return hits >= MIN_STAND_INS || (hits === all && all >= 2) ? hits / all : 0;
}

export interface EvidenceInput {
  columns: readonly ColumnMapping[];
  profiles: readonly ColumnProfile[];
  columnValues: readonly (readonly SourceCell[])[];
  subject: SubjectEvidence | null;
  headerless: boolean;
  /**
   * The rows are a log read as its buyers (buyer-log.ts): each buyer comes back by nature, and the
   * register gets each once.
   */
  buyersOfLog?: boolean;
  /** The workbook's other tables, and how many of them are told as not register data. */
  otherTables: number;
  otherNotData: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The features of a table read as a register sheet. */
export function clientEvidence(input: EvidenceInput): ClientEvidence {
  const { columns, profiles, columnValues, subject } = input;
  const used = columns.flatMap((c, i) => {
    const p = profiles[i];
    return p !== undefined && p.filled > 0 && c.source !== "row-number" && c.source !== "hidden"
      ? [{ c, p, i }]
      : [];
  });
  const at = subject ? columns.findIndex((c) => c.letter === subject.letter) : -1;
  const named = at >= 0 ? profiles[at] : undefined;
  const others = used.filter(({ i }) => i !== at);
  const reaching = others.filter(
    ({ c, p }) =>
      (c.field !== null && REACH_FIELDS.has(c.field)) ||
      (p.phone >= 0.5 && p.maskedPhone < 0.5) ||
      p.email >= 0.5 ||
      p.address >= 0.5 ||
      p.idNumber >= 0.5
  ).length;
  const fields = others.filter(
    ({ c }) => c.field !== null && c.field !== "notes" && c.confidence >= 0.6
  ).length;
  const figures = used.filter(({ p }) => p.numeric >= 0.9 && !p.serial).length;
  const periods = used.filter(
    ({ c, i }) =>
      isPeriod(c.header) || (c.header.trim() === "" && firstTexts(columnValues[i]).some(isPeriod))
  ).length;
  const n = Math.max(1, used.length);
  const fieldNames = named ? share(named, isFieldName) : 0;
  // The names are the name column's, also where a number is the subject (ID | NAME).
  const nameAt = columns.findIndex((c) => c.field === "name");
  const names = profiles[nameAt >= 0 ? nameAt : at];
  const standIns = standInShare(names);
  return {
    // A value written as a field's name (Customer Name, First Name) is no one's name.
    names: named ? round2(Math.max(0, Math.max(named.personName, named.company) - fieldNames)) : 0,
    distinct: named ? (input.buyersOfLog ? 1 : round2(named.distinctRatio)) : 0,
    reach: Math.min(2, reaching) / 2,
    fields: Math.min(4, fields) / 4,
    figures: round2(figures / n),
    periods: round2(periods / n),
    identifiers: round2(fieldNames),
    dated: named
      ? round2(
          Math.max(
            named.date,
            share(named, (t) => OPENING_DAY.test(t.trim()))
          )
        )
      : 0,
    standIns: round2(standIns),
    headerless: input.headerless ? 1 : 0,
    othersNotData: input.otherTables > 0 ? round2(input.otherNotData / input.otherTables) : 0,
  };
}

/** The score of a table's features: above CLIENT_EVIDENCE_MARGIN it reads as client data. */
export function clientEvidenceScore(evidence: ClientEvidence): number {
  let score = CLIENT_EVIDENCE_WEIGHTS.bias.weight;
  for (const key of Object.keys(evidence) as EvidenceFeature[])
    score += CLIENT_EVIDENCE_WEIGHTS[key].weight * evidence[key];
  return round2(score);
}

/** The feature that speaks most against client data, with its share, or null when none does. */
export function strongestAgainst(
  evidence: ClientEvidence
): { feature: EvidenceFeature; share: number } | null {
  let best: { feature: EvidenceFeature; share: number; weight: number } | null = null;
  for (const key of Object.keys(evidence) as EvidenceFeature[]) {
    const weighed = CLIENT_EVIDENCE_WEIGHTS[key].weight * evidence[key];
    if (weighed < 0 && (best === null || weighed < best.weight))
      best = { feature: key, share: evidence[key], weight: weighed };
  }
  return best && { feature: best.feature, share: best.share };
}
