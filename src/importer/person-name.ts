/**
 * Whether a name reads as a person's, as a person sorting a list would tell: two or three Chinese
 * characters behind a common surname (three or four behind a two-character one), a polite form of
 * address after it left aside (林美華 小姐); or a first and last name in Latin letters with no word
 * of a legal form or a kind of body in it (Emily Clarke, not Clarke Trading Ltd).
 */
import { foldScript } from "../register/vocabulary";
import {
  COMMON_SURNAMES,
  COMPOUND_SURNAMES,
  NAME_HONORIFICS,
  ORGANISATION_WORDS,
} from "../register/vocabulary/person-names";

const SURNAMES = new Set(COMMON_SURNAMES);
const HONORIFIC_TAIL = new RegExp(`\\s*(?:${NAME_HONORIFICS.join("|")})$`);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const HAN = /^[\u3400-\u9fff]+$/;
/** "Emily Clarke", "Mrs Arthur Jones", "O'Neill Byrne": two or three capitalised words. */
const LATIN_PERSON = /^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]*){1,2}$/;

export function looksLikePersonName(name: string): boolean {
  const trimmed = name.trim();
  const folded = foldScript(trimmed);
  const han = folded.replace(HONORIFIC_TAIL, "").replace(/[\s·•]/g, "");
  if (HAN.test(han)) {
    // 王先生, 林小姐: a surname and a form of address.
    const addressed = han !== folded.replace(/[\s·•]/g, "");
    if (COMPOUND_SURNAMES.some((s) => han.startsWith(s)))
      return han.length <= 4 && (addressed || han.length >= 3);
    return SURNAMES.has(han[0]) && han.length <= 3 && (addressed || han.length >= 2);
  }
  if (!LATIN_PERSON.test(trimmed)) return false;
  return !trimmed
    .toLowerCase()
    .split(/[\s.]+/)
    .some((w) => ORGANISATION.has(w));
}
