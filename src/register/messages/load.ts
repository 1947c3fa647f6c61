import type { Lang } from "../types";
import { hasCatalogue, registerCatalogue } from "./render";

export { hasCatalogue };

/** Brings the language's message catalogue into memory (a separate chunk for each Chinese one). */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  if (lang === "zh-CN") {
    const { zhCN } = await import(/* webpackChunkName: "messages-zh-CN" */ "./zh-CN");
    registerCatalogue(lang, zhCN);
  } else if (lang === "zh-TW") {
    const { zhTW } = await import(/* webpackChunkName: "messages-zh-TW" */ "./zh-TW");
    registerCatalogue(lang, zhTW);
  }
}
