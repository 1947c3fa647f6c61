/**
 * A table of places: the tab's name says its rows are places (Regions, Cities, Communes, 地区) and
 * no row names a party or a way to reach one. It is the geography a workbook's codes and drop-downs
 * look up — a city with its population and time zone, a commune with its wilaya — never clients,
 * however its "name" column is headed. A tab named "Addresses" that lists people or firms with
 * their addresses names a party on its rows and is not one.
 */
import type { ColumnProfile } from "./profile";
import { headerWords } from "./header-words";
import { readHeader } from "./subject";
import { foldScript } from "../register/vocabulary";
import { PLACE_SHEET_WORDS } from "../register/vocabulary/sheet-names";

export interface PlaceTableInput {
  sheetName: string;
  headers: readonly string[];
  profiles: readonly ColumnProfile[];
}

const PLACE_WORDS = new Set<string>(PLACE_SHEET_WORDS.place);
const GENERIC_WORDS = new Set<string>(PLACE_SHEET_WORDS.generic);
/** Chinese generic words, longest first: 城市列表 ends in 列表, not only in 表. */
const HAN_GENERIC = [...GENERIC_WORDS]
  .filter((w) => /^[\u3400-\u9fff]+$/.test(w))
  .sort((a, b) => b.length - a.length);
/** Header roles that say a column names a party: the client, its contact, its holder, our rep. */
const PARTY_ROLES = new Set(["subject", "contact", "insured", "owner"]);
/** Share of a column's values that, read as people's or firms' names or ways to reach someone, names a party. */
const PARTY_SHARE = 0.3;

/** A header with a place word in it ("county", "State Name", 城市): its values are places. */
function headedAsPlace(header: string): boolean {
  const words = headerWords(foldScript(header));
  if (words.some((w) => /[\u3400-\u9fff]/.test(w))) {
    const folded = words.join(" ");
    return [...PLACE_WORDS].some((w) => /[\u3400-\u9fff]/.test(w) && folded.includes(w));
  }
  return words.some((w) => PLACE_WORDS.has(w));
}

/** The tab's name is place words, with at most a generic word beside ("Region List", 城市列表). */
function namesPlaces(sheetName: string): boolean {
  // A number beside the words (Regions2, 地区 (2)) says nothing of what the rows are.
  const words = headerWords(foldScript(sheetName)).filter((w) => !/^\d+$/.test(w));
  if (words.length === 0) return false;
  if (words.length === 1 && /^[\u3400-\u9fff]+$/.test(words[0])) {
    const name = words[0];
    const generic = HAN_GENERIC.find((word) => name.endsWith(word));
    return PLACE_WORDS.has(generic ? name.slice(0, -generic.length) : name);
  }
  return (
    words.some((w) => PLACE_WORDS.has(w)) &&
    words.every((w) => PLACE_WORDS.has(w) || GENERIC_WORDS.has(w))
  );
}

function namesParty(header: string, p: ColumnProfile): boolean {
  return (
    PARTY_ROLES.has(readHeader(header).role) ||
    // "Fairbank County" has a person's name's shape; a header or value naming a place says what it is.
    (p.personName >= PARTY_SHARE && p.place < 0.5 && p.region < 0.5 && !headedAsPlace(header)) ||
    p.company >= PARTY_SHARE ||
    p.phone >= PARTY_SHARE ||
    p.email >= PARTY_SHARE ||
    p.idNumber >= PARTY_SHARE
  );
}

/** True when the tab is a table of places with no party on its rows. */
export function isPlaceTable(input: PlaceTableInput): boolean {
  if (!namesPlaces(input.sheetName)) return false;
  const used = input.profiles.flatMap((p, i) => (p.filled > 0 ? [i] : []));
  if (used.length === 0) return false;
  return !used.some((i) => namesParty(input.headers[i] ?? "", input.profiles[i]));
}
