/**
 * A header that numbers its column among several of one field — Phone1 | Phone2, Primary Phone |
 * 2nd Phone, 联系电话一 | 联系电话二, Email | Other Email — names the field as plainly as the bare
 * word does; the number or the word only says which column comes first. A person reads the first
 * as the field and a later one as a further value of it.
 */
import { COLUMN_ORDINAL_WORDS } from "../register/vocabulary/column-ordinals";
import { foldScript } from "../register/vocabulary/fold";
import { numberedHeader } from "./numbered-groups";

export interface OrdinalHeader {
  /** The header without its number or ordinal word: "Phone", 联系电话. */
  core: string;
  /** True for the first column of the field (Phone1, Primary Phone), false for a later one. */
  first: boolean;
}

const FIRST_WORDS: ReadonlySet<string> = new Set(COLUMN_ORDINAL_WORDS.first.map(foldScript));
const LATER_WORDS: ReadonlySet<string> = new Set(COLUMN_ORDINAL_WORDS.later.map(foldScript));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_WORDS = [...FIRST_WORDS, ...LATER_WORDS].filter((w) => !CJK.test(w));
const CJK_WORDS = [...FIRST_WORDS, ...LATER_WORDS]
  .filter((w) => CJK.test(w))
  .sort((a, b) => b.length - a.length);

/** A field's word after the number: "Phone 2", "Phone #2", "Phone(1)", 电话1. */
const TRAILING_NUMBER = /^(.*?)[\s_\-.#№:]*[(（]?\s*([1-9])\s*[)）]?$/u;
/** A Chinese numeral after the field's word: 联系电话一, 聯絡電話二. */
const TRAILING_NUMERAL = /^(.*[\u3400-\u9fff])([一二三])$/u;
const NUMERALS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3 };
/** An English ordinal before the field's word: "2nd Phone", "1st_email". */
const LEADING_ORDINAL = /^([1-9])(?:st|nd|rd|th)[\s_\-.]*(.+)$/i;

/** The core left must still say something: a word of letters, or two Chinese characters. */
function meaningful(core: string): boolean {
  const cjk = core.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  return /[A-Za-z]{2}/.test(core) || cjk >= 2;
}

function reading(core: string, first: boolean): OrdinalHeader | null {
  const trimmed = core.trim();
  return meaningful(trimmed) ? { core: trimmed, first } : null;
}

/**
 * Which of several columns of one field a header says it is, and the header without saying so;
 * null when it says nothing of the kind. A period's number (Q2, 1月, Month 3) is no column's rank.
 */
export function headerOrdinal(text: string): OrdinalHeader | null {
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  const leading = LEADING_ORDINAL.exec(t);
  if (leading) return reading(leading[2], leading[1] === "1");
  const lower = t.toLowerCase();
  for (const word of LATIN_WORDS) {
    if (!lower.startsWith(word)) continue;
    const next = t.charAt(word.length);
    // "Other Phone", "primary_email", "AltPhone": the word stands alone ("Mainland" is no "main").
    if (!/[\s_\-.]/.test(next) && !/[A-Z]/.test(next)) continue;
    return reading(t.slice(word.length).replace(/^[\s_\-.]+/, ""), FIRST_WORDS.has(word));
  }
  const folded = foldScript(t);
  for (const word of CJK_WORDS)
    if (folded.startsWith(word)) return reading(t.slice(word.length), FIRST_WORDS.has(word));
  const numeral = TRAILING_NUMERAL.exec(t);
  if (numeral && !/第$/.test(numeral[1])) return reading(numeral[1], NUMERALS[numeral[2]] === 1);
  const numbered = TRAILING_NUMBER.exec(t);
  if (numbered && numberedHeader(t)?.stem.endsWith("#"))
    return reading(numbered[1], numbered[2] === "1");
  return null;
}
