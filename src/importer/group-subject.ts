/**
 * Group rows that name the subject of the rows under them. A list kept by client writes each
 * client once, as a heading row (one cell, often merged across the table), with the client's
 * branches, stores, policies, contacts or visits under it, and no column of its own naming the
 * client: BRANCH | LOCATION | PIN under "NOVA HOME", 保單號碼 | 險種 | 保額 under "王小明". A person
 * reads each heading as the client the rows under it belong to. When a column of the table already
 * names a party (客户名称, Client, Insured), a heading is only an attribute of the rows (a branch, a
 * region) and is left to the row classifier's group headings.
 */
import { cellText, isBlankCell, MergeIndex } from "./grid";
import { CLIENT_NAME_KEY, scoreHeader, targetsFor } from "./header-match";
import { isTotalLabel, isCountOnly } from "./classify-rows";
import { isHintRow } from "./hint-rows";
import type { DetectedTable } from "./detect-table";
import type { SourceCell, SourceSheet } from "./types";
import type { SheetKey } from "../register/types";

/** Sheets whose rows name a party, and the field that names it there. */
const PARTY_FIELDS: readonly [SheetKey, string][] = [
  ["Clients", "name"],
  ["Contacts", "name"],
  ["Insurance", CLIENT_NAME_KEY],
  ["Visits", CLIENT_NAME_KEY],
  ["Pipeline", CLIENT_NAME_KEY],
  ["Complaints", CLIENT_NAME_KEY],
];
/** How sure a header must be of naming a party for the table to have its own subject column. */
const PARTY_HEADER = 0.75;
/** The longest text a heading naming a client has. */
const MAX_HEADING = 60;
/** The fewest columns of details under a heading: two are a lookup list (name | link). */
const MIN_WIDTH = 3;
/** A header naming the rows' own names ("Name of the AMC", 名称, 姓名): the rows have a subject. */
const NAME_WORD = /\bnames?\b|名称|名稱|姓名|名字|户名|戶名/i;
/** The fewest headings for a list to be read as kept by group. */
const MIN_HEADINGS = 2;

export interface GroupSubject {
  sheet: SourceSheet;
  table: DetectedTable;
  /** 0-based view column the headings' values were written into (a column of its own). */
  column: number;
  /** 1-based rows of the headings. */
  headings: number[];
  /** Rows that took a heading's value. */
  members: number;
  /** The rows under each heading are its branches, stores or offices: the clients are organisations. */
  organisations: boolean;
}

/** Headers naming a unit of an organisation: what a person, never an organisation, lacks. */
const UNIT_HEADER =
  /\b(?:branch(?:es)?|stores?|outlets?|shops?|sites?|offices?|depots?|warehouses?|locations?|franchises?)\b|门店|門店|分店|网点|網點|分行|支行|分公司|店铺|店鋪|门市|門市|据点|據點|营业部|營業部|营业所|營業所|办事处|辦事處/i;

function filledColumns(cells: readonly SourceCell[] | undefined): number[] {
  const out: number[] = [];
  (cells ?? []).forEach((c, i) => {
    if (!isBlankCell(c)) out.push(i);
  });
  return out;
}

/** A header that names whose row it is (Client, 客户名称, Insured, Account Name). */
function namesParty(texts: readonly string[]): boolean {
  return texts.some((text) =>
    PARTY_FIELDS.some(([sheet, field]) =>
      scoreHeader(text, targetsFor(sheet)).some(
        (s) => s.target.key === field && s.confidence >= PARTY_HEADER
      )
    )
  );
}

/**
 * The heading of a group: one text cell in a row (a title a person may merge across the table),
 * not a total, a count, a note or a template's hint.
 */
function headingText(cells: readonly SourceCell[] | undefined): string | null {
  const filled = filledColumns(cells);
  if (filled.length !== 1 || !cells) return null;
  const cell = cells[filled[0]];
  if (typeof cell !== "string") return null;
  const text = cell.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (text === "" || text.length > MAX_HEADING) return null;
  if (/^[※＊*(（[【]|[:：]$|[，。；！？]/.test(text)) return null;
  if (/^\d+(?:[.,]\d+)?$/.test(text)) return null;
  if (isTotalLabel(cell) || isCountOnly(cell) || isHintRow(cells)) return null;
  return text;
}

/**
 * Reads a table kept by group when its headings name the subject of the rows under them: returns
 * the sheet and table with one more column (right of the table, headed by the register's own word
 * for the client) holding each group's heading on the rows under it, or null when the table is not
 * such a list. Every record row must stand under a heading, there must be two headings or more,
 * each over records, no two alike, and no header of the table may name a party.
 */
export function groupSubject(sheet: SourceSheet, table: DetectedTable): GroupSubject | null {
  if (table.headerRows.length === 0 || table.summary) return null;
  const width = table.columns.length;
  if (width < MIN_WIDTH) return null;
  const headers = table.columns.flatMap((c) => [c.text, ...c.candidates]);
  if (namesParty(headers) || headers.some((h) => NAME_WORD.test(h))) return null;
  const merges = new MergeIndex(sheet.merges);
  const rows = sheet.rows;
  const last = Math.min(table.lastDataRow, rows.length);
  const headings: { row: number; text: string }[] = [];
  const memberOf = new Map<number, string>();
  const memberValues = new Set<string>();
  let current: { row: number; text: string; members: number } | null = null;
  let column = -1;
  for (let r = table.firstDataRow; r <= last; r++) {
    const cells = rows[r - 1];
    const filled = filledColumns(cells);
    if (filled.length === 0) continue;
    const text = headingText(cells);
    if (text !== null) {
      // A heading stands in the table's first column, or is merged across it.
      const merge = merges.at(r, filled[0] + 1);
      const first = filled[0] === 0 || (merge !== undefined && merge.right > merge.left);
      if (!first) return null;
      if (current && current.members === 0) return null;
      if (headings.some((h) => h.text === text)) return null;
      current = { row: r, text, members: 0 };
      headings.push({ row: r, text });
      continue;
    }
    if (filled.length < 2) continue;
    if (!current) return null;
    if (isHintRow(cells ?? [])) continue;
    current.members++;
    memberOf.set(r, current.text);
    for (const c of filled) memberValues.add(cellText(cells?.[c]).trim());
  }
  if (headings.length < MIN_HEADINGS || !current || current.members === 0) return null;
  // A heading that is also a value of the rows is one of their tags, not their subject.
  if (headings.some((h) => memberValues.has(h.text))) return null;
  column = width;
  const headingOf = new Map(headings.map((h) => [h.row, h.text]));
  const out = rows.map((cells, i) => {
    const heading = headingOf.get(i + 1);
    // The heading row names the client in the headings' column, nowhere else.
    if (heading !== undefined) return [...new Array<SourceCell>(width).fill(null), heading];
    const value = memberOf.get(i + 1);
    if (value === undefined) return cells;
    const next = (cells ?? []).slice(0, width);
    while (next.length < width) next.push(null);
    next.push(value);
    return next;
  });
  const lastIndex = table.columns[width - 1].index;
  const grouped: DetectedTable = {
    ...table,
    columns: [
      ...table.columns,
      { index: lastIndex + 1, text: "", candidates: [GROUP_SUBJECT_HEADER], label: GROUP_LABEL },
    ],
    bounds: { ...table.bounds, right: table.bounds.right + 1 },
  };
  return {
    sheet: { ...sheet, rows: out },
    table: grouped,
    column,
    headings: headings.map((h) => h.row),
    members: memberOf.size,
    organisations: table.columns.some((c) => UNIT_HEADER.test(c.text)),
  };
}

/** The header the headings' column is read by: the client's name on every register sheet. */
const GROUP_SUBJECT_HEADER = "Client Name";
/** What a note calls the headings' value. */
const GROUP_LABEL = "Group";
