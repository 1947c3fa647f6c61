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
  NAME_TITLES,
  ORGANISATION_WORDS,
} from "../register/vocabulary/person-names";

const SURNAMES = new Set(COMMON_SURNAMES);
const HONORIFIC_TAIL = new RegExp(`\\s*(?:${NAME_HONORIFICS.join("|")})$`);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const HAN = /^[\u3400-\u9fff]+$/;
/** "Emily Clarke", "Mrs Arthur Jones", "O'Neill Byrne": two or three capitalised words. */
const LATIN_PERSON = /^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]*){1,2}$/;

const TITLES = new Set(NAME_TITLES);
/** One word of a name in any capitals (OKAFOR, Ngozi, STA., O'Neill). */
const NAME_WORD = /^[A-Za-z][A-Za-z'’.-]*$/;

/** The name without the personal titles in front of it (Bldr. (Mrs) Tola Ade → Tola Ade), or null. */
function afterTitles(name: string): string | null {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length && TITLES.has(words[i].replace(/[().]/g, "").toLowerCase())) i++;
  return i === 0 ? null : words.slice(i).join(" ");
}

/** True when no word of the name is an organisation's (Ltd, Society, Trading). */
function noOrganisationWord(name: string): boolean {
  return !name
    .toLowerCase()
    .split(/[\s.,]+/)
    .some((w) => ORGANISATION.has(w));
}

/**
 * A Latin-letter name that is a person's by its form, whatever its capitals: behind a personal
 * title (Bldr. Oduya Olusegun Folake, DR ADA OBI), or written surname first with commas (ABALOS,
 * ALDRIN, VILLAREAL; Okafor, Ngozi) — two or three parts of one to three words each.
 */
export function personByForm(name: string): boolean {
  if (!noOrganisationWord(name)) return false;
  const titled = afterTitles(name);
  if (titled !== null) {
    const words = titled.split(/\s+/).filter((w) => w !== "");
    return words.length >= 1 && words.length <= 4 && words.every((w) => NAME_WORD.test(w));
  }
  const parts = name.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return false;
  return parts.every((part) => {
    const words = part.split(/\s+/).filter((w) => w !== "");
    return words.length >= 1 && words.length <= 3 && words.every((w) => NAME_WORD.test(w));
  });
}

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
  if (!LATIN_PERSON.test(trimmed) && !personByForm(trimmed)) return false;
  return noOrganisationWord(trimmed);
}
