/**
 * How a client row's relatives' columns (配偶姓名 / 配偶生日, 子女1姓名 …; see family-columns.ts)
 * are read into Family records: one reading per relative, each column read as the Family field
 * its header gives (dates in every spelling the importer reads), the relative's other columns
 * (电话, 身份证) in the member's notes under their header.
 */
import { renderMessage } from "../register/messages";
import type { Lang, RegisterRecord } from "../register/types";
import { relativeColumnsOf, namesIn, type RelativeColumn } from "./family-columns";
import { cellText } from "./grid";
import { buildRowContext, emptyRecord, normalizeRow, type RowContext } from "./normalize-row";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

interface Relative {
  /** The relation as a word of the sheet's language (配偶, spouse): Family.relation is text, as written. */
  relation: string;
  /** The column naming the relative. */
  name: number;
  ctx: RowContext;
}

export interface RelativesWork {
  relatives: Relative[];
  /** Every relatives' column: none of them is the client's. */
  columns: Set<number>;
}

type ReaderOptions = Parameters<typeof buildRowContext>[4];

/**
 * The relatives a client sheet's columns give, as map-columns decided them (map.why.relative);
 * null when it gives none.
 */
export function relativesWork(
  sheetName: string,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  options: ReaderOptions,
  lang: Lang
): RelativesWork | null {
  const decided = (c: RelativeColumn) =>
    mappings[c.index]?.reasons?.some((r) => r.code === "map.why.relative") === true;
  const columns = relativeColumnsOf(mappings, columnValues).filter(decided);
  if (columns.length === 0) return null;
  const groups = new Map<string, RelativeColumn[]>();
  for (const c of columns) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const relatives: Relative[] = [];
  for (const group of groups.values()) {
    const name = group.find((c) => c.field === "memberName");
    if (!name) continue;
    const own = new Map(group.map((c) => [c.index, c]));
    const as = mappings.map((m, i): ColumnMapping => {
      const c = own.get(i);
      if (!c) return { ...m, field: null, source: "row-number" };
      return { ...m, field: c.field, source: c.field === null ? "none" : "alias" };
    });
    relatives.push({
      relation: renderMessage(`relation.${group[0].relation}`, {}, lang) ?? group[0].relation,
      name: name.index,
      ctx: buildRowContext(sheetName, "Family", as, columnValues, options),
    });
  }
  if (relatives.length === 0) return null;
  return { relatives, columns: new Set(columns.map((c) => c.index)) };
}

/**
 * The family members one client row names, with the issues of reading their cells (each naming
 * sheet, row and column). A cell listing several names (子女: 周涛、宋雪梅) makes one member each;
 * their birthday and the like then cannot be told apart and stay in each member's notes.
 */
export function relativesOfRow(
  work: RelativesWork,
  row: number,
  cells: readonly SourceCell[]
): { members: RegisterRecord[]; issues: ImportIssue[] } {
  const members: RegisterRecord[] = [];
  const issues: ImportIssue[] = [];
  for (const relative of work.relatives) {
    const names = namesIn(cells[relative.name] ?? null);
    if (names.length === 0) continue;
    const read = normalizeRow(relative.ctx, row, cells);
    issues.push(...read.issues);
    const record = read.record;
    record.relation = relative.relation;
    if (names.length === 1) {
      record.memberName = names[0];
      members.push(record);
      continue;
    }
    const shared = relative.ctx.readers
      .map((r, i) => ({ r, text: cellText(cells[i] ?? null) }))
      .filter(({ r, text }) => r.mapping.source !== "row-number" && text !== "")
      .filter(({ r }) => r.mapping.field !== "memberName")
      .map(({ r, text }) => `${r.mapping.header}: ${text}`);
    for (const name of names) {
      const member = emptyRecord("Family");
      member.memberName = name;
      member.relation = relative.relation;
      if (shared.length > 0) member.notes = shared.join("; ");
      members.push(member);
    }
  }
  return { members, issues };
}
