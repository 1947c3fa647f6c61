/** The pane's language choice, remembered in the browser's storage (shared with the ribbon job). */
import type { Lang } from "../register/types";

const LANG_KEY = "client-register.lang";

export function storedLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage can be blocked (private mode, locked-down hosts); the switch still works this session.
  }
}
