/**
 * The mapping step's mapping file: the same format as the CLI's --save-mapping and --mapping
 * (src/importer/mapping-file.ts), exported from and imported into the pane's mapping step.
 */
import {
  MAPPING_FORMAT,
  MAPPING_VERSION,
  overridesFromMappingFile,
  parseMappingFile,
  type MappingFile,
} from "../importer/mapping-file";
import { SHEET_KEYS, type SheetKey } from "../register/types";
import type { KindOverride, MappingOverride, SheetMapping } from "./actions";

/**
 * The mapping step's decisions, with the person's changes, as a mapping file: the format the CLI's
 * --save-mapping writes and --mapping reads. `fieldOf` gives a column's field after the changes.
 */
export function paneMappingFile(
  mappings: readonly SheetMapping[],
  fieldOf: (sheet: string, header: string, detected: string | null) => string | null
): MappingFile {
  return {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    sheets: mappings.map((m) => ({
      sheet: m.sheet,
      ...(m.layout ? { layout: m.layout } : {}),
      ...(m.range ? { range: m.range } : {}),
      registerSheet: m.kind,
      columns: m.columns
        .filter((c) => c.header !== "")
        .map((c) => ({
          letter: c.letter,
          header: c.header,
          field: fieldOf(m.sheet, c.header, c.field),
        })),
    })),
  };
}

/**
 * A mapping file's choices for the sheets on show: the register sheet of each (by layout, else by
 * sheet name) and every column's field. Throws one plain sentence when the text is no mapping file.
 */
export function choicesFromMappingFile(
  text: string,
  mappings: readonly SheetMapping[]
): { kinds: KindOverride[]; overrides: MappingOverride[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("This file is not JSON, so it is not a mapping file.");
  }
  const file = parseMappingFile(json);
  const names = [...new Set(mappings.map((m) => m.sheet))];
  const layoutOf = (sheet: string) =>
    (
      mappings.find((m) => m.sheet === sheet && m.kind !== null) ??
      mappings.find((m) => m.sheet === sheet)
    )?.layout;
  const record = overridesFromMappingFile(
    file,
    names.map((name) => ({ name })),
    layoutOf
  );
  const kinds: KindOverride[] = [];
  const overrides: MappingOverride[] = [];
  for (const [key, value] of Object.entries(record)) {
    const bang = key.lastIndexOf("!");
    const sheet = key.slice(0, bang);
    const header = key.slice(bang + 1);
    if (header === "*") {
      if ((SHEET_KEYS as readonly string[]).includes(value))
        kinds.push({ sheet, kind: value as SheetKey });
    } else overrides.push({ sheet, header, field: value === "-" ? null : value });
  }
  return { kinds, overrides };
}
