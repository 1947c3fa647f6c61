/**
 * A client list that keeps each client's family in columns of its own — 配偶姓名 / 配偶生日,
 * 子女1姓名 / 子女1生日, 子女2…, "Spouse Name", "Child 1 DOB" — says who the client's relatives
 * are: a person writes one family member per relative named on the row, linked to the client, and
 * never takes the spouse for the client or the client's contact. The relation comes from the
 * header (配偶 → spouse, 子女 → child); the words are data (register/vocabulary/relatives.ts).
 */
import {
  HOUSEHOLD_MEMBER_WORDS,
  NOT_RELATIVE_DETAIL,
  RELATIVE_PARTS,
  RELATIVE_WORDS,
} from "../register/vocabulary";
import { cellText, isBlankCell } from "./grid";
import { namesCompanyHeader } from "../register/catalog";
import { matchForm } from "./header-match";
import { headerWords } from "./header-words";
import { profileColumn } from "./profile";
import type { ColumnMapping, SourceCell } from "./types";

/** One column of a relative: which relative (the group), the relation it names, the Family field. */
export interface RelativeColumn {
  index: number;
  /** The relative the column belongs to: one per relation for a spouse, per word and number else. */
  group: string;
  relation: string;
  /** The Family field it fills; null keeps its value in the member's notes under its header. */
  field: string | null;
}

/** Every spelling of a relative, longest first, so that 兄弟姐妹 wins over 兄弟. */
let relativeSpellings: { word: string; relation: string }[] | undefined;
function spellings(): { word: string; relation: string }[] {
  if (relativeSpellings === undefined) {
    relativeSpellings = Object.entries(RELATIVE_WORDS)
      .flatMap(([relation, words]) => words.map((word) => ({ word: matchForm(word), relation })))
      .filter((s) => s.word !== "")
      .sort((a, b) => b.word.length - a.word.length);
  }
  return relativeSpellings;
}

let partOf: Map<string, string> | undefined;
function parts(): Map<string, string> {
  if (partOf === undefined) {
    partOf = new Map();
    for (const [field, words] of Object.entries(RELATIVE_PARTS))
      for (const word of words) partOf.set(word === "" ? "" : matchForm(word), field);
  }
  return partOf;
}

const ORDINAL = /^(?:no)?(\d{1,2}|[一二三四五六七八九十]|[①-⑨])/;
const TRAILING_ORDINAL = /(\d{1,2})$/;

/** True when the text is another word for a relative of this relation (Partner beside Spouse). */
function sameRelative(relation: string, text: string): boolean {
  if (text === "") return false;
  if (relation === "spouse" && text === "partner") return true;
  return spellings().some((s) => s.relation === relation && s.word === text);
}

/**
 * The relative a header names and the part of them it gives: 配偶姓名 → spouse's name, 子女1生日
 * → the first child's birthday, "Name of spouse" → the spouse's name. Null when the header does
 * not start (or, in English, end) with a relative's word, or names a count or a plan of them.
 */
export function relativeOfHeader(
  header: string
): { group: string; relation: string; part: string } | null {
  const h = matchForm(header);
  if (h === "") return null;
  for (const { word, relation } of spellings()) {
    let rest: string;
    let ordinal = "";
    if (h.startsWith(word)) {
      rest = h.slice(word.length);
      const lead = ORDINAL.exec(rest);
      if (lead) {
        ordinal = lead[1];
        rest = rest.slice(lead[0].length);
      }
    } else if (h.endsWith(word) && /^[a-z]/.test(word)) {
      // English puts the part first: "Name of spouse", "DOB of child".
      rest = h.slice(0, h.length - word.length).replace(/of$/, "");
    } else continue;
    // "Spouse/Partner", "配偶/伴侣", "Husband or Wife": a second word for the same relative is no part.
    if (sameRelative(relation, rest.replace(/^(?:or|[/／|&＆+]|和|或)/, ""))) rest = "";
    const trailing = TRAILING_ORDINAL.exec(rest);
    if (trailing && ordinal === "") {
      ordinal = trailing[1];
      rest = rest.slice(0, rest.length - trailing[0].length);
    }
    if (NOT_RELATIVE_DETAIL.test(rest)) return null;
    const group = relation === "spouse" ? "spouse" : `${word}${ordinal}`;
    return { group, relation, part: rest };
  }
  return null;
}

const MEMBER_WORDS = HOUSEHOLD_MEMBER_WORDS.member.map((w) => matchForm(w));
const LATIN_RELATIVES: ReadonlySet<string> = new Set(
  Object.values(RELATIVE_WORDS)
    .flat()
    .filter((w) => /^[a-z]+$/.test(w))
);

/**
 * True when a header gives a detail of someone other than the row's client: a relative's (配偶年收入,
 * 子女1生日, "Spouse Income") or a household member's (家庭成员 年收入 under a two-row header).
 * Such a column is never the client's own income, birthday or phone. A relative's bare word (配偶,
 * "Spouse": their name) and counts of relatives (子女数) are not such details.
 */
export function namesAnotherPersonsDetail(header: string): boolean {
  const h = matchForm(header);
  const relative = relativeOfHeader(header);
  if (relative !== null && relative.part !== "") {
    if (!/[a-z]/.test(h)) return true;
    // A "Parent Company" or "Parent Account" is an organisation's, not a relative.
    if (relative.relation === "parent" && namesCompanyHeader(header)) return false;
    // An English relative is a word of the header: "Contact Person" holds no son.
    return headerWords(header).some((w) => LATIN_RELATIVES.has(w));
  }
  return MEMBER_WORDS.some(
    (w) => h.length > w.length && (h.startsWith(w) || (/^[a-z]/.test(w) && h.endsWith(w)))
  );
}

/** Share of a name column's values that must read as text (not figures or dates). */
const NAME_TEXT_SHARE = 0.8;
/** Share of them that may read as organisations' names. */
const NAME_COMPANY_SHARE = 0.2;

/** A relative's name column holds people's names: text, not companies, not a yes/no. */
function holdsNames(values: readonly SourceCell[]): boolean {
  if (!values.some((v) => !isBlankCell(v))) return false;
  const p = profileColumn(values);
  return (
    p.text >= NAME_TEXT_SHARE &&
    p.company <= NAME_COMPANY_SHARE &&
    (p.personName >= 0.5 || p.distinct >= 3)
  );
}

/**
 * The columns of a client list that give its clients' relatives, grouped by relative. A relative
 * counts only with a column naming them whose values are people's names; their other columns
 * (生日, 电话, 职业) come with them. Columns already given a field by the caller are left alone.
 */
export function relativeColumns(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[],
  skip: ReadonlySet<number> = new Set()
): RelativeColumn[] {
  const found: (RelativeColumn & { part: string })[] = [];
  headers.forEach((header, index) => {
    if (skip.has(index)) return;
    const relative = relativeOfHeader(header);
    if (!relative) return;
    const field = parts().has(relative.part) ? (parts().get(relative.part) as string) : null;
    found.push({ index, ...relative, field });
  });
  const named = new Set(
    found
      .filter((c) => c.field === "memberName" && holdsNames(columnValues[c.index] ?? []))
      .map((c) => c.group)
  );
  const out: RelativeColumn[] = [];
  const fieldsOf = new Map<string, Set<string>>();
  for (const c of found) {
    if (!named.has(c.group)) continue;
    const taken = fieldsOf.get(c.group) ?? new Set<string>();
    fieldsOf.set(c.group, taken);
    // A second column for one field of one relative (two name columns) keeps its value in notes.
    const field = c.field !== null && !taken.has(c.field) ? c.field : null;
    if (c.field === "memberName" && field === null) continue;
    if (field !== null) taken.add(field);
    out.push({ index: c.index, group: c.group, relation: c.relation, field });
  }
  return out;
}

/** The relatives' columns of a client sheet's mapping: those left unmapped by the caller. */
export function relativeColumnsOf(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): RelativeColumn[] {
  const skip = new Set<number>();
  mappings.forEach((m, i) => {
    if (m.field !== null || m.source === "override" || m.source === "hidden") skip.add(i);
  });
  return relativeColumns(
    mappings.map((m) => m.header),
    columnValues,
    skip
  );
}

/** Separators between several names in one cell (子女: "周涛、宋雪梅"). */
const NAME_LIST = /[、,，;；/／]+/;

/** The names a relative's name cell holds: one, or several listed in one cell. */
export function namesIn(cell: SourceCell): string[] {
  return cellText(cell)
    .split(NAME_LIST)
    .map((n) => n.trim())
    .filter((n) => n !== "");
}
