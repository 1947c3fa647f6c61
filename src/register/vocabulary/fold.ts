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

const HAS_CJK = /[\u4e00-\u9fff]/;

const VARIANT_OF = new Map(FOLD_VARIANTS);
const VARIANT = new RegExp(FOLD_VARIANTS.map(([from]) => from).join("|"), "g");
const HAS_VARIANT = new RegExp(VARIANT.source);

/**
 * Traditional characters to their Simplified forms (客戶 → 客户, 臺 → 台), then the Simplified
 * variants of one word to one spelling (纪录 → 记录; see fold-variants); everything else
 * unchanged.
 */
export function foldScript(text: string): string {
  // Called for every cell a rule reads: a text without a CJK character is returned as it is, and
  // the rest is walked once by character code instead of a replace with a callback per character.
  if (!HAS_CJK.test(text)) return text;
  const map = table();
  let simple = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    simple += code >= 0x4e00 && code <= 0x9fff ? (map.get(text[i]) ?? text[i]) : text[i];
  }
  return HAS_VARIANT.test(simple)
    ? simple.replace(VARIANT, (word) => VARIANT_OF.get(word) ?? word)
    : simple;
}
