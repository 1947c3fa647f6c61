import type { EnumValue } from "../../register/types";
import { foldScript } from "../../register/vocabulary/fold";
import {
  BROAD_VALUE_HEADS,
  KEPT_VALUE_WORDS,
  PIPELINE_OUTCOME_WORDS,
} from "../../register/vocabulary/values";
import { screenCell } from "./cell";
import { describeRaw, failure, ok, type Normalized } from "./result";
import { normaliseKey, plainNumberString } from "./text";

/** One allowed value of an enumerated field: its stable key and every spelling that means it. */
export interface EnumChoice {
  key: string;
  labels: readonly string[];
}

/** The choices of a register enum: key, labels in every language, and aliases. */
export function enumChoices(values: readonly EnumValue[]): EnumChoice[] {
  return values.map((value) => ({
    key: value.key,
    labels: [...Object.values(value.label), ...(value.aliases ?? [])],
  }));
}

/** Without spaces, hyphens, underscores and dots: "In Force", "in-force" and "inForce" meet. */
function compact(text: string): string {
  return text.replace(/[\s\-_.·・]+/g, "");
}

const LEADING_ORDINAL = /^\(?(\d+)\s*(?:[.)、:-]\s*|\s+)/;
const TYPE_SUFFIX = /[型類类]$/;

/** Drops a leading list number ("1. ", "1、", "(1) ") and a trailing 型/類/类 ("保守型" → "保守"). */
function core(text: string): string {
  const withoutNumber = text.replace(LEADING_ORDINAL, "");
  const withoutSuffix =
    withoutNumber.length > 1 ? withoutNumber.replace(TYPE_SUFFIX, "") : withoutNumber;
  return compact(withoutSuffix);
}

function leadingOrdinal(text: string): string | null {
  return LEADING_ORDINAL.exec(text)?.[1] ?? null;
}

type Matcher = (spelling: string, input: string) => boolean;

/** From strict to tolerant; the first level with a match decides. */
const MATCH_LEVELS: readonly Matcher[] = [
  (spelling, input) => spelling === input,
  (spelling, input) => compact(spelling) === compact(input) && compact(input) !== "",
  (spelling, input) => core(spelling) === core(input) && core(input) !== "",
  // A bare number picks the choice whose label starts with that number: "3" → "3 Assess".
  (spelling, input) => /^\d+$/.test(input) && leadingOrdinal(spelling) === input,
];

function inputText(value: string | number | boolean | Date): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? plainNumberString(value) : null;
  if (typeof value === "boolean") return value ? "true" : "false";
  return null;
}

/**
 * The key of the choice the raw value names: its key or any label or alias, compared after
 * normaliseKey, tolerating a 型/類/类 suffix and a leading list number.
 */
export function parseEnum(raw: unknown, values: readonly EnumChoice[]): Normalized<string> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const allowed = values.map((choice) => choice.key).join(", ");
  const text = inputText(screened.value);
  if (text === null)
    return failure("enum.not-allowed", { value: describeRaw(screened.value), allowed });
  // Traditional and Simplified meet: the vocabulary writes each word in one script only.
  const input = foldScript(normaliseKey(text));
  const spellings = values.map((choice) => ({
    key: choice.key,
    forms: [choice.key, ...choice.labels].map((label) => foldScript(normaliseKey(label))),
  }));
  const whole = keysOf(input, spellings);
  // Parts that each name one value outrank the whole text read loosely: "A-A" is average twice,
  // not the AA its letters make once the dash is dropped.
  if (whole.size === 1)
    return ok((PART_SEAM.test(input) && keyOfParts(input, spellings)) || [...whole][0]);
  if (whole.size > 1)
    return failure("enum.ambiguous", { value: describeRaw(text), keys: [...whole].join(", ") });
  const byParts =
    keyOfParts(input, spellings) ??
    keyOfHeadNoun(input, spellings) ??
    keyOfQualifiedHead(input, spellings) ??
    keyOfHeadWord(input, spellings);
  if (byParts !== null) return ok(byParts);
  return failure("enum.not-allowed", { value: describeRaw(text), allowed });
}

type Spellings = readonly { key: string; forms: readonly string[] }[];

/** The keys the first matching level finds for the input (empty when none does). */
function keysOf(input: string, spellings: Spellings): Set<string> {
  for (const matches of MATCH_LEVELS) {
    const keys = new Set(
      spellings
        .filter((choice) => choice.forms.some((form) => matches(form, input)))
        .map((choice) => choice.key)
    );
    if (keys.size > 0) return keys;
  }
  return new Set();
}

/** Brackets, slashes, dashes and list marks between the parts: "保守型(C1)", "Balanced/平衡". */
const PART_SEAM = /[()（）[\]【】/／|,，、;；:：\-–—]+/;

/** Where a Latin code meets a CJK word, with or without a space: "C3稳健型", "稳健型C3", "LINE 通話". */
const SCRIPT_SEAM = /(?<=[a-z0-9])\s*(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])\s*(?=[a-z0-9])/;

function split(text: string, seam: RegExp): string[] {
  return text
    .split(seam)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * A value written as a code beside its word, or in two languages, names one choice when every
 * part names that same choice ("C3稳健型" → moderate). A part that names nothing or another choice
 * leaves the value unread: "失效(已复效)" must not be read as lapsed.
 */
function keyOfParts(input: string, spellings: Spellings): string | null {
  const parts = split(input, PART_SEAM);
  const pieces = parts.length > 1 ? parts : split(input, SCRIPT_SEAM);
  if (pieces.length < 2) return null;
  let key: string | null = null;
  for (const piece of pieces) {
    let keys = keysOf(piece, spellings);
    if (keys.size === 0 && parts.length > 1) {
      const inner = keyOfParts(piece, spellings);
      keys = new Set(inner === null ? [] : [inner]);
    }
    if (keys.size !== 1) return null;
    const [only] = keys;
    if (key !== null && key !== only) return null;
    key = only;
  }
  return key;
}

/** Words that turn what follows into its opposite or its past: "not active", "ex-client". */
const NEGATION = new Set(["not", "non", "no", "never", "un", "ex", "former", "formerly", "pre"]);

/**
 * In English the last words name the thing and the ones before qualify it: "Fixed Annuity" is an
 * annuity, "Municipal Bonds" bonds. The longest tail that names one choice decides, unless a word
 * before it negates it ("Not Active") or names another choice ("Low to Moderate").
 */
function keyOfHeadNoun(input: string, spellings: Spellings): string | null {
  if (!/^[a-z0-9&'. ]+$/.test(input)) return null;
  const words = input.split(" ").filter((word) => word !== "");
  for (let start = 1; start < words.length; start++) {
    const keys = keysOf(words.slice(start).join(" "), spellings);
    if (keys.size !== 1) continue;
    const [key] = keys;
    const before = words.slice(0, start);
    if (before.some((word) => NEGATION.has(word.replace(/\.$/, "")))) return null;
    if (before.some((word) => [...keysOf(word, spellings)].some((other) => other !== key)))
      return null;
    return key;
  }
  return null;
}

/** Words that start a phrase saying how or why, after the thing it qualifies: "Closed with relief". */
const QUALIFYING_PHRASE = /^(.+?) (?:with|without|by|after|via|due to|because of|per|following)\b/;

/**
 * In English a phrase after the head says how or why: "Closed with explanation" and "Closed with
 * monetary relief" are closed. The words before the phrase must name one choice on their own, with
 * no negating word ("Not closed with …" stays unread).
 */
function keyOfQualifiedHead(input: string, spellings: Spellings): string | null {
  if (!/^[a-z0-9&'., -]+$/.test(input)) return null;
  const head = QUALIFYING_PHRASE.exec(input)?.[1].trim();
  if (!head) return null;
  if (head.split(/[\s-]+/).some((word) => NEGATION.has(word.replace(/\.$/, "")))) return null;
  const keys = keysOf(head, spellings);
  return keys.size === 1 ? [...keys][0] : null;
}

let broadHeadForms: Set<string> | undefined;
function broadHeads(): Set<string> {
  broadHeadForms ??= new Set(BROAD_VALUE_HEADS.map((w) => foldScript(normaliseKey(w))));
  return broadHeadForms;
}

/** Before a Chinese head word, characters that negate or grade it: 未生效, 非寿险, 中低风险, 超级积极. */
const QUALIFIES_ZH = /[未非不无無没沒停低中高较較偏超次准準半很最极極特]/;

/**
 * In Chinese too the end names the thing and what comes before qualifies it: 7天境内旅行意外险 is
 * accident cover, 少儿终身寿险 life cover. The longest tail of two or more characters that names
 * one choice decides, unless a character before it negates or grades it (未生效, 中低风险) or
 * the part before it names another choice.
 */
function keyOfHeadWord(input: string, spellings: Spellings): string | null {
  // Parts joined by a seam (中、危机) are keyOfParts' to read, not a compound word.
  if (input.length < 3 || !/[\u3400-\u9fff]$/.test(input) || PART_SEAM.test(input)) return null;
  for (let start = 1; start <= input.length - 2; start++) {
    const keys = keysOf(input.slice(start), spellings);
    if (keys.size !== 1) continue;
    const [key] = keys;
    const before = input.slice(0, start);
    if (QUALIFIES_ZH.test(before)) return null;
    const others = new Set<string>();
    for (let i = 0; i < before.length; i++)
      for (let j = i + 1; j <= before.length; j++)
        for (const other of keysOf(before.slice(i, j), spellings))
          if (other !== key) others.add(other);
    if (others.size === 0) return key;
    // A class word at the end (健康保险 covers medical, critical illness and care alike) yields to
    // the one narrower kind named before it: 防癌终身健康保险 is cancer cover.
    return others.size === 1 && broadHeads().has(input.slice(start)) ? [...others][0] : null;
  }
  return null;
}

/**
 * A product's name reads as the one choice its words name anywhere in it: "Term Life 20" and
 * "Whole Life Plus" are life cover, "Personal Accident Shield" accident, 安心重疾保障计划 critical
 * illness. Spellings of two letters or fewer (CI, E) are too short to find inside a name; a name
 * whose words name two choices, or a negating or grading character before a Chinese word, stays
 * unread.
 */
export function parseEnumWithin(raw: unknown, values: readonly EnumChoice[]): Normalized<string> {
  const whole = parseEnum(raw, values);
  if (whole.ok) return whole;
  const text = typeof raw === "string" ? raw : null;
  if (text === null) return whole;
  const input = foldScript(normaliseKey(text));
  const found = new Set<string>();
  for (const choice of values)
    for (const label of [choice.key, ...choice.labels]) {
      const form = foldScript(normaliseKey(label));
      const cjk = /[\u3400-\u9fff]/.test(form);
      if (form.length < (cjk ? 2 : 3)) continue;
      const at = input.indexOf(form);
      if (at < 0) continue;
      if (cjk) {
        if (at > 0 && QUALIFIES_ZH.test(input[at - 1])) continue;
      } else {
        const before = input[at - 1] ?? " ";
        const after = input[at + form.length] ?? " ";
        if (/[a-z0-9]/.test(before) || /[a-z]/.test(after)) continue;
        const words = input.slice(0, at).split(/[^a-z]+/);
        if (words.some((w) => NEGATION.has(w))) continue;
      }
      found.add(choice.key);
    }
  return found.size === 1 ? ok([...found][0]) : whole;
}

let outcomeForms: Set<string> | undefined;
let keptForms: Set<string> | undefined;

function formOf(text: string): string {
  return compact(foldScript(normaliseKey(text)));
}

/**
 * A deal's stage: one of the five steps, read as any enum. A word saying how the deal ended
 * without a sale (Lost, Withdrawn, 输单, 撤回) is an outcome, not a stage, and is told as such.
 */
export function parseStage(raw: unknown, values: readonly EnumChoice[]): Normalized<string> {
  const read = parseEnum(raw, values);
  if (read.ok || typeof raw !== "string") return read;
  outcomeForms ??= new Set(PIPELINE_OUTCOME_WORDS.lost.map(formOf));
  if (!outcomeForms.has(formOf(raw))) return read;
  return failure("stage.outcome", { value: describeRaw(raw.trim()) });
}

/**
 * A choice read from a word that says more than the choice (a complaint "Withdrawn" or 撤回 is
 * closed, but by the client's withdrawal): the written word is kept beside the record too.
 */
export function saysMoreThanChoice(raw: unknown): boolean {
  if (typeof raw !== "string") return false;
  keptForms ??= new Set(KEPT_VALUE_WORDS.kept.map(formOf));
  return keptForms.has(formOf(raw));
}
