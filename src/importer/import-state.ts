/**
 * What the register remembers about its imports, so the next import can tell a person's edit from
 * a change in the source: for every imported record, the source it came from (layout fingerprint
 * and row keys) and a hash of each value the source gave it last time; and, per source layout,
 * the column mapping used. Kept in the register in a very hidden sheet (see the README, "Import
 * state"). Pure: the readers hand the sheet's cells in, the writers take the grid out.
 *
 * Hashes, not values: the three-way merge only asks whether a field changed since the last import
 * (a conflict's two values are the current source's and the register's), and keeping every value
 * again made a 1,048,576-row import run out of memory.
 */
import { foldHeader } from "../register/catalog";
import { SHEETS } from "../register/sheets";
import {
  SHEET_KEYS,
  type RegisterRecord,
  type RegisterValue,
  type SheetKey,
} from "../register/types";
import type { PlanCell, PlanRowSource, SheetPlan, WorkbookPlan } from "../workbook/plan";
import { fnv1a, fnv1aNumber } from "./mapping-file";
import { isEmptyValue } from "./merge-records";
import { normaliseKey } from "./normalize/text";
import type { SheetMapping } from "./types";

export const IMPORT_STATE_SHEET = "_CR_ImportState";
export const IMPORT_STATE_FORMAT = "client-register-import-state";
/** 2: per-field hashes. 1 (still read): the values themselves. */
export const IMPORT_STATE_VERSION = 2;
const READABLE_VERSIONS = [1, 2];

/** Field → hash of the value the source gave it; an empty value has no entry. */
export type FieldHashes = Record<string, string>;

/**
 * The value as the merge compares it (merge-records' `sameValue`): text after normaliseKey, a
 * phone by its digits (exactly when it has none), numbers and booleans as they are; the type is
 * part of it, as `sameValue` never equals a number and a text.
 */
function comparable(key: string, value: RegisterValue): [prefix: string, text: string] {
  if (typeof value === "string") {
    if (key === "phone") {
      const digits = value.replace(/\D/g, "");
      return digits !== "" ? ["d", digits] : ["p", value];
    }
    return ["s", normaliseKey(value)];
  }
  return [typeof value === "number" ? "n" : "b", String(value)];
}

/** The hash of one field's value; null for an empty value (empty values are not stored). */
export function valueHash(key: string, value: RegisterValue | undefined): string | null {
  const hash = valueHashNumber(key, value);
  return hash === null ? null : hash.toString(16).padStart(8, "0");
}

function valueHashNumber(key: string, value: RegisterValue | undefined): number | null {
  if (isEmptyValue(value)) return null;
  const [prefix, text] = comparable(key, value as RegisterValue);
  return fnv1aNumber(text, prefix);
}

/** The hashes of a record's non-empty fields. */
export function hashFields(record: RegisterRecord): FieldHashes {
  const out: FieldHashes = {};
  for (const key of Object.keys(record)) {
    const hash = valueHash(key, record[key]);
    if (hash !== null) out[key] = hash;
  }
  return out;
}

/**
 * Field keys by code, for the packed hashes: every register sheet's fields in catalogue order (the
 * same in the task pane, its import worker and the CLI, so a packed state crosses between them).
 */
let fieldCodes: { keys: string[]; codes: Map<string, number> } | null = null;
function fieldTable(): { keys: string[]; codes: Map<string, number> } {
  if (!fieldCodes) {
    const keys = [...new Set(SHEETS.flatMap((s) => s.fields.map((f) => f.key)))].slice(
      0,
      OTHER_FIELD - 1
    );
    fieldCodes = { keys, codes: new Map(keys.map((k, i) => [k, i + 1])) };
  }
  return fieldCodes;
}
/** The code before a field key spelled out in UTF-8 (a key no register sheet has). */
const OTHER_FIELD = 255;

const NON_ASCII = /[^\x00-\x7f]/;
/** Scratch space for packing, reused: every record of a big import is packed. */
const scratchCodes: number[] = [];
const scratchPiece: number[] = [];
const CODES_PER_CALL = 8192;

/** UTF-16 code units as a string (in pieces: a call takes only so many arguments). */
function charsOf(codes: readonly number[]): string {
  const pieces: string[] = [];
  for (let start = 0; start < codes.length || start === 0; start += CODES_PER_CALL) {
    const end = Math.min(codes.length, start + CODES_PER_CALL);
    scratchPiece.length = end - start;
    for (let i = start; i < end; i++) scratchPiece[i - start] = codes[i];
    pieces.push(String.fromCharCode.apply(null, scratchPiece));
  }
  scratchPiece.length = 0;
  return pieces.length === 1 ? pieces[0] : pieces.join("");
}

/**
 * Text as its UTF-8 bytes, one character per byte: V8 keeps such a string at one byte a
 * character, where text with one CJK character in it takes two bytes for every character. Written
 * out rather than with TextEncoder, which the task pane's test DOM lacks; a lone surrogate is
 * encoded as its own three bytes (TextEncoder would replace it), so every text comes back.
 */
function bytesText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  const out = scratchCodes;
  out.length = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else {
      const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
        out.push(
          0xf0 | (c >> 18),
          0x80 | ((c >> 12) & 63),
          0x80 | ((c >> 6) & 63),
          0x80 | (c & 63)
        );
      } else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  const packed = charsOf(out);
  out.length = 0;
  return packed;
}

function textOfBytes(packed: string): string {
  if (!NON_ASCII.test(packed)) return packed;
  const out = scratchCodes;
  out.length = 0;
  const at = (i: number) => packed.charCodeAt(i) & 63;
  for (let i = 0; i < packed.length;) {
    const b = packed.charCodeAt(i);
    if (b < 0x80) {
      out.push(b);
      i += 1;
    } else if (b < 0xe0) {
      out.push(((b & 31) << 6) | at(i + 1));
      i += 2;
    } else if (b < 0xf0) {
      out.push(((b & 15) << 12) | (at(i + 1) << 6) | at(i + 2));
      i += 3;
    } else {
      const c = (((b & 7) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3)) - 0x10000;
      out.push(0xd800 + (c >> 10), 0xdc00 + (c & 1023));
      i += 4;
    }
  }
  const text = charsOf(out);
  out.length = 0;
  return text;
}

/** A record's identity keys in the packed form `ImportedRecord.keys` holds. */
export function encodeKeys(keys: readonly string[]): string {
  return bytesText(JSON.stringify(keys));
}

/** The keys as the state sheet stores them: a JSON list. */
export function keysJson(record: Pick<ImportedRecord, "keys">): string {
  return textOfBytes(record.keys);
}

/** A record's identity keys. */
export function keysOf(record: Pick<ImportedRecord, "keys">): string[] {
  return JSON.parse(keysJson(record)) as string[];
}

/**
 * The packed form of a record's hashes that `ImportedRecord.hashes` holds: per field, its code
 * (or OTHER_FIELD, the length and the key's UTF-8 bytes) and the hash's four bytes, all in one
 * string of one-byte characters. The JSON the sheet stores took 2.5 times the memory, and a
 * million records are imported at once.
 */
export function encodeHashes(hashes: FieldHashes): string {
  const packer = new HashPacker();
  for (const key of Object.keys(hashes)) packer.push(key, parseInt(hashes[key], 16));
  return packer.done();
}

/**
 * Packs a record's hashes as each field's value is hashed (`encodeHashes`'s form, without the
 * hex text in between): `add` the fields in order, then `done`.
 */
export class HashPacker {
  private readonly codes: number[] = [];

  /** Adds the hash of a field's value; an empty value has none. */
  add(key: string, value: RegisterValue | undefined): void {
    const hash = valueHashNumber(key, value);
    if (hash !== null) this.push(key, hash);
  }

  push(key: string, hash: number): void {
    const code = fieldTable().codes.get(key);
    if (code !== undefined) this.codes.push(code);
    else {
      const name = bytesText(key);
      if (name.length > 255) throw new Error(`field "${key}" has too long a key`);
      this.codes.push(OTHER_FIELD, name.length);
      for (let i = 0; i < name.length; i++) this.codes.push(name.charCodeAt(i));
    }
    this.codes.push(hash >>> 24, (hash >>> 16) & 0xff, (hash >>> 8) & 0xff, hash & 0xff);
  }

  done(): string {
    const packed = charsOf(this.codes);
    this.codes.length = 0;
    return packed;
  }
}

export function decodeHashes(packed: string): FieldHashes {
  const { keys } = fieldTable();
  const out: FieldHashes = {};
  let i = 0;
  while (i < packed.length) {
    const code = packed.charCodeAt(i++);
    let key: string;
    if (code === OTHER_FIELD) {
      const length = packed.charCodeAt(i++);
      key = textOfBytes(packed.slice(i, i + length));
      i += length;
    } else key = keys[code - 1];
    if (key === undefined || i + 4 > packed.length) throw new Error("packed field hashes are cut");
    let n = 0;
    for (let b = 0; b < 4; b++) n = n * 256 + packed.charCodeAt(i++);
    out[key] = n.toString(16).padStart(8, "0");
  }
  return out;
}

/** The hashes as the state sheet stores them: a JSON object of field → 8 hex digits. */
export function hashesJson(record: Pick<ImportedRecord, "hashes">): string {
  return JSON.stringify(decodeHashes(record.hashes));
}

/** Hashes read from the state sheet's JSON, checked. */
export function hashesFromJson(text: string): FieldHashes {
  const parsed = JSON.parse(text) as unknown;
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    throw new Error("field hashes are not an object");
  const out: FieldHashes = {};
  for (const [key, hash] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof hash !== "string" || !/^[0-9a-f]{8}$/.test(hash))
      throw new Error(`field "${key}" has no hash`);
    out[key] = hash;
  }
  return out;
}

/** One record the import wrote, and where it came from. */
export interface ImportedRecord {
  sheet: SheetKey;
  /** The register record it is: the clientId on Clients, the record's natural key elsewhere. */
  id: string;
  /** Fingerprint of the source table's layout (its headers). */
  layout: string;
  /**
   * Every identity key the source values give (id; name + phone; name + e-mail; …), packed by
   * `encodeKeys` (`keysOf` reads them, `keysJson` gives the sheet's JSON list): one string per
   * record, not a list of them.
   */
  keys: string;
  /**
   * The hashes of the values the source gave this record at the last import, packed by
   * `encodeHashes` (`decodeHashes` reads them): the base of the three-way merge.
   */
  hashes: string;
}

/**
 * The column mapping used for one source layout, as the mapping file spells it. `chosen` marks
 * what a person set (--map, a mapping file, the pane): the next import of the layout reuses it.
 */
export interface RememberedMapping {
  layout: string;
  sheet: string;
  /** The register sheet the table fed, or null when a person left it out. */
  registerSheet: SheetKey | null;
  /** The register sheet (or leaving it out) was chosen by a person, not decided by the import. */
  chosen?: boolean;
  columns: { letter: string; header: string; field: string | null; chosen?: boolean }[];
}

export interface ImportState {
  records: ImportedRecord[];
  mappings: RememberedMapping[];
}

export const EMPTY_IMPORT_STATE: ImportState = { records: [], mappings: [] };

/** Excel holds at most 32,767 characters in a cell; JSON longer than this is split over cells. */
const CHUNK = 30_000;
const HEADER = ["kind", "sheet", "id", "layout", "rowKey", "keys", "json"];

function chunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK) out.push(text.slice(i, i + CHUNK));
  return out.length > 0 ? out : [""];
}

/**
 * The state as cells, each row made when it is asked for: a title row, a header row, then one
 * row per record or mapping. A row per record held whole was another copy of the state.
 */
export function importStateRowSource(state: ImportState): PlanRowSource<PlanCell> {
  const { records, mappings } = state;
  const head: PlanCell[][] = [
    [
      IMPORT_STATE_FORMAT,
      IMPORT_STATE_VERSION,
      "Written by Client Register: where each imported record came from. Do not edit.",
    ],
    HEADER,
  ];
  return {
    length: head.length + records.length + mappings.length,
    row(index) {
      if (index < head.length) return head[index];
      const i = index - head.length;
      if (i < records.length) {
        const r = records[i];
        const keys = keysJson(r);
        // The rowKey column (the first key) is written for readers of the sheet; this program
        // derives it rather than keeping a copy of it per record.
        const rowKey = (JSON.parse(keys) as string[])[0] ?? "";
        return ["record", r.sheet, r.id, r.layout, rowKey, keys, ...chunks(hashesJson(r))];
      }
      const m = mappings[i - records.length];
      return [
        "mapping",
        m.registerSheet,
        m.sheet,
        m.layout,
        m.chosen ? "chosen" : null,
        null,
        ...chunks(JSON.stringify(m.columns)),
      ];
    },
  };
}

/** The state as cells, all in memory (the task pane writes them in blocks). */
export function importStateRows(state: ImportState): PlanCell[][] {
  const rows = importStateRowSource(state);
  return Array.from({ length: rows.length }, (_, i) => rows.row(i));
}

export function importStateSheet(state: ImportState): SheetPlan {
  return {
    name: IMPORT_STATE_SHEET,
    lazyGrid: importStateRowSource(state),
    inlineText: true,
    freezeRows: 0,
    conditionalFormats: [],
    veryHidden: true,
  };
}

/** The plan with the import state sheet (replacing an earlier one). */
export function withImportState(plan: WorkbookPlan, state: ImportState): WorkbookPlan {
  const sheets = plan.sheets.filter((s) => s.name !== IMPORT_STATE_SHEET);
  return { ...plan, sheets: [...sheets, importStateSheet(state)] };
}

function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

function isSheetKey(value: string): value is SheetKey {
  return (SHEET_KEYS as readonly string[]).includes(value);
}

/**
 * Reads the state back from the sheet's cells. A sheet this version does not know, or a row it
 * cannot parse, is an error naming the row: the caller decides whether to import without it.
 */
export function parseImportState(rows: readonly (readonly unknown[] | undefined)[]): ImportState {
  const title = rows[0] ?? [];
  if (cellText(title[0]) !== IMPORT_STATE_FORMAT)
    throw new Error(`${IMPORT_STATE_SHEET}: cell A1 does not say ${IMPORT_STATE_FORMAT}`);
  const version = Number(title[1]);
  if (!READABLE_VERSIONS.includes(version))
    throw new Error(
      `${IMPORT_STATE_SHEET}: version ${cellText(title[1])} is not one this program reads (${READABLE_VERSIONS.join(", ")})`
    );
  const state: ImportState = { records: [], mappings: [] };
  rows.forEach((row, i) => {
    if (i < 2 || !row || row.length === 0) return;
    const kind = cellText(row[0]);
    if (kind === "") return;
    const json = row
      .slice(6)
      .map((c) => cellText(c))
      .join("");
    try {
      if (kind === "record") {
        const sheet = cellText(row[1]);
        if (!isSheetKey(sheet)) throw new Error(`unknown register sheet "${sheet}"`);
        const keys = JSON.parse(cellText(row[5]) || "[]") as unknown;
        if (!Array.isArray(keys)) throw new Error("keys are not a list");
        state.records.push({
          sheet,
          id: cellText(row[2]),
          layout: cellText(row[3]),
          keys: encodeKeys(keys.map(String)),
          // Version 1 stored the values themselves: their hashes are the same base.
          hashes: encodeHashes(
            version === 1 ? hashFields(JSON.parse(json) as RegisterRecord) : hashesFromJson(json)
          ),
        });
      } else if (kind === "mapping") {
        const registerSheet = cellText(row[1]);
        const mapping: RememberedMapping = {
          registerSheet: isSheetKey(registerSheet) ? registerSheet : null,
          sheet: cellText(row[2]),
          layout: cellText(row[3]),
          columns: JSON.parse(json) as RememberedMapping["columns"],
        };
        if (cellText(row[4]) === "chosen") mapping.chosen = true;
        state.mappings.push(mapping);
      } else throw new Error(`unknown kind "${kind}"`);
    } catch (error) {
      throw new Error(`${IMPORT_STATE_SHEET}, row ${i + 1}: ${(error as Error).message}`);
    }
  });
  return state;
}

/** The layout fingerprint of a mapped table: mapping-file's `layoutFingerprint`, which it carries. */
export function layoutOf(mapping: SheetMapping): string {
  return mapping.layout || legacyLayoutOf(mapping.columns);
}

/**
 * The fingerprint states written before layouts were unified stored ("H-…": every column's index
 * and folded header). Only used to recognise those states' layouts; see `migrateLayouts`.
 */
export function legacyLayoutOf(columns: readonly { index: number; header: string }[]): string {
  return `H-${fnv1a(columns.map((c) => `${c.index}:${foldHeader(c.header)}`).join("|"))}`;
}

/**
 * An older state read with today's tables: records and mappings stored under a legacy "H-"
 * layout take the current layout of the table that has those headers. Others are unchanged.
 */
export function migrateLayouts(state: ImportState, mappings: readonly SheetMapping[]): ImportState {
  const current = new Map<string, string>();
  for (const m of mappings) if (m.layout) current.set(legacyLayoutOf(m.columns), m.layout);
  const moved = (layout: string) => current.get(layout) ?? layout;
  if (![...state.records, ...state.mappings].some((x) => current.has(x.layout))) return state;
  return {
    records: state.records.map((r) =>
      current.has(r.layout) ? { ...r, layout: moved(r.layout) } : r
    ),
    mappings: state.mappings.map((m) =>
      current.has(m.layout) ? { ...m, layout: moved(m.layout) } : m
    ),
  };
}

export function rememberedMapping(mapping: SheetMapping, chosen = false): RememberedMapping {
  const out: RememberedMapping = {
    layout: layoutOf(mapping),
    sheet: mapping.sheet,
    registerSheet: mapping.registerSheet,
    columns: mapping.columns.map((c) => ({
      letter: c.letter,
      header: c.header,
      field: c.field,
      ...(c.source === "override" ? { chosen: true } : {}),
    })),
  };
  if (chosen) out.chosen = true;
  return out;
}
