import { foldScript } from "../../register/vocabulary/fold";
import { screenCell } from "./cell";
import { describeRaw, failure, ok, type Normalized } from "./result";
import { normaliseKey } from "./text";

/** Words for yes and for no, compared case- and width-insensitively with Traditional folded to Simplified. */
export const YES_WORDS: readonly string[] = [
  "是", "是的", "有", "对", "✓", "✔", "☑", "✅", "√", "y", "yes", "true", "1",
]; // prettier-ignore
export const NO_WORDS: readonly string[] = [
  "否", "不是", "无", "没有", "没", "不", "不对", "✗", "✘", "×", "❌", "☐", "n", "no", "false", "0",
]; // prettier-ignore

const wordKey = (text: string): string => foldScript(normaliseKey(text));

const ANSWER_BY_SPELLING = new Map<string, boolean>([
  ...YES_WORDS.map((spelling): [string, boolean] => [wordKey(spelling), true]),
  ...NO_WORDS.map((spelling): [string, boolean] => [wordKey(spelling), false]),
]);

/** Emoji variation selectors make ✔️ and ✔ differ; they carry no meaning here. */
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;

/**
 * 已 + a verb says it was done, 未/沒/尚未 + a verb that it was not: 已交/未交 (report filed),
 * 已回電/未回電 (called back). Read only in a column already mapped to a yes/no field: a status
 * column of 已結案/未結案 must not look like yes/no when columns are matched.
 */
const DONE = /^已(?:经|經)?[\u3400-\u9fff]{1,4}$/;
/** 未知, 未定, 未填: not known, which is neither yes nor no. */
const UNKNOWN = /^(?:未|尚未)(?:知|定|详|詳|填|确定|確定|提供|明|说明|說明)/;
const NOT_DONE = /^(?:未|尚未|没有|沒有|没|沒|还没|還沒)[\u3400-\u9fff]{1,4}$/;

/** parseYesNo, also reading 已X as yes and 未X as no (see DONE): for a column mapped to a yes/no field. */
export function parseYesNoDone(raw: unknown): Normalized<boolean> {
  const plain = parseYesNo(raw);
  if (plain.ok || typeof raw !== "string") return plain;
  const text = raw.trim();
  if (DONE.test(text)) return ok(true);
  if (NOT_DONE.test(text) && !UNKNOWN.test(text)) return ok(false);
  return plain;
}

/** Yes or no, from the many ways workbooks say it: 是/否, 有/无, ✓/✗, Y/N, yes/no, true/false, 1/0, 对/不. */
export function parseYesNo(raw: unknown): Normalized<boolean> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const value = screened.value;
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "number") {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
  }
  if (typeof value === "string") {
    const answer = ANSWER_BY_SPELLING.get(wordKey(value.replace(VARIATION_SELECTORS, "")));
    if (answer !== undefined) return ok(answer);
  }
  return failure("yesno.unreadable", { value: describeRaw(value) });
}
