/**
 * An agent's client list often says what each client already holds in one cell — 已购险种
 * "重疾、医疗、年金", 已買險種 "壽險/醫療", "Policies held" — beside what the client pays a year
 * (年缴保费, 年繳保費, "Annual premium"). A person reads one policy per type listed, of that
 * client; what the client might buy (拟购险种, 意向险种) is a sales intention and no policy.
 */
import { INSURANCE_TYPE } from "../register/enums";
import { HELD_PRODUCT_HEADERS } from "../register/vocabulary";
import { foldScript } from "../register/vocabulary/fold";
import { cellText, isBlankCell } from "./grid";
import { MAPPING_THRESHOLD, matchForm, scoreHeader, targetsFor } from "./header-match";
import { enumChoices, normaliseKey, parseEnum, stripHeaderUnit } from "./normalize";
import type { SourceCell } from "./types";

/** The columns of a client list that make its clients' policies. */
export interface HeldPolicyColumns {
  /** The cell listing the types (or products) held. */
  products: number;
  /** The premium a year of what is held, and its sum insured, when columns give them. */
  premium: number | null;
  sumInsured: number | null;
}

let held: string[] | undefined;
let intended: string[] | undefined;

/** True when a header names the insurance a client holds, not what they might buy. */
export function namesHeldProducts(header: string): boolean {
  held ??= HELD_PRODUCT_HEADERS.held.map(matchForm);
  intended ??= HELD_PRODUCT_HEADERS.intended.map(matchForm);
  const h = matchForm(stripHeaderUnit(header));
  if (h === "" || intended.some((w) => h.includes(w))) return false;
  return held.some((w) => h.includes(w));
}

/** Between the types a cell lists: "重疾、医疗", "壽險/醫療", "Life, Medical", "CI + Medical". */
const TYPE_LIST = /[、,，;；/／|+＋&＆\n]+|\s+and\s+|\s*和\s*|\s*及\s*/i;

/** The types a cell lists, as written. */
export function typesIn(cell: SourceCell): string[] {
  return cellText(cell)
    .split(TYPE_LIST)
    .map((t) => t.trim())
    .filter((t) => t !== "");
}

let choices: ReturnType<typeof enumChoices> | undefined;

/** The register's type of one listed product: its key, or null when the words name none. */
export function policyTypeOf(text: string): string | null {
  choices ??= enumChoices(INSURANCE_TYPE);
  const read = parseEnum(text, choices);
  return read.ok && typeof read.value === "string" ? read.value : null;
}

let spellings: Map<string, Set<string>> | undefined;

/** True when the text is one of the type's own spellings (重疾, 壽險, Life), not a product's name. */
export function isTypeWord(text: string, key: string): boolean {
  if (spellings === undefined) {
    spellings = new Map();
    for (const choice of enumChoices(INSURANCE_TYPE))
      spellings.set(
        choice.key,
        new Set([choice.key, ...choice.labels].map((l) => foldScript(normaliseKey(l))))
      );
  }
  return spellings.get(key)?.has(foldScript(normaliseKey(text))) === true;
}

/** Share of a products column's filled cells that must name at least one insurance type. */
const TYPED_SHARE = 0.5;

function listsTypes(values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length === 0) return false;
  const typed = filled.filter((v) => typesIn(v).some((t) => policyTypeOf(t) !== null));
  return typed.length >= TYPED_SHARE * filled.length;
}

function namesPolicyField(header: string, key: string): boolean {
  const targets = targetsFor("Insurance").filter((t) => t.key === key);
  return (
    header !== "" && scoreHeader(header, targets).some((s) => s.confidence >= MAPPING_THRESHOLD)
  );
}

/**
 * The held-products column of a client list, with its premium and sum-insured columns; only
 * columns in `free` are looked at (those the client keeps no field of). Null when none is held.
 */
export function heldPolicyColumns(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[],
  free: (i: number) => boolean
): HeldPolicyColumns | null {
  const products = headers.findIndex(
    (h, i) => free(i) && namesHeldProducts(h) && listsTypes(columnValues[i] ?? [])
  );
  if (products < 0) return null;
  const first = (key: string) => {
    const i = headers.findIndex((h, j) => j !== products && free(j) && namesPolicyField(h, key));
    return i >= 0 ? i : null;
  };
  return { products, premium: first("annualPremium"), sumInsured: first("sumInsured") };
}
