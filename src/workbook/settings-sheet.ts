/**
 * The Settings sheet: a readable "setting | value | code | note" list plus a factor table, and the
 * defined names the register's formulas read (TierThresholds, SlaDays, FactorWeights, …).
 */
import { YES_NO_TEXT } from "../register/catalog";
import { GRADE, SEVERITY, TIER } from "../register/enums";
import { sheetDef } from "../register/sheets";
import { settingsTab } from "../register/tabs";
import {
  FACTOR_LETTERS,
  FORMULA_STYLES,
  SLA_SEVERITIES,
  THRESHOLD_TIERS,
  type FormulaStyle,
  type RegisterSettings,
} from "../register/settings";
import { LANGS, type Lang, type Localized } from "../register/types";
import { absoluteRange, cellAddress, columnLetter } from "./a1";
import { CAPTIONS } from "./captions";
import { yesNoValues } from "./columns";
import type {
  ConditionalFormatPlan,
  DefinedNamePlan,
  PlanValue,
  SheetPlan,
  ValidationRule,
} from "./plan";
import { wrappedRowHeights } from "./print-layout";
import { rowStyle, type RowStyle } from "./row-styles";

/** The English tab; a Chinese register names it in its language (settingsTab). */
export const SETTINGS_SHEET = "Settings";

/** The workbook names of the settings; formulas and the reader refer to them. */
export const SETTING_NAMES = {
  tierThresholds: "TierThresholds",
  factorWeights: "FactorWeights",
  factorAgainst: "FactorAgainst",
  gradeValueCut: "GradeValueCut",
  gradeDifficultyCut: "GradeDifficultyCut",
  slaDays: "SlaDays",
  slaSeverities: "SlaSeverities",
  slaSeverityLabels: "SlaSeverityLabels",
  businessDays: "BusinessDays",
  notVisitedDays: "NotVisitedDays",
  currency: "Currency",
  language: "Language",
  formulaStyle: "FormulaStyle",
} as const;

const COL = { setting: 0, value: 1, key: 2, note: 3 } as const;

/**
 * Machine codes (diamond, critical, gradeValueCut …) are written in the code column of an English
 * register only: a Chinese register's reader never meets an English key. Formulas and readers find
 * every setting through the workbook names, never through the codes.
 */
const showsCodes = (lang: Lang): boolean => lang === "en";

/** Each language by its own name, as a Chinese register's Settings writes and offers them. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: "English",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};

/** The Language setting's cell text: the code in an English register, the language's name otherwise. */
export function languageCell(value: Lang, lang: Lang): string {
  return showsCodes(lang) ? value : LANGUAGE_NAMES[value];
}

/** The FormulaStyle setting's cell text: the key in English, the label in Chinese. */
export function formulaStyleCell(style: FormulaStyle, lang: Lang): string {
  return (style === "live" ? CAPTIONS.formulaStyleLive : CAPTIONS.formulaStylePortable)[lang];
}

/** The BusinessDays setting's cell: TRUE/FALSE in English, 是/否 text in Chinese. */
export function businessDaysCell(value: boolean, lang: Lang): boolean | string {
  if (lang === "en") return value;
  return value ? YES_NO_TEXT[lang].yes : YES_NO_TEXT[lang].no;
}

/**
 * The BusinessDays setting as a formula condition. A Chinese register's cell holds 是 or 否
 * (a text), which IF() cannot take; comparing also keeps a typed TRUE working.
 */
export function businessDaysCondition(lang: Lang): string {
  if (lang === "en") return SETTING_NAMES.businessDays;
  return `OR(${SETTING_NAMES.businessDays}=TRUE,${SETTING_NAMES.businessDays}="${YES_NO_TEXT[lang].yes}")`;
}

/**
 * A boolean printed by LibreOffice under the General format shows as 1 or 0; this format makes
 * it print TRUE or FALSE as Excel shows it.
 */
const BOOLEAN_FORMAT = '"TRUE";"TRUE";"FALSE"';
const WIDTHS = [34, 16, 18, 48, 16, 16, 16, 16];
/** Rows are coloured across the setting, value, code and note columns (the factor table's too). */
const STYLED_COLUMNS = WIDTHS.length;

/** Room at the right of an amount, so it does not print against the code beside it. */
const AMOUNT_FORMAT = "#,##0_0";
const NON_NEGATIVE: ValidationRule = { kind: "decimal", min: 0 };
const WHOLE_DAYS: ValidationRule = { kind: "whole", min: 0 };
const CUT: ValidationRule = { kind: "decimal", min: 0, max: 100 };

/** Accumulates grid rows and remembers where each named block landed. */
class Grid {
  readonly rows: PlanValue[][] = [];
  readonly formats: Record<string, string> = {};
  readonly validations: Record<string, ValidationRule> = {};
  readonly names: DefinedNamePlan[] = [];
  readonly styles: ConditionalFormatPlan[] = [];

  constructor(readonly sheetName: string) {}

  /** Appends a row coloured in a row style across the sheet's columns. */
  styled(style: RowStyle, ...cells: PlanValue[]): number {
    const row = this.add(...cells);
    this.styles.push(rowStyle(`A${row}:${columnLetter(STYLED_COLUMNS - 1)}${row}`, style));
    return row;
  }

  /** Appends a row and returns its 1-based row number. */
  add(...cells: PlanValue[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  blank(): void {
    this.add();
  }

  name(
    name: string,
    top: number,
    left: number,
    bottom = top,
    right = left,
    comment?: string
  ): void {
    this.names.push({
      name,
      ref: absoluteRange(this.sheetName, top, left, bottom, right),
      ...(comment ? { comment } : {}),
    });
  }

  format(row: number, column: number, numberFormat: string): void {
    this.formats[cellAddress(row, column)] = numberFormat;
  }

  validate(row: number, column: number, rule: ValidationRule): void {
    this.validations[cellAddress(row, column)] = rule;
  }
}

function labelOf(
  values: readonly { key: string; label: Localized }[],
  key: string,
  lang: Lang
): string {
  return values.find((v) => v.key === key)?.label[lang] ?? key;
}

/** The factor's name without its leading letter ("A Share of business" → "Share of business"). */
function factorName(letter: string, lang: Lang): string {
  const field = sheetDef("Pipeline").fields.find((f) => f.key === `factor${letter}`);
  return (field?.label[lang] ?? letter).replace(new RegExp(`^${letter}\\s*`), "");
}

function addTierThresholds(grid: Grid, settings: RegisterSettings, lang: Lang): void {
  grid.styled("section", CAPTIONS.tierSection[lang]);
  const rows = THRESHOLD_TIERS.map((tier, i) => {
    const last = i === THRESHOLD_TIERS.length - 1;
    const row = grid.add(
      labelOf(TIER, tier, lang),
      settings.tierThresholds[i],
      showsCodes(lang) ? tier : null,
      (last ? CAPTIONS.lowestTierNote : CAPTIONS.tierNote)[lang]
    );
    grid.format(row, COL.value, AMOUNT_FORMAT);
    grid.validate(row, COL.value, NON_NEGATIVE);
    return row;
  });
  grid.name(
    SETTING_NAMES.tierThresholds,
    rows[0],
    COL.value,
    rows[rows.length - 1],
    COL.value,
    "Minimum annual revenue: diamond, platinum, gold, VIP"
  );
}

function addGradeCuts(grid: Grid, settings: RegisterSettings, lang: Lang): void {
  grid.styled(
    "section",
    CAPTIONS.gradeSection[lang],
    null,
    null,
    GRADE.map((g) => g.label[lang]).join(" · ")
  );
  const value = grid.add(
    CAPTIONS.gradeValueCut[lang],
    settings.gradeValueCut,
    showsCodes(lang) ? "gradeValueCut" : null,
    CAPTIONS.gradeValueCutNote[lang]
  );
  const difficulty = grid.add(
    CAPTIONS.gradeDifficultyCut[lang],
    settings.gradeDifficultyCut,
    showsCodes(lang) ? "gradeDifficultyCut" : null,
    CAPTIONS.gradeDifficultyCutNote[lang]
  );
  grid.validate(value, COL.value, CUT);
  grid.validate(difficulty, COL.value, CUT);
  grid.name(SETTING_NAMES.gradeValueCut, value, COL.value);
  grid.name(SETTING_NAMES.gradeDifficultyCut, difficulty, COL.value);
}

function addServiceLevels(grid: Grid, settings: RegisterSettings, lang: Lang): void {
  grid.styled("section", CAPTIONS.slaSection[lang]);
  const rows = SLA_SEVERITIES.map((severity) => {
    const row = grid.add(
      labelOf(SEVERITY, severity, lang),
      settings.slaDays[severity],
      showsCodes(lang) ? severity : null,
      CAPTIONS.slaNote[lang]
    );
    grid.validate(row, COL.value, WHOLE_DAYS);
    return row;
  });
  const first = rows[0];
  const last = rows[rows.length - 1];
  grid.name(
    SETTING_NAMES.slaDays,
    first,
    COL.value,
    last,
    COL.value,
    "Days to resolve: critical, high, medium, low"
  );
  // A Chinese register has no codes on the sheet: its severities are the labels (readers take either).
  const severityColumn = showsCodes(lang) ? COL.key : COL.setting;
  grid.name(
    SETTING_NAMES.slaSeverities,
    first,
    severityColumn,
    last,
    severityColumn,
    "Severities matching SlaDays"
  );
  grid.name(
    SETTING_NAMES.slaSeverityLabels,
    first,
    COL.setting,
    last,
    COL.setting,
    "Severities as the register's cells write them, matching SlaDays"
  );
  const business = grid.add(
    CAPTIONS.businessDays[lang],
    businessDaysCell(settings.businessDays, lang),
    showsCodes(lang) ? "businessDays" : null,
    CAPTIONS.businessDaysNote[lang]
  );
  grid.validate(business, COL.value, { kind: "list", values: yesNoValues(lang) });
  if (lang === "en") grid.format(business, COL.value, BOOLEAN_FORMAT);
  grid.name(SETTING_NAMES.businessDays, business, COL.value);
}

function addGeneral(grid: Grid, settings: RegisterSettings, lang: Lang): void {
  grid.styled("section", CAPTIONS.generalSection[lang]);
  const notVisited = grid.add(
    CAPTIONS.notVisitedDays[lang],
    settings.notVisitedDays,
    showsCodes(lang) ? "notVisitedDays" : null,
    CAPTIONS.notVisitedDaysNote[lang]
  );
  grid.validate(notVisited, COL.value, WHOLE_DAYS);
  grid.name(SETTING_NAMES.notVisitedDays, notVisited, COL.value);
  const currency = grid.add(
    CAPTIONS.currency[lang],
    settings.currency,
    showsCodes(lang) ? "currency" : null,
    CAPTIONS.currencyNote[lang]
  );
  grid.name(SETTING_NAMES.currency, currency, COL.value);
  const language = grid.add(
    CAPTIONS.language[lang],
    languageCell(settings.lang, lang),
    showsCodes(lang) ? "lang" : null,
    CAPTIONS.languageNote[lang]
  );
  grid.validate(language, COL.value, {
    kind: "list",
    values: LANGS.map((l) => languageCell(l, lang)),
  });
  grid.name(SETTING_NAMES.language, language, COL.value);
  const style = grid.add(
    CAPTIONS.formulaStyle[lang],
    formulaStyleCell(settings.formulaStyle, lang),
    showsCodes(lang) ? "formulaStyle" : null,
    CAPTIONS.formulaStyleNote[lang]
  );
  grid.validate(style, COL.value, {
    kind: "list",
    values: FORMULA_STYLES.map((s) => formulaStyleCell(s, lang)),
  });
  grid.name(SETTING_NAMES.formulaStyle, style, COL.value);
}

/** Factors run across columns B–H so that FactorWeights lines up with a Pipeline row's factor cells. */
function addFactors(grid: Grid, settings: RegisterSettings, lang: Lang): void {
  grid.styled("section", CAPTIONS.factorSection[lang]);
  grid.styled("header", CAPTIONS.factorRow[lang], ...FACTOR_LETTERS);
  grid.add(
    CAPTIONS.factorNameRow[lang],
    ...FACTOR_LETTERS.map((letter) => factorName(letter, lang))
  );
  const weights = grid.add(
    CAPTIONS.factorWeightRow[lang],
    ...FACTOR_LETTERS.map((letter) => settings.factors[letter].weight)
  );
  const against = grid.add(
    CAPTIONS.factorAgainstRow[lang],
    ...FACTOR_LETTERS.map((letter) => (settings.factors[letter].against ? 1 : 0))
  );
  const first = COL.value;
  const last = COL.value + FACTOR_LETTERS.length - 1;
  for (let column = first; column <= last; column++) {
    grid.validate(weights, column, NON_NEGATIVE);
    grid.validate(against, column, { kind: "whole", min: 0, max: 1 });
  }
  grid.name(SETTING_NAMES.factorWeights, weights, first, weights, last, "Weights of factors A–G");
  grid.name(
    SETTING_NAMES.factorAgainst,
    against,
    first,
    against,
    last,
    "1 where a high factor score counts against the deal"
  );
}

export function buildSettingsSheet(
  settings: RegisterSettings,
  lang: Lang
): { sheet: SheetPlan; names: DefinedNamePlan[] } {
  const grid = new Grid(settingsTab(lang));
  grid.styled("title", CAPTIONS.settingsTitle[lang]);
  grid.add(CAPTIONS.settingsIntro[lang]);
  grid.styled(
    "header",
    CAPTIONS.settingHeader[lang],
    CAPTIONS.valueHeader[lang],
    showsCodes(lang) ? CAPTIONS.keyHeader[lang] : null,
    CAPTIONS.noteHeader[lang]
  );
  addTierThresholds(grid, settings, lang);
  grid.blank();
  addGradeCuts(grid, settings, lang);
  grid.blank();
  addServiceLevels(grid, settings, lang);
  grid.blank();
  addGeneral(grid, settings, lang);
  grid.blank();
  addFactors(grid, settings, lang);

  const sheet: SheetPlan = {
    name: grid.sheetName,
    grid: grid.rows,
    gridFormats: grid.formats,
    gridWidths: WIDTHS,
    gridValidations: grid.validations,
    // Notes wrap in their column, with rows tall enough to print them whole.
    gridWrap: [COL.note],
    gridRowHeights: wrappedRowHeights(grid.rows, WIDTHS, [COL.note]),
    freezeRows: 0,
    conditionalFormats: grid.styles,
    // Landscape: the factor table runs across eight columns, which portrait would print tiny.
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      headerText: CAPTIONS.settingsTitle[lang],
    },
  };
  // The names' comments (Excel's Name Manager shows them) are English notes for English registers.
  const names = lang === "en" ? grid.names : grid.names.map(({ name, ref }) => ({ name, ref }));
  return { sheet, names };
}
