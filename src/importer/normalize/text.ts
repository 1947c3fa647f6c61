import { describeRaw, failure, ok, warned, type Normalized } from "./result";
import { screenCell } from "./cell";
import { timeOfDayOnly } from "./time-of-day";
import { foldScript } from "../../register/vocabulary/fold";
import { HONORIFICS_AFTER, HONORIFICS_BEFORE } from "../../register/vocabulary/client-kind";

export { cellErrorValue, type ExcelErrorCode } from "./cell";

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to their half-width forms; nothing else changes. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  );
}

/**
 * Characters nobody means to type and no one can see: C0 controls other than tab and line breaks
 * (pasted from terminals and old systems), zero-width spaces and non-joiners, the byte-order mark,
 * and zero-width joiners — except a joiner between two emoji, which is what makes 👨‍👩‍👧 one
 * family instead of three people. Vertical tab and form feed separate words, so they become a
 * space rather than vanish.
 */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u200B\u200C\uFEFF]/g;

/** A zero-width joiner not between two emoji (one may end in variation selector 16 or a skin tone). */
const STRAY_JOINER =
  /(?<!\p{Extended_Pictographic}|\u{FE0F}|\p{Emoji_Modifier})\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

const REMOVED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u200B-\u200D\uFEFF]/g;

/** Any character stripInvisible changes (REMOVED without the global flag, so `test` keeps no state). */
const ANY_REMOVED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u200B-\u200D\uFEFF]/;

/** A character of the private-use area: an icon font's glyph, or a rare character mapped there. */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
/**
 * Icon glyphs set apart before or after a value (a map's pin, then a line break, then the phone,
 * as a scraper copies them from the page): no text anyone reads. Inside a word (a Hong Kong name's
 * character a converter put in the private-use area) a private-use character is kept.
 */
const ICONS_APART = /^[\uE000-\uF8FF]+\s+|\s+[\uE000-\uF8FF]+$/g;

/**
 * The text without invisible characters (see INVISIBLE) and without icon glyphs set apart from
 * it (ICONS_APART); vertical tabs and form feeds become spaces.
 */
export function stripInvisible(text: string): string {
  // Almost every cell has none: one scan instead of three replacing passes (a big import calls
  // this for every value).
  const icons = PRIVATE_USE.test(text);
  if (!icons && !ANY_REMOVED.test(text)) return text;
  const seen = icons ? text.replace(ICONS_APART, "") : text;
  return seen
    .replace(INVISIBLE, "")
    .replace(STRAY_JOINER, "")
    .replace(/[\v\f]/g, " ");
}

/** The distinct invisible characters the text normalisers remove from `text`, as "U+200B", in order of first use. */
export function invisibleCharactersIn(text: string): string[] {
  const found = text.match(REMOVED);
  if (!found) return [];
  // A joiner counts only when stripInvisible removes one (not every joiner sits between emoji).
  const strayJoiner = text.replace(INVISIBLE, "").match(STRAY_JOINER) !== null;
  const codes = found
    .filter((ch) => ch !== "\u200D" || strayJoiner)
    .map((ch) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return [...new Set(codes)];
}

/** Trims, collapses runs of spaces and tabs to one space, keeps line breaks (as \n). */
function tidyWhitespace(text: string): string {
  return stripInvisible(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .trim();
}

/** A number written out in plain decimal digits: no exponent, no trailing ".0". */
export function plainNumberString(n: number): string {
  const shown = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shown);
  if (!match) return shown;
  const [, sign, whole, fraction = "", exponentText] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function dateAsText(date: Date): string {
  const time = timeOfDayOnly(date);
  if (time !== null) return time;
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** Free text: trimmed, whitespace runs collapsed, line breaks kept; null when blank. */
export function normaliseText(raw: unknown): Normalized<string> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const value = screened.value;
  if (typeof value === "string") {
    const tidy = tidyWhitespace(value);
    return ok(tidy === "" ? null : tidy);
  }
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? ok(plainNumberString(value))
      : failure("number.not-finite", { value: describeRaw(value) });
  }
  if (typeof value === "boolean") return ok(value ? "TRUE" : "FALSE");
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? failure("cell.invalid-date") : ok(dateAsText(value));
  }
  return failure("text.unreadable", { value: describeRaw(value) });
}

/** A form of a name for matching: NFKC (full-width → half-width), lowercase, single spaces, trimmed. */
export function normaliseKey(text: string): string {
  const fast = plainKey(text);
  if (fast !== null) return fast;
  return stripInvisible(text.normalize("NFKC")).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * normaliseKey of text made only of printable ASCII and CJK unified ideographs (the names, ids and
 * e-mails of nearly every row), without NFKC: NFKC leaves those characters as they are, none of
 * them is invisible, and the only space among them is U+0020. A big import folds every key and
 * every hashed value, and NFKC was a tenth of its time. Null for any other text (the full fold).
 */
function plainKey(text: string): string | null {
  let upper = false;
  let prevSpace = true; // a leading space needs the trim
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) return null;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c > 0x20 && c < 0x7f) {
      if (c >= 0x41 && c <= 0x5a) upper = true;
    } else if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) return null;
  }
  if (prevSpace && text.length > 0) return null; // a trailing space
  return upper ? text.toLowerCase() : text;
}

/**
 * True when a spreadsheet could take the text for a formula: it starts with = + - @ (possibly after
 * whitespace, and in their full-width forms, which some IMEs turn into formulas) or with a tab or CR.
 */
export function isFormulaLike(text: string): boolean {
  return /^[\t\r]/.test(text) || /^\s*[=+\-@＝＋－＠]/.test(text);
}

const MAINLAND_MOBILE = /^1\d{10}$/;
/** Zeros alone (0, 00000000): a form's filler where no number was given, not a number. */
const NO_NUMBER = /^0+$/;
/**
 * One digit typed four times or more and nothing else (1111, 9999999999): a placeholder a form
 * made someone type, as zeros are, not a number anyone has.
 */
const PLACEHOLDER_DIGITS = /^(\d)\1{3,}$/;
/** What a phone cell may say besides its digits: an extension, a label (tel, mobile, 手机, 分机…). */
const PHONE_WORDS =
  /ext|tel|fax|mob|mobile|cell|phone|office|home|work|手机|手機|电话|電話|座机|座機|分机|分機|转|轉|传真|傳真|办|辦|宅|公司|家/gi;

/**
 * Text with fewer digits than any phone number (7) and words besides the usual phone labels:
 * 暫不公開（請利用yes123投遞履歷）, "ask at reception 3". A bare short number (an extension) stays.
 */
function isWordsNotNumber(text: string): boolean {
  const half = toHalfWidth(text);
  if ((half.match(/\d/g) ?? []).length >= 7) return false;
  const words = half.replace(PHONE_WORDS, "").replace(/[^\p{L}]/gu, "");
  return words.length >= 2;
}

/** A phone number kept exactly as written (outer whitespace trimmed); never turned into a number. */
export function parsePhone(raw: unknown): Normalized<string> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const value = screened.value;
  if (typeof value === "string") {
    // An apostrophe typed before the number to keep its 0 ('0500012345) is Excel's text mark, not
    // part of the number: in a CSV it stays in the cell.
    const text = stripInvisible(value)
      .trim()
      .replace(/^'(?=[\d+(])/, "");
    if (text === "" || NO_NUMBER.test(text)) return ok(null);
    // Words instead of a number (暫不公開, "see website") are a note, not the client's phone: they
    // fail, so the value is kept in notes with a warning.
    if (!/[0-9０-９]/.test(text)) return failure("phone.no-digits", { value: describeRaw(text) });
    if (isWordsNotNumber(text)) return failure("phone.words", { value: describeRaw(text) });
    if (PLACEHOLDER_DIGITS.test(toHalfWidth(text))) return ok(null);
    return ok(text);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0)
      return failure("phone.bad-number", { value: describeRaw(value) });
    const digits = plainNumberString(value);
    if (NO_NUMBER.test(digits)) return ok(null);
    if (PLACEHOLDER_DIGITS.test(digits)) return ok(null);
    if (MAINLAND_MOBILE.test(digits)) return ok(digits);
    return warned(digits, "phone.as-number", { value: digits });
  }
  return failure("phone.unreadable", { value: describeRaw(value) });
}

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[^\s@.]{2,}$/;

const WEB_LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/** A web link: https://…, www.… (a map's https://…/place/Shop/@28.74,77.13,14z holds an "@" too). */
export function isWebLink(text: string): boolean {
  return WEB_LINK.test(text);
}

/** True when the text is one plausible e-mail address (what parseEmail accepts without a warning). */
export function looksLikeEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes("..") && !isWebLink(text);
}

/** What separates the addresses of a cell listing several: commas, semicolons, spaces, lines. */
const EMAIL_SEPARATORS = /[\s,;，；、]+/;

/**
 * The addresses of a cell listing several e-mail addresses and nothing else ("info@a.test,
 * office@a.test"; a CRM's copy list), in their order; null for one address or for any other text.
 */
export function emailsListed(text: string): string[] | null {
  const parts = text.split(EMAIL_SEPARATORS).filter((part) => part !== "");
  return parts.length >= 2 && parts.every(looksLikeEmail) ? parts : null;
}

/**
 * An email address, kept as written; an address that does not look valid is kept with a warning.
 * Of a cell listing several, the first is the address (the one a person writes first); the
 * caller keeps the cell as written in notes ("email.several").
 */
export function parseEmail(raw: unknown): Normalized<string> {
  const screened = screenCell(raw);
  if (screened.done) return screened.result;
  const value = screened.value;
  if (value instanceof Date) return failure("email.date", { value: describeRaw(value) });
  const text = typeof value === "string" ? stripInvisible(value).trim() : String(value);
  if (text === "") return ok(null);
  if (looksLikeEmail(text)) return ok(text);
  const listed = emailsListed(text);
  if (listed !== null)
    return warned(listed[0], "email.several", { count: listed.length, first: listed[0] });
  return warned(text, "email.invalid", { value: describeRaw(text) });
}

const HONORIFIC_AFTER = new RegExp(
  `^([\\u3400-\\u9fff·•]{2,4})[\\s\\u3000]+(?:${HONORIFICS_AFTER.join("|")})$`
);
const HONORIFIC_BEFORE = new RegExp(
  `^(?:${HONORIFICS_BEFORE.join("|")})\\.?\\s+([A-Z][A-Za-z'’.-]*(?:\\s+[A-Z][A-Za-z'’.-]*)+)$`,
  "i"
);

/**
 * A person's name without the courtesy title written with it: "楊靜宜 小姐" → "楊靜宜",
 * "Ms. Emma Stone" → "Emma Stone"; null when there is none. A title written into a Chinese name
 * without a space ("面包先生", a shop) is left alone, and a Latin name needs its given and family
 * names ("Mr Muscle" is a brand).
 */
export function withoutHonorific(text: string): string | null {
  const trimmed = toHalfWidth(text).replace(/\s+/g, " ").trim();
  const after = HONORIFIC_AFTER.exec(foldScript(trimmed));
  if (after) return trimmed.slice(0, after[1].length);
  const before = HONORIFIC_BEFORE.exec(trimmed);
  return before ? before[1] : null;
}
