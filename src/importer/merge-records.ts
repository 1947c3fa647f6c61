/** Folds one record into another: empty fields are filled, notes are combined, conflicts are reported. */
import type { RegisterRecord, RegisterValue } from "../register/types";
import { normaliseKey, samePhone } from "./normalize";
import { NOTES_SEPARATOR } from "./normalize-row";

export function isEmptyValue(value: RegisterValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/** Equal for the purpose of merging: text compared after normaliseKey, phones as numbers (E.164). */
export function sameValue(key: string, a: RegisterValue, b: RegisterValue): boolean {
  if (a === b) return true;
  if (typeof a === "string" && typeof b === "string") {
    if (key === "phone") return samePhone(a, b);
    return normaliseKey(a) === normaliseKey(b);
  }
  return false;
}

/** The notes of both records, each piece once, in order. */
export function combineNotes(
  current: RegisterValue | undefined,
  incoming: RegisterValue | undefined
): string | null {
  const pieces: string[] = [];
  const seen = new Set<string>();
  for (const notes of [current, incoming]) {
    if (isEmptyValue(notes)) continue;
    const text = String(notes);
    // Keep the whole text if it is already contained; otherwise add it piece by piece.
    for (const piece of text.split(NOTES_SEPARATOR)) {
      const key = normaliseKey(piece);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      pieces.push(piece.trim());
    }
  }
  return pieces.length > 0 ? pieces.join(NOTES_SEPARATOR) : null;
}

export interface FieldConflict {
  key: string;
  kept: RegisterValue;
  other: RegisterValue;
}

/**
 * first-wins: the target's value stays, the incoming one goes to notes (two rows of one import).
 * incoming-wins: the incoming value replaces it (updating an existing register row).
 * newer-wins: the incoming value replaces it and the older one goes to notes (a newer tab of the
 * same list: the month's list over last month's).
 */
export type MergePolicy = "first-wins" | "incoming-wins" | "newer-wins";

export interface MergeOutcome {
  /** Fields whose differing values could not both be kept (first-wins), or were replaced (incoming-wins). */
  conflicts: FieldConflict[];
  /** Fields that were empty and are now filled. */
  filled: string[];
}

/**
 * Merges `incoming` into `target` in place. With "first-wins" a differing value is a conflict and
 * the target's value stays (the other one goes into notes when `notesKey` exists, so nothing is
 * lost, under `labelOf(key)`: the source column's header, the word the person used); with "incoming-wins" (updating an existing register row) the incoming value replaces it.
 */
export function mergeInto(
  target: RegisterRecord,
  incoming: RegisterRecord,
  policy: MergePolicy,
  skip: ReadonlySet<string> = new Set(),
  labelOf: (key: string) => string = (key) => key
): MergeOutcome {
  const conflicts: FieldConflict[] = [];
  const filled: string[] = [];
  const keepInNotes: string[] = [];
  for (const [key, value] of Object.entries(incoming)) {
    if (key === "notes" || skip.has(key) || isEmptyValue(value)) continue;
    const current = target[key];
    if (isEmptyValue(current)) {
      target[key] = value;
      filled.push(key);
    } else if (!sameValue(key, current, value)) {
      conflicts.push({
        key,
        kept: policy === "first-wins" ? current : value,
        other: policy === "first-wins" ? value : current,
      });
      if (policy !== "first-wins") target[key] = value;
      if (policy === "first-wins") keepInNotes.push(`${labelOf(key)}: ${String(value)}`);
      else if (policy === "newer-wins") keepInNotes.push(`${labelOf(key)}: ${String(current)}`);
    }
  }
  const hasNotes = "notes" in target || "notes" in incoming;
  if (hasNotes) {
    const extra = keepInNotes.length > 0 ? keepInNotes.join(NOTES_SEPARATOR) : null;
    target.notes = combineNotes(combineNotes(target.notes, incoming.notes), extra);
  }
  return { conflicts, filled };
}
