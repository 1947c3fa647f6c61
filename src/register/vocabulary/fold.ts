import { FOLD_PAIRS } from "./fold-table";
import { FOLD_VARIANTS } from "./fold-variants";

let simplifiedOf: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (simplifiedOf === undefined) {
    simplifiedOf = new Map();
    const chars = [...FOLD_PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) simplifiedOf.set(chars[i], chars[i + 1]);
  }
  return simplifiedOf;
}

const CJK = /[\u4e00-\u9fff]/g;

const VARIANT_OF = new Map(FOLD_VARIANTS);
const VARIANT = new RegExp(FOLD_VARIANTS.map(([from]) => from).join("|"), "g");

/**
 * Traditional characters to their Simplified forms (客戶 → 客户, 臺 → 台), then the Simplified
 * variants of one word to one spelling (纪录 → 记录; see fold-variants); everything else
 * unchanged.
 */
export function foldScript(text: string): string {
  const map = table();
  const simple = text.replace(CJK, (ch) => map.get(ch) ?? ch);
  return simple.replace(VARIANT, (word) => VARIANT_OF.get(word) ?? word);
}
