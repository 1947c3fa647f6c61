/** Which register language suits a source workbook: the script its headers are written in. */
import type { Lang } from "../register/types";
import type { SheetMapping } from "./types";

// Characters common in register headers that differ between the two scripts.
const SIMPLIFIED = new Set(
  "户话电险额资产万与号费务门关让员级类岁职邮爱业单状态风险调报访录码编联系"
);
const TRADITIONAL = new Set(
  "戶話電險額資產萬與號費務門關讓員級類歲職郵愛業單狀態風險調報訪錄碼編聯係"
);

/** "zh-TW" or "zh-CN" when most mapped headers are Chinese (by the script's telling characters), else "en". */
export function guessLang(mappings: readonly SheetMapping[]): Lang {
  let cjk = 0;
  let latin = 0;
  let simplified = 0;
  let traditional = 0;
  for (const m of mappings) {
    for (const c of m.columns) {
      if (!c.header) continue;
      if (/[\u3400-\u9fff]/.test(c.header)) cjk++;
      else if (/[a-z]/i.test(c.header)) latin++;
      for (const ch of c.header) {
        if (SIMPLIFIED.has(ch) && !TRADITIONAL.has(ch)) simplified++;
        if (TRADITIONAL.has(ch) && !SIMPLIFIED.has(ch)) traditional++;
      }
    }
  }
  if (cjk <= latin) return "en";
  return traditional > simplified ? "zh-TW" : "zh-CN";
}
