/**
 * What the register's calculated columns show, computed by the scoring code the KAM.* functions
 * wrap, so a written file carries each formula's result as the cell's cached value: mail, chat
 * and Quick Look previews show it without recalculating (Excel recalculates on open anyway).
 *
 * Each rule follows its formula in register-formulas.ts cell for cell — blank guards, the
 * register language's texts, N() of a looked-up revenue, MATCH's case-blind text compare. Where
 * the formula would give an error, or the two formula styles could differ (text typed into a
 * number column), no value is cached and the cell is left for the spreadsheet to compute.
 */
import { COMPLAINT_STATUS, SEVERITY, TIER } from "../register/enums";
import { booleanCell, enumCellText } from "../register/catalog";
import { FACTOR_LETTERS, type FormulaStyle, type RegisterSettings } from "../register/settings";
import type { EnumValue, Lang, SheetKey } from "../register/types";
import { type Day, excelSerial, fromDayNumber, isoDay } from "../register/workflow/dates";
import { dueDate, grade, tier, valueScore, type Severity } from "../scoring";
import { cellValueOf, isGiven, type PlanCell, type TableCell } from "./plan";

/** 1970-01-01 as an Excel serial (the 1900 date system). */
const EXCEL_UNIX_EPOCH = 25_569;

/** No cached value: the spreadsheet computes the cell when it opens the file. */
const UNKNOWN = undefined;
type Result = PlanCell | typeof UNKNOWN;

export interface ValueContext {
  lang: Lang;
  style: FormulaStyle;
  settings: RegisterSettings;
  /** The day TODAY() gives (the day the file is written). */
  today: Day;
  /** Annual revenue cells of Clients by client id, as MATCH finds them (case-blind). */
  revenueByClient: ReadonlyMap<string, PlanCell>;
}

/** A row's cells by field key; calculated ones give their (memoised) result. */
type Get = (key: string) => Result;

type Rule = (get: Get, ctx: ValueContext) => Result;

const fold = (text: string) => text.trim().toLowerCase();
const isBlank = (value: Result) => value === null || value === "";
const num = (value: Result): number | undefined => (typeof value === "number" ? value : undefined);

/** The Clients revenue lookup, keyed as MATCH compares text. */
export function revenueIndex(
  clients: readonly { clientId: PlanCell; annualRevenue: PlanCell }[]
): Map<string, PlanCell> {
  const index = new Map<string, PlanCell>();
  for (const { clientId, annualRevenue } of clients) {
    if (clientId === null || clientId === "") continue;
    const key = fold(String(clientId));
    // MATCH(…, 0) finds the first row.
    if (!index.has(key)) index.set(key, annualRevenue);
  }
  return index;
}

/** The cell text of a value the formulas write (the key in English, the label in Chinese). */
const cellText = (values: readonly EnumValue[], key: string, lang: Lang) =>
  enumCellText(
    values.find((v) => v.key === key)!,
    lang
  );

/** Runs a scoring function; its refusal means the formula errors, so nothing is cached. */
function attempt<T>(compute: () => T): T | undefined {
  try {
    return compute();
  } catch {
    return undefined;
  }
}

const TIERS: Record<string, Rule> = {
  annualRevenue: (get, { revenueByClient }) => {
    const id = get("clientId");
    if (isBlank(id)) return "";
    if (id === undefined || !revenueByClient.has(fold(String(id)))) return UNKNOWN; // #N/A
    const revenue = revenueByClient.get(fold(String(id)));
    // N(): a number stays, TRUE is 1, a blank or text is 0.
    if (typeof revenue === "number") return revenue;
    if (typeof revenue === "boolean") return revenue ? 1 : 0;
    return 0;
  },
  tier: (get, { lang, style, settings }) => {
    const revenue = get("annualRevenue");
    if (revenue === UNKNOWN) return style === "portable" ? "" : UNKNOWN;
    if (typeof revenue !== "number") return style === "portable" || isBlank(revenue) ? "" : UNKNOWN;
    const key = attempt(() => tier(revenue, settings.tierThresholds));
    return key === undefined ? UNKNOWN : cellText(TIER, key, lang);
  },
  grade: (get, { style, settings }) =>
    gradeOf(get("valueScore"), get("difficulty"), style, settings),
  effectiveTier: (get) => {
    const override = get("overrideTier");
    if (override === UNKNOWN) return UNKNOWN;
    return isBlank(override) ? get("tier") : override;
  },
};

function gradeOf(
  value: Result,
  difficulty: Result,
  style: FormulaStyle,
  settings: RegisterSettings
): Result {
  const v = num(value);
  const d = num(difficulty);
  if (v !== undefined && d !== undefined)
    return grade(v, d, settings.gradeValueCut, settings.gradeDifficultyCut);
  if (value === UNKNOWN || difficulty === UNKNOWN) return UNKNOWN;
  // Portable: anything not a number on either side gives "". Live: only blanks do.
  return style === "portable" || isBlank(value) || isBlank(difficulty) ? "" : UNKNOWN;
}

/** A date cell as the formulas see it: its serial number (ISO text in the plan), or undefined. */
function serialOf(value: Result): number | undefined {
  if (typeof value === "number") return value;
  const iso = isoDay(value);
  return iso === undefined ? undefined : excelSerial(iso);
}

/** The severity code a cell holds, as the due-date formula finds it (label of the language, else code). */
function severityOf(text: Result, lang: Lang, style: FormulaStyle): Severity | undefined {
  if (typeof text !== "string") return undefined;
  const wanted = fold(text);
  const byLabel =
    lang === "en" ? undefined : SEVERITY.find((s) => fold(enumCellText(s, lang)) === wanted);
  // A Chinese register's portable formula looks among the labels only.
  if (lang !== "en" && style === "portable") return byLabel?.key as Severity | undefined;
  return (byLabel ?? SEVERITY.find((s) => s.key === wanted))?.key as Severity | undefined;
}

const COMPLAINTS: Record<string, Rule> = {
  dueOn: (get, { lang, style, settings }) => {
    const received = get("receivedOn");
    const severity = get("severity");
    if (isBlank(received) || isBlank(severity)) return "";
    const serial = serialOf(received);
    const key = severityOf(severity, lang, style);
    if (serial === undefined || key === undefined || !Number.isInteger(serial)) return UNKNOWN;
    const due = attempt(() =>
      dueDate(new Date((serial - EXCEL_UNIX_EPOCH) * 86_400_000), key, settings.slaDays, {
        businessDays: settings.businessDays,
      })
    );
    return due === undefined ? UNKNOWN : excelSerial(due);
  },
  overdue: (get, { lang, today }) => {
    const status = get("status");
    const due = get("dueOn");
    if (status === UNKNOWN || due === UNKNOWN) return UNKNOWN;
    const closed = ["resolved", "closed"].some((key) => {
      const value = COMPLAINT_STATUS.find((s) => s.key === key)!;
      const texts = lang === "en" ? [key] : [enumCellText(value, lang)];
      return typeof status === "string" && texts.some((text) => fold(text) === fold(status));
    });
    if (closed || isBlank(due)) return booleanCell(false, lang);
    // A due day given in place of the formula is a date cell (ISO text in the plan).
    const serial = serialOf(due);
    if (serial === undefined) return UNKNOWN;
    return booleanCell(excelSerial(today) > serial, lang);
  },
  satisfactionGap: (get, { style }) => {
    const actual = get("actualScore");
    const expected = get("expectedScore");
    const a = num(actual);
    const e = num(expected);
    if (a !== undefined && e !== undefined) return a - e;
    if (actual === UNKNOWN || expected === UNKNOWN) return UNKNOWN;
    return style === "portable" || isBlank(actual) || isBlank(expected) ? "" : UNKNOWN;
  },
};

const PIPELINE: Record<string, Rule> = {
  valueScore: (get, { settings }) => {
    const cells = FACTOR_LETTERS.map((letter) => ({ letter, cell: get(`factor${letter}`) }));
    const scored = cells.filter(
      (c): c is { letter: (typeof cells)[number]["letter"]; cell: number } =>
        typeof c.cell === "number"
    );
    if (scored.length === 0) return cells.every((c) => isBlank(c.cell)) ? "" : UNKNOWN;
    if (scored.length !== cells.filter((c) => !isBlank(c.cell)).length) return UNKNOWN;
    const score = attempt(() =>
      valueScore(
        scored.map((c) => c.cell),
        scored.map((c) => settings.factors[c.letter].weight),
        scored.map((c) => settings.factors[c.letter].against)
      )
    );
    return score === undefined ? UNKNOWN : score;
  },
  grade: (get, { settings }) => {
    const value = get("valueScore");
    const g = get("factorG");
    if (value === UNKNOWN || g === UNKNOWN) return UNKNOWN;
    if (isBlank(value) || isBlank(g)) return "";
    if (typeof value !== "number" || typeof g !== "number") return UNKNOWN;
    return grade(value, ((g - 1) / 4) * 100, settings.gradeValueCut, settings.gradeDifficultyCut);
  },
};

const RULES: Partial<Record<SheetKey, Record<string, Rule>>> = {
  Tiers: TIERS,
  Complaints: COMPLAINTS,
  Pipeline: PIPELINE,
};

/**
 * Fills the calculated columns of one row with their results (null where no value can be cached).
 * `keys` names the row's columns; `calculated` says which hold formulas.
 */
export function withCalculatedValues(
  sheet: SheetKey,
  keys: readonly string[],
  calculated: readonly boolean[],
  row: TableCell[],
  ctx: ValueContext
): TableCell[] {
  const rules = RULES[sheet];
  if (!rules || !calculated.some(Boolean)) return row;
  const at = new Map(keys.map((key, i) => [key, i]));
  const done = new Map<string, Result>();
  const get: Get = (key) => {
    const i = at.get(key);
    if (i === undefined) return null;
    // A value given in place of the formula is what the cell holds, as typed cells are.
    if (!calculated[i] || isGiven(row[i])) return cellValueOf(row[i]);
    if (done.has(key)) return done.get(key);
    done.set(key, UNKNOWN); // a cycle, should one be written, caches nothing
    const rule = rules[key];
    const result = rule ? rule(get, ctx) : UNKNOWN;
    done.set(key, result);
    return result;
  };
  return row.map((cell, i) => (calculated[i] && !isGiven(cell) ? (get(keys[i]) ?? null) : cell));
}

/** Today as the spreadsheet's TODAY() gives it: the local calendar day. */
export function localToday(now = new Date()): string {
  return fromDayNumber(
    Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000)
  );
}
