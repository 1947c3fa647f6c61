export const LANGS = ["en", "zh-CN", "zh-TW"] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language the register speaks. */
export type Localized = Record<Lang, string>;

export type FieldType =
  | "id"
  | "text"
  | "phone"
  | "email"
  | "date"
  | "money"
  | "number"
  | "integer"
  | "percent"
  | "score"
  | "enum"
  | "boolean";

export interface EnumValue {
  key: string;
  label: Localized;
  /** Further spellings met in real workbooks (matched case- and width-insensitively). */
  aliases?: readonly string[];
}

export interface FieldDef {
  key: string;
  type: FieldType;
  label: Localized;
  /** Header spellings besides the labels: English, 简体 and 繁體 variants. */
  aliases: readonly string[];
  required?: boolean;
  values?: readonly EnumValue[];
  /** Inclusive bounds for number, integer, percent and score fields. */
  min?: number;
  max?: number;
  /** Filled by a formula in the register; never typed by a person. */
  computed?: boolean;
  /**
   * A computed field a source may give itself (a complaint's own due day): the source's value is
   * read on import and wins over the formula, which fills the field only when none is given. In
   * the register a given value (the source's, or one a person types) is a plain value in place of
   * the row's formula, and is read back as given; the formula's result is not.
   */
  givenBySource?: boolean;
  /** Holds personal data to hide when a review is shared masked. */
  personal?: boolean;
}

export const SHEET_KEYS = [
  "Clients",
  "Family",
  "Contacts",
  "Insurance",
  "Assets",
  "Tiers",
  "Complaints",
  "Visits",
  "Pipeline",
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

export interface SheetDef {
  key: SheetKey;
  /** Excel table name: `tbl` + sheet key. */
  table: string;
  label: Localized;
  /** Sheet-name spellings that identify this sheet in a source workbook. */
  aliases: readonly string[];
  fields: readonly FieldDef[];
}

/** A register row as plain data: dates are ISO "YYYY-MM-DD", enums hold keys, yes/no booleans. */
export type RegisterValue = string | number | boolean | null;
export type RegisterRecord = Record<string, RegisterValue>;
