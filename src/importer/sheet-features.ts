/**
 * What a person sees of a table when deciding which register sheet it feeds, as numbers (each
 * 0–1): how well its headers and its sheet's name speak for each register sheet, what the engine's
 * rules read it as and why it would be left out, whose rows they are (the subject), and the
 * values' shape (dates, figures, phones, names, how often values repeat). No file's words: every
 * feature is computed the same way for any table, so a score fitted on some repositories can be
 * judged on others (scripts/sheet-kind-fit.mjs).
 */
import { SHEET_KEYS, type SheetKey } from "../register/types";
import { classifySheet, type SheetClassification } from "./classify-sheet";
import type { ColumnProfile } from "./profile";
import { NOT_DATA_LABELS, type NotDataKind } from "./sheet-kind";
import type { ColumnMapping, SubjectEvidence } from "./types";

export interface SheetFeatureInput {
  sheetName: string;
  /** The header texts as the table's columns carry them. */
  headers: readonly string[];
  classification: SheetClassification;
  /** The register sheet the rules read the table as (before any unsure verdict), or null. */
  registerSheet: SheetKey | null;
  confidence: number;
  columns: readonly ColumnMapping[];
  profiles: readonly ColumnProfile[];
  notData: NotDataKind | null;
  subject: SubjectEvidence | null;
  headerless: boolean;
  form: boolean;
}

export const NOT_DATA_KINDS = Object.keys(NOT_DATA_LABELS) as NotDataKind[];

/** Shares of the used columns whose values mostly read as this. */
const VALUE_SHAPES = [
  "date",
  "numeric",
  "money",
  "phone",
  "email",
  "idNumber",
  "personName",
  "company",
  "address",
  "place",
] as const;

/** The feature names, in the order `sheetFeatures` returns their values. */
export const SHEET_FEATURE_NAMES: readonly string[] = [
  ...SHEET_KEYS.map((k) => `headers.${k}`),
  ...SHEET_KEYS.map((k) => `name.${k}`),
  ...SHEET_KEYS.map((k) => `rules.${k}`),
  "rules.confidence",
  ...NOT_DATA_KINDS.map((k) => `notData.${k}`),
  "subject.found",
  "subject.named",
  "subject.distinct",
  "subject.personName",
  "subject.company",
  "rows",
  "columns",
  "headerless",
  "form",
  "mapped",
  "mappedConfidence",
  "distinct",
  "repeats",
  "serial",
  ...VALUE_SHAPES.map((s) => `values.${s}`),
];

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0);

/** Evidence per register sheet on the classifier's scale, 3 meaning certain, as 0–1. */
function evidence(scores: Partial<Record<SheetKey, number>>): number[] {
  return SHEET_KEYS.map((k) => clamp01((scores[k] ?? 0) / 3));
}

/** The features of one table, in SHEET_FEATURE_NAMES order. */
export function sheetFeatures(input: SheetFeatureInput): number[] {
  const used = input.columns.flatMap((c, i) => {
    const p = input.profiles[i];
    return p !== undefined && p.filled > 0 && c.source !== "row-number" && c.source !== "hidden"
      ? [{ c, p }]
      : [];
  });
  const n = Math.max(1, used.length);
  const rows = Math.max(0, ...input.profiles.map((p) => p.filled));
  const mapped = used.filter(({ c }) => c.field !== null && c.field !== "notes");
  const share = (test: (p: ColumnProfile) => boolean) => used.filter(({ p }) => test(p)).length / n;
  const at = input.subject
    ? input.columns.findIndex((c) => c.letter === input.subject?.letter)
    : -1;
  const named = at >= 0 ? input.profiles[at] : undefined;
  const subject = input.subject;
  return [
    ...evidence(classifySheet("", input.headers).scores),
    ...evidence(classifySheet(input.sheetName, []).scores),
    ...SHEET_KEYS.map((k) => (input.registerSheet === k ? 1 : 0)),
    clamp01(input.confidence),
    ...NOT_DATA_KINDS.map((k) => (input.notData === k ? 1 : 0)),
    subject ? 1 : 0,
    subject && subject.rows > 0 ? clamp01(subject.named / subject.rows) : 0,
    named ? clamp01(named.distinctRatio) : 0,
    named ? clamp01(named.personName) : 0,
    named ? clamp01(named.company) : 0,
    clamp01(Math.log10(rows + 1) / 4),
    clamp01(Math.log10(used.length + 1) / 2),
    input.headerless ? 1 : 0,
    input.form ? 1 : 0,
    mapped.length / n,
    mapped.length === 0
      ? 0
      : mapped.reduce((s, { c }) => s + clamp01(c.confidence), 0) / mapped.length,
    used.reduce((s, { p }) => s + clamp01(p.distinctRatio), 0) / n,
    share((p) => p.distinctRatio <= 0.2 && p.filled >= 5),
    share((p) => p.serial),
    ...VALUE_SHAPES.map((shape) => share((p) => p[shape] >= 0.5)),
  ];
}
