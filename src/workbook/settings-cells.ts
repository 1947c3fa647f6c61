/**
 * Settings as the Settings sheet's named cells hold them, read by either workbook reader (the
 * .xlsx file or the open workbook): each name's cells in, settings out. Pure.
 */
import { SEVERITY } from "../register/enums";
import {
  DEFAULT_SETTINGS,
  FACTOR_LETTERS,
  FORMULA_STYLES,
  SLA_SEVERITIES,
  type RegisterSettings,
} from "../register/settings";
import { LANGS } from "../register/types";
import { formulaStyleCell, LANGUAGE_NAMES, SETTING_NAMES } from "./settings-sheet";
import { asBoolean, asNumber, type Scalar } from "./xlsx/cell-values";

/** The cells a workbook name covers, with their addresses (for error messages). */
export interface NamedCells {
  name: string;
  cells: { address: string; value: Scalar }[];
}

function settingError(
  cell: { address: string; value: Scalar },
  name: string,
  expected: string
): Error {
  return new Error(
    `${cell.address} (${name}): expected ${expected}, found ${cell.value === null ? "an empty cell" : JSON.stringify(cell.value)}.`
  );
}

function numbers(found: NamedCells, count: number): number[] {
  if (found.cells.length !== count)
    throw new Error(`The name ${found.name} must cover ${count} cells, not ${found.cells.length}.`);
  return found.cells.map((cell) => {
    const n = asNumber(cell.value instanceof Date ? null : cell.value);
    if (n === undefined) throw settingError(cell, found.name, "a number");
    return n;
  });
}

function flags(found: NamedCells, count: number): boolean[] {
  if (found.cells.length !== count)
    throw new Error(`The name ${found.name} must cover ${count} cells, not ${found.cells.length}.`);
  return found.cells.map((cell) => {
    const flag =
      cell.value === null ? false : asBoolean(cell.value instanceof Date ? null : cell.value);
    if (flag === undefined) throw settingError(cell, found.name, "1 or 0 (TRUE or FALSE)");
    return flag;
  });
}

function single<T>(found: NamedCells, read: (value: Scalar) => T | undefined, expected: string): T {
  const cell = found.cells[0];
  const value = read(cell.value);
  if (value === undefined) throw settingError(cell, found.name, expected);
  return value;
}

const numberOf = (value: Scalar) => (value instanceof Date ? undefined : asNumber(value));
const booleanOf = (value: Scalar) => (value instanceof Date ? undefined : asBoolean(value));
const textOf = (value: Scalar) => (typeof value === "string" ? value.trim() : undefined);

/** The severity code a Settings cell names: the code itself or its label in any language. */
function severityCode(value: Scalar): string {
  const text = textOf(value)?.toLowerCase();
  if (!text) return "";
  const found = SEVERITY.find(
    (s) => s.key === text || Object.values(s.label).some((label) => label.toLowerCase() === text)
  );
  return found?.key ?? text;
}

/**
 * The settings the workbook names hold; absent names are left to the defaults. A value that does
 * not fit throws an error naming its cell.
 */
export function settingsFromNames(
  get: (name: string) => NamedCells | undefined
): Partial<RegisterSettings> {
  const out: Partial<RegisterSettings> = {};
  const thresholds = get(SETTING_NAMES.tierThresholds);
  if (thresholds) out.tierThresholds = numbers(thresholds, 4) as RegisterSettings["tierThresholds"];

  const weights = get(SETTING_NAMES.factorWeights);
  const against = get(SETTING_NAMES.factorAgainst);
  if (weights || against) {
    const w = weights
      ? numbers(weights, FACTOR_LETTERS.length)
      : FACTOR_LETTERS.map((l) => DEFAULT_SETTINGS.factors[l].weight);
    const a = against
      ? flags(against, FACTOR_LETTERS.length)
      : FACTOR_LETTERS.map((l) => DEFAULT_SETTINGS.factors[l].against);
    out.factors = Object.fromEntries(
      FACTOR_LETTERS.map((letter, i) => [letter, { weight: w[i], against: a[i] }])
    ) as RegisterSettings["factors"];
  }

  const valueCut = get(SETTING_NAMES.gradeValueCut);
  if (valueCut) out.gradeValueCut = single(valueCut, numberOf, "a number from 0 to 100");
  const difficultyCut = get(SETTING_NAMES.gradeDifficultyCut);
  if (difficultyCut)
    out.gradeDifficultyCut = single(difficultyCut, numberOf, "a number from 0 to 100");

  const slaDays = get(SETTING_NAMES.slaDays);
  if (slaDays) {
    const days = numbers(slaDays, SLA_SEVERITIES.length);
    // Match the days to their severity codes when the codes are there; else use the standard order.
    // A Chinese register names its severities by their labels; read a label of any language as its code.
    const codes = get(SETTING_NAMES.slaSeverities)?.cells.map((c) => severityCode(c.value));
    const order =
      codes && SLA_SEVERITIES.every((s) => codes.includes(s)) ? codes : [...SLA_SEVERITIES];
    out.slaDays = Object.fromEntries(
      SLA_SEVERITIES.map((s) => [s, days[order.indexOf(s)]])
    ) as RegisterSettings["slaDays"];
  }
  const business = get(SETTING_NAMES.businessDays);
  if (business) out.businessDays = single(business, booleanOf, "TRUE or FALSE");
  const notVisited = get(SETTING_NAMES.notVisitedDays);
  if (notVisited) out.notVisitedDays = single(notVisited, numberOf, "a number of days");
  const currency = get(SETTING_NAMES.currency);
  if (currency)
    out.currency = single(currency, (v) => textOf(v)?.toUpperCase(), "a currency code such as CNY");
  const language = get(SETTING_NAMES.language);
  if (language)
    out.lang = single(
      language,
      (v) =>
        LANGS.find(
          (l) =>
            l.toLowerCase() === textOf(v)?.toLowerCase() ||
            LANGUAGE_NAMES[l].toLowerCase() === textOf(v)?.toLowerCase()
        ),
      `one of ${LANGS.join(", ")}`
    );
  const style = get(SETTING_NAMES.formulaStyle);
  if (style)
    out.formulaStyle = single(
      style,
      (v) =>
        FORMULA_STYLES.find((s) =>
          LANGS.some((l) => formulaStyleCell(s, l).toLowerCase() === textOf(v)?.toLowerCase())
        ),
      "portable or live"
    );
  return out;
}
