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
