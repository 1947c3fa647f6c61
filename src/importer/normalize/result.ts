/**
 * The outcome of normalising one raw cell value.
 * `value: null` means the cell is blank. A failure carries a sentence naming the problem and
 * quoting the raw value; the caller adds the sheet, row and column.
 */
export type Normalized<T> =
  { ok: true; value: T | null; warning?: string } | { ok: false; message: string };

export function ok<T>(value: T | null, warning?: string): Normalized<T> {
  return warning === undefined ? { ok: true, value } : { ok: true, value, warning };
}

export function fail<T = never>(message: string): Normalized<T> {
  return { ok: false, message };
}

const MAX_QUOTED_LENGTH = 80;

/** The raw value as it should appear inside a message: strings quoted, long ones shortened. */
export function describeRaw(raw: unknown): string {
  if (typeof raw === "string") {
    const shown = raw.length > MAX_QUOTED_LENGTH ? `${raw.slice(0, MAX_QUOTED_LENGTH)}…` : raw;
    return `"${shown}"`;
  }
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (raw instanceof Date)
    return Number.isNaN(raw.getTime()) ? "an invalid date" : raw.toISOString();
  if (raw === null || raw === undefined) return "an empty cell";
  if (typeof raw === "object" && typeof (raw as { error?: unknown }).error === "string") {
    return (raw as { error: string }).error;
  }
  try {
    return describeRaw(JSON.stringify(raw));
  } catch {
    return "an unreadable value";
  }
}
