/**
 * The person who looks after a table's clients, written once in a line above its header
 * ("業務員：陳怡君", "客户经理：张伟", "RM: John Lee", "Account Manager - Jane Holt") instead of in a
 * column. A person reads that name as the owner of every client of the table. A line naming who
 * made or checked the sheet (制表人, 審核人, Prepared by) names no owner.
 */
import { cellText } from "./grid";
import { MAPPING_THRESHOLD, matchForm, scoreHeader, targetsFor } from "./header-match";
import type { SourceCell } from "./types";

/** Who made, filled in, checked or approved the sheet: not who looks after its clients. */
const MAKER =
  /(?:制表|製表|填表|填报|填報|审核|審核|复核|覆核|审批|審批|核准|批准|统计|統計|录入|錄入|prepared|reviewed|approved|checked|compiled|created|made|entered|printed)/i;

/** Label and name, "業務員：陳怡君", "RM: John Lee", "Account Manager - Jane Holt". */
const LABELLED = /^\s*([^:：\-–—]{1,24}?)\s*(?:[:：]|\s[-–—]\s)\s*(.+?)\s*$/;

/** A person's name: two to four Han characters, or two or three capitalised words. */
const HAN_NAME = /^[\u3400-\u9fff·•]{2,4}$/;
const LATIN_NAME = /^[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]*){1,2}$/;

/** A trailing staff number or remark in brackets: "陳怡君（A1023）", "John Lee (ext. 201)". */
const BRACKETED = /\s*[(（[【][^)）\]】]*[)）\]】]\s*$/;

/** Parts of one title cell: "保戶名冊 業務員：陳怡君 製表日期：113/05/01". */
const PART_BREAK = /\s{2,}|\u3000+|[|｜;；，,]\s*/;

export interface TitleOwner {
  /** The owner's name, as written. */
  owner: string;
  /** The line it was read from, for messages. */
  line: string;
  /** The source row of that line (1-based). */
  row: number;
}

/** How surely a heading line's label must name the owner: its spelling, not one near it (客户姓名). */
const HEADING_CONFIDENCE = 0.9;

function namesOwner(label: string, least = MAPPING_THRESHOLD): boolean {
  const form = label.trim();
  if (form === "" || MAKER.test(form)) return false;
  const targets = targetsFor("Clients").filter((t) => t.key === "owner");
  return scoreHeader(form, targets).some((s) => s.confidence >= least);
}

function personName(value: string): string | null {
  const name = value.replace(BRACKETED, "").trim();
  return HAN_NAME.test(name) || LATIN_NAME.test(name) ? name : null;
}

/** The owner a label and value say, when the label names the owner and the value is a person. */
function ownerOf(label: string, value: string, least = MAPPING_THRESHOLD): string | null {
  const name = personName(value);
  return name !== null && namesOwner(label, least) ? name : null;
}

/**
 * The owner named in the title lines above a table: a cell "業務員：陳怡君" (or one part of a longer
 * title line), or a label cell "業務員" / "業務員：" beside a cell holding the name. Null when no
 * line names one, or when two lines name different people (the table has no one owner).
 * `rows` are the rows above the header, `firstRow` the source row number of the first.
 */
export function ownerInTitle(
  rows: readonly (readonly SourceCell[])[],
  firstRow = 1
): TitleOwner | null {
  const found: TitleOwner[] = [];
  rows.forEach((cells, r) => {
    const texts = (cells ?? []).map((c) => cellText(c).trim());
    texts.forEach((text, c) => {
      if (text === "") return;
      for (const part of text.split(PART_BREAK)) {
        const m = LABELLED.exec(part);
        const owner = m ? ownerOf(m[1], m[2]) : null;
        if (owner) found.push({ owner, line: part.trim(), row: firstRow + r });
      }
      // A label in one cell, the name in the next filled one.
      if (/[:：]\s*\S/.test(text)) return;
      const label = text.replace(/[:：]\s*$/, "");
      const next = texts.slice(c + 1).find((t) => t !== "");
      if (next === undefined) return;
      const owner = ownerOf(label, next);
      if (owner) found.push({ owner, line: `${label}: ${next}`, row: firstRow + r });
    });
  });
  if (found.length === 0) return null;
  const names = new Set(found.map((f) => matchForm(f.owner)));
  return names.size === 1 ? found[0] : null;
}

/** Cells a heading line may have: the label, the name, and a staff number beside them. */
const MAX_HEADING_CELLS = 4;

/**
 * The owner a heading line names, when the row is one: "客户经理：王丽  工号：10086" alone in its row,
 * "RM: Jane Tan", or a label cell and the name beside it ("業務員" | "陳怡君" | "工號" | "A1023").
 * The owner's label comes first: a record showing its fields' names ("Account: X" | "Owner: Y")
 * is no heading. Null for any other row.
 */
export function headingOwner(
  cells: readonly SourceCell[] | undefined,
  row: number
): TitleOwner | null {
  const texts = (cells ?? []).map((c) => cellText(c).trim()).filter((t) => t !== "");
  if (texts.length === 0 || texts.length > MAX_HEADING_CELLS) return null;
  const first = texts[0];
  if (/[:：]\s*\S/.test(first)) {
    const part = first.split(PART_BREAK)[0];
    const m = LABELLED.exec(part);
    const owner = m ? ownerOf(m[1], m[2], HEADING_CONFIDENCE) : null;
    return owner ? { owner, line: part.trim(), row } : null;
  }
  if (texts.length < 2) return null;
  const label = first.replace(/[:：]\s*$/, "");
  const owner = ownerOf(label, texts[1], HEADING_CONFIDENCE);
  return owner ? { owner, line: `${label}: ${texts[1]}`, row } : null;
}

/** Rows with this many filled cells are a table's header or records, not title lines. */
const TABLE_ROW_CELLS = 3;

/**
 * The owners that heading lines give the rows under them, top to bottom: each heading owns the
 * rows below it up to the next heading ("客户经理：王丽" over one block, "客户经理：陈志强" over the
 * next). Two headings naming different people with no table row between them (a title area naming
 * two) leave the rows under them without one owner: `owner` null. `rows` are the whole sheet's.
 */
export function ownerHeadings(
  rows: readonly (readonly SourceCell[] | undefined)[]
): { row: number; owner: TitleOwner | null }[] {
  const out: { row: number; owner: TitleOwner | null }[] = [];
  let tableRowSince = true;
  rows.forEach((cells, i) => {
    const heading = headingOwner(cells, i + 1);
    if (!heading) {
      const filled = (cells ?? []).filter((c) => cellText(c).trim() !== "").length;
      if (filled >= TABLE_ROW_CELLS) tableRowSince = true;
      return;
    }
    const previous = out[out.length - 1];
    const same = previous?.owner && matchForm(previous.owner.owner) === matchForm(heading.owner);
    if (!tableRowSince && previous && !same) out.push({ row: i + 1, owner: null });
    else out.push({ row: i + 1, owner: heading });
    tableRowSince = false;
  });
  return out;
}

/** The owner the headings give a row: the last heading above it, or null. */
export function ownerAt(
  headings: readonly { row: number; owner: TitleOwner | null }[],
  row: number
): TitleOwner | null {
  let found: TitleOwner | null = null;
  for (const h of headings) {
    if (h.row >= row) break;
    found = h.owner;
  }
  return found;
}
