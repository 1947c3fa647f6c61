/**
 * An import template's hint rows: under (or over) the header a row says which columns must be
 * filled (必填 / 選填, Required / Optional), what form a value takes (格式：yyyy-mm-dd, Format:
 * DD/MM/YYYY) or gives an example label (示例：…, e.g. …). Wherever such a row stands it is no
 * record: a person filling the template reads it and deletes it, or leaves it for the next one.
 * A row is a hint row when every filled cell is a hint; a row with one real value beside hints (a
 * sample company beside "必填") is a record.
 */
import {
  foldScript,
  NO_ONE_NAMES,
  SAMPLE_PERSON_NAMES,
  TEMPLATE_HINT_WORDS,
  TEST_ENTRY_NOUNS,
  TEST_ENTRY_WORDS,
  TEST_MARK_WORDS,
  UNUSED_ACCOUNT_WORDS,
} from "../register/vocabulary";
import { isBlankCell } from "./grid";
import type { SourceCell } from "./types";

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");
}

/** Marks around a hint word: brackets, stars, a trailing colon or full stop. */
const WRAP_OPEN = "[\\s*＊※(（\\[【「<《]*";
const WRAP_CLOSE = "[\\s*＊)）\\]】」>》:：.。!！]*";
const WHOLE = new RegExp(
  `^${WRAP_OPEN}(?:${alternatives(TEMPLATE_HINT_WORDS.whole)})${WRAP_CLOSE}$`,
  "u"
);
const INSIDE = new RegExp(alternatives(TEMPLATE_HINT_WORDS.inside), "u");
const OPENING = new RegExp(
  `^${WRAP_OPEN}(?:${alternatives(TEMPLATE_HINT_WORDS.opening)})${WRAP_CLOSE}\\s*[,，;；:：、\\-–—]\\s*\\S`,
  "u"
);
const LABEL = new RegExp(
  `^${WRAP_OPEN}(?:${alternatives(TEMPLATE_HINT_WORDS.label)})\\s*[:：]\\s*\\S`,
  "u"
);
/** "e.g. 13800000000", "eg 2024-01-31": the Latin example marks need no colon. */
const EXAMPLE_MARK = /^\(?(?:e\.g\.|eg\.?|i\.e\.)\s+\S/u;
const REQUEST = new RegExp(`^${WRAP_OPEN}(?:${alternatives(TEMPLATE_HINT_WORDS.request)})`, "u");
/** A date's format written as a picture: yyyy-mm-dd, YYYY/MM/DD, dd.mm.yyyy, 年-月-日. */
const DATE_PICTURE =
  /^(?:y{2,4}[-/.\s年]?m{1,2}[-/.\s月]?d{1,2}日?|d{1,2}[-/.]m{1,2}[-/.]y{2,4}|m{1,2}[-/.]d{1,2}[-/.]y{2,4}|年[-/]月[-/]日)$/u;
/** A short cell may hold an "inside" word as a hint; a long text is a remark, told elsewhere. */
const INSIDE_MAX = 24;

/** True for a cell of hint text: 必填, "(選填)", "*Required", 格式：yyyy-mm-dd, "e.g. Jane Lee". */
export function isHintCell(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = foldScript(cell.normalize("NFKC").trim().toLowerCase());
  if (text === "") return false;
  if (WHOLE.test(text) || OPENING.test(text) || LABEL.test(text) || EXAMPLE_MARK.test(text))
    return true;
  if (REQUEST.test(text) || DATE_PICTURE.test(text.replace(/\s+/g, ""))) return true;
  return text.length <= INSIDE_MAX && /[\u3400-\u9fff]/u.test(text) && INSIDE.test(text);
}

/** True for a row every filled cell of which is a hint (and which has one at least). */
export function isHintRow(cells: readonly SourceCell[]): boolean {
  let hints = 0;
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === "string" && cell.trim() === "") continue;
    if (!isHintCell(cell)) return false;
    hints++;
  }
  return hints > 0;
}

const TEST_LATIN = new RegExp(`^(?:${alternatives(TEST_ENTRY_WORDS.latin)})\\b`, "i");
const TEST_CJK = new RegExp(alternatives(TEST_ENTRY_WORDS.cjk), "u");

/** A value of a test or sample entry: "Test Customer", "Example User", 测试客户 (繁體 folded). */
export function isTestValue(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.normalize("NFKC").trim();
  if (text === "" || text.length > 40) return false;
  return TEST_LATIN.test(text) || TEST_CJK.test(foldScript(text));
}

/**
 * A test entry an app or a person left in the list: two of its texts or more are test or sample
 * values (Test Customer at Test Company by Example User). One such word beside real values is a
 * name ("Sample & Sons"); one text copied into two columns (a ticket's 問題描述 and its purpose,
 * "DB升版 - 測試作業": a real job of testing) is one text.
 */
export function isTestRow(cells: readonly SourceCell[]): boolean {
  const tests = new Set<string>();
  for (const cell of cells)
    if (isTestValue(cell) && tests.add(String(cell).trim()).size >= 2) return true;
  return false;
}

/** A name's text as the word lists are written: NFKC, 简体, lower case, one space between words. */
function foldedName(cell: SourceCell): string | null {
  if (typeof cell !== "string") return null;
  const text = foldScript(cell.normalize("NFKC").trim().toLowerCase()).replace(/\s+/g, " ");
  return text === "" || text.length > 40 ? null : text;
}

// A test entry may be numbered (Test Customer 2, 测试客户1): the number tells test rows apart.
const TEST_NAME = new RegExp(
  `^(?:${alternatives(TEST_ENTRY_WORDS.latin)})(?:[\\s_-]+(?:${alternatives(TEST_ENTRY_NOUNS.latin)}))?(?:[\\s_-]*\\d{1,3})?$` +
    `|^(?:${alternatives(TEST_ENTRY_WORDS.cjk)})(?:${alternatives(TEST_ENTRY_NOUNS.cjk)})?(?:\\d{1,3})?$`,
  "u"
);

/** The test word with a number after it, the whole name: "test2", "Test 3", 测试2, 測試 A. */
const TEST_NUMBERED = new RegExp(
  `^(?:${alternatives(TEST_MARK_WORDS.latin)})[\\s_-]*\\d+$` +
    `|^(?:${alternatives(TEST_MARK_WORDS.cjk)})[\\s\\d_a-z-]*$`,
  "u"
);
const TEST_MARK = new Set<string>(TEST_MARK_WORDS.latin);
const TEST_NOUN = new Set<string>(TEST_ENTRY_NOUNS.latin);
/** What a test entry is, in brackets after a name: "Maria Jonsen (Sample Contact)", （示例客户）. */
const TEST_BRACKET = new RegExp(
  `[(（\\[【]\\s*(?:${alternatives([...TEST_ENTRY_WORDS.latin, ...TEST_ENTRY_WORDS.cjk])})` +
    `[\\s_-]*(?:${alternatives([...TEST_ENTRY_NOUNS.latin, ...TEST_ENTRY_NOUNS.cjk])})\\s*[)）\\]】]`,
  "u"
);

/**
 * The test word marks a row someone entered to try the list out when it stands beside one other
 * word only (a person's name or what they tried: "test kiran", "Samina Test", "TEST-Russ",
 * "Referral Test") or beside what the entry is ("Journey Test User", "Test Customer QR",
 * "Clearwell Test Contact"). A longer name of other words is a business's ("Test Kitchen Bistro").
 */
function markedAsTest(text: string): boolean {
  if (/@|^(?:https?:|www\.)|\.[a-z]{2,}\/?$/.test(text)) return false;
  const words = text.split(/[\s_-]+/u).filter((w) => w !== "");
  if (!words.some((w) => TEST_MARK.has(w))) return false;
  return words.length === 2 || words.some((w) => TEST_NOUN.has(w));
}

/**
 * A name that is a test account's: a test word alone or followed by what the entry is, maybe
 * numbered ("Test", "Sample Customer", "Prueba factura", 测试客户, 测试客户2); the test word
 * numbered ("test2", 测试2), beside one other word ("test kiran", "Samina Test") or beside what
 * the entry is ("Journey Test User"); or what the entry is in brackets after the name ("Brian
 * Hollister (Sample Contact)").
 * "Sample & Sons", "Test Kitchen Bistro", "Testing Services", "Rahul Tester" and an app's
 * "(SAMPLE)" client are names; an e-mail or web address written as the name is not looked at.
 */
export function isTestName(cell: SourceCell): boolean {
  const text = foldedName(cell);
  if (text === null) return false;
  return (
    TEST_NAME.test(text) ||
    TEST_BRACKET.test(text) ||
    TEST_NUMBERED.test(text) ||
    markedAsTest(text)
  );
}

/**
 * A name saying the account must not be used any more ("***DO NOT USE", "DO NOT USE - USE #
 * C10135", 请勿使用): a closed or replaced account kept in the list, not a client.
 */
export function isUnusedAccountName(cell: SourceCell): boolean {
  const text = foldedName(cell);
  return text !== null && UNUSED_ACCOUNT_WORDS.some((w) => text.includes(w));
}

/** A name written only as X's ("XXX", "xx"): the name was left out, a placeholder for no one. */
export function isMaskedName(cell: SourceCell): boolean {
  const text = foldedName(cell);
  return text !== null && /^[x×]{2,}$/u.test(text.replace(/\s+/g, ""));
}

const NO_ONE = new Set<string>(NO_ONE_NAMES);

/** A name that stands for no one in particular: 匿名用户, Guest, Cash Customer, Walk-in, 散客. */
export function isNoOneName(cell: SourceCell): boolean {
  const text = foldedName(cell);
  return text !== null && NO_ONE.has(text.replace(/[\s.。!！]+$/u, ""));
}

/** Letters X standing for characters a template's example leaves out: 王XX, XXX小区XX栋, 138XXXXXXXX. */
const LEFT_OUT = /(?:^|[^A-Za-z])[Xx×]{2,}(?:$|[^A-Za-z])/u;

/** A cell of a template's example: a value with runs of X for the characters left out. */
export function isLeftOutValue(cell: SourceCell): boolean {
  return typeof cell === "string" && cell.length <= 60 && LEFT_OUT.test(cell.normalize("NFKC"));
}

/** Share of the later rows that may hold such values too for the first row to be an example. */
const EXAMPLE_ALONE = 0.2;

/**
 * A template's example row, left above the records a person then typed (王XX at XXX小区XX栋XX
 * 单元): the first record-like row holds two values or more with runs of X for their characters,
 * and the rows below hardly do. A list every row of which is written so (names masked for
 * privacy, 王XX on every row) is a list of real records. Returns the example's row index into
 * `rows`, or null.
 */
export function exampleRowOf(rows: readonly (readonly SourceCell[])[]): number | null {
  const first = rows.findIndex((cells) => cells.some((c) => !isBlankCell(c)));
  if (first < 0) return null;
  if (rows[first].filter(isLeftOutValue).length < 2) return null;
  const later = rows.slice(first + 1).filter((cells) => cells.some((c) => !isBlankCell(c)));
  if (later.length === 0) return null;
  const alike = later.filter((cells) => cells.some(isLeftOutValue)).length;
  return alike <= later.length * EXAMPLE_ALONE ? first : null;
}

const SAMPLE = new Set<string>(SAMPLE_PERSON_NAMES);

/** A textbook's name for "some person": 张三, 李四 (張三, 李四 folded), John Doe, Joe Bloggs. */
export function isSampleName(cell: SourceCell): boolean {
  const text = foldedName(cell);
  return text !== null && SAMPLE.has(text.replace(/[\s.。]+$/u, ""));
}

/**
 * A name that stands in for no real party: a test entry's, an account for no one in particular
 * (Cash Customer, 散客), one not to be used, one written as X's, or a textbook's sample name.
 */
export function isStandInName(cell: SourceCell): boolean {
  return (
    isNoOneName(cell) ||
    isTestName(cell) ||
    isUnusedAccountName(cell) ||
    isMaskedName(cell) ||
    isSampleName(cell)
  );
}
