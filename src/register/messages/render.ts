import { CLIENT_REFERENCE_KEY, CLIENT_REFERENCE_LABEL } from "../fields";
import { SHEETS } from "../sheets";
import type { Lang, SheetKey } from "../types";
import { en, type MessageCode } from "./en";

export type { MessageCode };
/** A list (headers, sheet names, values as written) is shown in the language's separator. */
export type MessageParams = Record<string, string | number | readonly string[]>;

/** Anything that carries a coded message: an import issue, a row reason. */
export interface CodedMessage {
  message: string;
  code?: string;
  params?: MessageParams;
  /** The register field the message is about (an import issue's), naming whose values it lists. */
  field?: string | null;
}

export type Catalogue = Record<MessageCode, string>;

/**
 * The catalogues that are in memory. English is always here (its codes define MessageCode); the
 * Chinese ones are added by ./index (the CLI, the importer, the workers) or loaded on demand by
 * ./load (the task pane, whose first load carries only the catalogue it shows).
 */
const CATALOGUES: Partial<Record<Lang, Catalogue>> = { en };

export function registerCatalogue(lang: Lang, catalogue: Catalogue): void {
  CATALOGUES[lang] = catalogue;
}

export function hasCatalogue(lang: Lang): boolean {
  return CATALOGUES[lang] !== undefined;
}

function catalogueFor(lang: Lang): Catalogue {
  const catalogue = CATALOGUES[lang];
  // Falling back to English would show a Chinese user English text; a missing load is a bug.
  if (!catalogue) throw new Error(`The ${lang} message catalogue is not loaded`);
  return catalogue;
}

const LIST_SEPARATOR: Record<Lang, string> = { en: ", ", "zh-CN": "、", "zh-TW": "、" };

/** Items written as a list in the language: "a, b" in English, "甲、乙" in Chinese. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(LIST_SEPARATOR[lang]);
}
/** How each language quotes text written in a source: {name:quoted} in a message text. */
const QUOTES: Record<Lang, readonly [string, string]> = {
  en: ['"', '"'],
  "zh-CN": ["“", "”"],
  "zh-TW": ["「", "」"],
};
/** Nested message codes deeper than this are shown as they are (a guard against cycles). */
const MAX_DEPTH = 4;

export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(en, code);
}

/** The label of a field key in the language: the field of `sheet` first, else the first sheet that has it. */
export function fieldKeyLabel(key: string, lang: Lang, sheet?: string | null): string {
  const own = SHEETS.find((s) => s.key === sheet)?.fields.find((f) => f.key === key);
  if (own) return own.label[lang];
  for (const s of SHEETS) {
    const field = s.fields.find((f) => f.key === key);
    if (field) return field.label[lang];
  }
  return key === CLIENT_REFERENCE_KEY ? CLIENT_REFERENCE_LABEL[lang] : key;
}

/**
 * The label of an enum value key in the language: the value of `field` first (when given), else
 * the first enumerated field that has a value with this key.
 */
export function enumValueLabel(key: string, lang: Lang, field?: string | null): string {
  let found: string | null = null;
  for (const s of SHEETS)
    for (const f of s.fields) {
      const value = f.values?.find((v) => v.key === key);
      if (!value) continue;
      if (f.key === field) return value.label[lang];
      found ??= value.label[lang];
    }
  return found ?? key;
}

export function sheetKeyLabel(key: string, lang: Lang): string {
  return SHEETS.find((s) => s.key === (key as SheetKey))?.label[lang] ?? key;
}

/** The text of a coded message in `lang`, its placeholders filled; null when the code is unknown. */
export function renderMessage(
  code: string,
  params: MessageParams = {},
  lang: Lang = "en",
  depth = 0
): string | null {
  if (!isMessageCode(code)) return null;
  const template = catalogueFor(lang)[code];
  const sheet = typeof params.registerSheet === "string" ? params.registerSheet : null;
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, kind?: string) => {
    // {name:opt} is an optional nested message: nothing when the params do not carry it.
    if (!(name in params)) return kind === "opt" ? "" : whole;
    const value = params[name];
    if (typeof value === "object") {
      const [open, close] = QUOTES[lang];
      const items = kind === "quoted" ? value.map((item) => open + item + close) : value;
      return joinList(items, lang);
    }
    const text = String(value);
    switch (kind) {
      case "field":
        return fieldKeyLabel(text, lang, sheet);
      case "key":
        return lang === "en" ? text : fieldKeyLabel(text, lang, sheet);
      case "fields":
        return text
          .split(",")
          .map((k) => fieldKeyLabel(k.trim(), lang, sheet))
          .join(LIST_SEPARATOR[lang]);
      case "values":
        return lang === "en"
          ? text
          : text
              .split(",")
              .map((k) =>
                enumValueLabel(
                  k.trim(),
                  lang,
                  typeof params.field === "string" ? params.field : null
                )
              )
              .join(LIST_SEPARATOR[lang]);
      case "sheet":
        return sheetKeyLabel(text, lang);
      case "msg":
      case "opt":
        return (depth < MAX_DEPTH && renderMessage(text, params, lang, depth + 1)) || text;
      default:
        // A raw value with no text of its own (an empty cell, an invalid date) is described by a
        // raw.* code (normalize/result.ts describeRaw); quoted cell text never starts with it.
        return RAW_VALUE.test(text) && isMessageCode(text)
          ? (depth < MAX_DEPTH && renderMessage(text, {}, lang, depth + 1)) || text
          : text;
    }
  });
}

const RAW_VALUE = /^raw\.[a-z-]+$/;

/**
 * An issue's (or reason's) text in the register's language: rendered from the catalogue when it
 * carries a known code, else its English `message` as written.
 */
export function renderIssueMessage(issue: CodedMessage, lang: Lang): string {
  if (issue.code === undefined) return issue.message;
  // A value list names the values of the issue's own field: "property" is 房產 as an asset class,
  // 財產險 as a policy type.
  const params =
    issue.field && !(issue.params && "field" in issue.params)
      ? { ...issue.params, field: issue.field }
      : (issue.params ?? {});
  return renderMessage(issue.code, params, lang) ?? issue.message;
}
