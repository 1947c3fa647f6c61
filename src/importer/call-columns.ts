/**
 * A call list (an outbound telemarketing list, a call-back list): beside each client, the outcome
 * of the call (外呼结果 接通-同意 / 未接通 / 空号, "Call Result" Connected / No answer) and its date
 * (外呼日期, "Call Date"). A reached call is a contact with the client: a person records it as a
 * visit by phone on its date, saying its outcome; a call not reached (未接通, 空号) is no contact.
 * The outcome's words decide, never one list's spelling; an outcome neither reached nor not
 * reached makes no visit, and the row's values stay in the client's notes as before.
 */
import { CALL_WORDS } from "../register/vocabulary";
import type { RegisterRecord } from "../register/types";
import { cellText } from "./grid";
import { matchForm } from "./header-match";
import { parseDate } from "./normalize/dates";
import { emptyRecord } from "./normalize-row";
import { yearOfTitles } from "./title-year";
import type { ColumnMapping, SourceCell } from "./types";

const fold = (words: readonly string[]) => words.map((w) => matchForm(w)).filter((w) => w !== "");
const CALL = fold(CALL_WORDS.call);
const OUTCOME = fold(CALL_WORDS.outcome);
const DATE = fold(CALL_WORDS.date);
const NOT_REACHED = fold(CALL_WORDS.notReached);
const REACHED = fold(CALL_WORDS.reached);

/** Share of an outcome column's values that must read as reached or not, for it to be one. */
const READ_SHARE = 0.8;

export interface CallColumns {
  outcome: number;
  date: number;
  /** The year the title names, for dates written without one (11月3日). */
  year: number | null;
  outcomeHeader: string;
}

function hasAny(h: string, words: readonly string[]): boolean {
  return words.some((w) =>
    /^[a-z]+$/.test(w) && w.length <= 4
      ? h === w || h.startsWith(w) || h.endsWith(w)
      : h.includes(w)
  );
}

/** True when a call's outcome says the client was reached; false when not; null when it says neither. */
export function reachedCall(outcome: string): boolean | null {
  const h = matchForm(outcome);
  if (h === "") return null;
  if (NOT_REACHED.some((w) => h.includes(w))) return false;
  if (REACHED.some((w) => h.includes(w))) return true;
  return null;
}

/** The call columns of a client list, or null when it has none. */
export function callColumnsOf(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  titleTexts: readonly string[]
): CallColumns | null {
  const free = (i: number) => mappings[i].field === null && mappings[i].source !== "override";
  const call = (i: number) => hasAny(matchForm(mappings[i].header), CALL);
  const outcome = mappings.findIndex((m, i) => {
    if (!free(i) || !call(i) || !hasAny(matchForm(m.header), OUTCOME)) return false;
    const texts = (columnValues[i] ?? []).map((v) => cellText(v)).filter((t) => t !== "");
    const read = texts.filter((t) => reachedCall(t) !== null).length;
    return (
      texts.length > 0 && read >= texts.length * READ_SHARE && texts.some((t) => reachedCall(t))
    );
  });
  if (outcome < 0) return null;
  // The call's date, left to notes or taken for a date of the client (clientSince) by its header.
  const date = mappings.findIndex(
    (m, i) =>
      i !== outcome &&
      m.source !== "override" &&
      (m.field === null || m.field === "clientSince") &&
      call(i) &&
      hasAny(matchForm(m.header), DATE)
  );
  if (date < 0) return null;
  return {
    outcome,
    date,
    year: yearOfTitles(titleTexts),
    outcomeHeader: mappings[outcome].header,
  };
}

/** The visit a row's reached call makes, or null (not reached, or its date unreadable). */
export function callVisitOf(
  calls: CallColumns,
  cells: readonly SourceCell[]
): RegisterRecord | null {
  const outcome = cellText(cells[calls.outcome] ?? null);
  if (reachedCall(outcome) !== true) return null;
  const day = parseDate(cells[calls.date] ?? null, { titleYear: calls.year });
  if (!day.ok || typeof day.value !== "string") return null;
  const visit = emptyRecord("Visits");
  visit.visitOn = day.value;
  visit.method = "phone";
  visit.keyPoints = calls.outcomeHeader === "" ? outcome : `${calls.outcomeHeader}: ${outcome}`;
  return visit;
}
