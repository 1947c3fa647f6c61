import { FOLD_PAIRS } from "./fold-table";

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

/** Traditional characters to their Simplified forms (客戶 → 客户, 臺 → 台); everything else unchanged. */
export function foldScript(text: string): string {
  const map = table();
  return text.replace(CJK, (ch) => map.get(ch) ?? ch);
}
