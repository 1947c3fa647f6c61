/** Display texts of register values in a language: field labels, enum labels, yes/no. */
import { sheetDef } from "../register/sheets";
import type { FieldDef, Lang, RegisterValue, SheetKey } from "../register/types";
import { text } from "./captions";

export function field(sheet: SheetKey, key: string): FieldDef {
  const found = sheetDef(sheet).fields.find((f) => f.key === key);
  if (!found) throw new Error(`${sheet} has no field "${key}".`);
  return found;
}

export function fieldLabel(sheet: SheetKey, key: string, lang: Lang): string {
  return field(sheet, key).label[lang];
}

/** The label of an enum value, or the value as written when it is no known key. */
export function enumText(
  sheet: SheetKey,
  key: string,
  value: RegisterValue | undefined,
  lang: Lang
): string | null {
  if (value === null || value === undefined || value === "") return null;
  return field(sheet, key).values?.find((v) => v.key === value)?.label[lang] ?? String(value);
}

export function yesNo(value: RegisterValue | undefined, lang: Lang): string | null {
  if (value === true) return text("yes", lang);
  if (value === false) return text("no", lang);
  return value === null || value === undefined ? null : String(value);
}
