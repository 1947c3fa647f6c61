/**
 * A note written beside a table rather than in it ("※ 保額單位：萬元", "注：金额单位万元", "Note:
 * amounts in HKD"), one empty column to its right. A person reads it as a remark about the sheet,
 * not as a column, and when it states the unit of the amounts, reads the amount columns in that
 * unit, unless a column's own header states one.
 */
import { cellText, isBlankCell } from "./grid";
import { MAPPING_THRESHOLD, scoreHeader, targetsFor } from "./header-match";
import { parseHeaderUnit, readUnitText, type HeaderUnit } from "./normalize/numbers";
import type { SheetKey } from "../register/types";
import type { ColumnMapping, SourceCell } from "./types";

/** How a note starts: a reference mark, 注/註, 備註/说明 with a colon, Note:. */
const NOTE_MARK =
  /^\s*(?:[※＊*]+|注[:：意]|註[:：]|[备備]注[:：]|[说說]明[:：]|notes?\s*[:：]|n\.?\s?b\.?\s*[:：]?)\s*/i;

/** "保額單位：萬元", "金额单位万元", "單位為新台幣萬元", "Unit: HK$ '000". */
const STATED_UNIT = /^(.*?)(?:单位|單位|\bunits?\b)\s*(?:[:：]|[为為是]|\bis\b)?\s*(.+)$/i;
/** "amounts in HKD", "all figures are in thousands". */
const AMOUNTS_IN =
  /^(.*?)\b(?:amounts?|figures?|values?|numbers?)\s+(?:are\s+|shown\s+)?in\s+(.+)$/i;
/** A subject that means every amount of the table. */
const EVERY_AMOUNT =
  /^(?:|本表|表中|以上|全表|各项|各項|所有|金[额額]|数[额額]|數[额額]|[币幣]种|[币幣]別|all|all the|the)$/i;

export interface NoteUnit {
  unit: HeaderUnit;
  /** The amounts the note is about ("保額"); "" for every amount. */
  subject: string;
  /** The note as written. */
  note: string;
}

/** True when a text reads as a note rather than a column's name. */
export function readsAsNote(text: string): boolean {
  return NOTE_MARK.test(text) || noteUnitOf(text) !== null;
}

/** The unit a note states for a table's amounts, and which amounts; null when it states none. */
export function noteUnitOf(text: string): NoteUnit | null {
  const note = text.trim();
  const body = note
    .replace(NOTE_MARK, "")
    .replace(/[。.．;；]+$/, "")
    .trim();
  const m = STATED_UNIT.exec(body) ?? AMOUNTS_IN.exec(body);
  if (!m) return null;
  const unit = readUnitText(m[2].trim());
  if (!unit || !Number.isFinite(unit.multiplier)) return null;
  if (unit.multiplier === 1 && !unit.currency) return null;
  const subject = m[1].replace(/[的之:：,，\s]+$/, "").trim();
  return { unit, subject: EVERY_AMOUNT.test(subject) ? "" : subject, note };
}

/** A header that names a note, not a field: 说明, 備註, 注意事项, 填表说明, Notes, Instructions. */
const NOTE_HEADER =
  /^(?:[填制製]表)?(?:[说說]明|[备備]注|[备備]考|注|註|注意事[项項]|附注|附註|notes?|remarks?|instructions?|legend|read ?me)[:：]?$/i;
/** A numbered line: "1. 经营阶段：…", "2、", "(3)", "①". */
const NUMBERED_LINE = /^\s*(?:[(（]?\d{1,2}\s*[.、)）．]|[①-⑳]|[一二三四五六七八九十][、.．])/;
/** At most this many lines in a note column; a column with more is data. */
const MAX_NOTE_LINES = 12;

/**
 * A column standing right beside a table (or after empty columns) that is a note, not data: its
 * header names a note (说明), and its cells are a few lines from the first data row down, with
 * nothing under them while the table's rows go on — numbered lines or sentences a person reads as
 * instructions ("1. 经营阶段：…", "2. 家庭年收入单位为万元"). A 备注 column of the clients' own
 * remarks is filled here and there down the table, so it stays a column.
 */
function noteLinesColumn(
  header: string,
  values: readonly SourceCell[],
  tableRows: number,
  apart: boolean
): boolean {
  if (!NOTE_HEADER.test(header.normalize("NFKC").replace(/\s+/g, ""))) return false;
  const filled = values.flatMap((v, r) => (isBlankCell(v) ? [] : [r]));
  if (filled.length < 2 || filled.length > MAX_NOTE_LINES) return false;
  // One run from the first data row, and at most a third of the table's rows.
  if (filled[0] !== 0 || filled[filled.length - 1] !== filled.length - 1) return false;
  if (filled.length * 3 > tableRows) return false;
  if (!filled.every((r) => typeof values[r] === "string")) return false;
  const texts = filled.map((r) => cellText(values[r]).trim());
  const numbered = texts.filter((t) => NUMBERED_LINE.test(t)).length;
  const long = texts.filter((t) => t.length >= 8).length;
  // Right beside the table only numbered lines (instructions) tell a note from remarks.
  return numbered * 2 >= texts.length || (apart && long === texts.length);
}

/**
 * The columns of a table that are a note beside it: a header cell reading as a note, nothing
 * below it, and an empty column between it and the table's columns (or nothing but notes after);
 * or a note header over a few lines of note (noteLinesColumn), the last filled column of the
 * table or after an empty one.
 */
export function noteColumns(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): number[] {
  const empty = (i: number) =>
    (columnValues[i] ?? []).every((v) => isBlankCell(v)) && (headers[i] ?? "").trim() === "";
  const tableRows = Math.max(0, ...columnValues.map((values) => lastFilled(values) + 1));
  const notes: number[] = [];
  headers.forEach((header, i) => {
    if (i === 0 || header.trim() === "") return;
    const after = empty(i - 1) || notes.includes(i - 1);
    if (readsAsNote(header) && (columnValues[i] ?? []).every((v) => isBlankCell(v))) {
      if (after) notes.push(i);
      return;
    }
    const last = headers.every((h, j) => j <= i || (h.trim() === "" && empty(j)));
    if ((after || last) && noteLinesColumn(header, columnValues[i] ?? [], tableRows, after))
      notes.push(i);
  });
  return notes;
}

function lastFilled(values: readonly SourceCell[]): number {
  for (let r = values.length - 1; r >= 0; r--) if (!isBlankCell(values[r])) return r;
  return -1;
}

/** True when a money column is one the note's subject names ("保額" → sumInsured). */
function aboutColumn(note: NoteUnit, mapping: ColumnMapping, key: SheetKey): boolean {
  if (note.subject === "") return true;
  if (mapping.header.includes(note.subject)) return true;
  const targets = targetsFor(key).filter((t) => t.key === mapping.field);
  return scoreHeader(note.subject, targets).some((s) => s.confidence >= MAPPING_THRESHOLD);
}

/**
 * Gives the note's unit to the table's amount columns it is about whose header states none; the
 * columns it was given to.
 */
export function applyNoteUnit(
  note: NoteUnit,
  mappings: ColumnMapping[],
  key: SheetKey
): ColumnMapping[] {
  const types = new Map(targetsFor(key).map((t) => [t.key, t.field.type]));
  const given: ColumnMapping[] = [];
  for (const mapping of mappings) {
    if (mapping.field === null || types.get(mapping.field) !== "money") continue;
    if (parseHeaderUnit(mapping.header) !== null) continue;
    if (!aboutColumn(note, mapping, key)) continue;
    if (note.unit.multiplier !== 1) mapping.unitMultiplier = note.unit.multiplier;
    if (note.unit.currency && !mapping.currency) mapping.currency = note.unit.currency;
    given.push(mapping);
  }
  return given;
}

/** The text of a note's cells. */
export function noteText(cells: readonly SourceCell[]): string {
  return cells
    .map((c) => cellText(c).trim())
    .filter((t) => t !== "")
    .join(" ");
}
