/**
 * A Chinese name written as a surname and a form of address (朱女士, 张姐, 王总) instead of the
 * given name, and the surname of a full name (朱鹏浩): a caller who wrote the same number twice
 * under the two forms wrote one person twice.
 */
import { foldScript } from "../register/vocabulary";
import {
  COMMON_SURNAMES,
  COMPOUND_SURNAMES,
  FAMILIAR_ADDRESS,
  NAME_HONORIFICS,
} from "../register/vocabulary/person-names";

const SURNAMES = new Set(COMMON_SURNAMES);
const FORMS = new Set([...NAME_HONORIFICS, ...FAMILIAR_ADDRESS].map(foldScript));
const HAN = /^[\u3400-\u9fff]+$/;

export interface ChineseName {
  surname: string;
  /** True for a surname and a form of address, false for a full name. */
  addressed: boolean;
}

/** The surname of a Chinese person's name, and whether the rest is a form of address; else null. */
export function readChineseName(name: string): ChineseName | null {
  const han = foldScript(name.normalize("NFKC")).replace(/[\s\u3000·•]/g, "");
  if (!HAN.test(han)) return null;
  const compound = COMPOUND_SURNAMES.map(foldScript).find((s) => han.startsWith(s));
  const surname = compound ?? (SURNAMES.has(han[0]) ? han[0] : null);
  if (surname === null) return null;
  const rest = han.slice(surname.length);
  if (FORMS.has(rest)) return { surname, addressed: true };
  // A full name: one or two characters after the surname.
  return rest.length >= 1 && rest.length <= 2 ? { surname, addressed: false } : null;
}
