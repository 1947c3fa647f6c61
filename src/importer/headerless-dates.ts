/**
 * What a date column of a list typed without a header row holds, read as a person reads it: dates
 * 18 to 100 years before today that rarely repeat are the clients' birthdays; dates within the
 * last fifteen years are when each client came; anything else (a mix, dates ahead) says too
 * little, and the column stays unmapped (its values go to notes, and the mapping says so).
 */
import { parseDate } from "./normalize";
import type { SourceCell } from "./types";

export type HeaderlessDateField = "birthday" | "clientSince";

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
/** Ages a client's birthday gives: an adult, not older than a person lives. */
const ADULT = 18;
const OLDEST = 100;
/** How far back "came as a client" reaches, and a few days ahead a typed date may run. */
const RECENT_YEARS = 15;
const AHEAD_DAYS = 7;
/** Share of the dates that must agree, and of distinct ones among birthdays. */
const AGREE = 0.9;
const DISTINCT_BIRTHDAYS = 0.8;
const MIN_DATES = 3;

export function headerlessDateField(
  values: readonly SourceCell[],
  today: Date = new Date()
): { field: HeaderlessDateField; share: number } | null {
  const now = today.getTime();
  const seen = new Set<string>();
  let dates = 0;
  let adults = 0;
  let recent = 0;
  for (const value of values) {
    // Numbers say nothing here: an amount and a date serial look alike without a header.
    if (!(value instanceof Date) && typeof value !== "string") continue;
    const read = parseDate(value);
    if (!read.ok || read.value === null) continue;
    const at = Date.parse(`${read.value}T00:00:00Z`);
    if (Number.isNaN(at)) continue;
    dates++;
    seen.add(read.value);
    const years = (now - at) / YEAR_MS;
    if (years >= ADULT && years <= OLDEST) adults++;
    if (years <= RECENT_YEARS && now - at >= -AHEAD_DAYS * DAY_MS) recent++;
  }
  if (dates < MIN_DATES) return null;
  if (adults >= dates * AGREE && seen.size >= dates * DISTINCT_BIRTHDAYS)
    return { field: "birthday", share: adults / dates };
  if (recent >= dates * AGREE) return { field: "clientSince", share: recent / dates };
  return null;
}
