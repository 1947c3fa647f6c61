import { sheetDef } from "../register/sheets";
import type { EnumValue, FieldDef, Lang, SheetKey } from "../register/types";

/** A register field's definition; the pane's form labels are the register's own headers. */
export function fieldOf(sheet: SheetKey, key: string): FieldDef {
  const field = sheetDef(sheet).fields.find((f) => f.key === key);
  if (!field) throw new Error(`The register has no field "${key}" on ${sheet}.`);
  return field;
}

export function fieldLabel(sheet: SheetKey, key: string, lang: Lang): string {
  return fieldOf(sheet, key).label[lang];
}

/** The allowed values of an enumerated field, with their labels in `lang`. */
export function enumOptions(
  sheet: SheetKey,
  key: string,
  lang: Lang
): Array<{ key: string; label: string }> {
  return (fieldOf(sheet, key).values ?? []).map((v: EnumValue) => ({
    key: v.key,
    label: v.label[lang],
  }));
}

export function enumLabel(sheet: SheetKey, key: string, value: string, lang: Lang): string {
  return enumOptions(sheet, key, lang).find((o) => o.key === value)?.label ?? value;
}
