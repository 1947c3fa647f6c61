/**
 * The Settings sheet: a readable "setting | value | code | note" list plus a factor table, and the
 * defined names the register's formulas read (TierThresholds, SlaDays, FactorWeights, …).
 */
import { GRADE, SEVERITY, TIER } from "../register/enums";
import { sheetDef } from "../register/sheets";
import { settingsTab } from "../register/tabs";
import {
  FACTOR_LETTERS,
  SLA_SEVERITIES,
  THRESHOLD_TIERS,
  type RegisterSettings,
} from "../register/settings";
import { LANGS, type Lang, type Localized } from "../register/types";
import { absoluteRange, cellAddress, columnLetter } from "./a1";
import { CAPTIONS } from "./captions";
import { YES_NO_VALUES } from "./columns";
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
const WIDTHS = [34, 16, 18, 48, 16, 16, 16, 16];
/** Rows are coloured across the setting, value, code and note columns (the factor table's too). */
const STYLED_COLUMNS = WIDTHS.length;

const AMOUNT_FORMAT = "#,##0";
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
      tier,
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
    "gradeValueCut",
    CAPTIONS.gradeValueCutNote[lang]
  );
  const difficulty = grid.add(
    CAPTIONS.gradeDifficultyCut[lang],
    settings.gradeDifficultyCut,
    "gradeDifficultyCut",
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
      severity,
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
  grid.name(
    SETTING_NAMES.slaSeverities,
    first,
    COL.key,
    last,
    COL.key,
    "Severity codes matching SlaDays"
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
    settings.businessDays,
    "businessDays",
    CAPTIONS.businessDaysNote[lang]
  );
  grid.validate(business, COL.value, { kind: "list", values: [...YES_NO_VALUES] });
  grid.name(SETTING_NAMES.businessDays, business, COL.value);
}

function addGeneral(grid: Grid, settings: RegisterSettings, lang: Lang): void {
  grid.styled("section", CAPTIONS.generalSection[lang]);
  const notVisited = grid.add(
    CAPTIONS.notVisitedDays[lang],
    settings.notVisitedDays,
    "notVisitedDays",
    CAPTIONS.notVisitedDaysNote[lang]
  );
  grid.validate(notVisited, COL.value, WHOLE_DAYS);
  grid.name(SETTING_NAMES.notVisitedDays, notVisited, COL.value);
  const currency = grid.add(
    CAPTIONS.currency[lang],
    settings.currency,
    "currency",
    CAPTIONS.currencyNote[lang]
  );
  grid.name(SETTING_NAMES.currency, currency, COL.value);
  const language = grid.add(
    CAPTIONS.language[lang],
    settings.lang,
    "lang",
    CAPTIONS.languageNote[lang]
  );
  grid.validate(language, COL.value, { kind: "list", values: [...LANGS] });
  grid.name(SETTING_NAMES.language, language, COL.value);
  const style = grid.add(
    CAPTIONS.formulaStyle[lang],
    settings.formulaStyle,
    "formulaStyle",
    CAPTIONS.formulaStyleNote[lang]
  );
  grid.validate(style, COL.value, { kind: "list", values: ["portable", "live"] });
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
    CAPTIONS.keyHeader[lang],
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
  return { sheet, names: grid.names };
}
