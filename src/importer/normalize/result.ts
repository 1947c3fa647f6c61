import { renderMessage, type MessageCode, type MessageParams } from "../../register/messages";
import { timeOfDayOnly } from "./time-of-day";

export type { MessageParams };

/** A catalogue code (src/register/messages) and its parameters for a failure's or warning's text. */
export interface Coded {
  code?: string;
  params?: MessageParams;
}

/**
 * The outcome of normalising one raw cell value.
 * `value: null` means the cell is blank. A failure carries a sentence naming the problem and
 * quoting the raw value; the caller adds the sheet, row and column. `code` and `params`, when
 * given, render the same sentence in the register's language.
 */
export type Normalized<T> =
  | ({ ok: true; value: T | null; warning?: string } & Coded)
  | ({ ok: false; message: string } & Coded);

export function ok<T>(value: T | null, warning?: string, coded?: Coded): Normalized<T> {
  if (warning === undefined) return { ok: true, value };
  return { ok: true, value, warning, ...coded };
}

export function fail<T = never>(message: string, coded?: Coded): Normalized<T> {
  return { ok: false, message, ...coded };
}

/** A failed result (or an internal step that failed), carrying its code and English text. */
export type Failure = Extract<Normalized<never>, { ok: false }>;

/**
 * The English text of a catalogue message. Normalisers build their `message` from the English
 * catalogue, so the sentence and its translations cannot drift apart.
 */
export function englishText(code: MessageCode, params: MessageParams = {}): string {
  return renderMessage(code, params, "en") ?? code;
}

/** A failure by catalogue code. */
export function failure(code: MessageCode, params: MessageParams = {}): Failure {
  return { ok: false, message: englishText(code, params), code, params };
}

/** A value read with a warning, by catalogue code. */
export function warned<T>(
  value: T | null,
  code: MessageCode,
  params: MessageParams = {}
): Normalized<T> {
  return ok(value, englishText(code, params), { code, params });
}

const MAX_QUOTED_LENGTH = 80;

/**
 * The raw value as it should appear inside a message: strings quoted, long ones shortened; a value
 * with no text of its own as a raw.* catalogue code, which every language renders in its words.
 */
export function describeRaw(raw: unknown): string {
  if (typeof raw === "string") {
    const shown = raw.length > MAX_QUOTED_LENGTH ? `${raw.slice(0, MAX_QUOTED_LENGTH)}…` : raw;
    return `"${shown}"`;
  }
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime())
      ? "raw.invalid-date"
      : (timeOfDayOnly(raw) ?? raw.toISOString());
  if (raw === null || raw === undefined) return "raw.empty-cell";
  if (typeof raw === "object" && typeof (raw as { error?: unknown }).error === "string") {
    return (raw as { error: string }).error;
  }
  try {
    return describeRaw(JSON.stringify(raw));
  } catch {
    return "raw.unreadable";
  }
}
