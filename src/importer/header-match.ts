/**
 * How well a source header names a register field: exact spellings (after folding) score 1,
 * fuzzy matches (containment, edit distance, shared CJK characters) less.
 */
import { SHEETS, sheetDef } from "../register/sheets";
import { foldHeader, foldHeaderUncached, headerSpellings } from "../register/catalog";
import { CLIENT_REFERENCE_KEY, CLIENT_REFERENCE_LABEL } from "../register/fields";
import { GENERIC_NUMBER_HEADERS } from "../register/vocabulary/headers/common";
import { RECORD_PARTY_WORDS } from "../register/vocabulary/record-parties";
import {
  ROMANCE_CLIENTS_HEADERS,
  ROMANCE_COMMON_HEADERS,
  ROMANCE_INSURANCE_HEADERS,
} from "../register/vocabulary/headers/romance";
import {
  MALAY_CLIENTS_HEADERS,
  MALAY_COMMON_HEADERS,
  MALAY_INSURANCE_HEADERS,
} from "../register/vocabulary/headers/malay";
import type { FieldDef, SheetKey } from "../register/types";
import { withoutFillNotes } from "./fill-notes";
import { expandedHeader, headerWords, standsOnWords, wordBoundaries } from "./header-words";

/** Importer-only target on child sheets: the client's name, used to link the row to its client. */
export const CLIENT_NAME_KEY = CLIENT_REFERENCE_KEY;

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

/** A survey question's number: "1、", "2.", "Q3:", "（4）", "第5题". */
const QUESTION_NUMBER =
  /^\s*(?:[QqＱ]\s*\d{1,3}\s*[.、．:：)）]|第\s*\d{1,3}\s*[题題]\s*[.、．:：]?|\d{1,3}\s*[、．]|\d{1,3}\s*[.)）](?!\d)|[（(]\s*\d{1,3}\s*[)）])\s*/;
/** How a question addresses the one answering: 您的, 请问您目前的, 请填写, "What is your", "Your". */
const QUESTION_ADDRESS =
  /^(?:(?:请问|請問|请填写|請填寫|请输入|請輸入|请选择|請選擇|请留下|請留下)\s*(?:(?:您|你)(?:目前|现在|現在|当前|當前)?的?)?|(?:您|你)(?:目前|现在|現在|当前|當前)?的?(?=[\u3400-\u9fff]{2})|(?:what(?:'s|’s| is) |please (?:enter|give|provide) )?your (?=\w))/i;
/** A question's tail: "大约是：", "为？", "（多选）". */
const QUESTION_TAIL =
  /\s*(?:[（(]\s*(?:可?多选|多選|单选|單選|必填|选填|選填|multiple choice|optional|required)\s*[)）])?\s*(?:(?:大约|大約|大概|约|約)?(?:是|为|為))?\s*[:：?？]?\s*$/i;

/**
 * A survey export heads each column with its question ("1、您的姓名：", "Q2. What is your email?"):
 * the question names the field once its number, its address to the reader and its tail are gone.
 */
export function questionless(text: string): string {
  const numbered = text.replace(QUESTION_NUMBER, "");
  const addressed = numbered.replace(QUESTION_ADDRESS, "");
  if (addressed === text || addressed.trim() === "") return text;
  const bare = addressed.replace(QUESTION_TAIL, "");
  return bare.trim() === "" ? addressed : bare;
}

/** A question's closing marks and choice note: "？", "：", "（多选）", "(optional)". */
const QUESTION_END =
  /(?:\s*[（(]\s*(?:可?多选|多選|单选|單選|必填|选填|選填|multiple choice|optional|required)\s*[)）])?[\s:：?？.。]*$/i;

/**
 * The words a person writes before a survey answer in a note: the question without its number
 * and its closing marks ("5、您对我们的服务是否满意？" → 您对我们的服务是否满意). A header that is
 * not a numbered question is returned as it is.
 */
export function questionLabel(text: string): string {
  const numbered = text.replace(QUESTION_NUMBER, "");
  if (numbered === text) return text;
  const bare = numbered.replace(QUESTION_END, "").trim();
  return bare === "" ? text : bare;
}

const MATCH_PUNCTUATION = /[\s\-_.·•:：*＊#'"`’‘“”()（）[\]【】、,，;；!?！？]/g;

/**
 * What a header says the column is: without a survey question's number and address, and without
 * a template's notes on how to fill it (姓名(必填), 开卡时间(格式：YYYY-mm-dd)).
 */
function headerCore(text: string): string {
  return questionless(withoutFillNotes(text));
}

/** Folded, with spacing and punctuation removed: "E-mail:" and "email" compare equal. */
export function matchForm(text: string): string {
  return foldHeader(headerCore(text)).replace(MATCH_PUNCTUATION, "");
}

/** `matchForm` of a text folded once (a data cell), past the fold cache (see foldHeaderUncached). */
export function matchFormUncached(text: string): string {
  return foldHeaderUncached(questionless(text)).replace(MATCH_PUNCTUATION, "");
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
  Insurance: ["owner", "policy owner", "owner name", "所有人", "保单所有人", "所有人姓名"],
  Assets: [
    "owner",
    "account owner",
    "owner name",
    "所有人",
    "账户所有人",
    "资产所有人",
    "所有人姓名",
  ],
};

function clientNameTarget(sheet: SheetKey, own: readonly FieldTarget[]): FieldTarget {
  const taken = new Set(own.flatMap((t) => t.spellings));
  const clientName = sheetDef("Clients").fields.find((f) => f.key === "name") as FieldDef;
  const field: FieldDef = {
    key: CLIENT_NAME_KEY,
    type: "text",
    label: CLIENT_REFERENCE_LABEL,
    aliases: [
      ...headerSpellings(clientName),
      ...EXTRA_CLIENT_NAME_SPELLINGS,
      // The party a record is about (a complaint's complainant, a call's caller, a loan's
      // borrower) is the record's client.
      ...RECORD_PARTY_WORDS.party,
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

/**
 * The fields a column of this sheet may map to: every field a person types, and the computed ones
 * a source may give itself (a complaint's own due day), never those only a formula fills.
 */
export function targetsFor(sheet: SheetKey): FieldTarget[] {
  const cached = targetCache.get(sheet);
  if (cached) return cached;
  const own = sheetDef(sheet)
    .fields.filter((f) => !f.computed || f.givenBySource)
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

/** Distinct characters of the texts compared most: spellings, and the header being read. */
const charSets = new Map<string, Set<string>>();
function charSet(text: string): Set<string> {
  let set = charSets.get(text);
  if (!set) {
    if (charSets.size > 20_000) charSets.clear();
    set = new Set(text);
    charSets.set(text, set);
  }
  return set;
}

function charDice(a: string, b: string): number {
  const setA = charSet(a);
  const setB = charSet(b);
  let shared = 0;
  for (const ch of setA) if (setB.has(ch)) shared++;
  return (2 * shared) / (setA.size + setB.size);
}

/**
 * Characters (or a document's word) that turn a header into its opposite or another thing: 起保日期
 * and 终保日期 share three of four.
 */
const OPPOSITES: readonly [string, string][] = [
  ["起", "终"],
  ["始", "终"],
  ["开", "结"],
  ["首", "末"],
  ["收", "付"],
  ["借", "贷"],
  ["买", "卖"],
  ["上", "下"],
  ["生", "失"],
  // An order's number is no policy's: 订单号码 and 保单号码 share three of four characters.
  ["订单", "保单"],
];
/** Characters that mark an end (终保, 截止, 失效, 到期): a header with one names an end, never a start. */
const END_MARKS = /[终止失截]|到期|满期|届满/;
/**
 * Words that mark an end in a header's match form (spaces gone): "Contract End Date", "Expiry",
 * "Renewal date", "Valid until", "Maturity". "Contract End Date" is no "Contract date" (a start).
 * "end" counts only at the start or after what ends (a contract, a policy, a term), so Spend and
 * Attendees are no ends.
 */
const END_WORDS =
  /(?:^|contract|policy|term|period|cover|coverage|plan|service|agreement|lease|subscription|membership)end|expir|maturit|renew|until|terminat/;

/** True when a header (in match form) names an end: 到期日, 终保日期, "Contract End", "Expiry". */
export function namesAnEnd(text: string): boolean {
  return END_MARKS.test(text) || END_WORDS.test(text);
}

/** True when only one of two headers names an end. */
function oneNamesAnEnd(a: string, b: string): boolean {
  return END_MARKS.test(a) !== END_MARKS.test(b) || END_WORDS.test(a) !== END_WORDS.test(b);
}

/** True when the texts differ by an opposite character, or only one of them names an end. */
function opposite(a: string, b: string): boolean {
  if (oneNamesAnEnd(a, b)) return true;
  return OPPOSITES.some(
    ([x, y]) =>
      (a.includes(x) && b.includes(y) && !a.includes(y) && !b.includes(x)) ||
      (a.includes(y) && b.includes(x) && !a.includes(x) && !b.includes(y))
  );
}

/**
 * Confidence that header `h` names spelling `s` (both in match form). 1 for equality; fuzzy
 * scores stay below 0.9 so an exact alias always wins over a near one.
 */
export function spellingScore(h: string, s: string, fuzzy = true): number {
  comparisons++;
  if (h === "" || s === "") return 0;
  if (h === s) return 1;
  // A document's number of no named kind (单号, Doc No) is not the policy's, the claim's or the
  // ticket's whose spellings hold it: only the rest of those spellings names the kind.
  if (genericNumbers().has(h)) return 0;
  const [short, long] = h.length <= s.length ? [h, s] : [s, h];
  const cjk = isCjk(short);
  // A French, Spanish, Portuguese, Indonesian or Malay spelling names a header holding it (Teléfono celular, Nom du
  // client) and no other: an English header inside it or spelt a letter apart is another word
  // ("Total" is no prima total, "Direction" no dirección, "Social" no razón social).
  const foreign = foreignSpellings().has(s);
  if (foreign && long === s) return 0;
  if (long.includes(short) && short.length >= (cjk ? 2 : 4)) {
    // A header inside a spelling that names an end ("Due date" in "renewal due date", 日期 in
    // 到期日期) does not say it is an end: a premium's due date is no expiry.
    if (long === s && namesAnEnd(s) && !namesAnEnd(h)) return 0;
    return 0.4 + 0.5 * (short.length / long.length);
  }
  if (!fuzzy || foreign) return 0;
  if (cjk) {
    if (short.length < 3 || opposite(h, s)) return 0;
    const dice = charDice(h, s);
    return dice >= 0.75 ? 0.8 * dice : 0;
  }
  if (short.length < 5 || oneNamesAnEnd(h, s)) return 0;
  const similarity = 1 - levenshtein(h, s) / long.length;
  return similarity >= 0.8 ? 0.85 * similarity : 0;
}

let foreignForms: Set<string> | null = null;
/**
 * The French, Spanish, Portuguese, Indonesian and Malay header spellings in match form
 * (vocabulary/headers/romance and malay).
 */
function foreignSpellings(): Set<string> {
  foreignForms ??= new Set(
    [
      ROMANCE_COMMON_HEADERS,
      ROMANCE_CLIENTS_HEADERS,
      ROMANCE_INSURANCE_HEADERS,
      MALAY_COMMON_HEADERS,
      MALAY_CLIENTS_HEADERS,
      MALAY_INSURANCE_HEADERS,
    ]
      .flatMap((table) => Object.values(table).flat())
      .map(matchForm)
  );
  return foreignForms;
}

let genericForms: Set<string> | null = null;
function genericNumbers(): Set<string> {
  genericForms ??= new Set(GENERIC_NUMBER_HEADERS.map(matchForm));
  return genericForms;
}

let comparisons = 0;
/** How many header/spelling pairs have been scored so far: the work header matching does. */
export function spellingComparisons(): number {
  return comparisons;
}

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * The spellings a header may match, found without scoring it against every spelling: a wide
 * sheet's header row has thousands of texts and the register has thousands of spellings.
 * `candidates` returns a superset of the spellings `spellingScore` gives more than zero
 * (equality; one containing the other; shared CJK characters; a small edit distance), which the
 * caller then scores exactly.
 */
export class SpellingIndex {
  readonly spellings: readonly string[];
  private readonly ids = new Map<string, number>();
  /** Every substring (two characters or more) of every spelling → the spellings holding it. */
  private readonly bySubstring = new Map<string, number[]>();
  private readonly byChar = new Map<string, number[]>();
  /** The same for the spellings holding a CJK character: the only ones a Latin header is compared with by characters. */
  private readonly byCharCjk = new Map<string, number[]>();
  private readonly byBigram = new Map<string, number[]>();
  private readonly byLength: number[][] = [];
  private readonly charCounts: number[] = [];
  private readonly bigramSets: Set<string>[] = [];
  private readonly longest: number;

  constructor(spellings: Iterable<string>) {
    this.spellings = [...new Set(spellings)].filter((s) => s !== "");
    this.longest = Math.max(0, ...this.spellings.map((s) => s.length));
    this.spellings.forEach((s, id) => {
      this.ids.set(s, id);
      const substrings = new Set<string>();
      for (let i = 0; i < s.length; i++)
        for (let j = i + 2; j <= s.length; j++) substrings.add(s.slice(i, j));
      for (const sub of substrings) push(this.bySubstring, sub, id);
      const chars = charSet(s);
      for (const ch of chars) push(this.byChar, ch, id);
      if (isCjk(s)) for (const ch of chars) push(this.byCharCjk, ch, id);
      this.charCounts[id] = chars.size;
      const grams = bigrams(s);
      for (const g of grams) push(this.byBigram, g, id);
      this.bigramSets[id] = grams;
      (this.byLength[s.length] ??= []).push(id);
    });
  }

  has(h: string): boolean {
    return this.ids.has(h);
  }

  /** Ids of the spellings that may score above zero against `h` (match form). */
  candidates(h: string, fuzzy = true): number[] {
    const out = new Set<number>();
    const exact = this.ids.get(h);
    if (exact !== undefined) out.add(exact);
    // The header inside a spelling, and spellings inside the header.
    for (const id of this.bySubstring.get(h) ?? []) out.add(id);
    for (let i = 0; i < h.length; i++)
      for (let j = i + 2; j <= Math.min(h.length, i + this.longest); j++) {
        const id = this.ids.get(h.slice(i, j));
        if (id !== undefined) out.add(id);
      }
    if (!fuzzy || h.length < 3) return [...out];
    // Shared characters: the Dice coefficient of the CJK comparison (made when the shorter text
    // holds a CJK character), counted from the index.
    const chars = charSet(h);
    const byChar = isCjk(h) ? this.byChar : this.byCharCjk;
    const shared = new Map<number, number>();
    for (const ch of chars)
      for (const id of byChar.get(ch) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    for (const [id, n] of shared)
      if ((2 * n) / (chars.size + this.charCounts[id]) >= 0.75) out.add(id);
    if (h.length < 5) return [...out];
    // An edit distance within a fifth of the longer text: each edit loses at most two of the
    // header's distinct bigrams, and the lengths differ by at most the distance.
    const maxLength = Math.floor(h.length / 0.8) + 1;
    const minLength = Math.max(5, Math.ceil(h.length * 0.8) - 1);
    const edits = Math.floor(0.2 * maxLength) + 1;
    const grams = bigrams(h);
    const need = grams.size - 2 * edits;
    if (need <= 0) {
      for (let len = minLength; len <= Math.min(maxLength, this.longest); len++)
        for (const id of this.byLength[len] ?? []) out.add(id);
      return [...out];
    }
    // A spelling sharing `need` of the header's bigrams shares one of any `size - need + 1` of
    // them: look only at the rarest.
    const rarest = [...grams]
      .map((g) => this.byBigram.get(g) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, grams.size - need + 1);
    for (const list of rarest)
      for (const id of list) {
        const len = this.spellings[id].length;
        if (out.has(id) || len < minLength || len > maxLength) continue;
        let common = 0;
        for (const g of this.bigramSets[id]) if (grams.has(g)) common++;
        if (common >= need) out.add(id);
      }
    return [...out];
  }

  private readonly memo = new Map<string, Array<[string, number]>>();

  /** Every spelling scoring above zero against `h` (match form), with its score. */
  scores(h: string, fuzzy = true): Array<[spelling: string, score: number]> {
    const key = `${fuzzy ? 1 : 0}${h}`;
    const known = this.memo.get(key);
    if (known) return known;
    if (this.memo.size > 20_000) this.memo.clear();
    const out: Array<[string, number]> = [];
    for (const id of this.candidates(h, fuzzy)) {
      const s = this.spellings[id];
      const score = spellingScore(h, s, fuzzy);
      if (score > 0) out.push([s, score]);
    }
    this.memo.set(key, out);
    return out;
  }
}

/** A header's match form and where its words stand in it (see `standsOnWords`). */
function readingOf(text: string): { form: string; bounds: Set<number> | null } {
  const form = matchForm(text);
  const words = headerWords(headerCore(text))
    .map((w) => matchForm(w))
    .filter((w) => w !== "");
  return { form, bounds: wordBoundaries(words, form) };
}

/** How much a reading through spelt-out abbreviations counts against the header as written. */
const EXPANDED_WEIGHT = 0.7;

/**
 * Every spelling of the index a header may name, with its score: the header as written, where a
 * Latin spelling must stand on the header's words ("action" is not in transaction_type), and the
 * header with a program's prefix dropped and its abbreviations spelt out (txtCustAddr reads
 * "customer address"), a little below an exact match. The best score per spelling.
 */
export function headerScores(
  index: SpellingIndex,
  header: string,
  fuzzy = true
): Array<[spelling: string, score: number]> {
  const plain = readingOf(header);
  const best = new Map<string, number>();
  for (const [s, score] of index.scores(plain.form, fuzzy))
    if (standsOnWords(plain.bounds, plain.form, s)) best.set(s, score);
  const expanded = expandedHeader(headerCore(header));
  if (expanded !== null) {
    const long = readingOf(expanded);
    if (long.form !== plain.form)
      for (const [s, score] of index.scores(long.form, fuzzy)) {
        if (!standsOnWords(long.bounds, long.form, s)) continue;
        const capped = score * EXPANDED_WEIGHT;
        if (capped > (best.get(s) ?? 0)) best.set(s, capped);
      }
  }
  return [...best];
}

const targetIndexes = new WeakMap<
  readonly FieldTarget[],
  { index: SpellingIndex; owners: Map<string, FieldTarget[]> }
>();
function targetIndex(targets: readonly FieldTarget[]) {
  let known = targetIndexes.get(targets);
  if (!known) {
    const owners = new Map<string, FieldTarget[]>();
    for (const target of targets)
      for (const s of target.spellings) {
        const list = owners.get(s) ?? [];
        list.push(target);
        owners.set(s, list);
      }
    known = { index: new SpellingIndex(owners.keys()), owners };
    targetIndexes.set(targets, known);
  }
  return known;
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
  const { index, owners } = targetIndex(targets);
  const best = new Map<FieldTarget, number>();
  const modifier = ORGANISATION_MODIFIER.test(h);
  for (const [s, score] of headerScores(index, header, fuzzy)) {
    // 公司 is what 公司地址 and 公司名称 qualify, not an address or a name by itself.
    if (modifier && s !== h && s.startsWith(h)) continue;
    for (const target of owners.get(s) ?? [])
      if (score > (best.get(target) ?? 0)) best.set(target, score);
  }
  const out: TargetScore[] = [];
  for (const target of targets) {
    const score = best.get(target);
    if (score !== undefined) out.push({ target, confidence: round2(score), exact: score === 1 });
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}

/**
 * A header that is only an organisation word (公司, 企业, 单位, 工作单位): the front of spellings
 * such as 公司地址 or 企业名称, where it qualifies the head word, never that field alone.
 */
const ORGANISATION_MODIFIER =
  /^(?:公司|企业|单位|机构|工作单位|任职单位|所在单位|所在公司|服务单位|company|organi[sz]ation|employer)$/;

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * The fields whose headers say which sheet a table is: its own typed fields. A due day a source may
 * give (Due Date, 到期日) is mapped when the sheet is known but says nothing of which sheet it is.
 */
export function recognisingTargets(sheet: SheetKey): FieldTarget[] {
  return targetsFor(sheet).filter((t) => !t.linkOnly && !t.field.computed);
}

/** In how many register sheets a spelling names a field: spellings shared by many sheets say less. */
const sheetsPerSpelling: Map<string, number> = (() => {
  const counts = new Map<string, number>();
  for (const sheet of SHEETS) {
    const spellings = new Set(recognisingTargets(sheet.key).flatMap((t) => t.spellings));
    for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
})();

/** How much a header that matches `spelling` tells about which sheet this is (1 = unique to one sheet). */
export function spellingWeight(spelling: string): number {
  return 1 / (sheetsPerSpelling.get(spelling) ?? 1);
}

/** True when every register sheet has a field spelled so (the client's number). */
export function onEverySheet(spelling: string): boolean {
  return (sheetsPerSpelling.get(spelling) ?? 0) >= SHEETS.length;
}

/** Every header spelling of every sheet in match form: used to find header rows before the sheet is known. */
export const ALL_SPELLINGS: ReadonlySet<string> = new Set(sheetsPerSpelling.keys());

let everySpelling: SpellingIndex | null = null;
/** The index of every header spelling of every sheet, built on first use. */
export function allSpellingsIndex(): SpellingIndex {
  everySpelling ??= new SpellingIndex(ALL_SPELLINGS);
  return everySpelling;
}

/** True when the text is written as one of the register's header spellings (Customer Name, 手机号). */
export function isHeaderSpelling(text: string): boolean {
  return ALL_SPELLINGS.has(matchForm(text));
}

/** True when the text looks like a column header of some register sheet (exact or contained spelling). */
export function looksLikeHeader(text: string): boolean {
  const h = matchForm(text);
  if (h === "" || h.length > 24) return false;
  if (ALL_SPELLINGS.has(h)) return true;
  return headerScores(allSpellingsIndex(), text, false).some(
    ([, score]) => score >= MAPPING_THRESHOLD
  );
}
