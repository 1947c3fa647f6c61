/**
 * How well a source header names a register field: exact spellings (after folding) score 1,
 * fuzzy matches (containment, edit distance, shared CJK characters) less.
 */
import { SHEETS, sheetDef } from "../register/sheets";
import { foldHeader, headerSpellings } from "../register/catalog";
import { L } from "../register/enums";
import type { FieldDef, SheetKey } from "../register/types";

/** Importer-only target on child sheets: the client's name, used to link the row to its client. */
export const CLIENT_NAME_KEY = "clientName";

/** The lowest confidence at which a header is mapped to a field. */
export const MAPPING_THRESHOLD = 0.6;

export interface FieldTarget {
  key: string;
  field: FieldDef;
  /** Spellings in match form (see `matchForm`). */
  spellings: string[];
  /** True for importer-only targets (the client name on child sheets). */
  linkOnly?: boolean;
}

const EXTRA_CLIENT_NAME_SPELLINGS = [
  "client name",
  "customer name",
  "client",
  "customer",
  "account name",
  "policyholder",
  "policy holder",
  "holder",
  "客户姓名",
  "客戶姓名",
  "客户名称",
  "客戶名稱",
  "客户",
  "客戶",
  "投保人",
  "要保人",
  "持有人",
  "所属客户",
  "所屬客戶",
  "客户名",
  "客戶名",
];

/** Folded, with spacing and punctuation removed: "E-mail:" and "email" compare equal. */
export function matchForm(text: string): string {
  return foldHeader(text).replace(/[\s\-_.·•:：*＊#'"`’‘“”()（）[\]【】、,，;；!?！？]/g, "");
}

function targetOf(field: FieldDef, linkOnly = false): FieldTarget {
  const spellings = [
    ...new Set(
      headerSpellings(field)
        .map(matchForm)
        .filter((s) => s !== "")
    ),
  ];
  return linkOnly
    ? { key: field.key, field, spellings, linkOnly }
    : { key: field.key, field, spellings };
}

/**
 * On sheets with no owner field of their own, the owner is the client: a policy's owner pays for it
 * (the insured may be a spouse), an account's owner holds it.
 */
const OWNER_IS_CLIENT: Partial<Record<SheetKey, readonly string[]>> = {
  Insurance: ["owner", "policy owner", "owner name"],
  Assets: ["owner", "account owner", "owner name"],
};

function clientNameTarget(sheet: SheetKey, own: readonly FieldTarget[]): FieldTarget {
  const taken = new Set(own.flatMap((t) => t.spellings));
  const clientName = sheetDef("Clients").fields.find((f) => f.key === "name") as FieldDef;
  const field: FieldDef = {
    key: CLIENT_NAME_KEY,
    type: "text",
    label: L("Client name", "客户名称", "客戶名稱"),
    aliases: [
      ...headerSpellings(clientName),
      ...EXTRA_CLIENT_NAME_SPELLINGS,
      ...(OWNER_IS_CLIENT[sheet] ?? []),
    ],
  };
  const target = targetOf(field, true);
  return { ...target, spellings: target.spellings.filter((s) => !taken.has(s)) };
}

/** Sheets whose rows belong to a client and may name it instead of giving its id. */
const LINKED_BY_NAME: ReadonlySet<SheetKey> = new Set([
  "Family",
  "Contacts",
  "Insurance",
  "Assets",
  "Tiers",
  "Complaints",
  "Visits",
]);

const targetCache = new Map<SheetKey, FieldTarget[]>();

/** The fields a column of this sheet may map to: every field a person types (not computed ones). */
export function targetsFor(sheet: SheetKey): FieldTarget[] {
  const cached = targetCache.get(sheet);
  if (cached) return cached;
  const own = sheetDef(sheet)
    .fields.filter((f) => !f.computed)
    .map((f) => targetOf(f));
  const targets = LINKED_BY_NAME.has(sheet) ? [...own, clientNameTarget(sheet, own)] : own;
  targetCache.set(sheet, targets);
  return targets;
}

function isCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

function charDice(a: string, b: string): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const ch of setA) if (setB.has(ch)) shared++;
  return (2 * shared) / (setA.size + setB.size);
}

/**
 * Confidence that header `h` names spelling `s` (both in match form). 1 for equality; fuzzy
 * scores stay below 0.9 so an exact alias always wins over a near one.
 */
export function spellingScore(h: string, s: string, fuzzy = true): number {
  if (h === "" || s === "") return 0;
  if (h === s) return 1;
  const [short, long] = h.length <= s.length ? [h, s] : [s, h];
  const cjk = isCjk(short);
  if (long.includes(short) && short.length >= (cjk ? 2 : 4))
    return 0.4 + 0.5 * (short.length / long.length);
  if (!fuzzy) return 0;
  if (cjk) {
    if (short.length < 3) return 0;
    const dice = charDice(h, s);
    return dice >= 0.75 ? 0.8 * dice : 0;
  }
  if (short.length < 5) return 0;
  const similarity = 1 - levenshtein(h, s) / long.length;
  return similarity >= 0.8 ? 0.85 * similarity : 0;
}

export interface TargetScore {
  target: FieldTarget;
  confidence: number;
  exact: boolean;
}

/** Every target of the sheet this header could name, best first (only those above zero). */
export function scoreHeader(
  header: string,
  targets: readonly FieldTarget[],
  fuzzy = true
): TargetScore[] {
  const h = matchForm(header);
  const out: TargetScore[] = [];
  for (const target of targets) {
    let best = 0;
    for (const s of target.spellings) {
      const score = spellingScore(h, s, fuzzy);
      if (score > best) best = score;
      if (best === 1) break;
    }
    if (best > 0) out.push({ target, confidence: round2(best), exact: best === 1 });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** In how many register sheets a spelling names a field: spellings shared by many sheets say less. */
const sheetsPerSpelling: Map<string, number> = (() => {
  const counts = new Map<string, number>();
  for (const sheet of SHEETS) {
    const spellings = new Set(
      targetsFor(sheet.key)
        .filter((t) => !t.linkOnly)
        .flatMap((t) => t.spellings)
    );
    for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
})();

/** How much a header that matches `spelling` tells about which sheet this is (1 = unique to one sheet). */
export function spellingWeight(spelling: string): number {
  return 1 / (sheetsPerSpelling.get(spelling) ?? 1);
}

/** Every header spelling of every sheet in match form: used to find header rows before the sheet is known. */
export const ALL_SPELLINGS: ReadonlySet<string> = new Set(sheetsPerSpelling.keys());

/** True when the text looks like a column header of some register sheet (exact or contained spelling). */
export function looksLikeHeader(text: string): boolean {
  const h = matchForm(text);
  if (h === "" || h.length > 24) return false;
  if (ALL_SPELLINGS.has(h)) return true;
  for (const s of ALL_SPELLINGS) {
    if (spellingScore(h, s, false) >= MAPPING_THRESHOLD) return true;
  }
  return false;
}
