import { SHEETS, sheetDef } from "./sheets";
import { SHEET_TABS } from "./tabs";
import type { EnumValue, FieldDef, Lang, SheetDef, SheetKey } from "./types";
import { LANGS } from "./types";
import { foldScript } from "./vocabulary/fold";
import { ALTERNATE_NAME_HEADERS, NICKNAME_HEADERS } from "./vocabulary/headers/clients";
import {
  NET_PREMIUM_HEADER_WORDS,
  TERM_UNIT_HEADER_WORDS,
  DATE_KIND_HEADER_WORDS,
  YIELDING_HEADERS,
} from "./vocabulary/headers/insurance";
import {
  ANNUAL_PREMIUM_WORDS,
  PAYMENTS_PER_YEAR,
  PREMIUM_FREQUENCY_HEADERS,
} from "./vocabulary/premium-frequency";
import {
  COMPANY_NAME_HEADER_WORDS,
  GENDER_HEADERS,
  GENDER_VALUES,
  PRIVATE_INDUSTRY_VALUES,
  ORGANISATION_ENDINGS_ZH,
  ORGANISATION_WORDS_EN,
  ORGANISATION_LEADING_WORDS_EN,
  ORGANISATION_WORDS_ZH,
} from "./vocabulary/client-kind";
import { CLOSING_DATE_HEADER_WORDS, STATUS_QUESTION_WORDS } from "./vocabulary/values";
import { BOOKKEEPING_DATE_WORDS, DUE_DAY_WORDS } from "./vocabulary/headers/complaints";
import { CANCEL_REASON_WORDS, SERVICE_CALL_WORDS } from "./vocabulary/headers/visits";
import { DEAL_STAGE_HEADER_WORDS, LOST_SALE_WORDS } from "./vocabulary/headers/pipeline";
import { HEADER_PERIODS, YEARLY_AMOUNT_FIELDS, YEARLY_HEADER_WORDS } from "./vocabulary/periods";

/**
 * Folds width, case and spacing but keeps the script: for telling which language a header row is
 * written in (客戶編號 is Traditional, 客户编号 Simplified).
 */
export function foldWithinScript(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\u3000]+/g, " ")
    .trim();
}

/**
 * Folds width, case, spacing and script so that "Ｎａｍｅ ", "name" and "NAME" compare equal, and
 * so do 客戶編號 and 客户编号: the vocabulary tables write each word once, in either script.
 */
export function foldHeader(text: string): string {
  const known = foldedHeaders.get(text);
  if (known !== undefined) return known;
  const folded = foldHeaderUncached(text);
  // The same few thousand spellings are folded again and again while a workbook is mapped.
  if (foldedHeaders.size >= FOLD_CACHE_LIMIT) foldedHeaders.clear();
  foldedHeaders.set(text, folded);
  return folded;
}

const FOLD_CACHE_LIMIT = 20_000;
const foldedHeaders = new Map<string, string>();

/**
 * `foldHeader` without its cache, for texts folded once each (a big sheet's data cells): cached,
 * every one of them was kept until the cache filled and was cleared, so it outlived the young
 * generation and stayed in memory until a full collection.
 */
export function foldHeaderUncached(text: string): string {
  return foldScript(withoutAccents(foldWithinScript(text)));
}

/** A Latin letter with an accent (é, ñ, ç, ã, ü …), as NFKC composes it. */
const ACCENTED = /[\u00c0-\u00ff\u0100-\u017f\u1e00-\u1eff]/;

/**
 * Latin letters without their accents: "Prénom", "Teléfono", "Endereço" compare equal to
 * "prenom", "telefono", "endereco", as people type them either way. Letters with no accent to drop
 * (ø, ß, ×) and every other script are kept as they are.
 */
export function withoutAccents(text: string): string {
  if (!ACCENTED.test(text)) return text;
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC");
}

export function fieldLabel(field: FieldDef, lang: Lang): string {
  return field.label[lang];
}

export function enumLabel(value: EnumValue, lang: Lang): string {
  return value.label[lang];
}

/** Every header spelling that names this field: its key, its labels in all languages, its aliases. */
export function headerSpellings(field: FieldDef): string[] {
  return unique([field.key, ...LANGS.map((lang) => field.label[lang]), ...field.aliases]);
}

/** Every spelling of an enum value: key, localized labels, aliases. */
export function enumSpellings(value: EnumValue): string[] {
  return unique([value.key, ...LANGS.map((lang) => value.label[lang]), ...(value.aliases ?? [])]);
}

export function findField(sheet: SheetKey | SheetDef, key: string): FieldDef | undefined {
  const def = typeof sheet === "string" ? sheetDef(sheet) : sheet;
  return def.fields.find((f) => f.key === key);
}

/** The field whose header spelling equals `header` (after folding), or undefined. */
export function fieldByHeader(sheet: SheetKey | SheetDef, header: string): FieldDef | undefined {
  const def = typeof sheet === "string" ? sheetDef(sheet) : sheet;
  const folded = foldHeader(header);
  return def.fields.find((f) => headerSpellings(f).some((s) => foldHeader(s) === folded));
}

/** The enum value of `field` that `text` spells (key, label or alias), or undefined. */
export function enumValueBySpelling(field: FieldDef, text: string): EnumValue | undefined {
  const folded = foldHeader(text);
  return field.values?.find((v) => enumSpellings(v).some((s) => foldHeader(s) === folded));
}

export function sheetBySpelling(name: string): SheetDef | undefined {
  const folded = foldHeader(name);
  return SHEETS.find((s) =>
    [
      s.key,
      s.table,
      ...LANGS.map((l) => s.label[l]),
      ...LANGS.map((l) => SHEET_TABS[s.key][l]),
      ...s.aliases,
    ].some((a) => foldHeader(a) === folded)
  );
}

/** The register's language for a UI/Office locale tag: zh-HK and zh-MO read Traditional. */
export function langFromLocale(locale: string | undefined | null): Lang {
  const tag = (locale ?? "").toLowerCase();
  if (/^zh-(tw|hk|mo|hant)/.test(tag)) return "zh-TW";
  if (tag.startsWith("zh")) return "zh-CN";
  return "en";
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Yes and no as a register cell shows them in a language; English keeps Excel's TRUE / FALSE. */
export const YES_NO_TEXT: Record<Exclude<Lang, "en">, { yes: string; no: string }> = {
  "zh-CN": { yes: "是", no: "否" },
  "zh-TW": { yes: "是", no: "否" },
};

/**
 * How an enum value is written into a register cell and its dropdown: the key in an English
 * register, the label of the register's language otherwise. Readers accept either (and any
 * language's label), so a register stays readable whatever wrote it.
 */
export function enumCellText(value: EnumValue, lang: Lang): string {
  return lang === "en" ? value.key : value.label[lang];
}

/** The cell text of a field's enum value by key (the key itself when the field has no such value). */
export function enumCellTextOf(field: FieldDef, key: string, lang: Lang): string {
  const value = field.values?.find((v) => v.key === key);
  return value ? enumCellText(value, lang) : key;
}

/** A yes/no as a register cell holds it: TRUE/FALSE in English, 是/否 in Chinese. */
export function booleanCell(value: boolean, lang: Lang): boolean | string {
  if (lang === "en") return value;
  return value ? YES_NO_TEXT[lang].yes : YES_NO_TEXT[lang].no;
}

/**
 * Header spellings of a field that give way when another column is exactly named for the same
 * field (承保时间 beside 起保时间: the start of cover is 起保).
 */
export function yieldingSpellings(fieldKey: string): readonly string[] {
  return YIELDING_HEADERS[fieldKey] ?? [];
}

/**
 * Payments a year that a payment-frequency cell names (繳別 月繳 → 12), or null when the header is
 * not a payment-frequency header or the value is not a frequency word.
 */
export function paymentsPerYear(header: string, value: string): number | null {
  if (!PREMIUM_FREQUENCY_HEADERS.includes(foldHeader(header))) return null;
  return PAYMENTS_PER_YEAR.get(foldHeader(value)) ?? null;
}

/** Whether an amount's header says it is already a year's premium (年繳保費, Annual Premium). */
export function saysAnnualPremium(header: string): boolean {
  const folded = foldHeader(header);
  return ANNUAL_PREMIUM_WORDS.some((word) => folded.includes(word));
}

/**
 * Figures a year that an amount's header says its values are given in (月均收入 → 12, 季度保费 → 4),
 * for a field that holds a year's amount; null when the header names no shorter period or also
 * says annual (年收入, Annual revenue), or when the field is not a yearly amount.
 */
export function headerPeriodsPerYear(fieldKey: string, header: string): number | null {
  if (!YEARLY_AMOUNT_FIELDS.includes(fieldKey)) return null;
  const folded = foldHeader(header)
    .replace(/[（【［]/g, "(")
    .replace(/[）】］]/g, ")");
  if (YEARLY_HEADER_WORDS.some((word) => folded.includes(word))) return null;
  const period = HEADER_PERIODS.find(
    (p) => p.words.some((word) => folded.includes(word)) || (p.leading?.test(folded) ?? false)
  );
  return period ? period.perYear : null;
}

/**
 * True when an amount's header names the period of its figures: a month or quarter (月ARPU,
 * Monthly …) or a year (年ARPU, Annual …, …/年). A figure per account (ARPU) means nothing for a
 * year's amount without it.
 */
export function headerNamesPeriod(header: string): boolean {
  const folded = foldHeader(header)
    .replace(/[（【［]/g, "(")
    .replace(/[）】］]/g, ")");
  if (/^年(?!龄|齡|份|纪|紀)/.test(folded)) return true;
  if (YEARLY_HEADER_WORDS.some((word) => folded.includes(word))) return true;
  return HEADER_PERIODS.some(
    (p) => p.words.some((word) => folded.includes(word)) || (p.leading?.test(folded) ?? false)
  );
}

const ORGANISATION_WORD_SET = new Set(ORGANISATION_WORDS_EN);

let endingsFolded: string[] | undefined;
function foldedEndings(): string[] {
  endingsFolded ??= [...new Set(ORGANISATION_ENDINGS_ZH.map(foldScript))];
  return endingsFolded;
}

/**
 * Whether a client's name is an organisation's by a public body's or branch's word (…税务局, …医院,
 * …分行, Ministry of …, … University, … S.A.). Company legal forms are also in the importer's
 * column profile (COMPANY_VALUE); callers ask both.
 */
export function namesOrganisation(name: string): boolean {
  // A bracketed branch or campus after the name (华联超市（望京店）, … Ltd (HK)) is not its end.
  const text = name
    .normalize("NFKC")
    .trim()
    .replace(/(?:\s*\([^()]*\))+$/, "")
    .trim();
  if (/[\u3400-\u9fff]/.test(text)) {
    if (ORGANISATION_WORDS_ZH.some((word) => text.includes(word))) return true;
    if (ORGANISATION_ENDINGS_ZH.some((ending) => text.endsWith(ending) && text !== ending))
      return true;
    // The same endings in the other script (碼頭, 國際 as 码头, 国际).
    const folded = foldScript(text);
    if (foldedEndings().some((ending) => folded.endsWith(ending) && folded !== ending)) return true;
    // Else the name's Latin part may say it (HDL FURNITURE 华德隆).
  }
  // A status typed after the name ("… CC - RESIGNED", "… Ltd – in liquidation") is not its end.
  const words = text
    .replace(/\s+[-–—]\s+[^-–—]*$/, "")
    .replace(/\./g, "")
    .split(/[^A-Za-z0-9&]+/)
    .filter((w) => w !== "");
  if (words.length < 2) return false;
  if (
    ORGANISATION_LEADING_WORDS_EN.includes(words[0].toLowerCase()) &&
    words[0] === words[0].toUpperCase()
  )
    return true;
  // Two-letter forms (AG, SA, NV, BV) count only in capitals closing the name: else a name's part.
  return words.some(
    (word, i) =>
      ORGANISATION_WORD_SET.has(word.toLowerCase()) &&
      (word.length > 2 || (i === words.length - 1 && word === word.toUpperCase()))
  );
}

/**
 * The status a complaint with no status has when its end date is filled: closed when the date's
 * header says the case was closed (Date Closed, 结案日期), else resolved (Resolution Date, 完成日期).
 */
export function statusOfEndDate(header: string): "closed" | "resolved" {
  const folded = foldHeader(header);
  return CLOSING_DATE_HEADER_WORDS.some((word) => folded.includes(word)) ? "closed" : "resolved";
}

function foldedWord(text: string): string {
  return foldScript(text.normalize("NFKC").toLowerCase()).replace(/[\s\p{P}]+/gu, "");
}

const GENDER_HEADER_SET = new Set(GENDER_HEADERS.map(foldedWord));
const GENDER_VALUE_SET = new Set(GENDER_VALUES.map(foldedWord));

/** A gender column's header (性别, Gender, Sex; a group heading before it is allowed: 基本資料 性別). */
export function isGenderHeader(header: string): boolean {
  const words = header.trim().split(/\s+/);
  return GENDER_HEADER_SET.has(foldedWord(words[words.length - 1] ?? ""));
}

/** A value naming a person's sex (男, 女士, F, Male). */
export function namesSex(value: string): boolean {
  return GENDER_VALUE_SET.has(foldedWord(value));
}

/** A column of names people chose for themselves (会员昵称, 暱稱, Nickname, Display name). */
export function isNicknameHeader(header: string): boolean {
  const text = foldScript(header.normalize("NFKC").toLowerCase());
  return NICKNAME_HEADERS.nickname.some((word: string) =>
    /^[a-z ]+$/.test(word)
      ? new RegExp(`\\b${word}\\b`).test(text)
      : text.includes(foldScript(word))
  );
}

/**
 * A header holding one of the words: Latin words as whole words (snake_case and camelCase split:
 * policy_term_in_days holds "days"), other words anywhere in it, both scripts folded.
 */
export function headerHasWord(header: string, words: readonly string[]): boolean {
  const text = foldScript(
    header
      .normalize("NFKC")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
  );
  return words.some((word) => wordAt(text, isEnglishWord(word) ? word : foldScript(word)) !== null);
}

function isEnglishWord(word: string): boolean {
  return /^[a-z ]+$/.test(word);
}

/**
 * Where a word stands in a folded, lower-case text: an English word only whole ("member" not in
 * "remembered"), any other (Chinese) anywhere.
 */
export function wordAt(text: string, word: string): { start: number; end: number } | null {
  if (!isEnglishWord(word)) {
    const at = text.indexOf(word);
    return at < 0 ? null : { start: at, end: at + word.length };
  }
  const match = new RegExp(`(?:^|[^a-z])${word}(?![a-z])`).exec(text);
  if (match === null) return null;
  const start = match.index + match[0].length - word.length;
  return { start, end: start + word.length };
}

/**
 * A name column's header saying it spells the name another way: another language or script, a
 * former name (English Name, 英文名稱, 曾用名, "Business Registration English Name").
 */
export function isAlternateNameHeader(header: string): boolean {
  return headerHasWord(header, ALTERNATE_NAME_HEADERS.alternate);
}

/** A term's header counting it in days or months (policy_term_in_days, 保险期间（月）). */
export function namesTermInDaysOrMonths(header: string): boolean {
  return headerHasWord(header, [...TERM_UNIT_HEADER_WORDS.days, ...TERM_UNIT_HEADER_WORDS.months]);
}

/** A date header saying when something began or was issued (Renewal Issue Date, 签发日期). */
export function namesStartOrIssue(header: string): boolean {
  return headerHasWord(header, DATE_KIND_HEADER_WORDS.start);
}

/**
 * A date header that is bookkeeping for this event-date field (updated_at, 修改时间, 预计解决时间
 * for a resolved date, 案件创建时间 on a visit log): never the day the event itself happened.
 */
export function namesBookkeepingDate(field: string, header: string): boolean {
  const words = (BOOKKEEPING_DATE_WORDS as Readonly<Record<string, readonly string[]>>)[field];
  return words !== undefined && (headerHasWord(header, words) || saysShould(header));
}

/** 应结案日期, 應完成日: a header saying by when something should be done (not 响应, 供应). */
function saysShould(header: string): boolean {
  let text = foldScript(header.normalize("NFKC"));
  for (const word of DUE_DAY_WORDS.notShould) text = text.split(word).join("");
  return DUE_DAY_WORDS.should.some((word) => text.includes(word));
}

/**
 * A date header naming the day something is due — planned, promised, required, should (Due By,
 * "Target Resolution Date", 预计解决时间, 应结案日期, 應完成日) — and not the day it actually was.
 */
export function namesDueDay(header: string): boolean {
  return (
    (headerHasWord(header, DUE_DAY_WORDS.due) || saysShould(header)) && !namesActualDay(header)
  );
}

/** A date header naming the day something actually happened ("Actual Close Date", 实际完成日期). */
export function namesActualDay(header: string): boolean {
  return headerHasWord(header, DUE_DAY_WORDS.actual);
}

/**
 * The status a yes answers under a status header asked as a question (问题是否解决 → resolved,
 * 是否结案 → closed, "Resolved?" → resolved), or null for any other header.
 */
export function statusAnsweredBy(header: string): "resolved" | "closed" | null {
  if (headerHasWord(header, STATUS_QUESTION_WORDS.closed)) return "closed";
  if (headerHasWord(header, STATUS_QUESTION_WORDS.resolved)) return "resolved";
  return null;
}

/** True when a header names why a sale was lost or failed (Loss Reason, 未成单原因, 失败原因). */
export function namesLostSale(header: string): boolean {
  return headerHasWord(header.replace(/[_\-.]+/g, " "), LOST_SALE_WORDS);
}

/**
 * True when a whole header names a deal's stage as such (Stage, Sales Stage, 销售阶段), not a
 * person's (Lifecycle Stage) nor a word beside others (Stage Notes).
 */
export function namesDealStage(header: string): boolean {
  const text = foldScript(
    header
      .normalize("NFKC")
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .replace(/[_\-.:：()（）]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
  return (DEAL_STAGE_HEADER_WORDS as readonly string[]).includes(text);
}

/** The service-call words (服务单, 报修, 上门, "Work Order", "Technician") a header holds. */
export function serviceCallWordsIn(header: string): string[] {
  return SERVICE_CALL_WORDS.service.filter((word) => headerHasWord(header, [word]));
}

/** A header naming why a visit or service call was cancelled (取消报修原因, Cancellation Reason). */
export function namesCancelReason(header: string): boolean {
  return headerHasWord(header, CANCEL_REASON_WORDS.cancel);
}

/** A count of years looking back (Years Prior Insurance, 此前投保年数): no term. */
export function namesPriorYears(header: string): boolean {
  return headerHasWord(header, DATE_KIND_HEADER_WORDS.prior);
}

/** A premium header saying the figure is net (net_written_premium, 净保费). */
export function namesNetPremium(header: string): boolean {
  return headerHasWord(header, NET_PREMIUM_HEADER_WORDS.net);
}

/** A name column's header saying its names are organisations' (Account Name, 企业名称). */
export function namesCompanyHeader(header: string): boolean {
  const text = foldScript(header.normalize("NFKC").toLowerCase());
  return COMPANY_NAME_HEADER_WORDS.some((word) =>
    /^[a-z ]+$/.test(word)
      ? new RegExp(`\\b${word}\\b`).test(text)
      : text.includes(foldScript(word))
  );
}

const PRIVATE_INDUSTRY_SET = new Set(PRIVATE_INDUSTRY_VALUES.map(foldedWord));

/** An industry cell saying the client is a private individual (Private, 个人). */
export function namesPrivateIndividual(industry: string): boolean {
  return PRIVATE_INDUSTRY_SET.has(foldedWord(industry));
}
