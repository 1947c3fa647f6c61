import * as React from "react";
import { langFromLocale } from "../../register/catalog";
import type { Lang } from "../../register/types";
import { en } from "./en";
import { format, type Messages, type Vars } from "./messages";
import { zhCN } from "./zh-CN";
import { zhTW } from "./zh-TW";

export type { Messages, Vars };
export { format };

const BY_LANG: Record<Lang, Messages> = { en, "zh-CN": zhCN, "zh-TW": zhTW };

/** BCP 47 tags for Intl formatting. */
const LOCALE: Record<Lang, string> = { en: "en-US", "zh-CN": "zh-CN", "zh-TW": "zh-TW" };

export function messagesFor(lang: Lang): Messages {
  return BY_LANG[lang];
}

export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}

/**
 * The pane's starting language: a choice the user made earlier wins, then Office's display
 * language (inside Excel), then the browser's. zh-HK and zh-MO read Traditional.
 */
export function initialLang(sources: {
  stored?: string | null;
  office?: string | null;
  browser?: string | null;
}): Lang {
  const stored = sources.stored;
  if (stored === "en" || stored === "zh-CN" || stored === "zh-TW") return stored;
  return langFromLocale(sources.office || sources.browser || "en");
}

export interface I18n {
  lang: Lang;
  m: Messages;
  /** A message with its placeholders filled; numbers are formatted for the language. */
  t: (template: string, vars?: Vars) => string;
  number: (value: number) => string;
  percent: (fraction: number) => string;
  /** An ISO "YYYY-MM-DD" date (or date-time) shown in the language's short date format. */
  date: (iso: string) => string;
}

export function makeI18n(lang: Lang): I18n {
  const locale = LOCALE[lang];
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  const number = (value: number) => numberFormat.format(value);
  return {
    lang,
    m: BY_LANG[lang],
    number,
    percent: (fraction) => percentFormat.format(fraction),
    date: (iso) => {
      const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
      const parsed = day ? new Date(`${day}T00:00:00Z`) : new Date(NaN);
      return Number.isNaN(parsed.getTime()) ? iso : dateFormat.format(parsed);
    },
    t: (template, vars = {}) =>
      format(
        template,
        Object.fromEntries(
          Object.entries(vars).map(([k, v]) => [k, typeof v === "number" ? number(v) : v])
        )
      ),
  };
}

const I18nContext = React.createContext<I18n>(makeI18n("en"));

export function I18nProvider(props: { lang: Lang; children: React.ReactNode }): React.ReactElement {
  const value = React.useMemo(() => makeI18n(props.lang), [props.lang]);
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return React.useContext(I18nContext);
}
