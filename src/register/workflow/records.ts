/**
 * Reading register records defensively. Records come from files people edit, so a money cell
 * may hold text and a date cell a typo; these getters answer "no usable value" (null) instead
 * of guessing, and the workflows treat that as missing data.
 */
import type { RegisterRecord, RegisterValue, SheetKey } from "../types";
import { isoDay } from "./dates";

/** The register's rows by sheet, as the reader returns them; absent sheets have no rows. */
export type RegisterRecords = Partial<Record<SheetKey, RegisterRecord[]>>;

export function rowsOf(records: RegisterRecords, sheet: SheetKey): RegisterRecord[] {
  return records[sheet] ?? [];
}

export function textOf(record: RegisterRecord, key: string): string | null {
  const value: RegisterValue | undefined = record[key];
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}

export function numberOf(record: RegisterRecord, key: string): number | null {
  const value = record[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

export function booleanOf(record: RegisterRecord, key: string): boolean | null {
  const value = record[key];
  return typeof value === "boolean" ? value : null;
}

export function dateOf(record: RegisterRecord, key: string): string | null {
  return isoDay(record[key]) ?? null;
}

/** The value when it is one of `keys`, else null. */
export function enumOf<K extends string>(
  record: RegisterRecord,
  key: string,
  keys: readonly K[]
): K | null {
  const value = record[key];
  return typeof value === "string" && (keys as readonly string[]).includes(value)
    ? (value as K)
    : null;
}

/** Rows grouped by their clientId (rows without one are left out). */
export function byClient(rows: readonly RegisterRecord[]): Map<string, RegisterRecord[]> {
  const groups = new Map<string, RegisterRecord[]>();
  for (const row of rows) {
    const id = textOf(row, "clientId");
    if (id === null) continue;
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}
