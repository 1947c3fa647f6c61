/**
 * Links rows to their clients and merges duplicates, against the register imported into.
 *
 * Clients: the same client id, or strong evidence within the source — the same ID number; or the
 * same name with the same phone (E.164), e-mail, or birthday and address — is one client, even
 * when the rows carry different serial numbers. Evidence is looked up in hash maps, so a million
 * rows take one pass. A client without an id takes the id of the matching register row, else the
 * next free `C-0001`-style number, in source order; so importing the same source twice changes
 * nothing. Child rows link by client id (a merged row's id included), else by normalised name; an
 * unknown client is kept and flagged.
 */
import {
  SHEET_KEYS,
  type RegisterRecord,
  type RegisterValue,
  type SheetKey,
} from "../register/types";
import {
  describeRaw,
  idNumberKey,
  normaliseKey,
  phoneKeys,
  samePhone,
  type PhoneRegion,
} from "./normalize";
import { en, type MessageCode } from "../register/messages/en";
import { sheetDef } from "../register/sheets";
import { englishText } from "./normalize/result";
import type { MessageParams } from "../register/messages";
import { combineNotes, isEmptyValue, mergeInto, type FieldConflict } from "./merge-records";
import { samePlace, sheetsOfLineAddresses } from "./line-addresses";
import { COMPANY_VALUE } from "./profile";
import { readChineseName } from "./addressed-name";
import type { ImportIssue, MessageRef, RegisterRecords, RowOutcome } from "./types";

export interface Origin {
  sheet: string;
  row: number;
}

/** A record read from the source, on its way into the register. */
export interface Candidate {
  sheet: SheetKey;
  record: RegisterRecord;
  origin: Origin;
  /** Further source rows folded into this record already (continuation rows). */
  followers: Origin[];
  /** The client's name as the row gave it, and the header it came under (child sheets). */
  clientName?: string | null;
  clientNameLabel?: string | null;
  /** The header of the client id column, for messages. */
  clientIdLabel?: string | null;
  /**
   * The day the row's facts were true (its 风险测评日期, "As of"), ISO, when its sheet dates its
   * rows so: of two rows of one client in one sheet, the later day's values win.
   */
  factDate?: string;
  /** For records derived from a client's own rows (its contacts): that client. */
  clientRef?: Candidate;
  /**
   * On a pipeline kept as a log (no deal id; see deal-updates.ts): the deal the row writes again.
   * Rows of one key are one deal, the later row's values win and earlier ones go to notes.
   */
  dealKey?: string;
  /** False for derived records: their source rows are accounted for by the client. */
  accounted: boolean;
  /** A visit whose row fills only the plan (计划 日期), its actual date blank: not one made. */
  planned?: boolean;
  /**
   * A row of a sheet adding fields to another sheet's clients by their number (an address sheet):
   * its merging into that client is said once for the sheet, not row by row.
   */
  joined?: boolean;
  /** A policy's policyholder as a client of its own (a policy export with no client list). */
  policyholder?: Candidate;
  /** A client made from a policy row's policyholder: the sheet, the column that named it and the person's other columns. */
  madeFrom?: MadeFrom;
}

export interface MadeFrom {
  sheet: string;
  /** The register sheet the source rows feed (Insurance for a policy export, Visits for a visit log …). */
  registerSheet: SheetKey;
  column: string;
  fields: readonly { column: string; field: string }[];
  /** What the rows were: policies (the default) or deals, whose party each client is. */
  what?: "deals" | "accounts" | "people" | "sheet";
}

export interface RowResult {
  origin: Origin;
  outcome: Extract<RowOutcome, "imported" | "merged">;
  reason?: string;
}

export interface LinkMergeResult {
  records: RegisterRecords;
  rows: RowResult[];
  issues: ImportIssue[];
}

interface Entry {
  record: RegisterRecord;
  /** A row of the register imported into. */
  fromExisting: boolean;
  /** Matched or created by a row of this import. */
  touched: boolean;
  /** The record as this import's rows alone built it (clients only). */
  sourceView?: RegisterRecord;
  origin?: Origin;
  /** The newest source sheet whose row was folded into this entry (see LinkOptions.newer). */
  latestSheet?: string;
  /** The latest fact date of the rows folded into this entry (see Candidate.factDate). */
  latestDate?: string;
}

const ID_PATTERN = /^C-(\d+)$/i;

export function formatClientId(n: number): string {
  return `C-${String(n).padStart(4, "0")}`;
}

function text(value: RegisterValue | undefined): string {
  return isEmptyValue(value) ? "" : String(value);
}

function nameKey(record: RegisterRecord): string {
  return normaliseKey(text(record.name));
}

/** What makes two rows of one source the same client, most telling first; each with its message code. */
type EvidenceCode =
  | "link.match-id-number"
  | "link.match-name-phone"
  | "link.match-name-email"
  | "link.match-name-birthday-address";

function compactKey(value: RegisterValue | undefined): string {
  return normaliseKey(text(value)).replace(/[\s,，.。、\-#()（）]/g, "");
}

/**
 * Different names one ID number may be written for before it is read as a stand-in (a village's
 * 320321201801010001 for every member without an ID) rather than one person's, named variously.
 */
const SHARED_ID_NAMES = 3;

/** Fewest characters an ID number needs to name one person: an area code's six digits do not. */
const MIN_ID_LENGTH = 8;

/**
 * An ID number names one person only when it is whole: a mainland ID's six-digit area code
 * (420103) is shared by a district's people, and a masked one (4201**********0783) by anyone whose
 * first and last digits are the same.
 */
export function identifiesAlone(idText: string): boolean {
  if (idNumberKey(idText) !== null) return true;
  const compact = compactKey(idText);
  return compact.length >= MIN_ID_LENGTH && !/[*＊]/.test(compact);
}

/** The strong keys of a client record as "code|key" strings, for hash lookups. */
function evidenceKeys(
  record: RegisterRecord,
  phoneKeysOf: (phone: string) => readonly string[]
): [EvidenceCode, string][] {
  const keys: [EvidenceCode, string][] = [];
  const idText = text(record.idNumber);
  if (idText !== "" && identifiesAlone(idText))
    keys.push(["link.match-id-number", idNumberKey(idText) ?? compactKey(idText)]);
  const name = nameKey(record);
  if (name === "") return keys;
  for (const phone of phoneKeysOf(text(record.phone)))
    keys.push(["link.match-name-phone", `${name}|${phone}`]);
  const email = emailKey(record);
  if (email !== "") keys.push(["link.match-name-email", `${name}|${email}`]);
  const birthday = text(record.birthday);
  const address = compactKey(record.address);
  if (birthday !== "" && address !== "")
    keys.push(["link.match-name-birthday-address", `${name}|${birthday}|${address}`]);
  return keys;
}

function phoneKey(record: RegisterRecord): string {
  return text(record.phone).replace(/\D/g, "");
}

function emailKey(record: RegisterRecord): string {
  return normaliseKey(text(record.email));
}

function sharesContact(a: RegisterRecord, b: RegisterRecord): boolean {
  const ea = emailKey(a);
  return sharesPhone(a, b) || (ea !== "" && ea === emailKey(b));
}

function sharesPhone(a: RegisterRecord, b: RegisterRecord): boolean {
  return phoneKey(a) !== "" && samePhone(text(a.phone), text(b.phone));
}

/** Two phones that are not known to be one number (a masked phone is never known to be). */
function phonesDiffer(a: RegisterRecord, b: RegisterRecord): boolean {
  return phoneKey(a) !== "" && phoneKey(b) !== "" && !sharesPhone(a, b);
}

/** 1 per shared phone (as a number) or e-mail, plus 0.5 when it is written the same way. */
function contactScore(a: RegisterRecord, b: RegisterRecord): number {
  let score = 0;
  if (sharesPhone(a, b)) score += text(a.phone).trim() === text(b.phone).trim() ? 1.5 : 1;
  const ea = emailKey(a);
  if (ea !== "" && ea === emailKey(b))
    score += text(a.email).trim() === text(b.email).trim() ? 1.5 : 1;
  return score;
}

function hasContact(record: RegisterRecord): boolean {
  return phoneKey(record) !== "" || emailKey(record) !== "";
}

/** Nothing but a name to tell who it is: no phone, e-mail, ID number or birthday. */
function isBare(record: RegisterRecord): boolean {
  return !hasContact(record) && isEmptyValue(record.idNumber) && isEmptyValue(record.birthday);
}

/** Fields any card has without saying anything of its customer. */
const CARD_ONLY_FIELDS = new Set(["name", "clientId", "kind", "notes"]);

/** A client card holding nothing but its name and number (what a till writes on every card aside). */
function isEmptyCard(record: RegisterRecord): boolean {
  return Object.entries(record).every(
    ([field, value]) => CARD_ONLY_FIELDS.has(field) || isEmptyValue(value)
  );
}

/** Both written and different: `key` folds each value to what is compared. */
function differs(
  a: RegisterRecord,
  b: RegisterRecord,
  field: string,
  key: (value: RegisterValue | undefined) => string = compactKey
): boolean {
  const ka = key(a[field]);
  const kb = key(b[field]);
  return ka !== "" && kb !== "" && ka !== kb;
}

/** Two addresses of one place, or one of them blank. */
function addressesAgree(a: RegisterRecord, b: RegisterRecord): boolean {
  const ka = compactKey(a.address);
  const kb = compactKey(b.address);
  return ka === "" || kb === "" || samePlace(ka, kb);
}

/**
 * Organisations of one name at two addresses are two when the name is no registered one: 北極殿,
 * 玄天宮, a shop's name are shared by many across towns. A name with its legal form ("… Private
 * Limited", …有限公司) is one firm's, listed at two of its offices. `linesAddressed`: the rows'
 * addresses are where their lines happened (see line-addresses.ts), telling no one apart.
 */
function namesakesApart(
  seen: RegisterRecord,
  record: RegisterRecord,
  linesAddressed = false
): boolean {
  if (seen.kind !== "enterprise" && record.kind !== "enterprise") return false;
  if (linesAddressed || addressesAgree(seen, record)) return false;
  return !COMPANY_VALUE.test(text(record.name).trim());
}

/**
 * A company entered twice in one source (once per mailbox, once per party type) is one client: a
 * company's name is its own, where a person's is shared by many, so two rows of one organisation
 * name are one client unless something on them differs that a company has only one of — its
 * phone, its address, its registration or client number. Their e-mails may differ (sales@,
 * ops@). Two people of one name stay two; so do namesakes when more than one is known.
 */
function sameCompany(sameName: readonly Entry[], record: RegisterRecord): Entry | undefined {
  if (record.kind !== "enterprise" || sameName.length !== 1) return undefined;
  const entry = sameName[0];
  const seen = entry.sourceView;
  if (!seen || seen.kind !== "enterprise") return undefined;
  if (differs(seen, record, "idNumber") || differs(seen, record, "clientId")) return undefined;
  // One written address is one company, whatever line it was rung on.
  const address = compactKey(record.address);
  if (address !== "" && address === compactKey(seen.address)) return entry;
  if (phonesDiffer(seen, record)) return undefined;
  return addressesAgree(seen, record) ? entry : undefined;
}

/** A running number (1, 008, S12): a row's serial in its list, not who the client is. */
const SERIAL_ID = /^[a-z]?\d{1,4}$/i;

/**
 * Two rows sharing a name and a phone or an e-mail are still two people when the book gives them
 * different ID numbers, or different client numbers (CIF, 客户号) that are not a list's running
 * serials and nothing else personal agrees: a family shares one phone, and one e-mail often serves
 * a household. One ID number, a shared birthday and address, or (beside two client numbers) a
 * shared birthday is one person entered twice.
 */
function identitiesDiffer(
  code: EvidenceCode,
  seen: RegisterRecord | undefined,
  record: RegisterRecord
): boolean {
  if (!seen || code === "link.match-name-birthday-address") return false;
  if (code === "link.match-id-number") return namesUnrelated(seen, record);
  if (differs(seen, record, "idNumber")) return true;
  const ids = [text(seen.clientId).trim(), text(record.clientId).trim()];
  if (!differs(seen, record, "clientId", (v) => normaliseKey(text(v)))) return false;
  if (ids.some((id) => SERIAL_ID.test(id))) return false;
  // One client entered twice under two numbers still shows as one: the same birthday too.
  const born = [text(seen.birthday).trim(), text(record.birthday).trim()];
  return !(born[0] !== "" && born[0] === born[1]);
}

/** The parts a name is compared by: its words, or for Chinese its characters. */
function nameParts(record: RegisterRecord): Set<string> {
  const key = nameKey(record);
  return new Set(
    key.split(/[\s,.·・]+|(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])/u).filter((p) => p)
  );
}

/**
 * One ID number under two names that share nothing (徐美建 and 陳欣雄, Ann Lee and Tom Hollis) is
 * a number copied onto the wrong row, not one person: a variant of one name (王小明 / 王曉明, a
 * nickname beside the full name) shares a word or a character and is the same person.
 */
function namesUnrelated(seen: RegisterRecord, record: RegisterRecord): boolean {
  const mine = nameParts(seen);
  const theirs = nameParts(record);
  if (mine.size === 0 || theirs.size === 0) return false;
  for (const part of mine) if (theirs.has(part)) return false;
  return true;
}

/**
 * What on two rows of one name says they are two people, as a message code: a different birthday,
 * ID number, client number, phone or e-mail (for companies also an address that is not the same
 * place). A blank never says so. Null when nothing does.
 */
function contradiction(
  seen: RegisterRecord,
  record: RegisterRecord,
  linesAddressed = false
): MessageCode | null {
  if (differs(seen, record, "birthday", text)) return "link.apart-birthday";
  if (differs(seen, record, "idNumber")) return "link.apart-id-number";
  if (differs(seen, record, "clientId", (v) => normaliseKey(text(v))))
    return "link.apart-client-id";
  if (phonesDiffer(seen, record)) return "link.apart-phone";
  if (differs(seen, record, "email", (v) => emailKey({ email: v ?? null })))
    return "link.apart-email";
  if (linesAddressed) return null;
  if ((seen.kind === "enterprise" || record.kind === "enterprise") && !addressesAgree(seen, record))
    return "link.apart-address";
  return null;
}

/** Fields that identify one row of a child sheet within its client. */
const NATURAL_KEYS: Partial<Record<SheetKey, { id?: string; fields: string[] }>> = {
  Family: { fields: ["memberName"] },
  Contacts: { fields: ["name"] },
  Insurance: { id: "policyNo", fields: ["type", "insurer", "insured", "startDate"] },
  Assets: {
    fields: [
      "assetClass",
      "heldAt",
      "institution",
      "currency",
      "startDate",
      "maturityDate",
      "asOf",
    ],
  },
  Tiers: { fields: [] },
  Complaints: { id: "complaintId", fields: ["receivedOn", "category", "description"] },
  // Two contacts with a client on one day are one visit only when they say the same: what was
  // discussed (or written beside it) tells two calls of one day apart.
  Visits: {
    fields: [
      "visitOn",
      "method",
      "place",
      "attendees",
      "purpose",
      "keyPoints",
      "clientViews",
      "nextSteps",
      "notes",
    ],
  },
  // Two deals of one account (a renewal and an upsell) are two opportunities unless they agree on
  // what a person tells deals apart by: stage, amount, odds, close date, owner, next action.
  Pipeline: {
    id: "opportunityId",
    fields: [
      "prospect",
      "stage",
      "expectedValue",
      "probability",
      "expectedClose",
      "owner",
      "nextAction",
    ],
  },
};

function keyPart(value: RegisterValue | undefined): string {
  return typeof value === "string"
    ? normaliseKey(value)
    : value === null || value === undefined
      ? ""
      : String(value);
}

/** A system's key (OPP-0042, D2024001, 0061x00000AbCdE): one token holding a digit. */
function codeShaped(key: string): boolean {
  return !/\s/.test(key) && /\d/.test(key);
}

/** The dedupe key of a child record; records without a client link compare whole. */
export function childKey(sheet: SheetKey, record: RegisterRecord): string {
  const spec = NATURAL_KEYS[sheet];
  const client = keyPart(record.clientId);
  if (spec && client !== "") {
    const id = spec.id ? keyPart(record[spec.id]) : "";
    // A deal named in words ("Cloud migration", "Annual support contract") is that account's:
    // two accounts' deals of one name are two deals. A code (OPP-0042) names one deal anywhere.
    if (sheet === "Pipeline" && id !== "" && !codeShaped(id)) return `id|${client}|${id}`;
    if (id !== "") return `id|${id}`;
    const parts = spec.fields.map((f) => keyPart(record[f]));
    if (spec.fields.length === 0 || parts.some((p) => p !== ""))
      return `k|${client}|${parts.join("|")}`;
  }
  if (spec?.id && keyPart(record[spec.id]) !== "") return `id|${keyPart(record[spec.id])}`;
  const whole = Object.keys(record)
    .sort()
    .map((k) => `${k}=${keyPart(record[k])}`)
    .join("|");
  return `all|${whole}`;
}

/**
 * Two rows of one client (added by two staff, on two dates): the client came on the earlier date,
 * and belongs to whoever brought them then — the rule sales teams keep against 撞单 (first to add
 * the customer owns them). The later date and owner are left in `incoming`, so the merge keeps
 * them in notes.
 */
function keepEarliestSince(target: RegisterRecord, incoming: RegisterRecord): void {
  const kept = target.clientSince;
  const other = incoming.clientSince;
  if (typeof kept === "string" && typeof other === "string" && other < kept) {
    target.clientSince = other;
    incoming.clientSince = kept;
    if (!isEmptyValue(target.owner) && !isEmptyValue(incoming.owner))
      [target.owner, incoming.owner] = [incoming.owner, target.owner];
  }
}

export interface LinkOptions {
  /** Where national phone numbers are from, for comparing phones in E.164. */
  phoneRegion?: PhoneRegion;
  /** Clients already in the register imported into (children may link to them). */
  registerClients?: readonly RegisterRecord[];
  /** The header of the source column that fed `field` on a source sheet, to label values kept in notes. */
  headerOf?: (sourceSheet: string, field: string) => string | undefined;
  /**
   * True when source sheet `sheet` is a newer tab of the same list as `than` (11月 after 10月):
   * a client on both takes the newer tab's values, the older ones kept in notes.
   */
  newer?: (sheet: string, than: string) => boolean;
}

/** Fewer distinct client ids than this on a sheet say nothing of where its clients are. */
const MIN_IDS_ELSEWHERE = 3;

/** Clients quoted in a sheet's one note about second owners. */
const ALSO_OWNER_EXAMPLES = 3;

class Linker {
  readonly issues: ImportIssue[] = [];
  readonly rows: RowResult[] = [];
  private readonly entries = new Map<SheetKey, Entry[]>();
  private readonly clientById = new Map<string, Entry>();
  private readonly clientsByName = new Map<string, Entry[]>();
  private readonly resolved = new Map<Candidate, Entry>();
  private readonly pendingIds: Entry[] = [];
  private readonly childIndex = new Map<SheetKey, Map<string, Entry[]>>();
  /** Strong keys ("code|key") of the clients this import's rows built. */
  private readonly builtByEvidence = new Map<string, Entry>();
  /**
   * The clients this import's rows built under a Chinese name, by surname and phone, apart for
   * names written as a surname and a form of address (朱女士) and full names (朱鹏浩).
   */
  private readonly builtBySurnamePhone = new Map<string, Entry>();
  /** Clients of the register imported into, for child links only (issue 13's three-way merge matches the rest). */
  private readonly registerById = new Map<string, RegisterRecord>();
  private readonly registerByName = new Map<string, RegisterRecord[]>();
  private readonly registerMaxId: number;
  private readonly registerByIdNumber = new Map<string, RegisterRecord>();
  /** Policyholders who are a client of the register already: that client's id. */
  private readonly registerLinks = new Map<Candidate, string>();
  /** Clients made from policyholders, per sheet and column. */
  private readonly made = new Map<string, { from: MadeFrom; count: number }>();
  private readonly region: PhoneRegion;
  /** Source sheets whose rows add to other sheets' clients by their number (Candidate.joined). */
  private readonly joinedSheets = new Set<string>();
  /** Source sheets and id columns already told that their unknown ids were linked by name. */
  private readonly toldIdByName = new Set<string>();
  /**
   * Source sheets (with their register sheet) naming their clients only by ids that no client of
   * the import or the register has: the ids are the clients' of another workbook (see
   * markIdsElsewhere). Each is told once, then its ids are kept as given.
   */
  private readonly idsElsewhere = new Map<string, ImportIssue | null>();
  /** Per source sheet, how many of its client rows bear each name. */
  private readonly namesPerSheet = new Map<string, Map<string, number>>();
  /** Source sheets whose addresses are their lines' (a sale's town), not their clients'. */
  private lineAddressSheets = new Set<string>();
  /** ID numbers of the source written for several different names (see countNames). */
  private readonly sharedIdNumbers = new Set<string>();

  private readonly headerOf: LinkOptions["headerOf"];
  private readonly newer: LinkOptions["newer"];
  /** Per source sheet, the clients told to have a second owner: the first told, a count, examples. */
  private readonly alsoOwners = new Map<
    string,
    { issue: ImportIssue; count: number; examples: string[] }
  >();

  constructor(existing: Partial<Record<SheetKey, RegisterRecord[]>>, options: LinkOptions = {}) {
    this.region = options.phoneRegion ?? "CN";
    this.headerOf = options.headerOf;
    this.newer = options.newer;
    let maxId = 0;
    for (const client of options.registerClients ?? []) {
      const id = text(client.clientId);
      if (id === "") continue;
      if (!this.registerById.has(normaliseKey(id))) this.registerById.set(normaliseKey(id), client);
      const name = nameKey(client);
      if (name !== "")
        this.registerByName.set(name, [...(this.registerByName.get(name) ?? []), client]);
      const idNumber = text(client.idNumber);
      const idKey = idNumber === "" ? "" : (idNumberKey(idNumber) ?? compactKey(idNumber));
      if (idKey !== "" && !this.registerByIdNumber.has(idKey))
        this.registerByIdNumber.set(idKey, client);
      const m = ID_PATTERN.exec(id);
      if (m) maxId = Math.max(maxId, Number(m[1]));
    }
    this.registerMaxId = maxId;
    for (const sheet of SHEET_KEYS) {
      const list = (existing[sheet] ?? []).map((r): Entry => ({
        record: { ...r },
        fromExisting: true,
        touched: false,
      }));
      this.entries.set(sheet, list);
      if (sheet === "Clients") list.forEach((e) => this.indexClient(e));
      else {
        const index = new Map<string, Entry[]>();
        for (const e of list) {
          const key = childKey(sheet, e.record);
          index.set(key, [...(index.get(key) ?? []), e]);
        }
        this.childIndex.set(sheet, index);
      }
    }
  }

  records(): RegisterRecords {
    const out = {} as RegisterRecords;
    for (const sheet of SHEET_KEYS)
      out[sheet] = (this.entries.get(sheet) ?? []).map((e) => e.record);
    return out;
  }

  /**
   * A client row's strong keys are looked up and then indexed: the same record, unchanged in
   * between (merging copies it), so its keys (name folds, phone parsing) are computed once.
   */
  private lastEvidence: { record: RegisterRecord | null; keys: [EvidenceCode, string][] } = {
    record: null,
    keys: [],
  };
  private evidenceOf(record: RegisterRecord): [EvidenceCode, string][] {
    if (this.lastEvidence.record !== record) {
      // An ID number written for several people (a stand-in for those without one) is no one's.
      const keys = evidenceKeys(record, this.phoneKeysOf).filter(
        ([code, key]) => code !== "link.match-id-number" || !this.sharedIdNumbers.has(key)
      );
      this.lastEvidence = { record, keys };
    }
    return this.lastEvidence.keys;
  }

  /** Remembers a source row's strong keys as pointing at the client it became part of. */
  private indexEvidence(record: RegisterRecord, entry: Entry): void {
    for (const [code, key] of this.evidenceOf(record)) {
      const full = `${code}|${key}`;
      if (!this.builtByEvidence.has(full)) this.builtByEvidence.set(full, entry);
    }
    for (const key of this.surnamePhoneKeys(record, "own")) {
      if (!this.builtBySurnamePhone.has(key)) this.builtBySurnamePhone.set(key, entry);
    }
  }

  /**
   * A row's keys by surname and phone: its own ("own", to index) or those of the other form of
   * the name ("other", to look up): a surname with a form of address meets a full name, never
   * another of its kind (张先生 and 张女士, or two full names, sharing a phone are a family).
   */
  private surnamePhoneKeys(record: RegisterRecord, whose: "own" | "other"): string[] {
    const name = readChineseName(text(record.name));
    if (name === null) return [];
    const form = name.addressed === (whose === "own") ? "addressed" : "full";
    return this.phoneKeysOf(text(record.phone)).map((phone) => `${form}|${name.surname}|${phone}`);
  }

  /**
   * The client an earlier row built under the other form of this row's name with the same phone:
   * 朱女士 and 朱鹏浩 on one number are one person a caller wrote twice, unless an ID number or
   * client number says otherwise.
   */
  private findByOtherForm(record: RegisterRecord): Entry | undefined {
    for (const key of this.surnamePhoneKeys(record, "other")) {
      const entry = this.builtBySurnamePhone.get(key);
      if (entry && !identitiesDiffer("link.match-name-phone", entry.sourceView, record))
        return entry;
    }
    return undefined;
  }

  /** The client an earlier row of this import built that shares a strong key with `record`. */
  private findByEvidence(record: RegisterRecord): { entry: Entry; code: EvidenceCode } | null {
    for (const [code, key] of this.evidenceOf(record)) {
      const entry = this.builtByEvidence.get(`${code}|${key}`);
      if (entry && !identitiesDiffer(code, entry.sourceView, record)) return { entry, code };
    }
    return null;
  }

  /**
   * A row's phones are parsed (libphonenumber) when it is looked up and again when it is
   * indexed; remembering the last text halves that, the costliest part of linking big sheets.
   */
  private lastPhone: { text: string; keys: readonly string[] } = { text: "", keys: [] };
  private readonly phoneKeysOf = (phone: string): readonly string[] => {
    if (phone !== this.lastPhone.text)
      this.lastPhone = { text: phone, keys: phoneKeys(phone, this.region) };
    return this.lastPhone.keys;
  };

  private indexClient(entry: Entry): void {
    const id = normaliseKey(text(entry.record.clientId));
    if (id !== "" && !this.clientById.has(id)) this.clientById.set(id, entry);
    const name = nameKey(entry.record);
    if (name === "") return;
    const list = this.clientsByName.get(name) ?? [];
    if (!list.includes(entry)) list.push(entry);
    this.clientsByName.set(name, list);
  }

  private warn(
    origin: Origin,
    field: string | null,
    value: RegisterValue,
    message: string,
    severity: ImportIssue["severity"] = "warning",
    coded?: MessageRef
  ): void {
    this.issues.push({
      sheet: origin.sheet,
      row: origin.row,
      column: null,
      field,
      value,
      message,
      severity,
      ...(coded && { code: coded.code, params: coded.params }),
    });
  }

  private describe(entry: Entry): string {
    const id = text(entry.record.clientId);
    if (id) return `client ${id}`;
    if (entry.origin) return `the record from ${entry.origin.sheet} row ${entry.origin.row}`;
    return "an existing register record";
  }

  /** The entry as message parameters: `target` is the code that names it. */
  private targetParams(entry: Entry): MessageParams {
    const id = text(entry.record.clientId);
    if (id) return { target: "link.target-client", targetId: id };
    if (entry.origin)
      return {
        target: "link.target-row",
        targetSheet: entry.origin.sheet,
        targetRow: entry.origin.row,
      };
    return { target: "link.target-existing" };
  }

  private reportConflicts(
    candidate: Candidate,
    into: Entry,
    conflicts: FieldConflict[],
    updating: boolean,
    newer = false,
    laterDate?: string
  ): void {
    // A client added by a second staff member on another day: the later date goes with that
    // owner (keepEarliestSince) and is told with it, not as a conflict of its own.
    const secondOwner =
      !updating && candidate.sheet === "Clients" && conflicts.some((c) => c.key === "owner");
    for (const c of conflicts) {
      if (laterDate !== undefined) {
        this.warn(
          candidate.origin,
          c.key,
          c.other,
          `${this.describe(into)}: ${c.key} taken from the later row ${candidate.origin.row} (${laterDate}): ${describeRaw(c.kept)}; the earlier value ${describeRaw(c.other)} was put in notes.`,
          "info",
          {
            code: "link.later-row",
            params: {
              ...this.targetParams(into),
              field: c.key,
              row: candidate.origin.row,
              date: laterDate,
              other: describeRaw(c.other),
              kept: describeRaw(c.kept),
            },
          }
        );
        continue;
      }
      if (newer) {
        this.warn(
          candidate.origin,
          c.key,
          c.other,
          `${this.describe(into)}: ${c.key} taken from the newer sheet ${candidate.origin.sheet}: ${describeRaw(c.kept)}; the older value ${describeRaw(c.other)} was put in notes.`,
          "info",
          {
            code: "link.newer-sheet",
            params: {
              ...this.targetParams(into),
              field: c.key,
              sheet: candidate.origin.sheet,
              other: describeRaw(c.other),
              kept: describeRaw(c.kept),
            },
          }
        );
        continue;
      }
      if (secondOwner && c.key === "clientSince") continue;
      if (!updating && candidate.sheet === "Clients" && c.key === "owner") {
        // Two staff looking after one client (a WeCom list: the customer added by both) is no
        // error to fix: the first stays the owner, the other is kept in notes and told — once
        // per sheet when many clients have two (reportAlsoOwners).
        const example = `${text(into.record.name) || this.describe(into)} (${describeRaw(c.other)})`;
        const told = this.alsoOwners.get(candidate.origin.sheet);
        if (told) {
          told.count += 1;
          if (told.examples.length < ALSO_OWNER_EXAMPLES) told.examples.push(example);
          continue;
        }
        this.warn(
          candidate.origin,
          c.key,
          c.other,
          `${this.describe(into)} is also looked after by ${describeRaw(c.other)} (another row of the same client): kept ${describeRaw(c.kept)} as the owner, ${describeRaw(c.other)} put in notes.`,
          "info",
          {
            code: "link.also-owner",
            params: {
              ...this.targetParams(into),
              field: c.key,
              other: describeRaw(c.other),
              kept: describeRaw(c.kept),
            },
          }
        );
        this.alsoOwners.set(candidate.origin.sheet, {
          issue: this.issues[this.issues.length - 1],
          count: 1,
          examples: [example],
        });
        continue;
      }
      const message = updating
        ? `Updated ${c.key} of ${this.describe(into)}: ${describeRaw(c.other)} → ${describeRaw(c.kept)}.`
        : `Conflicting ${c.key} for ${this.describe(into)}: kept ${describeRaw(c.kept)}, the other value ${describeRaw(c.other)} was put in notes.`;
      this.warn(candidate.origin, c.key, c.other, message, updating ? "info" : "warning", {
        code: updating ? "link.updated" : "link.conflict",
        params: {
          ...this.targetParams(into),
          field: c.key,
          other: describeRaw(c.other),
          kept: describeRaw(c.kept),
        },
      });
    }
  }

  /** Folds a candidate into an entry and accounts its rows as merged. */
  private mergeCandidate(candidate: Candidate, into: Entry, reason: string): void {
    const updating = into.fromExisting && !into.touched;
    const incoming = { ...candidate.record };
    const than = into.latestSheet ?? into.origin?.sheet;
    const newer =
      !updating &&
      candidate.sheet === "Clients" &&
      than !== undefined &&
      than !== candidate.origin.sheet &&
      (this.newer?.(candidate.origin.sheet, than) ?? false);
    if (newer) into.latestSheet = candidate.origin.sheet;
    // Two rows of one client in one sheet, each dated (a re-test, an update): the later row is current.
    const incomingDate =
      !updating && !newer && candidate.sheet === "Clients" ? (candidate.factDate ?? null) : null;
    const intoDate = into.latestDate ?? null;
    const laterRow =
      incomingDate !== null &&
      intoDate !== null &&
      into.origin?.sheet === candidate.origin.sheet &&
      incomingDate > intoDate;
    if (laterRow) into.latestDate = incomingDate;
    if (candidate.sheet === "Clients" && isEmptyValue(incoming.clientId)) delete incoming.clientId;
    if (candidate.sheet === "Clients" && !updating) keepEarliestSince(into.record, incoming);
    const labelOf = (key: string) => this.headerOf?.(candidate.origin.sheet, key) || key;
    // A deal written again on a later row of its log: the later row is where it stands now.
    const dealUpdate = !updating && candidate.dealKey !== undefined;
    const outcome = mergeInto(
      into.record,
      incoming,
      updating ? "incoming-wins" : newer || laterRow || dealUpdate ? "newer-wins" : "first-wins",
      new Set(),
      labelOf
    );
    if (candidate.sheet === "Clients") {
      if (into.sourceView && into.sourceView !== into.record)
        mergeInto(
          into.sourceView,
          { ...incoming },
          newer || laterRow ? "newer-wins" : "first-wins",
          new Set(),
          labelOf
        );
      else if (!into.sourceView) into.sourceView = { ...incoming };
    }
    // A changed stage or amount on a deal's later row is an update, not a conflict: told as one
    // (link.updated), the earlier value in the issue.
    this.reportConflicts(
      candidate,
      into,
      outcome.conflicts,
      updating || dealUpdate,
      newer,
      laterRow ? (incomingDate ?? undefined) : undefined
    );
    into.touched = true;
    this.resolved.set(candidate, into);
    if (candidate.accounted) {
      this.rows.push({ origin: candidate.origin, outcome: "merged", reason });
      for (const f of candidate.followers)
        this.rows.push({
          origin: f,
          outcome: "merged",
          reason: `continues row ${candidate.origin.row}`,
        });
    }
  }

  private addCandidate(candidate: Candidate): Entry {
    const entry: Entry = {
      record: candidate.record,
      fromExisting: false,
      touched: true,
      origin: candidate.origin,
    };
    if (candidate.sheet === "Clients") entry.sourceView = entry.record;
    if (candidate.factDate !== undefined) entry.latestDate = candidate.factDate;
    this.entries.get(candidate.sheet)?.push(entry);
    this.resolved.set(candidate, entry);
    if (candidate.accounted) {
      this.rows.push({ origin: candidate.origin, outcome: "imported" });
      for (const f of candidate.followers)
        this.rows.push({
          origin: f,
          outcome: "merged",
          reason: `continues row ${candidate.origin.row}`,
        });
    }
    return entry;
  }

  /** The register row (not yet matched in this import) with this name sharing the most contact details. */
  private bestUnmatched(sameName: readonly Entry[], record: RegisterRecord): Entry | undefined {
    let best: Entry | undefined;
    let bestScore = 0;
    for (const e of sameName) {
      if (!e.fromExisting || e.touched) continue;
      const score = contactScore(e.record, record);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Matching compares a source row first with what earlier rows of this same import built (their
   * `sourceView`), exactly as a first import would; only then with register rows not yet matched.
   * So re-importing a source routes every row to the record it produced the first time.
   */
  private findClient(
    record: RegisterRecord,
    origin?: Origin
  ): { entry: Entry; how: string; match: MessageParams } | null {
    const id = normaliseKey(text(record.clientId));
    if (id !== "") {
      const byId = this.clientById.get(id);
      const matchId = text(record.clientId);
      if (byId)
        return {
          entry: byId,
          how: `same client id ${matchId}`,
          match: { match: "link.match-id", matchId },
        };
    }
    // Within the source, strong evidence outweighs differing serial numbers.
    const evidence = this.findByEvidence(record);
    if (evidence)
      return { entry: evidence.entry, how: en[evidence.code], match: { match: evidence.code } };
    const again = origin && id !== "" ? this.cardMadeAgain(record, origin) : undefined;
    if (again)
      return {
        entry: again,
        how: en["link.match-card-again"],
        match: { match: "link.match-card-again" },
      };
    if (id !== "") return null;
    const name = nameKey(record);
    if (name === "") return null;
    const sameName = this.clientsByName.get(name) ?? [];
    const byContact = { match: "link.match-contact" };
    const built = sameName.find(
      (e) =>
        e.sourceView &&
        sharesContact(e.sourceView, record) &&
        !identitiesDiffer("link.match-name-phone", e.sourceView, record)
    );
    if (built) return { entry: built, how: en["link.match-contact"], match: byContact };
    const otherForm = this.findByOtherForm(record);
    if (otherForm)
      return {
        entry: otherForm,
        how: en["link.match-addressed-name-phone"],
        match: { match: "link.match-addressed-name-phone" },
      };
    const registered = this.bestUnmatched(sameName, record);
    if (registered) return { entry: registered, how: en["link.match-contact"], match: byContact };
    if (isBare(record)) {
      // Two source rows that say nothing but the same name (a customer listed once per product
      // line) are one client; any detail on either would have to agree, so none may be there.
      const twin = sameName.find(
        (e) =>
          !e.fromExisting &&
          e.sourceView &&
          isBare(e.sourceView) &&
          !namesakesApart(e.sourceView, record, this.linesAddressed(e.origin, origin))
      );
      if (twin)
        return {
          entry: twin,
          how: en["link.match-name-only"],
          match: { match: "link.match-name-only" },
        };
    }
    if (!hasContact(record)) {
      // A register client with this name and no phone or e-mail either is this client.
      const bare = sameName.find((e) => e.fromExisting && !e.touched && !hasContact(e.record));
      if (bare)
        return { entry: bare, how: en["link.match-bare"], match: { match: "link.match-bare" } };
    }
    const across = origin ? this.onlyNamesakeElsewhere(sameName, record, origin) : undefined;
    if (across)
      return {
        entry: across,
        how: en["link.match-name-across-sheets"],
        match: { match: "link.match-name-across-sheets" },
      };
    const company = sameCompany(sameName, record);
    if (company)
      return {
        entry: company,
        how: en["link.match-company-name"],
        match: { match: "link.match-company-name" },
      };
    const kin = origin ? this.namesakeOnSheet(sameName, record, origin).entry : undefined;
    if (kin)
      return {
        entry: kin,
        how: en["link.match-name-same-sheet"],
        match: { match: "link.match-name-same-sheet" },
      };
    return null;
  }

  /**
   * Within one source sheet, a row naming the same person as an earlier row is that person unless
   * something on the two rows says otherwise (see `contradiction`): a policy list writes the
   * holder's birthday on their first row only, a later row leaves it blank. With two or more
   * earlier namesakes it fits, the name alone cannot tell which: none is taken.
   */
  private namesakeOnSheet(
    sameName: readonly Entry[],
    record: RegisterRecord,
    origin: Origin
  ): { entry?: Entry; apart?: MessageCode } {
    const onSheet = sameName.filter(
      (e) => !e.fromExisting && e.sourceView && e.origin?.sheet === origin.sheet
    );
    if (onSheet.length === 0) return {};
    const fits: Entry[] = [];
    let apart: MessageCode | undefined;
    for (const e of onSheet) {
      const why = contradiction(
        e.sourceView as RegisterRecord,
        record,
        this.linesAddressed(e.origin, origin)
      );
      if (why === null) fits.push(e);
      else apart ??= why;
    }
    if (fits.length === 1) return { entry: fits[0] };
    return { apart: fits.length > 1 ? "link.apart-several" : apart };
  }

  /**
   * A card that holds nothing but a name and its number, on the row right before or after a card
   * of the same name, is one customer's card made twice in a row (an empty card abandoned, the
   * real one made next): the two are one client, though their numbers differ. Namesakes a row
   * apart who both have details stay apart (two phones are two people), and so does a card beside
   * one of several namesakes. Without numbers, namesakes on one sheet are read as before.
   */
  private cardMadeAgain(record: RegisterRecord, origin: Origin): Entry | undefined {
    const name = nameKey(record);
    if (name === "") return undefined;
    const onSheet = (this.clientsByName.get(name) ?? []).filter(
      (e) => !e.fromExisting && e.sourceView !== undefined && e.origin?.sheet === origin.sheet
    );
    // Beside two namesakes or more, the name cannot tell whose card it was.
    if (onSheet.length !== 1) return undefined;
    const [card] = onSheet;
    const view = card.sourceView as RegisterRecord;
    return card.origin?.row === origin.row - 1 && (isEmptyCard(view) || isEmptyCard(record))
      ? card
      : undefined;
  }

  /** Both rows come from one sheet whose addresses are its lines'. */
  private linesAddressed(seen: Origin | undefined, origin: Origin | undefined): boolean {
    return (
      seen !== undefined &&
      origin !== undefined &&
      seen.sheet === origin.sheet &&
      this.lineAddressSheets.has(origin.sheet)
    );
  }

  /** Why a client is kept apart from its namesakes, as the `why` of link.same-name. */
  private apartParams(
    sameName: readonly Entry[],
    record: RegisterRecord,
    origin: Origin
  ): MessageParams {
    const { apart } = this.namesakeOnSheet(sameName, record, origin);
    return apart ? { why: apart } : {};
  }

  /**
   * Two sheets of one book that each name a client once (an account list, and a contact list whose
   * Account column names the account) speak of the same client when no other client of the book
   * has that name and nothing on the rows says otherwise (an ID number, a birthday): their phones
   * and e-mails may differ, as a company's and its contact person's do.
   */
  private onlyNamesakeElsewhere(
    sameName: readonly Entry[],
    record: RegisterRecord,
    origin: Origin
  ): Entry | undefined {
    if (sameName.length !== 1) return undefined;
    const entry = sameName[0];
    const seen = entry.sourceView;
    if (entry.fromExisting || !seen || !entry.origin || entry.origin.sheet === origin.sheet)
      return undefined;
    const name = nameKey(record);
    if (this.nameCount(origin.sheet, name) !== 1 || this.nameCount(entry.origin.sheet, name) !== 1)
      return undefined;
    const differs = (key: string, compare: (v: RegisterValue | undefined) => string) =>
      compare(seen[key]) !== "" &&
      compare(record[key]) !== "" &&
      compare(seen[key]) !== compare(record[key]);
    if (differs("idNumber", compactKey) || differs("birthday", text)) return undefined;
    if (!isEmptyValue(seen.clientId) && !isEmptyValue(record.clientId)) return undefined;
    return entry;
  }

  /** How many client rows of a source sheet bear this name (folded). */
  private nameCount(sheet: string, name: string): number {
    return this.namesPerSheet.get(sheet)?.get(name) ?? 0;
  }

  /** Counts the names of the client rows of every source sheet, before any is linked. */
  countNames(candidates: readonly Candidate[]): void {
    this.lineAddressSheets = sheetsOfLineAddresses(
      candidates
        .filter((c) => c.sheet === "Clients" && !c.madeFrom)
        .map((c) => ({
          sheet: c.origin.sheet,
          name: nameKey(c.record),
          address: compactKey(c.record.address),
        }))
    );
    const namesOfId = new Map<string, Set<string>>();
    for (const c of candidates) {
      if (c.sheet !== "Clients" || c.madeFrom) continue;
      const name = nameKey(c.record);
      if (name === "") continue;
      const names = this.namesPerSheet.get(c.origin.sheet) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      this.namesPerSheet.set(c.origin.sheet, names);
      const idText = text(c.record.idNumber);
      if (idText === "") continue;
      const id = idNumberKey(idText) ?? compactKey(idText);
      const named = namesOfId.get(id) ?? new Set<string>();
      if (named.size < SHARED_ID_NAMES) named.add(name);
      namesOfId.set(id, named);
    }
    for (const [id, names] of namesOfId)
      if (names.size >= SHARED_ID_NAMES) this.sharedIdNumbers.add(id);
  }

  /**
   * The register's client a policyholder already is: the same ID number, else the one client of
   * that name whose ID number and phone do not say otherwise; "several" when the name alone
   * cannot tell which.
   */
  private registeredPolicyholder(record: RegisterRecord): RegisterRecord | "several" | null {
    const idNumber = text(record.idNumber);
    if (idNumber !== "") {
      // A register whose client numbers are the ID numbers (a policy list linked by 身分證字號).
      const byId =
        this.registerByIdNumber.get(idNumberKey(idNumber) ?? compactKey(idNumber)) ??
        this.registerById.get(normaliseKey(idNumber));
      if (byId) return byId;
    }
    const differs = (client: RegisterRecord, key: "idNumber" | "phone") =>
      text(client[key]) !== "" &&
      text(record[key]) !== "" &&
      (key === "phone"
        ? !samePhone(text(client.phone), text(record.phone), this.region)
        : compactKey(client.idNumber) !== compactKey(record.idNumber));
    const fits = (this.registerByName.get(nameKey(record)) ?? []).filter(
      (c) => !differs(c, "idNumber") && !differs(c, "phone")
    );
    if (fits.length <= 1) return fits[0] ?? null;
    const byPhone = fits.filter((c) => sharesPhone(c, record));
    return byPhone.length === 1 ? byPhone[0] : "several";
  }

  /**
   * A policyholder becomes a client unless the register has them already (the policy links to
   * that client) or several of that name (the policy stays unlinked, as any ambiguous name). Rows
   * of one person merge by the same evidence as client rows, without a message each: one person
   * holding several policies is what a policy export is.
   */
  private addPolicyholder(candidate: Candidate, from: MadeFrom): void {
    const registered = this.registeredPolicyholder(candidate.record);
    if (registered === "several") {
      this.accountUnmade(candidate, "several clients of the register have this name");
      return;
    }
    if (registered) {
      this.registerLinks.set(candidate, text(registered.clientId));
      this.accountUnmade(candidate, `the register's client ${text(registered.clientId)}`);
      return;
    }
    const found = this.findClient(candidate.record, candidate.origin);
    if (found) {
      this.mergeCandidate(candidate, found.entry, `merged into ${this.describe(found.entry)}`);
      this.indexClient(found.entry);
      this.indexEvidence(candidate.record, found.entry);
      return;
    }
    const namesakes = [
      ...(this.clientsByName.get(nameKey(candidate.record)) ?? []).map(
        (e) => text(e.record.clientId) || `${e.origin?.sheet ?? ""} ${e.origin?.row ?? ""}`
      ),
      ...(this.registerByName.get(nameKey(candidate.record)) ?? []).map((c) => text(c.clientId)),
    ];
    if (namesakes.length > 0) {
      const params: MessageParams = {
        others: namesakes.join(", "),
        otherIds: namesakes.join("、"),
        ...this.apartParams(
          this.clientsByName.get(nameKey(candidate.record)) ?? [],
          candidate.record,
          candidate.origin
        ),
      };
      this.warn(
        candidate.origin,
        "name",
        text(candidate.record.name),
        englishText("link.same-name", params),
        "info",
        { code: "link.same-name", params }
      );
    }
    const entry = this.addCandidate(candidate);
    this.pendingIds.push(entry);
    this.indexClient(entry);
    this.indexEvidence(entry.record, entry);
    const key = `${from.sheet}\u0000${from.column}`;
    const made = this.made.get(key) ?? { from, count: 0 };
    made.count += 1;
    this.made.set(key, made);
  }

  /**
   * A policyholder that is its row's only record (a household's client on a row holding no policy)
   * and makes no client: the row is merged into the register's client it already is.
   */
  private accountUnmade(candidate: Candidate, reason: string): void {
    if (!candidate.accounted) return;
    for (const origin of [candidate.origin, ...candidate.followers])
      this.rows.push({ origin, outcome: "merged", reason });
  }

  /** Per sheet: how many clients its policyholder column made, and which columns gave their details. */
  /**
   * A sheet where many clients have a second owner (a WeCom list, most customers added by two
   * staff) is told so once, with a count and examples, in place of its first client's note.
   */
  reportAlsoOwners(): void {
    for (const [sheet, { issue, count, examples }] of this.alsoOwners) {
      if (count < 2) continue;
      const params: MessageParams = { sheet, count, examples: examples.join(", ") };
      Object.assign(issue, {
        row: null,
        value: count,
        message: englishText("link.also-owner-many", params),
        code: "link.also-owner-many",
        params,
      });
    }
  }

  reportMade(): void {
    const note = (
      sheet: string,
      column: string,
      field: string,
      value: RegisterValue,
      code: MessageCode,
      params: MessageParams
    ) =>
      this.issues.push({
        sheet,
        row: null,
        column,
        field,
        value,
        severity: "info",
        message: englishText(code, params),
        code,
        params,
      });
    for (const { from, count } of this.made.values()) {
      // People at no account are told of in the accounts' note of their sheet; a client the
      // sheet's name or title names, in the sheet's own note (import.sheet-subject).
      if (from.what === "people" || from.what === "sheet") continue;
      if (from.what === "accounts") {
        note(from.sheet, from.column, "name", count, "import.clients-from-accounts", {
          count,
          column: from.column,
        });
        for (const f of from.fields)
          note(from.sheet, f.column, f.field, null, "import.deal-party-column", {
            ...f,
            subject: from.column,
            registerSheet: "Clients",
          });
        continue;
      }
      const deals = from.what === "deals";
      const policies = from.registerSheet === "Insurance";
      note(
        from.sheet,
        from.column,
        "name",
        count,
        deals
          ? "import.clients-from-deals"
          : policies
            ? "import.clients-from-policyholders"
            : "import.clients-from-records",
        { count, column: from.column, registerSheet: from.registerSheet }
      );
      for (const f of from.fields)
        note(
          from.sheet,
          f.column,
          f.field,
          null,
          deals
            ? "import.deal-party-column"
            : policies
              ? "import.policyholder-column"
              : "import.record-client-column",
          { ...f, subject: from.column, registerSheet: deals ? "Clients" : from.registerSheet }
        );
    }
  }

  addClient(candidate: Candidate): void {
    if (candidate.joined) this.joinedSheets.add(candidate.origin.sheet);
    if (candidate.madeFrom) {
      this.addPolicyholder(candidate, candidate.madeFrom);
      return;
    }
    const found = this.findClient(candidate.record, candidate.origin);
    if (found) {
      const target = found.entry;
      const givenId = normaliseKey(text(candidate.record.clientId));
      const reason =
        target.fromExisting && !target.touched
          ? `updates register ${this.describe(target)} (${found.how})`
          : `merged into ${this.describe(target)} (${found.how})`;
      const joinedRows =
        candidate.joined || (target.origin && this.joinedSheets.has(target.origin.sheet));
      if (joinedRows && found.match.match === "link.match-id") {
        // Told once for the sheet (import.joined-by-key).
      } else if (!(target.fromExisting && !target.touched) && target.origin) {
        const other = target.origin;
        this.warn(
          candidate.origin,
          null,
          text(candidate.record.name),
          `Row ${candidate.origin.row} (${candidate.origin.sheet}) and row ${other.row} (${other.sheet}) are the same client (${found.how}); merged into one client, any conflicting values kept in notes.`,
          "info",
          {
            code: "link.same-client-rows",
            params: {
              row: candidate.origin.row,
              sheet: candidate.origin.sheet,
              otherRow: other.row,
              otherSheet: other.sheet,
              ...found.match,
            },
          }
        );
      } else if (!(target.fromExisting && !target.touched)) {
        this.warn(
          candidate.origin,
          null,
          text(candidate.record.name),
          `Duplicate client: ${reason}.`,
          "info",
          {
            code: "link.duplicate-client",
            params: { ...this.targetParams(target), ...found.match, how: "link.merged-into" },
          }
        );
      }
      this.mergeCandidate(candidate, target, reason);
      this.indexClient(target);
      // Child rows that name the merged row by its own serial still find the client.
      if (givenId !== "" && !this.clientById.has(givenId)) this.clientById.set(givenId, target);
      this.indexEvidence(candidate.record, target);
      return;
    }
    const sameName = this.clientsByName.get(nameKey(candidate.record)) ?? [];
    if (sameName.length > 0 && isEmptyValue(candidate.record.clientId)) {
      const params: MessageParams = {
        others: sameName.map((e) => this.describe(e)).join(", "),
        otherIds: sameName
          .map((e) => text(e.record.clientId) || `${e.origin?.sheet ?? ""} ${e.origin?.row ?? ""}`)
          .join("、"),
        ...this.apartParams(sameName, candidate.record, candidate.origin),
      };
      this.warn(
        candidate.origin,
        "name",
        text(candidate.record.name),
        englishText("link.same-name", params),
        "info",
        { code: "link.same-name", params }
      );
    }
    const entry = this.addCandidate(candidate);
    if (isEmptyValue(entry.record.clientId)) this.pendingIds.push(entry);
    this.indexClient(entry);
    this.indexEvidence(entry.record, entry);
  }

  /** Gives every new client without an id the next free number after the highest one in use. */
  assignIds(): void {
    let max = this.registerMaxId;
    for (const entry of this.entries.get("Clients") ?? []) {
      const m = ID_PATTERN.exec(text(entry.record.clientId));
      if (m) max = Math.max(max, Number(m[1]));
    }
    for (const entry of this.pendingIds) {
      // A later row of the same client may have brought its id already.
      if (!isEmptyValue(entry.record.clientId)) continue;
      max += 1;
      entry.record.clientId = formatClientId(max);
      this.indexClient(entry);
    }
    this.pendingIds.length = 0;
  }

  private moveToNotes(record: RegisterRecord, label: string, value: string): void {
    if (!("notes" in record)) return;
    record.notes = combineNotes(record.notes, `${label}: ${value}`);
  }

  /** Sets the child's clientId from its id, its client's name or the client it was derived from. */
  private link(candidate: Candidate): void {
    const record = candidate.record;
    record.clientId ??= null;
    if (candidate.clientRef) {
      const client = this.resolved.get(candidate.clientRef);
      record.clientId = client ? text(client.record.clientId) || null : null;
      return;
    }
    if (candidate.policyholder) {
      const client = this.resolved.get(candidate.policyholder);
      const id = client
        ? text(client.record.clientId)
        : (this.registerLinks.get(candidate.policyholder) ?? "");
      if (id !== "") {
        record.clientId = id;
        return;
      }
    }
    const givenId = text(record.clientId);
    if (givenId !== "") {
      const client = this.clientById.get(normaliseKey(givenId));
      if (client) {
        record.clientId = text(client.record.clientId);
        return;
      }
      const registered = this.registerById.get(normaliseKey(givenId));
      if (registered) {
        record.clientId = text(registered.clientId);
        return;
      }
      // No client has this id, but the row's client name, or the "id" itself (an Account column
      // holding the account's name), names exactly one client of the book: that is the client.
      const byIdAsName = this.onlyClientNamed(givenId);
      if (byIdAsName !== null) {
        record.clientId = byIdAsName;
        return;
      }
      const named = candidate.clientName ? this.onlyClientNamed(candidate.clientName) : null;
      if (named !== null && candidate.clientName) {
        record.clientId = named;
        this.moveToNotes(record, candidate.clientIdLabel || "clientId", givenId);
        const told = `${candidate.origin.sheet}\u0000${candidate.clientIdLabel ?? ""}`;
        if (this.toldIdByName.has(told)) return;
        this.toldIdByName.add(told);
        this.warn(
          candidate.origin,
          "clientId",
          givenId,
          `No client has the id ${describeRaw(givenId)}; the row names its client ${describeRaw(candidate.clientName)}, the only client of that name (${named}): linked to it, and the id put in notes. Further rows of this sheet whose ids match no client are linked by their client name in the same way, without a note each.`,
          "info",
          {
            code: "link.unknown-id-by-name",
            params: {
              id: describeRaw(givenId),
              name: describeRaw(candidate.clientName),
              clientId: named,
            },
          }
        );
        return;
      }
      const elsewhere = `${candidate.origin.sheet}\u0000${candidate.sheet}`;
      if (this.idsElsewhere.has(elsewhere)) {
        record.clientId = givenId;
        const told = this.idsElsewhere.get(elsewhere);
        if (told) {
          this.issues.push(told);
          this.idsElsewhere.set(elsewhere, null);
        }
        return;
      }
      record.clientId = null;
      this.moveToNotes(record, candidate.clientIdLabel || "clientId", givenId);
      if (candidate.clientName)
        this.moveToNotes(record, candidate.clientNameLabel || "client", candidate.clientName);
      this.warn(
        candidate.origin,
        "clientId",
        givenId,
        `No client has the id ${describeRaw(givenId)}; the row was kept without a client link and the id put in notes.`,
        "warning",
        { code: "link.unknown-id", params: { id: describeRaw(givenId) } }
      );
      return;
    }
    const name =
      candidate.clientName ?? (candidate.sheet === "Pipeline" ? text(record.prospect) : "");
    if (!name) {
      if (candidate.sheet !== "Pipeline")
        this.warn(
          candidate.origin,
          "clientId",
          null,
          "The row names no client; it was kept without a client link.",
          "warning",
          { code: "link.no-client", params: {} }
        );
      return;
    }
    const named = this.onlyClientNamed(name);
    if (named !== null) {
      record.clientId = named;
      return;
    }
    const matches = (this.clientsByName.get(normaliseKey(name)) ?? []).filter(
      (e) => text(e.record.clientId) !== ""
    );
    if (candidate.sheet === "Pipeline" && !candidate.clientName) return;
    this.moveToNotes(record, candidate.clientNameLabel || "client", name);
    const why =
      matches.length === 0
        ? `No client is named ${describeRaw(name)}`
        : `Several clients are named ${describeRaw(name)} (${matches.map((e) => text(e.record.clientId)).join(", ")})`;
    this.warn(
      candidate.origin,
      "clientId",
      name,
      `${why}; the row was kept without a client link and the name put in notes.`,
      "warning",
      {
        code: "link.unlinked-name",
        params: {
          why: matches.length === 0 ? "link.no-client-named" : "link.several-named",
          name: describeRaw(name),
          ids: matches.map((e) => text(e.record.clientId)).join(", "),
        },
      }
    );
  }

  /**
   * The id of the one client named `name`: among this import's clients, else among the register's
   * when none of this import has the name. Null when none or several are.
   */
  private onlyClientNamed(name: string): string | null {
    const key = normaliseKey(name);
    if (key === "") return null;
    const matches = (this.clientsByName.get(key) ?? []).filter(
      (e) => text(e.record.clientId) !== ""
    );
    if (matches.length === 1) return text(matches[0].record.clientId);
    if (matches.length > 1) return null;
    const registered = this.registerByName.get(key) ?? [];
    return registered.length === 1 ? text(registered[0].clientId) : null;
  }

  /**
   * A sheet whose rows name their client only by an id (no name beside it), in an import that
   * makes no client, none of whose ids a client of the register has: a loan book or an account
   * list keyed by the client master's ids, imported on its own. A person keeps each row's id as
   * given — it is the only link to the client, made when the client master is imported — and is
   * told once for the sheet, not once per row.
   */
  markIdsElsewhere(candidates: readonly Candidate[]): void {
    if (candidates.some((c) => c.sheet === "Clients")) return;
    const bySheet = new Map<
      string,
      { ids: Set<string>; label: string; only: boolean; first: Origin }
    >();
    for (const c of candidates) {
      const key = `${c.origin.sheet}\u0000${c.sheet}`;
      const id = text(c.record.clientId);
      const seen = bySheet.get(key) ?? {
        ids: new Set<string>(),
        label: c.clientIdLabel || "clientId",
        only: true,
        first: c.origin,
      };
      bySheet.set(key, seen);
      if (c.clientRef || c.policyholder || c.clientName) seen.only = false;
      if (id !== "") seen.ids.add(normaliseKey(id));
    }
    for (const [key, { ids, label, only, first }] of bySheet) {
      if (!only || ids.size < MIN_IDS_ELSEWHERE) continue;
      if ([...ids].some((id) => this.registerById.has(id))) continue;
      const rows = candidates.filter(
        (c) => `${c.origin.sheet}\u0000${c.sheet}` === key && text(c.record.clientId) !== ""
      ).length;
      const params = { column: describeRaw(label), count: ids.size, rows };
      this.idsElsewhere.set(key, {
        sheet: first.sheet,
        row: null,
        column: null,
        field: "clientId",
        value: null,
        message: englishText("link.ids-elsewhere", params),
        severity: "info",
        code: "link.ids-elsewhere",
        params,
      });
    }
  }

  addChild(candidate: Candidate): void {
    this.link(candidate);
    const index = this.childIndex.get(candidate.sheet) ?? new Map<string, Entry[]>();
    this.childIndex.set(candidate.sheet, index);
    const key = candidate.dealKey
      ? `deal|${candidate.dealKey}`
      : childKey(candidate.sheet, candidate.record);
    const list = index.get(key) ?? [];
    const same = key.startsWith("k|")
      ? sameHolding(candidate.sheet, list, candidate.record)
      : key.startsWith("id|")
        ? sameClientsRecord(list, candidate.record)
        : list[0];
    if (same) {
      const updating = same.fromExisting && !same.touched;
      const reason = updating
        ? `updates an existing ${candidate.sheet} record`
        : candidate.dealKey
          ? `updates the deal of row ${same.origin?.row ?? ""}`
          : `duplicate of ${same.origin ? `row ${same.origin.row}` : "a register record"}`;
      this.mergeCandidate(candidate, same, reason);
      return;
    }
    index.set(key, [...list, this.addCandidate(candidate)]);
  }
}

/**
 * Of the records that carry a row's number (a ticket, a policy), the one of the row's client. A
 * record belongs to one client: two rows giving one number for two clients are two records — a
 * number reused or typed twice — not one written twice, and merging them would drop the second
 * client's link. A row or a record linked to no client yet matches by the number alone.
 */
function sameClientsRecord(list: readonly Entry[], record: RegisterRecord): Entry | undefined {
  const client = keyPart(record.clientId);
  if (client === "") return list[0];
  return list.find((e) => {
    const other = keyPart(e.record.clientId);
    return other === "" || other === client;
  });
}

/**
 * Fields besides amounts that tell two records of one natural key apart: two contacts of one name
 * at one client, in two departments or with two e-mail addresses, are two people (a common name),
 * not one written twice.
 */
const TELLS_APART: Partial<Record<SheetKey, string[]>> = { Contacts: ["department", "email"] };

/**
 * Of the records that share a row's natural key (one client's two Trade Credit policies, no
 * number, insurer or start date to tell them apart), the one the row is: one whose amounts agree
 * with the row's, else a register record no row of this import matched yet (its figures were
 * updated since), else none — two rows of one import giving one client's same kind of holding with
 * different sums are two holdings, not one written twice.
 */
function sameHolding(
  sheet: SheetKey,
  list: readonly Entry[],
  record: RegisterRecord
): Entry | undefined {
  if (list.length === 0) return undefined;
  const amounts = [
    ...sheetDef(sheet)
      .fields.filter((f) => f.type === "money")
      .map((f) => f.key),
    ...(TELLS_APART[sheet] ?? []),
  ];
  const differs = (other: RegisterRecord) =>
    amounts.some(
      (k) =>
        !isEmptyValue(record[k]) &&
        !isEmptyValue(other[k]) &&
        keyPart(record[k]) !== keyPart(other[k])
    );
  const agreeing = list.filter((e) => !differs(e.record));
  return (
    agreeing.find((e) => e.fromExisting && !e.touched) ??
    agreeing[0] ??
    list.find((e) => e.fromExisting && !e.touched)
  );
}

/**
 * Links and merges all candidates: clients first (ids settled), then every other sheet in source
 * order. `registerClients` (the register imported into, when its records are merged elsewhere)
 * only lend their ids: child rows may link to them, and new ids are numbered after theirs.
 */
export function linkAndMerge(
  candidates: readonly Candidate[],
  existing: Partial<Record<SheetKey, RegisterRecord[]>> = {},
  options: LinkOptions = {}
): LinkMergeResult {
  const linker = new Linker(existing, options);
  linker.countNames(candidates);
  for (const c of candidates) if (c.sheet === "Clients") linker.addClient(c);
  linker.reportAlsoOwners();
  linker.assignIds();
  linker.reportMade();
  linker.markIdsElsewhere(candidates);
  for (const c of candidates) if (c.sheet !== "Clients") linker.addChild(c);
  return { records: linker.records(), rows: linker.rows, issues: linker.issues };
}
