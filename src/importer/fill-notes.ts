/**
 * What an import template writes in a header's brackets to say how to fill the column, not what
 * the column is: required or optional (姓名(必填), "Email (optional)"), unique (卡号(必填[唯一])),
 * a format (开卡时间(格式：YYYY-mm-dd), "DOB (dd/mm/yyyy)"), an example (如：张三) or what its
 * codes stand for (性别(“0”代表男，“1”代表女), "Status (1=active, 0=closed)"). The header names its
 * field without them; a code legend also says what the column's values mean.
 */
import { foldScript, TEMPLATE_HINT_WORDS } from "../register/vocabulary";

const OPEN = "(（[【";
const CLOSE = ")）]】";

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const RULE_WORDS = [
  ...new Set([
    ...TEMPLATE_HINT_WORDS.whole,
    ...TEMPLATE_HINT_WORDS.inside,
    ...TEMPLATE_HINT_WORDS.opening,
    ...TEMPLATE_HINT_WORDS.rule,
  ]),
].sort((a, b) => b.length - a.length);
/** A rule word anywhere (CJK) or on whole words (Latin: "required", not "unrequired"). */
const RULE = new RegExp(
  RULE_WORDS.map((w) => (/[a-z]/.test(w) ? `(?<![a-z])${escape(w)}(?![a-z])` : escape(w))).join(
    "|"
  ),
  "u"
);
/** A format or example label opening the bracket: 格式：…, 如：…, "e.g. …", "format: …". */
const LABEL = new RegExp(
  `^(?:${[...TEMPLATE_HINT_WORDS.label, "如", "比如", "例"]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})\\s*[:：]|^(?:e\\.g\\.|eg\\.?|i\\.e\\.)\\s`,
  "u"
);
/** A date's format written as a picture anywhere in the bracket: yyyy-mm-dd, dd/mm/yyyy, 年-月-日. */
const DATE_PICTURE =
  /(?<![a-z])(?:y{2,4}[-/.\s年]?m{1,2}[-/.\s月]?d{1,2}|d{1,2}[-/.]m{1,2}[-/.]y{2,4}|m{1,2}[-/.]d{1,2}[-/.]y{2,4})(?![a-z])|年[-/]月[-/]日/u;
/**
 * One entry of a code legend: a short code, quoted or not, then what it stands for ("“0”代表男",
 * "1=active", "A：金卡", "2-女").
 */
const LEGEND_ENTRY =
  /(?<![0-9a-z])["“”'‘’「」]?([0-9a-z]{1,3})["“”'‘’「」]?\s*(代表|表示|为|是|=|:|：|-|—|→)\s*([^\d,，;；、/|\s"“”'‘’「」()（）[\]【】][^,，;；、/|\s"“”'‘’「」()（）[\]【】]*)/gu;

function folded(text: string): string {
  return foldScript(text.normalize("NFKC").toLowerCase()).trim();
}

/**
 * What the codes of a bracket's text stand for, in the order written: two entries at least, or
 * one spelt out with 代表/表示 ("“1”代表女"), as a range ("1-3年") is no legend.
 */
function legendOf(text: string): Map<string, string> | null {
  const entries = [...folded(text).matchAll(LEGEND_ENTRY)];
  if (entries.length === 0) return null;
  if (entries.length === 1 && !/代表|表示/.test(entries[0][2])) return null;
  const legend = new Map<string, string>();
  for (const [, code, , meaning] of entries) {
    if (legend.has(code)) return null;
    legend.set(code, meaning);
  }
  return legend;
}

/** A header's own words are few: a bracket longer than this, in clauses, is written to a reader. */
const SENTENCE_CHARS = 24;
const SENTENCE_WORDS = 8;

/**
 * A bracket written as sentences (土黄色表示名称改变，红色表示查找不到地址…, "(leave blank if the
 * client has not signed yet, the office fills it in)"): clauses between commas or stops, longer
 * than any header's name, tell the person filling the sheet what to do or what its colours mean.
 */
function isExplanation(text: string): boolean {
  if (!/[,，。;；]/.test(text)) return false;
  const words = text.split(/[\s,，。;；]+/).filter((w) => /[a-z]/.test(w)).length;
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  return han >= SENTENCE_CHARS || words >= SENTENCE_WORDS;
}

/** True when a bracket's text tells how to fill the column, not what the column is. */
export function isFillNote(text: string): boolean {
  const t = folded(text);
  if (t === "") return false;
  return (
    RULE.test(t) ||
    LABEL.test(t) ||
    DATE_PICTURE.test(t) ||
    legendOf(t) !== null ||
    isExplanation(t)
  );
}

interface Bracket {
  start: number;
  /** Index after the closing mark. */
  end: number;
  inner: string;
}

/** The outermost bracketed parts of a header (nested ones inside them); null when unbalanced. */
function brackets(text: string): Bracket[] | null {
  const out: Bracket[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSE.includes(ch)) {
      if (depth === 0) return null;
      depth--;
      if (depth === 0) out.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return depth === 0 ? out : null;
}

const HAS_BRACKET = /[(（[【]/;

/**
 * The header without the brackets that tell how to fill it: "卡号(必填[唯一])" → "卡号",
 * "开卡时间(格式：YYYY-mm-dd)" → "开卡时间", "Gender (1=M, 2=F)" → "Gender". A header that is only
 * such a note, or whose brackets say what it is ("电话（本人）", "金额(万元)"), stays as written.
 */
export function withoutFillNotes(header: string): string {
  if (!HAS_BRACKET.test(header)) return header;
  const parts = brackets(header);
  if (parts === null) return header;
  let out = "";
  let from = 0;
  for (const part of parts) {
    if (!isFillNote(part.inner)) continue;
    out += header.slice(from, part.start);
    from = part.end;
  }
  if (from === 0) return header;
  out = `${out} ${header.slice(from)}`.replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : header;
}

/**
 * What the codes under a header stand for, as its bracket states them: 性别(“0”代表男，“1”代表女)
 * → 0 → 男, 1 → 女; "Status (A=active, C=closed)" → a → active, c → closed (codes and meanings
 * folded: lower case, 简体). Null when the header states no legend.
 */
export function headerCodeLegend(header: string): Map<string, string> | null {
  if (!HAS_BRACKET.test(header)) return null;
  for (const part of brackets(header) ?? []) {
    // Nested or not: 性别(必填[“0”代表男，“1”代表女]).
    const legend = legendOf(part.inner);
    if (legend !== null) return legend;
  }
  return null;
}
