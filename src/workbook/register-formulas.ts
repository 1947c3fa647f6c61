/**
 * The formulas of the register's calculated columns, in two styles:
 * - portable: plain Excel functions (any spreadsheet engine, no add-in needed), built by the
 *   scoring module's portable builders;
 * - live: the add-in's custom functions (KAM.*), which share their code with the scoring module.
 * Both read the Settings names and both work on the stored enum codes (keys), never on labels.
 * Blank inputs give a blank result, so the entry row of an empty table shows nothing (the
 * portable builders do that themselves; live formulas and the lookups are guarded here).
 */
import { booleanCell, enumCellText } from "../register/catalog";
import { COMPLAINT_STATUS, TIER } from "../register/enums";
import { SLA_SEVERITIES, type FormulaStyle } from "../register/settings";
import { sheetDef } from "../register/sheets";
import type { EnumValue, Lang, SheetKey } from "../register/types";
import {
  portableGrade,
  portableSatisfaction,
  portableTier,
  portableValueScore,
} from "../scoring/portable";
import { businessDaysCondition, SETTING_NAMES as N } from "./settings-sheet";
import { thisRow, thisRowSpan, wholeColumn } from "./structured-ref";

export interface FormulaContext {
  style: FormulaStyle;
  lang: Lang;
}

type Builder = (ctx: FormulaContext) => string;

/** Helpers that spell a sheet's columns by their header in the register's language. */
function refs(sheet: SheetKey, lang: Lang) {
  const def = sheetDef(sheet);
  const header = (key: string): string => {
    const field = def.fields.find((f) => f.key === key);
    if (!field) throw new Error(`${sheet} has no field "${key}".`);
    return field.label[lang];
  };
  return {
    row: (key: string) => thisRow(def.table, header(key)),
    span: (first: string, last: string) => thisRowSpan(def.table, header(first), header(last)),
    column: (key: string) => wholeColumn(def.table, header(key)),
  };
}

const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The texts a register in `lang` writes for these enum values (keys in English, labels otherwise). */
const cellTexts = (values: readonly EnumValue[], lang: Lang): string[] =>
  values.map((v) => enumCellText(v, lang));

/** An expression giving an enum key, turned into the register language's text of that value. */
function keyToCellText(expression: string, values: readonly EnumValue[], lang: Lang): string {
  if (lang === "en") return expression;
  const keys = values.map((v) => literal(v.key)).join(",");
  const texts = cellTexts(values, lang).map(literal).join(",");
  return `IFERROR(INDEX({${texts}},MATCH(${expression},{${keys}},0)),${expression})`;
}

/** "status is none of these values", as the register's cells write them. */
function isNone(ref: string, values: readonly EnumValue[], keys: readonly string[], lang: Lang) {
  const texts = new Set<string>();
  for (const key of keys) {
    const value = values.find((v) => v.key === key);
    // A Chinese register's cells hold labels (the importer and the dropdowns write them), and
    // its formulas spell no English key.
    if (lang === "en" || !value) texts.add(key);
    if (value) texts.add(enumCellText(value, lang));
  }
  return [...texts].map((text) => `${ref}<>${literal(text)}`).join(",");
}

const blankIfAnyBlank = (inputs: string[], formula: string): string =>
  `IF(${inputs.length === 1 ? `${inputs[0]}=""` : `OR(${inputs.map((ref) => `${ref}=""`).join(",")})`},"",${formula})`;

const TIERS: Record<string, Builder> = {
  annualRevenue: ({ lang }) => {
    const tiers = refs("Tiers", lang);
    const clients = refs("Clients", lang);
    const id = tiers.row("clientId");
    return blankIfAnyBlank(
      [id],
      // N(): a client without revenue reads 0 in Excel and LibreOffice alike (LibreOffice would give "").
      `N(INDEX(${clients.column("annualRevenue")},MATCH(${id},${clients.column("clientId")},0)))`
    );
  },
  tier: ({ style, lang }) => {
    const revenue = refs("Tiers", lang).row("annualRevenue");
    if (style === "portable") return portableTier(revenue, N.tierThresholds, cellTexts(TIER, lang));
    return blankIfAnyBlank(
      [revenue],
      keyToCellText(`KAM.TIER(${revenue},${N.tierThresholds})`, TIER, lang)
    );
  },
  grade: ({ style, lang }) => {
    const t = refs("Tiers", lang);
    const value = t.row("valueScore");
    const difficulty = t.row("difficulty");
    if (style === "portable")
      return portableGrade(value, difficulty, N.gradeValueCut, N.gradeDifficultyCut);
    return blankIfAnyBlank(
      [value, difficulty],
      `KAM.GRADE(${value},${difficulty},${N.gradeValueCut},${N.gradeDifficultyCut})`
    );
  },
  /** A person's override wins; it is a plain value, so rebuilding the register keeps it. */
  effectiveTier: ({ lang }) => {
    const t = refs("Tiers", lang);
    return `IF(${t.row("overrideTier")}<>"",${t.row("overrideTier")},${t.row("tier")})`;
  },
};

const COMPLAINTS: Record<string, Builder> = {
  /** Calendar days, or working days (WORKDAY: Mon–Fri) when the BusinessDays setting is TRUE. */
  dueOn: ({ style, lang }) => {
    const c = refs("Complaints", lang);
    const received = c.row("receivedOn");
    const severity = c.row("severity");
    // A Chinese register's severity cells hold labels: the position among the labels on Settings
    // (column A of the service-level rows). KAM.DUEDATE takes codes, which a Chinese register's
    // Settings does not show: live formulas carry them.
    const codes = `{${SLA_SEVERITIES.map(literal).join(",")}}`;
    const position =
      lang === "en"
        ? `MATCH(${severity},${N.slaSeverities},0)`
        : style === "live"
          ? `IFERROR(MATCH(${severity},${N.slaSeverityLabels},0),MATCH(${severity},${codes},0))`
          : `MATCH(${severity},${N.slaSeverityLabels},0)`;
    const slaDays = `INDEX(${N.slaDays},${position})`;
    const severityKey = lang === "en" ? severity : `INDEX(${codes},${position})`;
    const businessDays = businessDaysCondition(lang);
    // Both styles read the Settings SLAs, so editing Settings moves every due date at once (as
    // the pane's own due dates do). SlaDays runs critical, high, medium, low: KAM.DUEDATE's order.
    const due =
      style === "live"
        ? `KAM.DUEDATE(${received},${severityKey},${N.slaDays},${businessDays})`
        : `IF(${businessDays},WORKDAY(${received},${slaDays}),${received}+${slaDays})`;
    return blankIfAnyBlank([received, severity], due);
  },
  /** Not resolved or closed, and past its due date. */
  overdue: ({ lang }) => {
    const c = refs("Complaints", lang);
    const status = c.row("status");
    const due = c.row("dueOn");
    const open = isNone(status, COMPLAINT_STATUS, ["resolved", "closed"], lang);
    const overdue = `AND(${open},${due}<>"",TODAY()>${due})`;
    // A Chinese register writes yes/no as 是/否, like its typed yes/no cells, never TRUE/FALSE.
    if (lang === "en") return overdue;
    const yes = booleanCell(true, lang);
    const no = booleanCell(false, lang);
    return `IF(${overdue},${literal(String(yes))},${literal(String(no))})`;
  },
  satisfactionGap: ({ style, lang }) => {
    const c = refs("Complaints", lang);
    const actual = c.row("actualScore");
    const expected = c.row("expectedScore");
    if (style === "portable") return portableSatisfaction(actual, expected);
    return blankIfAnyBlank([actual, expected], `KAM.SATISFACTION(${actual},${expected})`);
  },
};

const PIPELINE: Record<string, Builder> = {
  /** FactorWeights and FactorAgainst run across a row on Settings, the same shape as the A–G cells. */
  valueScore: ({ style, lang }) => {
    const scores = refs("Pipeline", lang).span("factorA", "factorG");
    if (style === "portable") return portableValueScore(scores, N.factorWeights, N.factorAgainst);
    return `IF(COUNT(${scores})=0,"",KAM.VALUESCORE(${scores},${N.factorWeights},${N.factorAgainst}))`;
  },
  /** Difficulty is factor G (1–5) put on the 0–100 scale of the grade cuts. */
  grade: ({ style, lang }) => {
    const p = refs("Pipeline", lang);
    const value = p.row("valueScore");
    const g = p.row("factorG");
    const difficulty = `((${g}-1)/4*100)`;
    const grade =
      style === "live"
        ? `KAM.GRADE(${value},${difficulty},${N.gradeValueCut},${N.gradeDifficultyCut})`
        : portableGrade(value, difficulty, N.gradeValueCut, N.gradeDifficultyCut);
    return blankIfAnyBlank([value, g], grade);
  },
};

const BUILDERS: Partial<Record<SheetKey, Record<string, Builder>>> = {
  Tiers: TIERS,
  Complaints: COMPLAINTS,
  Pipeline: PIPELINE,
};

/** The calculated-column formula (without "=") of a computed field, or undefined for typed fields. */
export function computedFormula(
  sheet: SheetKey,
  fieldKey: string,
  ctx: FormulaContext
): string | undefined {
  const field = sheetDef(sheet).fields.find((f) => f.key === fieldKey);
  if (!field?.computed) return undefined;
  const builder = BUILDERS[sheet]?.[fieldKey];
  if (!builder)
    throw new Error(`No formula is defined for the calculated column ${sheet}.${fieldKey}.`);
  return builder(ctx);
}
