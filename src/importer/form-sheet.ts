/**
 * A form: one record laid out as label–value pairs (姓名：张伟 | 性别：男 / 出生日期：… | 身份证号：…),
 * in two or four (six…) columns, the way a 客户档案卡 or a printed client card is written. A person
 * reads the whole block as ONE record whose fields are named by the labels, not as a table whose
 * header is one of its rows. Here the block is turned into a one-row table (labels as headers, the
 * values as that row), so that the usual sheet recognition, column mapping and value reading apply.
 */
import {
  headsColumns,
  isContactValue,
  sheetBlocks,
  type Block,
  type DetectedTable,
  type SheetBlock,
} from "./detect-table";
import { cellText, columnLetter, isBlankCell, rowIsBlank } from "./grid";
import {
  looksLikeHeader,
  matchForm,
  scoreHeader,
  targetsFor,
  type FieldTarget,
} from "./header-match";
import { stripHeaderUnit } from "./normalize";
import { isPlaceholder } from "./normalize/cell";
import { CLIENT_REFERENCE_LABEL } from "../register/fields";
import { SHEETS } from "../register/sheets";
import { ACCOUNT_DOCUMENT_WORDS, foldScript } from "../register/vocabulary";
import type { SheetMapping, SourceCell, SourceSheet } from "./types";

/** One label and the cell right of it. */
export interface FormField {
  /** The label as written, without its trailing colon ("姓名"). */
  label: string;
  /** 1-based sheet row of the pair. */
  row: number;
  /** 1-based sheet column of the value cell. */
  column: number;
}

export interface FormLayout {
  fields: FormField[];
  /** 1-based rows of the first and last label–value row. */
  top: number;
  bottom: number;
  /** The non-blank rows holding label–value pairs, top to bottom. */
  rows: number[];
}

/** A form has a few lines; a block of many lines of pairs is a list, not one record. */
const MAX_FORM_ROWS = 30;
const MIN_LABELS = 4;
const MAX_LABEL_LENGTH = 20;
/** Labels no field has, per field word, in a column of labels below the form's first row. */
const MAX_LOOSE_PER_SURE = 2;
const COLON = /[:：]\s*$/;

function labelText(text: string): string {
  return text.replace(COLON, "").trim();
}

function headerWord(text: string): boolean {
  return looksLikeHeader(stripHeaderUnit(text)) || looksLikeHeader(text);
}

/**
 * How surely a cell is a label: "sure" when it is a field word or written with a colon, "loose"
 * for other short text of words (繳期別, 宣告利率 beside 開始日 and 保額: facts a register has no
 * field for, labelled the way a person labels them), null when it is no label (a number, a date,
 * a long text). Loose labels only stand among sure ones (readForm weighs them per column).
 */
function labelCell(cell: SourceCell): "sure" | "loose" | null {
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  const bare = labelText(text);
  if (bare === "" || bare.length > MAX_LABEL_LENGTH || /^[\d\s.,/\-年月日]+$/.test(bare))
    return null;
  if (COLON.test(text) || headerWord(bare)) return "sure";
  return /\p{L}/u.test(bare) && !/[\n@]/.test(bare) && !/\d{3}/.test(bare) ? "loose" : null;
}

/** Every field of every register sheet, to tell what kind of value a label asks for. */
let everyTarget: FieldTarget[] | null = null;

/**
 * The kind of value a label asks for when that kind has a shape a person checks at a glance: a
 * phone number or a date holds digits, an e-mail address an @. Null for anything else, or when
 * the label's closest fields disagree on the kind.
 */
function valueKind(label: string): "phone" | "date" | "email" | null {
  everyTarget ??= SHEETS.flatMap((s) => targetsFor(s.key));
  const close = scoreHeader(label, everyTarget).filter((s) => s.confidence >= 0.9);
  const kinds = new Set(close.map((s) => s.target.field.type));
  if (kinds.size !== 1) return null;
  const [kind] = kinds;
  return kind === "phone" || kind === "date" || kind === "email" ? kind : null;
}

/** True when a value cannot be what its label asks for (是 for a phone, Yes for a date). */
function contradicts(kind: "phone" | "date" | "email", value: SourceCell): boolean {
  if (typeof value !== "string" || isPlaceholder(value)) return false;
  return kind === "email" ? !value.includes("@") : !/\d/.test(value);
}

/** A text of several clauses (two or more commas or semicolons, or a sentence ending inside it). */
function isSentence(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  if (text.length < 10) return false;
  return (
    (text.match(/[，,;；、]/g) ?? []).length >= 2 || /[。！？]\s*\S|[a-z][.!?]\s+[A-Z]/.test(text)
  );
}

/**
 * The one decision between a form and a table whose header is the block's first row: the first
 * row heads a table when its words alone do (the table finder's own test, headsColumns), or when
 * what stands under it does — labels no field has stand among field words, a few beside each one
 * (性别, 民族 beside 婚姻状况 and 职务), so a column whose field word stands on the first row only,
 * over names or notes (客戶姓名 over 王小明, 陳大文; Notes over explanations), is a table's column.
 * `surety` tallies each label column below the first row.
 */
function headsTable(
  first: readonly SourceCell[] | undefined,
  surety: ReadonlyMap<number, { sure: number; loose: number }>
): boolean {
  if (headsColumns(first)) return true;
  return [...surety.values()].some((t) => t.loose > t.sure * MAX_LOOSE_PER_SURE);
}

/** Numbered labels of one word a list of items takes (Client 1, Client 2 … ; 客戶1, 客戶2 …). */
const MIN_NUMBERED = 4;

/**
 * True when most of the labels are one word with a running number after it (Client 1 … Client 9
 * beside their e-mails; 客戶1 … 客戶10): items of a list named the way a list numbers them, one
 * per row, not the fields of one record — a form's labels name different facts.
 */
function numberedItems(fields: readonly FormField[]): boolean {
  const stems = new Map<string, Set<number>>();
  for (const f of fields) {
    const m = /^(.*?\p{L})\s*[#№]?\s*(\d{1,4})$/u.exec(f.label.normalize("NFKC").trim());
    if (!m) continue;
    const stem = matchForm(m[1]);
    const numbers = stems.get(stem) ?? new Set<number>();
    numbers.add(Number(m[2]));
    stems.set(stem, numbers);
  }
  return [...stems.values()].some(
    (numbers) => numbers.size >= MIN_NUMBERED && numbers.size * 2 > fields.length
  );
}

/** The row's non-blank cells by position in the block's view. */
function cellsOf(row: readonly SourceCell[] | undefined): [number, SourceCell][] {
  const out: [number, SourceCell][] = [];
  row?.forEach((cell, c) => {
    if (!isBlankCell(cell)) out.push([c, cell]);
  });
  return out;
}

/**
 * The form in a block's view, or null when the block is no form. Above the pairs only title lines
 * (one cell each) may stand; every other line holds labels in the even positions (A, C, E… of the
 * block) each with its value to its right. The labels are distinct, field words (or written with
 * a colon), at least four; the values are mostly not field words (else it is a table's header
 * over a row of headers).
 */
export function readForm(view: SourceSheet, bounds: Block, offset: number): FormLayout | null {
  const fields: FormField[] = [];
  const rows: number[] = [];
  const values: SourceCell[] = [];
  const labels: ("sure" | "loose")[] = [];
  const surety = new Map<number, { sure: number; loose: number }>();
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const cells = cellsOf(view.rows[r - 1]);
    if (cells.length === 0) continue;
    const row = view.rows[r - 1] ?? [];
    // A title line (客户档案卡——张伟) above the pairs: one cell, nothing beside it.
    if (rows.length === 0 && cells.length === 1) continue;
    const pairs = cells.every(([c, cell]) =>
      c % 2 === 0 ? labelCell(cell) !== null : !isBlankCell(row[c - 1] ?? null)
    );
    if (!pairs) return null;
    rows.push(r);
    for (const [c, cell] of cells) {
      if (c % 2 !== 0) continue;
      const surely = labelCell(cell) === "sure" ? "sure" : "loose";
      fields.push({ label: labelText(cellText(cell)), row: r, column: c + 2 + offset });
      values.push(row[c + 1] ?? null);
      labels.push(surely);
      if (rows.length === 1) continue;
      const tally = surety.get(c) ?? { sure: 0, loose: 0 };
      tally[surely]++;
      surety.set(c, tally);
    }
  }
  if (rows.length < 2 || rows.length > MAX_FORM_ROWS || fields.length < MIN_LABELS) return null;
  const distinct = new Set(fields.map((f) => matchForm(f.label)));
  if (distinct.size < fields.length) return null;
  if (numberedItems(fields)) return null;
  const words = fields.filter((f) => headerWord(f.label)).length;
  if (words < 3 || words * 2 < fields.length) return null;
  if (headsTable(view.rows[rows[0] - 1], surety)) return null;
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length < 2) return null;
  // Each value is what its label asks for: a phone or a date answered 是/否 or Yes/No is a
  // column of answers beside a column of field names (a template's instructions), and phone
  // numbers beside people's names (林美華 | 0912000001) are a table's rows, not a record.
  const typed = fields.flatMap((f, i) => {
    if (isBlankCell(values[i])) return [];
    const kind = valueKind(f.label);
    if (kind) return [contradicts(kind, values[i])];
    return labels[i] === "loose" && isContactValue(values[i]) ? [true] : [];
  });
  if (typed.length >= 2 && typed.filter(Boolean).length * 2 > typed.length) return null;
  const wordValues = filled.filter((v) => typeof v === "string" && headerWord(v)).length;
  if (wordValues * 4 > filled.length) return null;
  // Each label explained in a sentence (姓名 | 会员姓名，必填，长度不超过255个字符): a list of the
  // fields of some import, not one record's values.
  if (filled.filter(isSentence).length * 2 >= filled.length) return null;
  return { fields, top: rows[0], bottom: rows[rows.length - 1], rows };
}

/**
 * Who a form without a name label is about: a title line above its pairs that names the account
 * ("Account: Northwind Ltd", "客户：华东机电", "Account Plan — Northwind Ltd"), or, as the last resort,
 * the sheet's name when several sheets hold forms of one layout (one sheet per account).
 */
export interface FormSubject {
  /** The header the value is read under: the title's own label, else the register's name label. */
  label: string;
  value: string;
  /** 1-based sheet row and column of the cell the name was read from (the form's first row for a sheet name). */
  row: number;
  column: number;
  from: "title" | "sheet";
}

/** A label that names the client itself (Account, Client, Customer, 客户, 客戶名稱). */
export function namesClient(label: string): boolean {
  const best = scoreHeader(label, targetsFor("Clients"))[0];
  return best !== undefined && best.exact && best.target.key === "name";
}

const DOCUMENT_WORDS = new Set<string>(ACCOUNT_DOCUMENT_WORDS.Clients.map((w) => foldScript(w)));

/** "Key Account Plan FY2025", "2024年度客户计划": the document word once its period is taken away. */
function isDocumentTitle(text: string): boolean {
  const bare = foldScript(text.normalize("NFKC").toLowerCase())
    .replace(/\b(?:fy|q[1-4]|h[12])?\s*'?\d{2,4}(?:\s*[-/]\s*\d{2,4})?\b/g, " ")
    .replace(/\d{2,4}\s*年度?|年度/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return DOCUMENT_WORDS.has(bare);
}

/** The other side of a document title: a name, not a remark ("reviewed quarterly") or a date. */
export function plausibleName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || isDocumentTitle(t)) return false;
  if (!/[\p{L}]/u.test(t) || /^[\d\s./\-年月日]+$/.test(t)) return false;
  return !/^[a-z][a-z\s]*$/.test(t);
}

const TITLE_SEPARATOR = /\s*(?:——|—|–|--|\s-\s|[|｜])\s*/;

/** The account a title line above the form names, or null. */
export function titleSubject(
  view: SourceSheet,
  bounds: Block,
  form: FormLayout,
  offset: number
): FormSubject | null {
  const lines: { row: number; column: number; text: string }[] = [];
  for (let r = bounds.top; r < form.top; r++) {
    const cells = cellsOf(view.rows[r - 1]);
    if (cells.length !== 1 || typeof cells[0][1] !== "string") continue;
    lines.push({ row: r, column: cells[0][0] + 1 + offset, text: cells[0][1].trim() });
  }
  for (const line of lines) {
    const m = /^([^:：]{1,20}?)\s*[:：]\s*(\S.{0,80})$/u.exec(line.text);
    if (m && namesClient(m[1]) && plausibleName(m[2]))
      return {
        label: m[1].trim(),
        value: m[2].trim(),
        row: line.row,
        column: line.column,
        from: "title",
      };
  }
  for (const line of lines) {
    const parts = line.text.split(TITLE_SEPARATOR);
    if (parts.length !== 2) continue;
    const [a, b] = parts;
    const value =
      isDocumentTitle(a) && plausibleName(b)
        ? b
        : isDocumentTitle(b) && plausibleName(a)
          ? a
          : null;
    if (value === null) continue;
    const label = CLIENT_REFERENCE_LABEL[/[\u4e00-\u9fff]/.test(line.text) ? "zh-CN" : "en"];
    return { label, value: value.trim(), row: line.row, column: line.column, from: "title" };
  }
  return null;
}

/** The sheet's name as the form's subject (the last resort: one sheet per account). */
export function sheetSubject(view: SourceSheet, form: FormLayout): FormSubject {
  const cjk = form.fields.some((f) => /[\u4e00-\u9fff]/.test(f.label));
  return {
    label: CLIENT_REFERENCE_LABEL[cjk ? "zh-CN" : "en"],
    value: view.name.trim(),
    row: form.top,
    column: form.fields[0]?.column ?? 1,
    from: "sheet",
  };
}

/** True when one of the form's labels names the client itself (姓名, Account Name …). */
export function formNamesClient(form: FormLayout): boolean {
  return form.fields.some((f) => namesClient(f.label));
}

/** A block read as a form: its view holds the values on the form's first row, in label order. */
export interface FormBlock extends SheetBlock {
  table: DetectedTable;
  form: FormLayout;
}

/**
 * The form in a block as a one-row table: the labels are its header, the values its one data row
 * (on the form's first row, so that messages name a real row; see formIssueRow for the others).
 * The other rows of the view stay as they are, so a form left out is accounted row by row.
 */
export function formBlock(block: SheetBlock, subject?: FormSubject): FormBlock | null {
  const found = readForm(block.view, block.bounds, block.offset);
  if (!found) return null;
  const form: FormLayout = subject
    ? {
        ...found,
        fields: [
          { label: subject.label, row: subject.row, column: subject.column },
          ...found.fields,
        ],
      }
    : found;
  const rows = [...block.view.rows];
  rows[form.top - 1] = form.fields.map((f, i) =>
    subject && i === 0
      ? subject.value
      : (block.view.rows[f.row - 1]?.[f.column - 1 - block.offset] ?? null)
  );
  const view: SourceSheet = {
    ...block.view,
    rows,
    merges: block.view.merges.filter((m) => m.bottom < form.top || m.top > form.bottom),
  };
  const table: DetectedTable = {
    headerRows: [form.top],
    columns: form.fields.map((f) => ({ index: f.column, text: f.label, candidates: [f.label] })),
    firstDataRow: form.top,
    lastDataRow: form.top,
    bounds: block.bounds,
  };
  return { ...block, view, table, form };
}

/** The form's rows after its first: they belong to the record read on the first. */
export function formFollowerRows(form: FormLayout): number[] {
  return form.rows.filter((r) => r !== form.top);
}

/**
 * Where a message about a form field belongs: the row of that field's value. Messages name a
 * column as "B (手机)"; each label names one cell.
 */
export function formIssueRow(form: FormLayout, column: string | null): number | null {
  if (column === null) return null;
  const field = form.fields.find((f) => column === `${columnLetter(f.column)} (${f.label})`);
  return field ? field.row : null;
}

/**
 * A form is read as one record only when it is recognised as a register sheet whose required
 * fields its labels all name (a client card names the client); else the block is read as before.
 */
export function readAsForm(mapping: SheetMapping): boolean {
  const key = mapping.registerSheet;
  if (key === null || mapping.kind !== undefined) return false;
  const mapped = new Set(mapping.columns.map((c) => c.field));
  return targetsFor(key).every((t) => !t.field.required || mapped.has(t.key));
}

/** The runs of adjacent non-blank rows of a block's view. */
function segmentsOf(view: SourceSheet, bounds: Block): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    if (rowIsBlank(view.rows[r - 1])) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(r);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The sheet with only these rows, between these columns (the rest blank), merges inside them. */
function restricted(sheet: SourceSheet, rows: readonly number[], bounds: Block): SourceSheet {
  const cut: SourceCell[][] = [];
  for (const r of rows)
    cut[r - 1] = (sheet.rows[r - 1] ?? []).map((cell, c) =>
      c + 1 >= bounds.left && c + 1 <= bounds.right ? cell : null
    );
  const first = rows[0];
  const last = rows[rows.length - 1];
  const merges = sheet.merges.filter(
    (m) => m.top >= first && m.bottom <= last && m.left >= bounds.left && m.right <= bounds.right
  );
  return { ...sheet, rows: cut, merges };
}

/**
 * Several cards one under another: a block the table finder joined (a card's visits, the next
 * card's title and pairs…) is cut where a form stands, with its title line, so that each card
 * is a form of its own and each table below it a block of its own.
 */
export function splitAtForms(sheet: SourceSheet, blocks: readonly SheetBlock[]): SheetBlock[] {
  return blocks.flatMap((block) => {
    if (readForm(block.view, block.bounds, block.offset)) return [block];
    const beside = splitBesideForm(sheet, block);
    if (beside) return beside;
    const segments = segmentsOf(block.view, block.bounds);
    if (segments.length < 2) return [block];
    const pieces: number[][] = [];
    let rest: number[] = [];
    segments.forEach((segment, i) => {
      const bounds = { ...block.bounds, top: segment[0], bottom: segment[segment.length - 1] };
      if (segment.length > MAX_FORM_ROWS || !readForm(block.view, bounds, block.offset)) {
        rest.push(...segment);
        return;
      }
      const previous = segments[i - 1];
      const title =
        previous?.length === 1 &&
        rest[rest.length - 1] === previous[0] &&
        (block.view.rows[previous[0] - 1] ?? []).filter((c) => !isBlankCell(c)).length === 1;
      if (title) rest.pop();
      if (rest.length > 0) pieces.push(rest);
      pieces.push(title ? [previous[0], ...segment] : segment);
      rest = [];
    });
    if (pieces.length === 0) return [block];
    if (rest.length > 0) pieces.push(rest);
    return pieces.flatMap((rows) => sheetBlocks(restricted(sheet, rows, block.bounds)));
  });
}

/** The block's columns that hold a cell on any of its rows, as runs of adjacent columns. */
function usedColumnRuns(sheet: SourceSheet, bounds: Block): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = bounds.left; c <= bounds.right; c++) {
    let used = false;
    for (let r = bounds.top; r <= bounds.bottom && !used; r++)
      used = !isBlankCell(sheet.rows[r - 1]?.[c - 1] ?? null);
    if (!used) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** True when one of the blocks reads as a form (label–value pairs). */
function holdsForm(blocks: readonly SheetBlock[]): boolean {
  return blocks.some((b) => readForm(b.view, b.bounds, b.offset) !== null);
}

/**
 * A form beside a table (a policy's facts in A:B — product, start date, sum insured — and, after
 * an empty column, the policy's year-by-year table; a client's card beside the client's visits):
 * the table finder joins them when their first rows line up, so that the pairs read as two
 * columns of the table. A person sees two things: the block is cut at the empty column where one
 * side reads as a form and the other holds a table of its own, each side then read on its own.
 */
function splitBesideForm(sheet: SourceSheet, block: SheetBlock): SheetBlock[] | null {
  const runs = usedColumnRuns(sheet, block.bounds);
  if (runs.length < 2) return null;
  const rows: number[] = [];
  for (let r = block.bounds.top; r <= block.bounds.bottom; r++) rows.push(r);
  for (let i = 0; i + 1 < runs.length; i++) {
    const left = { ...block.bounds, right: runs[i][1] };
    const right = { ...block.bounds, left: runs[i + 1][0] };
    const a = sheetBlocks(restricted(sheet, rows, left));
    const b = sheetBlocks(restricted(sheet, rows, right));
    const formLeft = holdsForm(a) && b.some((x) => x.table !== null && !holdsForm([x]));
    const formRight = holdsForm(b) && a.some((x) => x.table !== null && !holdsForm([x]));
    if (formLeft || formRight)
      return [...a, ...b].sort(
        (x, y) => x.bounds.top - y.bounds.top || x.bounds.left - y.bounds.left
      );
  }
  return null;
}
