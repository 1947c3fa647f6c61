/** Maps each source column to a register field, with a confidence, a unit and a few sample values. */
import { renderMessage } from "../register/messages";
import { foldHeader } from "../register/catalog";
import { sheetDef } from "../register/sheets";
import type { SheetKey } from "../register/types";
import type { HeaderColumn } from "./detect-table";
import { cellText, columnLetter, isBlankCell } from "./grid";
import {
  CLIENT_NAME_KEY,
  matchForm,
  MAPPING_THRESHOLD,
  scoreHeader,
  targetsFor,
  type FieldTarget,
} from "./header-match";
import { parseHeaderUnit, stripHeaderUnit } from "./normalize";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

const SAMPLE_COUNT = 3;
/** Headers of a running-number column: it numbers the source rows and holds no client data. */
const ROW_NUMBER_HEADERS = new Set([
  "序号",
  "序號",
  "no",
  "#",
  "sn",
  "nr",
  "行号",
  "行號",
  "item",
  "seq",
  "序",
]);
/** The override value that leaves a column unmapped. */
export const UNMAPPED = "-";

export interface ColumnInput {
  header: HeaderColumn;
  /** The column's values in the data rows, top to bottom. */
  values: readonly SourceCell[];
}

export interface ColumnMapInput {
  sheetName: string;
  registerSheet: SheetKey;
  columns: readonly ColumnInput[];
  /** Caller overrides for this sheet: header text → field key, or "-" for none. */
  overrides: ReadonlyMap<string, string>;
}

export interface ColumnMapResult {
  columns: ColumnMapping[];
  issues: ImportIssue[];
}

export function columnLabel(letter: string, header: string): string {
  return header ? `${letter} (${header})` : letter;
}

function samplesOf(values: readonly SourceCell[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (isBlankCell(v)) continue;
    out.push(cellText(v));
    if (out.length >= SAMPLE_COUNT) break;
  }
  return out;
}

function isRowNumberColumn(column: ColumnInput): boolean {
  if (!column.header.candidates.some((c) => ROW_NUMBER_HEADERS.has(matchForm(c)))) return false;
  // Increasing whole numbers; a few labels (合计, a section title) may sit in the column too.
  let previous = 0;
  let numbers = 0;
  let labels = 0;
  for (const v of column.values) {
    if (isBlankCell(v)) continue;
    const n =
      typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n) && typeof v === "string") {
      labels++;
      continue;
    }
    if (!Number.isInteger(n) || n <= previous) return false;
    previous = n;
    numbers++;
  }
  return numbers > 0 && labels <= numbers;
}

function overrideFor(
  column: ColumnInput,
  overrides: ReadonlyMap<string, string>
): string | undefined {
  for (const text of [column.header.text, ...column.header.candidates]) {
    const hit = overrides.get(matchForm(text));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function unitOf(column: ColumnInput): ReturnType<typeof parseHeaderUnit> {
  for (const text of [...column.header.candidates, column.header.text]) {
    const unit = parseHeaderUnit(text);
    if (unit) return unit;
  }
  return null;
}

interface Candidate {
  column: number;
  target: FieldTarget;
  confidence: number;
}

function candidatesFor(
  position: number,
  column: ColumnInput,
  targets: readonly FieldTarget[]
): Candidate[] {
  const best = new Map<string, Candidate>();
  column.header.candidates.forEach((text, rank) => {
    // A less specific header text (the group above a sub-header) counts a little less.
    const discount = 1 - rank * 0.05;
    for (const scored of scoreHeader(stripHeaderUnit(text), targets)) {
      const confidence = Math.round(scored.confidence * discount * 100) / 100;
      const known = best.get(scored.target.key);
      if (confidence >= MAPPING_THRESHOLD && (!known || known.confidence < confidence)) {
        best.set(scored.target.key, { column: position, target: scored.target, confidence });
      }
    }
  });
  return [...best.values()];
}

function blankMapping(column: ColumnInput, confidence = 0): ColumnMapping {
  const letter = columnLetter(column.header.index);
  return {
    index: column.header.index,
    letter,
    header: column.header.text,
    field: null,
    confidence,
    source: "none",
    samples: samplesOf(column.values),
  };
}

/** Maps the columns of one sheet. Each field takes at most one column; the best match wins it. */
export function mapColumns(input: ColumnMapInput): ColumnMapResult {
  const targets = targetsFor(input.registerSheet);
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const issues: ImportIssue[] = [];
  const mappings = input.columns.map((c) => blankMapping(c));
  const taken = new Set<string>();
  const decided = new Set<number>();

  input.columns.forEach((column, i) => {
    const override = overrideFor(column, input.overrides);
    if (override === undefined) return;
    decided.add(i);
    if (override === UNMAPPED) {
      mappings[i].source = "override";
      return;
    }
    const target = byKey.get(override);
    if (!target || taken.has(target.key)) {
      const why = target
        ? `another column is already mapped to "${override}"`
        : `"${override}" is not a field of the ${input.registerSheet} sheet`;
      issues.push({
        sheet: input.sheetName,
        row: null,
        column: columnLabel(mappings[i].letter, mappings[i].header),
        field: override,
        value: null,
        message: `The mapping override for this column was ignored: ${why}.`,
        code: "map.override-ignored",
        params: {
          why: target ? "map.override-taken" : "map.override-unknown",
          override,
          registerSheet: input.registerSheet,
        },
        severity: "error",
      });
      return;
    }
    taken.add(target.key);
    Object.assign(mappings[i], { field: target.key, confidence: 1, source: "override" });
  });

  input.columns.forEach((column, i) => {
    if (!decided.has(i) && isRowNumberColumn(column)) {
      decided.add(i);
      mappings[i].source = "row-number";
    }
  });

  const candidates = input.columns
    .flatMap((column, i) => (decided.has(i) ? [] : candidatesFor(i, column, targets)))
    .sort((a, b) => b.confidence - a.confidence || a.column - b.column);
  for (const candidate of candidates) {
    if (decided.has(candidate.column) || taken.has(candidate.target.key)) continue;
    decided.add(candidate.column);
    taken.add(candidate.target.key);
    Object.assign(mappings[candidate.column], {
      field: candidate.target.key,
      confidence: candidate.confidence,
      source: candidate.confidence === 1 ? "alias" : "fuzzy",
    });
  }

  input.columns.forEach((column, i) => {
    const mapping = mappings[i];
    const target = mapping.field ? byKey.get(mapping.field) : undefined;
    const type = target?.field.type;
    if (type === "money" || type === "number") {
      const unit = unitOf(column);
      if (unit) {
        mapping.unitMultiplier = unit.multiplier;
        if (unit.currency) mapping.currency = unit.currency;
        if (unit.ambiguous) {
          issues.push({
            sheet: input.sheetName,
            row: null,
            column: columnLabel(mapping.letter, mapping.header),
            field: mapping.field,
            value: mapping.header,
            message: `The unit in this header is ambiguous (${unit.ambiguous}); its values are kept in notes, not guessed.`,
            code: "map.unit-ambiguous",
            params: { unit: unit.ambiguous },
            severity: "warning",
          });
        }
      }
    }
  });

  const hasNotes = byKey.has("notes");
  input.columns.forEach((column, i) => {
    const mapping = mappings[i];
    if (mapping.field !== null || !column.values.some((v) => !isBlankCell(v))) return;
    const label = columnLabel(mapping.letter, mapping.header);
    const code =
      mapping.source === "row-number"
        ? "map.row-numbers"
        : hasNotes
          ? "map.unmapped-notes"
          : "map.unmapped-extra";
    const params = {
      registerSheet: input.registerSheet,
      header: mapping.header || mapping.letter,
      extra: extraColumnKey(mapping, input.registerSheet),
    };
    const message = renderMessage(code, params, "en") ?? code;
    issues.push({
      sheet: input.sheetName,
      row: null,
      column: label,
      field: null,
      value: mapping.header || null,
      message,
      severity: "info",
      code,
      params,
    });
  });

  return { columns: mappings, issues };
}

/**
 * The record key under which an unmapped column's values are kept on sheets without notes: the
 * header, unless it would read as one of the sheet's own columns.
 */
export function extraColumnKey(mapping: ColumnMapping, sheet: SheetKey): string {
  const header = mapping.header || `Column ${mapping.letter}`;
  const taken = sheetDef(sheet).fields.some((f) =>
    [f.key, ...Object.values(f.label)].some((s) => foldHeader(s) === foldHeader(header))
  );
  // A header such as "__proto__" cannot be a plain record key.
  return taken || header in Object.prototype ? `${header} (source ${mapping.letter})` : header;
}

/** True when the mapping feeds a register field (not the client-name link, not unmapped). */
export function isFieldColumn(mapping: ColumnMapping): boolean {
  return mapping.field !== null && mapping.field !== CLIENT_NAME_KEY;
}
