/** Which register sheet a source sheet is, from its name and its headers. */
import {
  headerHasWord,
  namesBookkeepingDate,
  namesLostSale,
  namesDueDay,
  serviceCallWordsIn,
  sheetBySpelling,
} from "../register/catalog";
import { SHEETS } from "../register/sheets";
import type { SheetKey } from "../register/types";
import { parseDate } from "./normalize";
import { monthOfHeader } from "./period-columns";
import { mostlyDates, contactDateRole } from "./review-date-columns";
import type { SourceCell } from "./types";
import { foldScript, LOAN_PART_WORDS, TABLE_CAPTION_WORDS } from "../register/vocabulary";
import { headerWords } from "./header-words";
import { numberedHeader } from "./numbered-groups";
import { entityOfHeader } from "./entity-header";
import { readHeader } from "./subject";
import { profileColumn, type ColumnProfile } from "./profile";
import { complaintEvidence, mentionsComplaint, type ComplaintEvidence } from "./complaint-evidence";
import {
  matchForm,
  MAPPING_THRESHOLD,
  round2,
  allSpellingsIndex,
  headerScores,
  spellingWeight,
  onEverySheet,
  scoreHeader,
  recognisingTargets,
  targetsFor,
} from "./header-match";

const sheetSpellings = new Map<SheetKey, ReadonlySet<string>>();
/** The header spellings of a sheet's own fields (not the client-name link). */
function spellingsOf(sheet: SheetKey): ReadonlySet<string> {
  let set = sheetSpellings.get(sheet);
  if (!set) {
    set = new Set(recognisingTargets(sheet).flatMap((t) => t.spellings));
    sheetSpellings.set(sheet, set);
  }
  return set;
}

/** Below this score a sheet is reported as not recognised. */
const RECOGNITION_THRESHOLD = 0.8;
const EXACT_NAME_BONUS = 2;
const PARTIAL_NAME_BONUS = 1;

export interface SheetClassification {
  key: SheetKey | null;
  /** 0–1. */
  confidence: number;
  /** Evidence per candidate sheet (header matches weighted by how telling they are, plus the name). */
  scores: Partial<Record<SheetKey, number>>;
}

/**
 * The measure a header repeats over periods, as written before its first number or range
 * ("Perception <1 month" and "Perception 9-12 months" → perception, 销售额1月 → 销售额); null for a
 * header with no number after its words, or one numbering a record (Policy 2, Top Product 2).
 */
export function repeatedMeasure(header: string): string | null {
  // A record numbered in its header (Policy 1 | Policy 2, 保单1) is one more record of the
  // sheet's kind, not a figure repeated (numbered-groups.ts).
  if (numberedHeader(header) !== null) return null;
  const at = header.normalize("NFKC").search(/[<>≤≥]?\s*\d/);
  if (at <= 0) return null;
  const measure = matchForm(header.normalize("NFKC").slice(0, at));
  return measure.length >= 2 ? measure : null;
}

/**
 * Headers grouped so that one measure repeated over periods is one witness of a sheet:
 * a scorecard's "Perception" for six periods says one thing about its rows, not six. Each header's
 * group is its repeated measure when another header repeats it too, else the header as written:
 * a pair written again for each round ("Follow up date | Remark" four times over, 跟进日期 | 备注)
 * is one round's words, as telling of the sheet once as four times.
 */
function witnessGroups(headers: readonly string[]): string[] {
  const measures = headers.map(repeatedMeasure);
  const count = new Map<string, number>();
  for (const m of measures) if (m !== null) count.set(m, (count.get(m) ?? 0) + 1);
  return headers.map((header, i) => {
    const m = measures[i];
    if (m !== null && (count.get(m) ?? 0) >= 2) return `measure:${m}`;
    const written = matchForm(header);
    return written === "" ? `column:${i}` : `header:${written}`;
  });
}

function headerEvidence(
  sheet: SheetKey,
  headers: readonly string[]
): { score: number; matched: number; tellingHeaders: number } {
  // Every sheet's spellings are in the one index; each header is scored once for all sheets.
  const own = spellingsOf(sheet);
  const groups = witnessGroups(headers);
  const groupBest = new Map<string, number>();
  const tellingGroups = new Set<string>();
  // Two headers telling by one word (来源 and 来源详情, both by 来源) are one witness of the sheet,
  // not two: a survey's source columns alone do not make a complaint log.
  const tellingWords = new Set<string>();
  for (const [column, header] of headers.entries()) {
    const h = matchForm(header);
    if (h === "") continue;
    let best = 0;
    let telling: string | null = null;
    let tellingScore = 0;
    for (const [s, confidence] of headerScores(allSpellingsIndex(), header)) {
      // A one-letter header ("A" … "G" of the pipeline factors) says nothing about the sheet.
      if (confidence >= MAPPING_THRESHOLD && s.length > 1 && own.has(s)) {
        const weighed = confidence * spellingWeight(s);
        best = Math.max(best, weighed);
        // A word every sheet has (the client's number: member_id, 客户编号) says the rows are
        // about clients, not which sheet they are: a sync log's member_id beside "action" is
        // not a complaint log.
        // The header written exactly as one of the sheet's words is that word's witness; a
        // shorter word inside it (客户 in 客户名称) does not stand in for it.
        if (!onEverySheet(s) && (confidence >= 1 ? Infinity : weighed) > tellingScore) {
          telling = s;
          tellingScore = confidence >= 1 ? Infinity : weighed;
        }
      }
    }
    const group = groups[column];
    if (best > 0) groupBest.set(group, Math.max(groupBest.get(group) ?? 0, best));
    if (telling !== null) {
      tellingWords.add(telling);
      tellingGroups.add(group);
    }
  }
  let score = 0;
  for (const best of groupBest.values()) score += best;
  return { score, matched: tellingWords.size, tellingHeaders: tellingGroups.size };
}

/** The spellings of a sheet's name words: its key, labels and aliases (two characters or more). */
function nameSpellings(sheet: SheetKey): string[] {
  const def = SHEETS.find((s) => s.key === sheet);
  return def
    ? [def.key, ...Object.values(def.label), ...def.aliases]
        .map(matchForm)
        .filter((s) => s.length >= 2)
    : [];
}

function nameEvidence(sheet: SheetKey, sheetName: string): number {
  const exact = sheetBySpelling(sheetName);
  if (exact?.key === sheet) return EXACT_NAME_BONUS;
  const name = matchForm(sheetName);
  const words = nameSpellings(sheet).filter((s) => name.includes(s));
  if (words.length === 0) return 0;
  // "客户沟通记录", "Customer Complaints", 客户投诉: the client word qualifies the name's head, the
  // record the sheet holds; the name speaks for the other sheet, not for the client list.
  if (
    sheet === "Clients" &&
    SHEETS.some(
      (other) =>
        other.key !== "Clients" &&
        nameSpellings(other.key).some(
          (s) => name.includes(s) && !words.some((w) => w.includes(s) || s.includes(w))
        )
    )
  )
    return 0;
  return PARTIAL_NAME_BONUS;
}

/**
 * Classifies a sheet. `headers` are the header texts (units stripped). With `override` the caller's
 * choice stands. A sheet that resembles no register sheet well enough gets key null.
 */
export function classifySheet(
  sheetName: string,
  headers: readonly string[],
  override?: SheetKey
): SheetClassification {
  const scores: Partial<Record<SheetKey, number>> = {};
  let best: SheetKey | null = null;
  let bestScore = 0;
  const rivals: { key: SheetKey; total: number }[] = [];
  for (const def of SHEETS) {
    const evidence = headerEvidence(def.key, headers);
    const named = nameEvidence(def.key, sheetName);
    const total = evidence.score + named;
    scores[def.key] = round2(total);
    const enough = evidence.matched >= 2 || named > 0;
    // One word said in two headers cannot make the sheet, but it still makes the choice of
    // another one less certain.
    if (enough || evidence.tellingHeaders >= 2) rivals.push({ key: def.key, total });
    if (enough && total > bestScore) {
      bestScore = total;
      best = def.key;
    }
  }
  let secondScore = 0;
  for (const r of rivals) if (r.key !== best && r.total > secondScore) secondScore = r.total;
  if (override) return { key: override, confidence: 1, scores };
  if (best === null || bestScore < RECOGNITION_THRESHOLD)
    return { key: null, confidence: 0, scores };
  const margin = bestScore / (bestScore + secondScore);
  const strength = Math.min(1, bestScore / 3);
  return { key: best, confidence: round2(margin * strength), scores };
}

/** Sheets whose rows are things a client holds for a term: a policy, a deposit, a wealth product. */
const HOLDING_SHEETS: readonly SheetKey[] = ["Assets", "Insurance"];
/** A holding sheet needs this share of the client sheet's header evidence to be preferred. */
const HOLDING_SHARE = 0.75;
const MIN_TERM_DAYS = 28;
/** Longer than this, the first date is a birth, not a contract's start. */
const MAX_TERM_DAYS = 30 * 365.25;

function dayNumber(value: unknown): number | null {
  const parsed = parseDate(value);
  return parsed.ok ? Date.parse(`${parsed.value}T00:00:00Z`) / 86_400_000 : null;
}

/**
 * True when two date columns run as a start and an end: on (nearly) every row with both, the second
 * comes weeks to years after the first (not decades: a birthday and a joining date are no term).
 * A client profile has no end; a contract does.
 */
export function hasTermColumns(dateColumns: readonly (readonly unknown[])[]): boolean {
  const days = dateColumns.map((values) => values.map(dayNumber));
  for (let a = 0; a < days.length; a++)
    for (let b = 0; b < days.length; b++) {
      if (a === b) continue;
      let both = 0;
      let later = 0;
      days[a].forEach((start, row) => {
        const end = days[b][row];
        if (start === null || end === null || end === undefined) return;
        both++;
        const term = end - start;
        if (term >= MIN_TERM_DAYS && term <= MAX_TERM_DAYS) later++;
      });
      if (both >= 2 && later >= both * 0.9) return true;
    }
  return false;
}

/**
 * A list read as clients whose rows run for a term (a start and an end date on every row) is a list
 * of what those clients hold — policies, deposits, wealth products — when a holding sheet's headers
 * fit nearly as well: a person reads 客户名称 | 理财金额 | 起始日期 | 截止日期 as contracts, not as
 * client profiles. The client-name column then links each row to its client.
 */
export function preferHoldingForTerm(
  classification: SheetClassification,
  dateColumns: readonly (readonly unknown[])[]
): SheetClassification {
  if (classification.key !== "Clients") return classification;
  const clients = classification.scores.Clients ?? 0;
  let best: SheetKey | null = null;
  let bestScore = 0;
  for (const key of HOLDING_SHEETS) {
    const score = classification.scores[key] ?? 0;
    if (score > bestScore) {
      best = key;
      bestScore = score;
    }
  }
  if (best === null || bestScore < clients * HOLDING_SHARE || !hasTermColumns(dateColumns))
    return classification;
  const margin = bestScore / (bestScore + clients);
  return {
    key: best,
    confidence: round2(margin * Math.min(1, bestScore / 3)),
    scores: classification.scores,
  };
}

/** Distinct parts of a loan (LOAN_PART_WORDS) that make each row a loan. */
const LOAN_PARTS_NEEDED = 2;

/**
 * The headers naming a loan's own parts (the amount lent, the instalment, the term, what is still
 * owed), when two parts or more are named; else an empty list.
 */
export function loanPartHeaders(headers: readonly string[]): string[] {
  const parts = new Set<string>();
  const named: string[] = [];
  for (const header of headers) {
    const words = headerWords(header).join(" ");
    const part = Object.entries(LOAN_PART_WORDS).find(([, spellings]) =>
      headerHasWord(words, spellings)
    )?.[0];
    if (part === undefined) continue;
    parts.add(part);
    named.push(header);
  }
  return parts.size >= LOAN_PARTS_NEEDED ? named : [];
}

/**
 * A list read as clients whose headers name a loan's own parts — the amount lent and its
 * instalment or term (loan_amount | emi | loan_duration, 贷款金额 | 月供 | 贷款期限) — is a lender's
 * book of loans: one row a loan its borrower holds (Assets), the name column linking it to the
 * borrower, who comes back with a second loan on a second row. A client profile has no instalment.
 */
export function preferAssetsForLoans(
  classification: SheetClassification,
  headers: readonly string[]
): SheetClassification {
  if (classification.key !== "Clients") return classification;
  const assets = classification.scores.Assets ?? 0;
  if (assets < RECOGNITION_THRESHOLD || loanPartHeaders(headers).length === 0)
    return classification;
  const clients = classification.scores.Clients ?? 0;
  return {
    key: "Assets",
    confidence: round2(Math.max(0.5, assets / (assets + clients))),
    scores: classification.scores,
  };
}

/** Sheets whose rows are events a person dates: a complaint received, a visit made. */
const EVENT_SHEETS: readonly SheetKey[] = ["Complaints", "Visits"];
/** The client sheet needs this share of the event sheet's header evidence to be preferred. */
const CLIENTS_SHARE = 0.75;
/** An event log dates (nearly) every row; a client list's "last activity" is often empty. */
const EVENT_DATED_SHARE = 0.8;

/** The field dating each event sheet's rows: the day a complaint came in, a visit was made. */
const EVENT_DATE_FIELD: Partial<Record<SheetKey, string>> = {
  Complaints: "receivedOn",
  Visits: "visitOn",
};

/** A date column of a table: its header and the share of the data rows it dates. */
export interface DatedColumn {
  header: string;
  share: number;
}

/**
 * A list read as complaints or visits whose rows carry no date on most of them is a list of
 * clients, when the client sheet's headers fit nearly as well: every complaint is received on a
 * day and every visit made on one, while a CRM's account list has a "Last Activity Date" on some
 * accounts only. A day by which something is due (Due Date, Deadline, 截止日期) or the day the
 * row was last touched (Last Updated, 修改时间) dates no event: a tracker of the next step for
 * each client, dated only so, is the list of those clients.
 */
export function preferClientsWithoutEventDates(
  classification: SheetClassification,
  dated: readonly DatedColumn[]
): SheetClassification {
  const key = classification.key;
  if (key === null || !EVENT_SHEETS.includes(key)) return classification;
  const field = EVENT_DATE_FIELD[key] ?? "";
  const eventDay = (c: DatedColumn) =>
    !namesDueDay(c.header) && !namesBookkeepingDate(field, c.header);
  if (dated.some((c) => c.share >= EVENT_DATED_SHARE && eventDay(c))) return classification;
  const event = classification.scores[key] ?? 0;
  const clients = classification.scores.Clients ?? 0;
  if (clients < event * CLIENTS_SHARE || clients < RECOGNITION_THRESHOLD) return classification;
  const margin = clients / (clients + event);
  return {
    key: "Clients",
    confidence: round2(margin * Math.min(1, clients / 3)),
    scores: classification.scores,
  };
}

const CAPTIONS: ReadonlyMap<string, SheetKey> = new Map(
  Object.entries(TABLE_CAPTION_WORDS).flatMap(([key, words]) =>
    words.map((w) => [foldScript(w), key as SheetKey] as const)
  )
);

/**
 * The register sheet a caption above a table names ("Key Contacts", "Opportunities", 行动计划,
 * "Actions:"), or null. A count or colon after the word ("Contacts (5)") is no part of it.
 */
export function captionSheet(caption: string): SheetKey | null {
  const text = foldScript(caption.normalize("NFKC").toLowerCase())
    .replace(/[:：]\s*$/, "")
    .replace(/\s*[(（]\s*\d+\s*[)）]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  return CAPTIONS.get(text) ?? null;
}

/**
 * A caption above a table, and a client named above it on the sheet (a key-account sheet: a facts
 * block, then Contacts, Opportunities, Actions), are evidence for the table's register sheet:
 * the caption's sheet is taken when the headers fit it at all; a list of people under a client is
 * that client's contacts, not more clients.
 */
export function preferCaption(
  classification: SheetClassification,
  caption: SheetKey | null,
  underClient: boolean
): SheetClassification {
  const { scores } = classification;
  const fits = (key: SheetKey) => (scores[key] ?? 0) >= RECOGNITION_THRESHOLD;
  let key: SheetKey | null = null;
  if (caption !== null && caption !== classification.key && fits(caption)) key = caption;
  else if (caption === null && underClient && classification.key === "Clients" && fits("Contacts"))
    key = "Contacts";
  if (key === null) return classification;
  const own = scores[key] ?? 0;
  return {
    key,
    confidence: round2(Math.max(classification.confidence, Math.min(1, own / 3))),
    scores,
  };
}

/** Month columns (一月 … 十二月, 1月, Jan, 1 … 12) that make a table a calendar of the year. */
const SCHEDULE_MONTHS = 6;

/**
 * A table laid out as a calendar: six months or more each a column (a maintenance or visit
 * schedule marking V under the months a site is due). A schedule or plan is no complaint log,
 * whatever words (故障, 維修) its task columns hold.
 */
function isSchedule(headers: readonly string[]): boolean {
  const months = new Set(headers.map(monthOfHeader).filter((m): m is number => m !== null));
  return months.size >= SCHEDULE_MONTHS;
}

/**
 * The client list's header evidence this many times the Visits sheet's says the rows are the
 * parties themselves, not contacts with them.
 */
const PARTIES_OVER_VISITS = 2;

/** Half the header evidence of a reading at full strength (3): a reading that holds without complaints. */
const NEXT_READING_SCORE = 1.5;

/**
 * A table is read as complaints only when it shows a complaint (complaint-evidence.ts) and is no
 * schedule. Read as complaints only from words any dated record has (Date, Action, Owner, Status,
 * a type, a note), it is a list of visits and next steps when the Visits sheet's headers fit it
 * (unless, with no complaint word, the client list's fit it far better: enquiries from leads),
 * else the sheet its headers fit next when they clearly fit one, else no register data: an order
 * book, a production log, a site master or a status history is no complaint log. A schedule (a
 * maintenance calendar under 案號, 本次維護日期 and the months) resembles one by its case numbers
 * and dates: without a complaint word it is visits when they fit, else the list of the parties it
 * serves (Clients) when its headers fit one, else no register data (a list of parties may still
 * be read by its values, party-list.ts).
 */
export function complaintsOnlyWithAComplaint(
  classification: SheetClassification,
  headers: readonly string[],
  context: readonly string[],
  profiles?: readonly (ColumnProfile | undefined)[],
  known?: ComplaintEvidence
): SheetClassification {
  if (classification.key !== "Complaints") return classification;
  const schedule = isSchedule(headers);
  const evidence = known ?? complaintEvidence({ headers, context, profiles });
  if (evidence.kind === "complaints" && (!schedule || mentionsComplaint([...headers, ...context])))
    return classification;
  const { scores } = classification;
  const complaints = scores.Complaints ?? 0;
  const reading = (key: SheetKey, score: number): SheetClassification => ({
    key,
    confidence: round2((score / (score + complaints)) * Math.min(1, score / 3)),
    scores,
  });
  // Dated actions and their owners without a complaint are the visits and next steps, when the
  // Visits sheet's headers fit them at all — and, with no word of a complaint anywhere, not far
  // less than the client list's fit the parties they name: a web form's enquiries (a timestamp, a
  // source and a message beside the enquirer's name, phone, organisation and city) are leads,
  // not visits. A tracker naming complainants is about complaints still, however blank.
  const visits = scores.Visits ?? 0;
  const clients = scores.Clients ?? 0;
  const leads =
    visits * PARTIES_OVER_VISITS < clients && !mentionsComplaint([...headers, ...context]);
  if (visits >= RECOGNITION_THRESHOLD && !leads) return reading("Visits", visits);
  if (schedule) {
    // A schedule's rows are the parties it serves (sites, branches, units), whatever contract
    // dates stand beside them: the client list when its headers fit one.
    return clients >= RECOGNITION_THRESHOLD
      ? { key: "Clients", confidence: round2(Math.min(1, clients / 3)), scores }
      : { key: null, confidence: 0, scores };
  }
  let next: SheetKey | null = null;
  let nextScore = 0;
  for (const def of SHEETS) {
    const score = scores[def.key] ?? 0;
    if (def.key !== "Complaints" && score > nextScore) {
      next = def.key;
      nextScore = score;
    }
  }
  // Else the sheet its headers fit next, when they stand on their own, not on the few generic
  // words that read as complaints too (a stall number as a client number, 主体 as a name).
  return next !== null && nextScore >= NEXT_READING_SCORE
    ? reading(next, nextScore)
    : { key: null, confidence: 0, scores };
}

/** Share of distinct values under which a text column groups the rows (districts, regions). */
const GROUPING_DISTINCT = 0.5;

/** Client fields that say who a party is and where, which a log of contacts with it also holds. */
const PARTY_FIELDS: ReadonlySet<string> = new Set([
  "name",
  "clientId",
  "address",
  "owner",
  "notes",
]);

/**
 * A list of parties each beside the day of its last contact — a visit, a maintenance round
 * (行政區 | 單位 | 上次保養, "Site | Region | Last Service") — and nothing else a client list holds
 * (no phone, e-mail, birthday, industry, and no other date: a contract's, this round's), under
 * headers that hardly speak for a register sheet, is a log of those contacts: one visit a row, on
 * that day, the party its client. A client list with such a column (name, phone, Last Visit)
 * stays a client list, its dates made visits beside it (review-dates.ts).
 */
export function preferVisitsForContactDates(
  classification: SheetClassification,
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): SheetClassification {
  if (classification.key !== null) return classification;
  const datedAs = headers.map((h, i) =>
    mostlyDates(columnValues[i] ?? []) ? (contactDateRole(h) ?? "other") : null
  );
  // Only the contact's days: a contract's start and end, this round's date beside the last one
  // (本次維護日期 | 上次維護日期) make a register of the sites, not a log of one contact each.
  if (!datedAs.includes("last") || datedAs.includes("other")) return classification;
  const clients = recognisingTargets("Clients");
  const fieldOf = headers.map((h, i) => {
    if (datedAs[i] !== null) return null;
    const best = scoreHeader(h, clients)[0];
    return best !== undefined && best.confidence >= MAPPING_THRESHOLD ? best.target.key : null;
  });
  // 單位 with no name beside it is the party itself (a post office, a branch), not whom a
  // person works for.
  const named = fieldOf.includes("name");
  const party = (i: number) =>
    ["name", "clientId"].includes(fieldOf[i] ?? "") ||
    (fieldOf[i] === "employer" && !named) ||
    (fieldOf[i] === null && readHeader(headers[i]).role === "subject");
  if (!headers.some((_, i) => party(i))) return classification;
  // Every other column says where the party is or groups the parties (行政區, Region: a few
  // names repeated): a figure (AUM), a phone or a trait is the client list's.
  const placeOrGroup = (i: number) => {
    if (fieldOf[i] !== null) return PARTY_FIELDS.has(fieldOf[i]);
    const p = profileColumn(columnValues[i] ?? []);
    return p.filled === 0 || (p.text >= 0.8 && p.distinctRatio <= GROUPING_DISTINCT);
  };
  if (!headers.every((_, i) => datedAs[i] !== null || party(i) || placeOrGroup(i)))
    return classification;
  return { key: "Visits", confidence: 0.5, scores: classification.scores };
}

/** The distinct service-call words (上门, 工程师, "Work Order") a table's headers and names hold. */
function serviceCallWords(headers: readonly string[], context: readonly string[]): string[] {
  return [...new Set([...headers, ...context].flatMap(serviceCallWordsIn))];
}

/** Distinct service-call words that make a log of services given at the client. */
const MIN_SERVICE_WORDS = 2;

/**
 * A log of services given at the client's site or desk (a field-service or support ticket book:
 * 服务单号 | 报修时间 | 服务型式 | 工程师, "Work Order" | "Visit Date" | "Technician") is the client's
 * contact history, Visits, when nothing in it says complaint: read as complaints from its problem
 * words (问题描述, 处理结果), or as clients from its client columns, it is a person's service
 * calls on clients. It needs a header naming the day of the service (not its bookkeeping dates) and
 * two service words; with a complaint word (投诉, complaint) the rows are faults the client reported.
 */
export function preferVisitsForServiceCalls(
  classification: SheetClassification,
  headers: readonly string[],
  context: readonly string[]
): SheetClassification {
  const key = classification.key;
  if (key === "Visits" || (key !== null && key !== "Complaints" && key !== "Clients"))
    return classification;
  if (servicesAtClients(headers, context) === null) return classification;
  return { key: "Visits", confidence: 0.5, scores: classification.scores };
}

/**
 * The headers holding the service-call words of a log of services given at the client (see
 * `preferVisitsForServiceCalls`): two words or more, a header naming the day of the service, no
 * complaint word. Null for any other table.
 */
export function servicesAtClients(
  headers: readonly string[],
  context: readonly string[]
): string[] | null {
  if (mentionsComplaint([...headers, ...context])) return null;
  if (serviceCallWords(headers, context).length < MIN_SERVICE_WORDS) return null;
  const targets = targetsFor("Visits");
  const dated = headers.some((h) => {
    const best = scoreHeader(h, targets)[0];
    return (
      best?.target.key === "visitOn" &&
      best.confidence >= MAPPING_THRESHOLD &&
      !(best.confidence < 1 && namesBookkeepingDate("visitOn", h))
    );
  });
  // Said as written: the headers (or the sheet's name) holding the words.
  return dated
    ? [...new Set([...headers, ...context].filter((h) => serviceCallWordsIn(h).length > 0))]
    : null;
}

/** The classification read as Pipeline, as sure as Pipeline's score weighs against the rival's. */
function readAsPipeline(classification: SheetClassification): SheetClassification {
  const pipeline = classification.scores.Pipeline ?? 0;
  const rival = classification.key === null ? 0 : (classification.scores[classification.key] ?? 0);
  return {
    key: "Pipeline",
    confidence: round2(Math.max(0.5, pipeline / (pipeline + rival || 1))),
    scores: classification.scores,
  };
}

/**
 * A CRM export's headers that name the deal as their entity ("Deal - Title", "Deal - Value",
 * "Opportunity Owner", 商机金额) say the rows are deals, however few deal-only columns (stage,
 * close date) the sheet has: two such headers, or one beside columns of the deal's parties
 * ("Organization - Name", "Person - Email"), make it Pipeline.
 */
export function preferPipelineForDealEntities(
  classification: SheetClassification,
  headers: readonly string[]
): SheetClassification {
  if (classification.key === "Pipeline") return classification;
  const parties = headers.map((h) => entityOfHeader(h)?.party ?? null);
  const deals = parties.filter((p) => p === "deal").length;
  const others = parties.filter((p) => p !== null && p !== "deal").length;
  if (deals < 2 && !(deals === 1 && others >= 1)) return classification;
  return readAsPipeline(classification);
}

/**
 * A table whose rows each may say why the sale was lost (Loss Reason, 未成单原因, 失败原因) is a
 * list of attempts to sell — deals, each for the party it names — whatever its client columns
 * (company, phone, industry) or its follow-up words read as: a client is not lost, a deal is.
 */
export function preferPipelineForLostSales(
  classification: SheetClassification,
  headers: readonly string[]
): SheetClassification {
  if (classification.key === "Pipeline" || !headers.some(namesLostSale)) return classification;
  return readAsPipeline(classification);
}
