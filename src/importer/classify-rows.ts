/**
 * Tells data rows from the rest below a header: blank rows, section labels ("以下為新客戶"),
 * notes and placeholders ("※ 單位：萬元", "（新增）"),
 * subtotal and total rows, header rows repeated mid-sheet, and rows that continue the client
 * above them (one company, several contacts, the name cell merged or left blank).
 */
import type { FieldType } from "../register/types";
import { cellText, isBlankCell, isErrorCell, MergeIndex } from "./grid";
import { CLIENT_NAME_KEY, matchForm, matchFormUncached } from "./header-match";
import { isPlaceholder } from "./normalize/cell";
import {
  exampleRowOf,
  isHintRow,
  isMaskedName,
  isNoOneName,
  isTestName,
  isTestRow,
  isUnusedAccountName,
} from "./hint-rows";
import { headingOwner } from "./title-owner";
import { looksLikePersonName } from "./person-name";
import type { ColumnMapping, SourceCell, SourceSheet } from "./types";

/** An e-mail address standing alone in a list. */
const LISTED_ADDRESS = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/**
 * A name that is several e-mail addresses (a mailing list's, "a@x.com; b@y.com"): a group of
 * people written to at once, not one client. One address alone names its owner.
 */
export function isAddressList(cell: SourceCell | undefined): boolean {
  if (typeof cell !== "string") return false;
  const parts = cell
    .split(/[;,，；\n]+/)
    .map((p) => p.trim().replace(/^.*<([^>]+)>$/, "$1"))
    .filter((p) => p !== "");
  return parts.length >= 2 && parts.every((p) => LISTED_ADDRESS.test(p));
}

export type RowKind =
  | "blank"
  | "data"
  | "total"
  | "section"
  | "note"
  | "hint"
  | "repeated-header"
  | "continuation"
  | "cancelled"
  | "test-entry"
  | "unused-account"
  | "no-one"
  | "mailing-list"
  /** Every filled cell a formula's error (#N/A): a lookup that found nothing, about no one. */
  | "lookup-errors";

export interface ClassifiedRow {
  /** 1-based source row. */
  row: number;
  kind: RowKind;
  /** For a continuation row: the row of the client it continues. */
  continues?: number;
  /** The continuation only adds a further value to the record (a second tag), no person. */
  adds?: true;
  /** The continuation is a detail row under its client's heading: kept in notes, "header: value". */
  details?: true;
  /**
   * The continuation is the rest of a free-text field of the record above (a memo whose line breaks
   * an export did not quote): its text joins that record's notes.
   */
  memo?: true;
  /**
   * A group heading's label ("0102 江苏" → "江苏"), on the heading's own row; on a data row, the
   * labels of the groups it stands in, outermost first ("华东区", "江苏").
   */
  group?: string[];
}

const TOTAL_WORDS_CJK = [
  "合计",
  "合計",
  "小计",
  "小計",
  "总计",
  "總計",
  "共计",
  "共計",
  "总和",
  "總和",
  "累计",
  "累計",
  "汇总",
  "彙總",
  "匯總",
];
const TOTAL_WORDS_EN = [
  "total",
  "totals",
  "subtotal",
  "sub total",
  "sub-total",
  "grand total",
  "sum",
  "overall",
];

/** True for a cell that labels a subtotal or total row: 合计, 小計, Total, Subtotal, Sum … */
const MAYBE_TOTAL = /[合小总總共累]|^[\s\u3000]*(?:[gstoGSTOｇｓｔｏＧＳＴＯ])/;

/**
 * A footer counting the rows above: "共 43 筆", "共43条", "合计 43 人", "总计：120 户", "Total: 43
 * records", "Total 43 clients". The count must stand alone after the word (with at most a unit of
 * rows or people): "合计3份保单" says something else.
 */
const COUNT_FOOTER_CJK =
  /^(?:共|共计|共計|合计|合計|总计|總計|总共|總共)[:：]?\d{1,3}(?:,\d{3})*\d*(?:笔|筆|条|條|人|位|户|戶|家|个|個|项|項|件|名|行|次|通)?(?:记录|記錄|资料|資料|客户|客戶|会员|會員|拜访|拜訪|访问|訪問|通话|通話|投诉|投訴|联系人|聯絡人)?\.?$/;
/**
 * "Total: 43 records", "Total 43 clients", "Total calls logged: 120", "Total policies 115": a total
 * word, at most three words saying what is counted, and the count with at most a word of records.
 */
const COUNT_FOOTER_EN =
  /^(?:grand\s+)?total(?:\s+[a-z]+){0,3}\s*[:：]?\s*\d{1,3}(?:,\d{3})*\d*\s*(?:records?|rows?|entries|items?|clients?|customers?|members?|accounts?|people|persons|polic(?:y|ies)|calls?|visits?|contacts?|complaints?|deals?|insureds?|households?|leads?)?\.?$/;

/**
 * A cell that only counts the records of a list: "115 policies", "62 clients", "78 張保單", "共 43 筆",
 * "43 位客戶". A number and the thing counted: no name or id is written that way.
 */
const COUNT_ONLY_EN =
  /^\d{1,3}(?:,\d{3})*\d*\s+(?:records|rows|entries|items|clients|customers|members|accounts|people|persons|policies|calls|visits|contacts|complaints|deals|insureds|households|leads|opportunities|policyholders)(?:\s+(?:in total|total|listed|shown|logged))?\.?$/i;
const COUNT_ONLY_CJK =
  /^(?:共|共计|共計)?\d{1,3}(?:,\d{3})*\d*(?:笔|筆|条|條|人|位|户|戶|家|个|個|项|項|件|名|张|張|份|次|通)(?:记录|記錄|资料|資料|客户|客戶|会员|會員|保单|保單|拜访|拜訪|通话|通話|投诉|投訴)?$/;

export function isCountOnly(cell: SourceCell): boolean {
  if (typeof cell !== "string" || cell.length > 40) return false;
  const text = cell.normalize("NFKC").trim();
  return COUNT_ONLY_EN.test(text) || COUNT_ONLY_CJK.test(text.replace(/\s+/g, ""));
}

/** The total words of any language a label may be made of alone: "總計 Total", "合计/Total". */
const TOTAL_TOKENS = new Set([
  ...TOTAL_WORDS_CJK,
  "total",
  "totals",
  "subtotal",
  "subtotals",
  "sub-total",
  "grand",
  "sub",
  "sum",
  "overall",
]);

/**
 * A label written in two languages, or as a phrase of total words only: "總計 Total", "合計 Grand
 * Total", "Total / 合计", "小计Subtotal". Every word of it is a total word.
 */
function isTotalWordsOnly(text: string): boolean {
  const tokens = text
    .replace(/[:：]\s*$/, "")
    .split(/(?<=[\u3400-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u3400-\u9fff])|[\s/|｜／、,，]+/)
    .filter((t) => t !== "");
  return (
    tokens.length >= 2 &&
    tokens.every((t) => TOTAL_TOKENS.has(t)) &&
    tokens.some((t) => t !== "grand" && t !== "sub")
  );
}

/**
 * A footer sentence that totals the rows above: one that says it is about the rows above (以上, 本表,
 * 本页) and then gives a total word with a figure ("以上合計 52 戶", "以上共計4位客戶，保費合計28000元"),
 * or a total word with a count of rows or people and more after it ("合計 52 戶，其中個人 48 戶",
 * "本页小计 4 人"). "合计3份保单" beside a client counts that client's policies: no footer.
 */
const TOTAL_SENTENCE_CJK =
  /^(?:以上|上述|本表|本页|本頁|全表).*?(?:合计|合計|总计|總計|共计|共計|小计|小計|总共|總共)[:：]?\d|(?:合计|合計|总计|總計|共计|共計|小计|小計|总共|總共)[:：]?\d[\d,]*(?:户|戶|人|位|名|家|笔|筆|条|條)(?:[,，;；。]|$)/;
/** "Total of 52 clients above", "Grand total: 52 policies, 3 lapsed": a total word, then a count of rows. */
const TOTAL_SENTENCE_EN =
  /^(?:grand\s+)?total\b.{0,24}?\b\d[\d,]*\s+(?:records|rows|entries|items|clients|customers|members|accounts|people|persons|policies|calls|visits|contacts|complaints|deals|insureds|households|leads|policyholders)\b/;

export function isTotalLabel(cell: SourceCell): boolean {
  if (typeof cell !== "string" || !MAYBE_TOTAL.test(cell)) return false;
  if (cell.length <= 80) {
    const sentence = cell.normalize("NFKC").trim().toLowerCase();
    if (TOTAL_SENTENCE_CJK.test(sentence.replace(/\s+/g, "")) || TOTAL_SENTENCE_EN.test(sentence))
      return true;
  }
  if (cell.length > 40) return false;
  const text = cell.normalize("NFKC").trim().toLowerCase();
  const squeezed = text.replace(/\s+/g, "");
  if (COUNT_FOOTER_CJK.test(squeezed) || COUNT_FOOTER_EN.test(text)) return true;
  if (
    TOTAL_WORDS_CJK.some(
      (w) =>
        squeezed === w || (squeezed.startsWith(w) && /^[:：(（\-—]/.test(squeezed.slice(w.length)))
    )
  )
    return true;
  const bare = text.replace(/[:：]\s*$/, "").trim();
  return (
    TOTAL_WORDS_EN.includes(bare) ||
    /^(grand |sub-?)?totals?\s*[:：(]/.test(text) ||
    isTotalWordsOnly(text)
  );
}

const SECTION_PATTERNS = [
  /^(以下|以上|下列|如下)/,
  /[:：]$/,
  /^[-=*#~—_]{2,}/,
  /^(section|part|group)\b/i,
  /^[（(]?[一二三四五六七八九十]+[)）、.]/,
  /^第[一二三四五六七八九十\d]+(部分|节|節|章|组|組|类|類)/,
  /^(new|existing|former|other)\s+(clients?|customers?|accounts?)\b/i,
  /(新客户|新客戶|老客户|老客戶|存量客户|存量客戶|潜在客户|潛在客戶)$/,
];

/**
 * A lone cell a person reads as a remark on the table, not a record: a footnote ("※ 金額單位：萬元",
 * "注：…", "Source: …"), a bracketed placeholder ("（新增）", "[TBD]"), or a sentence (CJK sentence
 * punctuation never occurs in a name). Tested on the cell as typed: NFKC would turn "，" into ",".
 */
const NOTE_PATTERNS = [
  /^[※＊*]/,
  /^(注|註|备注|備註|附注|附註|说明|說明|资料来源|資料來源|数据来源|數據來源|来源|來源|note|notes|n\.?b\.?|source|sources|remarks?)\s*[:：.．]/i,
  /^[(（[［【〔「][^)）\]］】〕」]*[)）\]］】〕」]$/,
  /[，。；！？]/,
  // A report's footer: "Confidential Information - Do Not Distribute", "Copyright (c) … All rights
  // reserved.", "© 2024 …", "机密文件，请勿外传".
  /^(copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b|^confidential\b|\bdo not (distribute|forward|copy)\b|^(机密|機密|保密|内部资料|內部資料)/i,
];

/** Field types whose cells never hold a free-standing label: a lone text there is a label. */
const LABEL_HOSTILE_TYPES: ReadonlySet<FieldType> = new Set([
  "date",
  "money",
  "number",
  "integer",
  "percent",
  "score",
  "boolean",
  "enum",
]);

export interface RowClassifierInput {
  sheet: SourceSheet;
  firstDataRow: number;
  lastDataRow: number;
  headerTexts: readonly string[];
  mappings: readonly ColumnMapping[];
  fieldTypes: readonly (FieldType | undefined)[];
  /** 0-based column of the field that names a row's subject (client name, contact name …). */
  nameColumn: number | null;
  /** 0-based columns whose cells may hold a total label besides the first filled cell. */
  keyColumns: readonly number[];
  /** For a Clients sheet: 0-based columns that describe a person, not the company (contacts). */
  personColumns?: ReadonlySet<number> | null;
  /** For a Clients sheet: 0-based column of the main contact's name. */
  contactNameColumn?: number | null;
  /**
   * Heading rows (1-based) naming the client of the rows under them (see group-subject.ts). On a
   * client list each heading is the client's record and the rows under it its details (kept in
   * its notes); on a sheet of records (policies, visits) a heading is no record.
   */
  groupHeadings?: ReadonlySet<number>;
  /** The headings are the records themselves (a client list): the rows under them are details. */
  headingsAreRecords?: boolean;
  /**
   * For a sheet of visits: 0-based column of a cancellation's reason; a row with one written is a
   * visit that did not take place.
   */
  cancelColumn?: number | null;
  /**
   * The sheet lists clients: a row whose name is a test account's ("Sample Customer") or stands
   * for no one (Cash Customer, Walk-in, 匿名用户) is no client, unless a ledger numbers it.
   */
  clientList?: boolean;
  /**
   * Rows of a table joined from blocks under one header: the header written again over a block,
   * and the one-cell titles above it (see DetectedTable.headerCopies).
   */
  headerCopies?: { copies: readonly number[]; titles: readonly number[] };
}

function nonBlankColumns(cells: readonly SourceCell[]): number[] {
  const out: number[] = [];
  cells.forEach((c, i) => {
    if (!isBlankCell(c)) out.push(i);
  });
  return out;
}

/**
 * A form numbered in advance (編號 1…400, only 116 of them filled) leaves lines that hold their
 * number and nothing else: blank lines, not records to merge into the one above.
 */
function isNumberedBlankLine(
  input: RowClassifierInput,
  cells: readonly SourceCell[],
  filled: number[]
): boolean {
  return filled.every(
    (i) =>
      input.mappings[i]?.source === "row-number" &&
      /^\d{1,6}\.?$/.test(cellText(cells[i] ?? null).trim())
  );
}

/**
 * A row holding nothing but "nothing here" marks ("--" in every column, N/A, 无): a placeholder
 * under the header, no record. A bare "na" is left alone (it may be a given name).
 */
function isPlaceholderRow(cells: readonly SourceCell[], filled: number[]): boolean {
  return filled.every((c) => {
    const v = cells[c];
    if (typeof v !== "string") return false;
    return isPlaceholder(v) && v.trim().toLowerCase() !== "na";
  });
}

/**
 * The row's client number holds a digit (A00, C00377): a ledger's account, which invoices are
 * booked to, even when it is the account for cash sales; a till's card named CASH is not one.
 */
function hasAccountNumber(input: RowClassifierInput, cells: readonly SourceCell[]): boolean {
  const column = input.mappings.findIndex((m) => m.field === "clientId");
  return column >= 0 && /\d/.test(cellText(cells[column] ?? null));
}

function isNote(cells: readonly SourceCell[], filled: number[]): boolean {
  if (filled.length !== 1) return false;
  const cell = cells[filled[0]];
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return NOTE_PATTERNS.some((p) => p.test(text));
}

/** A cell that labels what follows its colon: "制表人：张三", "审核：李四", "Prepared by: J. Lee". */
const LABELLED = /^[^\d:：]{1,12}[:：]\s*\S/;
/** Who made, checked or printed the sheet: the words of a form's signature line. */
const SIGNATURE_LABEL =
  /^(?:制表人?|製表人?|填表人?|填报人|填報人|审核人?|審核人?|复核人?|複核人?|覆核人?|审批人?|審批人?|核准人?|批准人?|经办人?|經辦人?|承办人|承辦人|主管|单位主管|單位主管|部门主管|部門主管|会计|會計|出纳|出納|打印|列印|打印日期|列印日期|制表日期|製表日期|填表日期|prepared by|checked by|approved by|reviewed by|verified by|authori[sz]ed by|signed by|signature|printed(?: on| by)?|generated(?: on| by)?|exported(?: on| by)?|run by)\s*[:：]/i;
/** A label standing alone in its cell, its value in the next filled cell: "承辦人：", "Approved by:". */
const LABEL_ONLY = /^[^\d:：]{1,16}[:：]$/;

/**
 * The label–value pairs a row is made of, each label with its value in one cell ("制表人：张三") or
 * in the next filled cell ("承辦人：" | "廖素月"); null when a cell is neither.
 */
function labelPairs(texts: readonly string[]): string[] | null {
  const labels: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (LABEL_ONLY.test(t)) {
      const value = texts[i + 1];
      if (value !== undefined && !LABEL_ONLY.test(value)) i++;
      labels.push(t);
    } else if (LABELLED.test(t)) labels.push(t);
    else return null;
  }
  return labels;
}

/** The labels of a row made only of label–value pairs (see labelPairs), else null. */
function rowLabels(cells: readonly SourceCell[], filled: number[]): string[] | null {
  const texts: string[] = [];
  for (const c of filled) {
    const cell = cells[c];
    if (typeof cell !== "string") return null;
    texts.push(cell.normalize("NFKC").trim());
  }
  return labelPairs(texts);
}

/**
 * The last row of the table with two cells or more that is not made of label–value pairs: rows of
 * pairs after it stand under the records (a signature line), never between them.
 */
function lastRecordLikeRow(input: RowClassifierInput): number {
  const rows = input.sheet.rows;
  for (let r = Math.min(input.lastDataRow, rows.length); r >= input.firstDataRow; r--) {
    const cells = rows[r - 1] ?? [];
    const filled = nonBlankColumns(cells);
    if (filled.length >= 2 && rowLabels(cells, filled) === null) return r;
  }
  return input.firstDataRow - 1;
}

/**
 * The signature line under a form (制表人：张三 | 审核：李四 | 日期：…, 承辦人：| 廖素月 | 主管：| 陳正雄):
 * every filled cell a label or the value after one, and a label naming who made, handled or
 * checked the sheet; or two such pairs whose labels are none of the table's headers (a record
 * showing its columns' names, "Account: Northwind", labels them by its headers). Not a record.
 */
function isSignatureLine(
  cells: readonly SourceCell[],
  filled: number[],
  forms: readonly (string | null)[],
  belowRecords: boolean
): boolean {
  if (filled.length === 1) {
    const cell = cells[filled[0]];
    return typeof cell === "string" && SIGNATURE_LABEL.test(cell.normalize("NFKC").trim());
  }
  const labels = rowLabels(cells, filled);
  if (labels === null || labels.length === 0) return false;
  if (labels.some((t) => SIGNATURE_LABEL.test(t))) return true;
  if (labels.length < 2 || !belowRecords) return false;
  const headers = new Set(forms.filter((f): f is string => f !== null));
  return labels.every((t) => !headers.has(matchForm(t.slice(0, t.search(/[:：]/)))));
}

function isSectionLabel(
  input: RowClassifierInput,
  merges: MergeIndex,
  row: number,
  cells: readonly SourceCell[],
  filled: number[]
): boolean {
  if (filled.length !== 1) return false;
  const col = filled[0];
  const cell = cells[col];
  if (typeof cell !== "string") return false;
  const merge = merges.at(row, col + 1);
  if (merge && merge.right > merge.left) return true;
  const text = cell.normalize("NFKC").trim();
  if (SECTION_PATTERNS.some((p) => p.test(text))) return true;
  const mapping = input.mappings[col];
  const type = input.fieldTypes[col];
  if (!mapping || mapping.field === null) return true;
  // On a sheet of records (policies, visits) the client's name alone says nothing of a record of
  // its own: a line heading a section (STAR HEALTH over the health policies), not a policy.
  if (mapping.field === CLIENT_NAME_KEY) return true;
  return type !== undefined && LABEL_HOSTILE_TYPES.has(type);
}

/**
 * A line heading the rows under it with the person who looks after them ("客户经理：王丽  工号：10086",
 * "RM: Jane Tan", "業務員：陳怡君" alone in its row): the block's owner, never a record.
 */
function isOwnerHeading(cells: readonly SourceCell[], filled: number[], row: number): boolean {
  if (filled.length > 4) return false;
  const first = cells[filled[0]];
  if (typeof first !== "string" || !/[:：]/.test(first)) return false;
  return headingOwner(cells, row) !== null;
}

/** A group's code before its label: "0102 江苏", "A1 North", "01-华东区". */
const CODED_GROUP = /^([A-Za-z]?\d{1,8})(?:[\s\u3000]+|[-—_.．、]\s*)([^\d\s].{0,24})$/;
/** A group numbered in Chinese: "一、华东区", "（二）华南区", "第三组 北区". */
const NUMBERED_GROUP =
  /^(?:[（(]?[一二三四五六七八九十]+[)）、.．]|第[一二三四五六七八九十\d]+[组組区區部类類片]?[\s\u3000:：、]*)\s*(\S.{0,24})$/;
/**
 * A label naming an organisation's unit or area, as a list is grouped by: a region (华东区, 北区,
 * Region North), a branch (台北分行, 浦东支行, 北京分公司, 营业部), a province or city.
 */
const UNIT_GROUP =
  /^(?:\S.{0,19}(?:大区|大區|片区|片區|地区|地區|区域|區域|分行|支行|分公司|子公司|营业部|營業部|营业所|營業所|事业部|事業部|办事处|辦事處|分部|分店|门店|門市|省|区|區)|(?:region|branch|area|district|division|territory|office)\b.{1,30}|.{1,30}\b(?:region|branch|area|district|division|territory|office))$/i;

/**
 * The label of a row a person reads as the heading of the rows under it, or null: one cell, in a
 * column left of the subject's name (or in the name column when it carries a group code or a
 * Chinese number), saying a code and a label, a numbered label, or a unit or area (支行, 华东区).
 * A value the column also holds on records' own rows is a tag of the record above, not a heading.
 */
function groupLabel(
  input: RowClassifierInput,
  merges: MergeIndex,
  row: number,
  cells: readonly SourceCell[],
  filled: number[],
  columnValues: (column: number) => ReadonlySet<string>
): string | null {
  if (filled.length !== 1 || !hasRowsUnder(input, row)) return null;
  const column = filled[0];
  const cell = cells[column];
  if (typeof cell !== "string" || cell.length > 40) return null;
  const name = input.nameColumn;
  if (name !== null && column > name) return null;
  const text = cell.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (text === "" || columnValues(column).has(cell.trim())) return null;
  if (/[，。；！？,;!?:：]/.test(text)) return null;
  const coded = CODED_GROUP.exec(text) ?? NUMBERED_GROUP.exec(text);
  if (coded) return coded[coded.length - 1].trim();
  // A label merged across most of the table's width is a heading over the rows under it.
  const merge = merges.at(row, column + 1);
  if (merge && merge.top === row && (merge.right - merge.left + 1) * 2 > input.headerTexts.length)
    return text;
  if (name !== null && column === name) return null;
  return UNIT_GROUP.test(text) ? text : null;
}

/** Records follow the row (after blank rows and at most three further one-cell headings). */
function hasRowsUnder(input: RowClassifierInput, row: number): boolean {
  const rows = input.sheet.rows;
  const last = Math.min(input.lastDataRow, rows.length);
  let headings = 0;
  for (let r = row; r < last; r++) {
    const filled = nonBlankColumns(rows[r] ?? []).length;
    if (filled >= 2) return true;
    if (filled === 1 && ++headings > 3) return false;
  }
  return false;
}

/** The code of a coded group label ("0102" of "0102 江苏"), or null. */
function groupCode(cells: readonly SourceCell[], filled: number[]): string | null {
  const cell = cells[filled[0]];
  if (typeof cell !== "string") return null;
  return CODED_GROUP.exec(cell.normalize("NFKC").replace(/\s+/g, " ").trim())?.[1] ?? null;
}

/**
 * The groups a row stands in, as headings open them: a heading right under another heading is a
 * sub-group of it; a heading after records closes the innermost group and opens its sibling. Coded
 * headings nest by their codes instead: 0101 is under 01, 02 closes 01 and its sub-groups.
 */
class GroupStack {
  private readonly open: { label: string; code: string | null }[] = [];
  private afterRecords = false;
  heading(label: string, code: string | null): void {
    if (code !== null && this.open.some((g) => g.code !== null)) {
      while (this.open.length > 0) {
        const top = this.open[this.open.length - 1];
        if (top.code !== null && code.startsWith(top.code) && code.length > top.code.length) break;
        this.open.pop();
      }
    } else if (this.afterRecords) this.open.pop();
    this.open.push({ label, code });
    this.afterRecords = false;
  }
  record(): void {
    this.afterRecords = true;
  }
  labels(): string[] | undefined {
    return this.open.length > 0 ? this.open.map((g) => g.label) : undefined;
  }
}

/** The header texts in match form, by column; computed once per sheet. */
function headerForms(input: RowClassifierInput): (string | null)[] {
  return input.headerTexts.map((h) => (h ? matchForm(h) : null));
}

/** Folded cell texts for the repeated-header check, per sheet; columns of a few values repeat them. */
export class FoldMemo {
  private readonly forms = new Map<string, string>();
  of(text: string): string {
    let form = this.forms.get(text);
    if (form === undefined) {
      form = matchFormUncached(text);
      if (this.forms.size < FoldMemo.LIMIT) this.forms.set(text, form);
    }
    return form;
  }
  static readonly LIMIT = 4_096;
}

/**
 * More than half of the headed columns hold their header text (as matchForm folds it) and fewer
 * than half do not. That does not depend on the order the columns are looked at, so the cells
 * that cannot match (not text) are counted first, and folding (the costly part on a big sheet,
 * where every data row is checked) stops as soon as half differ.
 */
export function isRepeatedHeader(
  forms: readonly (string | null)[],
  headed: number,
  cells: readonly SourceCell[],
  folds: FoldMemo
): boolean {
  if (headed < 2) return false;
  let different = 0;
  for (let i = 0; i < forms.length; i++)
    if (forms[i] !== null && typeof cells[i] !== "string" && ++different * 2 >= headed)
      return false;
  let same = 0;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i];
    const cell = cells[i];
    if (form === null || typeof cell !== "string") continue;
    if (folds.of(cell) === form) same++;
    else if (++different * 2 >= headed) return false;
  }
  return same * 2 > headed;
}

/**
 * The figure a cell holds: a number, or one written as text with its currency and separators
 * ("$253,448.53", "HK$1,500,000", "1,234.00", "(1,200)"). Null for anything else.
 */
export function figureOf(cell: SourceCell | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string" || cell.length > 30) return null;
  const m =
    /^\s*([-(])?\s*([A-Z]{0,3}\$|[$¥￥€£]|RM|NT|RMB|CNY|HKD|USD)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*\)?\s*$/.exec(
      cell.normalize("NFKC")
    );
  // Digits alone are ids, phones and codes: a figure as text shows its currency, separators or cents.
  if (!m || (!m[2] && !m[3].includes(",") && !m[4])) return null;
  const value = Number(m[3].replace(/,/g, "") + (m[4] ?? ""));
  return m[1] ? -value : value;
}

function isFigureCell(cell: SourceCell | undefined): boolean {
  return figureOf(cell) !== null;
}

/**
 * A group's name followed by a total word: what Excel's Subtotal command writes under each group
 * ("North Total", "城东支行 汇总") and what people type ("对公小计", "张三 小计"). No name ends in
 * 小计 or 合计; a client could be named "Fitness Total", so an English one must also hold a figure.
 * Either way the row's name column is empty or holds the label itself. A sum whose formula was
 * never calculated (a file written by a script) reads as an empty cell.
 */
const GROUP_TOTAL_CJK = /^\S.{0,30}?\s*(?:小计|小計|合计|合計|汇总|彙總|匯總|总计|總計)[:：]?$/;
const GROUP_TOTAL_EN = /^\S.{0,40}?\s(?:sub-?total|total|totals)[:：]?$/i;

function isGroupTotal(
  input: RowClassifierInput,
  cells: readonly SourceCell[],
  filled: number[]
): boolean {
  const label = cells[filled[0]];
  if (typeof label !== "string" || label.length > 48) return false;
  const text = label.normalize("NFKC").trim();
  const figure = filled.some((c) => c !== filled[0] && isFigureCell(cells[c]));
  if (!GROUP_TOTAL_CJK.test(text) && !(figure && GROUP_TOTAL_EN.test(text))) return false;
  const name = input.nameColumn;
  return name === null || name === filled[0] || isBlankCell(cells[name] ?? null);
}

function isTotalRow(
  input: RowClassifierInput,
  cells: readonly SourceCell[],
  filled: number[]
): boolean {
  if (filled.length === 0) return false;
  if (isTotalLabel(cells[filled[0]])) return true;
  if (input.keyColumns.some((c) => isTotalLabel(cells[c] ?? null))) return true;
  return (
    isGroupTotal(input, cells, filled) ||
    laterTotalLabel(input, cells, filled) ||
    saysOnlyCounts(cells, filled)
  );
}

/**
 * A row that only counts what is above it: "115 policies" alone, "78 張保單" beside a blank, or with
 * figures and total labels beside it. No record is written as a count of records.
 */
function saysOnlyCounts(cells: readonly SourceCell[], filled: number[]): boolean {
  let counts = 0;
  for (const c of filled) {
    const cell = cells[c];
    if (isCountOnly(cell)) counts++;
    else if (!isFigureCell(cell) && !isTotalLabel(cell)) return false;
  }
  return counts > 0;
}

/**
 * A subtotal whose label stands in a later column, not the first filled one: a list sorted by
 * sales rep sums each rep's rows under them with "业务员小计" (or "Subtotal") in the rep's column
 * and the figure in its own. The row names no subject (its name column is empty) and a label of
 * its cells is a total word or a group's name followed by one; it is the same total row the first
 * column's label makes.
 */
function laterTotalLabel(
  input: RowClassifierInput,
  cells: readonly SourceCell[],
  filled: number[]
): boolean {
  const name = input.nameColumn;
  if (name === null || !isBlankCell(cells[name] ?? null)) return false;
  const figure = filled.some((c) => isFigureCell(cells[c]));
  return filled.some((c) => {
    const cell = cells[c];
    if (typeof cell !== "string" || cell.length > 48) return false;
    if (isTotalLabel(cell)) return true;
    const text = cell.normalize("NFKC").trim();
    return GROUP_TOTAL_CJK.test(text) || (figure && GROUP_TOTAL_EN.test(text));
  });
}

/**
 * A lone cell that reads as a sentence, not a name: six words or more ending in a full stop, a
 * question or an exclamation mark ("Premiums shown include Insurance Premium Tax at 12%.").
 */
function isSentence(cells: readonly SourceCell[], filled: number[]): boolean {
  if (filled.length !== 1) return false;
  const cell = cells[filled[0]];
  if (typeof cell !== "string") return false;
  const text = cell.normalize("NFKC").trim();
  return /[.!?]$/.test(text) && text.split(/\s+/).length >= 6;
}

/**
 * The rows under a table's last total where nothing but lone cells follows (a blank row, a note, a
 * printed-by line): what a person reads as the table's footer. Returns the first such row, or null.
 * A total row whose sums were never calculated (a file written by a script) shows only its label
 * ("TOTAL"); standing in the first column above a blank row, it closes the table as well.
 */
function footerStart(input: RowClassifierInput): number | null {
  const rows = input.sheet.rows;
  const last = Math.min(input.lastDataRow, rows.length);
  for (let r = last; r >= input.firstDataRow; r--) {
    const cells = rows[r - 1] ?? [];
    const filled = nonBlankColumns(cells);
    if (filled.length === 1 && r < last && isLoneTotal(input, cells, filled[0], r)) return r + 1;
    if (filled.length < 2) continue;
    return isTotalRow(input, cells, filled) && r < last ? r + 1 : null;
  }
  return null;
}

/** A total label alone in the table's first used column, a blank row under it. */
function isLoneTotal(
  input: RowClassifierInput,
  cells: readonly SourceCell[],
  column: number,
  row: number
): boolean {
  if (!isTotalLabel(cells[column] ?? null)) return false;
  const first = Math.min(
    ...input.sheet.rows
      .slice(input.firstDataRow - 1, Math.min(input.firstDataRow + 4, row - 1))
      .flatMap((r) => nonBlankColumns(r ?? []).slice(0, 1))
  );
  if (column !== first && !input.keyColumns.includes(column)) return false;
  return nonBlankColumns(input.sheet.rows[row] ?? []).length === 0;
}

/**
 * A total word and what it totals ("Total pipeline", "Grand total value", 合计金额), the row's only
 * text, beside a figure that is the sum of the figures above it in its column: a person reads the
 * row as the table's total, whatever sheet the table is. A deal or a client named "Total Care"
 * holds no such sum.
 */
const LEADING_TOTAL_EN = /^(?:grand |sub-?)?totals?\s+\S.{0,30}$/i;
const LEADING_TOTAL_CJK = /^(?:合计|合計|小计|小計|总计|總計|共计|共計|汇总|彙總|匯總)\S{1,10}$/;

function isSumRow(
  input: RowClassifierInput,
  row: number,
  cells: readonly SourceCell[],
  filled: number[]
): boolean {
  const label = cells[filled[0]];
  if (typeof label !== "string" || label.length > 40) return false;
  const text = label.normalize("NFKC").trim();
  if (!LEADING_TOTAL_EN.test(text) && !LEADING_TOTAL_CJK.test(text.replace(/\s+/g, "")))
    return false;
  const texts = filled.filter((c) => typeof cells[c] === "string" && !isFigureCell(cells[c]));
  if (texts.length !== 1) return false;
  // A label ending in a colon ("Total calls logged:") introduces a figure; no name ends that way.
  if (/[:：]$/.test(text) && filled.length > 1) return true;
  return filled.some((c) => {
    const value = figureOf(cells[c]);
    if (value === null || c === filled[0]) return false;
    return sumsAbove(input, row, c, value) || countsAbove(input, row, value);
  });
}

/** True when the records above the row (rows of two cells or more) number exactly `value`. */
function countsAbove(input: RowClassifierInput, row: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 2) return false;
  let count = 0;
  for (let r = row - 1; r >= input.firstDataRow; r--)
    if (nonBlankColumns(input.sheet.rows[r - 1] ?? []).length >= 2) count++;
  return count === value;
}

/** True when the figures of the column above the row (back to the table's first row) add up to it. */
function sumsAbove(input: RowClassifierInput, row: number, column: number, value: number): boolean {
  let sum = 0;
  let count = 0;
  for (let r = row - 1; r >= input.firstDataRow; r--) {
    const cell = figureOf(input.sheet.rows[r - 1]?.[column]);
    if (cell === null) continue;
    sum += cell;
    count++;
  }
  return count >= 1 && Math.abs(sum - value) <= Math.max(0.005, Math.abs(value) * 1e-9);
}

/** Small words a name or a company's name holds in lower case ("Bank of the West", "van Dijk"). */
const NAME_PARTICLES = new Set([
  "and",
  "the",
  "of",
  "for",
  "van",
  "von",
  "der",
  "den",
  "del",
  "des",
  "della",
  "di",
  "da",
  "du",
  "dos",
  "das",
  "las",
  "los",
  "les",
  "bin",
  "binti",
  "ter",
  "ten",
  "y",
  "e",
  "et",
  "und",
  "co",
  "inc",
  "ltd",
  "llc",
]);

/**
 * A text that reads as a line of free text, not as a name, an id or a code: words written in lower
 * case a name never has ("Prefers text messages", "changed phone # 11/1/10"), a Chinese sentence
 * (，。；), or a quote left open where an unquoted memo's line break cut it ("Medicaid #: 686"").
 */
export function isMemoText(cell: SourceCell | undefined): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.normalize("NFKC").trim();
  if (text.length < 8 || text.length > 2000) return false;
  if (((text.match(/"/g) ?? []).length % 2 === 1 && /"$/.test(text)) || /^"/.test(text))
    return true;
  if (/[，。；！？]/.test(cell) && /[\u3400-\u9fff]/.test(text)) return true;
  let lower = 0;
  for (const word of text.split(/[\s,;:()/]+/)) {
    const w = word.replace(/[.!?'’"]+$/, "");
    if (/^[a-z][a-z'’-]{2,}$/.test(w) && !NAME_PARTICLES.has(w)) lower++;
  }
  return lower >= 2;
}

/**
 * The text of a memo line as a person reads it: its cells joined with the commas an unquoted CSV
 * split them at, the quote the break left open taken away.
 */
export function memoText(cells: readonly SourceCell[]): string {
  return nonBlankColumns(cells)
    .map((c) => cellText(cells[c]).replace(/^"|"$/g, "").replace(/""/g, '"').trim())
    .filter((t) => t !== "")
    .join(", ");
}

/**
 * The number of cells most records of the table fill (the median over the table's rows of two
 * cells or more, at most 500 of them): the row shape a continuation line breaks.
 */
function typicalWidth(input: RowClassifierInput): number {
  const rows = input.sheet.rows;
  const last = Math.min(input.lastDataRow, rows.length);
  const widths: number[] = [];
  for (let r = input.firstDataRow - 1; r < last && widths.length < 500; r++) {
    const n = nonBlankColumns(rows[r] ?? []).length;
    if (n >= 2) widths.push(n);
  }
  if (widths.length === 0) return 0;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)];
}

/** The last row of the table that fills at least half the typical width (a record's shape). */
function lastFullRow(input: RowClassifierInput, width: number): number {
  const rows = input.sheet.rows;
  for (let r = Math.min(input.lastDataRow, rows.length); r >= input.firstDataRow; r--)
    if (nonBlankColumns(rows[r - 1] ?? []).length * 2 >= width) return r;
  return input.firstDataRow - 1;
}

/**
 * A row that continues a free-text field of the record above: at most two cells where the table's
 * records fill four or more, under a record (blank rows and other such lines may stand between),
 * its text reading as a line of free text and its name cell, when filled, that text too. CSV
 * exports write a memo with line breaks this way when they do not quote it. A footnote (※, 注：,
 * Source:) stays a note; a line after the table's last record continues it only when it closes the
 * quote the memo's break left open.
 */
function isMemoLine(
  input: RowClassifierInput,
  row: number,
  cells: readonly SourceCell[],
  filled: number[],
  width: number,
  lastFull: number
): boolean {
  if (filled.length > 2 || width < 4 || filled.length * 2 >= width) return false;
  const memo = filled.filter((c) => isMemoText(cells[c]));
  if (memo.length === 0) return false;
  const name = input.nameColumn;
  if (name !== null && filled.includes(name) && !memo.includes(name)) return false;
  const texts = filled.map((c) => cells[c]);
  if (
    texts.some(
      (t) => typeof t === "string" && NOTE_PATTERNS.slice(0, 2).some((p) => p.test(t.trim()))
    )
  )
    return false;
  if (row > lastFull) {
    const text = cells[memo[memo.length - 1]] as string;
    return /"\s*$/.test(text) && (text.match(/"/g) ?? []).length % 2 === 1;
  }
  return true;
}

/**
 * A line of free text under the table's last record (no record of the table's shape follows):
 * a remark on the list, never a record, even where it stands in the name column.
 */
function isTrailingRemark(
  cells: readonly SourceCell[],
  filled: number[],
  width: number,
  lastFull: number,
  row: number
): boolean {
  if (row <= lastFull || width < 4 || filled.length > 2 || filled.length * 2 >= width) return false;
  return (
    filled.every((c) => typeof cells[c] === "string") && filled.some((c) => isMemoText(cells[c]))
  );
}

/** A Clients row without a name that only adds a person (contact, phone, e-mail …) to the client above. */
function continuesAbove(
  input: RowClassifierInput,
  merges: MergeIndex,
  row: number,
  filled: number[]
): boolean {
  const nameColumn = input.nameColumn;
  if (nameColumn === null || !input.personColumns) return false;
  if (filled.includes(nameColumn)) return false;
  const merge = merges.at(row, nameColumn + 1);
  if (merge && merge.top < row) return true;
  const person = input.personColumns;
  const contactColumn = input.contactNameColumn;
  if (contactColumn === null || contactColumn === undefined || !filled.includes(contactColumn))
    return false;
  return filled.every((c) => person.has(c));
}

/**
 * A row with one cell filled, below a record and outside its name column, that adds one more value
 * to the record above: an ERP writes a record's further tags that way (Odoo's many2many export:
 * "Customer" on the record's row, "Shipper" and "Consignee" alone on the rows below). A person
 * reads it as the record's when the value is one the column holds on records' own rows too, or
 * names the record itself ("PACIFICO FORWARDING SRL, Catalina Diaz" below PACIFICO FORWARDING SRL).
 */
function addsValueAbove(
  input: RowClassifierInput,
  cells: readonly SourceCell[],
  filled: number[],
  subject: number,
  columnValues: (column: number) => ReadonlySet<string>,
  multiValued: ReadonlySet<number>
): boolean {
  const name = input.nameColumn;
  // Only a client list folds rows into the record above (see continuesAbove).
  if (!input.personColumns || name === null || filled.length !== 1 || filled[0] === name)
    return false;
  const cell = cells[filled[0]];
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  const owner = input.sheet.rows[subject - 1]?.[name];
  if (typeof owner === "string" && owner.trim() !== "" && text.startsWith(`${owner.trim()}, `))
    return true;
  const values = columnValues(filled[0]);
  // The one value a column holds on every record (a system's constant, INDCundefined) tells no
  // record anything: a row of it alone is an empty place in the list (see EmptySlots).
  if (values.size === 1 && values.has(text)) return false;
  return values.has(text) || multiValued.has(filled[0]);
}

/**
 * Columns written the many-values way: on three rows or more a lone cell of the column stands
 * right under a record's row (or under another such cell), and the column holds values on the
 * records' own rows too. Any lone cell of such a column under a record adds to it.
 */
function multiValuedColumns(input: RowClassifierInput): Set<number> {
  const out = new Set<number>();
  const name = input.nameColumn;
  if (!input.personColumns || name === null) return out;
  const rows = input.sheet.rows;
  const last = Math.min(input.lastDataRow, rows.length);
  const lone = new Map<number, number>();
  const onRecords = new Set<number>();
  let underRecord = false;
  for (let r = input.firstDataRow - 1; r < last; r++) {
    const cells = rows[r] ?? [];
    const filled = nonBlankColumns(cells);
    if (filled.length === 0) {
      underRecord = false;
      continue;
    }
    if (!isBlankCell(cells[name] ?? null)) {
      for (const c of filled) onRecords.add(c);
      underRecord = filled.length >= 2;
      continue;
    }
    if (filled.length === 1 && underRecord) lone.set(filled[0], (lone.get(filled[0]) ?? 0) + 1);
    else underRecord = false;
  }
  for (const [column, count] of lone) if (count >= 3 && onRecords.has(column)) out.add(column);
  return out;
}

/** Per column, the texts it holds on records' rows: their name cell filled, another cell too (computed on first use). */
function recordValues(input: RowClassifierInput): (column: number) => ReadonlySet<string> {
  const memo = new Map<number, Set<string>>();
  return (column) => {
    let values = memo.get(column);
    if (values) return values;
    values = new Set<string>();
    const name = input.nameColumn;
    const rows = input.sheet.rows;
    const last = Math.min(input.lastDataRow, rows.length);
    for (let r = input.firstDataRow - 1; r < last; r++) {
      const cells = rows[r];
      if (!cells || name === null || isBlankCell(cells[name] ?? null)) continue;
      // A lone cell is no record's row (a heading in the name column says nothing of records).
      if (nonBlankColumns(cells).length < 2) continue;
      const cell = cells[column];
      if (typeof cell === "string" && cell.trim() !== "") values.add(cell.trim());
    }
    memo.set(column, values);
    return values;
  };
}

/**
 * A lone cell naming a group and counting it: "Customer (526)", "华东区 (12)", "Rodrigo M (1,024)",
 * a report's "Account Owner: Jane Holt (12 records)", "客户经理：张三（5条记录）".
 */
const COUNTED_GROUP =
  /^(\S.{0,80}?)\s*[(（]\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(?:records?|rows?|items?|条记录|條記錄|条|條|笔|筆|项|項|个|個)?\s*[)）]$/i;

interface GroupHeading {
  /** 0-based column of the heading's cell. */
  column: number;
  /** The group's label without its count ("Account Owner: Jane Holt"). */
  label: string;
  count: number;
}

function groupHeading(cells: readonly SourceCell[] | undefined): GroupHeading | null {
  let heading: GroupHeading | null = null;
  let filled = 0;
  (cells ?? []).forEach((cell, column) => {
    if (isBlankCell(cell)) return;
    filled++;
    const m = typeof cell === "string" ? COUNTED_GROUP.exec(cell.normalize("NFKC").trim()) : null;
    heading = m ? { column, label: m[1].trim(), count: Number(m[2].replace(/,/g, "")) } : null;
  });
  return filled === 1 ? heading : null;
}

function groupCount(cells: readonly SourceCell[] | undefined): number | null {
  return groupHeading(cells)?.count ?? null;
}

/**
 * The rows an ERP's grouped list view writes above each group (Odoo: "Customer (526)"): one cell
 * naming the group and counting its records. A person takes it for a heading because the count
 * holds: exactly that many records follow (sub-groups' headings inside are not records) before
 * the next heading or the end. A record is a row with the subject's cell filled (any row with two
 * cells when the subject is not known); rows that only add a value to the record above (a second
 * tag) are not counted. A client named "Store (2)" stays a client: its count does not hold.
 */
function countedGroupRows(input: RowClassifierInput): Set<number> {
  const rows = input.sheet.rows;
  const first = input.firstDataRow - 1;
  const last = Math.min(input.lastDataRow, rows.length) - 1;
  const candidates: { index: number; count: number }[] = [];
  const out = new Set<number>();
  for (let i = first; i <= last; i++) {
    const count = groupCount(rows[i]);
    if (count !== null) candidates.push({ index: i, count });
  }
  if (candidates.length === 0) return out;
  const headings = new Set(candidates.map((c) => c.index));
  const records: number[] = [];
  for (let i = first; i <= last; i++)
    if (!headings.has(i) && isRecordRow(input, rows[i])) records.push(i);
  let r = 0;
  for (const { index, count } of candidates) {
    while (r < records.length && records[r] < index) r++;
    if (count === 0 || r + count > records.length) continue;
    const lastRecord = records[r + count - 1];
    const next = r + count < records.length ? records[r + count] : Infinity;
    // Between the group's last record and the next record there must be another heading (or the
    // end): else the count does not close the group.
    let closed = next === Infinity;
    for (let i = lastRecord + 1; i < next && !closed; i++) closed = headings.has(i);
    if (closed) out.add(index + 1);
  }
  return out;
}

function isRecordRow(input: RowClassifierInput, cells: readonly SourceCell[] | undefined): boolean {
  if (!cells) return false;
  if (input.nameColumn !== null) return !isBlankCell(cells[input.nameColumn] ?? null);
  return hasTwoCells(cells);
}

/** Two cells or more, and not a total: a record when the subject's column is not known yet. */
function hasTwoCells(cells: readonly SourceCell[]): boolean {
  let filled = 0;
  let first: SourceCell = null;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (filled === 0) first = cell;
    if (++filled >= 2) return !isTotalLabel(first);
  }
  return false;
}

/**
 * A report grouped by a column writes the column's value once, on the group's heading, and leaves
 * it blank on the group's rows: "Account Owner: Jane Holt (12 records)" above twelve accounts whose
 * Account Owner cells are empty. A person reads every one of the twelve as Jane Holt's. Returns
 * the sheet with those cells filled (the heading row itself stays, a heading), or the sheet itself
 * when it has no such heading. `headers` are the table's header texts by column (0-based).
 */
export function fillGroupedColumns(
  sheet: SourceSheet,
  firstDataRow: number,
  lastDataRow: number,
  headers: readonly string[]
): SourceSheet {
  const rows = sheet.rows;
  const first = firstDataRow - 1;
  const last = Math.min(lastDataRow, rows.length) - 1;
  const forms = headers.map((h) => (h ? matchForm(h) : ""));
  const headings: { index: number; column: number; value: string; count: number }[] = [];
  for (let i = first; i <= last; i++) {
    const heading = groupHeading(rows[i]);
    if (!heading) continue;
    const colon = heading.label.search(/[:：]/);
    if (colon <= 0) continue;
    const named = matchForm(heading.label.slice(0, colon));
    const value = heading.label.slice(colon + 1).trim();
    const column = forms.findIndex((f) => f !== "" && f === named);
    if (column >= 0 && value !== "")
      headings.push({ index: i, column, value, count: heading.count });
  }
  if (headings.length === 0) return sheet;
  const out = rows.slice();
  headings.forEach((h, k) => {
    const end = k + 1 < headings.length ? headings[k + 1].index : last + 1;
    const members: number[] = [];
    for (let i = h.index + 1; i < end; i++) {
      const cells = rows[i];
      if (cells && hasTwoCells(cells) && groupHeading(cells) === null) members.push(i);
    }
    // The count must hold, or the heading is not read as one (a client called "Note: x (2)").
    if (members.length !== h.count) return;
    for (const i of members) {
      const cells = rows[i] ?? [];
      if (!isBlankCell(cells[h.column] ?? null)) continue;
      const filled = cells.slice();
      while (filled.length <= h.column) filled.push(null);
      filled[h.column] = h.value;
      out[i] = filled;
    }
  });
  return { ...sheet, rows: out };
}

/** Fewest rows a word must stand on in the name column to be read as standing in for no one. */
const STAND_IN_ROWS = 5;
/** Share of a list's names that are people's for a word among them to stand out as no name. */
const PEOPLE_SHARE = 0.6;
/** Share of the rows naming someone named on another row too, above which the rows are a log's. */
const LOG_SHARE = 0.5;

/**
 * Words standing in the name cell for no one (未指界 on parcels no household claimed, 空户): on a
 * list of people's names, one text that is no person's name, written on five rows or more, none
 * of which has an ID number, phone or e-mail to tell a person by. A name a person gave (one
 * foreign name, a nickname) stands on a row or two, or beside a way to reach them.
 */
function noOneStandIns(input: RowClassifierInput): Set<string> {
  const out = new Set<string>();
  const column = input.nameColumn;
  if (!input.clientList || column === null) return out;
  const telling = input.mappings.flatMap((m, i) =>
    m.field === "idNumber" || m.field === "phone" || m.field === "email" ? [i] : []
  );
  const counts = new Map<string, number>();
  const told = new Set<string>();
  for (let r = input.firstDataRow; r <= input.lastDataRow; r++) {
    const cells = input.sheet.rows[r - 1];
    const name = cellText(cells?.[column] ?? null);
    if (!cells || name === "") continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (telling.some((c) => !isBlankCell(cells[c] ?? null))) told.add(name);
  }
  let names = 0;
  let people = 0;
  let again = 0;
  for (const [name, count] of counts) {
    names += count;
    if (count > 1) again += count;
    if (looksLikePersonName(name)) people += count;
  }
  if (people < names * PEOPLE_SHARE) return out;
  // Rows of a log name their buyers again and again: there a name on five rows is a regular
  // buyer's, standing out from nothing.
  if (again > names * LOG_SHARE) return out;
  for (const [name, count] of counts)
    if (count >= STAND_IN_ROWS && !told.has(name) && !looksLikePersonName(name)) out.add(name);
  return out;
}

/** The 1-based row of a template's example above the records (hint-rows.ts), or null. */
function exampleRow(input: RowClassifierInput): number | null {
  const rows: SourceCell[][] = [];
  for (let r = input.firstDataRow; r <= input.lastDataRow; r++)
    rows.push(input.sheet.rows[r - 1] ?? []);
  const at = exampleRowOf(rows);
  return at === null ? null : input.firstDataRow + at;
}

/**
 * Classifies every row from the first data row to the last. Rows are sparse: a run of missing
 * rows is one blank entry (at its first row), so a far row costs nothing.
 */
export function classifyRows(input: RowClassifierInput): ClassifiedRow[] {
  const merges = new MergeIndex(input.sheet.merges);
  const forms = headerForms(input);
  const headed = forms.filter((f) => f !== null).length;
  const folds = new FoldMemo();
  const groupHeadings = countedGroupRows(input);
  const valuesOf = recordValues(input);
  const multiValued = multiValuedColumns(input);
  const footer = footerStart(input);
  const lastRecordLike = lastRecordLikeRow(input);
  const width = typicalWidth(input);
  const lastFull = lastFullRow(input, width);
  const example = exampleRow(input);
  const standIns = noOneStandIns(input);
  const out: ClassifiedRow[] = [];
  const groups = new GroupStack();
  const copies = new Set(input.headerCopies?.copies ?? []);
  const copyTitles = new Set(input.headerCopies?.titles ?? []);
  let lastSubject: number | null = null;
  /** The record free-text lines continue: kept over blank rows and the lines themselves. */
  let memoSubject: number | null = null;
  let expected = input.firstDataRow;
  const classify = (row: number, cells: readonly SourceCell[]) => {
    const filled = nonBlankColumns(cells);
    let kind: RowKind;
    let continues: number | undefined;
    let adds = false;
    let memo = false;
    let details = false;
    let label: string | null = null;
    const heading = input.groupHeadings;
    if (filled.length === 0 || isNumberedBlankLine(input, cells, filled)) kind = "blank";
    else if (filled.every((c) => isErrorCell(cells[c]))) kind = "lookup-errors";
    else if (copies.has(row)) kind = "repeated-header";
    else if (copyTitles.has(row)) kind = "section";
    else if (heading?.has(row)) kind = input.headingsAreRecords ? "data" : "section";
    else if (
      heading &&
      input.headingsAreRecords &&
      memoSubject !== null &&
      heading.has(memoSubject)
    ) {
      kind = "continuation";
      continues = memoSubject;
      details = true;
    } else if (isTotalRow(input, cells, filled) || isSumRow(input, row, cells, filled))
      kind = "total";
    else if (groupHeadings.has(row)) kind = "section";
    else if (isRepeatedHeader(forms, headed, cells, folds)) kind = "repeated-header";
    else if (isOwnerHeading(cells, filled, row)) kind = "section";
    else if (memoSubject !== null && isMemoLine(input, row, cells, filled, width, lastFull)) {
      kind = "continuation";
      continues = memoSubject;
      memo = true;
    } else if (
      isPlaceholderRow(cells, filled) ||
      isNote(cells, filled) ||
      isSignatureLine(cells, filled, forms, row > lastRecordLike) ||
      isSentence(cells, filled) ||
      isTrailingRemark(cells, filled, width, lastFull, row) ||
      (footer !== null && row >= footer && filled.length === 1)
    )
      kind = "note";
    else if (isHintRow(cells) || isTestRow(cells) || row === example) kind = "hint";
    else if (
      input.clientList &&
      input.nameColumn !== null &&
      // A name written in parts (first | last name): either part may mark the test.
      input.mappings.some(
        (m, i) =>
          (i === input.nameColumn || (m.field === "name" && m.joined)) && isTestName(cells[i])
      )
    )
      kind = "test-entry";
    else if (
      input.clientList &&
      input.nameColumn !== null &&
      isUnusedAccountName(cells[input.nameColumn])
    )
      kind = "unused-account";
    else if (
      input.clientList &&
      input.mappings.some((m, i) => m.field === "name" && isAddressList(cells[i]))
    )
      kind = "mailing-list";
    else if (
      input.clientList &&
      input.nameColumn !== null &&
      (isNoOneName(cells[input.nameColumn]) ||
        isMaskedName(cells[input.nameColumn]) ||
        standIns.has(cellText(cells[input.nameColumn] ?? null))) &&
      !hasAccountNumber(input, cells)
    )
      kind = "no-one";
    else if (input.cancelColumn != null && !isBlankCell(cells[input.cancelColumn] ?? null))
      kind = "cancelled";
    else if ((label = groupLabel(input, merges, row, cells, filled, valuesOf)) !== null)
      kind = "section";
    else if (
      lastSubject !== null &&
      addsValueAbove(input, cells, filled, lastSubject, valuesOf, multiValued)
    ) {
      kind = "continuation";
      continues = lastSubject;
      adds = true;
    } else if (isSectionLabel(input, merges, row, cells, filled)) kind = "section";
    else if (lastSubject !== null && continuesAbove(input, merges, row, filled)) {
      kind = "continuation";
      continues = lastSubject;
    } else kind = "data";

    if (kind === "data") lastSubject = memoSubject = row;
    else if (kind !== "continuation") lastSubject = null;
    if (kind !== "data" && kind !== "blank" && kind !== "continuation") memoSubject = null;
    if (label !== null) {
      groups.heading(label, groupCode(cells, filled));
      out.push({ row, kind, group: [label] });
    } else if (kind === "data") {
      groups.record();
      const group = groups.labels();
      out.push(group ? { row, kind, group } : { row, kind });
    } else if (continues === undefined) out.push({ row, kind });
    else if (memo) out.push({ row, kind, continues, memo: true });
    else if (details) out.push({ row, kind, continues, details: true });
    else out.push(adds ? { row, kind, continues, adds: true } : { row, kind, continues });
  };
  input.sheet.rows.forEach((cells, i) => {
    const row = i + 1;
    if (row < input.firstDataRow || row > input.lastDataRow) return;
    if (row > expected) classify(expected, []);
    classify(row, cells ?? []);
    expected = row + 1;
  });
  return out;
}
