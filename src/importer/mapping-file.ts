/**
 * The mapping as a file: what the CLI's --save-mapping writes and --mapping reads, what the task
 * pane's mapping step exports and imports, and what a register remembers per source layout.
 */
import type { DetectedTable } from "./detect-table";
import { matchForm } from "./header-match";
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import type { Lang } from "../register/types";
import type { SheetMapping, SourceSheet } from "./types";

export const MAPPING_FORMAT = "client-register-mapping";
export const MAPPING_VERSION = 1;

export interface MappingFileColumn {
  letter: string;
  header: string;
  /** The field key, or null for a column left unmapped (its values go to notes). */
  field: string | null;
}

export interface MappingFileSheet {
  sheet: string;
  /** The layout fingerprint: the same headers in the same places, whatever the sheet is called. */
  layout?: string;
  /** Where the table lies ("A3:S303") when its sheet holds several; for people, not matching. */
  range?: string;
  /** The register sheet, or null when the sheet is left out of the import. */
  registerSheet: string | null;
  columns: MappingFileColumn[];
}

export interface MappingFile {
  format: typeof MAPPING_FORMAT;
  version: number;
  sheets: MappingFileSheet[];
}

/** 32-bit FNV-1a: tiny, stable across Node and browsers, enough to tell layouts apart. */
export function fnv1a(text: string, prefix = ""): string {
  return fnv1aNumber(text, prefix).toString(16).padStart(8, "0");
}

/** `fnv1a` as the number, for packing it (the import state holds a million of them). */
export function fnv1aNumber(text: string, prefix = ""): number {
  // fnv1a(text, prefix) === fnv1a(prefix + text), without building the joined string.
  let hash = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) {
    hash ^= prefix.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The fingerprint of a table's layout: its header texts (folded) in their column positions. */
export function layoutFingerprint(table: Pick<DetectedTable, "columns">): string {
  const parts = table.columns
    .filter((c) => c.text.trim() !== "")
    .map((c) => `${c.index}:${matchForm(c.text)}`);
  return `L1-${fnv1a(parts.join("|"))}`;
}

/** The mapping file of an import's (or a preview's) decisions. */
export function mappingFileOf(mappings: readonly SheetMapping[]): MappingFile {
  return {
    format: MAPPING_FORMAT,
    version: MAPPING_VERSION,
    sheets: mappings
      .filter((m) => m.headerRows.length > 0 || m.headerless || m.formRows)
      .map((m) => {
        const sheet: MappingFileSheet = {
          sheet: m.sheet,
          registerSheet: m.registerSheet,
          columns: m.columns
            .filter((c) => c.header !== "")
            .map((c) => ({ letter: c.letter, header: c.header, field: c.field })),
        };
        if (m.layout) sheet.layout = m.layout;
        if (m.range) sheet.range = m.range;
        return sheet;
      }),
  };
}

/** Checks a parsed JSON value is a mapping file; throws one plain sentence when it is not. */
export function parseMappingFile(value: unknown): MappingFile {
  const file = value as Partial<MappingFile> | null;
  if (!file || typeof file !== "object" || file.format !== MAPPING_FORMAT)
    throw new Error(`This is not a mapping file (its "format" is not "${MAPPING_FORMAT}").`);
  if (typeof file.version !== "number" || file.version > MAPPING_VERSION)
    throw new Error(
      `This mapping file has version ${String(file.version)}; this tool reads version ${MAPPING_VERSION}.`
    );
  if (!Array.isArray(file.sheets)) throw new Error('This mapping file has no "sheets" list.');
  file.sheets.forEach((s, i) => {
    if (!s || typeof s.sheet !== "string" || !Array.isArray(s.columns))
      throw new Error(`Sheet ${i + 1} of this mapping file has no "sheet" name or "columns" list.`);
    for (const c of s.columns) {
      if (!c || typeof c.header !== "string" || (c.field !== null && typeof c.field !== "string"))
        throw new Error(
          `A column of sheet "${s.sheet}" in this mapping file has no "header" or a "field" that is not text or null.`
        );
    }
  });
  return file as MappingFile;
}

/**
 * The `ImportOptions.mapping` overrides a mapping file stands for, applied to these source sheets:
 * a saved sheet applies to the source sheet of the same layout, else of the same name.
 * `layoutOf` gives a source sheet's fingerprint (from `previewMapping`).
 */
export function overridesFromMappingFile(
  file: MappingFile,
  sheets: readonly Pick<SourceSheet, "name">[],
  layoutOf: (sheet: string) => string | undefined
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const source of sheets) {
    const layout = layoutOf(source.name);
    const saved =
      (layout ? file.sheets.find((s) => s.layout === layout) : undefined) ??
      file.sheets.find((s) => s.sheet === source.name);
    if (!saved) continue;
    out[`${source.name}!*`] = saved.registerSheet ?? "-";
    if (saved.registerSheet === null) continue;
    for (const c of saved.columns) out[`${source.name}!${c.header}`] = c.field ?? "-";
  }
  return out;
}

/**
 * Reasons that say a column feeds a record of another register sheet (the client made from a
 * deal's organisation, a policyholder's phone, a relative, a balance as an asset, a tier).
 */
const ELSEWHERE: ReadonlySet<string> = new Set([
  "map.why.deal-party",
  "map.why.account-party",
  "map.why.subject-client",
  "map.why.relative",
  "map.why.balance-asset",
  "map.why.review-date",
  "map.why.tier-column",
  "map.why.contact-column",
  "map.why.household-relation",
  "map.why.held-products",
  "map.why.held-policy-column",
]);

/**
 * Reasons that say a column with a field of its own sheet is shown as another sheet's: a household
 * roster's name column names a client only on the client's own row, the relatives on the others.
 */
const SHOWN_ELSEWHERE: ReadonlySet<string> = new Set(["map.why.household-name"]);

/** The reason a column feeds (or is shown as) another sheet's field, if it does. */
function feedsElsewhere(column: SheetMapping["columns"][number], own: string) {
  const codes = column.field === null ? ELSEWHERE : SHOWN_ELSEWHERE;
  return column.reasons?.find(
    (r) =>
      codes.has(r.code) &&
      typeof r.params?.registerSheet === "string" &&
      r.params.registerSheet !== own &&
      typeof r.params.field === "string"
  );
}

/** The mapping in words, one line per sheet and per column, in `lang`: what the CLI prints. */
export function mappingLines(mappings: readonly SheetMapping[], lang: Lang = "en"): string[] {
  const say = (code: MessageCode, params: MessageParams) =>
    renderMessage(code, params, lang) ?? code;
  const lines: string[] = [];
  for (const m of mappings) {
    const where = m.range ? `${m.sheet} ${m.range}` : m.sheet;
    if (m.headerRows.length === 0 && !m.headerless && !m.formRows) {
      lines.push(say(m.range ? "mapping.loose-cells" : "mapping.no-table", { where }));
      continue;
    }
    if (m.registerSheet === null) {
      const coded = m.reasonCoded;
      if (m.kind === "unsure" && m.reasonCoded) {
        lines.push(
          say("mapping.unsure", { ...m.reasonCoded.params, where, reason: m.reasonCoded.code })
        );
        continue;
      }
      lines.push(
        m.reason && m.kind
          ? say("mapping.not-data", {
              ...coded?.params,
              where,
              tab: m.sheet,
              kind: `kind.${m.kind}`,
              reason: coded?.code ?? m.reason,
            })
          : say("mapping.not-imported", { where })
      );
      continue;
    }
    lines.push(
      m.formRows
        ? say("mapping.sheet-form", {
            where,
            registerSheet: m.registerSheet,
            confidence: m.confidence.toFixed(2),
            rows: m.formRows.join("–"),
          })
        : say(
            m.headerless
              ? "mapping.sheet-headerless"
              : m.decision?.outcome === "no-rows"
                ? "mapping.sheet-no-rows"
                : "mapping.sheet",
            {
              where,
              registerSheet: m.registerSheet,
              confidence: m.confidence.toFixed(2),
              headerRows: m.headerRows.join("–"),
            }
          )
    );
    for (const c of m.columns) {
      if (c.header === "" && c.samples.length === 0) continue;
      const samples = c.samples
        .slice(0, 2)
        .map((v) => JSON.stringify(v.length > 30 ? `${v.slice(0, 29)}…` : v))
        .join(", ");
      const params = {
        letter: c.letter,
        header: c.header || say("mapping.no-header", {}),
        field: c.field ?? "",
        registerSheet: m.registerSheet,
        confidence: c.confidence.toFixed(2),
        samples,
      };
      const elsewhere = feedsElsewhere(c, m.registerSheet);
      const line =
        c.source === "row-number"
          ? say("mapping.column-row-numbers", params)
          : c.source === "hidden"
            ? say("mapping.column-hidden", params)
            : c.source === "transaction"
              ? say("mapping.column-transaction", params)
              : elsewhere
                ? say("mapping.column-elsewhere", {
                    ...elsewhere.params,
                    ...params,
                    target: String(elsewhere.params?.registerSheet),
                    registerSheet: String(elsewhere.params?.registerSheet),
                    field: String(elsewhere.params?.field),
                    why: elsewhere.code,
                  })
                : c.field === null
                  ? say("mapping.column-notes", params)
                  : say("mapping.column", params);
      lines.push(`  ${line}${samples ? say("mapping.samples", params) : ""}`);
    }
  }
  return lines;
}
