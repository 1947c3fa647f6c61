/** How one catalog field looks as a register table column: header, format, width, validation, note. */
import { booleanCell, enumCellText } from "../register/catalog";
import type { FieldDef, FieldType, Lang } from "../register/types";
import { CAPTIONS } from "./captions";
import type { ColumnPlan, PlanCell, ValidationRule } from "./plan";

/**
 * Amounts keep a digit's width free at their right (`_0`): a right-aligned amount that fills its
 * column would otherwise print against the text of the column beside it.
 */
export const MONEY_FORMAT = "#,##0.00_0";
/** Dates likewise: a right-aligned date printed against the next column's text reads as one word. */
export const DATE_FORMAT = "yyyy-mm-dd_0";

/** Number formats by field type. "@" keeps typed ids and phone numbers as text (no lost leading zeros). */
const INPUT_FORMATS: Partial<Record<FieldType, string>> = {
  id: "@",
  text: "@",
  phone: "@",
  email: "@",
  enum: "@",
  date: DATE_FORMAT,
  money: MONEY_FORMAT,
  integer: "0",
  percent: "0%",
  score: "0.0",
};

/** Calculated cells must not be text-formatted: Excel would keep an edited formula as text. */
const COMPUTED_FORMATS: Partial<Record<FieldType, string>> = {
  date: DATE_FORMAT,
  money: MONEY_FORMAT,
  integer: "0",
  percent: "0%",
  score: "0.0",
};

const BASE_WIDTHS: Record<FieldType, number> = {
  id: 12,
  text: 18,
  phone: 16,
  email: 24,
  date: 13,
  money: 15,
  number: 10,
  integer: 9,
  percent: 10,
  score: 10,
  enum: 14,
  boolean: 10,
};

/** Free-text fields people write sentences into. */
const LONG_TEXT = new Set([
  "notes",
  "address",
  "description",
  "keyPoints",
  "clientViews",
  "nextSteps",
  "nextAction",
  "rootCause",
  "correctiveAction",
  "mainBusiness",
  "purpose",
  "overrideReason",
]);

const MAX_WIDTH = 50;
/** Room for the table's filter button beside the header text. */
const FILTER_BUTTON = 3;

export const YES_NO_VALUES = ["TRUE", "FALSE"];

/** The yes/no dropdown of a register in `lang`: TRUE / FALSE in English, 是 / 否 in Chinese. */
export function yesNoValues(lang: Lang): string[] {
  return [true, false].map((b) => String(booleanCell(b, lang)).toUpperCase());
}

/** East Asian wide characters (Hangul Jamo, CJK, Hangul, compatibility, fullwidth forms). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** Display width in characters: East Asian wide characters count double, a surrogate pair once. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      width += 1;
    } else width += isWide(code) ? 2 : 1;
  }
  return width;
}

/**
 * Characters a value takes as its number format shows it: "#,##0.00" gives 12,345,678.90, "0%"
 * gives 45%, a date format 10. Text by display width. A column narrower than this shows ###.
 */
export function shownWidth(value: PlanCell, numberFormat = "General"): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return 5;
  if (typeof value === "string") return displayWidth(value);
  if (!Number.isFinite(value)) return 0;
  // Each `_x` reserves the width of one character.
  const reserved = (numberFormat.match(/_./g) ?? []).length;
  const bare = numberFormat.replace(/_./g, "");
  if (/[ymd]/i.test(bare) && !/0/.test(bare)) return Math.max(10, bare.length) + reserved;
  if (bare === "General" || bare === "@") return Math.min(11, String(value).length);
  const percent = numberFormat.includes("%");
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length ?? 0;
  const shown = (percent ? value * 100 : value).toLocaleString("en-US", {
    useGrouping: numberFormat.includes(","),
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return shown.length + (percent ? 1 : 0) + reserved;
}

/** Room beside a value in its column (cell padding). */
const VALUE_PADDING = 2;

/**
 * Measures a column's values one at a time (see fitWidthToValues), so a plan can size its
 * columns while it makes the rows instead of reading every column again.
 */
export class WidthMeter {
  private text = 0;
  private low = Infinity;
  private high = -Infinity;

  constructor(private readonly numberFormat?: string) {}

  add(value: PlanCell): void {
    if (value === null) return;
    if (typeof value === "number") {
      if (value < this.low) this.low = value;
      if (value > this.high) this.high = value;
    } else if (typeof value === "string" || typeof value === "boolean") {
      if (typeof value === "string" && value.length * 2 <= this.text) return;
      this.text = Math.max(this.text, shownWidth(value, this.numberFormat));
    }
  }

  /** The width the values need, never narrower than `width`. */
  width(width: number): number {
    const numbers = Number.isFinite(this.low)
      ? Math.max(shownWidth(this.low, this.numberFormat), shownWidth(this.high, this.numberFormat))
      : 0;
    return Math.max(
      width,
      Math.min(MAX_WIDTH, this.text + VALUE_PADDING),
      numbers ? numbers + VALUE_PADDING : 0
    );
  }
}

/**
 * A column's width for its values: the widest as shown (numbers in full, whatever their size, so
 * no ### appears; text up to the usual maximum), never narrower than `width`. Numbers cost only
 * their extremes, so long registers stay cheap.
 */
export function fitWidthToValues(
  width: number,
  values: Iterable<PlanCell>,
  numberFormat?: string
): number {
  const meter = new WidthMeter(numberFormat);
  for (const value of values) meter.add(value);
  return meter.width(width);
}

export function columnWidth(field: FieldDef, header: string, lang: Lang = "en"): number {
  const base = LONG_TEXT.has(field.key) ? 36 : BASE_WIDTHS[field.type];
  const longestValue = Math.max(
    0,
    ...(field.values ?? []).map((v) => displayWidth(enumCellText(v, lang)) + 2)
  );
  return Math.min(MAX_WIDTH, Math.max(base, longestValue, displayWidth(header) + FILTER_BUTTON));
}

/** Validation for a typed column, from its type and bounds; lists in `lang`. */
export function columnValidation(field: FieldDef, lang: Lang = "en"): ValidationRule | undefined {
  // A calculated column a row may give its own value for (a due day) checks what is typed.
  if (field.computed && !field.givenBySource) return undefined;
  switch (field.type) {
    case "enum":
      return { kind: "list", values: (field.values ?? []).map((v) => enumCellText(v, lang)) };
    case "boolean":
      return { kind: "list", values: yesNoValues(lang) };
    case "date":
      return { kind: "date" };
    case "integer":
      return bounded("whole", field);
    case "money":
    case "number":
    case "percent":
    case "score":
      return bounded("decimal", field);
    default:
      return undefined;
  }
}

function bounded(kind: "whole" | "decimal", field: FieldDef): ValidationRule | undefined {
  if (field.min === undefined && field.max === undefined) return undefined;
  return {
    kind,
    ...(field.min !== undefined ? { min: field.min } : {}),
    ...(field.max !== undefined ? { max: field.max } : {}),
  };
}

/** Header help: calculated columns say so; enumerations list each code with its label in `lang`. */
export function columnNote(field: FieldDef, lang: Lang): string | undefined {
  if (field.computed)
    return (field.givenBySource ? CAPTIONS.givenOrComputedNote : CAPTIONS.computedNote)[lang];
  if (field.type === "enum") {
    // English lists each code with its label; a Chinese register's cells hold the labels alone.
    const lines = (field.values ?? []).map((v) =>
      lang === "en" ? `${v.key} = ${v.label[lang]}` : v.label[lang]
    );
    return [CAPTIONS.enumNote[lang], ...lines].join("\n");
  }
  if (field.type === "boolean") return CAPTIONS.yesNoNote[lang];
  return undefined;
}

export function columnPlan(field: FieldDef, lang: Lang, formula?: string): ColumnPlan {
  const header = field.label[lang];
  const numberFormat = (field.computed ? COMPUTED_FORMATS : INPUT_FORMATS)[field.type];
  const validation = columnValidation(field, lang);
  const note = columnNote(field, lang);
  return {
    key: field.key,
    header,
    type: field.type,
    width: columnWidth(field, header, lang),
    ...(numberFormat ? { numberFormat } : {}),
    ...(validation ? { validation } : {}),
    ...(formula ? { formula } : {}),
    ...(note ? { note } : {}),
  };
}

/** A column for a key the catalog does not know (a user's own column): plain text, kept as is. */
export function extraColumnPlan(key: string): ColumnPlan {
  return {
    key,
    header: key,
    type: "text",
    width: Math.min(MAX_WIDTH, Math.max(14, displayWidth(key) + FILTER_BUTTON)),
  };
}
