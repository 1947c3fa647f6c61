/** Maps each source column to a register field, with a confidence, a unit and a few sample values. */
import { expandedHeader, isPlaceholderHeader } from "./header-words";
import { actualOverPlan } from "./plan-actual";
import {
  ABBREVIATED_STATE,
  addressPartOfHeader,
  namesWholeAddress,
  withoutAddressPartsList,
  isRegisteredAddressGroup,
  type AddressPart,
} from "./address-parts";
import { datePartOfHeader, holdsDatePart, partNumber, type DatePart } from "./date-parts";
import { renderMessage, type MessageCode } from "../register/messages";
import {
  foldHeader,
  headerNamesPeriod,
  headerSpellings,
  isAlternateNameHeader,
  isGenderHeader,
  namesNetPremium,
  namesTermInDaysOrMonths,
  namesPriorYears,
  namesStartOrIssue,
  namesBookkeepingDate,
  namesDueDay,
  namesActualDay,
  statusAnsweredBy,
  namesSex,
  yieldingSpellings,
} from "../register/catalog";
import { SHEETS, sheetDef } from "../register/sheets";
import {
  LEAD_TEMPERATURE_HEADER_WORDS,
  LEAD_TEMPERATURE_WORDS,
} from "../register/vocabulary/values";
import { OWN_UNIT_HEADER_WORDS, SUBJECT_QUALIFIER_WORDS } from "../register/vocabulary/relatives";
import { INSURER_NAME_WORDS, MOBILE_HEADER_WORDS } from "../register/vocabulary/record-parties";
import { NAME_HONORIFICS, NAME_TITLES } from "../register/vocabulary/person-names";
import { NAME_PART_HEADERS } from "../register/vocabulary/headers/clients";
import { LANGS, type FieldDef, type SheetKey } from "../register/types";
import type { HeaderColumn } from "./detect-table";
import { cellText, columnLetter, isBlankCell, isErrorCell } from "./grid";
import { looksLikePersonName } from "./person-name";
import {
  ALL_SPELLINGS,
  CLIENT_NAME_KEY,
  matchForm,
  namesAnEnd,
  questionLabel,
  spellingWeight,
  MAPPING_THRESHOLD,
  scoreHeader,
  targetsFor,
  round2,
  type FieldTarget,
} from "./header-match";
import { headerlessDateField } from "./headerless-dates";
import { sheetIssue } from "./sheet-issue";
import { entityOfHeader } from "./entity-header";
import { namesAnotherPersonsDetail, relativeColumns } from "./family-columns";
import { numberedGroups } from "./numbered-groups";
import { headerOrdinal } from "./header-ordinal";
import { repeatsOnlyWithItsName, valueCoverage } from "./own-number";
import { heldPolicyColumns } from "./held-policies";
import { standsAbove } from "./superior-column";
import { namesRole } from "./contact-party";
import { contactDateRole, reviewDateColumns } from "./review-date-columns";
import { tierColumn, tierOfCell } from "./tier-column";
import { clientContactColumns, type ContactColumn } from "./contact-columns";
import {
  dateShare,
  maskedNumberShare,
  roundedNumberShare,
  profileColumn,
  timeOfDayShare,
  valueFit,
  vocabularyHits,
  zeroShare,
  type ColumnProfile,
} from "./profile";
import {
  isBareNumberHeader,
  namesKeepersNumber,
  namesSecondParty,
  namesSomeoneInCharge,
  namesSystemUser,
  namesHeadOfOrganisation,
  ownerOfSubject,
  readHeader,
  type HeaderReading,
} from "./subject";
import {
  enumChoices,
  isWebLink,
  normaliseKey,
  parseEnum,
  parseHeaderUnit,
  parseIdNumber,
  parseYesNo,
  stripHeaderUnit,
  writtenUnit,
} from "./normalize";
import { isEmptyMark } from "./normalize/cell";
import { namesNoOne } from "./no-one-values";
import type { CodedReason, ColumnMapping, ImportIssue, SourceCell } from "./types";
import {
  dashedCodes,
  isPartyKey,
  NAME_LENGTH,
  namesAThing,
  ownHeader,
  subjectByValues,
} from "./value-subject";

/** The words after a deal entity that name the deal itself ("Deal - Title", 商机名称). */
const DEAL_NAME_WORDS = /^(?:title|name|subject|名称|名稱|标题|標題|主题|主題)$/i;

const SAMPLE_COUNT = 3;
/** Headers of a running-number column: it numbers the source rows and holds no client data. */
const ROW_NUMBER_HEADERS = new Set([
  "序号",
  "序號",
  "no",
  "#",
  "sn",
  "nr",
  "行号",
  "行號",
  "item",
  "seq",
  "序",
]);
/** The override value that leaves a column unmapped. */
export const UNMAPPED = "-";

export interface ColumnInput {
  header: HeaderColumn;
  /** The column's values in the data rows, top to bottom. */
  values: readonly SourceCell[];
  /** The values' profile, when the caller built it while reading; else built from `values`. */
  profile?: ColumnProfile;
  /**
   * Data rows below a value that a range merged down the column covers (a name written once over
   * its group of rows): they read as that value, though `values` holds them blank.
   */
  mergedRows?: number;
  /**
   * The rows are people taken as the clients (a contact export naming no party they belong to):
   * a header naming the contact (Contact Id, Contact Name) names the row's own client.
   */
  contactIsClient?: boolean;
  /**
   * The rows are firms and this column names the one person to ask for at each (a list of firms
   * with their person in charge read as the clients): the client's main contact, whatever the
   * header says of sides.
   */
  firmContact?: boolean;
}

export interface ColumnMapInput {
  sheetName: string;
  registerSheet: SheetKey;
  columns: readonly ColumnInput[];
  /** Caller overrides for this sheet: header text → field key, or "-" for none. */
  overrides: ReadonlyMap<string, string>;
  /**
   * What a person chose for this layout at an earlier import (the register remembers it), in the
   * same form; `overrides` win over it.
   */
  remembered?: ReadonlyMap<string, string>;
}

export interface ColumnMapResult {
  columns: ColumnMapping[];
  issues: ImportIssue[];
}

export function columnLabel(letter: string, header: string): string {
  return header ? `${letter} (${header})` : letter;
}

function samplesOf(values: readonly SourceCell[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (isBlankCell(v)) continue;
    out.push(cellText(v));
    if (out.length >= SAMPLE_COUNT) break;
  }
  return out;
}

function isRowNumberColumn(column: ColumnInput): boolean {
  if (!column.header.candidates.some((c) => ROW_NUMBER_HEADERS.has(matchForm(c)))) return false;
  // Increasing whole numbers; a few labels (合计, a section title) may sit in the column too.
  let previous = 0;
  let numbers = 0;
  let labels = 0;
  for (const v of column.values) {
    if (isBlankCell(v)) continue;
    const n =
      typeof v === "number" ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(n) && typeof v === "string") {
      labels++;
      continue;
    }
    if (!Number.isInteger(n) || n <= previous) return false;
    previous = n;
    numbers++;
  }
  return numbers > 0 && labels <= numbers;
}

/** "Account Name.id", "Account Name ID", "Owner Name_id": a name header, then a separator and "id". */
const RECORD_KEY_HEADER = /^(.*\S)\s*[._\-:]?\s*id$/i;
const NAME_WORD = /name|名称|名稱|姓名|名字/i;

/**
 * A CRM's lookup column names a record and exports its key beside it under the same header plus
 * ".id" (Zoho's "Account Name" and "Account Name.id" holding zcrm_4876876000000412345): the key is
 * the exporting system's, not a register id, so the column is left to notes and the rows link by
 * the name a person reads. The header of the named column, or null for any other column.
 */
function recordKeyOf(column: ColumnInput, columns: readonly ColumnInput[]): string | null {
  const m = RECORD_KEY_HEADER.exec(column.header.text.trim());
  if (!m || !NAME_WORD.test(m[1])) return null;
  const named = matchForm(m[1]);
  const other = columns.find((c) => c !== column && matchForm(c.header.text) === named);
  return other ? other.header.text.trim() : null;
}

function overrideFor(
  column: ColumnInput,
  overrides: ReadonlyMap<string, string>
): string | undefined {
  for (const text of [column.header.text, ...column.header.candidates]) {
    const hit = overrides.get(matchForm(text));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The field key an override names. Keys are what `--map` documents, but a person reading the
 * register in Chinese knows its fields by their labels (电话, 客戶名稱): a label in any language,
 * or a header spelling only one of the sheet's fields has, names that field too. Words with a
 * meaning of their own on records (client, owner) are left as written.
 */
function overrideKey(written: string, sheet: SheetKey, targets: readonly FieldTarget[]): string {
  const text = written.trim();
  if (text === UNMAPPED || targets.some((t) => t.key === text)) return text;
  const lower = text.toLowerCase();
  if (CLIENT_WORDS_OF_OVERRIDE.has(lower) || CLIENT_FIELDS_OF_RECORDS.has(lower)) return lower;
  const form = matchForm(text);
  const one = (found: readonly FieldTarget[]) => (found.length === 1 ? found[0].key : undefined);
  const clients = sheetDef("Clients").fields.filter((f) => CLIENT_FIELDS_OF_RECORDS.has(f.key));
  return (
    one(targets.filter((t) => t.key.toLowerCase() === lower)) ??
    one(targets.filter((t) => LANGS.some((l) => matchForm(t.field.label[l]) === form))) ??
    one(targets.filter((t) => t.spellings.includes(form))) ??
    (RECORD_SHEETS.has(sheet)
      ? clients.find((f) => LANGS.some((l) => matchForm(f.label[l]) === form))?.key
      : undefined) ??
    text
  );
}

function unitOf(column: ColumnInput): ReturnType<typeof parseHeaderUnit> {
  for (const text of [...column.header.candidates, column.header.text]) {
    const unit = parseHeaderUnit(text);
    if (unit) return unit;
  }
  return null;
}

interface Candidate {
  column: number;
  target: FieldTarget;
  confidence: number;
  /** Ordering weight: the confidence, plus a bonus when the header names the row's subject. */
  rank: number;
  evidence: CodedReason[];
  /** The header read without the number or word ranking its column (Phone1, 2nd Phone). */
  ranked?: boolean;
  /** The header as written names the field closely (its spelling, or it ends with one). */
  plain?: boolean;
}

function why(code: MessageCode, params: CodedReason["params"] = {}): CodedReason {
  return { code, params };
}

function english(reason: CodedReason): string {
  return renderMessage(reason.code, reason.params, "en") ?? reason.code;
}

/** Sets a mapping's witnesses: coded for the register's language, and in English words. */
export function setEvidence(mapping: ColumnMapping, reasons: CodedReason[]): void {
  mapping.reasons = reasons;
  mapping.evidence = reasons.map(english);
}

function addEvidence(mapping: ColumnMapping, reason: CodedReason): void {
  setEvidence(mapping, [...(mapping.reasons ?? []), reason]);
}

/** Header confidence below which a header alone is no witness; values may still lift it. */
const HEADER_FLOOR = 0.45;
/** A header this close to a client number's spelling (用户号码 in 投诉用户号码) names it. */
const CLIENT_NUMBER_HEADER = 0.85;
/** How much the values may move a header's confidence up, and down. */
const VALUE_LIFT = 0.15;
const VALUE_DROP = 0.5;
/**
 * The fit of a client-number column on a sheet of records: its values repeating (each client on
 * several rows) is what a client's key does there, so only other shapes (dates, e-mails, phones,
 * names, prose) count against it.
 */
function repeatedClientKeyFit(profile: ColumnProfile, fit: number): number {
  if (fit >= 0 || fit <= -1 || profile.distinctRatio >= 0.9) return fit;
  const words = profile.personName > 0.5 || profile.company > 0.3 || profile.meanLength > 24;
  return words ? fit : 0.3;
}

const INSURER_WORDS: readonly string[] = INSURER_NAME_WORDS.insurer.map((w) => matchForm(w));

/** Most of a column's values (60 %) name insurers: an insurer word in each. */
function insurerNames(profile: ColumnProfile): boolean {
  if (profile.filled < 2 || profile.text < 0.6) return false;
  let hits = 0;
  let seen = 0;
  for (const [value, count] of profile.values) {
    seen += count;
    const folded = matchForm(value);
    if (INSURER_WORDS.some((w) => folded.includes(w))) hits += count;
  }
  return seen > 0 && hits >= seen * 0.6;
}

/** Fewer sampled values than this say too little to contradict a header. */
const MIN_VALUES_TO_CONTRADICT = 5;
/** A name column where each value covers this many rows on average names people attached, not subjects. */
const OWNER_REPEAT = 3;
/** How far an empty column's candidates fall behind those of filled columns. */
const EMPTY_COLUMN_RANK = 2;
/** Why a column fell behind another of the field's: said on the column left in notes. */
const OUTRANKED_CODES: ReadonlySet<string> = new Set<MessageCode>([
  "map.why.alternate-name",
  "map.why.net-premium",
]);
/** How far a net premium (net_written_premium, 净保费) falls behind a gross or plain one. */
const NET_PREMIUM_RANK = 0.3;
/** A money column this much zero comes after a column of the same field holding amounts. */
const ZERO_SHARE = 0.6;
const ZEROS_RANK = 0.05;
/** How far a name spelt another way (English Name, 英文名称) falls behind a plainer name column. */
const ALTERNATE_NAME_RANK = 0.3;
/** Fields that identify the row's subject: only a header naming the subject may feed them. */
const SUBJECT_NAME_KEYS = new Set([CLIENT_NAME_KEY, "prospect"]);
/** Fields naming whom a row is about by name: their values must be able to name someone. */
const NO_ONE_KEYS: ReadonlySet<string> = new Set([
  "name",
  CLIENT_NAME_KEY,
  "prospect",
  "policyholder",
  "insured",
]);

/** True for the fields that name or number the row's subject on this sheet (a contact is the subject of Contacts). */
function isSubjectField(key: string, sheet: SheetKey): boolean {
  if (key === "name") return sheet === "Clients";
  return SUBJECT_NAME_KEYS.has(key) || (key === "clientId" && sheet !== "Contacts");
}

/** Exact header spellings of every field of every register sheet: "marital status" names married. */
let spellingOwners: Map<string, Set<string>> | null = null;
function sheetsSpelling(h: string): Set<string> | undefined {
  if (!spellingOwners) {
    spellingOwners = new Map();
    for (const sheet of SHEETS) {
      for (const target of targetsFor(sheet.key)) {
        if (target.linkOnly) continue;
        for (const sp of target.spellings) {
          const set = spellingOwners.get(sp) ?? new Set<string>();
          set.add(`${sheet.key}.${target.key}`);
          spellingOwners.set(sp, set);
        }
      }
    }
  }
  return spellingOwners.get(h);
}

/** Latin word stems of a header: "Resolution_Date" → resol, date. */
function stems(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 2)
    .map((w) => w.slice(0, 5));
}

const stemCache = new WeakMap<FieldTarget, string[][]>();
function targetStems(target: FieldTarget): string[][] {
  let list = stemCache.get(target);
  if (!list) {
    list = headerSpellings(target.field)
      .map(stems)
      .filter((st) => st.length >= 2);
    stemCache.set(target, list);
  }
  return list;
}

interface HeaderHit {
  confidence: number;
  spelling: string;
  note?: CodedReason;
  /** Read without the number or word ranking the column among several of its field (Phone1). */
  ranked?: boolean;
}

const QUALIFIED = /^(.+?)\s*[(（[【]\s*([^()（）[\]【】]+?)\s*[)）\]】]\s*$/;
const SUBJECT_QUALIFIERS = new Set(SUBJECT_QUALIFIER_WORDS.subject.map((w) => matchForm(w)));

/** "DOB (Primary)" → "DOB": a header whose bracketed qualifier names the row's own subject. */
export function withoutSubjectQualifier(header: string): string | null {
  const m = QUALIFIED.exec(header.normalize("NFKC").trim());
  if (!m || !SUBJECT_QUALIFIERS.has(matchForm(m[2]))) return null;
  return m[1].trim();
}

const OWN_UNITS = OWN_UNIT_HEADER_WORDS.ownUnit.map((w) => matchForm(w));

/** 所属支行, 營業部, "Branch": a header naming a unit of the organisation keeping the list. */
export function namesOwnUnit(header: string): boolean {
  const h = matchForm(header);
  return OWN_UNITS.some((w) =>
    /^[a-z]+$/.test(w) ? h.startsWith(w) || h.endsWith(w) : h.includes(w)
  );
}

/**
 * How much a header read without its rank counts against one naming the field plainly: the first
 * column of a field (Phone1, Primary Phone) a little less, never exactly the field's name; a
 * later one (Phone 2, Other Email) less again.
 */
const FIRST_COLUMN_WEIGHT = 0.98;
/** How far a header read without its rank stands behind one closely naming the field as written. */
const RANKED_HEADER_RANK = 0.7;
/**
 * A header naming its field closely as written: a spelling of it, or ending with one (總保險金額
 * over 保額), above what a mere resemblance scores.
 */
const CLOSE_HEADER = 0.92;
const LATER_COLUMN_WEIGHT = 0.9;

function headerCandidates(
  column: ColumnInput,
  targets: readonly FieldTarget[],
  sheet: SheetKey
): Map<string, HeaderHit> {
  const best = new Map<string, HeaderHit>();
  // 配偶年收入, 家庭成员 | 年收入: a relative's or a household member's detail is not the client's.
  if (sheet === "Clients" && column.header.candidates.some(namesAnotherPersonsDetail)) return best;
  // "DOB (Primary)" is the client's own DOB and "Address (City, State, Zip Code)" an address: the
  // header is also read without the bracket.
  // "Phone1", "Primary Phone", 联系电话二 are read without their rank too; a later column of a
  // field (2nd Phone, 备用电话) a little below one that names the field plainly or comes first.
  const readings = column.header.candidates.flatMap((text, rank) => {
    const stripped = stripHeaderUnit(text);
    const bare = withoutSubjectQualifier(stripped);
    const ranked = headerOrdinal(stripped);
    const listed = withoutAddressPartsList(stripped);
    return [
      { text, rank, stripped, later: null },
      ...(bare === null ? [] : [{ text, rank, stripped: bare, later: null }]),
      ...(listed === null ? [] : [{ text, rank, stripped: listed, later: null }]),
      ...(ranked === null ? [] : [{ text, rank, stripped: ranked.core, later: !ranked.first }]),
    ];
  });
  readings.forEach(({ text, rank, stripped, later }) => {
    // A less specific header text (the group above a sub-header) counts a little less.
    const discount =
      (1 - rank * 0.05) * (later === null ? 1 : later ? LATER_COLUMN_WEIGHT : FIRST_COLUMN_WEIGHT);
    const h = matchForm(stripped);
    const scoredList = scoreHeader(stripped, targets);
    // A header that is exactly another sheet's field ("marital status") is not this sheet's
    // "status" although it ends with the word.
    const elsewhere = [...(sheetsSpelling(h) ?? [])].filter((k) => !k.startsWith(`${sheet}.`));
    const exactHere = scoredList.some((x) => x.exact);
    for (const scored of scoredList) {
      // "Other Name", 非车险名称1, "Second Name": one of several named things, or another name
      // of the subject, never the row's subject itself, which a sheet writes once.
      if (later !== null && isSubjectField(scored.target.key, sheet)) continue;
      // Read without its rank, a header names the field its word is exactly ("Phone" in Phone1),
      // never one it only resembles ("Policy 2" is no policy term).
      if (later !== null && !scored.exact) continue;
      let confidence = scored.confidence;
      // The head word comes last ("Complaint_Status" is a status, 门店编号 a number).
      if (confidence < 1 && scored.target.spellings.some((s) => s.length >= 2 && h.endsWith(s)))
        confidence = Math.min(0.95, confidence + 0.15);
      let note: CodedReason | undefined;
      if (!exactHere && elsewhere.length > 0 && confidence < 1) {
        confidence -= 0.3;
        const [otherSheet, otherField] = elsewhere[0].split(".");
        note = why("map.why.header-elsewhere", { otherSheet, otherField });
      }
      confidence = round2(confidence * discount);
      const known = best.get(scored.target.key);
      if (confidence >= HEADER_FLOOR && (!known || known.confidence < confidence))
        best.set(scored.target.key, { confidence, spelling: text, note, ranked: later !== null });
    }
    // Word stems: "Resolution_Date" holds the words of "resolved date".
    const words = new Set(stems(stripped));
    if (words.size >= 2 && later === null) {
      // "Contract End Date" holds the words of "contract date", but an end is never a start.
      const end = namesAnEnd(h);
      for (const target of targets) {
        if (best.has(target.key)) continue;
        if (
          targetStems(target).some(
            (st) => st.every((w) => words.has(w)) && namesAnEnd(st.join("")) === end
          )
        )
          best.set(target.key, { confidence: round2(0.75 * discount), spelling: text });
      }
    }
  });
  return best;
}

/** A value shown hidden: xxxxxx, ******, as an export writes for a number it keeps back. */
const HIDDEN_VALUE = /^(?:[xX]{3,}|[*＊]{3,})$/;

/**
 * How many sampled values say only that nothing is here (NULL, a dash, n/a) or that the value is
 * hidden (xxxxxx): they are no evidence of what the column holds, for or against its header.
 */
function valuesShowingNothing(profile: ColumnProfile): number {
  let marks = 0;
  for (const [text, n] of profile.values)
    if (isEmptyMark(text) || HIDDEN_VALUE.test(text.trim())) marks += n;
  return marks;
}

/**
 * Whole numbers of a few digits and nothing else (but a database's "null" or a dash for none):
 * counts of something, not words.
 */
function countsOnly(profile: ColumnProfile): boolean {
  let counts = 0;
  for (const [text, n] of profile.values) {
    if (isEmptyMark(text)) continue;
    if (!/^\d{1,3}$/.test(text.trim())) return false;
    counts += n;
  }
  return counts >= MIN_VALUES_TO_CONTRADICT;
}

/** The highest step of a band or grade code written as a number (0–10). */
const BAND_CODE_MAX = 10;

/** Whole numbers 0–10 and nothing else (but marks for none): a band's or a grade's code. */
function bandCodesOnly(profile: ColumnProfile): boolean {
  let codes = 0;
  for (const [text, n] of profile.values) {
    if (isEmptyMark(text)) continue;
    if (!/^\d{1,2}$/.test(text.trim()) || Number(text) > BAND_CODE_MAX) return false;
    codes += n;
  }
  return codes >= MIN_VALUES_TO_CONTRADICT;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** What the values look like for this field: a catalogue code and its parameters. */
function describeValues(profile: ColumnProfile, field: FieldDef): CodedReason {
  const p = profile;
  switch (field.type) {
    case "phone":
      return why("map.values.phone", { share: percent(p.phone) });
    case "email":
      return why("map.values.email", { share: percent(p.email) });
    case "date":
      return why("map.values.date", {
        share: percent(dateShare(p, field)),
      });
    case "enum":
    case "boolean":
      return why("map.values.words", {
        share: percent(vocabularyHits(p, field)),
        field: field.key,
      });
    case "id":
      return p.serial
        ? why("map.values.serial")
        : why("map.values.distinct", { share: percent(p.distinctRatio) });
    case "text":
      return why("map.values.text", {
        text: percent(p.text),
        numbers: percent(p.numeric),
        dates: percent(p.date),
      });
    default:
      return p.range >= 0.3
        ? why("map.values.ranges", { share: percent(p.range) })
        : why("map.values.numbers", { share: percent(p.numeric) });
  }
}

/** "values agree: …" and the like: the reason code with the values' description nested in it. */
function valuesReason(code: MessageCode, values: CodedReason, sheet: SheetKey): CodedReason {
  return why(code, { ...values.params, values: values.code, registerSheet: sheet });
}

function role(column: ColumnInput): HeaderReading {
  for (const text of column.header.candidates) {
    const reading = readHeader(stripHeaderUnit(text));
    if (reading.role === "contact" && column.contactIsClient)
      return { role: "subject", base: reading.base };
    if (column.firmContact) return { role: "contact", base: "name" };
    if (reading.base !== null || reading.role !== "none") return reading;
  }
  return { role: "none", base: null };
}

/** Share of a column's values that must be dates for its header's word (due, last) to say which day. */
const DUE_DAY_DATES = 0.5;

/**
 * What a dated column's header says of the day: due (planned, promised, 预计, 应结案) makes dates
 * the record's due day, whatever else the header resembles (应结案日期 holds 结案日期, the
 * resolution's); actual (实际, "Actual") makes them a day that happened, never the due one.
 */
function dueOrActualDay(
  column: ColumnInput,
  profile: ColumnProfile,
  fromHeader: Map<string, HeaderHit>,
  byKey: ReadonlyMap<string, FieldTarget>
): void {
  const due = byKey.get("dueOn");
  if (!due) return;
  if (column.header.candidates.some(namesActualDay)) {
    fromHeader.delete("dueOn");
    return;
  }
  if (!column.header.candidates.some(namesDueDay) || dateShare(profile, due.field) < DUE_DAY_DATES)
    return;
  const known = fromHeader.get("dueOn");
  fromHeader.set("dueOn", {
    confidence: Math.max(known?.confidence ?? 0, 0.9),
    spelling: known?.spelling ?? column.header.text,
  });
}

/**
 * On a log of contacts, a dated column naming the last contact with the party (上次保養, "Last
 * Service", 最近拜訪) is the day of the visit the row records, and one naming the next
 * (下次保養, "Next Visit") the next visit's day.
 */
function contactDay(
  column: ColumnInput,
  profile: ColumnProfile,
  fromHeader: Map<string, HeaderHit>,
  byKey: ReadonlyMap<string, FieldTarget>
): void {
  const role = column.header.candidates.map(contactDateRole).find((r) => r !== null);
  const target = role ? byKey.get(role === "last" ? "visitOn" : "nextVisitOn") : undefined;
  if (!target || dateShare(profile, target.field) < DUE_DAY_DATES) return;
  const known = fromHeader.get(target.key);
  fromHeader.set(target.key, {
    confidence: Math.max(known?.confidence ?? 0, 0.9),
    spelling: known?.spelling ?? column.header.text,
  });
}

/** Sheets whose rows are records with a number of their own: the field holding it. */
const OWN_RECORD_ID: Partial<Record<SheetKey, string>> = { Complaints: "complaintId" };

/** The fields that number a record of its own (a policy, a complaint, a deal), not a person. */
const RECORD_NUMBER_KEYS = new Set(["policyNo", "complaintId", "opportunityId"]);

/**
 * The field of a record's own number a column holds by its header alone: on a sheet whose records
 * are numbered (a complaint), a header that is only the word for "number" (编号, 編號, ID, Code)
 * numbers the record, as a person cites "complaint 12"; a position word (序号, No., #) does not.
 */
function ownNumberOf(sheet: SheetKey, column: ColumnInput): string | null {
  const key = OWN_RECORD_ID[sheet];
  if (key === undefined) return null;
  return column.header.candidates.some(
    (c) => !ROW_NUMBER_HEADERS.has(matchForm(c)) && isBareNumberHeader(stripHeaderUnit(c))
  )
    ? key
    : null;
}

function candidatesFor(
  sheet: SheetKey,
  position: number,
  column: ColumnInput,
  profile: ColumnProfile,
  targets: readonly FieldTarget[],
  byKey: ReadonlyMap<string, FieldTarget>,
  filledRows = 0,
  headerless = false
): Candidate[] {
  const out: Candidate[] = [];
  // The bank's own branch (所属支行 高新支行) is no trait of the client: it is kept in the notes.
  if (sheet === "Clients" && column.header.candidates.some(namesOwnUnit)) return out;
  // A contract's, an order's or a device's number or name (合同编号, 合同名称, Order No) is that
  // thing's on a client list, never the client's name or number.
  const thing = sheet === "Clients" && namesAThing(column.header.text);
  let reading = role(column);
  // On an asset list an account is the asset: its number and type are the asset's, not the
  // client's (the account's name or owner still names the client).
  if (
    sheet === "Assets" &&
    reading.role === "subject" &&
    reading.base !== "name" &&
    column.header.candidates.some((c) => ASSET_ACCOUNT.test(matchForm(c)))
  )
    reading = { role: "other", base: reading.base };
  // textBox12, Column1, "Unnamed: 0": a control's or a tool's name is no header; the values alone
  // may say what the column is.
  const placeholder = placeholderHeader(column);
  const fromHeader = placeholder
    ? new Map<string, HeaderHit>()
    : headerCandidates(column, targets, sheet);
  // 负责人, "Person in Charge" on a client list: one of our staff looks after many clients, so
  // a column naming another person on nearly every client is the client's own person in charge.
  const clientPeople = sheet === "Clients" && byKey.has("mainContact");
  // Any other person the header reads as ours (Owner Name, Purchase Manager) is no one of ours
  // when the names say so: a different one for each client. Not the main contact either: the
  // client's own, most likely, but a third party's head (社区负责人, 行业协会负责人) reads so too.
  const theirs =
    clientPeople &&
    reading.role === "owner" &&
    reading.base !== "id" &&
    !column.header.candidates.some(namesSomeoneInCharge) &&
    // 客户负责人, Client Rep, an owner's own word (业务员, Sales Rep): the header says ours.
    !ownerOfSubject(column.header.text) &&
    fromHeader.get("owner")?.confidence !== 1 &&
    clientsOwnPeople(profile);
  // 理事長, 董事长, Chairman over people's names: the head of the organisation the row is.
  const head =
    clientPeople &&
    column.header.candidates.some(namesHeadOfOrganisation) &&
    profile.personName >= HEAD_NAMES;
  const inCharge = column.firmContact
    ? "contact"
    : clientPeople && column.header.candidates.some(namesSomeoneInCharge)
      ? sideInCharge(profile)
      : theirs || head
        ? "contact"
        : null;
  if (inCharge === "contact") {
    reading = { role: "contact", base: reading.base === "id" ? "id" : "name" };
    fromHeader.delete("owner");
  } else if (inCharge === "owner" && reading.role === "none")
    reading = { role: "owner", base: reading.base ?? "name" };
  const temperature = leadTemperature(column, profile);
  // On a policy list, names of insurers ("Harborline Insurance Company", 平安人寿) are the
  // underwriter's, whatever the header ("Company Code"): never the client's name or number.
  const insurers = sheet === "Insurance" && byKey.has("insurer") && insurerNames(profile);
  if (insurers && !fromHeader.has("insurer"))
    fromHeader.set("insurer", { confidence: 0.7, spelling: column.header.text });
  // On a sheet without an owner field (policies, accounts) a column headed exactly "Owner" or
  // "Policy owner" names the client; 业务员名称 there still names the agent.
  const ownerIsClient =
    reading.role === "owner" &&
    !byKey.has("owner") &&
    fromHeader.get(CLIENT_NAME_KEY)?.confidence === 1;
  const attached =
    ((reading.role === "owner" && !ownerIsClient) || reading.role === "contact") &&
    !(reading.role === "contact" && sheet === "Contacts");
  // A header such as 业务员名称 or 联系人 names a person attached to the row: it feeds owner or
  // main contact, never the subject's name or id.
  if (attached && reading.base !== "id") {
    const key = reading.role === "owner" ? "owner" : "mainContact";
    const target = byKey.get(key);
    if (target && !fromHeader.has(key) && !theirs)
      fromHeader.set(key, { confidence: 0.9, spelling: column.header.text });
    const hit = fromHeader.get(key);
    if (hit && inCharge !== null)
      hit.note = why(
        inCharge === "contact" ? "map.why.in-charge-contact" : "map.why.in-charge-owner",
        { distinct: profile.distinct, rows: profile.sampled }
      );
  }
  // "Internal ID", internal_id_number, 系統編號: the number the keeper's system gave the row, which
  // on a client list is the client's own number; never a national ID or passport number.
  if (reading.base === "id" && namesKeepersNumber(column.header.text)) {
    fromHeader.delete("idNumber");
    if (sheet === "Clients" && reading.role === "none" && byKey.has("clientId")) {
      const known = fromHeader.get("clientId");
      fromHeader.set("clientId", {
        confidence: Math.max(known?.confidence ?? 0, 0.9),
        spelling: column.header.text,
      });
    }
  }
  if (thing) for (const key of ["name", "clientId"]) fromHeader.delete(key);
  // "Contact ID", 联系人编号: a person's number, never that person's name.
  if (reading.base === "id") fromHeader.delete("mainContact");
  dueOrActualDay(column, profile, fromHeader, byKey);
  contactDay(column, profile, fromHeader, byKey);
  // A help desk's bare "id" (Freshdesk's, Zendesk's API dump), a ledger's 编号 counting 1, 2, 3 …:
  // a different number on every row is the record's own number, never the client's (whose number
  // repeats over their tickets). A column named for the record's number still wins over a 编号;
  // a bare "Code" of other values (ABAXTER) may as well be the client's.
  const ownKey = ownNumberOf(sheet, column);
  const exactId = column.header.candidates.some((text) => matchForm(text) === "id");
  if (
    ownKey !== null &&
    byKey.has(ownKey) &&
    (exactId || profile.serial) &&
    profile.filled >= MIN_VALUES_TO_CONTRADICT &&
    profile.distinctRatio >= 0.9
  ) {
    fromHeader.delete("clientId");
    fromHeader.set(ownKey, { confidence: exactId ? 1 : 0.9, spelling: column.header.text });
  }
  // A visit log keeps no number of its own, but a dialer's or a CRM's dump numbers its rows by a
  // bare "id" all the same: new on every row, it numbers the calls, not the client they reached.
  if (
    sheet === "Visits" &&
    exactId &&
    profile.filled >= MIN_VALUES_TO_CONTRADICT &&
    profile.distinctRatio >= 0.9
  )
    fromHeader.delete("clientId");
  if (reading.role === "subject" && reading.base !== null) {
    // On the pipeline the client's name is the prospect's ("Account Name" of an opportunity).
    for (const key of reading.base === "name"
      ? ["name", CLIENT_NAME_KEY, "prospect"]
      : ["clientId"]) {
      if (byKey.has(key)) {
        const known = fromHeader.get(key);
        fromHeader.set(key, {
          confidence: Math.max(known?.confidence ?? 0, 0.9),
          spelling: column.header.text,
        });
      }
    }
  }
  // "Deal - Value", "Opportunity - Amount": the deal's own figure, never a 1–5 factor whose label
  // it happens to spell ("Deal value" is factor D's), however few rows show the figures.
  const dealWords = sheet === "Pipeline" ? entityOfHeader(column.header.text) : null;
  if (dealWords?.party === "deal") {
    for (const key of [...fromHeader.keys()])
      if (byKey.get(key)?.field.type === "score") fromHeader.delete(key);
    // Its title or name ("Deal - Title", 商机名称) is what the deal is called.
    if (DEAL_NAME_WORDS.test(dealWords.field.trim()) && byKey.has("opportunityId"))
      fromHeader.set("opportunityId", { confidence: 1, spelling: column.header.text });
  }
  const exactlyAnother = (key: string) =>
    [...fromHeader].some(([other, hit]) => other !== key && hit.confidence === 1);
  for (const [key, hit] of fromHeader) {
    const target = byKey.get(key) as FieldTarget;
    const evidence = [
      why(hit.confidence === 1 ? "map.why.header-is" : "map.why.header-resembles", {
        header: hit.spelling,
        field: key,
        confidence: hit.confidence,
        registerSheet: sheet,
      }),
    ];
    if (hit.note) evidence.push(hit.note);
    const subjectField = isSubjectField(key, sheet);
    if (subjectField && (attached || reading.role === "other" || reading.role === "insured"))
      continue;
    if (insurers && (subjectField || key === "insured")) continue;
    // "Policy" is exactly the policy's own word: that it begins "Policyholder" makes it no
    // party's name (a broker's book: POLICY Motor | POLICY TYPE | POLICY NUMBER).
    if (subjectField && hit.confidence < 1 && reading.role !== "subject" && exactlyAnother(key))
      continue;
    // 被保险人编号, "Insured No": the insured's number, never the insured's name nor the insurer
    // (保险人 within 被保险人).
    if (key === "insured" && reading.role === "insured" && reading.base === "id") continue;
    if (key === "insurer" && reading.role === "insured") continue;
    // 員工數量, "Number of employees": a count of people, never a person or a name.
    if (target.field.type === "text" && isCountHeader(column)) continue;
    // ARPU is revenue per account for some period: a year's revenue only where the header says
    // which (月ARPU ×12, 年ARPU); without it the figure stays in notes as written.
    if (key === "annualRevenue" && PER_ACCOUNT.test(matchForm(column.header.text)))
      if (!headerNamesPeriod(column.header.text)) continue;
    // A header stating a money unit (理财（万元）, Fees ($)) holds figures: never a person or a name,
    // whatever word it shares with one (理财 ~ 理财经理).
    if (target.field.type === "text" && unitOf(column) !== null) continue;
    // Hot / Warm / Cold under "Rating", A/B/C under 意向: how keen a lead is, no choice of the register.
    if ((target.field.type === "enum" || target.field.type === "boolean") && temperature) {
      evidence.push(why("map.why.lead-temperature"));
      out.push({ column: position, target, confidence: 0, rank: 0, evidence });
      continue;
    }
    // 90000237781 under a bare "Number" (only resembling "ID Number"): ten or eleven digits, a
    // phone's length, which no identity document of the register's places has (18 in the mainland,
    // a letter and 9 in Taiwan): the values contradict the resemblance.
    const phoneLength = key === "idNumber" && hit.confidence < 1 ? phoneLengthDigits(profile) : 0;
    if (phoneLength >= 0.8) {
      evidence.push(why("map.why.phone-length", { share: percent(phoneLength) }));
      out.push({ column: position, target, confidence: 0, rank: 0, evidence });
      continue;
    }
    // 004-613-****92157 under "Payment Account Number": a number with digits hidden matches no
    // one, so it never identifies the client, whatever the header resembles.
    const masked = key === "clientId" && profile.sampled >= 3 ? maskedNumberShare(profile) : 0;
    if (masked >= 0.5) {
      evidence.push(why("map.why.masked-numbers", { share: percent(masked) }));
      out.push({ column: position, target, confidence: 0, rank: 0, evidence });
      continue;
    }
    // cb016bca-2de7-… under "Prospect ID", 31-40 under AgeOfPolicyHolder, South Africa down a
    // "name" column: opaque keys, bands and countries name no person or firm, whatever the header
    // says; the column cannot tell whom a row is about (no-one-values.ts).
    const noOne = NO_ONE_KEYS.has(key) ? namesNoOne(profile) : null;
    if (noOne !== null) {
      evidence.push(
        why("map.why.names-no-one", {
          share: percent(noOne.share),
          kind: `map.no-one.${noOne.kind}`,
          examples: noOne.examples,
        })
      );
      // Ranked as its header is, so that this, not a weaker header's, is the column's reason.
      out.push({ column: position, target, confidence: 0, rank: hit.confidence, evidence });
      continue;
    }
    // 2.1E+14 under 客户编号: a long number kept only as a spreadsheet showed it, its digits lost,
    // stands for a whole run of numbers; it tells no one apart, so it never identifies a client.
    const rounded =
      (key === "clientId" || key === "idNumber") && profile.sampled >= 3
        ? roundedNumberShare(profile)
        : 0;
    if (rounded >= 0.5) {
      evidence.push(why("map.why.rounded-numbers", { share: percent(rounded) }));
      out.push({ column: position, target, confidence: 0, rank: 0, evidence });
      continue;
    }
    // C0005, T00021 under "ID Number": codes far shorter than any identity document's number.
    if (key === "idNumber" && profile.sampled >= 3 && profile.shortCode >= 0.6) {
      evidence.push(why("map.why.short-codes"));
      out.push({ column: position, target, confidence: 0, rank: 0, evidence });
      continue;
    }
    // A column with no value beside columns filled on many rows, whose header only faintly
    // resembles the field's ("Share Capital" ~ registered capital on a member list): nothing at all
    // says it is that field. A close header still names it, and a template's empty table still
    // maps by its headers.
    if (
      hit.confidence < EMPTY_COLUMN_HEADER &&
      profile.filled === 0 &&
      filledRows >= MIN_ROWS_FOR_EMPTY
    )
      continue;
    // policy_term_in_days, 保险期间（月）: a term counted in days or months is never one in years.
    if (key === "termYears" && column.header.candidates.some(namesTermInDaysOrMonths)) continue;
    // "Years Prior Insurance", 此前投保年数: years looking back, never the policy's term; and
    // 2019, 2025 down a column (a =YEAR() of a date) are calendar years, no term either.
    if (key === "termYears" && hit.confidence < 1 && column.header.candidates.some(namesPriorYears))
      continue;
    if (key === "termYears" && calendarYears(profile) >= 0.8) {
      evidence.push(why("map.why.calendar-years", { share: percent(calendarYears(profile)) }));
      out.push({ column: position, target, confidence: 0, rank: 0, evidence });
      continue;
    }
    // "Renewal Issue Date" only resembles "renewal date": the day the renewal was issued, a start,
    // never the day the policy ends.
    if (
      key === "expiryDate" &&
      hit.confidence < 1 &&
      column.header.candidates.some(namesStartOrIssue)
    )
      continue;
    // A help desk's updated_at, due_by or solved date beside its created one, a service ticket's
    // typed-in time beside its call time: bookkeeping about the record, only resembling the day
    // the complaint came in or the visit took place (an exact spelling still names it).
    if (
      hit.confidence < 1 &&
      column.header.candidates.some((text) => namesBookkeepingDate(key, text))
    )
      continue;
    let confidence = hit.confidence;
    let rank = confidence;
    // One address (or one list of them) on nearly every row is the keeper's own, a sender's or a
    // shared inbox: an e-mail column whose addresses differ from row to row comes first.
    if (
      key === "email" &&
      profile.filled >= MIN_VALUES_TO_CONTRADICT &&
      profile.topShare >= SAME_ADDRESS_SHARE
    ) {
      rank -= SAME_ADDRESS_RANK;
      evidence.push(why("map.why.same-address", { share: percent(profile.topShare) }));
    }
    // net_written_premium, 净保费: what the insurer keeps, after a gross or plain premium column.
    if (key === "annualPremium" && column.header.candidates.some(namesNetPremium)) {
      rank -= NET_PREMIUM_RANK;
      evidence.push(why("map.why.net-premium"));
    }
    // 保费（港币） of zeros beside 保费（美元APE） of amounts: a money column that holds nothing on
    // most rows comes after one of the same field that holds amounts.
    if (target.field.type === "money" && zeroShare(profile) >= ZERO_SHARE) {
      rank -= ZEROS_RANK;
      evidence.push(why("map.why.mostly-zero", { share: percent(zeroShare(profile)) }));
    }
    // "English Name", 英文名称, 曾用名: the subject's name spelt another way, which a plainer name
    // column of the sheet ("Name", 客户名称) comes before; alone it is still the name.
    const alternate =
      subjectField && key !== "clientId" && column.header.candidates.some(isAlternateNameHeader);
    if (alternate) {
      rank -= ALTERNATE_NAME_RANK;
      evidence.push(why("map.why.alternate-name"));
    } else if (subjectField && reading.role === "subject") {
      rank += 0.2;
      evidence.push(why("map.why.subject"));
    }
    if (attached && (key === "owner" || key === "mainContact")) {
      // The client's rep comes before a rep of something else (an invoice's "Bill Rep").
      rank += key === "owner" && ownerOfSubject(column.header.text) ? 0.15 : 0.1;
      evidence.push(why(reading.role === "owner" ? "map.why.owner" : "map.why.contact"));
    }
    // A CRM's Created By / Modified By (创建人, 录入人) is the user who keyed the record in: the
    // owner only when no column of the sheet names one (Account Owner, 客户经理 come first).
    if (key === "owner" && column.header.candidates.some(namesSystemUser)) {
      rank -= SYSTEM_USER_RANK;
      evidence.push(why("map.why.system-user"));
    }
    let fit = valueFit(profile, target.field);
    // 9000004497 typed into a number cell under "Mob No.": ten or eleven digits, a phone's length,
    // distinct per row, under a header naming a phone, are phones the cell kept as a number.
    const phoneDigits = key === "phone" && fit < 0 ? phoneLengthDigits(profile) : 0;
    if (phoneDigits >= 0.8) fit = 0.5;
    // 503-6227394 under "Policy Number", 001749903975 under 客户编号, 0643049198 under Cédula,
    // distinct on every row: a record's or a client's own number, or an identity card's ten
    // digits with a leading zero, only looks like a phone's digits under a header that is
    // exactly its name.
    if (
      (RECORD_NUMBER_KEYS.has(key) || key === "clientId" || key === "idNumber") &&
      hit.confidence === 1 &&
      fit < 0 &&
      profile.phone >= 0.5 &&
      profile.distinctRatio >= 0.9
    )
      fit = 0.3;
    // 下午 07:48:58 under 填寫時間: a column of times of day is when something was written, never
    // a name or any other text of the row's subject.
    if (target.field.type === "text" && timeOfDayShare(profile) >= 0.6) fit = -1;
    // 0912000111 under 聯絡人行動電話 (~ 聯絡人): phone numbers are the contact's phone, never the
    // name of the contact or of our staff member a header only resembles. Nor are web links
    // (owner_link: https://…/contrib/…) anyone's name.
    if (
      (key === "mainContact" || key === "owner") &&
      hit.confidence < 1 &&
      (profile.phone - profile.bareDigits >= 0.8 || webLinks(profile) >= 0.8)
    )
      fit = -1;
    // C:\Volley\Batch Process\Baseline - Unilux\ under "Account Model" (~ Account): a place on a
    // disk or the web names a file, never the client, even when a client's name is part of it.
    if (
      (key === "name" || key === "mainContact" || key === "owner") &&
      hit.confidence < 1 &&
      filePaths(profile) + webLinks(profile) >= 0.8
    )
      fit = -1;
    // 先生 / 女士 under 聯絡人稱謂 (~ 聯絡人), Mr / Ms under Contact Title: a form of address alone
    // names no one.
    if (
      (key === "mainContact" || key === "owner" || key === "name") &&
      hit.confidence < 1 &&
      formsOfAddress(profile) >= 0.8
    )
      fit = -1;
    // Mr / Ms / Dr / Mdm under Title, 先生 / 女士 under 称谓: how the person is addressed, never
    // the job they hold, whatever the header says (a Designation column beside it holds that).
    if ((key === "title" || key === "occupation") && formsOfAddress(profile) >= 0.8) fit = -1;
    // 蕭翰雄, 張豪文 under 會員 (~ 會員編號): people's names are whom the row is about, never the
    // number a keeper gave them, when the header only resembles the number's.
    if (key === "clientId" && hit.confidence < 1 && profile.personName >= 0.6) fit = -1;
    // 问题是否解决 | 是 / 否, "Resolved?" | Y / N: the answer is the case's status (yes resolved or
    // closed, as the header asks; no still open), though no value is a status word.
    if (
      key === "status" &&
      yesNoAnswers(profile) &&
      column.header.candidates.some((text) => statusAnsweredBy(text) !== null)
    )
      fit = 1;
    // A log or a policy list names each client on every row of theirs (a CIF No on each call):
    // there the client's number repeats, distinct per client, not per row.
    if (key === "clientId" && sheet !== "Clients" && target.field.type === "id")
      fit = repeatedClientKeyFit(profile, fit);
    // 投诉用户号码 13800006539: a telecom knows its subscriber by the number, so a header naming the
    // client's number keeps it over phone-shaped values on a sheet of the client's records.
    if (
      key === "clientId" &&
      sheet !== "Clients" &&
      hit.confidence >= CLIENT_NUMBER_HEADER &&
      profile.phone >= 0.5 &&
      fit < 0.3
    )
      fit = 0.3;
    // A header as generic as "Type" or 类型 (a word of several sheets) says little: when not one
    // value is the field's word ("Customer", "Prospect" under Type), the values contradict it,
    // however few rows there are (电话营销, 转介绍 under 类型 on a three-row template are no kind).
    const noChoiceWord =
      fit < 0 && target.field.type === "enum" && vocabularyHits(profile, target.field) === 0;
    const generic = isGenericHeader(column) || (target.field.values ?? []).length <= 2;
    if (noChoiceWord && generic && fit > -0.5) fit = -1;
    // A header only resembling the choice's (类型 in 风险类型) is no more than a generic one.
    // A figure beyond a score's bounds (12,000 under a 1–5 factor) contradicts it on any row.
    const beyondScore = target.field.type === "score" && fit <= -1;
    // A header only resembling the choice's, over a template's one sample row whose value is none
    // of the choice's words (客户级别 低级 ~ 客户类型), is contradicted by that one value.
    const fewButPlain =
      (noChoiceWord && (confidence < 1 ? profile.sampled >= 1 : generic && profile.sampled >= 2)) ||
      beyondScore;
    // A grade ladder (A/B/C, VIP/A/B) under a header only resembling a credit rating's ("Grade" ~
    // "Credit grade") is the seller's grading of its customers: only a header saying credit makes
    // it a credit rating.
    if (key === "creditRating" && hit.confidence < 1 && letterGradesOnly(profile)) continue;
    // 2, 3, 0 under Comments: a remark is written in words; whole numbers under it count the
    // remarks (a CRM's comment count), never one remark.
    if (key === "notes" && countsOnly(profile)) fit = -1;
    // 7, 2, 6 under 营业收入 (a directory's size bracket 0–10): no firm's revenue or capital is a
    // few units, unless the header states a large unit (营业收入(亿元)).
    if (
      target.field.type === "money" &&
      bandCodesOnly(profile) &&
      !column.header.candidates.some((c) => parseHeaderUnit(c) !== null)
    )
      fit = -1;
    // True/False, Y/N under is_company: a yes-or-no answer, never a name or a text such as an employer.
    if (target.field.type === "text" && yesNoAnswers(profile)) fit = -1;
    // A grade (A/B/C, 钻石/金卡) under 客户级别 is a few words repeated down a list: not whom the
    // row is about, whatever the header resembles.
    if (subjectField && fewGradeWords(profile, sheet)) fit = -1;
    // 4.83, 1.58 under "Win Rate (Prospect)": a fraction is a measure, never whom a row is about
    // (a code or a number may stand for a client; a figure with decimals does not).
    if (subjectField && fractionsOnly(profile)) fit = -1;
    if (profile.sampled > 0) {
      if (fit > 0 && confidence < 1) confidence = Math.min(1, confidence + VALUE_LIFT * fit);
      // A column of NULL under "email", of xxxxxx under 联系电话: nothing shown contradicts nothing.
      const shown = profile.sampled - valuesShowingNothing(profile);
      if (fit < 0 && (shown >= MIN_VALUES_TO_CONTRADICT || fewButPlain)) {
        confidence += VALUE_DROP * fit;
        rank += VALUE_DROP * fit;
        evidence.push(
          valuesReason("map.why.values-contradict", describeValues(profile, target.field), sheet)
        );
      } else if (fit > 0) {
        rank += VALUE_LIFT * fit;
        evidence.push(
          phoneDigits >= 0.8
            ? why("map.why.phone-length", { share: percent(phoneDigits) })
            : valuesReason("map.why.values-agree", describeValues(profile, target.field), sheet)
        );
      }
    }
    confidence = round2(Math.max(0, confidence));
    // An empty column carries no evidence: any filled column that names the field comes first.
    if (profile.filled === 0) rank -= EMPTY_COLUMN_RANK;
    out.push({
      column: position,
      target,
      confidence,
      rank,
      evidence,
      ranked: hit.ranked === true,
      plain: hit.confidence >= CLOSE_HEADER && hit.ranked !== true,
    });
  }
  // Values alone identify e-mail addresses and phone numbers beyond doubt; but bare runs of digits
  // nobody dials (2000000200100) under a header such as 集团编码 are codes, not phones.
  // A header stating a unit (月ARPU（元）, 金额(万)) holds figures: 250551.00 is never a phone.
  const codes =
    column.header.text !== "" &&
    !placeholder &&
    (reading.base === "id" || profile.bareDigits >= 0.5 || unitOf(column) !== null);
  const placeholderNote = placeholder
    ? [why("map.why.placeholder-header", { header: column.header.text })]
    : [];
  if (profile.sampled >= MIN_VALUES_TO_CONTRADICT) {
    for (const key of ["email", "phone"]) {
      const target = byKey.get(key);
      if (!target || fromHeader.has(key)) continue;
      if (key === "phone" && codes) continue;
      const share = key === "email" ? profile.email : profile.phone;
      const unheaded = placeholder || (headerless && column.header.text === "");
      if (unheaded && key === "phone" && localLengthNumbers(profile) >= 0.5) continue;
      if (unheaded && key === "phone" && dashedCodes(profile)) continue;
      if (share >= 0.8 || (unheaded && key === "phone" && phonesWithTheirNumbers(profile)))
        out.push({
          column: position,
          target,
          confidence: placeholder ? PLACEHOLDER_CONFIDENCE : 0.65,
          rank: placeholder ? PLACEHOLDER_CONFIDENCE : 0.65,
          evidence: [
            why("map.why.values-only", {
              values: key === "email" ? "map.values.email" : "map.values.phone",
              share: percent(share),
            }),
            ...placeholderNote,
          ],
        });
    }
  }
  // A bare "Number" (号码) over a phone's length of digits, distinct per person, stored as numbers
  // or plain digits (90000237781: a mobile outside the mainland, which no profile dials): the
  // person's phone, as a person reads it.
  // So does a list typed without any header row: beside its names, distinct runs of a mobile's
  // length (9000068079) are the people's phones, as they are to a person reading the list.
  // A bare "Date" over a column holding no date at all is a header typed over the wrong column
  // (NAME | DATE over names and mobiles): the values say what it holds, as under no header.
  const phoneTarget = byKey.get("phone");
  const bareNumber = BARE_NUMBER_WORDS.includes(matchForm(stripHeaderUnit(column.header.text)));
  const datelessDate =
    BARE_DATE_HEADER.test(matchForm(stripHeaderUnit(column.header.text))) &&
    profile.date === 0 &&
    profile.daySerial === 0;
  if (
    phoneTarget &&
    (bareNumber || datelessDate || (headerless && profile.phone < 0.8)) &&
    phoneLengthDigits(profile) >= 0.8
  )
    out.push({
      column: position,
      target: phoneTarget,
      confidence: bareNumber ? 0.8 : HEADERLESS_CONFIDENCE,
      rank: bareNumber ? 0.8 : HEADERLESS_CONFIDENCE,
      evidence: [why("map.why.phone-length", { share: percent(phoneLengthDigits(profile)) })],
    });
  const ownWords = temperature ? null : ownVocabulary(profile, targets, fromHeader);
  if (ownWords) {
    const { target, hits } = ownWords;
    const confidence = round2(VALUES_OWN_WORDS + VALUE_LIFT);
    out.push({
      column: position,
      target,
      confidence,
      rank: confidence,
      evidence: [
        why("map.why.values-only", {
          values: "map.values.words",
          share: percent(hits),
          field: target.key,
          registerSheet: sheet,
        }),
      ],
    });
  }
  // A list typed without a header has only its values: addresses and ID numbers are as plain to
  // a person as phones are.
  if ((column.header.text === "" || placeholder) && profile.sampled >= MIN_VALUES_TO_CONTRADICT) {
    const byValues: [string, number, MessageCode][] = [
      ["address", profile.address, "map.values.address"],
      ["idNumber", profile.idNumber, "map.values.id-number"],
    ];
    const dates = profile.date >= 0.6 ? headerlessDateField(column.values) : null;
    if (dates)
      byValues.push([
        dates.field,
        dates.share,
        dates.field === "birthday" ? "map.values.birthdays" : "map.values.recent-dates",
      ]);
    for (const [key, share, values] of byValues) {
      const target = byKey.get(key);
      if (!target || share < (placeholder ? PLACEHOLDER_SHARE : 0.6)) continue;
      const confidence = placeholder ? PLACEHOLDER_CONFIDENCE : HEADERLESS_CONFIDENCE;
      out.push({
        column: position,
        target,
        confidence,
        rank: confidence,
        evidence: [
          why("map.why.values-only", { values, share: percent(share) }),
          ...placeholderNote,
        ],
      });
    }
  }
  // Postal addresses under a header naming no field closely (會址, "Registered Office", Seat) are
  // as plain to a person as under none: the party's address, after any column whose header names
  // one, and after what the header names, when its values agree.
  const addressTarget = byKey.get("address");
  if (
    addressTarget &&
    column.header.text !== "" &&
    !placeholder &&
    [...fromHeader.values()].every((hit) => hit.confidence < CLOSE_HEADER) &&
    !thing &&
    profile.sampled >= MIN_VALUES_TO_CONTRADICT &&
    profile.address >= ADDRESS_VALUES
  )
    out.push({
      column: position,
      target: addressTarget,
      confidence: HEADERLESS_CONFIDENCE,
      rank: HEADERLESS_CONFIDENCE,
      evidence: [
        why("map.why.values-only", {
          values: "map.values.address",
          share: percent(profile.address),
        }),
      ],
    });
  return out;
}

/**
 * A column headed by a control's or a tool's name (textBox12, Column1, "Unnamed: 0", 列1) on every
 * header row it has: no header at all.
 */
function placeholderHeader(column: ColumnInput): boolean {
  const texts = column.header.candidates.filter((c) => c.trim() !== "");
  return texts.length > 0 && texts.every(isPlaceholderHeader);
}

/** Fewest rows filled beside an empty column for its resembling header to be no evidence. */
const MIN_ROWS_FOR_EMPTY = 5;
/** Below this a header only faintly resembles the field: on an empty column, no evidence. */
const EMPTY_COLUMN_HEADER = 0.8;

/** How far a system user's column (Created By, 录入人) ranks below the sheet's owner columns. */
const SYSTEM_USER_RANK = 0.35;

/** A head's column (理事長, Chairman) names people on this share of its values. */
const HEAD_NAMES = 0.6;

/** One e-mail value on this share of the rows is the keeper's own address, no client's. */
const SAME_ADDRESS_SHARE = 0.8;
/** How far such a column stands behind an e-mail column of the clients' own addresses. */
const SAME_ADDRESS_RANK = 0.5;

/** A column without a header, read by its values alone. */
const HEADERLESS_CONFIDENCE = 0.65;
/** Under a header naming nothing, this share of postal addresses makes a column the address. */
const ADDRESS_VALUES = 0.8;
/** A column read by its values alone under a placeholder maps a little below a header's word. */
const PLACEHOLDER_CONFIDENCE = 0.62;
/** The share of values that must show the field under a placeholder: more than without a header. */
const PLACEHOLDER_SHARE = 0.8;

/**
 * Phones, some of them stored as bare numbers (5855550138 typed into a number cell): most values
 * read as phones and the rest are whole numbers, and they hardly repeat. Only under a placeholder
 * or on a list without any header row, where nothing says the numbers are codes.
 */
function phonesWithTheirNumbers(profile: ColumnProfile): boolean {
  return (
    profile.phone >= 0.6 &&
    profile.phone + profile.integer >= 0.95 &&
    profile.distinctRatio >= 0.8 &&
    profile.sampled >= MIN_VALUES_TO_CONTRADICT
  );
}

/** Fewest filled rows on which a column's repetition tells staff from the clients' people. */
const MIN_ROWS_FOR_SIDE = 8;

/**
 * Whose person a column of someone in charge names, by how the names repeat: a member of staff
 * looks after many clients (few names, each on many rows); the clients' own people are nearly as
 * many as the clients. Null when the column is too short or too mixed to tell.
 */
function sideInCharge(profile: ColumnProfile): "owner" | "contact" | null {
  if (profile.sampled < MIN_ROWS_FOR_SIDE || profile.text < 0.8) return null;
  if (profile.distinctRatio >= 0.5) return "contact";
  if (profile.distinctRatio <= 0.25) return "owner";
  return null;
}

/**
 * Names a column gives each client its own of: a different name on every filled row, over enough
 * rows to tell, or over the few clients it names at all (a member of staff looks after most
 * clients of a list, each of them many; a firm's purchase manager is named where it is known).
 */
function clientsOwnPeople(profile: ColumnProfile): boolean {
  if (profile.text < 0.8 || profile.phone >= 0.2 || profile.email >= 0.2) return false;
  if (profile.distinct !== profile.sampled || profile.sampled < 3) return false;
  return profile.sampled >= MIN_ROWS_FOR_SIDE || profile.filled <= profile.rows * 0.5;
}

const ASSET_ACCOUNT = /account|账户|帐户/;

/** Letter grades on their own (A, B, C, A+): a scale of some kind, not a credit rating's AAA … C. */
const LETTER_GRADE = /^[A-Ea-e][+-]?$/;

/**
 * Letter grades, perhaps with a tier word on top or below (VIP / A / B / C, 钻石 / A / B, A / B /
 * 普通): a seller's grading of its customers. A credit rating's scale has no VIP and no 普通.
 */
function letterGradesOnly(profile: ColumnProfile): boolean {
  if (profile.sampled < MIN_VALUES_TO_CONTRADICT) return false;
  let letters = 0;
  for (const v of profile.values.keys()) {
    if (LETTER_GRADE.test(v.trim())) letters++;
    else if (tierOfCell(v) === null) return false;
  }
  return letters > 0;
}

/** Share of a column's values that must be numbers with a fractional part to be figures. */
const FRACTIONS = 0.8;

/** Most filled values are numbers with a fractional part (4.829, 1.5): figures, not names or keys. */
function fractionsOnly(profile: ColumnProfile): boolean {
  let fractions = 0;
  let shown = 0;
  for (const [text, n] of profile.values) {
    if (isEmptyMark(text)) continue;
    shown += n;
    if (/^[-+]?\d[\d,]*\.\d+$/.test(text.trim())) fractions += n;
  }
  return shown >= MIN_VALUES_TO_CONTRADICT && fractions >= shown * FRACTIONS;
}

/**
 * A handful of short words repeated down the rows (A/B/C, 钻石/金卡/普通): a grade or level, never
 * the names of the rows' subjects. On a client list every row is another client; elsewhere one
 * client may come back row after row, so there only words too short to be names count.
 */
function fewGradeWords(profile: ColumnProfile, sheet: SheetKey): boolean {
  if (profile.sampled < MIN_VALUES_TO_CONTRADICT || profile.distinct > 6) return false;
  if (letterGradesOnly(profile)) return true;
  return sheet === "Clients" && profile.sampled >= 10 && profile.distinctRatio < 0.3;
}

const TEMPERATURE_VALUES: ReadonlySet<string> = new Set(
  Object.values(LEAD_TEMPERATURE_WORDS)
    .flat()
    .map((w) => matchForm(w))
);
const TEMPERATURE_HEADER: readonly string[] = LEAD_TEMPERATURE_HEADER_WORDS.temperature.map((w) =>
  matchForm(w)
);
/** Few distinct grades (A, B, C; 1–5) under a header naming a lead's keenness. */
const TEMPERATURE_GRADES = 12;

/**
 * A lead's temperature: values that are mostly Hot / Warm / Cold (热/温/冷, 高意向/低意向), or a few
 * grades under a header naming the lead's keenness (意向等级, "Lead rating": A / B / C). A person
 * keeps it with the lead in notes; it is never the client's credit rating nor any other choice.
 */
function leadTemperature(column: ColumnInput, profile: ColumnProfile): boolean {
  if (profile.sampled === 0) return false;
  let hits = 0;
  for (const [text, count] of profile.values)
    if (TEMPERATURE_VALUES.has(matchForm(text))) hits += count;
  if (hits / profile.sampled >= 0.6) return true;
  return (
    profile.distinct <= TEMPERATURE_GRADES &&
    column.header.candidates.some((c) => {
      const h = matchForm(stripHeaderUnit(c));
      return TEMPERATURE_HEADER.some((w) => h.includes(w));
    })
  );
}

/** A column of yes/no answers only (True/False, Y/N, 是/否): few distinct values, all read as yes or no. */
function yesNoAnswers(profile: ColumnProfile): boolean {
  if (profile.sampled < MIN_VALUES_TO_CONTRADICT || profile.distinct > 3) return false;
  let hits = 0;
  for (const [text, count] of profile.values) {
    const read = parseYesNo(text);
    if (read.ok && read.value !== null) hits += count;
  }
  return hits === profile.sampled;
}

/** Confidence of a column whose values are one choice field's own words, before the values' lift. */
const VALUES_OWN_WORDS = 0.7;
const OWN_WORDS_DISTINCT = 30;

/** How many of the field's allowed values the column's values name. */
function choicesNamed(profile: ColumnProfile, field: FieldDef): number {
  const choices = enumChoices(field.values ?? []);
  const named = new Set<string>();
  for (const text of profile.values.keys()) {
    const read = parseEnum(text, choices);
    if (read.ok && read.value !== null) named.add(read.value);
  }
  return named.size;
}

/**
 * A column whose values are the words of one choice field of the sheet and of no other (本行/他行
 * under 往來機構, 自然人/法人 under an unknown header) is that field to a person, whatever its header
 * resembles; not when the header is exactly another field's name, nor when the words fit several
 * fields, nor when they name only one choice (a column of "other" says little).
 */
function ownVocabulary(
  profile: ColumnProfile,
  targets: readonly FieldTarget[],
  fromHeader: ReadonlyMap<string, HeaderHit>
): { target: FieldTarget; hits: number } | null {
  // Choice words repeat: a column of many different texts is no choice field's.
  if (profile.sampled < MIN_VALUES_TO_CONTRADICT || profile.distinct > OWN_WORDS_DISTINCT)
    return null;
  for (const hit of fromHeader.values()) if (hit.confidence === 1) return null;
  let found: { target: FieldTarget; hits: number } | null = null;
  for (const target of targets) {
    if (target.field.type !== "enum" || target.linkOnly) continue;
    // A, B, C under 集团级别 is the operator's own grade: only a header saying credit makes it
    // a credit rating (whose scale runs AAA, AA, A, B, C).
    if (target.key === "creditRating" && letterGradesOnly(profile)) continue;
    const hits = vocabularyHits(profile, target.field);
    if (hits < 0.9) continue;
    if (found) return null;
    found = { target, hits };
  }
  if (!found || choicesNamed(profile, found.target.field) < 2) return null;
  const known = fromHeader.get(found.target.key);
  return known && known.confidence >= VALUES_OWN_WORDS + VALUE_LIFT ? null : found;
}

/** A header that is exactly a word several register sheets use for their fields (Type, 类型, Status). */
function isGenericHeader(column: ColumnInput): boolean {
  return column.header.candidates.some((c) => {
    const h = matchForm(stripHeaderUnit(c));
    return ALL_SPELLINGS.has(h) && spellingWeight(h) < 1;
  });
}

/**
 * Headers whose head word is a count: 员工数量, 人数, headcount, "No. of staff" (an "Account" ends
 * in the letters of "count" but names a client), or a length of time counted in units
 * (months_as_customer, "Years with us", days_since_signup): a figure, never whom it is about.
 */
const COUNT_HEADER =
  /(?:数量|數量|人数|人數|个数|個數|总数|總數|数目|數目|件数|件數|(?<!ac)count|qty|quantity|headcount)$|^(?:numberof|noof)|^(?:days|weeks|months|years)(?:as|of|since|with|in)[a-z]/;

function isCountHeader(column: ColumnInput): boolean {
  return column.header.candidates.some((c) => COUNT_HEADER.test(matchForm(stripHeaderUnit(c))));
}

const yielding = new Map<string, ReadonlySet<string>>();
function yieldingOf(key: string): ReadonlySet<string> {
  let set = yielding.get(key);
  if (!set) {
    set = new Set(yieldingSpellings(key).map(matchForm));
    yielding.set(key, set);
  }
  return set;
}

/**
 * 1 when the column's header is a spelling that gives way to another column exactly named for
 * the same field (承保时间 beside 起保时间), else 0.
 */
function yields(candidate: Candidate, columns: readonly ColumnInput[]): number {
  const weaker = yieldingOf(candidate.target.key);
  if (weaker.size === 0 || candidate.confidence < 1) return 0;
  return columns[candidate.column].header.candidates.some((c) =>
    weaker.has(matchForm(stripHeaderUnit(c)))
  )
    ? 1
    : 0;
}

/** Sheets whose rows each name a client, and the client's fields a person may map on them. */
const RECORD_SHEETS: ReadonlySet<string> = new Set(["Insurance", "Visits", "Complaints"]);
const CLIENT_FIELDS_OF_RECORDS: ReadonlySet<string> = new Set(["owner"]);

function blankMapping(column: ColumnInput, confidence = 0): ColumnMapping {
  const letter = columnLetter(column.header.index);
  const mapping: ColumnMapping = {
    index: column.header.index,
    letter,
    header: column.header.text,
    field: null,
    confidence,
    source: "none",
    samples: samplesOf(column.values),
  };
  // A survey's numbered question heads its answers in notes without its number and marks.
  const label = questionLabel(column.header.text);
  if (label !== column.header.text) mapping.label = label;
  return mapping;
}

function isSerialColumn(sheet: SheetKey, column: ColumnInput, profile: ColumnProfile): boolean {
  if (!profile.serial || profile.numeric + profile.text < 0.9) return false;
  if (ownNumberOf(sheet, column) !== null) return false;
  // A bare 編號 / No. counting 001, 002 … numbers the rows (on a log of numbered records, 編號 is
  // the record's number); a header naming whose number it is (policy_id, 客户编号, Complaint_ID)
  // keeps it an identity even when the numbers run on.
  if (column.header.text === "") return true;
  return column.header.candidates.some(
    (c) => ROW_NUMBER_HEADERS.has(matchForm(c)) || isBareNumberHeader(stripHeaderUnit(c))
  );
}

/**
 * Register sheets a client list's column may feed besides Clients, one record per row for the
 * row's client, as review dates and follow-ups do: "Visits.visitOn", "Visits.keyPoints".
 */
const ROUTABLE_FROM_CLIENTS: readonly SheetKey[] = ["Visits"];

/** "Visits.visitOn" given for a column of a client list: the sheet and field it names. */
export function routeOf(
  override: string,
  registerSheet: SheetKey
): { registerSheet: SheetKey; field: string } | null {
  const m = /^([A-Za-z]+)\.([A-Za-z]+)$/.exec(override.trim());
  if (!m || registerSheet !== "Clients") return null;
  const sheet = ROUTABLE_FROM_CLIENTS.find((k) => k.toLowerCase() === m[1].toLowerCase());
  if (!sheet) return null;
  const field = sheetDef(sheet).fields.find((f) => f.key.toLowerCase() === m[2].toLowerCase());
  return field ? { registerSheet: sheet, field: field.key } : null;
}

/** Maps the columns of one sheet: one decision for the whole sheet, each field to one column. */
/** The fields of a visit a plan and what happened both give (计划 日期 | 实际 日期, 方式 | 方式). */
const TWIN_FIELDS = ["visitOn", "method", "place", "attendees", "purpose", "keyPoints"];

/** The error a column holds when each of its non-blank cells is a formula error, else null. */
function onlyErrors(values: readonly SourceCell[]): string | null {
  let first: string | null = null;
  for (const value of values) {
    if (isBlankCell(value)) continue;
    if (!isErrorCell(value)) return null;
    first ??= value.error;
  }
  return first;
}

export function mapColumns(input: ColumnMapInput): ColumnMapResult {
  const targets = targetsFor(input.registerSheet);
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const issues: ImportIssue[] = [];
  const mappings = input.columns.map((c) => blankMapping(c));
  const profiles = input.columns.map((c) => c.profile ?? profileColumn(c.values));
  const taken = new Set<string>();
  const decided = new Set<number>();

  input.columns.forEach((column, i) => {
    const given = overrideFor(column, input.overrides);
    const written = given ?? (input.remembered ? overrideFor(column, input.remembered) : undefined);
    if (written === undefined) return;
    const override = overrideKey(written, input.registerSheet, targets);
    const reason = why(given !== undefined ? "map.why.override" : "map.why.remembered");
    decided.add(i);
    if (override === UNMAPPED) {
      mappings[i].source = "override";
      setEvidence(mappings[i], [reason]);
      return;
    }
    const routed = routeOf(override, input.registerSheet);
    if (routed) {
      mappings[i].source = "override";
      mappings[i].routedTo = routed;
      setEvidence(mappings[i], [reason]);
      return;
    }
    const target = byKey.get(override);
    if (
      !target &&
      CLIENT_FIELDS_OF_RECORDS.has(override) &&
      RECORD_SHEETS.has(input.registerSheet)
    ) {
      // "Producer=owner" on a policy list: the client's owner, read into the client a row names.
      mappings[i].source = "override";
      mappings[i].clientField = override;
      setEvidence(mappings[i], [reason]);
      return;
    }
    const subjectKey = RECORD_SUBJECT_KEY[input.registerSheet];
    if (
      !target &&
      CLIENT_WORDS_OF_OVERRIDE.has(override.trim().toLowerCase()) &&
      subjectKey !== undefined &&
      byKey.has(subjectKey) &&
      !taken.has(subjectKey)
    ) {
      // "Borrower=name" on a loan pipeline: the client each row is about.
      taken.add(subjectKey);
      Object.assign(mappings[i], { field: subjectKey, confidence: 1, source: "override" });
      setEvidence(mappings[i], [
        reason,
        why("map.why.record-subject", {
          header: mappings[i].header || mappings[i].letter,
          distinct: profiles[i].distinct,
          filled: profiles[i].filled,
        }),
      ]);
      return;
    }
    if (!target || taken.has(target.key)) {
      const why = target
        ? `another column is already mapped to "${override}"`
        : `"${written}" is not a field of the ${input.registerSheet} sheet`;
      issues.push({
        sheet: input.sheetName,
        row: null,
        column: columnLabel(mappings[i].letter, mappings[i].header),
        field: override,
        value: null,
        message: `The mapping override for this column was ignored: ${why}.`,
        code: "map.override-ignored",
        params: {
          why: target ? "map.override-taken" : "map.override-unknown",
          override: written,
          registerSheet: input.registerSheet,
        },
        severity: "error",
      });
      return;
    }
    taken.add(target.key);
    Object.assign(mappings[i], { field: target.key, confidence: 1, source: "override" });
    setEvidence(mappings[i], [reason]);
  });

  input.columns.forEach((column, i) => {
    if (decided.has(i)) return;
    const keyOf = recordKeyOf(column, input.columns);
    if (keyOf !== null) {
      decided.add(i);
      setEvidence(mappings[i], [why("map.why.record-key", { of: keyOf })]);
      return;
    }
    const error = onlyErrors(column.values);
    if (error !== null) {
      // A lookup whose every result is an error (#NAME?, #N/A) holds nothing to read.
      decided.add(i);
      setEvidence(mappings[i], [why("map.why.error-values", { example: error })]);
      return;
    }
    if (isRowNumberColumn(column) || isSerialColumn(input.registerSheet, column, profiles[i])) {
      decided.add(i);
      mappings[i].source = "row-number";
      setEvidence(mappings[i], [why("map.why.row-numbers")]);
    }
  });

  // How many rows the fullest column fills: an empty column beside it is evidence of nothing.
  const filledRows = Math.max(0, ...profiles.map((p) => p.filled));
  const headerless = input.columns.every((c) => c.header.text === "");
  const gives = new Map<Candidate, number>();
  const givesWay = (c: Candidate): number => {
    let n = gives.get(c);
    if (n === undefined) gives.set(c, (n = yields(c, input.columns)));
    return n;
  };
  const candidates = input.columns.flatMap((column, i) =>
    decided.has(i)
      ? []
      : candidatesFor(
          input.registerSheet,
          i,
          column,
          profiles[i],
          targets,
          byKey,
          filledRows,
          headerless
        )
  );
  // Phone1 or 2nd Phone comes after a column closely named for the field ("Phone Number"),
  // whatever the values: the plain one is the field, the ranked ones its further columns
  // (保險金額１ after 總保險金額).
  const plainlyNamed = new Set(candidates.filter((c) => c.plain).map((c) => c.target.key));
  for (const candidate of candidates)
    if (candidate.ranked && plainlyNamed.has(candidate.target.key))
      candidate.rank -= RANKED_HEADER_RANK;
  candidates.sort(
    (a, b) =>
      b.rank - a.rank ||
      b.confidence - a.confidence ||
      // Two columns both exactly named for one field: the more specific spelling takes it, the
      // other goes to notes. (Compared whatever the fields, so that the order stays one order.)
      givesWay(a) - givesWay(b) ||
      a.column - b.column
  );
  const bestRejected = new Map<number, Candidate>();
  // A column another of the field's came before (English Name, a net premium): kept to say why.
  const outranked = new Map<number, Candidate>();
  for (const candidate of candidates) {
    if (
      !decided.has(candidate.column) &&
      taken.has(candidate.target.key) &&
      candidate.evidence.some((e) => OUTRANKED_CODES.has(e.code)) &&
      !outranked.has(candidate.column)
    )
      outranked.set(candidate.column, candidate);
    if (decided.has(candidate.column) || taken.has(candidate.target.key)) continue;
    if (candidate.confidence < MAPPING_THRESHOLD) {
      if (!bestRejected.has(candidate.column) && !misleadingHint(candidate))
        bestRejected.set(candidate.column, candidate);
      continue;
    }
    decided.add(candidate.column);
    taken.add(candidate.target.key);
    Object.assign(mappings[candidate.column], {
      field: candidate.target.key,
      confidence: candidate.confidence,
      source:
        candidate.evidence[0]?.code === "map.why.values-only"
          ? "values"
          : candidate.confidence === 1
            ? "alias"
            : "fuzzy",
    });
    setEvidence(mappings[candidate.column], candidate.evidence);
  }

  joinTwinTexts(input, mappings, candidates, byKey);
  if (input.registerSheet === "Visits")
    for (const twin of actualOverPlan(mappings, taken, TWIN_FIELDS)) {
      bestRejected.delete(twin.plan);
      addEvidence(
        mappings[twin.actual],
        why("map.why.actual-over-plan", {
          field: twin.field,
          plan: columnLabel(mappings[twin.plan].letter, mappings[twin.plan].header),
        })
      );
      setEvidence(mappings[twin.plan], [
        why("map.why.plan-twin", {
          field: twin.field,
          actual: columnLabel(mappings[twin.actual].letter, mappings[twin.actual].header),
        }),
      ]);
    }
  joinNameParts(input, mappings, byKey, taken);
  personsAtCompanies(input, mappings, profiles, byKey, taken);
  const fewNamed = fullerNameColumn(input, mappings, profiles, candidates);
  if (fewNamed !== null) bestRejected.delete(fewNamed);
  decideSubject(input, mappings, profiles, byKey, taken);
  recordSubject(input, mappings, profiles, byKey, taken, issues);
  nameAcrossClientIds(input, mappings, taken);
  numberAcrossPeople(input, mappings, taken);
  nameJoinsNumber(input, mappings, profiles, taken);
  contactsAreClients(input, mappings, profiles, byKey, taken);
  employerOfPersons(input, mappings, profiles, byKey, taken);
  firmsWithContacts(input, mappings, profiles, byKey, taken);
  clientNumber(input, mappings, profiles, byKey, taken);
  joinAddressParts(input, mappings, profiles, byKey, taken);
  joinDateColumns(input, mappings, byKey, taken);
  joinPhones(input, mappings, profiles, byKey);
  incomeOfPersons(input, mappings, byKey, taken);
  employerNatureOfPersons(input, mappings, byKey, taken);
  revenueOfCompanies(input, mappings, profiles, taken);
  dealValueByCurrency(input, mappings, profiles, taken);
  complianceRisk(input, mappings, taken);
  companyIsTheClient(input, mappings, profiles, byKey, taken);
  joinAttendees(input, mappings, byKey);
  notesAreKeyPoints(input, mappings, taken);
  noOccupationOfCompanies(input, mappings, profiles, taken);
  staffByRepetition(input, mappings, profiles, byKey, taken);
  staffUnderSuperior(input, mappings, profiles, taken);
  ownerAmongClients(input, mappings, taken);
  productIsCategory(input, mappings, profiles, taken);
  productNames(input, mappings, profiles, byKey);
  mappings.forEach((mapping, i) => {
    const p = profiles[i];
    if (mapping.field === "phone" && p.maskedPhone > 0)
      addEvidence(mapping, why("map.why.masked-phones", { share: percent(p.maskedPhone) }));
    if (mapping.field === "birthday" && p.monthDay > 0)
      addEvidence(
        mapping,
        why("map.why.month-day", { share: percent(p.monthDay / (p.date + p.monthDay)) })
      );
  });

  input.columns.forEach((column, i) => {
    const mapping = mappings[i];
    const rejected = bestRejected.get(i);
    if (mapping.field === null && rejected && mapping.source === "none") {
      mapping.confidence = rejected.confidence;
      setEvidence(mapping, rejected.evidence);
    }
    const alternate = outranked.get(i);
    if (mapping.field === null && !rejected && alternate && mapping.source === "none")
      setEvidence(mapping, alternate.evidence);
  });
  relativesOfClients(input, mappings, taken);
  heldPoliciesOfClients(input, mappings, taken);
  reviewDatesOfClients(input, mappings, taken);
  tiersOfClients(input, mappings, taken);
  contactsOfClients(input, mappings, taken);
  numberedRecordColumns(input, mappings);

  input.columns.forEach((column, i) => {
    const mapping = mappings[i];
    const target = mapping.field ? byKey.get(mapping.field) : undefined;
    const type = target?.field.type;
    if (type === "money" || type === "number") {
      const unit = unitOf(column);
      if (unit) {
        mapping.unitMultiplier = unit.multiplier;
        if (unit.currency) mapping.currency = unit.currency;
        if (unit.ambiguous) {
          issues.push({
            sheet: input.sheetName,
            row: null,
            column: columnLabel(mapping.letter, mapping.header),
            field: mapping.field,
            value: mapping.header,
            message:
              renderMessage("map.unit-ambiguous", { unit: unit.ambiguous }, "en") ??
              "map.unit-ambiguous",
            code: "map.unit-ambiguous",
            params: { unit: unit.ambiguous },
            severity: "warning",
          });
        }
      }
    }
  });

  const hasNotes = byKey.has("notes");
  input.columns.forEach((column, i) => {
    const mapping = mappings[i];
    if (mapping.field !== null || !column.values.some((v) => !isBlankCell(v))) return;
    // A relative's column is read into the family, a held product's into the insurance, neither
    // kept in notes (import.family-from-columns, import.policies-from-held).
    if (ANOTHER_SHEET.has(mapping.reasons?.[0]?.code ?? "")) return;
    // A further numbered group (Policy 2) is a record of its own (import.numbered-groups).
    if (mapping.reasons?.[0]?.code === "map.why.numbered-group") return;
    const label = columnLabel(mapping.letter, mapping.header);
    const near = bestRejected.get(i);
    const code =
      mapping.source === "row-number"
        ? "map.row-numbers"
        : hasNotes
          ? "map.unmapped-notes"
          : "map.unmapped-extra";
    const params: Record<string, string | number> = {
      ...(near && mapping.source === "none" ? doubtParams(near) : {}),
      registerSheet: input.registerSheet,
      header: mapping.header || mapping.letter,
      extra: extraColumnKey(mapping, input.registerSheet),
    };
    const message = renderMessage(code, params, "en") ?? code;
    issues.push({
      sheet: input.sheetName,
      row: null,
      column: label,
      field: null,
      value: mapping.header || null,
      message,
      severity: "info",
      code,
      params,
    });
  });

  return { columns: mappings, issues };
}

/** Share of the rows holding both on which two text columns must agree to be one text twice. */
const TWIN_AGREEMENT = 0.8;

/**
 * Two text columns named for one field that hold the same text (a dispatch system's 问题描述 and
 * 服务之目的或问题征候之描述, copied from each other) where both are written, each written on rows
 * the other is not: one text in two places, joined so that no record loses it (the same text
 * twice is read once).
 */
function joinTwinTexts(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  candidates: readonly Candidate[],
  byKey: ReadonlyMap<string, FieldTarget>
): void {
  mappings.forEach((mapping, held) => {
    const key = mapping.field;
    if (key === null || mapping.source === "override" || mapping.joined) return;
    if (byKey.get(key)?.field.type !== "text") return;
    const mine = input.columns[held].values;
    const twin = candidates.find((c) => {
      // The values agreeing with the field's column are a witness of their own: a header that
      // only half names the field is enough beside them.
      if (c.target.key !== key || c.column === held || c.confidence < HEADER_FLOOR) return false;
      const other = mappings[c.column];
      if (other.field !== null || other.source !== "none") return false;
      let both = 0;
      let same = 0;
      let onlyTheirs = 0;
      input.columns[c.column].values.forEach((cell, row) => {
        const a = cellText(cell).trim();
        const b = cellText(mine[row] ?? null).trim();
        if (a !== "" && b === "") onlyTheirs++;
        if (a === "" || b === "") return;
        both++;
        if (a === b) same++;
      });
      return onlyTheirs > 0 && both >= MIN_VALUES_TO_CONTRADICT && same >= both * TWIN_AGREEMENT;
    });
    if (!twin) return;
    const other = mappings[twin.column];
    Object.assign(other, {
      confidence: Math.max(twin.confidence, MAPPING_THRESHOLD),
      source: "fuzzy",
    });
    setEvidence(other, [
      ...twin.evidence,
      why("map.why.twin-text", { other: columnLabel(mapping.letter, mapping.header), field: key }),
    ]);
    joinParts(mappings, key, [held, twin.column]);
  });
}

/**
 * A field a column's header only resembles (集团级别 ~ 集团客户 through the sheet's subject word
 * 集团, 理财 ~ 理财经理) while its values contradict it: naming it as what the column "looks like"
 * would send a person the wrong way, so the column is reported as unmapped without it. A header
 * that is the field's own word (电话 over names) is still told: that is why it stayed unmapped.
 */
function misleadingHint(candidate: Candidate): boolean {
  const codes = candidate.evidence.map((e) => e.code);
  return codes.includes("map.why.header-resembles") && codes.includes("map.why.values-contradict");
}

/**
 * Why a column stayed unmapped although it looked like a field: the field, its confidence and the
 * first two witnesses, as parameters of the optional "map.doubt" clause (its own witnesses' params
 * joined in, the column's header kept).
 */
function doubtParams(near: Candidate): Record<string, string | number> {
  const reasons = near.evidence.slice(0, 2);
  const out: Record<string, string | number> = {};
  for (const r of reasons) Object.assign(out, r.params);
  Object.assign(out, {
    doubt: reasons.length > 1 ? "map.doubt-2" : "map.doubt",
    near: near.target.key,
    nearConfidence: near.confidence,
    why1: reasons[0]?.code ?? "",
  });
  if (reasons.length > 1) out.why2 = reasons[1].code;
  return out;
}

/**
 * The record key under which an unmapped column's values are kept on sheets without notes: the
 * header, unless it would read as one of the sheet's own columns.
 */
export function extraColumnKey(mapping: ColumnMapping, sheet: SheetKey): string {
  // Named by the source's column letter, in no language's words (the register may be Chinese).
  const header = mapping.header || `(${mapping.letter})`;
  const taken = sheetDef(sheet).fields.some((f) =>
    [f.key, ...Object.values(f.label)].some((s) => foldHeader(s) === foldHeader(header))
  );
  // A header such as "__proto__" cannot be a plain record key.
  return taken || header in Object.prototype ? `${header} (${mapping.letter})` : header;
}

/**
 * True when the column's values go nowhere, not even to notes: running row numbers, or a column
 * hidden in the source (see hidden-columns.ts), or one describing each line of a log read as its
 * buyers (see buyer-log.ts).
 */
export function isLeftOut(mapping: ColumnMapping): boolean {
  return (
    mapping.source === "row-number" ||
    mapping.source === "hidden" ||
    mapping.source === "transaction" ||
    mapping.sideNote === true
  );
}

/** True when the mapping feeds a register field (not the client-name link, not unmapped). */
export function isFieldColumn(mapping: ColumnMapping): boolean {
  return mapping.field !== null && mapping.field !== CLIENT_NAME_KEY;
}

function repeats(profile: ColumnProfile): boolean {
  return profile.filled >= 10 && profile.filled / Math.max(1, profile.distinct) >= OWNER_REPEAT;
}

function assign(
  mapping: ColumnMapping,
  key: string,
  confidence: number,
  evidence: CodedReason[]
): void {
  Object.assign(mapping, { field: key, confidence, source: "subject" });
  setEvidence(mapping, evidence);
}

/**
 * The later columns of numbered groups on a record sheet (Policy 2, Policy 3 beside Policy 1):
 * unmapped, each with its reason; the import reads each filled group as a record of its own
 * (numbered-groups.ts).
 */
function numberedRecordColumns(input: ColumnMapInput, mappings: ColumnMapping[]): void {
  if (input.registerSheet === "Clients") return;
  const numbered = numberedGroups(mappings);
  if (!numbered) return;
  const first = numbered.groups[0];
  for (const group of numbered.groups.slice(1))
    for (const [stem, i] of group) {
      const head = mappings[first.get(stem) ?? -1];
      if (!head) continue;
      setEvidence(mappings[i], [
        why("map.why.numbered-group", {
          first: columnLabel(head.letter, head.header),
          registerSheet: input.registerSheet,
        }),
      ]);
    }
}

/**
 * The row's subject: on a Clients sheet, a person-name column whose names repeat over many rows
 * while another column names many distinct things is the owner (a sales rep over 1,950 stores),
 * not the client; a generic name column beside a named subject is a person attached to it.
 */
/**
 * A client list's columns of the clients' relatives (配偶姓名, 子女1生日, "Spouse Name") give no field
 * of the client: the spouse is neither the client nor the client's contact. They are left unmapped
 * here, each with its reason, and read into the family sheet by the import (family-columns.ts).
 * Only beside a client name column of its own: a list whose only name is 孩子姓名 is about the child.
 */
function relativesOfClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const skip = new Set<number>();
  mappings.forEach((m, i) => {
    if (m.source === "override" || m.source === "hidden" || m.field === "name") skip.add(i);
  });
  const relatives = relativeColumns(
    input.columns.map((c) => c.header.text),
    input.columns.map((c) => c.values),
    skip
  );
  if (relatives.length === 0 || !mappings.some((m) => m.field === "name")) return;
  for (const relative of relatives) {
    const mapping = mappings[relative.index];
    // A relative's phone joined to the client's: the client's own column keeps the field alone.
    leaveJoinedField(mapping, mappings, taken);
    setEvidence(mapping, [
      why("map.why.relative", {
        relation: `relation.${relative.relation}`,
        field: relative.field ?? "notes",
        registerSheet: "Family",
      }),
    ]);
  }
}

/**
 * A client list's last and next dates of contact (Last Review, 最近拜访, Next Review, 下次回访) give
 * no field of the client: they are a visit of the client, read into the visits sheet by the import
 * (review-dates.ts). Only columns of dates that feed no field of the client, beside a name column.
 */
function reviewDatesOfClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !mappings.some((m) => m.field === "name")) return;
  const columns = reviewDateColumns(
    input.columns.map((c) => c.header.text),
    input.columns.map((c) => c.values),
    (i) => mappings[i].field === null && mappings[i].source === "none" && !mappings[i].sideNote
  );
  if (columns === null) return;
  const chosen: [number | null, "last" | "next"][] = [
    [columns.last, "last"],
    [columns.next, "next"],
  ];
  for (const [index, role] of chosen) {
    if (index === null) continue;
    const mapping = mappings[index];
    Object.assign(mapping, { field: null, confidence: 0, source: "none" });
    setEvidence(mapping, [
      why("map.why.review-date", {
        role,
        field: role === "last" || columns.last === null ? "visitOn" : "nextVisitOn",
        registerSheet: "Visits",
      }),
    ]);
  }
  void taken;
}

/** Reasons of a client list's columns that are read into another register sheet, not into notes. */
const ANOTHER_SHEET: ReadonlySet<string> = new Set([
  "map.why.review-date",
  "map.why.relative",
  "map.why.held-products",
  "map.why.held-policy-column",
  "map.why.tier-column",
  "map.why.contact-column",
]);

/**
 * Columns of a company list's contacts (联系人职务, 联系人2, 联系人手机, "Champion Email") give no
 * field of the client: they are read into the Contacts sheet by the import (contact-columns.ts).
 * The first contact's name stays the client's main contact, and their phone and e-mail stay the
 * client's too when the client has no phone or e-mail column of its own.
 */
function contactsOfClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const columns = contactColumnsOf(
    mappings,
    input.columns.map((c) => c.values)
  );
  if (columns.length === 0) return;
  const contactColumn = new Set(columns.map((c) => c.index));
  const ownColumn = (field: string) =>
    mappings.some((m, i) => m.field === field && !contactColumn.has(i));
  const first = firstContact(columns, mappings);
  for (const c of columns) {
    const mapping = mappings[c.index];
    // One person per company stays the client's main contact, their phone the client's; their
    // title is no occupation of the company: it is kept in the client's notes.
    if (!c.described) {
      if ((c.part === "title" || c.part === "department") && mapping.field !== null)
        leaveJoinedField(mapping, mappings, taken);
      continue;
    }
    const field = mapping.field;
    if (c.group === first && c.part === "name" && field === "mainContact") continue;
    if (
      c.group === first &&
      (c.part === "phone" || c.part === "email") &&
      field === c.part &&
      !ownColumn(field)
    )
      continue;
    leaveJoinedField(mapping, mappings, taken);
    setEvidence(mapping, [
      why("map.why.contact-column", {
        field: c.part,
        registerSheet: "Contacts",
        contact: c.group.replace(/#1$/, "").replace("#", " "),
      }),
    ]);
  }
}

/** The client's main contact among a company list's contacts: the one its mainContact names. */
export function firstContact(
  columns: readonly ContactColumn[],
  mappings: readonly ColumnMapping[]
): string | null {
  const names = columns.filter((c) => c.part === "name");
  return (names.find((c) => mappings[c.index].field === "mainContact") ?? names[0])?.group ?? null;
}

/**
 * The contact columns of a client sheet's mapping (see contact-columns.ts): not the client's name,
 * an owner, a column a person chose or one read into another sheet.
 */
export function contactColumnsOf(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): ContactColumn[] {
  const skip = new Set<number>();
  mappings.forEach((m, i) => {
    const reason = m.reasons?.[0]?.code ?? "";
    if (
      m.source === "override" ||
      m.source === "hidden" ||
      m.field === "owner" ||
      (ANOTHER_SHEET.has(reason) && reason !== "map.why.contact-column")
    )
      skip.add(i);
  });
  return clientContactColumns(
    mappings.map((m) => m.header),
    columnValues,
    mappings.findIndex((m) => m.field === "name"),
    skip
  );
}

/**
 * Takes a column off its field; a column joined with others on the field leaves them the field
 * (the last one left is no longer joined), else the field is free again.
 */
function leaveJoinedField(
  mapping: ColumnMapping,
  mappings: readonly ColumnMapping[],
  taken: Set<string>
): void {
  const field = mapping.field;
  Object.assign(mapping, { field: null, confidence: 0, source: "none" });
  if (mapping.joined) {
    delete mapping.joined;
    delete mapping.joinSeparator;
    delete mapping.joinFirst;
    const left = mappings.filter((m) => m.field === field);
    if (left.length === 1) delete left[0].joined;
  } else if (field !== null) taken.delete(field);
}

/**
 * A column of a client list the client keeps no sure field of: mapped by no person, not on a
 * field with full confidence, and not already sent to another sheet.
 */
function unsureClientColumn(mapping: ColumnMapping): boolean {
  return (
    mapping.source === "none" &&
    (mapping.field === null || mapping.confidence < 1) &&
    !ANOTHER_SHEET.has(mapping.reasons?.[0]?.code ?? "")
  );
}

/**
 * A client name that stands beside many different client numbers is not the client's: one name
 * with several numbers on most rows (a support agent beside the members whose tickets they took,
 * an officer beside the borrowers) is a person handling the rows. Clients who share a name are
 * few; here most rows' names come with more than one number. Only a name read from a header that
 * merely resembles the field (never one a person chose or a header named exactly) is taken off.
 */
function nameAcrossClientIds(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  const name = mappings.findIndex((m) => m.field === CLIENT_NAME_KEY);
  const id = mappings.findIndex((m) => m.field === "clientId");
  if (name < 0 || id < 0) return;
  const ids = new Map<string, Set<string>>();
  const rowsOf = new Map<string, number>();
  const names = input.columns[name].values;
  const numbers = input.columns[id].values;
  names.forEach((cell, row) => {
    const who = cellText(cell).toLowerCase();
    const number = cellText(numbers[row] ?? null);
    if (who === "" || number === "") return;
    const set = ids.get(who) ?? new Set<string>();
    set.add(number);
    ids.set(who, set);
    rowsOf.set(who, (rowsOf.get(who) ?? 0) + 1);
  });
  const rows = [...rowsOf.values()].reduce((a, b) => a + b, 0);
  if (rows < 6) return;
  const shared = [...ids].filter(([, set]) => set.size >= 2);
  const sharedRows = shared.reduce((n, [who]) => n + (rowsOf.get(who) ?? 0), 0);
  if (sharedRows < rows * 0.5) return;
  // A bare "id" or "No." beside the names is the row's own number (a report's, a loan's), not the
  // client's: each client comes back with another. It is taken off; the name stays.
  if (mappings[id].source !== "override" && readHeader(mappings[id].header).role === "none") {
    unmapColumn(mappings[id], taken);
    setEvidence(mappings[id], [
      why("map.why.row-own-number", {
        name: columnLabel(mappings[name].letter, mappings[name].header),
      }),
    ]);
    return;
  }
  if (RECORD_SUBJECT_KEY[input.registerSheet] !== CLIENT_NAME_KEY) return;
  if (mappings[name].source !== "fuzzy") return;
  const [example, set] = shared.sort((a, b) => b[1].size - a[1].size)[0];
  const mapping = mappings[name];
  const shown = cellText(names.find((c) => cellText(c).toLowerCase() === example) ?? example);
  unmapColumn(mapping, taken);
  setEvidence(mapping, [
    why("map.why.name-many-ids", {
      name: shown,
      count: set.size,
      id: columnLabel(mappings[id].letter, mappings[id].header),
    }),
  ]);
}

/** Fewest numbers standing on rows of different people for a column to be no client's number. */
const MIN_SHARED_NUMBERS = 3;
/** …and the share of its numbers they must be: a few slips in a long list are slips. */
const SHARED_NUMBERS_SHARE = 0.02;

/**
 * A number column read as the client's (證書編號, Cert No., member_id) whose numbers stand on rows
 * of different people — other names with other ID numbers or other e-mail addresses, time and
 * again — numbers something else the people hold (a certificate, a course) or nothing at all:
 * keyed by it, different people would merge into one client. It is taken off; the rows keep their
 * identity by name and ID number or e-mail. One number written under two people is a slip; three
 * or more, and more than a few of the numbers, are the column's nature.
 */
function numberAcrossPeople(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const id = mappings.findIndex((m) => m.field === "clientId");
  const names = personNameParts(mappings);
  const person = ["idNumber", "email"]
    .map((field) => mappings.findIndex((m) => m.field === field))
    .filter((i) => i >= 0);
  if (id < 0 || names.length === 0 || person.length === 0) return;
  if (mappings[id].source === "override") return;
  const key = (cell: SourceCell | undefined) =>
    cellText(cell ?? null)
      .replace(/[\s()（）]/g, "")
      .toUpperCase();
  const seen = new Map<string, { name: string; person: string[] }>();
  const shared = new Set<string>();
  input.columns[id].values.forEach((cell, row) => {
    const number = key(cell);
    const who = {
      name: names.map((i) => key(input.columns[i].values[row])).join(" "),
      person: person.map((i) => key(input.columns[i].values[row])),
    };
    if (number === "" || who.name.trim() === "" || who.person.every((p) => p === "")) return;
    const first = seen.get(number);
    if (!first) seen.set(number, who);
    else if (
      first.name !== who.name &&
      who.person.some((p, i) => p !== "" && first.person[i] !== "" && p !== first.person[i])
    )
      shared.add(number);
  });
  if (shared.size < Math.max(MIN_SHARED_NUMBERS, seen.size * SHARED_NUMBERS_SHARE)) return;
  unmapColumn(mappings[id], taken);
  setEvidence(mappings[id], [
    why("map.why.number-many-people", { count: shared.size, example: [...shared][0] }),
  ]);
}

/** Share of a name column's filled rows that must be the row's number joined to another column. */
const JOINED_NAME_SHARE = 0.8;

/**
 * A name column that only joins two others (長名稱 = 客戶代號 + " " + 簡稱, a spreadsheet's
 * formula "FC402 順豐") repeats the number beside the name a person knows the client by: the
 * column it joins to the number is the name, and the joined one goes to the notes. Read from the
 * values on nearly every row, never from the headers.
 */
function nameJoinsNumber(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const name = mappings.findIndex((m) => m.field === "name");
  const id = mappings.findIndex((m) => m.field === "clientId");
  if (name < 0 || id < 0 || mappings[name].source === "override" || mappings[name].joined) return;
  const names = input.columns[name].values.map((v) => cellText(v).trim());
  const ids = input.columns[id].values.map((v) => cellText(v).trim());
  const filled = names.filter((n) => n !== "").length;
  if (filled < MIN_VALUES_TO_CONTRADICT) return;
  const part = input.columns.findIndex((column, i) => {
    if (i === name || i === id) return false;
    // Free, or read as a person beside the subject only because its values look like names.
    const m = mappings[i];
    const free = m.field === null && m.source === "none";
    if (!free && !(m.field === "mainContact" && m.source === "subject")) return false;
    if (profiles[i].text < 0.8) return false;
    let joined = 0;
    column.values.forEach((v, row) => {
      const text = cellText(v).trim();
      const number = ids[row] ?? "";
      if (text === "" || number === "") return;
      const whole = names[row] ?? "";
      if (whole.startsWith(number) && whole.slice(number.length).trim() === text) joined++;
    });
    return joined >= filled * JOINED_NAME_SHARE;
  });
  if (part < 0) return;
  if (mappings[part].field === "mainContact") taken.delete("mainContact");
  const whole = mappings[name];
  Object.assign(mappings[part], { field: "name", confidence: whole.confidence, source: "subject" });
  setEvidence(mappings[part], [
    why("map.why.name-joined-to-number", {
      whole: columnLabel(whole.letter, whole.header),
      number: columnLabel(mappings[id].letter, mappings[id].header),
    }),
  ]);
  Object.assign(whole, { field: null, confidence: 0, source: "none" });
  setEvidence(whole, [
    why("map.why.number-and-name", {
      name: columnLabel(mappings[part].letter, mappings[part].header),
      number: columnLabel(mappings[id].letter, mappings[id].header),
    }),
  ]);
}

/** A column filled on fewer than this share of another's rows names only some of its rows. */
const FEW_ROWS_SHARE = 0.5;

/**
 * Two columns both headed as the client's name (公司名稱 and 用戶名稱, Company Name beside Customer
 * Name): the one filled on nearly every row names each row's party, and one filled on a few rows
 * only (the company's name, written on its subscribers' rows alone) is a detail of those rows.
 * Read the other way, most rows would name no one. The index of the column set aside, if any.
 */
function fullerNameColumn(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  candidates: readonly Candidate[]
): number | null {
  if (input.registerSheet !== "Clients") return null;
  const name = mappings.findIndex((m) => m.field === "name");
  if (name < 0 || mappings[name].source === "override" || mappings[name].joined) return null;
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  const fuller = candidates.find((c) => {
    const p = profiles[c.column];
    return (
      c.target.key === "name" &&
      c.column !== name &&
      c.confidence >= mappings[name].confidence &&
      mappings[c.column].field === null &&
      mappings[c.column].source === "none" &&
      p.filled >= MIN_VALUES_TO_CONTRADICT &&
      p.filled >= rows * 0.9 &&
      profiles[name].filled < p.filled * FEW_ROWS_SHARE &&
      p.text >= 0.8 &&
      p.distinctRatio >= 0.5
    );
  });
  if (!fuller) return null;
  const few = mappings[name];
  const full = mappings[fuller.column];
  Object.assign(full, {
    field: "name",
    confidence: fuller.confidence,
    source: fuller.confidence === 1 ? "alias" : "fuzzy",
  });
  setEvidence(full, [
    ...fuller.evidence,
    why("map.why.name-on-more-rows", {
      other: columnLabel(few.letter, few.header),
      filled: profiles[fuller.column].filled,
      few: profiles[name].filled,
    }),
  ]);
  Object.assign(few, { field: null, confidence: 0, source: "none" });
  setEvidence(few, [
    why("map.why.name-on-few-rows", {
      subject: columnLabel(full.letter, full.header),
      filled: profiles[name].filled,
      rows,
    }),
  ]);
  return name;
}

/** Rows naming a firm but no person, of the firm's rows, that make a list one of firms. */
const FIRM_ONLY_SHARE = 0.1;

/**
 * A list naming a firm (Company) and a person (Person Name) on its rows, read as people with their
 * employer: when every row naming the person names the firm as well, and further rows name the
 * firm alone, the rows are the firm's — a renewal or order list of companies with whom to call —
 * and the person is the firm's contact. (A list of people names each person, whether or not it
 * knows where they work.)
 */
function firmsWithContacts(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const parts = personNameParts(mappings);
  const firm = mappings.findIndex((m) => m.field === "employer");
  if (parts.length === 0 || firm < 0) return;
  if ([...parts, firm].some((i) => mappings[i].source === "override")) return;
  if (!namesCompany(input.columns[firm]) || !companyLikeValues(input.columns[firm].values)) return;
  const filled = (i: number, row: number) => !isBlankCell(input.columns[i].values[row] ?? null);
  const height = Math.max(...[...parts, firm].map((i) => input.columns[i].values.length));
  let both = 0;
  let personOnly = 0;
  let firmOnly = 0;
  for (let row = 0; row < height; row++) {
    const p = parts.some((i) => filled(i, row));
    const f = filled(firm, row);
    if (p && f) both++;
    else if (p) personOnly++;
    else if (f) firmOnly++;
  }
  // A person's name merged down over the rows of one order names each of them: rows it covers
  // are the person's, not the firm's alone.
  firmOnly = Math.max(
    0,
    firmOnly - Math.max(0, ...parts.map((i) => input.columns[i].mergedRows ?? 0))
  );
  const firmRows = both + firmOnly;
  if (personOnly > 0 || both < MIN_VALUES_TO_CONTRADICT) return;
  const firmHeader = mappings[firm].header;
  const personHeader = parts.map((i) => mappings[i].header).join(" + ");
  let reason: CodedReason;
  if (firmOnly >= Math.max(2, firmRows * FIRM_ONLY_SHARE))
    reason = why("map.why.firm-rows", {
      header: firmHeader,
      person: personHeader,
      firmOnly,
      firmRows,
    });
  else if (
    personFieldsOf(mappings, profiles).length === 0 &&
    firmLeadsOnePersonEach(input.columns, firm, parts)
  )
    reason = why("map.why.firm-leads", { header: firmHeader, person: personHeader });
  else return;
  taken.delete("employer");
  taken.delete("name");
  const contact = byKey.has("mainContact") && !taken.has("mainContact");
  assign(mappings[firm], "name", 0.8, [reason]);
  const title = mappings.findIndex((m) => m.field === "occupation" && m.source !== "override");
  if (title >= 0) {
    unmapColumn(mappings[title], taken);
    setEvidence(mappings[title], [why("map.why.company-no-occupation")]);
  }
  if (contact) taken.add("mainContact");
  for (const i of parts) {
    if (contact)
      assign(mappings[i], "mainContact", 0.8, [
        why("map.why.firm-contact", { header: mappings[i].header, firm: firmHeader }),
      ]);
    else {
      unmapColumn(mappings[i], taken);
      delete mappings[i].joined;
      delete mappings[i].joinSeparator;
      delete mappings[i].joinFirst;
    }
  }
}

/**
 * A firm column written left of the person's name, each firm on a row of its own with one person
 * beside it: the list is kept by firm (an order system's customer table: Company, ID, First Name,
 * Last Name, Job Title), and the person is whom to ask for there. A list of people leads with the
 * person, names the same firm on several people's rows, or gives each one's birthday or ID number
 * (the caller's check: a firm has neither).
 */
function firmLeadsOnePersonEach(
  columns: readonly ColumnInput[],
  firm: number,
  parts: readonly number[]
): boolean {
  if (firm > Math.min(...parts)) return false;
  const firms = columns[firm].values.map((v) => cellText(v));
  const people = columns[parts[0]].values.map((_, row) =>
    parts.map((i) => cellText(columns[i].values[row] ?? null)).join(" ")
  );
  const filledFirms = firms.filter((f) => f.trim() !== "").length;
  return (
    distinctTexts(firms) >= filledFirms * 0.95 && distinctTexts(firms) >= distinctTexts(people)
  );
}

/** The column naming the row's person, or the given and family name columns joined into it. */
function personNameParts(mappings: readonly ColumnMapping[]): number[] {
  const parts = mappings.flatMap((m, i) => (m.field === "name" ? [i] : []));
  if (parts.length === 1 && !mappings[parts[0]].joined) return parts;
  return parts.length === 2 && parts.every((i) => mappings[i].joined) ? parts : [];
}

/** Takes a column off its field (freeing the field unless the column joined others on it). */
function unmapColumn(mapping: ColumnMapping, taken: Set<string>): void {
  if (mapping.field !== null && !mapping.joined) taken.delete(mapping.field);
  Object.assign(mapping, { field: null, confidence: 0, source: "none" });
}

/**
 * A client list's tier column (客户等级 钻石/白金/金卡, "Tier" Gold/Platinum) gives no field of the
 * client: it is a tier a person gave the client, read into the Tiers sheet as its override by the
 * import (tier-column.ts). Only columns the client keeps no sure field of are looked at.
 */
function tiersOfClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const index = tierColumn(
    input.columns.map((c) => c.header.text),
    input.columns.map((c) => c.values),
    (i) => mappings[i].field !== "name" && unsureClientColumn(mappings[i])
  );
  if (index === null) return;
  const mapping = mappings[index];
  unmapColumn(mapping, taken);
  setEvidence(mapping, [
    why("map.why.tier-column", { field: "overrideTier", registerSheet: "Tiers" }),
  ]);
}

/**
 * A client list's column of the insurance each client holds (已购险种 "重疾、医疗", "Policies held")
 * and the premium and sum insured beside it (年缴保费) give no field of the client: they are the
 * client's policies, read into the insurance sheet by the import (held-policy-rows.ts). Only
 * columns the client keeps no field of are looked at.
 */
function heldPoliciesOfClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const columns = heldPolicyColumns(
    input.columns.map((c) => c.header.text),
    input.columns.map((c) => c.values),
    (i) => unsureClientColumn(mappings[i])
  );
  if (!columns) return;
  const products = mappings[columns.products];
  unmapColumn(products, taken);
  setEvidence(products, [
    why("map.why.held-products", { field: "type", registerSheet: "Insurance" }),
  ]);
  for (const [i, field] of [
    [columns.premium, "annualPremium"],
    [columns.sumInsured, "sumInsured"],
  ] as const) {
    if (i === null) continue;
    unmapColumn(mappings[i], taken);
    setEvidence(mappings[i], [
      why("map.why.held-policy-column", {
        field,
        registerSheet: "Insurance",
        products: columnLabel(products.letter, products.header),
      }),
    ]);
  }
}

/** A name column filled on fewer rows than this share is no name every record has. */
const NAME_ON_SOME_ROWS = 0.9;
/** …when another name column is filled on this share of the rows at least. */
const NAME_ON_EVERY_ROW = 0.98;

/**
 * Every record has its name. A column only resembling a name's header (登記名稱, "Registered
 * Name") left empty on rows where another column headed as a name (廟名, 店名, "Name") is
 * filled on every row is a second name — registered, legal, former — and the full column is the
 * row's name. Returns the subject's column.
 */
function nameOnEveryRow(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  readings: readonly HeaderReading[],
  subject: number
): number {
  const m = mappings[subject];
  const p = profiles[subject];
  if (m.source === "override" || m.confidence >= 1 || p.rows === 0) return subject;
  if (p.filled >= p.rows * NAME_ON_SOME_ROWS) return subject;
  const full = input.columns.findIndex(
    (_, i) =>
      i !== subject &&
      mappings[i].field === null &&
      mappings[i].source === "none" &&
      readings[i].base === "name" &&
      (readings[i].role === "subject" || readings[i].role === "none") &&
      !namesAThing(mappings[i].header) &&
      profiles[i].text >= 0.6 &&
      profiles[i].filled >= profiles[i].rows * NAME_ON_EVERY_ROW &&
      namesNoOne(profiles[i]) === null
  );
  if (full < 0) return subject;
  const rows = p.rows;
  assign(mappings[full], "name", 0.75, [
    why("map.why.name-every-row", {
      header: mappings[full].header,
      filled: profiles[full].filled,
      rows,
    }),
  ]);
  // A name in two parts (first_name | last_name) filled on some rows only: both parts are the
  // second name, a person's found at the place the full column names on every row.
  const parts = m.joined
    ? mappings.flatMap((c, i) => (i !== full && c.field === "name" && c.joined ? [i] : []))
    : [subject];
  for (const i of parts) {
    Object.assign(mappings[i], { field: null, confidence: 0, source: "none" });
    delete mappings[i].joined;
    delete mappings[i].joinSeparator;
    delete mappings[i].joinFirst;
    setEvidence(mappings[i], [
      why("map.why.second-name", {
        header: mappings[full].header,
        filled: profiles[i].filled,
        rows,
      }),
    ]);
  }
  return full;
}

function decideSubject(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  const readings = input.columns.map(role);
  // Opaque keys, bands or countries (no-one-values.ts) name no one: never the row's subject.
  const free = (i: number) =>
    mappings[i].field === null && mappings[i].source === "none" && namesNoOne(profiles[i]) === null;
  const attachTo = (i: number, first: CodedReason): void => {
    const key = repeats(profiles[i]) && byKey.has("owner") && !taken.has("owner") ? "owner" : null;
    const fallback = byKey.has("mainContact") && !taken.has("mainContact") ? "mainContact" : null;
    const chosen = key ?? fallback;
    if (!chosen) return;
    taken.add(chosen);
    assign(mappings[i], chosen, 0.7, [
      first,
      repeats(profiles[i])
        ? why("map.why.many-rows", { distinct: profiles[i].distinct, filled: profiles[i].filled })
        : why("map.why.attached"),
    ]);
  };

  if (input.registerSheet === "Clients") {
    let subject = mappings.findIndex((m) => m.field === "name");
    if (subject >= 0) subject = nameOnEveryRow(input, mappings, profiles, readings, subject);
    if (subject >= 0 && mappings[subject].source !== "override") {
      const p = profiles[subject];
      // One part of a name in two columns (First Name beside Last Name) repeats as a given name
      // or a firm's first word does ('Mortgage' | 'Registry Systems Inc'): the joined name names
      // the row, not one of our people responsible for many rows.
      if (repeats(p) && readings[subject].role !== "subject" && !mappings[subject].joined) {
        const alternative = input.columns.findIndex(
          (_, i) =>
            i !== subject &&
            (free(i) || mappings[i].confidence < 0.9) &&
            mappings[i].source !== "override" &&
            mappings[i].source !== "row-number" &&
            (readings[i].base === "name" || readings[i].role === "subject") &&
            readings[i].base !== "id" &&
            profiles[i].text >= 0.6 &&
            profiles[i].distinctRatio > p.distinctRatio * 2
        );
        if (alternative >= 0) {
          const previous = mappings[alternative].field;
          if (previous) taken.delete(previous);
          assign(mappings[alternative], "name", 0.75, [
            why("map.why.names-something", { header: mappings[alternative].header }),
            why("map.why.distinct-subject", {
              distinct: profiles[alternative].distinct,
              filled: profiles[alternative].filled,
            }),
          ]);
          taken.delete("name");
          taken.add("name");
          Object.assign(mappings[subject], { field: null, confidence: 0, source: "none" });
          attachTo(subject, why("map.why.names-person", { header: mappings[subject].header }));
          subject = alternative;
        }
      }
    }
    if (subject < 0) {
      const named = input.columns.findIndex(
        (_, i) =>
          free(i) &&
          readings[i].base === "name" &&
          (readings[i].role === "subject" || readings[i].role === "none") &&
          !namesAThing(mappings[i].header) &&
          profiles[i].text >= 0.6
      );
      if (named >= 0) {
        taken.add("name");
        assign(mappings[named], "name", 0.7, [
          why("map.why.only-naming", { header: mappings[named].header }),
        ]);
        subject = named;
      }
    }
    if (subject < 0) subject = namesByValues(input, mappings, profiles, taken);
    if (subject < 0) subject = fallbackSubject(input, mappings, profiles, readings, byKey, taken);
    keyByValues(input, mappings, profiles, readings, subject, taken);
    if (subject >= 0 && input.columns[subject].header.text === "")
      attachByValues(input, mappings, profiles, subject, byKey, taken, attachTo);
    // A second, generic name column (姓名 beside 门店名称) names a person attached to the subject.
    if (subject >= 0 && readings[subject].role === "subject") {
      input.columns.forEach((_, i) => {
        if (!free(i) || readings[i].base !== "name" || readings[i].role !== "none") return;
        if (profiles[i].personName < 0.5) return;
        attachTo(i, why("map.why.person-beside", { header: mappings[i].header }));
      });
    }
  }

  insuredNumberIsClient(input, mappings, profiles, readings, byKey, taken);
  if (byKey.has(CLIENT_NAME_KEY) && !taken.has(CLIENT_NAME_KEY) && !taken.has("clientId")) {
    // The insured person is the client a policy belongs to when no policyholder column says otherwise.
    const insured = mappings.findIndex((m) => m.field === "insured");
    if (insured >= 0) {
      mappings[insured].linksClient = true;
      addEvidence(mappings[insured], why("map.why.insured-client"));
    }
  }
}

/**
 * No header names the row's party, and one column's values do: names of people or firms that
 * differ row by row (value-subject.ts). That column is the client's name.
 */
function namesByValues(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): number {
  if (taken.has("name")) return -1;
  const subject = subjectByValues(
    input.columns.map((c) => c.header.text),
    input.columns.map((c) => c.values),
    profiles,
    (i) =>
      mappings[i].field === null &&
      mappings[i].source === "none" &&
      namesNoOne(profiles[i]) === null
  );
  if (subject?.field !== "name") return -1;
  const i = subject.column;
  taken.add("name");
  assign(mappings[i], "name", 0.65, [
    why("map.why.names-by-values", {
      header: mappings[i].header || mappings[i].letter,
      distinct: profiles[i].distinct,
      filled: profiles[i].filled,
    }),
  ]);
  return i;
}

/**
 * The client's own key when no header names one: the first column holds a different code or
 * number on every row (a seller id, a member key, a dealer code; value-subject.ts). It is the
 * client's id when nothing names the client (the key is all that tells them apart), when its
 * header reads as a number beside the names (经销商代码, Dealer Code), or when the list has no
 * header row at all.
 */
function keyByValues(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  readings: readonly HeaderReading[],
  subject: number,
  taken: Set<string>
): void {
  if (taken.has("clientId")) return;
  const headerless = input.columns.every((c) => c.header.text === "");
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  const keyAt = (i: number) =>
    i !== subject &&
    mappings[i].field === null &&
    mappings[i].source === "none" &&
    isPartyKey(input.columns[i].values, profiles[i], rows);
  let first = profiles.findIndex(
    (p, i) => p.filled > 0 && !p.serial && mappings[i].source !== "row-number"
  );
  if (first < 0) return;
  if (headerless && !keyAt(first)) {
    // Without any header row the key may stand after the names (first | initial | last |
    // customer number): the one column holding a different code or number on every row.
    const keys = input.columns.flatMap((_, i) => (keyAt(i) ? [i] : []));
    if (keys.length !== 1) return;
    first = keys[0];
  }
  if (first === subject) return;
  const m = mappings[first];
  if (m.field !== null || m.source !== "none") return;
  if (!ownHeader(m.header)) return;
  // Beside the names, a header must call the column a number; on a list without any header row
  // the key standing first is what the list's system numbered each party by.
  if (subject >= 0 && readings[first].base !== "id" && !headerless) return;
  if (!isPartyKey(input.columns[first].values, profiles[first], rows)) return;
  taken.add("clientId");
  assign(m, "clientId", 0.6, [
    why("map.why.key-by-values", {
      header: m.header || m.letter,
      distinct: profiles[first].distinct,
      filled: profiles[first].filled,
    }),
  ]);
}

/**
 * A policy extract that names no policyholder and no insured by name, only the insured's number
 * (insured_id, 被保险人编号, Insured No): the insured is whose the policies are, so that number is
 * the client's, and the policies link to the client by it. Never an identity document's number
 * (被保险人身份证号), which says who the person is, not which client.
 */
function insuredNumberIsClient(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  readings: readonly HeaderReading[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Insurance" || !byKey.has("clientId")) return;
  if (RECORD_OWNER_FIELDS.some((f) => taken.has(f)) || mappings.some((m) => m.linksClient)) return;
  const named = input.columns.some(
    (_, i) =>
      (readings[i].role === "subject" || readings[i].role === "insured") &&
      readings[i].base === "name"
  );
  if (named) return;
  const numbers = input.columns
    .map((_, i) => i)
    .filter(
      (i) =>
        mappings[i].field === null &&
        mappings[i].source === "none" &&
        readings[i].role === "insured" &&
        readings[i].base === "id" &&
        profiles[i].filled > 0 &&
        profiles[i].idNumber < 0.5 &&
        !namesIdentityDocument(input.columns[i]) &&
        profiles[i].personName < 0.5 &&
        profiles[i].company < 0.5
    );
  if (numbers.length !== 1) return;
  const i = numbers[0];
  taken.add("clientId");
  assign(mappings[i], "clientId", 0.75, [
    why("map.why.insured-number-client", { header: mappings[i].header }),
  ]);
}

/** A header naming an identity document's number (被保险人身份证号, "Insured ID Number", HKID). */
function namesIdentityDocument(column: ColumnInput): boolean {
  const targets = targetsFor("Clients").filter((t) => t.key === "idNumber");
  return column.header.candidates.some((c) =>
    scoreHeader(stripHeaderUnit(c), targets).some((x) => x.confidence >= IDENTITY_HEADER)
  );
}
const IDENTITY_HEADER = 0.6;

/** Sheets of records about a client, and the field that names the client on each row. */
const RECORD_SUBJECT_KEY: Partial<Record<SheetKey, string>> = {
  Pipeline: "prospect",
  Insurance: CLIENT_NAME_KEY,
  Complaints: CLIENT_NAME_KEY,
  Visits: CLIENT_NAME_KEY,
  Assets: CLIENT_NAME_KEY,
};
/** Override words that mean "the client this row is about" on a sheet of records. */
const CLIENT_WORDS_OF_OVERRIDE: ReadonlySet<string> = new Set(["name", "client", "客户", "客戶"]);
/** Fields that already say whose a record is. */
const RECORD_OWNER_FIELDS = ["prospect", CLIENT_NAME_KEY, "clientId", "insured"];

/**
 * The client of a sheet of records (a loan pipeline, complaints, visits) when no header named it
 * by a field's words: the column whose header names the party a record is about (Borrower,
 * 借款人, Applicant) and whose values name parties, or else the one column of people's names that
 * hardly repeat beside the owner's that does (Loan Officer). Two cues or none: a column of names
 * alone under a header that says nothing, beside another such column, is left for the user.
 */
function recordSubject(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>,
  issues: ImportIssue[]
): void {
  const key = RECORD_SUBJECT_KEY[input.registerSheet];
  if (key === undefined || !byKey.has(key)) return;
  if (RECORD_OWNER_FIELDS.some((f) => taken.has(f)) || mappings.some((m) => m.linksClient)) return;
  const readings = input.columns.map(role);
  const names = (i: number, headed = true) => {
    const m = mappings[i];
    const p = profiles[i];
    return (
      m.field === null &&
      m.source === "none" &&
      (!headed || m.header.trim() !== "") &&
      readings[i].base !== "id" &&
      !namesSecondParty(m.header) &&
      namesNoOne(p) === null &&
      p.filled >= 3 &&
      p.text >= 0.8 &&
      p.phone < 0.2 &&
      p.email < 0.2 &&
      p.date < 0.2 &&
      p.address < 0.5
    );
  };
  // Strong: the header names the record's party, and its values are names that mostly differ
  // (a holder comes back on a row per thing held: fewer differ on a list of holdings).
  const differ = input.registerSheet === "Assets" ? 0.2 : 0.5;
  const headed = input.columns
    .map((_, i) => i)
    .filter(
      (i) =>
        names(i) &&
        readings[i].role === "subject" &&
        profiles[i].distinctRatio >= differ &&
        (profiles[i].personName >= 0.5 ||
          profiles[i].company >= 0.5 ||
          profiles[i].distinctRatio >= 0.8)
    )
    .sort((a, b) => profiles[b].filled - profiles[a].filled || a - b);
  let chosen = headed[0] ?? -1;
  if (chosen < 0) {
    // Values only: people's names that hardly repeat, under a header that names no one else.
    const people = input.columns
      .map((_, i) => i)
      .filter(
        (i) =>
          names(i) &&
          readings[i].role === "none" &&
          profiles[i].personName >= 0.6 &&
          profiles[i].distinctRatio >= 0.8
      );
    if (people.length === 1) chosen = people[0];
    else if (people.length > 1) {
      // Thin evidence: several columns could each be the client. Say so once for the sheet.
      const headers = people.map((i) => mappings[i].header);
      const params = {
        registerSheet: input.registerSheet,
        sheet: input.sheetName,
        header: headers[0],
        headers,
      };
      issues.push(sheetIssue(input.sheetName, "map.no-record-subject", params, "warning"));
    }
  }
  if (chosen < 0) {
    // No header at all: names written on the first row of each group of records and left blank
    // below are whose the group's records are (a household's policies, each holder's first policy
    // naming him). Only when one column reads so, and never a column of the sheet's choice words
    // (those were mapped before): a section word heading each group would be one of those.
    const groups = input.columns.flatMap((_, i) => {
      if (mappings[i].header.trim() !== "" || !names(i, false)) return [];
      const count = groupsWrittenOnce(input.columns, i);
      return count > 0 ? [{ i, count }] : [];
    });
    if (groups.length !== 1) return;
    const [{ i, count }] = groups;
    taken.add(key);
    assign(mappings[i], key, 0.6, [
      why("map.why.group-holder", {
        header: mappings[i].letter,
        groups: count,
        filled: profiles[i].filled,
      }),
    ]);
    return;
  }
  taken.add(key);
  assign(mappings[chosen], key, 0.7, [
    why("map.why.record-subject", {
      header: mappings[chosen].header,
      distinct: profiles[chosen].distinct,
      filled: profiles[chosen].filled,
    }),
  ]);
}

/** Fewest groups of several records, and share of the records left blank under a group's first. */
const MIN_GROUPS = 2;
const MIN_GROUPED_SHARE = 0.2;
/** Share of the groups whose name differs from the group's before it. */
const MIN_CHANGES = 0.8;

/**
 * How many groups a column heads when it is written on the first record of each group and left
 * blank on the group's other records (RAKESH on his first of five policies, SANJAY on his first
 * of four), else 0. Records are the rows holding a value in another column; a row holding only
 * this column's value (a section line) is none. The first record must be written, two groups or
 * more hold several records, a fifth or more of the records are blank under a group's first, and
 * each group's name differs from the one before it (LIC on row after row is a value per record,
 * left off further down, not a group's heading).
 */
function groupsWrittenOnce(columns: readonly ColumnInput[], column: number): number {
  const rows = Math.max(0, ...columns.map((c) => c.values.length));
  const sizes: number[] = [];
  let under = 0;
  let records = 0;
  let changes = 0;
  let previous: string | null = null;
  for (let r = 0; r < rows; r++) {
    if (!columns.some((c, i) => i !== column && !isBlankCell(c.values[r] ?? null))) continue;
    records++;
    const cell = columns[column].values[r] ?? null;
    if (!isBlankCell(cell)) {
      const text = cellText(cell).trim();
      if (previous !== null && text !== previous) changes++;
      previous = text;
      sizes.push(1);
    } else if (sizes.length === 0) return 0;
    else {
      sizes[sizes.length - 1]++;
      under++;
    }
  }
  const several = sizes.filter((n) => n > 1).length;
  return several >= MIN_GROUPS &&
    under >= records * MIN_GROUPED_SHARE &&
    changes >= (sizes.length - 1) * MIN_CHANGES
    ? sizes.length
    : 0;
}

/**
 * A list without a header: beside a subject column of company names, a column of person names is
 * the person attached to each company (法定代表人, the contact); beside a subject column of
 * people, a column of company names is where each person works.
 */
function attachByValues(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  subject: number,
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>,
  attachTo: (i: number, first: CodedReason) => void
): void {
  const free = (i: number) =>
    i !== subject && mappings[i].field === null && mappings[i].source === "none";
  const companies = profiles[subject].company >= 0.5;
  input.columns.forEach((_, i) => {
    if (!free(i) || profiles[i].filled < 3) return;
    const p = profiles[i];
    if (companies && p.personName >= 0.6) {
      attachTo(
        i,
        why("map.why.values-only", { values: "map.values.person", share: percent(p.personName) })
      );
    } else if (!companies && p.company >= 0.6 && byKey.has("employer") && !taken.has("employer")) {
      taken.add("employer");
      assign(mappings[i], "employer", 0.65, [
        why("map.why.values-only", { values: "map.values.company", share: percent(p.company) }),
      ]);
    }
  });
}

/** Fields a list's first column of names may have been read as when no header names the subject. */
const LOOSE_TEXT_FIELDS = new Set([
  "employer",
  "mainBusiness",
  "owner",
  "mainContact",
  "industry",
  "title",
]);

/**
 * No header names the row's subject (a lead list headed "Agency", "Organization" or "Contact
 * Name"): a person takes the column of distinct names as the clients. First a column naming a
 * person attached to the row whose names do not repeat (each row its own contact, so the contact
 * is the lead); else the leftmost column of distinct texts that are not phones, e-mail addresses,
 * dates or figures.
 */
function fallbackSubject(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  readings: readonly HeaderReading[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): number {
  if (!byKey.has("name") || taken.has("name")) return -1;
  const movable = (i: number) =>
    mappings[i].source !== "override" &&
    mappings[i].source !== "row-number" &&
    namesNoOne(profiles[i]) === null &&
    (mappings[i].field === null || LOOSE_TEXT_FIELDS.has(mappings[i].field as string));
  const names = (i: number, distinct: number) => {
    const p = profiles[i];
    return (
      p.filled >= 3 &&
      p.text >= 0.8 &&
      p.distinctRatio >= distinct &&
      // A remark or a persona written over lines is no one's name, nor is a short code (P-12).
      p.meanLength <= NAME_LENGTH &&
      p.shortCode < 0.5 &&
      // 上午 03:13:11: when a form was filled in, however distinct, is no one's name.
      timeOfDayShare(p) < 0.2 &&
      p.phone < 0.2 &&
      p.email < 0.2 &&
      p.date < 0.2 &&
      p.address < 0.5 &&
      p.place < 0.5 &&
      p.department < 0.5 &&
      p.jobTitle < 0.5
    );
  };
  // The contact or agent named on every row is the client when no one else is named (agencies as
  // leads), unless the agents are numbered too (Agent Code, 業務員代號): a list of one's own agents.
  // A supplier's, a product's or a region's name is no client's.
  const staffNumbered = readings.some((r) => r.role === "owner" && r.base === "id");
  const ours = (i: number) => readings[i].role === "owner" && staffNumbered;
  let chosen = input.columns.findIndex(
    (_, i) =>
      movable(i) &&
      (readings[i].role === "contact" || readings[i].role === "owner") &&
      !ours(i) &&
      readings[i].base !== "id" &&
      names(i, 0.8)
  );
  let reason = "map.why.attached-is-subject" as MessageCode;
  // A company named on every row beside its contact (COMPANY | PRIMARY REP | SECONDARY REP), each
  // company once: the rows are the companies, the contact is whom one reaches there. A company
  // written on two rows has two people there, and the rows are the people.
  const onceEach = (column: ColumnInput, i: number) =>
    distinctTexts(column.values.map((v) => cellText(v))) === profiles[i].filled;
  const company =
    chosen < 0
      ? -1
      : input.columns.findIndex(
          (column, i) =>
            mappings[i].field === "employer" &&
            mappings[i].source !== "override" &&
            namesCompany(column) &&
            companyLikeValues(column.values) &&
            profiles[i].filled >= profiles[chosen].filled * 0.8 &&
            onceEach(column, i)
        );
  if (company >= 0) {
    const contact = chosen;
    chosen = company;
    reason = "map.why.company-with-contact";
    if (byKey.has("mainContact") && !taken.has("mainContact")) {
      const previous = mappings[contact].field;
      if (previous) taken.delete(previous);
      taken.add("mainContact");
      assign(mappings[contact], "mainContact", 0.7, [
        why("map.why.firm-contact", {
          header: mappings[contact].header,
          firm: mappings[company].header,
        }),
      ]);
    }
  }
  if (chosen < 0) {
    chosen = input.columns.findIndex(
      (_, i) =>
        movable(i) &&
        readings[i].base !== "id" &&
        readings[i].role !== "other" &&
        !ours(i) &&
        names(i, 0.5)
    );
    reason = "map.why.first-names";
  }
  if (chosen < 0) return -1;
  const previous = mappings[chosen].field;
  if (previous) taken.delete(previous);
  taken.add("name");
  assign(mappings[chosen], "name", 0.65, [
    why(reason, { header: mappings[chosen].header || mappings[chosen].letter }),
    why("map.why.distinct-subject", {
      distinct: profiles[chosen].distinct,
      filled: profiles[chosen].filled,
    }),
  ]);
  return chosen;
}

/** Name part headers in match form (see NAME_PART_HEADERS). */
const NAME_PARTS = (() => {
  const forms = (words: readonly string[]) => words.map((w) => matchForm(w));
  // The longest word first, so "Policyholder Surname" ends with surname, not a shorter part.
  const endings = (words: readonly string[]) =>
    new RegExp(
      `(?:${forms(words)
        .sort((a, b) => b.length - a.length)
        .join("|")})$`
    );
  return {
    given: new Set(forms(NAME_PART_HEADERS.given)),
    family: new Set(forms(NAME_PART_HEADERS.family)),
    givenPart: endings(NAME_PART_HEADERS.givenPart),
    familyPart: endings(NAME_PART_HEADERS.familyPart),
    whole: forms(NAME_PART_HEADERS.whole),
  };
})();

/** A header of a person's given name (First Name, Given name, 名, Prénom): only people have one. */
export function isGivenNameHeader(header: string): boolean {
  return NAME_PARTS.given.has(matchForm(stripHeaderUnit(header)));
}
/** The field that holds the row's person's whole name on each sheet. */
const PERSON_NAME_KEY: Partial<Record<SheetKey, string>> = {
  Clients: "name",
  Contacts: "name",
  Family: "memberName",
};

/** A name part's column: whose part (the words before it, "" for a bare First Name) and which. */
interface NamePart {
  index: number;
  owner: string;
  part: "given" | "family";
}

function namePart(column: ColumnInput, index: number): NamePart | null {
  // CustFN | CustLN: a schema's shortened first and last name read spelt out ("customer first name").
  const spelt = column.header.candidates.flatMap((c) => {
    const long = expandedHeader(stripHeaderUnit(c));
    return long === null ? [] : [long];
  });
  for (const c of [...column.header.candidates, ...spelt]) {
    const h = matchForm(stripHeaderUnit(c));
    if (NAME_PARTS.given.has(h)) return { index, owner: "", part: "given" };
    if (NAME_PARTS.family.has(h)) return { index, owner: "", part: "family" };
    // 姓名 is a whole name, not a family name's 姓 after 名.
    if (h.endsWith("姓名")) continue;
    const given = NAME_PARTS.givenPart.exec(h);
    if (given) return { index, owner: h.slice(0, given.index), part: "given" };
    const family = NAME_PARTS.familyPart.exec(h);
    if (family) return { index, owner: h.slice(0, family.index), part: "family" };
  }
  return null;
}

/**
 * The field a person's two name parts make on a sheet, by whose parts they are: the row's person
 * on a client, contact or family sheet; the insured ("Insured First Name") or the client
 * ("Policyholder Last Name", a bare "First Name") on a sheet of records. Parts of the agent's or
 * the rep's name make none.
 */
function nameKeyOf(
  owner: string,
  sheet: SheetKey,
  byKey: ReadonlyMap<string, FieldTarget>
): string | null {
  // Words before the part must say whose it is: a spouse's or a contact's first name is not the
  // row's person's.
  const role = owner === "" ? "subject" : readHeader(owner).role;
  const own = PERSON_NAME_KEY[sheet];
  if (own) return role === "subject" ? own : null;
  if (role === "insured" && byKey.has("insured")) return "insured";
  if (role === "subject" && byKey.has(CLIENT_NAME_KEY)) return CLIENT_NAME_KEY;
  return null;
}

/**
 * A person's name written in two columns, given and family name, is one name to a person: "Linda"
 * and "Park" make "Linda Park", 王 and 小明 make 王小明, "Insured First Name" and "Insured Last
 * Name" the insured's whole name. Not when another column holds the whole name under an exact
 * header (Full Name beside First/Last Name).
 */
function joinNameParts(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  const movable = (i: number) =>
    mappings[i].source !== "override" && mappings[i].source !== "row-number";
  const parts = input.columns.flatMap((column, i) => {
    if (!movable(i)) return [];
    const part = namePart(column, i);
    return part ? [part] : [];
  });
  // A Name beside a Surname ("Contact Name" beside "Contact Surname", Nombre beside Apellidos)
  // holds what comes before the surname: first names, initials, a title — the given part of one
  // name.
  for (const family of parts.filter((p) => p.part === "family")) {
    if (parts.some((p) => p.part === "given" && p.owner === family.owner)) continue;
    const given = input.columns.findIndex(
      (column, i) =>
        movable(i) &&
        !parts.some((p) => p.index === i) &&
        column.header.candidates.some((c) =>
          NAME_PARTS.whole.some((w) => matchForm(stripHeaderUnit(c)) === `${family.owner}${w}`)
        )
    );
    if (given >= 0) parts.push({ index: given, owner: family.owner, part: "given" });
  }
  // The first given and the first family name of one person (the same words before them); a
  // bare First/Last Name pair comes before a qualified one, and a field takes one pair.
  const joined = new Set<string>();
  const givens = parts
    .filter((p) => p.part === "given")
    .sort((a, b) => Number(a.owner !== "") - Number(b.owner !== ""));
  for (const g of givens) {
    const f = parts.find((p) => p.part === "family" && p.owner === g.owner);
    if (!f || parts.find((p) => p.part === "given" && p.owner === g.owner) !== g) continue;
    const key = nameKeyOf(g.owner, input.registerSheet, byKey);
    if (!key || !byKey.has(key) || joined.has(key)) continue;
    joined.add(key);
    if (!joinPair(input, mappings, key, g.index, f.index, taken) && key === "name")
      contactOfFirm(input, mappings, byKey, taken, g.index, f.index);
  }
  const key = PERSON_NAME_KEY[input.registerSheet];
  if (joined.size > 0 || !key || !byKey.has(key)) return;
  const byValues = namePartsByValues(input.columns);
  if (!byValues) return;
  const [given, family] = byValues.columns;
  if (!joinPair(input, mappings, key, given, family, taken, byValues.han)) return;
  const initial = byValues.initial;
  if (initial !== null && movable(initial) && mappings[initial].field === null) {
    // The initial between the two parts is read in its place: "Ella J Carrow".
    Object.assign(mappings[initial], {
      field: key,
      confidence: 0.8,
      source: "fuzzy",
      joined: true,
      joinSeparator: " ",
    });
  }
  for (const i of initial === null ? [given, family] : [given, initial, family])
    setEvidence(mappings[i], [
      initial === null
        ? why("map.why.name-parts-by-values", {
            given: mappings[given].letter,
            family: mappings[family].letter,
            people: byValues.people,
            rows: byValues.rows,
          })
        : why("map.why.name-initial-by-values", {
            given: mappings[given].letter,
            initial: mappings[initial].letter,
            family: mappings[family].letter,
            people: byValues.people,
            rows: byValues.rows,
          }),
    ]);
}

/** Rows two unheaded columns must both fill, at least, to be read as one name in two parts. */
const MIN_NAME_PART_ROWS = 20;
/** Share of those rows whose two parts, joined, read as a person's name. */
const NAME_PARTS_SHARE = 0.8;
/** Rows looked at: a name's parts show on the first rows as on the rest. */
const NAME_PART_SAMPLE = 300;

/**
 * Under no header, two neighbouring columns that read as a person's name only together ("Aaron"
 * | "Lockridge", 王 | 小明) are one name written in two parts, given then family, as a member list
 * exported without its header row writes it: on most rows both hold a part and the two joined
 * read as a person's name, while neither part alone does; and as names do, a first name and a
 * surname each come back on other rows (two Davids, two Parks) while the pairs hardly repeat. A
 * product beside its colour reads so too, but products are listed once each.
 */
function namePartsByValues(columns: readonly ColumnInput[]): {
  columns: [number, number];
  initial: number | null;
  people: number;
  rows: number;
  han: boolean;
} | null {
  if (!columns.every((c) => c.header.text === "")) return null;
  for (let i = 0; i + 1 < columns.length; i++) {
    const initial = i + 2 < columns.length ? middleInitials(columns, i) : false;
    const first = columns[i].values;
    const second = columns[initial ? i + 2 : i + 1].values;
    let rows = 0;
    let people = 0;
    let alone = 0;
    let han = 0;
    const firsts = new Set<string>();
    const seconds = new Set<string>();
    const pairs = new Set<string>();
    for (let r = 0; r < Math.min(first.length, second.length, NAME_PART_SAMPLE); r++) {
      const a = first[r];
      const b = second[r];
      if (isBlankCell(a) || isBlankCell(b)) continue;
      rows++;
      if (typeof a !== "string" || typeof b !== "string") continue;
      const [x, y] = [a.trim(), b.trim()];
      firsts.add(x);
      seconds.add(y);
      pairs.add(`${x}\u0001${y}`);
      const chinese = /[\u3400-\u9fff]/.test(x + y);
      if (chinese) han++;
      if (looksLikePersonName(chinese ? x + y : `${x} ${y}`)) people++;
      if (looksLikePersonName(x) || looksLikePersonName(y)) alone++;
    }
    const repeating = firsts.size < people && seconds.size < people;
    if (
      // A column of initials between the two parts says so on a short list too.
      (initial ? rows >= MIN_INITIAL_ROWS : rows >= MIN_NAME_PART_ROWS && repeating) &&
      people >= rows * NAME_PARTS_SHARE &&
      alone * 2 < rows &&
      pairs.size >= people * NAME_PARTS_SHARE
    )
      return {
        columns: [i, initial ? i + 2 : i + 1],
        initial: initial ? i + 1 : null,
        people,
        rows,
        han: han * 2 > rows,
      };
  }
  return null;
}

/** Rows a list of given name | initial | family name must fill to be read so. */
const MIN_INITIAL_ROWS = 5;
/** One capital letter, with or without its full stop: a middle initial. */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The column after `i` holds middle initials (R, J., T) on nearly every row that fills it, as a
 * list of people written given name | initial | family name holds them, and `i` holds words.
 */
function middleInitials(columns: readonly ColumnInput[], i: number): boolean {
  let filled = 0;
  let initials = 0;
  for (const cell of columns[i + 1].values.slice(0, NAME_PART_SAMPLE)) {
    if (isBlankCell(cell)) continue;
    filled++;
    if (typeof cell === "string" && INITIAL.test(cell.trim())) initials++;
  }
  return filled >= MIN_INITIAL_ROWS && initials >= filled * NAME_PARTS_SHARE;
}

function joinPair(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  key: string,
  given: number,
  family: number,
  taken: Set<string>,
  han?: boolean
): boolean {
  const whole = mappings.findIndex((m, i) => m.field === key && i !== given && i !== family);
  if (
    whole >= 0 &&
    (mappings[whole].source === "override" ||
      (mappings[whole].confidence === 1 &&
        !(
          key === "name" &&
          namesCompany(input.columns[whole]) &&
          morePeopleThanCompanies(input.columns, whole, given, family)
        )))
  )
    return false;
  for (const i of [whole, given, family]) {
    const field = i >= 0 ? mappings[i].field : null;
    if (field === null) continue;
    taken.delete(field);
    Object.assign(mappings[i], { field: null, confidence: 0, source: "none" });
  }
  taken.add(key);
  const latin =
    han === undefined
      ? !/[\u3400-\u9fff]/.test(mappings[given].header + mappings[family].header)
      : !han;
  const [first, second] = given < family ? [given, family] : [family, given];
  for (const i of [first, second]) {
    Object.assign(mappings[i], { field: key, confidence: 0.8, source: "fuzzy", joined: true });
    setEvidence(mappings[i], [why("map.why.name-part", { header: mappings[i].header })]);
  }
  // Given name first in Latin ("Linda Park"), whichever column comes first: a person writes the
  // name that way even when the list is kept by family name (Last Name | First Name).
  if (latin) {
    mappings[second].joinSeparator = " ";
    if (given > family) mappings[second].joinFirst = true;
  } else mappings[second].joinSeparator = "";
  return true;
}

/**
 * A person's first and last name beside a column that names the firm under a company header
 * (CompanyName | CustFN | CustLN, a place's name beside the name of someone found there): the firm
 * is the client and the person, one name in two parts, is whom to contact there. A row with no
 * firm written is the person's own (a private customer), read when the rows are (name-stand-in.ts).
 */
function contactOfFirm(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>,
  given: number,
  family: number
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("mainContact")) return;
  const firm = mappings.findIndex((m, i) => m.field === "name" && i !== given && i !== family);
  if (firm < 0 || !namesCompany(input.columns[firm])) return;
  const contact = mappings.findIndex((m) => m.field === "mainContact");
  if (
    contact >= 0 &&
    (mappings[contact].source === "override" || mappings[contact].confidence >= 1)
  )
    return;
  if (!joinPair(input, mappings, "mainContact", given, family, taken)) return;
  for (const i of [given, family])
    setEvidence(mappings[i], [
      why("map.why.name-part", { header: mappings[i].header }),
      why("map.why.firm-contact", { header: mappings[i].header, firm: mappings[firm].header }),
    ]);
}

/** Headers naming an organisation: 企业名称, 公司, 单位名称, Company Name, Organization. */
const COMPANY_HEADER = /公司|企业|单位|机构/;
/** The same in English, as a word of its own (CompanyName, Law Firm; not CONFIRM_IP). */
const COMPANY_HEADER_WORD = /(?:^|[^a-z])(?:company|organi[sz]ation|employer|firm|business)/;

function namesCompany(column: ColumnInput): boolean {
  return column.header.candidates.some((c) => {
    const cut = stripHeaderUnit(c);
    const words = cut.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
    return COMPANY_HEADER.test(matchForm(cut)) || COMPANY_HEADER_WORD.test(words);
  });
}

/**
 * A value that can be an organisation's name: words. An IP address, a coordinate, an id or code
 * (a run of hex digits, more digits than letters), a figure, an e-mail or web address is not.
 */
function companyLike(cell: SourceCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const digits = text.match(/\d/g)?.length ?? 0;
  if (letters < 2 || digits > letters) return false;
  if (/@|^(?:https?:|www\.)/i.test(text)) return false;
  return !/^[0-9a-f]{8,}$/i.test(text.replace(/[-:]/g, ""));
}

/** Most of a column's values (80 %) read as organisations' names. */
export function companyLikeValues(values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length === 0) return false;
  return filled.filter(companyLike).length >= 0.8 * filled.length;
}

function distinctTexts(values: Iterable<string>): number {
  return new Set([...values].map((v) => v.trim().toLowerCase()).filter((v) => v !== "")).size;
}

/** Rows naming a company, of those naming a person, that make a table kept by firm. */
const FIRM_ROWS_SHARE = 0.25;

/**
 * A contacts export (First Name, Last Name, Company Name) lists several people of one company:
 * more different people than companies says the rows are the people, and the company is where
 * each one works — as does a company typed on a few rows only. Where the company is written on a
 * good share of the rows, rows naming none say nothing of it: a firm's customer table leaves the
 * company blank for its private customers, one person to each firm.
 */
function morePeopleThanCompanies(
  columns: readonly ColumnInput[],
  company: number,
  given: number,
  family: number
): boolean {
  const named = columns[given].values.filter((v) => !isBlankCell(v)).length;
  const firms = columns[company].values.flatMap((v, row) => (isBlankCell(v) ? [] : [row]));
  const rows =
    firms.length >= named * FIRM_ROWS_SHARE ? firms : columns[company].values.map((_, row) => row);
  const people = rows.map(
    (row) =>
      `${cellText(columns[given].values[row] ?? null)} ${cellText(columns[family].values[row] ?? null)}`
  );
  const companies = rows.map((row) => cellText(columns[company].values[row] ?? null));
  return distinctTexts(people) > distinctTexts(companies);
}

/** A column first read as the client's name that names where each person works instead. */
function companyIsEmployer(mapping: ColumnMapping, taken: Set<string>): void {
  taken.add("employer");
  Object.assign(mapping, { field: "employer", confidence: 0.8, source: "fuzzy" });
  setEvidence(mapping, [why("map.why.employer-of-persons", { header: mapping.header })]);
}

/** Fields that only a person has, mapped on a client list: the row describes a person. */
function personFieldsOf(
  mappings: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[]
): ColumnMapping[] {
  return mappings.filter(
    (m, i) =>
      (m.field === "birthday" && profiles[i].filled > 0) ||
      (m.field === "idNumber" && profiles[i].idNumber >= 0.5)
  );
}

/**
 * A list of people with the company each works at (姓名, 公司名称, 职务): the rows are the people
 * and the company is their employer, although 公司名称 alone would name a client company. A person
 * sees it from how the two repeat — several of the people work at one company, or the company is
 * written on only some rows — or, when each person has a company of their own (a sole trader's
 * registration, a business centre's tenants), from what the other columns describe: a personal ID
 * number and a birthday are a person's, never a company's. Not when the people repeat (a rep over
 * many companies), nor when each company has one person and nothing says whose the row is (a
 * company list with its contact). When another company column already says where each one works,
 * the company read as the client goes to the notes.
 */
function personsAtCompanies(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("employer")) return;
  const company = mappings.findIndex((m) => m.field === "name");
  if (company < 0 || mappings[company].source === "override") return;
  if (!namesCompany(input.columns[company])) return;
  const employer = mappings.findIndex((m) => m.field === "employer");
  if (
    employer >= 0 &&
    !(mappings[employer].source !== "override" && namesCompany(input.columns[employer]))
  )
    return;
  const person = input.columns.findIndex((column, i) => {
    if (mappings[i].field !== null || mappings[i].source !== "none") return false;
    const reading = role(column);
    const p = profiles[i];
    return (
      reading.base === "name" &&
      reading.role === "none" &&
      p.filled >= MIN_VALUES_TO_CONTRADICT &&
      p.personName >= 0.6 &&
      p.distinctRatio >= 0.8
    );
  });
  if (person < 0) return;
  const people = distinctTexts(input.columns[person].values.map((v) => cellText(v)));
  const companies = distinctTexts(input.columns[company].values.map((v) => cellText(v)));
  const described = personFieldsOf(mappings, profiles);
  if (people < companies || (people === companies && described.length < 2)) return;
  if (employer >= 0) {
    unmapColumn(mappings[company], taken);
    setEvidence(mappings[company], [
      why("map.why.second-employer", {
        header: mappings[company].header,
        employer: columnLabel(mappings[employer].letter, mappings[employer].header),
      }),
    ]);
  } else companyIsEmployer(mappings[company], taken);
  taken.add("name");
  Object.assign(mappings[person], { field: "name", confidence: 0.8, source: "subject" });
  setEvidence(mappings[person], [
    why("map.why.names-person", { header: mappings[person].header }),
    described.length > 0
      ? why("map.why.person-described", { fields: described.map((m) => m.header) })
      : why("map.why.distinct-subject", {
          distinct: profiles[person].distinct,
          filled: profiles[person].filled,
        }),
  ]);
}

/** The share of distinct values a client's own number has (a few rows written twice at most). */
const OWN_NUMBER_DISTINCT = 0.95;
/** The share of rows a client's own number fills: nearly every client has one. */
const OWN_NUMBER_COVERAGE = 0.8;

/**
 * The number a client list keys its clients by. On a list of persons at companies (the company is
 * each one's employer), a number headed for the company (company_tax_id, 公司統編, Company No.) is
 * the employer's number, not the client's: one company's number would make its people one client,
 * and a person finding a client by its number would not find it. When no column is then the
 * client's number, the one column headed for a number of no one in particular (legacy_id, Card
 * No, 卡号) whose values are the rows' own codes — nearly all distinct, not a running serial, not ID
 * numbers, phones or dates — is the number the list was kept by.
 */
function clientNumber(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("clientId")) return;
  const employer = mappings.findIndex((m) => m.field === "employer");
  const id = mappings.findIndex((m) => m.field === "clientId");
  // A number only some clients have, taken by a header that merely resembles the client's number
  // (DS160编号 half 无): the client's own number, if a column gives every client one, wins over it.
  let partial = -1;
  if (id >= 0) {
    if (mappings[id].source === "override") return;
    if (employer >= 0 && namesCompany(input.columns[id])) {
      unmapColumn(mappings[id], taken);
      setEvidence(mappings[id], [
        why("map.why.employer-number", {
          header: mappings[id].header,
          employer: columnLabel(mappings[employer].letter, mappings[employer].header),
        }),
      ]);
    } else if (
      mappings[id].source === "fuzzy" &&
      valueCoverage(input.columns[id].values) < OWN_NUMBER_COVERAGE
    )
      partial = id;
    else return;
  }
  const name = mappings.findIndex((m) => m.field === "name");
  if (name < 0) return;
  const fits = (i: number, strict: boolean): boolean => {
    const column = input.columns[i];
    const p = profiles[i];
    const reading = role(column);
    return (
      mappings[i].field === null &&
      mappings[i].source === "none" &&
      reading.base === "id" &&
      reading.role === "none" &&
      !namesIdentityDocument(column) &&
      !namesAThing(column.header.text) &&
      p.filled >= MIN_VALUES_TO_CONTRADICT &&
      valueCoverage(column.values) >= OWN_NUMBER_COVERAGE &&
      (strict
        ? p.distinctRatio >= OWN_NUMBER_DISTINCT
        : repeatsOnlyWithItsName(column.values, input.columns[name].values)) &&
      !p.serial &&
      p.idNumber < 0.5 &&
      p.phone < 0.5 &&
      p.email === 0 &&
      p.date < 0.5 &&
      p.personName < 0.5 &&
      // Rounded when stored as figures (6093026244180950), the numbers tell no one apart.
      roundedNumberShare(p) < 0.5
    );
  };
  const columns = input.columns.map((_, i) => i);
  // Nearly all distinct; else a number that comes back only with its client's name (their
  // second application, a second line of theirs).
  let own = columns.filter((i) => fits(i, true));
  if (own.length === 0) own = columns.filter((i) => fits(i, false));
  if (own.length !== 1) return;
  const [i] = own;
  if (partial >= 0) {
    unmapColumn(mappings[partial], taken);
    setEvidence(mappings[partial], [
      why("map.why.number-of-some", {
        header: mappings[partial].header,
        share: percent(valueCoverage(input.columns[partial].values)),
        own: columnLabel(mappings[i].letter, mappings[i].header),
      }),
    ]);
  }
  taken.add("clientId");
  assign(mappings[i], "clientId", 0.7, [
    why("map.why.own-number", {
      header: mappings[i].header,
      distinct: profiles[i].distinct,
      filled: profiles[i].filled,
    }),
  ]);
}

/** Staff who added a contact (添加人, 添加员工, Added by): a WeCom or WeChat customer list's owner. */
const ADDER_HEADER = /添加|added ?by/;
/** A WeChat or WeCom source, in a sheet's name, a header or a value (来源: 微信, 企业微信). */
const WECHAT_WORD = /微信|wechat|wecom|weixin/;
/** A header naming the person as an external contact (外部联系人, External Contact). */
const EXTERNAL_CONTACT_HEADER = /外部联系人|external ?contact/;

/**
 * A WeCom (企业微信) or WeChat customer export lists people: each row is a contact some staff
 * member added (外部联系人, 添加人, 添加时间, 来源 微信), and 企业名称 is the company the person
 * gave, blank for a plain WeChat user. Read as a company list (企业名称 the client, the person its
 * contact), every WeChat user's row would have no client. A person reads the contact as the client
 * and the company as their employer when the list shows it is of people: the company is blank
 * where the contact is not, staff who added each contact, a WeChat source, a header naming an
 * external contact — two of these, the header never alone.
 */
function contactsAreClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("employer") || taken.has("employer")) return;
  const company = mappings.findIndex((m) => m.field === "name");
  const contact = mappings.findIndex((m) => m.field === "mainContact");
  if (company < 0 || contact < 0) return;
  if ([company, contact].some((i) => mappings[i].source === "override")) return;
  if (!namesCompany(input.columns[company])) return;
  const people = profiles[contact];
  if (people.filled < 2 || people.text < 0.8 || people.company > 0.2) return;
  const forms = (column: ColumnInput) =>
    column.header.candidates.map((c) => matchForm(stripHeaderUnit(c)));
  const blankCompany = input.columns[contact].values.some(
    (v, row) => !isBlankCell(v) && isBlankCell(input.columns[company].values[row] ?? null)
  );
  const adder = mappings.some(
    (m, i) => m.field === "owner" && forms(input.columns[i]).some((f) => ADDER_HEADER.test(f))
  );
  const wechat =
    WECHAT_WORD.test(matchForm(input.sheetName)) ||
    input.columns.some(
      (column, i) =>
        i !== contact &&
        i !== company &&
        (forms(column).some((f) => WECHAT_WORD.test(f)) ||
          [...profiles[i].values.keys()].some((v) => WECHAT_WORD.test(v.toLowerCase())))
    );
  const witnesses = [blankCompany, adder, wechat].filter(Boolean).length;
  const external = forms(input.columns[contact]).some((f) => EXTERNAL_CONTACT_HEADER.test(f));
  if (witnesses + (external ? 1 : 0) < 2 || witnesses === 0) return;
  taken.delete("mainContact");
  companyIsEmployer(mappings[company], taken);
  assign(mappings[contact], "name", 0.8, [
    why("map.why.contact-is-client", {
      header: mappings[contact].header,
      company: mappings[company].header,
    }),
  ]);
}

/**
 * On a list of persons (the name column holds people's names, or their name parts), a column
 * headed for a company (企业名称, Company Name) is where each person works: their employer, not
 * notes. Only when its values are names of organisations: addresses of machines, coordinates,
 * ids, codes and figures are never an employer.
 */
function employerOfPersons(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("employer") || taken.has("employer")) return;
  const names = mappings.flatMap((m, i) => (m.field === "name" ? [i] : []));
  if (names.length === 0) return;
  const persons =
    names.length > 1 ? mappings[names[0]].joined === true : profiles[names[0]].personName >= 0.6;
  if (!persons) return;
  const company = input.columns.findIndex(
    (column, i) =>
      mappings[i].field === null &&
      mappings[i].source === "none" &&
      profiles[i].filled > 0 &&
      profiles[i].text >= 0.8 &&
      (role(column).role === "none" || role(column).role === "subject") &&
      !yesNoAnswers(profiles[i]) &&
      namesCompany(column) &&
      companyLikeValues(column.values)
  );
  if (company < 0) return;
  companyIsEmployer(mappings[company], taken);
}

/**
 * The columns left unmapped (not by the caller) whose header is one of the field's spellings and
 * that `accept` takes: the further parts of a field whose first column is already mapped.
 */
function unmappedColumnsSpelledAs(
  target: FieldTarget,
  input: ColumnMapInput,
  mappings: readonly ColumnMapping[],
  accept: (column: ColumnMapInput["columns"][number], index: number) => boolean
): number[] {
  const spellings = new Set(target.spellings);
  return input.columns.flatMap((column, i) =>
    mappings[i].field === null &&
    mappings[i].source === "none" &&
    accept(column, i) &&
    column.header.candidates.some((c) => {
      const stripped = stripHeaderUnit(c);
      const core = headerOrdinal(stripped)?.core;
      return (
        spellings.has(matchForm(stripped)) || (core !== undefined && spellings.has(matchForm(core)))
      );
    })
      ? [i]
      : []
  );
}

/** Share of a column's values read as companies' (or people's) names for `companyIsTheClient`. */
const NAMES_SHARE = 0.5;
/** …and the share that must end as organisations do (…醫院, … Ltd) when the header names none. */
const ORGANISATION_VALUES = 0.8;

/**
 * A visit or complaint log naming both the client's company (客戶公司名稱, Organization, Account
 * Name over firms) and a person there (客戶姓名, Requester over people's names): the company is the
 * client the visit or complaint is with, and the person is who was met (a visit's attendee, joined
 * with ours) or, on a complaint, who reported it (kept in notes). A service desk serves firms.
 */
function companyIsTheClient(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  const sheet = input.registerSheet;
  if (sheet !== "Visits" && sheet !== "Complaints") return;
  const person = mappings.findIndex((m) => m.field === CLIENT_NAME_KEY);
  if (person < 0 || mappings[person].source === "override") return;
  const p = profiles[person];
  if (p.personName < NAMES_SHARE || p.company >= NAMES_SHARE) return;
  const byHeader = (i: number) =>
    namesCompany(input.columns[i]) && profiles[i].company >= NAMES_SHARE;
  const byValues = (i: number) => profiles[i].company >= ORGANISATION_VALUES;
  const company = input.columns.findIndex(
    (column, i) =>
      mappings[i].field === null &&
      mappings[i].source === "none" &&
      (byHeader(i) || byValues(i)) &&
      companyLikeValues(column.values)
  );
  if (company < 0) return;
  const params = { header: mappings[company].header, person: mappings[person].header };
  assign(mappings[company], CLIENT_NAME_KEY, 0.8, [
    byHeader(company)
      ? why("map.why.company-is-client", params)
      : why("map.why.organisation-is-client", params),
  ]);
  numberOfThePeople(input, mappings, company, person);
  const attendees = mappings.findIndex((m) => m.field === "attendees");
  if (sheet !== "Visits" || !byKey.has("attendees")) {
    Object.assign(mappings[person], { field: null, confidence: 0, source: "none" });
    setEvidence(mappings[person], [
      why("map.why.names-person", { header: mappings[person].header }),
    ]);
    return;
  }
  assign(mappings[person], "attendees", 0.8, [
    why("map.why.person-at-client", { header: mappings[person].header }),
  ]);
  taken.add("attendees");
  if (attendees < 0 || mappings[attendees].source === "override") return;
  joinParts(mappings, "attendees", [attendees, person]);
}

/**
 * The client's number on a log whose client turned out to be the company: when most rows' company
 * comes with two numbers or more, the numbers are the people's met there (a contact's record
 * number), not the company's, and keyed by them one company would split into many clients.
 */
function numberOfThePeople(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  company: number,
  person: number
): void {
  const id = mappings.findIndex((m) => m.field === "clientId");
  if (id < 0 || mappings[id].source === "override") return;
  const numbers = new Map<string, Set<string>>();
  const rowsOf = new Map<string, number>();
  input.columns[company].values.forEach((cell, row) => {
    const firm = cellText(cell).trim().toLowerCase();
    const number = cellText(input.columns[id].values[row] ?? null).trim();
    if (firm === "" || number === "") return;
    numbers.set(firm, (numbers.get(firm) ?? new Set<string>()).add(number));
    rowsOf.set(firm, (rowsOf.get(firm) ?? 0) + 1);
  });
  const rows = [...rowsOf.values()].reduce((a, b) => a + b, 0);
  const split = [...numbers].filter(([, set]) => set.size >= 2);
  const splitRows = split.reduce((n, [firm]) => n + (rowsOf.get(firm) ?? 0), 0);
  if (rows < MIN_VALUES_TO_CONTRADICT || splitRows < rows * 0.5) return;
  Object.assign(mappings[id], { field: null, confidence: 0, source: "none" });
  setEvidence(mappings[id], [
    why("map.why.number-of-people-met", {
      person: columnLabel(mappings[person].letter, mappings[person].header),
      client: columnLabel(mappings[company].letter, mappings[company].header),
    }),
  ]);
}

/**
 * Columns read together into one field (attendees from several headers): each is marked joined,
 * and every part after the first is written after a separator (、 in a Chinese sheet, else ", ").
 */
function joinParts(mappings: ColumnMapping[], field: string, columns: readonly number[]): void {
  const parts = [...columns].sort((a, b) => a - b);
  const cjk = parts.some((i) => /[\u3400-\u9fff]/.test(mappings[i].header));
  parts.forEach((i, n) => {
    Object.assign(mappings[i], { field, joined: true });
    if (n > 0) mappings[i].joinSeparator = cjk ? "、" : ", ";
  });
}

/**
 * A visit log naming who went (拜访人) and whom they met (拜访对象) in two columns: both are the
 * visit's attendees, so a person writes them into one cell rather than dropping either.
 */
function joinAttendees(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>
): void {
  const target = byKey.get("attendees");
  if (!target) return;
  const mapped = mappings.findIndex((m) => m.field === "attendees");
  if (mapped < 0 || mappings[mapped].source === "override") return;
  const others = unmappedColumnsSpelledAs(target, input, mappings, (column) =>
    column.values.some((v) => !isBlankCell(v))
  );
  if (others.length === 0) return;
  for (const i of others) {
    Object.assign(mappings[i], { confidence: 0.9, source: "alias" });
    setEvidence(mappings[i], [why("map.why.attendees-part", { header: mappings[i].header })]);
  }
  joinParts(mappings, "attendees", [mapped, ...others]);
}

/**
 * A visit log whose one free-text column is headed Notes / 备注 wrote down what was discussed
 * there: it is the visit's key points. Beside a column of key points it stays the visit's notes.
 */
function notesAreKeyPoints(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Visits" || taken.has("keyPoints")) return;
  const notes = mappings.findIndex((m) => m.field === "notes");
  if (notes < 0 || mappings[notes].source === "override") return;
  taken.delete("notes");
  taken.add("keyPoints");
  mappings[notes].field = "keyPoints";
  addEvidence(mappings[notes], why("map.why.visit-notes-discussed"));
}

/**
 * A company has no occupation and no employer: on a list of companies a 职务 / Title column is the
 * post of the contact person beside it, and a "Parent Company" / 上级单位 column the group the
 * account belongs to, so both stay in notes under their headers instead of reading as the client's
 * occupation or employer.
 */
function noOccupationOfCompanies(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const name = mappings.findIndex((m) => m.field === "name");
  if (name < 0) return;
  const names = profiles[name];
  if (names.filled < MIN_VALUES_TO_CONTRADICT || names.company < 0.6) return;
  const reasons = {
    occupation: "map.why.company-no-occupation",
    employer: "map.why.company-no-employer",
  } as const;
  for (const field of ["occupation", "employer"] as const) {
    const column = mappings.findIndex((m) => m.field === field);
    if (column < 0 || mappings[column].source === "override") continue;
    taken.delete(field);
    Object.assign(mappings[column], { field: null, confidence: 0, source: "none" });
    setEvidence(mappings[column], [why(reasons[field])]);
  }
}

/** Clients each name of a column stands for, on average, for its names to be our staff's. */
const STAFF_CLIENTS_PER_NAME = 3;

/** A column of people's names only: no phones, no firms. */
function namesPeople(p: ColumnProfile): boolean {
  return p.personName >= 0.8 && p.text >= 0.8 && p.phone < 0.2 && p.company < 0.2;
}

/**
 * The owner is read from `chosen`: the column taken before (`owner`, if any) is unmapped, with
 * `demoted` saying why it gave way, and `chosen` becomes the owner for `promoted`.
 */
function handOwnerTo(
  mappings: ColumnMapping[],
  owner: number,
  chosen: number,
  taken: Set<string>,
  demoted: MessageCode,
  promoted: CodedReason
): void {
  if (owner >= 0) {
    unmapColumn(mappings[owner], taken);
    setEvidence(mappings[owner], [
      why(demoted, {
        header: mappings[owner].header,
        staff: columnLabel(mappings[chosen].letter, mappings[chosen].header),
      }),
    ]);
  }
  taken.add("owner");
  assign(mappings[chosen], "owner", 0.7, [promoted]);
}

/**
 * Whose people a column of names is, by how the names repeat: a member of our staff looks after
 * many clients (a list grouped by its marketing staff writes each one's name once over a merged
 * run of their clients), while the clients' own people (a community's head, a firm's owner) come
 * back far less. On a client list, the one free column of people's names each standing for
 * several clients is the owner, unless the owner column already found (by a header word that
 * only resembles the owner's) names people who each stand for as many clients: a column whose
 * names stand for fewer clients each, or are no people's names (上级主管部门: 商务局), gives way.
 */
function staffByRepetition(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("owner")) return;
  const name = mappings.findIndex((m) => m.field === "name");
  if (name < 0) return;
  const owner = mappings.findIndex((m) => m.field === "owner");
  if (owner >= 0 && (mappings[owner].source === "override" || mappings[owner].confidence >= 1))
    return;
  const rowsOf = (i: number) => profiles[i].filled + (input.columns[i].mergedRows ?? 0);
  const clientsPerName = (i: number) => {
    const rows = rowsOf(i);
    return rows >= MIN_ROWS_FOR_SIDE && profiles[i].distinct > 0 ? rows / profiles[i].distinct : 0;
  };
  const people = (i: number) => namesPeople(profiles[i]);
  const staff = input.columns
    .map((_, i) => i)
    .filter((i) => {
      if (i === name || mappings[i].field !== null || mappings[i].source !== "none") return false;
      const reading = role(input.columns[i]);
      // Repetition alone cannot tell a staff member's name from a status or a category word
      // (正常, Mass Customer): the name must be written once over its group of clients (merged
      // down), or the header must name a person of ours.
      const grouped = (input.columns[i].mergedRows ?? 0) >= profiles[i].filled;
      // A post (员工职位 直营员, "Job Title") is written beside the staff, not for them.
      return (
        (reading.role === "owner" || (reading.role === "none" && grouped)) &&
        reading.base !== "id" &&
        !namesRole(mappings[i].header) &&
        people(i) &&
        clientsPerName(i) >= STAFF_CLIENTS_PER_NAME
      );
    });
  if (staff.length !== 1) return;
  const [chosen] = staff;
  if (owner >= 0 && people(owner) && clientsPerName(owner) >= clientsPerName(chosen)) return;
  const each = (i: number) => (Math.round(clientsPerName(i) * 10) / 10).toString();
  handOwnerTo(
    mappings,
    owner,
    chosen,
    taken,
    "map.why.owner-fewer-clients",
    why("map.why.staff-by-repetition", {
      distinct: profiles[chosen].distinct,
      rows: rowsOf(chosen),
      each: each(chosen),
    })
  );
}

/**
 * A client list naming two people of ours on each row, the member of staff assigned to the client
 * and that person's superior (上级主管 beside 姓名, "Supervisor" beside "Rep"): the owner is the
 * one nearer the row. Read by the values (superior-column.ts): each person of the other column
 * always beside the same superior, names that each stand for several clients. The superior's
 * column is kept in the notes.
 */
function staffUnderSuperior(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const owner = mappings.findIndex((m) => m.field === "owner");
  if (owner < 0 || mappings[owner].source === "override") return;
  const name = mappings.findIndex((m) => m.field === "name");
  const people = (i: number) => namesPeople(profiles[i]);
  const reading = (i: number) => role(input.columns[i]);
  const staff = input.columns
    .map((_, i) => i)
    .filter((i) => {
      if (i === owner || i === name) return false;
      const m = mappings[i];
      // Free, or taken as the client's person only because it stands beside the subject.
      const movable =
        (m.field === null && m.source === "none") ||
        (m.field === "mainContact" && m.source === "subject");
      const p = profiles[i];
      return (
        movable &&
        // A header naming the client or a thing (KA客户组: chains' names) names no staff.
        (reading(i).role === "none" || reading(i).role === "owner") &&
        reading(i).base !== "id" &&
        !namesRole(m.header) &&
        people(i) &&
        p.filled >= MIN_ROWS_FOR_SIDE &&
        p.filled >= p.distinct * STAFF_CLIENTS_PER_NAME &&
        standsAbove(input.columns[i].values, input.columns[owner].values, mappings[owner].header)
      );
    });
  if (staff.length !== 1) return;
  const [chosen] = staff;
  const previous = mappings[chosen].field;
  if (previous) taken.delete(previous);
  handOwnerTo(
    mappings,
    owner,
    chosen,
    taken,
    "map.why.owner-superior",
    why("map.why.staff-under-superior", {
      header: mappings[owner].header,
      distinct: profiles[chosen].distinct,
      rows: profiles[chosen].filled,
    })
  );
}

/**
 * A person column of a client list whose names are the list's own clients (推荐人 holding another
 * member's name, "Referred by" naming a customer of the list) says who brought the client in, one
 * client pointing to another: not the staff member who looks after them. Left to the notes
 * ("推荐人: 龙晓雪") unless a person chose it.
 */
function ownerAmongClients(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const name = mappings.findIndex((m) => m.field === "name");
  const owner = mappings.findIndex((m) => m.field === "owner");
  if (name < 0 || owner < 0 || mappings[owner].source === "override") return;
  const key = (v: SourceCell) => normaliseKey(cellText(v));
  const clients = new Set(input.columns[name].values.map(key).filter((k) => k !== ""));
  const named = input.columns[owner].values.map(key).filter((k) => k !== "");
  if (named.length === 0) return;
  const among = named.filter((k) => clients.has(k)).length;
  if (among * 2 < named.length) return;
  taken.delete("owner");
  Object.assign(mappings[owner], { field: null, confidence: 0, source: "none" });
  setEvidence(mappings[owner], [
    why("map.why.owner-among-clients", { share: percent(among / named.length) }),
  ]);
}

/**
 * A company has no personal income: on a list of companies (most names in a company form) an
 * income column (月均收入, 收入) is the revenue the client brings, as the register keeps it.
 */
function revenueOfCompanies(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || taken.has("annualRevenue")) return;
  const income = mappings.findIndex((m) => m.field === "annualIncome");
  const name = mappings.findIndex((m) => m.field === "name");
  if (income < 0 || name < 0 || mappings[income].source === "override") return;
  const names = profiles[name];
  if (names.filled < MIN_VALUES_TO_CONTRADICT || names.company < 0.6) return;
  taken.delete("annualIncome");
  taken.add("annualRevenue");
  mappings[income].field = "annualRevenue";
  addEvidence(mappings[income], why("map.why.revenue-companies"));
}

/** A unit of money written with the yuan (元, 万元, 千元), which names no currency code. */
const YUAN_UNIT = /[元圆圓]$/;

/** A column of figures: this share of its filled cells are numbers or money. */
const AMOUNTS_SHARE = 0.8;

/**
 * A pipeline's one column of amounts whose header states a currency ("Expected Order Volume (€)",
 * 预计采购额（万元）, "Budget ($)") is what each deal is worth, when no column is the deal's value
 * by name: money beside deals is the deals'. With two such columns (a premium and a commission)
 * the header must say which.
 */
function dealValueByCurrency(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Pipeline" || taken.has("expectedValue")) return;
  const priced = input.columns.flatMap((column, i) => {
    const m = mappings[i];
    if (m.field !== null || m.source !== "none") return [];
    const unit = unitOf(column);
    const p = profiles[i];
    if (!unit || unit.ambiguous) return [];
    const written = writtenUnit(column.header.text);
    if (!unit.currency && !(written !== null && YUAN_UNIT.test(written))) return [];
    if (p.filled < MIN_VALUES_TO_CONTRADICT || p.numeric + p.money < AMOUNTS_SHARE) return [];
    return [{ i, unit: written ?? unit.currency ?? "" }];
  });
  if (priced.length !== 1) return;
  const [{ i, unit }] = priced;
  taken.add("expectedValue");
  assign(mappings[i], "expectedValue", 0.7, [why("map.why.deal-money", { unit })]);
}

/** An operator's revenue per account (ARPU, ARPA), whose period the header must name. */
const PER_ACCOUNT = /arp[ua]/;

/** Headers of money-laundering review columns: PEP, UBO, sanctions, AML, 反洗钱, 受益所有人. */
const AML_HEADER =
  /(?:^|[^a-z])(?:is)?(?:pep|ubos?|aml|kyc)(?:[^a-z]|$)|sanction|反洗钱|反洗錢|政要|受益所有人|制裁/;
/** Words of an investor's risk appetite: tolerance, appetite, preference, 承受, 偏好, 投资属性. */
const APPETITE_HEADER =
  /toleran|appetite|preferen|investor|承受|偏好|属性|屬性|测评|測評|投资|投資/;

/**
 * On a sheet that reviews clients for money laundering (PEP, UBO, sanctions columns) a risk
 * rating is the bank's compliance rating of the client, not the client's own risk appetite:
 * riskProfile needs a header naming the appetite there.
 */
function complianceRisk(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients") return;
  const risk = mappings.findIndex((m) => m.field === "riskProfile");
  if (risk < 0 || mappings[risk].source === "override") return;
  const words = (i: number) =>
    input.columns[i].header.candidates.map((c) =>
      foldHeader(stripHeaderUnit(c)).replace(/[\s_\-.]+/g, " ")
    );
  if (words(risk).some((h) => APPETITE_HEADER.test(h))) return;
  const reviewed = input.columns.some(
    (_, i) => i !== risk && words(i).some((h) => AML_HEADER.test(h))
  );
  if (!reviewed) return;
  taken.delete("riskProfile");
  Object.assign(mappings[risk], { field: null, confidence: 0, source: "none" });
  setEvidence(mappings[risk], [why("map.why.compliance-risk")]);
}

/**
 * A region part of an address takes no more distinct spellings than this (states, provinces),
 * each coming back on several rows.
 */
const REGION_SPELLINGS = 12;

/**
 * The part of an address a headerless column's values are, beside the street: a postcode (whole
 * numbers or digit strings of one length, three to six digits), a state (a short word, a dozen
 * spellings at most, repeated down the list) or a town (short words without digits, repeated).
 * Null for anything else (a phone, a date, a name on every row).
 */
export function addressPartByValues(
  values: readonly SourceCell[],
  profile: ColumnProfile
): AddressPart | null {
  if (profile.filled < MIN_VALUES_TO_CONTRADICT) return null;
  const texts = values.filter((v) => !isBlankCell(v)).map((v) => cellText(v).trim());
  const lengths = new Set(texts.map((t) => t.length));
  if (texts.every((t) => /^\d{3,6}$/.test(t)) && lengths.size === 1) return "zip";
  if (profile.text < 0.9 || texts.some((t) => /\d/.test(t))) return null;
  if (profile.personName >= 0.3 || profile.company >= 0.3 || profile.email > 0) return null;
  if (texts.some((t) => t.split(/\s+/).length > 3)) return null;
  if (
    profile.distinct <= REGION_SPELLINGS &&
    profile.distinctRatio <= 0.3 &&
    profile.meanLength <= 15
  )
    return "province";
  return profile.distinctRatio <= 0.8 && profile.meanLength <= 20 ? "city" : null;
}

/** Headers of the region part of an address: province, city, district. */
const REGION_HEADER =
  /^(?:所在|billing|shipping|mailing|home|office|business|registered)?(?:省|市|区|區|县|縣|省份|州|州属|城市|地市|区县|區縣|省市|省市区|省市區|省市县|国家|國家|province|city|district|county|state|stateid|prefecture|town|suburb|provincecity|citydistrict|country|countryid|countryregion)+$/;

/**
 * Address columns join into one address instead of going to notes: 省/市/区 + 详细地址, 縣市/鄉鎮 +
 * 地址, Address1/Address2/City/Province Code/Zip/Country Code. Each column names its part of the
 * address (addressPart) and the row's address is written in the local order (assembleAddress).
 * Where two addresses are given (Billing …, Shipping …) the one already mapped, else the first,
 * is kept and the other stays in notes.
 */
function joinAddressParts(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (!byKey.has("address")) return;
  let street = mappings.findIndex((m) => m.field === "address");
  const placeValues = (i: number) =>
    input.columns[i].header.text === "" && profiles[i].place >= 0.6;
  const forms = (i: number) =>
    input.columns[i].header.candidates.map((c) => matchForm(stripHeaderUnit(c)));
  // A full address (a scraper's full_address beside its street, city and postcode) is the
  // address as it stands: its parts stay in notes.
  if (street >= 0 && forms(street).some(namesWholeAddress)) return;
  const named = (i: number) =>
    forms(i)
      .map((f) => addressPartOfHeader(f))
      .find((p) => p !== null) ?? null;
  const found = new Map<number, { part: AddressPart; group: string }>();
  input.columns.forEach((_, i) => {
    const m = mappings[i];
    const mine = i === street;
    if (!mine && !(m.field === null && m.source === "none")) return;
    const part = named(i);
    const numbered = part?.part === "zip" || part?.part === "house";
    if (part && (mine || numbered || profiles[i].text >= 0.6)) found.set(i, part);
    else if (mine) found.set(i, { part: "street", group: "" });
    else if (profiles[i].text >= 0.6 && placeValues(i)) found.set(i, { part: "city", group: "" });
    else if (profiles[i].text >= 0.6 && forms(i).some((f) => REGION_HEADER.test(f)))
      found.set(i, { part: "province", group: "" });
  });
  // "ST" is a state beside a city (City1 | ST1 | Zip1), not on its own.
  const cityNamed = [...found.values()].some((p) => p.part === "city");
  for (const i of [...found.keys()])
    if (!cityNamed && i !== street && forms(i).some((f) => ABBREVIATED_STATE.test(f)))
      found.delete(i);
  // Without a header, the columns right after the street that read as a town, a postcode or a
  // state continue it (348 NORTH EAST RD | SANDRINGHAM | 3191 | VIC).
  if (street >= 0 && input.columns[street].header.text === "")
    for (let i = street + 1; i < input.columns.length; i++) {
      const m = mappings[i];
      if (input.columns[i].header.text !== "" || m.field !== null || m.source !== "none") break;
      const part = found.get(i)?.part ?? addressPartByValues(input.columns[i].values, profiles[i]);
      if (part === null) break;
      found.set(i, { part, group: "" });
    }
  const groups = [...new Set([...found.values()].map((p) => p.group).filter((g) => g !== ""))];
  // The household register's address (户籍地址) beside the one the client lives or gets post at
  // (居住地, 帳寄地址): a person keeps the latter, the registered one stays in notes.
  const lived = groups.find(
    (g) =>
      !isRegisteredAddressGroup(g) &&
      [...found.values()].some((p) => p.group === g && p.part !== "zip")
  );
  const streetGroup = street >= 0 ? found.get(street)?.group : undefined;
  const group =
    streetGroup && (!isRegisteredAddressGroup(streetGroup) || lived === undefined)
      ? streetGroup
      : lived || groups[0] || "";
  if (street >= 0 && streetGroup && streetGroup !== group) {
    Object.assign(mappings[street], { field: null, confidence: 0, source: "none" });
    const kept = [...found].find(([, p]) => p.group === group)?.[0] ?? street;
    setEvidence(mappings[street], [
      why("map.why.registered-address", { header: mappings[kept].header }),
    ]);
    found.delete(street);
    taken.delete("address");
    street = -1;
  }
  const parts = [...found].filter(([, p]) => p.group === "" || p.group === group);
  // A lone street has nothing to join; a zip alone is no address.
  if (parts.length < 2 && (street >= 0 || parts.every(([, p]) => p.part === "zip"))) return;
  if (street < 0) {
    if (taken.has("address")) return;
    taken.add("address");
  }
  for (const [i, { part }] of parts) {
    Object.assign(mappings[i], { joined: true, addressPart: part });
    if (i === street) continue;
    Object.assign(mappings[i], { field: "address", confidence: 0.7, source: "fuzzy" });
    setEvidence(mappings[i], [
      input.columns[i].header.text === "" && !placeValues(i)
        ? why("map.why.address-continues")
        : placeValues(i)
          ? why("map.why.place-values", { share: percent(profiles[i].place) })
          : part === "street"
            ? why("map.why.address-part", { header: mappings[i].header })
            : why("map.why.region", { header: mappings[i].header }),
    ]);
  }
}

/** The date a bare 年 | 月 | 日 (Year | Month | Day) gives on each register sheet, when none is named. */
const BARE_DATE_FIELD: Partial<Record<SheetKey, string>> = {
  Clients: "birthday",
  Family: "birthday",
  Contacts: "birthday",
  Visits: "visitOn",
  Complaints: "receivedOn",
  Insurance: "startDate",
  Assets: "asOf",
};
/** Birth years of a client list spread over decades; a list's own dates (joined on) hardly do. */
const BIRTH_YEAR_SPREAD = 10;

/** The date field a group of date parts fills: the one its words name (出生 → birthday), else the sheet's. */
function datePartsField(
  group: string,
  yearValues: readonly SourceCell[],
  sheet: SheetKey,
  byKey: ReadonlyMap<string, FieldTarget>
): string | null {
  const dates = [...byKey.values()].filter((t) => t.field.type === "date");
  if (group !== "") {
    const named = [group, `${group}日期`, `${group} date`]
      .flatMap((h) => scoreHeader(h, dates))
      .sort((a, b) => b.confidence - a.confidence)[0];
    return named && named.confidence >= MAPPING_THRESHOLD ? named.target.key : null;
  }
  const key = BARE_DATE_FIELD[sheet];
  if (key === undefined || !byKey.has(key)) return null;
  if (key !== "birthday" || sheet !== "Clients") return key;
  // Four-digit years tell their spread; short ones (ROC or not) keep theirs too.
  const years = yearValues.map((v) => partNumber(v, "year")).filter((n): n is number => n !== null);
  return years.length > 0 && Math.max(...years) - Math.min(...years) >= BIRTH_YEAR_SPREAD
    ? key
    : null;
}

/**
 * A date written in three columns — 年 | 月 | 日, 出生年 | 出生月 | 出生日, Birth Year | Month | Day —
 * is one date: each column names its part (datePart) and the row's parts are read together
 * (normalize-row). The group's words name the field (出生 → birthday), else the sheet's own date
 * (a client list's birthday, a visit log's visit date); the values must read as years, months and
 * days.
 */
function joinDateColumns(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  const groups = new Map<string, Map<DatePart, number>>();
  input.columns.forEach((column, i) => {
    const m = mappings[i];
    const free = m.field === null && m.source === "none";
    const dated = m.field !== null && byKey.get(m.field)?.field.type === "date";
    if (!free && !(dated && m.source !== "override")) return;
    const found = column.header.candidates
      .map((c) => datePartOfHeader(matchForm(stripHeaderUnit(c))))
      .find((p) => p !== null);
    if (!found || !holdsDatePart(column.values, found.part)) return;
    const parts = groups.get(found.group) ?? new Map<DatePart, number>();
    if (!parts.has(found.part)) parts.set(found.part, i);
    groups.set(found.group, parts);
  });
  for (const [group, parts] of groups) {
    const year = parts.get("year");
    const month = parts.get("month");
    const day = parts.get("day");
    if (year === undefined || month === undefined || day === undefined) continue;
    const columns = [year, month, day];
    const key = datePartsField(group, input.columns[year].values, input.registerSheet, byKey);
    if (key === null) continue;
    // The field is free, or one of the parts holds it already (Birth Day read as the birthday).
    if (taken.has(key) && !columns.some((i) => mappings[i].field === key)) continue;
    for (const i of columns) if (mappings[i].field !== null) unmapColumn(mappings[i], taken);
    taken.add(key);
    for (const [part, i] of parts)
      if (columns.includes(i)) {
        Object.assign(mappings[i], {
          field: key,
          confidence: 0.8,
          source: "fuzzy",
          joined: true,
          datePart: part,
        });
        setEvidence(mappings[i], [
          why("map.why.date-part", { header: mappings[i].header, part: `map.date-part.${part}` }),
        ]);
      }
  }
}

const MOBILE_WORDS: readonly string[] = MOBILE_HEADER_WORDS.mobile.map((w) => matchForm(w));
const PHONE_WORDS: readonly string[] = MOBILE_HEADER_WORDS.phone.map((w) => matchForm(w));
const PHONE_KIND_WORDS: readonly string[] = MOBILE_HEADER_WORDS.kind.map((w) => matchForm(w));
const LANDLINE_WORDS: readonly string[] = MOBILE_HEADER_WORDS.landline.map((w) => matchForm(w));

/** A header naming a phone of a kind (Work Phone, 办公电话) or a landline (Landline, 座机). */
function namesPhoneOfKind(header: string): boolean {
  const h = matchForm(stripHeaderUnit(header));
  if (LANDLINE_WORDS.some((w) => h.includes(w))) return true;
  return PHONE_WORDS.some((w) => h.includes(w)) && PHONE_KIND_WORDS.some((w) => h.includes(w));
}
/** A header that is the word "date" and nothing else (Date, DATE, 日期). */
const BARE_DATE_HEADER = /^(?:dates?|日期)$/;
const BARE_NUMBER_WORDS: readonly string[] = MOBILE_HEADER_WORDS.bare.map((w) => matchForm(w));

/** Forms of address written alone (Mr, Dr, 先生, 女士), matched in lower case without a dot. */
const FORM_OF_ADDRESS = new Set([...NAME_HONORIFICS, ...NAME_TITLES]);

/** Share of a column's values (once enough are sampled) that pass `test`, trimmed. */
function shareOfValues(profile: ColumnProfile, test: (text: string) => boolean): number {
  if (profile.sampled < MIN_VALUES_TO_CONTRADICT) return 0;
  let hits = 0;
  let seen = 0;
  for (const [value, count] of profile.values) {
    seen += count;
    if (test(value.trim())) hits += count;
  }
  return seen === 0 ? 0 : hits / seen;
}

/** Share of a column's values that are a form of address and nothing else. */
function formsOfAddress(profile: ColumnProfile): number {
  return shareOfValues(profile, (text) =>
    FORM_OF_ADDRESS.has(text.toLowerCase().replace(/\.$/, ""))
  );
}

/** Share of a column's values that are web links. */
function webLinks(profile: ColumnProfile): number {
  return shareOfValues(profile, isWebLink);
}

/** A drive's or a share's path (C:\Data\Clients\, \\server\share\x.xlsx): a file's place. */
const FILE_PATH = /^(?:[a-z]:\\|\\\\[^\\\s]+\\)/i;

/** Share of a column's values that are paths of files or folders on a disk or a share. */
function filePaths(profile: ColumnProfile): number {
  return shareOfValues(profile, (text) => FILE_PATH.test(text.trim()));
}

/** Share of a column's values that are calendar years (1900–2100) and nothing else. */
function calendarYears(profile: ColumnProfile): number {
  return shareOfValues(profile, (text) => {
    const year = /^(\d{4})(?:\.0+)?$/.exec(text);
    return year !== null && Number(year[1]) >= 1900 && Number(year[1]) <= 2100;
  });
}

/**
 * Share of a column's values that are bare runs of at most seven digits (1997866, 561024): with no
 * area code, no separator and no trunk 0, such a run is a number the list keeps for each row (a
 * member's, a client's); a phone written without separators is written whole (5855550138).
 */
function localLengthNumbers(profile: ColumnProfile): number {
  return shareOfValues(profile, (text) => /^[1-9]\d{0,6}$/.test(text));
}

/** Share of a column's values written as a phone's length of digits and nothing else (9000023778). */
function phoneLengthDigits(profile: ColumnProfile): number {
  if (profile.serial || profile.distinctRatio < 0.5) return 0;
  return shareOfValues(profile, (text) => /^[1-9]\d{9,10}$/.test(text));
}

/** Share of the client names read as people's for a list of people (not of firms). */
const PEOPLE_SHARE = 0.5;

/**
 * A second phone column (Mobile beside Phone, 手机 beside 电话, a home and a work number) is
 * another number of the same person, and a person keeps one phone: the mobile where it is filled
 * (else the column already read as the phone), the other only where that one is blank, and the
 * other number in notes where both are given. A row with only a landline still has a phone.
 * A header naming a mobile in any words (聯絡人行動電話, 手提) over phone numbers is such a column
 * even when no phone heading is exact; on a sheet without headers every further column of numbers
 * one dials is (a run of bare digits such as 2121307 is a serial), and the one filled with numbers
 * on the most rows is the one a person keeps.
 */
function joinPhones(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>
): void {
  const target = byKey.get("phone");
  if (!target) return;
  const mapped = mappings.findIndex((m) => m.field === "phone");
  if (mapped >= 0 && mappings[mapped].source === "override") return;
  const phoneValues = (i: number) => profiles[i].filled > 0 && profiles[i].phone >= 0.5;
  const free = (i: number) => mappings[i].field === null && mappings[i].source === "none";
  const mobile = (i: number) =>
    input.columns[i].header.candidates.some((c) => {
      const h = matchForm(stripHeaderUnit(c));
      return MOBILE_WORDS.some((w) => h.includes(w));
    });
  const forms = (i: number) => input.columns[i].header.candidates.map(stripHeaderUnit);
  const rankedCore = (i: number) =>
    forms(i)
      .map((c) => headerOrdinal(c)?.core)
      .find((core) => core !== undefined);
  // PHONE | PHONE2, Phone1 | Phone2, Mobile | Phone 1: numbered columns continue the phone. Beside
  // a plain "Phone Number", a "tel 1" is a number of another series: it stays in notes.
  const continues = (i: number) => {
    const core = rankedCore(i);
    if (core === undefined || mapped < 0) return true;
    if (rankedCore(mapped) !== undefined || mobile(mapped)) return true;
    return forms(mapped).some((f) => matchForm(f) === matchForm(core));
  };
  const spelled = unmappedColumnsSpelledAs(
    target,
    input,
    mappings,
    (_, i) => phoneValues(i) && continues(i)
  );
  // A person's mobile is their phone; a firm's number is its landline, and a mobile beside it is
  // its contact's (联系人手机, read with the contact). People are named so, or have a birthday or
  // an ID number.
  const name = mappings.findIndex((m) => m.field === "name");
  const people =
    (name >= 0 && profiles[name].personName >= PEOPLE_SHARE) ||
    personFieldsOf(mappings, profiles).length > 0;
  // Work Phone, Landline, 固定电话: a phone of a kind in the header, phones below. And on a list of
  // people a mobile (聯絡人行動電話) beside a phone that is not one; beside a mobile, another
  // mobile is someone else's (the consignee's), not the client's second number.
  const mobileRead = mapped >= 0 && mobile(mapped);
  const worded = input.columns.flatMap((column, i) =>
    free(i) &&
    !spelled.includes(i) &&
    phoneValues(i) &&
    (column.header.candidates.some(namesPhoneOfKind) || (mobile(i) && people && !mobileRead))
      ? [i]
      : []
  );
  // Without headers, a list of people joins its further columns of numbers one dials.
  const headerless = input.columns.every((c) => c.header.text === "");
  const unheaded =
    headerless && people
      ? input.columns.flatMap((_, i) =>
          free(i) &&
          !spelled.includes(i) &&
          !worded.includes(i) &&
          profiles[i].phone - profiles[i].bareDigits >= 0.8
            ? [i]
            : []
        )
      : [];
  const others = [...spelled, ...worded, ...unheaded];
  // No column read as the phone: a mobile's column of phone numbers is the client's phone.
  const phone = mapped >= 0 ? mapped : (worded.find(mobile) ?? -1);
  if (phone < 0) return;
  if (phone !== mapped) {
    Object.assign(mappings[phone], { field: "phone", confidence: 0.9, source: "alias" });
    setEvidence(mappings[phone], [why("map.why.phone-mobile", { header: mappings[phone].header })]);
    others.splice(others.indexOf(phone), 1);
  }
  if (others.length === 0) return;
  const group = [phone, ...others].sort((a, b) => a - b);
  const phonesIn = (i: number) => profiles[i].filled * profiles[i].phone;
  const mobiles = group.filter(mobile);
  const fullest = group.reduce((a, b) => (phonesIn(b) > phonesIn(a) ? b : a));
  // Phone1, Primary Phone, 联系电话一: the sheet itself says which number comes first, before
  // a mobile would (a plain "Phone Number" read as the phone still comes first).
  const ranked = group.find((i) =>
    input.columns[i].header.candidates.some((c) => headerOrdinal(stripHeaderUnit(c))?.first)
  );
  const primary =
    ranked !== undefined && mobile(phone)
      ? ranked
      : mobiles.length > 0 && mobiles.length < group.length
        ? mobiles[0]
        : headerless
          ? fullest
          : phone;
  const order = [primary, ...group.filter((i) => i !== primary)];
  order.forEach((i, rank) => {
    // Joined on one field, so no later step takes one of them off it as a second phone column.
    mappings[i].joined = true;
    if (i !== phone)
      Object.assign(mappings[i], { field: "phone", confidence: 0.9, source: "alias" });
    if (rank === 0) {
      if (i !== phone)
        setEvidence(mappings[i], [
          i === ranked
            ? why("map.why.phone-ranked-first", { header: mappings[i].header })
            : mobile(i)
              ? why("map.why.phone-mobile", { header: mappings[i].header })
              : why("map.why.phone-fullest"),
        ]);
      return;
    }
    mappings[i].fallbackOf = order.slice(0, rank).map((j) => mappings[j].index);
    const reasons = i === phone ? [...(mappings[i].reasons ?? [])] : [];
    reasons.push(
      why("map.why.phone-fallback", {
        header: mappings[i].header,
        primary: mappings[primary].header,
      })
    );
    setEvidence(mappings[i], reasons);
  });
}

/** Headers naming a product or plan: 产品名称, 险种名称, Plan Name, Product. */
const PRODUCT_HEADER = /产品|商品|险种|product|plan/;
/** A header that names a category in its own words (Category, 投诉类别, 分类), not a type. */
const CATEGORY_HEADER = /categor|类别|分类/;

/**
 * A complaint log naming both the product (Product_Category, 投诉产品) and the complaint's type
 * (Complaint_Type: Delivery Delay, Warranty Issue): the product is the complaint's category, the
 * line of business it is about, and the type says what went wrong, the description when no
 * column gives one (else it stays in notes). A sub-product is a detail of the product, not it.
 */
function productIsCategory(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>
): void {
  if (input.registerSheet !== "Complaints") return;
  const category = mappings.findIndex((m) => m.field === "category");
  if (category < 0 || mappings[category].source === "override") return;
  const heads = (i: number) =>
    input.columns[i].header.candidates.map((c) => matchForm(stripHeaderUnit(c)));
  const namesProduct = (i: number) =>
    heads(i).some((h) => PRODUCT_HEADER.test(h) && !/^sub|^子|^细/.test(h));
  if (namesProduct(category)) {
    categoryOverProduct(input, mappings, profiles, taken, category, heads, namesProduct);
    return;
  }
  // A column headed Category (类别, 分類) is the category a person filed the complaint under: a
  // Product column beside it stays the product, kept in notes.
  if (heads(category).some((h) => CATEGORY_HEADER.test(h))) return;
  const product = input.columns.findIndex(
    (_, i) =>
      mappings[i].field === null &&
      mappings[i].source === "none" &&
      profiles[i].filled > 0 &&
      profiles[i].text >= 0.8 &&
      namesProduct(i)
  );
  if (product < 0) return;
  Object.assign(mappings[product], { field: "category", confidence: 0.8, source: "fuzzy" });
  setEvidence(mappings[product], [
    why("map.why.product-category", { header: mappings[product].header }),
  ]);
  const type = mappings[category];
  if (!taken.has("description")) {
    taken.add("description");
    Object.assign(type, { field: "description", confidence: 0.7, source: "fuzzy" });
    setEvidence(type, [why("map.why.complaint-type", { header: type.header })]);
  } else {
    Object.assign(type, { field: null, confidence: 0, source: "none" });
    setEvidence(type, [why("map.why.complaint-type", { header: type.header })]);
  }
}

/**
 * A Product column took the category by its header, yet another column says Category in its own
 * words (Complaint Category, 投诉类别, 問題分類): that one is what the complaint was filed under,
 * and the product stays in notes as written.
 */
function categoryOverProduct(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  taken: Set<string>,
  product: number,
  heads: (i: number) => string[],
  namesProduct: (i: number) => boolean
): void {
  const named = input.columns.findIndex(
    (_, i) =>
      i !== product &&
      mappings[i].source !== "override" &&
      mappings[i].confidence < 1 &&
      profiles[i].filled > 0 &&
      profiles[i].text >= 0.8 &&
      !namesProduct(i) &&
      heads(i).some((h) => CATEGORY_HEADER.test(h))
  );
  if (named < 0) return;
  const was = mappings[named].field;
  if (was) taken.delete(was);
  Object.assign(mappings[named], { field: "category", confidence: 0.9, source: "fuzzy" });
  setEvidence(mappings[named], [
    why("map.why.category-over-product", { header: mappings[product].header }),
  ]);
  Object.assign(mappings[product], { field: null, confidence: 0, source: "none" });
  setEvidence(mappings[product], [
    why("map.why.product-beside-category", { header: mappings[named].header }),
  ]);
}

/**
 * A product's name (XX终身寿险, YY重疾险, "Term Life 20") under a product header gives the choice
 * its words name (the policy's type) and is still the product's name: when most values are more
 * than a choice's own word, each is kept in notes as written too.
 */
function productNames(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  profiles: readonly ColumnProfile[],
  byKey: ReadonlyMap<string, FieldTarget>
): void {
  mappings.forEach((mapping, i) => {
    const target = mapping.field ? byKey.get(mapping.field) : undefined;
    if (!target || target.field.type !== "enum") return;
    if (!input.columns[i].header.candidates.some((c) => PRODUCT_HEADER.test(matchForm(c)))) return;
    const own = new Set(
      enumChoices(target.field.values ?? []).flatMap((c) => [c.key, ...c.labels].map(matchForm))
    );
    const p = profiles[i];
    if (p.sampled === 0) return;
    let bare = 0;
    for (const [text, count] of p.values) if (own.has(matchForm(text))) bare += count;
    if (bare / p.sampled < 0.5) mapping.keepWritten = true;
  });
}

/** "年收入", "annual income": the client's own income, unless the header says it is what we earn. */
const INCOME_HEADER = /收入|income/;
const REVENUE_HEADER = /贡献|营|业务|销售|消费|通信|revenue|turnover|sales|spend|contribution/;

/**
 * What says a Clients sheet's rows are private persons, as a person reading it sees: its own kind
 * column says so for most rows, its ID column holds personal ID numbers (mainland resident, Taiwan
 * national) for most rows, or a sex column (性别 / Gender: 女, 男, F, M) is filled for most rows
 * (a company has no sex). Null when nothing says so.
 */
function personsWitness(
  input: ColumnMapInput,
  mappings: readonly ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>
): "kind" | "ids" | "sex" | null {
  if (input.registerSheet !== "Clients") return null;
  const filled = (i: number): SourceCell[] =>
    input.columns[i].values.filter((v) => !isBlankCell(v));
  const valuesOf = (key: string): SourceCell[] => {
    const i = mappings.findIndex((m) => m.field === key);
    return i < 0 ? [] : filled(i);
  };
  const mostly = (values: readonly SourceCell[], test: (v: SourceCell) => boolean): boolean =>
    values.length > 0 && values.filter(test).length * 2 > values.length;
  const kinds = enumChoices(byKey.get("kind")?.field.values ?? []);
  const persons = mostly(valuesOf("kind"), (v) => {
    const read = parseEnum(v, kinds);
    return read.ok && read.value === "person";
  });
  if (persons) return "kind";
  if (mostly(valuesOf("idNumber"), (v) => parseIdNumber(cellText(v)) !== null)) return "ids";
  const rows = input.columns[0]?.values.length ?? 0;
  const sexColumn = mappings.some((m, i) => {
    if (!isGenderHeader(m.label || m.header)) return false;
    const values = filled(i);
    return values.length * 2 > rows && mostly(values, (v) => namesSex(cellText(v)));
  });
  return sexColumn ? "sex" : null;
}

const PERSONS_INCOME_WHY = {
  kind: "map.why.income-persons",
  ids: "map.why.income-personal-ids",
  sex: "map.why.income-sex-column",
} as const;

/**
 * 年收入 / "income" on a book of private persons is each person's income, not the revenue the
 * client brings (a wealth manager's client with 60万 income brings the bank far less). Without
 * evidence that the rows are persons (personsWitness) the header keeps its usual reading
 * (annualRevenue), as on key-account books.
 */
function incomeOfPersons(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  if (input.registerSheet !== "Clients" || !byKey.has("annualIncome") || taken.has("annualIncome"))
    return;
  const revenue = mappings.findIndex((m) => m.field === "annualRevenue" && m.source !== "override");
  if (revenue < 0) return;
  const header = matchForm(stripHeaderUnit(mappings[revenue].header));
  if (!INCOME_HEADER.test(header) || REVENUE_HEADER.test(header)) return;
  const witness = personsWitness(input, mappings, byKey);
  if (witness === null) return;
  taken.delete("annualRevenue");
  taken.add("annualIncome");
  mappings[revenue].field = "annualIncome";
  addEvidence(mappings[revenue], why(PERSONS_INCOME_WHY[witness]));
}

/**
 * 单位性质 / 單位性質 beside a person's occupation is the kind of employer the person works for
 * (外资企业, 事业单位, 自由职业), not the client's own nature as a company: on a sheet whose rows are
 * persons (personsWitness) the column is left to notes.
 */
function employerNatureOfPersons(
  input: ColumnMapInput,
  mappings: ColumnMapping[],
  byKey: ReadonlyMap<string, FieldTarget>,
  taken: Set<string>
): void {
  const nature = mappings.findIndex(
    (m) => m.field === "enterpriseNature" && m.source !== "override"
  );
  if (nature < 0 || personsWitness(input, mappings, byKey) === null) return;
  taken.delete("enterpriseNature");
  Object.assign(mappings[nature], { field: null, confidence: 0, source: "none" });
  setEvidence(mappings[nature], [why("map.why.employer-nature-persons")]);
}
