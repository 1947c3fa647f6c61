/**
 * Imports any client workbook (as plain grids) into register records, accounting for every row.
 * Pure: no files, no Office.js. The source grids are never changed.
 */
import { renderMessage } from "../register/messages";
import { sheetDef } from "../register/sheets";
import { namesCancelReason } from "../register/catalog";
import { en, type MessageCode } from "../register/messages/en";
import { SHEET_KEYS, type FieldType, type RegisterRecord, type SheetKey } from "../register/types";
import { RowLedger, summarize } from "./account";
import {
  analyseWorkbook,
  markNotData,
  parseOverrides,
  showTemplateReadings,
  type SheetAnalysis,
} from "./analyse-sheet";
import { snapshotPlaces, type Tab } from "./snapshots";
import { classifyRows, memoText, type ClassifiedRow, type RowKind } from "./classify-rows";
import {
  cellText,
  columnLetter,
  fillMergedDown,
  isBlankCell,
  rowIsBlank,
  withoutBlankEnds,
} from "./grid";
import { joinKey } from "./derived-sheets";
import { CLIENT_NAME_KEY, matchForm, targetsFor } from "./header-match";
import { FACT_DATE_HEADER_WORDS } from "../register/vocabulary/sheet-names";
import { isImportIssuesTab, isSettingsTab } from "../register/tabs";
import {
  EMPTY_IMPORT_STATE,
  IMPORT_STATE_SHEET,
  layoutOf,
  migrateLayouts,
  rememberedMapping,
  type ImportState,
} from "./import-state";
import { NOT_DATA_LABELS } from "./sheet-kind";
import {
  linkAndMerge,
  type Candidate,
  type MadeFrom,
  type Origin,
  type RowResult,
} from "./link-merge";
import { columnLabel, setEvidence } from "./map-columns";
import { guessLang } from "./guess-lang";
import { titleYear, visitLogColumn, visitsOf } from "./visit-log";
import { phoneRegionForLang } from "./normalize/phones";
import { threeWayMerge, type SourceRecord } from "./three-way-merge";
import { outcomeFailures } from "./outcome";
import { mainTableOf } from "./detect-table";
import { layoutFingerprint } from "./mapping-file";
import { mergeInto } from "./merge-records";
import { keepContinuationNotes, PartnerRows } from "./partner-import";
import { isCompanyColumn, partnerLayout, withKindWord, type PartnerLayout } from "./partner-rows";
import { takePlannedVisits } from "./planned-visits";
import { callColumnsOf, callVisitOf, type CallColumns } from "./call-columns";
import { mappedTwins, plannedOnly, type MappedTwin } from "./plan-actual";
import type { ColumnProfile } from "./profile";
import { formFollowerRows, formIssueRow } from "./form-sheet";
import {
  holdsPolicy,
  householdColumn,
  householdMember,
  isHeadRow,
  isRelativeRow,
} from "./household";
import {
  asPersonRow,
  dependantLayout,
  dependantMember,
  isDependantRow,
  type DependantLayout,
} from "./dependant-rows";
import { normaliseKey, parseDate } from "./normalize";
import { sheetNameSubject, titleLineSubject, type SheetSubject } from "./sheet-subject";
import { ownerHeadings, ownerInTitle, type TitleOwner } from "./title-owner";
import { dealParties, partyColumns, partyContext, type DealParties } from "./deal-parties";
import { insuredMember, relationColumn } from "./insured-family";
import { balanceAssets, balanceColumns, type BalanceColumns } from "./balance-assets";
import { withCurrentPeriods, type PeriodGroup } from "./period-columns";
import { relativesOfRow, relativesWork, type RelativesWork } from "./family-rows";
import {
  reviewDateColumnsOf,
  reviewDatesWork,
  reviewVisitOfRow,
  type ReviewDatesWork,
} from "./review-dates";
import { heldPoliciesOfRow, heldPoliciesWork, type HeldPoliciesWork } from "./held-policy-rows";
import { tierOfRow } from "./tier-column";
import { contactsOfRow, contactsWork, type ContactsWork } from "./contact-rows";
import {
  policyholderColumnNotes,
  policyholderColumns,
  policyholderContext,
  policyholderOf,
  type PolicyholderColumns,
} from "./policyholders";
import { gatherColumnWarnings } from "./column-warnings";
import { gatherLinkWarnings } from "./link-warnings";
import {
  EmptySlots,
  contactColumns,
  contactStandIn,
  nameStandIns,
  visitorReason,
  holdsLineDetails,
  namesItsPeople,
  NAMED_NEARLY_EVERYWHERE,
  namelessRowsAreStubs,
  onlyTellsApart,
  rejectedForBlankName,
  standInOf,
  StandInTally,
} from "./name-stand-in";
import { groupRows, numberedGroups, type NumberedGroups } from "./numbered-groups";
import { dealLogColumns, markDealUpdates, type DealRow } from "./deal-updates";
import {
  buildRowContext,
  emptyRecord,
  normalizeRow,
  NOTES_SEPARATOR,
  type NormalizedRow,
  type RowContext,
} from "./normalize-row";
import { englishText, type MessageParams } from "./normalize/result";
import type {
  ColumnMapping,
  ImportIssue,
  IssueSeverity,
  ImportOptions,
  ImportResult,
  MessageRef,
  RegisterRecords,
  SheetMapping,
  SourceCell,
  SourceSheet,
} from "./types";

/** Sheets a register written by this tool holds besides data (tabs in any language): importing a register skips them. */
function ownSheetCode(name: string): MessageCode | undefined {
  if (isImportIssuesTab(name)) return "what.issues-sheet";
  if (isSettingsTab(name)) return "what.settings-sheet";
  if (name === IMPORT_STATE_SHEET) return "what.import-state-sheet";
  return undefined;
}

const SKIP_REASONS: Partial<Record<RowKind, MessageCode>> = {
  total: "reason.total",
  section: "reason.section",
  note: "reason.note",
  hint: "reason.hint",
  "repeated-header": "reason.repeated-header",
  cancelled: "reason.cancelled",
  "test-entry": "reason.test-entry",
  "unused-account": "reason.unused-account",
  "no-one": "reason.no-one",
  "mailing-list": "reason.mailing-list",
  "lookup-errors": "reason.lookup-errors",
};

/**
 * A detail row of a client kept by heading, as a person writes it in the client's notes: each
 * filled cell after its header ("Branch: Westview, City: Nairobi"); row numbers left out.
 */
function detailsText(cells: readonly SourceCell[], mappings: readonly ColumnMapping[]): string {
  const parts: string[] = [];
  mappings.forEach((m, i) => {
    const cell = cells[i];
    if (isBlankCell(cell ?? null) || m.source === "row-number" || m.field === "name") return;
    // A serial under no header is the row's number in its group.
    if (!m.header && /^\d{1,4}$/.test(cellText(cell))) return;
    const text = cellText(cell);
    parts.push(m.header ? `${m.header}: ${text}` : text);
  });
  return parts.join(", ");
}

/** Fields of a Clients row that belong to the person named as its contact, not to the company. */
const PERSON_FIELDS = ["mainContact", "phone", "email", "occupation", "birthday", "hobbies"];
/** How a Clients row's person fields become a Contacts record. */
const CONTACT_FROM_CLIENT: Record<string, string> = {
  mainContact: "name",
  phone: "phone",
  email: "email",
  occupation: "title",
  birthday: "birthday",
  hobbies: "hobbies",
};

/** The field that names each row's subject; its column also carries total labels. */
const SUBJECT_FIELD: Partial<Record<SheetKey, string>> = {
  Clients: "name",
  Family: "memberName",
  Contacts: "name",
  Pipeline: "prospect",
};

function columnOf(mappings: readonly ColumnMapping[], field: string): number | null {
  const i = mappings.findIndex((m) => m.field === field);
  return i >= 0 ? i : null;
}

/** A row rejected because nothing names its client: no name column, or a blank name. */
function rejectedForNoName(issue: ImportIssue): boolean {
  const params = issue.params ?? {};
  if (params.reason === "reason.required-columns-missing")
    return String(params.fields ?? "")
      .split(",")
      .includes("name");
  return params.reason === "reason.required-empty" && params.field === "name";
}

/** The column naming the client a child row belongs to: a client-name column, else one that also links (the insured). */
/** Some column names the client of a sheet's records: its name, its id, or a linked party. */
function namesRecordClient(mappings: readonly ColumnMapping[]): boolean {
  return mappings.some(
    (m) =>
      m.field === CLIENT_NAME_KEY ||
      m.field === "clientId" ||
      m.field === "insured" ||
      m.linksClient === true
  );
}

function clientNameColumn(mappings: readonly ColumnMapping[]): number | null {
  const named = columnOf(mappings, CLIENT_NAME_KEY);
  if (named !== null) return named;
  const i = mappings.findIndex((m) => m.linksClient === true);
  return i >= 0 ? i : null;
}

/** Blank client cells rarer than this, among names that repeat, are no ditto layout. */
const DITTO_BLANK_SHARE = 0.2;

/**
 * An export that writes the client on every row (a CRM's contacts, each with its account; the
 * same account on many rows) has left a client cell blank because the row has no client, not to
 * repeat the one above: its names repeat, and its blanks are few. A ditto layout names each client
 * once, above the rows left blank under it.
 */
function writesClientOnEveryRow(profile: ColumnProfile | undefined): boolean {
  if (!profile || profile.rows === 0 || profile.sampled === 0) return false;
  const repeats = profile.distinct < profile.sampled;
  const blankShare = 1 - profile.filled / profile.rows;
  return repeats && blankShare < DITTO_BLANK_SHARE;
}

/**
 * A policy list's row with a policy number of its own (not the row above's) is a further policy:
 * its blank owner cell is the owner written above, as an agent lists an owner's policies, even
 * where most owners hold one policy and so are written on nearly every row.
 */
function startsOwnPolicy(
  work: SheetWork,
  cells: readonly SourceCell[],
  previous: readonly SourceCell[]
): boolean {
  if (work.key !== "Insurance") return false;
  const c = columnOf(work.mappings, "policyNo");
  if (c === null) return false;
  const own = cells[c] ?? null;
  const above = previous[c] ?? null;
  return (
    !isBlankCell(own) && !isBlankCell(above) && cellText(own).trim() !== cellText(above).trim()
  );
}

function rowContent(cells: readonly SourceCell[], mappings: readonly ColumnMapping[]): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    if (isBlankCell(cell)) return;
    const header = mappings[i]?.label || mappings[i]?.header || mappings[i]?.letter || `#${i + 1}`;
    parts.push(`${header}: ${cellText(cell)}`);
  });
  return parts.join("; ");
}

/** Cells a side note may have: a remark or two beside the rows, not a block of data. */
const SIDE_NOTE_CELLS = 20;

/**
 * The text of loose cells that are a note written beside a table (備忘：… on two rows): a few
 * text cells, each with its cell reference, so that the note is kept word for word in the
 * issue; null for anything else (figures, a stray far cell, a block of many cells).
 */
function sideNoteText(analysis: SheetAnalysis): string | null {
  const block = analysis.block;
  if (!block || !analysis.besideTable) return null;
  const parts: string[] = [];
  let texts = true;
  analysis.sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (isBlankCell(cell)) return;
      if (typeof cell !== "string") texts = false;
      parts.push(`${columnLetter(c + 1 + block.left - 1)}${r + 1}: ${cellText(cell)}`);
    });
  });
  if (!texts || parts.length === 0 || parts.length > SIDE_NOTE_CELLS) return null;
  return parts.join("\n");
}

/**
 * On a list kept by household the mapping says what its relation and name columns became: the
 * relation is each relative's in the family sheet, and the name column names the client only on
 * the client's own row (本人, 户主), a relative on the others — not a client on every row.
 */
function householdEvidence(mappings: readonly ColumnMapping[], relation: number): void {
  const add = (m: ColumnMapping, code: string, field: string) => {
    if (m.reasons?.some((r) => r.code === code)) return;
    setEvidence(m, [...(m.reasons ?? []), { code, params: { field, registerSheet: "Family" } }]);
  };
  add(mappings[relation], "map.why.household-relation", "relation");
  const name = mappings.find((m) => m.field === "name");
  if (name) add(name, "map.why.household-name", "memberName");
}

/**
 * On a roster with dependants' rows the mapping says what the dependant's columns became: their
 * name and relation are a family member's, of the member on the row above.
 */
function dependantEvidence(mappings: readonly ColumnMapping[], layout: DependantLayout): void {
  const add = (m: ColumnMapping, field: string) => {
    const code = "map.why.dependant-row";
    if (m.reasons?.some((r) => r.code === code)) return;
    setEvidence(m, [...(m.reasons ?? []), { code, params: { field, registerSheet: "Family" } }]);
  };
  if (layout.relation !== null) add(mappings[layout.relation], "relation");
  if (layout.memberName !== null) add(mappings[layout.memberName], "memberName");
}

/**
 * The policies a household roster's row lists are its person's: that person is their insured (the
 * household's client on the client's own row, else the relative the row names), and a relative's
 * relation to the client is said beside it, in the words of the relation column.
 */
function insuredBy(
  policies: readonly RegisterRecord[],
  person: RegisterRecord,
  work: SheetWork | null
): RegisterRecord[] {
  const name = cellText(person.memberName ?? null);
  if (name === "") return [...policies];
  const relation = cellText(person.relation ?? null);
  const header = work && work.household !== null ? work.mappings[work.household].header : "";
  const said = work && relation !== "" ? (header === "" ? relation : `${header}: ${relation}`) : "";
  return policies.map((policy) => {
    const notes = [cellText(policy.notes ?? null), said].filter((t) => t !== "");
    return {
      ...policy,
      insured: name,
      ...(notes.length > 0 ? { notes: notes.join("; ") } : {}),
    };
  });
}

/**
 * A policy list kept by household in a workbook without a client list may number its households
 * (戶號 H001 on every row of one household): that number links to no client list, so the
 * household's client is read from its head's row as in any policy export without one.
 */
function householdHolderColumns(
  mappings: readonly ColumnMapping[],
  analysis: SheetAnalysis
): PolicyholderColumns | null {
  if (householdColumn(mappings, analysis.columnValues) === null) return null;
  const link = mappings.findIndex((m) => m.field === "clientId");
  if (link < 0) return null;
  const unlinked = mappings.map((m, i) => (i === link ? { ...m, field: null } : m));
  const columns = policyholderColumns(unlinked, analysis.profiles);
  columns?.fields.delete(link);
  return columns;
}

/** Rows read with each period group's blank current cell taken from its latest earlier period. */
function withPeriods(
  periods: readonly PeriodGroup[] | undefined,
  rowAt: (row: number) => SourceCell[]
): (row: number) => SourceCell[] {
  if (!periods || periods.length === 0) return rowAt;
  return (row) => withCurrentPeriods(periods, rowAt(row));
}

/** The rows of each column whose blank client cell was filled from the row above. */
class FillDownTally {
  private readonly byColumn = new Map<number, { count: number; first: number; last: number }>();

  add(column: number, row: number): void {
    const entry = this.byColumn.get(column);
    if (!entry) this.byColumn.set(column, { count: 1, first: row, last: row });
    else {
      entry.count++;
      entry.first = Math.min(entry.first, row);
      entry.last = Math.max(entry.last, row);
    }
  }

  entries(): { column: number; count: number; first: number; last: number }[] {
    return [...this.byColumn.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, e]) => ({ column, ...e }));
  }
}

/**
 * A log in a workbook without a client list (calls, visits, complaints) names each row's client and
 * the client's number beside it (CIF No, 客户号): that number links to no client list, it is the
 * id of the client the row's name makes, kept on that client.
 */
function clientKeyHolderColumns(
  mappings: readonly ColumnMapping[],
  analysis: SheetAnalysis
): PolicyholderColumns | null {
  const link = mappings.findIndex((m) => m.field === "clientId");
  if (link < 0 || !mappings.some((m) => m.field === CLIENT_NAME_KEY)) return null;
  const unlinked = mappings.map((m, i) => (i === link ? { ...m, field: null } : m));
  const columns = policyholderColumns(unlinked, analysis.profiles);
  columns?.fields.set(link, "clientId");
  return columns;
}

/** A source row's place; `table` names its block when the sheet holds several (see RowAccount). */
type BlockOrigin = Origin & { table?: string };

function originOf(sheet: string, row: number, table: string | undefined): Origin {
  const origin: BlockOrigin = { sheet, row };
  if (table) origin.table = table;
  return origin;
}

function tableOf(origin: Origin): string | undefined {
  return (origin as BlockOrigin).table;
}

/** Key of an analysis (or an origin in it): sheet name and block range. */
function blockKey(sheet: string, table: string | undefined): string {
  return `${sheet}\u0000${table ?? ""}`;
}

interface SheetWork {
  analysis: SheetAnalysis;
  key: SheetKey;
  mappings: ColumnMapping[];
  ctx: RowContext;
  classified: ClassifiedRow[];
  rowAt: (row: number) => SourceCell[];
  /** A policy sheet's column giving each insured's relation to the client (its relatives become family). */
  relation: number | null;
  /**
   * A client list kept by household, or a policy list kept the same way (no client list in the
   * workbook): the column giving each row's relation to the household's client.
   */
  household: number | null;
  /** A roster with its members' dependants on rows of their own beneath them (眷屬姓名 / 眷屬關係). */
  dependants: DependantLayout | null;
  /** A visit sheet writing the plan beside what happened (计划 日期 | 实际 日期): the twins. */
  planTwins: MappedTwin[];
  /** A call list's outcome and date columns (外呼结果, 外呼日期): each reached call is a visit by phone. */
  calls: CallColumns | null;
  /** A policy sheet in a workbook without a client list: how its rows make their policyholders clients. */
  policyholders: { columns: PolicyholderColumns; ctx: RowContext; madeFrom: MadeFrom } | null;
  /** A client list's balance columns (AUM, 1月AUM … 12月AUM): each client's latest is an asset. */
  balances: BalanceColumns | null;
  /** A client list's columns of the clients' relatives (配偶姓名, 子女1生日): each makes a family member. */
  relatives: RelativesWork | null;
  /** A client list's held insurance (已购险种 "重疾、医疗" + 年缴保费): one policy per type listed. */
  held: HeldPoliciesWork | null;
  /** A client list's last and next dates of contact (Last Review, 下次回访): a visit of the client. */
  reviews: ReviewDatesWork | null;
  /** A client list's tier column (客户等级 钻石/金卡): each client's tier as a person gave it. */
  tierColumn: number | null;
  /** A company list's contact columns (联系人 / 联系人职务 / 联系人2电话): each named person is a contact. */
  contacts: ContactsWork | null;
  /** A client sheet holding companies, their people and their addresses (a CRM's partner list). */
  partners: PartnerLayout | null;
  /** A client list's visit-log column (帶看紀錄): each dated entry is a visit; and the title's year. */
  visitLog: { column: number; year: number | null } | null;
  /** Client-list columns the caller sent to Visits fields (--map "Last Review=Visits.visitOn"). */
  routedVisits: { column: number; field: string }[];
  /** A client list's column dating each row's facts (风险测评日期, "As of"): the later row wins. */
  factDate: number | null;
  /** The kind column when it says True/False ("Is a Company"), else −1. */
  isCompany: number;
  /**
   * The owners named in lines above the table's rows (業務員：陳怡君 over the table, 客户经理：王丽
   * over each block of one sheet) when no column names one: the owner of a source row.
   */
  titleOwner: ((row: number) => TitleOwner | null) | null;
  /** The clients that took each such owner, by the row of its line, by name. */
  titleOwned: Map<number, { owner: TitleOwner; names: Set<string> }>;
  /** A deals sheet in a workbook without a client list: how its rows make their clients and contacts. */
  parties: PartyWork | null;
  /** Columns repeating one record under a running number (Policy 1 | Policy 2): a record per group. */
  numbered: NumberedGroups | null;
  /**
   * A sheet of records naming no client in its rows whose name or title line names one (a meeting
   * log of one sheet per key account): that client, the client made for it, and the rows it took.
   */
  sheetSubject: { subject: SheetSubject; client: Candidate | null; rows: number } | null;
}

/**
 * The owner of a client made from a sheet's records (policies, visits) is the person named most
 * often on that client's rows (the producer of most of their policies); a tie keeps the first
 * named. The merge takes the first row's owner and reports the others (link.also-owner, notes), so
 * the majority owner is swapped onto the first row: every owner named is still kept.
 */
function ownersByMajority(candidates: readonly Candidate[], madeFrom: MadeFrom): void {
  const byClient = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.madeFrom !== madeFrom) continue;
    const key = normaliseKey(cellText(c.record.name ?? null));
    if (key === "") continue;
    const list = byClient.get(key);
    if (list) list.push(c);
    else byClient.set(key, [c]);
  }
  for (const rows of byClient.values()) {
    if (rows.length < 2) continue;
    const counts = new Map<string, { owner: RegisterRecord["owner"]; n: number }>();
    for (const c of rows) {
      const owner = c.record.owner ?? null;
      const key = normaliseKey(cellText(owner));
      if (key === "") continue;
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { owner, n: 1 });
    }
    const ranked = [...counts.entries()].sort(([, a], [, b]) => b.n - a.n);
    if (ranked.length < 2 || ranked[0][1].n === ranked[1][1].n) continue;
    const bestKey = ranked[0][0];
    const first = rows.find((c) => normaliseKey(cellText(c.record.owner ?? null)) !== "");
    if (!first || normaliseKey(cellText(first.record.owner ?? null)) === bestKey) continue;
    const holder = rows.find((c) => normaliseKey(cellText(c.record.owner ?? null)) === bestKey);
    if (!holder) continue;
    [first.record.owner, holder.record.owner] = [holder.record.owner, first.record.owner];
  }
}

/**
 * The groups a record stands under (a 支行, a region: "华东区 / 江苏") kept in its notes, once, in
 * the sheet's language, leaving out a label the row already says itself (所属地区: 江苏).
 */
function groupNote(
  work: SheetWork,
  record: RegisterRecord,
  cells: readonly SourceCell[],
  labels: readonly string[]
): void {
  if (!sheetDef(work.key).fields.some((f) => f.key === "notes")) return;
  const own = new Set(cells.map((c) => normaliseKey(cellText(c))));
  const left = labels.filter((l) => !own.has(normaliseKey(l)));
  if (left.length === 0) return;
  const word = renderMessage("record.group", {}, guessLang([work.analysis.mapping])) ?? "Group";
  const note = `${word}: ${left.join(" / ")}`;
  const notes = cellText(record.notes ?? null);
  if (notes.includes(note)) return;
  record.notes = notes === "" ? note : `${notes}${NOTES_SEPARATOR}${note}`;
}

function visitLogOf(
  mappings: readonly ColumnMapping[],
  analysis: SheetAnalysis,
  titleTexts: readonly string[]
): { column: number; year: number | null } | null {
  const column = visitLogColumn(mappings, analysis.columnValues);
  return column === null ? null : { column, year: titleYear(titleTexts) };
}

interface PartyWork {
  columns: DealParties;
  /** A deal's organisation (or client) as a client; its person as a client, and as a contact. */
  clientCtx: RowContext;
  personClientCtx: RowContext | null;
  contactCtx: RowContext | null;
  madeFrom: MadeFrom;
  personMadeFrom: MadeFrom | null;
  /** Contacts made on this sheet: their client's and their own name folded. */
  contacts: Set<string>;
  /**
   * A contacts sheet (each row a person, its account column the client): the accounts become
   * clients, and a person with no account a client of their own.
   */
  contactsSheet: boolean;
}

/** A contact's fields a person with no account keeps as a client of their own (the rest goes to notes). */
const CONTACT_AS_CLIENT: Readonly<Record<string, string>> = {
  name: "name",
  phone: "phone",
  email: "email",
  birthday: "birthday",
  hobbies: "hobbies",
  title: "occupation",
};

/** How a contacts sheet's row is read as a client when the person is at no account. */
function personAsClient(
  sheet: string,
  mappings: readonly ColumnMapping[],
  consumed: ReadonlySet<number>,
  values: readonly (readonly SourceCell[])[],
  options: Parameters<typeof buildRowContext>[4]
): RowContext {
  const as = mappings.map((m, i): ColumnMapping => {
    if (m.field === CLIENT_NAME_KEY || m.linksClient === true || consumed.has(i))
      return { ...m, field: null, linksClient: false, source: "row-number" };
    return { ...m, field: m.field ? (CONTACT_AS_CLIENT[m.field] ?? null) : null };
  });
  return buildRowContext(sheet, "Clients", as, values, options);
}

/** Where a policy list kept by household stands: its client, the row's person and what was made. */
interface HouseholdPolicies {
  head: Candidate | null;
  person: { name: string; relation: string; relative: boolean; memberMade: boolean } | null;
  members: number;
  relativesPolicies: number;
}

/**
 * Sheets whose rows each name their client: in a workbook with no client list, the distinct names
 * are the clients (a policy export's policyholders, a visit log's or complaint log's clients, a
 * lender's borrowers on its loan list), as a person building the register from that one sheet
 * would make them. A pipeline is not one: a
 * deal names its client by id or else its prospect; a deals export's parties are read by their own
 * columns instead (deal-parties.ts: Organization - Name, Person - Email …).
 */
const CLIENTS_FROM_SUBJECT: ReadonlySet<SheetKey> = new Set([
  "Insurance",
  "Visits",
  "Complaints",
  "Assets",
]);

/** Rows between two progress reports. */
const PROGRESS_EVERY = 2_000;

class WorkbookImport {
  readonly ledger = new RowLedger();
  readonly issues: ImportIssue[] = [];
  readonly candidates: Candidate[] = [];
  sourceRows = 0;
  /** Rows of blocks left out whole, accounted once every block of the sheet is read. */
  private readonly blockSkips: { sheet: string; row: number; reason: string; table: string }[] = [];
  /** The rows each imported block of a sheet spans, title and header included. */
  private readonly readSpans = new Map<string, { range: string; top: number; bottom: number }[]>();
  /** Per sheet: the clients read from forms on it, top to bottom (their tables below link to them). */
  private readonly formClients = new Map<string, { top: number; candidate: Candidate }[]>();
  private readonly formLinkSaid = new Set<string>();
  /** Clients made from deals' parties, by kind and folded name: one per organisation or person. */
  private readonly partyClients = new Map<string, Candidate>();
  /** The source sheets by name, whole (an analysis holds one block of a sheet of several). */
  sources = new Map<string, SourceSheet>();
  /** Per sheet: its owner heading lines (see ownerHeadings), found on first use. */
  private readonly headings = new Map<string, ReturnType<typeof ownerHeadings>>();

  /**
   * @param clientList Some sheet of the workbook feeds Clients; else the policyholders of its
   *   policy sheets become the clients.
   * @param assetList Some sheet of the workbook feeds Assets: a client list's AUM is not one more.
   * @param visitList Some sheet feeds Visits: a client list's visit-log column is not read again.
   */
  constructor(
    private readonly options: ImportOptions,
    private readonly clientList: boolean,
    private readonly assetList = false,
    private readonly visitList = false
  ) {}

  private skipAll(analysis: SheetAnalysis, from: number, reason: string): void {
    const table = analysis.range || undefined;
    analysis.sheet.rows.forEach((row, i) => {
      if (i + 1 < from || rowIsBlank(row)) return;
      if (table) {
        this.blockSkips.push({ sheet: analysis.sheet.name, row: i + 1, reason, table });
        return;
      }
      this.sourceRows++;
      this.ledger.record(analysis.sheet.name, i + 1, "skipped", reason, table);
    });
  }

  /**
   * Rows of a block left out (a note beside the table, stray cells, a lookup list or pivot beside
   * it) that a table of the same sheet spans are that table's rows — its title, header or records
   * — and are accounted by it: a person counts the sheet's rows once, not once more for the cells
   * written beside them. Rows no imported table spans are skipped with the block's reason.
   */
  settleBlockSkips(): void {
    for (const skip of this.blockSkips) {
      const spanned = (this.readSpans.get(skip.sheet) ?? []).some(
        (s) => s.range !== skip.table && s.top <= skip.row && skip.row <= s.bottom
      );
      if (spanned) continue;
      this.sourceRows++;
      this.ledger.record(skip.sheet, skip.row, "skipped", skip.reason, skip.table);
    }
    this.blockSkips.length = 0;
  }

  private reportTitleRows(analysis: SheetAnalysis): void {
    const table = analysis.table;
    if (!table) return;
    for (let r = table.bounds.top; r < table.headerRows[0]; r++) {
      const row = analysis.sheet.rows[r - 1];
      if (rowIsBlank(row)) continue;
      const text = (row ?? [])
        .filter((c) => !isBlankCell(c))
        .map(cellText)
        .join(" | ");
      this.issues.push({
        sheet: analysis.sheet.name,
        row: r,
        column: null,
        field: null,
        value: text,
        severity: "info",
        message: "Read as a title above the table; not imported.",
        code: "import.title-row",
      });
    }
  }

  addSheet(analysis: SheetAnalysis): void {
    const { sheet, table } = analysis;
    const issuesFrom = this.issues.length;
    const ownCode = ownSheetCode(sheet.name);
    if (ownCode && !analysis.overridden) {
      const ownSheet = en[ownCode];
      this.issues.push(sheetIssue(sheet.name, "info", "import.own-sheet", { what: ownCode }));
      const from = table?.firstDataRow ?? 1;
      const rows = analysis.sheet.rows.flatMap((row, i) =>
        i + 1 >= from && !rowIsBlank(row) ? [i + 1] : []
      );
      if (table && analysis.block && analysis.mapping.registerSheet !== null && rows.length > 0) {
        // A table of our own sheet is passed over as a read table would be read: its rows are
        // skipped once, by it, and cells beside them are its rows too (settleBlockSkips).
        const spans = this.readSpans.get(sheet.name) ?? [];
        spans.push({
          range: analysis.range,
          top: analysis.block.top,
          bottom: analysis.block.bottom,
        });
        this.readSpans.set(sheet.name, spans);
        for (const row of rows) {
          this.sourceRows++;
          this.ledger.record(sheet.name, row, "skipped", ownSheet, analysis.range);
        }
      } else this.skipAll(analysis, from, ownSheet);
      return;
    }
    this.issues.push(...analysis.issues);
    if (analysis.loose) {
      const note = sideNoteText(analysis);
      if (note !== null) {
        this.issues.push({
          sheet: sheet.name,
          row: analysis.block?.top ?? null,
          column: null,
          field: null,
          value: note,
          severity: "info",
          message: englishText("import.side-note", { range: analysis.range }),
          code: "import.side-note",
          params: { range: analysis.range },
        });
        this.skipAll(analysis, 1, "a note beside the sheet's table");
        return;
      }
      this.issues.push({
        sheet: sheet.name,
        row: analysis.block?.top ?? null,
        column: null,
        field: null,
        value: analysis.range,
        severity: "info",
        message: `Not imported: the cells at ${analysis.range} stand apart from the sheet's tables and have no header of their own.`,
        code: "import.loose-cells",
        params: { range: analysis.range },
      });
      this.skipAll(analysis, 1, "outside the sheet's tables");
      return;
    }
    if (!table) {
      if (sheet.rows.some((r) => !rowIsBlank(r))) {
        // A very hidden sheet is a system's own (Dynamics 365 keeps its export's metadata in one):
        // nobody looks there, so it is said in passing, not warned about.
        this.issues.push(
          sheet.state === "veryHidden"
            ? sheetIssue(sheet.name, "info", "import.no-header-very-hidden")
            : sheetIssue(sheet.name, "warning", "import.no-header")
        );
        this.skipAll(analysis, 1, "no header row found in the sheet");
      }
      return;
    }
    this.reportTitleRows(analysis);
    const key = analysis.mapping.registerSheet;
    if (key === null && analysis.notData?.kind === "unsure") {
      // Unsure is an outcome: one line with the reading, its runner-up and the --map forcing it.
      this.issues.push(
        sheetIssue(sheet.name, "warning", "import.sheet-unsure", {
          ...analysis.notData.params,
          reason: analysis.notData.code,
        })
      );
      this.skipAll(analysis, table.firstDataRow, "unsure: not clearly register data");
      return;
    }
    if (key === null && analysis.notData) {
      const what = NOT_DATA_LABELS[analysis.notData.kind];
      this.issues.push(
        sheetIssue(sheet.name, "warning", "import.sheet-not-data", {
          ...analysis.notData.params,
          kind: `kind.${analysis.notData.kind}`,
          reason: analysis.notData.code,
          // Not "sheet": a reason names another sheet by that parameter ("profile of {sheet}").
          tab: sheet.name,
        })
      );
      this.skipAll(analysis, table.firstDataRow, `not register data: ${what}`);
      return;
    }
    if (key === null && analysis.overridden) {
      this.issues.push(sheetIssue(sheet.name, "info", "import.sheet-left-out"));
      this.skipAll(analysis, table.firstDataRow, "left out by the mapping");
      return;
    }
    // A table none of whose columns is any field of the sheet it would feed (a cross-tab of
    // counts: jurisdiction × High / Low / Medium / TOTAL) would make records of notes only.
    const nothingMapped =
      !analysis.overridden && analysis.mapping.columns.every((c) => c.field === null);
    if (key === null || nothingMapped) {
      analysis.mapping.registerSheet = null;
      this.issues.push(
        sheetIssue(sheet.name, "warning", "import.sheet-unrecognised", { sheet: sheet.name })
      );
      this.skipAll(analysis, table.firstDataRow, "sheet not recognised as a register sheet");
      return;
    }
    if (analysis.block) {
      const spans = this.readSpans.get(sheet.name) ?? [];
      spans.push({ range: analysis.range, top: analysis.block.top, bottom: analysis.block.bottom });
      this.readSpans.set(sheet.name, spans);
    }
    const before = {
      issues: issuesFrom,
      rows: this.ledger.size,
      candidates: this.candidates.length,
    };
    this.importRows(this.prepare(analysis, key));
    if (key === "Clients" && !analysis.overridden) this.leaveOutIfNoOneNamed(analysis, before);
  }

  /**
   * A sheet read as the client list none of whose rows names anyone — no column holds the names,
   * or the one that would is blank on every row (a call-report template with one line of hints, an
   * order export whose buyers are only codes and phones, a tab of bolts' quantities) — had every
   * row rejected for a missing name: a person sees a sheet of rows naming no one, nothing to enter,
   * not a client list whose every client failed. It is left out so, and said why once; its rows
   * are skipped with that reason instead of rejected one by one.
   */
  private leaveOutIfNoOneNamed(
    analysis: SheetAnalysis,
    before: { issues: number; rows: number; candidates: number }
  ): void {
    if (this.candidates.length !== before.candidates) return;
    const rows = this.ledger.since(before.rows);
    if (!rows.some((r) => r.outcome === "rejected")) return;
    if (rows.some((r) => r.outcome === "imported" || r.outcome === "merged")) return;
    const issues = this.issues.slice(before.issues);
    const rejections = issues.filter((i) => i.code === "import.row-rejected");
    if (rejections.length === 0 || !rejections.every(rejectedForNoName)) return;
    const titles = issues.filter((i) => i.code === "import.title-row");
    this.issues.length = before.issues;
    this.issues.push(...titles);
    markNotData(analysis, "sheet.why.no-one-named", { rows: rows.length }, "unnamed");
    const notData = analysis.notData as NonNullable<SheetAnalysis["notData"]>;
    this.issues.push(
      sheetIssue(analysis.sheet.name, "warning", "import.sheet-not-data", {
        ...notData.params,
        kind: `kind.${notData.kind}`,
        reason: notData.code,
        tab: analysis.sheet.name,
      })
    );
    this.ledger.relabel(
      before.rows,
      "skipped",
      `not register data: ${NOT_DATA_LABELS[notData.kind]}`
    );
    if (analysis.block) {
      const spans = this.readSpans.get(analysis.sheet.name) ?? [];
      this.readSpans.set(
        analysis.sheet.name,
        spans.filter((s) => s.range !== analysis.range)
      );
    }
  }

  private prepare(analysis: SheetAnalysis, key: SheetKey): SheetWork {
    const table = analysis.table as NonNullable<SheetAnalysis["table"]>;
    const mappings = analysis.mapping.columns;
    // A dependant's name column the mapping took for the client's contact is the dependant's.
    const dependants = key === "Clients" ? dependantLayout(mappings, analysis.columnValues) : null;
    if (dependants?.memberName != null && mappings[dependants.memberName].field !== null)
      mappings[dependants.memberName] = {
        ...mappings[dependants.memberName],
        field: null,
        confidence: 0,
      };
    const targets = new Map(targetsFor(key).map((t) => [t.key, t]));
    const fieldTypes: (FieldType | undefined)[] = mappings.map((m) =>
      m.field ? targets.get(m.field)?.field.type : undefined
    );
    const subject = SUBJECT_FIELD[key];
    const nameColumn =
      (subject ? columnOf(mappings, subject) : clientNameColumn(mappings)) ??
      columnOf(mappings, "clientId");
    const keyColumns = [
      nameColumn,
      clientNameColumn(mappings),
      columnOf(mappings, "clientId"),
    ].filter((c): c is number => c !== null);
    mappings.forEach((m, i) => {
      if (m.source === "row-number") keyColumns.push(i);
    });
    const contactNameColumn = key === "Clients" ? columnOf(mappings, "mainContact") : null;
    const personColumns =
      key === "Clients"
        ? new Set(
            mappings.flatMap((m, i) => (m.field && PERSON_FIELDS.includes(m.field) ? [i] : []))
          )
        : null;
    // A visit whose reason for cancelling is written (取消报修原因 RPA demo) never took place.
    const cancelled = mappings.findIndex(
      (m) => m.field === null && m.source !== "row-number" && namesCancelReason(m.header)
    );
    const classified = classifyRows({
      cancelColumn: key === "Visits" && cancelled >= 0 ? cancelled : null,
      clientList: key === "Clients",
      ...(table.headerCopies ? { headerCopies: table.headerCopies } : {}),
      sheet: analysis.sheet,
      firstDataRow: table.firstDataRow,
      lastDataRow: table.lastDataRow,
      headerTexts: table.columns.map((c) => c.text),
      mappings,
      fieldTypes,
      nameColumn,
      keyColumns,
      personColumns,
      contactNameColumn,
      ...(analysis.groupHeadings
        ? { groupHeadings: new Set(analysis.groupHeadings), headingsAreRecords: key === "Clients" }
        : {}),
    });
    const titleTexts = [analysis.sheet.name];
    for (let r = 0; r < table.headerRows[0] - 1; r++)
      analysis.sheet.rows[r]?.forEach((cell) => {
        if (typeof cell === "string") titleTexts.push(cell);
      });
    const readerOptions = { ...this.options, titleTexts, date1904: analysis.sheet.date1904 };
    const parties =
      (key === "Pipeline" || key === "Contacts") && !this.clientList
        ? this.partyWork(analysis, key, mappings, readerOptions)
        : null;
    // The party's columns are read into its client and contact, not kept beside the deal; the
    // relatives' columns into the family, not kept in the client's notes.
    const relatives =
      key === "Clients"
        ? relativesWork(
            analysis.sheet.name,
            mappings,
            analysis.columnValues,
            readerOptions,
            guessLang([analysis.mapping])
          )
        : null;
    const held =
      key === "Clients"
        ? heldPoliciesWork(analysis.sheet.name, mappings, analysis.columnValues, readerOptions)
        : null;
    // The last and next review dates of a client list are a visit of the client (not when a
    // sheet of the workbook feeds Visits: its visits are the record).
    const reviewColumns =
      key === "Clients" && !this.visitList ? reviewDateColumnsOf(mappings) : null;
    const reviews =
      reviewColumns === null
        ? null
        : reviewDatesWork(
            analysis.sheet.name,
            mappings,
            analysis.columnValues,
            reviewColumns,
            readerOptions
          );
    const reviewTaken = [reviewColumns?.last ?? null, reviewColumns?.next ?? null].filter(
      (i): i is number => i !== null
    );
    const contacts =
      key === "Clients" && !parties
        ? contactsWork(analysis.sheet.name, mappings, analysis.columnValues, readerOptions)
        : null;
    const tierAt =
      key === "Clients"
        ? mappings.findIndex((m) => m.reasons?.[0]?.code === "map.why.tier-column")
        : -1;
    const taken = parties
      ? partyColumns(parties.columns, mappings)
      : new Set<number>([
          ...(relatives?.columns ?? []),
          ...(held?.taken ?? []),
          ...(tierAt >= 0 ? [tierAt] : []),
          ...reviewTaken,
          ...(contacts?.columns ?? []),
        ]);
    // A call list's date column is the calls', not the client's start.
    const calls =
      key === "Clients" && !this.visitList
        ? callColumnsOf(mappings, analysis.columnValues, titleTexts)
        : null;
    if (calls && mappings[calls.date].field !== null)
      mappings[calls.date] = { ...mappings[calls.date], field: null, confidence: 0 };
    const ctx = buildRowContext(
      analysis.sheet.name,
      key,
      taken.size === 0
        ? mappings
        : mappings.map((m, i) => (taken.has(i) ? { ...m, source: "row-number" as const } : m)),
      analysis.columnValues,
      readerOptions
    );
    this.issues.push(...ctx.columnNotes);
    if (key === "Clients" && analysis.joined) {
      // Its rows name their client by number only: the master's row gives the name.
      ctx.missingRequired = ctx.missingRequired.filter((f) => f.key !== "name");
      delete ctx.nameFromNumber;
    }
    const holderColumns =
      CLIENTS_FROM_SUBJECT.has(key) && !this.clientList
        ? (policyholderColumns(mappings, analysis.profiles) ??
          (key === "Insurance"
            ? householdHolderColumns(mappings, analysis)
            : clientKeyHolderColumns(mappings, analysis)))
        : null;
    const policyholders = holderColumns && {
      columns: holderColumns,
      ctx: policyholderContext(
        analysis.sheet.name,
        mappings,
        holderColumns,
        analysis.columnValues,
        readerOptions
      ),
      madeFrom: {
        sheet: analysis.sheet.name,
        registerSheet: key,
        column: holderColumns.label,
        fields: [...holderColumns.fields].map(([i, field]) => ({
          column: columnLabel(mappings[i].letter, mappings[i].header),
          field,
        })),
      },
    };
    if (policyholders) {
      this.issues.push(...policyholderColumnNotes(policyholders.ctx, policyholders.columns));
      // The mapping says where the person's columns go: into the client each row names.
      for (const [i, field] of holderColumns.fields)
        if (mappings[i].field === null)
          setEvidence(mappings[i], [
            ...(mappings[i].reasons ?? []),
            {
              code: "map.why.subject-client",
              params: { field, registerSheet: "Clients", subject: holderColumns.label },
            },
          ]);
    }
    const balances =
      key === "Clients" && !this.assetList ? balanceColumns(mappings, titleTexts) : null;
    // Their figures kept in the client's notes keep the title's unit (存款: 338.55万元).
    for (const [index, unit] of balances?.noteUnits ?? []) {
      const reader = ctx.readers[index];
      if (reader && !reader.target && reader.noteUnit === undefined) reader.noteUnitText = unit;
    }
    for (const column of balances?.columns ?? []) {
      const m = mappings.find((c) => c.index - 1 === column.index);
      if (m && m.field === null)
        setEvidence(m, [
          ...(m.reasons ?? []),
          {
            code: "map.why.balance-asset",
            params: { field: "marketValue", registerSheet: "Assets" },
          },
        ]);
    }
    for (const field of ctx.missingDates) {
      this.issues.push(
        sheetIssue(
          analysis.sheet.name,
          "warning",
          "import.required-date-unmapped",
          { field: field.key, registerSheet: key, sheet: analysis.sheet.name },
          field.key
        )
      );
    }
    if (ctx.nameFromNumber !== undefined) {
      const m = mappings[ctx.nameFromNumber];
      this.issues.push(
        sheetIssue(analysis.sheet.name, "info", "import.name-from-number", {
          header: columnLabel(m.letter, m.header),
        })
      );
    }
    for (const field of ctx.missingRequired) {
      this.issues.push(
        sheetIssue(
          analysis.sheet.name,
          "error",
          "import.required-unmapped",
          { field: field.key, registerSheet: key, sheet: analysis.sheet.name },
          field.key
        )
      );
    }
    const ownerColumn =
      key === "Clients"
        ? mappings.some((m) => m.field === "owner")
        : [...(holderColumns?.fields.values() ?? [])].includes("owner");
    const titleOwner =
      (key === "Clients" || policyholders) && !ownerColumn ? this.ownersOfRows(analysis) : null;
    // A policy list naming each policy's insured in a column of its own (受保人 beside 客戶姓名)
    // says whose relative each insured is: its relatives are read from that column instead.
    const ownInsured = mappings.some(
      (m, i) => m.field === "insured" && i !== policyholders?.columns.subject
    );
    const household =
      key === "Clients" || (key === "Insurance" && policyholders && !ownInsured)
        ? householdColumn(mappings, analysis.columnValues)
        : null;
    const sheetSubject =
      CLIENTS_FROM_SUBJECT.has(key) && !policyholders && !namesRecordClient(mappings)
        ? (titleLineSubject(analysis.sheet.rows.slice(0, Math.max(0, table.headerRows[0] - 1))) ??
          ((name) => (name === null ? null : { name, from: "sheet" as const }))(
            sheetNameSubject(analysis.sheet.name)
          ))
        : null;
    return {
      analysis,
      key,
      mappings,
      ctx,
      classified,
      rowAt: withPeriods(
        analysis.periods,
        fillMergedDown(analysis.sheet, table.firstDataRow, table.lastDataRow)
      ),
      relation: key === "Insurance" && household === null ? relationColumn(mappings) : null,
      household,
      dependants: household === null ? dependants : null,
      planTwins: key === "Visits" ? mappedTwins(mappings) : [],
      calls,
      policyholders,
      balances,
      relatives,
      held,
      reviews,
      tierColumn: tierAt >= 0 && !parties ? tierAt : null,
      contacts,
      partners: key === "Clients" ? partnerLayout(mappings, analysis.columnValues) : null,
      visitLog:
        key === "Clients" && !this.visitList ? visitLogOf(mappings, analysis, titleTexts) : null,
      isCompany: key === "Clients" ? isCompanyColumn(mappings) : -1,
      factDate: key === "Clients" ? factDateColumn(mappings) : null,
      routedVisits:
        key === "Clients"
          ? mappings.flatMap((m, column) =>
              m.routedTo?.registerSheet === "Visits" ? [{ column, field: m.routedTo.field }] : []
            )
          : [],
      titleOwner,
      titleOwned: new Map(),
      parties,
      numbered: key === "Clients" ? null : numberedGroups(mappings),
      sheetSubject: sheetSubject && { subject: sheetSubject, client: null, rows: 0 },
    };
  }

  /**
   * How a deals sheet's rows make their clients and contacts, with one note per column that feeds
   * them instead of the note that it was kept beside the deal; null when the sheet names no party.
   */
  private partyWork(
    analysis: SheetAnalysis,
    key: "Pipeline" | "Contacts",
    mappings: ColumnMapping[],
    readerOptions: Parameters<typeof buildRowContext>[4]
  ): PartyWork | null {
    const contactsSheet = key === "Contacts";
    const columns = contactsSheet
      ? dealParties(mappings, CLIENT_NAME_KEY, false)
      : dealParties(mappings, "prospect", true, analysis.profiles);
    if (!columns) return null;
    const sheet = analysis.sheet.name;
    const values = analysis.columnValues;
    const label = (i: number) => columnLabel(mappings[i].letter, mappings[i].header);
    const fieldsOf = (fields: ReadonlyMap<number, string>) =>
      [...fields].map(([i, field]) => ({ column: label(i), field }));
    const person = columns.person;
    const made = (column: string, fields: ReadonlyMap<number, string>): MadeFrom => ({
      sheet,
      registerSheet: key,
      column,
      fields: fieldsOf(fields),
      what: contactsSheet ? "accounts" : "deals",
    });
    const consumed = partyColumns(columns, mappings);
    const taken = new Set([...consumed].map(label));
    // Each column the parties read says so in the mapping, where a person looks for it.
    for (const i of consumed) {
      const contact = i === person ? "name" : columns.contactFields.get(i);
      const field = contact ?? columns.clientFields.get(i);
      if (field === undefined) continue;
      setEvidence(mappings[i], [
        {
          code: contactsSheet ? "map.why.account-party" : "map.why.deal-party",
          params: {
            field,
            registerSheet:
              contact !== undefined && columns.subjectParty !== "person" ? "Contacts" : "Clients",
            subject: columns.label,
          },
        },
      ]);
    }
    for (let i = this.issues.length - 1; i >= 0; i--) {
      const issue = this.issues[i];
      if (
        issue.sheet === sheet &&
        issue.code === "map.unmapped-extra" &&
        taken.has(issue.column ?? "")
      )
        this.issues.splice(i, 1);
    }
    // The person beside the party is read apart only when the party is not that person.
    const personApart = person !== null && columns.subjectParty !== "person";
    const read = (
      registerSheet: "Clients" | "Contacts",
      at: number,
      fields: typeof columns.clientFields
    ) => partyContext(sheet, registerSheet, mappings, at, fields, values, readerOptions);
    const contactCtx = personApart ? read("Contacts", person, columns.contactFields) : null;
    const clientCtx = read("Clients", columns.subject, columns.clientFields);
    if (contactsSheet)
      return {
        columns,
        clientCtx,
        personClientCtx: personAsClient(sheet, mappings, consumed, values, readerOptions),
        contactCtx: null,
        madeFrom: made(columns.label, columns.clientFields),
        // Told of in the accounts' note; kept apart from the accounts' count.
        personMadeFrom: { ...made(`${columns.label}\u0000people`, new Map()), what: "people" },
        contacts: new Set(),
        contactsSheet,
      };
    return {
      contactsSheet,
      columns,
      clientCtx,
      personClientCtx: personApart ? read("Clients", person, columns.personClientFields) : null,
      contactCtx,
      madeFrom: made(columns.label, columns.clientFields),
      personMadeFrom: personApart ? made(columns.personLabel, columns.personClientFields) : null,
      contacts: new Set(),
    };
  }

  /**
   * A deal's party: its organisation as a client (a person when the deal names none), the person
   * on it as that organisation's contact; the deal links to the client. One client per distinct
   * name in the workbook and one contact per person at it: later rows only fill what is missing.
   */
  private dealParty(work: SheetWork, row: number, cells: readonly SourceCell[], deal: Candidate) {
    const parties = work.parties as PartyWork;
    const { columns } = parties;
    const nameAt = (i: number | null) => (i === null ? "" : cellText(cells[i] ?? null).trim());
    const subject = nameAt(columns.subject);
    const person = nameAt(columns.person);
    const client =
      subject !== ""
        ? this.partyClient(
            work,
            row,
            cells,
            parties.clientCtx,
            parties.madeFrom,
            subject,
            // The account a person works at is an organisation, under whichever word it is named.
            parties.contactsSheet ? "organisation" : columns.subjectParty
          )
        : person !== "" && parties.personClientCtx && parties.personMadeFrom
          ? this.partyClient(
              work,
              row,
              cells,
              parties.personClientCtx,
              parties.personMadeFrom,
              person,
              "person"
            )
          : null;
    if (!client) return;
    deal.policyholder = client;
    if (subject === "" || person === "" || !parties.contactCtx) return;
    const key = `${normaliseKey(subject)}\u0000${normaliseKey(person)}`;
    if (parties.contacts.has(key)) return;
    parties.contacts.add(key);
    const read = normalizeRow(parties.contactCtx, row, cells);
    this.issues.push(
      ...read.issues.filter(
        (i) => i.column !== parties.contactCtx?.readers[columns.person ?? -1]?.label
      )
    );
    read.record.name = person;
    this.candidates.push({
      sheet: "Contacts",
      record: read.record,
      origin: originOf(work.analysis.sheet.name, row, work.analysis.range),
      followers: [],
      accounted: false,
      policyholder: client,
    });
  }

  /**
   * A row of a contacts sheet whose person is at no account: the person is a client of their own
   * (their contact fields as the client's, the rest in notes), not a contact of nobody.
   */
  private personWithoutAccount(
    work: SheetWork,
    row: number,
    cells: readonly SourceCell[]
  ): boolean {
    const parties = work.parties as PartyWork;
    if (!isBlankCell(cells[parties.columns.subject] ?? null) || !parties.personClientCtx)
      return false;
    const read = normalizeRow(parties.personClientCtx, row, cells);
    if (read.rejected || isBlankCell((read.record.name ?? null) as SourceCell)) return false;
    read.record.kind ??= "person";
    this.candidates.push({
      sheet: "Clients",
      record: read.record,
      origin: originOf(work.analysis.sheet.name, row, work.analysis.range),
      followers: [],
      accounted: true,
      madeFrom: parties.personMadeFrom ?? parties.madeFrom,
    });
    return true;
  }

  private partyClient(
    work: SheetWork,
    row: number,
    cells: readonly SourceCell[],
    ctx: RowContext,
    madeFrom: MadeFrom,
    name: string,
    party: string
  ): Candidate {
    const key = `${party === "person" ? "person" : "client"}\u0000${normaliseKey(name)}`;
    const read = normalizeRow(ctx, row, cells);
    const known = this.partyClients.get(key);
    if (known) {
      for (const [field, value] of Object.entries(read.record))
        if (
          isBlankCell((known.record[field] ?? null) as SourceCell) &&
          !isBlankCell(value as SourceCell)
        )
          known.record[field] = value;
      return known;
    }
    this.issues.push(...read.issues);
    const record = read.record;
    record.name = name;
    if (party === "organisation") record.kind = "enterprise";
    else if (party === "person") record.kind = "person";
    const candidate: Candidate = {
      sheet: "Clients",
      record,
      origin: originOf(work.analysis.sheet.name, row, work.analysis.range),
      followers: [],
      accounted: false,
      madeFrom,
    };
    this.candidates.push(candidate);
    this.partyClients.set(key, candidate);
    return candidate;
  }

  /** A row that is no record: counted as skipped, and told with its reason and its content. */
  private skipRow(work: SheetWork, row: number, reasonCode: MessageCode): void {
    const sheet = work.analysis.sheet.name;
    const reason = en[reasonCode];
    this.ledger.record(sheet, row, "skipped", reason, work.analysis.range || undefined);
    this.issues.push({
      sheet,
      row,
      column: null,
      field: null,
      value: rowContent(work.analysis.sheet.rows[row - 1] ?? [], work.mappings),
      severity: "info",
      message: `Row skipped: ${reason}.`,
      code: "import.row-skipped",
      params: { reason: reasonCode },
    });
  }

  private reject(
    work: SheetWork,
    row: number,
    cells: readonly SourceCell[],
    reason: string,
    coded: MessageRef
  ): void {
    const sheet = work.analysis.sheet.name;
    this.ledger.record(sheet, row, "rejected", reason, work.analysis.range || undefined);
    this.issues.push({
      sheet,
      row,
      column: null,
      field: null,
      value: rowContent(cells, work.mappings),
      severity: "error",
      message: `Row rejected: ${reason}`,
      code: "import.row-rejected",
      params: { ...coded.params, reason: coded.code },
    });
  }

  private importRows(work: SheetWork): void {
    const from = this.issues.length;
    this.readRows(work);
    // The values a column cannot read are told once for the column, not once per cell.
    const gathered = gatherColumnWarnings(this.issues.slice(from));
    this.issues.length = from;
    for (const issue of gathered) this.issues.push(issue);
  }

  private readRows(work: SheetWork): void {
    const from = this.candidates.length;
    this.readRowsOf(work);
    if (work.policyholders)
      ownersByMajority(this.candidates.slice(from), work.policyholders.madeFrom);
  }

  private readRowsOf(work: SheetWork): void {
    const sheet = work.analysis.sheet.name;
    const linkColumns = [
      clientNameColumn(work.mappings),
      columnOf(work.mappings, "clientId"),
    ].filter((c): c is number => c !== null);
    const nameColumn = work.key === "Clients" ? columnOf(work.mappings, "name") : null;
    const standIns = nameColumn === null ? [] : nameStandIns(work.mappings, nameColumn);
    const contact = nameColumn === null ? [] : contactColumns(work.mappings, nameColumn);
    const standInTally = new StandInTally();
    const filledDown = new FillDownTally();
    const groups = new Map<
      number,
      {
        main: Candidate | null;
        mainRow: NormalizedRow | null;
        rows: NormalizedRow[];
        /** The main row is a person at a company (a contact), not a client. */
        contact?: boolean;
        /** Rows that only add a further value (a second tag): kept in the record's notes. */
        adds?: NormalizedRow[];
        /** Free-text lines continuing the record's memo over further rows. */
        memos?: string[];
      }
    >();
    const partners = work.partners ? new PartnerRows(this, work) : null;
    let memoLines = 0;
    let previousData: { row: number; cells: SourceCell[]; holder?: Candidate } | null = null;
    const membersMade = new Set<string>();
    let balancesRead = 0;
    let groupRecords = 0;
    let relativesRead = 0;
    let reviewsRead = 0;
    let heldRead = 0;
    let membersHeld = 0;
    let tiersRead = 0;
    let contactsRead = 0;
    let householdClient: Candidate | null = null;
    let householdMembers = 0;
    let dependantsClient: Candidate | null = null;
    let callsMade = 0;
    let dependantMembers = 0;
    const dealRows: DealRow[] = [];
    const householdPolicies: HouseholdPolicies | null =
      work.key === "Insurance" && work.household !== null && work.policyholders
        ? { head: null, person: null, members: 0, relativesPolicies: 0 }
        : null;

    const joined = work.key === "Clients" ? (work.analysis.joined ?? null) : null;
    let slots: EmptySlots | undefined;
    let namesPeople: boolean | undefined;
    let namesNearlyAll: boolean | undefined;
    let stubs: boolean | undefined;
    const emptyRows: number[] = [];
    const unjoined: { row: number; key: string }[] = [];
    for (const entry of work.classified) {
      if (entry.kind === "blank") {
        previousData = null;
        continue;
      }
      this.sourceRows++;
      if (this.sourceRows % PROGRESS_EVERY === 0) this.options.onProgress?.(this.sourceRows);
      const reasonCode = SKIP_REASONS[entry.kind];
      if (reasonCode) {
        previousData = null;
        this.skipRow(work, entry.row, reasonCode);
        continue;
      }
      let cells = work.rowAt(entry.row);
      if (joined && entry.kind !== "continuation") {
        // A row of a joined sheet adds to the client its number names; a number the master lacks
        // names no one, and is said (once for the sheet) rather than made a client of.
        const cell = cells[joined.keyColumn] ?? null;
        if (!joined.keys.has(joinKey(cell))) {
          previousData = null;
          const reason = englishText("reason.key-not-in-master", { master: joined.master });
          this.ledger.record(sheet, entry.row, "skipped", reason, work.analysis.range || undefined);
          unjoined.push({ row: entry.row, key: cellText(cell) });
          continue;
        }
      }

      if (
        work.dependants &&
        dependantsClient !== null &&
        nameColumn !== null &&
        isDependantRow(work.dependants, cells)
      ) {
        // A dependant's row under their member's: family of that member, never a client.
        const person = normalizeRow(
          work.ctx,
          entry.row,
          asPersonRow(work.dependants, cells, nameColumn)
        );
        this.issues.push(...this.placeIssues(work, person.issues));
        this.candidates.push({
          sheet: "Family",
          record: dependantMember(work.dependants, person.record, work.mappings, cells),
          origin: originOf(sheet, entry.row, work.analysis.range),
          followers: [],
          clientRef: dependantsClient,
          accounted: true,
        });
        dependantMembers++;
        previousData = null;
        continue;
      }

      if (entry.kind === "continuation") {
        const group = groups.get(entry.continues as number);
        if (!group || !group.main || !group.mainRow) {
          this.reject(
            work,
            entry.row,
            cells,
            `it continues row ${entry.continues}, which was rejected.`,
            {
              code: "reason.continues-rejected",
              params: { continues: entry.continues as number },
            }
          );
          continue;
        }
        if (entry.details) {
          // A row under its client's heading (a branch, a site): its values, by header, in notes.
          const text = detailsText(cells, work.mappings);
          if (text !== "") (group.memos ??= []).push(text);
          group.main.followers.push(originOf(sheet, entry.row, work.analysis.range));
          continue;
        }
        if (entry.memo) {
          // The rest of a memo the export broke over rows: its text joins the record's notes.
          const text = memoText(cells);
          if (text !== "") (group.memos ??= []).push(text);
          memoLines++;
          this.ledger.record(
            sheet,
            entry.row,
            "skipped",
            en["reason.memo-line"],
            work.analysis.range || undefined
          );
          continue;
        }
        if (nameColumn !== null && isBlankCell(cells[nameColumn] ?? null)) {
          cells = [...cells];
          cells[nameColumn] = work.rowAt(entry.continues as number)[nameColumn] ?? null;
        }
        if (work.isCompany >= 0) cells = withKindWord(cells, work.isCompany);
        const normalized = normalizeRow(work.ctx, entry.row, cells);
        this.issues.push(...normalized.issues);
        if (entry.adds || group.contact) (group.adds ??= []).push(normalized);
        else group.rows.push(normalized);
        group.main.followers.push(originOf(sheet, entry.row, work.analysis.range));
        continue;
      }

      const own = cells;
      cells = this.inheritClientLink(work, entry.row, cells, linkColumns, previousData, filledDown);
      const linkedAbove = cells !== own ? previousData : null;
      previousData = { row: entry.row, cells };
      const role = partners?.roleOf(cells) ?? null;
      if (partners && role?.role === "address") {
        partners.address(entry.row, cells, role);
        groups.set(entry.row, { main: null, mainRow: null, rows: [] });
        continue;
      }
      if (work.isCompany >= 0) cells = withKindWord(cells, work.isCompany);
      const grouped = work.numbered ? groupRows(work.numbered, cells, linkColumns) : null;
      if (grouped) cells = grouped.first;
      // A row filling only the plan (its actual date blank) is a visit still planned.
      const plannedCells = work.planTwins.length > 0 ? plannedOnly(work.planTwins, cells) : null;
      if (plannedCells) cells = plannedCells;
      let normalized = normalizeRow(work.ctx, entry.row, cells);
      // A client named by a heading over its branches or stores is an organisation.
      if (
        work.analysis.groupOrganisations &&
        work.analysis.groupHeadings?.includes(entry.row) &&
        (normalized.record.kind ?? null) === null
      )
        normalized.record.kind = "enterprise";
      if (nameColumn !== null && rejectedForBlankName(normalized, "name")) {
        slots ??= new EmptySlots(work.analysis.columnValues);
        if (slots.isEmpty(cells)) {
          previousData = null;
          const reason = en["reason.empty-slot"];
          this.ledger.record(sheet, entry.row, "skipped", reason, work.analysis.range || undefined);
          emptyRows.push(entry.row);
          continue;
        }
        const visitor = visitorReason(work.mappings, nameColumn, cells);
        if (visitor) {
          previousData = null;
          this.skipRow(work, entry.row, visitor);
          continue;
        }
        // The name cell is blank but the row names its person otherwise (the contact written
        // whole where no firm is, a nickname, a phone …).
        const own = contactStandIn(work.mappings, contact, cells);
        const standIn = own ?? standInOf(standIns, cells);
        if (
          standIn &&
          onlyTellsApart(work.mappings, nameColumn, standIn.column) &&
          this.rowsReadWith(work, entry.row).length === 0 &&
          ((namesNearlyAll ??= namesItsPeople(
            work.analysis.columnValues,
            nameColumn,
            NAMED_NEARLY_EVERYWHERE,
            contact
          )) ||
            (stubs ??= namelessRowsAreStubs(
              work.mappings,
              work.analysis.columnValues,
              nameColumn,
              contact
            )))
        ) {
          previousData = null;
          this.skipRow(
            work,
            entry.row,
            namesNearlyAll ? "reason.number-only" : "reason.unfilled-stub"
          );
          continue;
        }
        if (standIn) {
          const named = [...cells];
          named[nameColumn] = standIn.name;
          // The person is the client here, not a contact of their own.
          if (own) for (const c of contact) named[c] = null;
          const again = normalizeRow(work.ctx, entry.row, named);
          if (!again.rejected) {
            cells = named;
            normalized = again;
            standInTally.add(standIn.column, standIn.name);
            // A person's own name where the list's firms stand: a private customer.
            if (own && !work.mappings.some((m) => m.field === "kind"))
              normalized.record.kind = "person";
          }
        } else if (
          this.rowsReadWith(work, entry.row).length === 0 &&
          holdsLineDetails(work.mappings, nameColumn, cells) &&
          (namesPeople ??= namesItsPeople(work.analysis.columnValues, nameColumn))
        ) {
          previousData = null;
          this.skipRow(work, entry.row, "reason.nameless-line");
          continue;
        }
      }
      this.issues.push(...this.placeIssues(work, normalized.issues));
      if (normalized.rejected) {
        const coded = normalized.rejectedCode ?? { code: normalized.rejected, params: {} };
        this.reject(work, entry.row, cells, normalized.rejected, coded);
        this.rejectFollowerRows(work, entry.row, normalized.rejected);
        groups.set(entry.row, { main: null, mainRow: null, rows: [] });
        dependantsClient = null;
        continue;
      }
      if (householdPolicies) {
        this.householdPolicyRow(work, householdPolicies, entry.row, own, normalized);
        continue;
      }
      if (
        work.key === "Clients" &&
        work.household !== null &&
        householdClient !== null &&
        isRelativeRow(cells[work.household])
      ) {
        const member = householdMember(
          normalized.record,
          work.mappings,
          cells,
          work.household,
          work.held?.taken
        );
        this.candidates.push({
          sheet: "Family",
          record: member,
          origin: originOf(sheet, entry.row, work.analysis.range),
          followers: [],
          clientRef: householdClient,
          accounted: true,
        });
        householdMembers++;
        if (work.held) {
          const read = heldPoliciesOfRow(work.held, entry.row, cells);
          const made = this.rowRecordsOfClient(
            "Insurance",
            { records: insuredBy(read.policies, member, work), issues: read.issues },
            householdClient
          );
          heldRead += made;
          membersHeld += made;
        }
        continue;
      }
      if (partners && role?.role === "contact") {
        const contact = partners.contact(entry.row, normalized, role);
        groups.set(entry.row, { main: contact, mainRow: normalized, rows: [], contact: true });
        continue;
      }
      if (
        partners &&
        role?.role === "client" &&
        role.kind &&
        (normalized.record.kind ?? null) === null
      )
        normalized.record.kind = role.kind;
      if (work.parties?.contactsSheet && this.personWithoutAccount(work, entry.row, cells))
        continue;
      const candidate: Candidate = {
        sheet: work.key,
        record: normalized.record,
        origin: originOf(sheet, entry.row, work.analysis.range),
        followers: [],
        clientName: normalized.clientName,
        clientNameLabel: normalized.clientNameLabel,
        clientIdLabel: work.mappings.find((m) => m.field === "clientId")?.header ?? null,
        accounted: true,
        ...(plannedCells ? { planned: true } : {}),
        ...(joined ? { joined: true } : {}),
      };
      this.candidates.push(candidate);
      if (work.key === "Pipeline") dealRows.push({ candidate, cells: own });
      if (entry.group) groupNote(work, candidate.record, own, entry.group);
      if (work.key === "Clients") this.ownByTitle(work, candidate.record, entry.row);
      if (work.parties) this.dealParty(work, entry.row, cells, candidate);
      partners?.client(candidate);
      this.readFollowerRows(work, candidate, entry.row);
      if (linkColumns.length === 0 && work.key !== "Clients")
        candidate.clientRef = this.formClientAbove(work);
      if (work.sheetSubject && !candidate.clientRef) this.sheetSubjectOf(work, candidate);
      if (work.key === "Clients")
        groups.set(entry.row, { main: candidate, mainRow: normalized, rows: [] });
      if (work.balances) balancesRead += this.balanceAssets(work.balances, candidate, cells);
      if (work.visitLog) this.loggedVisits(work.visitLog, candidate, own);
      if (work.calls) {
        const call = callVisitOf(work.calls, own);
        if (call) {
          this.pushVisitOf(candidate, call);
          callsMade++;
        }
      }
      if (work.reviews) reviewsRead += this.reviewVisit(work.reviews, candidate, entry.row, cells);
      if (work.routedVisits.length > 0) this.routedVisit(work, candidate, own);
      if (work.factDate !== null) {
        const day = parseDate(own[work.factDate] ?? null);
        if (day.ok && day.value !== null) candidate.factDate = day.value;
      }
      if (work.relatives) {
        const read = relativesOfRow(work.relatives, entry.row, cells);
        relativesRead += this.rowRecordsOfClient(
          "Family",
          { records: read.members, issues: read.issues },
          candidate
        );
      }
      if (work.contacts && !partners)
        contactsRead += this.rowRecordsOfClient(
          "Contacts",
          contactsOfRow(work.contacts, entry.row, cells, candidate.record),
          candidate
        );
      if (work.tierColumn !== null)
        tiersRead += this.rowRecordsOfClient(
          "Tiers",
          tierOfRow(work.mappings[work.tierColumn], cells[work.tierColumn] ?? null, candidate),
          candidate
        );
      if (work.held) {
        const read = heldPoliciesOfRow(work.held, entry.row, cells);
        // On a household's row of the client themself (本人, 户主) the client is the insured.
        const insured =
          work.household !== null && isHeadRow(cells[work.household])
            ? insuredBy(read.policies, { memberName: normalized.record.name ?? null }, null)
            : read.policies;
        heldRead += this.rowRecordsOfClient(
          "Insurance",
          { records: insured, issues: read.issues },
          candidate
        );
      }
      if (work.household !== null) householdClient = candidate;
      if (work.dependants) dependantsClient = candidate;
      if (work.policyholders && normalized.clientName !== null) {
        // A row linked to the client of the row above holds no details of its own about them.
        const holder =
          linkedAbove?.holder ?? this.policyholder(work, entry.row, cells, normalized.clientName);
        if (holder) candidate.policyholder = holder;
        previousData.holder = holder ?? undefined;
      }
      const member = work.relation !== null && this.insuredFamily(candidate, cells[work.relation]);
      if (member) membersMade.add(member);
      if (grouped && grouped.later.length > 0)
        groupRecords += this.laterGroups(work, entry.row, candidate, grouped);
    }
    this.dealUpdates(work, dealRows);
    if (work.sheetSubject && work.sheetSubject.rows > 0) {
      const { subject, rows } = work.sheetSubject;
      this.issues.push(
        sheetIssue(
          sheet,
          "info",
          subject.from === "title" ? "import.sheet-subject-title" : "import.sheet-subject-name",
          {
            sheet,
            name: subject.name,
            count: rows,
            registerSheet: work.key,
            line: subject.line ?? "",
            row: subject.row ?? "",
          }
        )
      );
    }
    if (groupRecords > 0 && work.numbered) {
      const { groups } = work.numbered;
      const label = (i: number) => columnLabel(work.mappings[i].letter, work.mappings[i].header);
      this.issues.push(
        sheetIssue(sheet, "info", "import.numbered-groups", {
          count: groupRecords,
          registerSheet: work.key,
          first: [...groups[0].values()].map(label).join(", "),
          later: groups
            .slice(1)
            .flatMap((g) => [...g.values()])
            .map(label)
            .join(", "),
        })
      );
    }
    this.filledDownIssues(work, filledDown);
    if (emptyRows.length > 0)
      this.issues.push(
        sheetIssue(sheet, "info", "import.empty-slots", {
          count: emptyRows.length,
          rows: emptyRows.slice(0, 5).join(", "),
        })
      );
    if (joined && unjoined.length > 0)
      this.issues.push(
        sheetIssue(sheet, "warning", "import.derived-unmatched", {
          source: joined.master,
          column: joined.column,
          count: unjoined.length,
          rows: unjoined
            .slice(0, 5)
            .map((u) => u.row)
            .join(", "),
          keys: unjoined
            .slice(0, 3)
            .map((u) => u.key || "—")
            .join(", "),
        })
      );
    for (const { column, params } of standInTally.entries()) {
      const label = (i: number) => columnLabel(work.mappings[i].letter, work.mappings[i].header);
      this.issues.push({
        ...sheetIssue(sheet, "warning", "import.name-stand-in", {
          ...params,
          column: label(nameColumn as number),
          from: contact.includes(column) ? contact.map(label).join(" + ") : label(column),
        }),
        column: work.ctx.readers[nameColumn as number]?.label ?? null,
        field: "name",
      });
    }
    if (work.parties && work.parties.contacts.size > 0) {
      const { columns } = work.parties;
      const fields = [...columns.contactFields.keys()].map((i) =>
        columnLabel(work.mappings[i].letter, work.mappings[i].header)
      );
      this.issues.push(
        sheetIssue(sheet, "info", "import.contacts-from-deals", {
          count: work.parties.contacts.size,
          column: columns.personLabel,
          subject: columns.label,
          ...(fields.length > 0
            ? { with: "import.contacts-from-deals-fields", columns: fields.join(", ") }
            : {}),
        })
      );
    }
    if (membersMade.size > 0 && work.relation !== null) {
      const column = (i: number) => columnLabel(work.mappings[i].letter, work.mappings[i].header);
      const insured = columnOf(work.mappings, "insured");
      this.issues.push(
        sheetIssue(sheet, "info", "import.family-from-insured", {
          count: membersMade.size,
          insured: insured === null ? "" : column(insured),
          relation: column(work.relation),
        })
      );
    }

    if (balancesRead > 0 && work.balances) {
      const columns = work.balances.columns.map((c) =>
        columnLabel(work.mappings[c.index].letter, work.mappings[c.index].header)
      );
      this.issues.push(
        sheetIssue(
          sheet,
          "info",
          work.balances.byClass ? "import.assets-from-classes" : "import.assets-from-balance",
          {
            count: balancesRead,
            columns:
              columns.length > 2 && !work.balances.byClass
                ? `${columns[0]} … ${columns[columns.length - 1]}`
                : columns.join(", "),
          }
        )
      );
    }

    if (reviewsRead > 0 && work.reviews) {
      const { last, next } = work.reviews.columns;
      const columns = [last, next]
        .filter((i): i is number => i !== null)
        .map((i) => columnLabel(work.mappings[i].letter, work.mappings[i].header));
      this.issues.push(
        sheetIssue(sheet, "info", "import.visits-from-review-dates", {
          count: reviewsRead,
          columns: columns.join(", "),
        })
      );
    }

    if (relativesRead > 0 && work.relatives) {
      const columns = [...work.relatives.columns].map((i) =>
        columnLabel(work.mappings[i].letter, work.mappings[i].header)
      );
      this.issues.push(
        sheetIssue(sheet, "info", "import.family-from-columns", {
          count: relativesRead,
          columns: columns.join(", "),
        })
      );
    }

    if (contactsRead > 0 && work.contacts) {
      const label = (i: number) => columnLabel(work.mappings[i].letter, work.mappings[i].header);
      this.issues.push(
        sheetIssue(sheet, "info", "import.contacts-from-columns", {
          count: contactsRead,
          columns: work.contacts.all.map(label).join(", "),
        })
      );
    }

    if (tiersRead > 0 && work.tierColumn !== null) {
      const m = work.mappings[work.tierColumn];
      this.issues.push(
        sheetIssue(sheet, "info", "import.tiers-from-column", {
          count: tiersRead,
          column: columnLabel(m.letter, m.header),
        })
      );
    }

    if (heldRead > 0 && work.held) {
      const label = (i: number) => columnLabel(work.mappings[i].letter, work.mappings[i].header);
      const { products, premium } = work.held.columns;
      this.issues.push(
        sheetIssue(sheet, "info", "import.policies-from-held", {
          count: heldRead,
          products: label(products),
          ...(premium === null
            ? {}
            : { premiumNote: "import.policies-from-held-premium", premium: label(premium) }),
        })
      );
      if (membersHeld > 0 && work.household !== null)
        this.issues.push(
          sheetIssue(sheet, "info", "import.policies-of-household-members", {
            count: membersHeld,
            relation: label(work.household),
          })
        );
    }

    for (const { owner: title, names } of work.titleOwned.values()) {
      const { owner, line, row } = title;
      this.issues.push({
        ...sheetIssue(sheet, "info", "import.owner-from-title", {
          owner,
          line,
          count: names.size,
        }),
        row,
        field: "owner",
        value: owner,
      });
    }

    if (householdPolicies && householdPolicies.members > 0 && work.household !== null) {
      const m = work.mappings[work.household];
      const subject = work.policyholders?.madeFrom.column ?? "";
      this.issues.push(
        sheetIssue(sheet, "info", "import.policies-by-household", {
          relation: columnLabel(m.letter, m.header),
          subject,
          count: householdPolicies.members,
          policies: householdPolicies.relativesPolicies,
        })
      );
    }

    if (callsMade > 0 && work.calls) {
      const outcome = work.mappings[work.calls.outcome];
      const date = work.mappings[work.calls.date];
      this.issues.push(
        sheetIssue(sheet, "info", "import.visits-from-calls", {
          count: callsMade,
          outcome: columnLabel(outcome.letter, outcome.header),
          date: columnLabel(date.letter, date.header),
        })
      );
    }

    if (dependantMembers > 0 && work.dependants) {
      const { relation, memberName } = work.dependants;
      const shown = work.mappings[memberName ?? relation ?? 0];
      this.issues.push(
        sheetIssue(sheet, "info", "import.family-from-dependant-rows", {
          count: dependantMembers,
          column: columnLabel(shown.letter, shown.header),
        })
      );
      dependantEvidence(work.mappings, work.dependants);
    }

    if (householdMembers > 0 && work.household !== null) {
      const m = work.mappings[work.household];
      this.issues.push(
        sheetIssue(sheet, "info", "import.family-from-household", {
          count: householdMembers,
          relation: columnLabel(m.letter, m.header),
        })
      );
      householdEvidence(work.mappings, work.household);
    }

    for (const group of groups.values()) {
      if (!group.main || !group.mainRow) continue;
      if (group.rows.length > 0)
        this.foldGroup(group.main, group.mainRow, group.rows, work.mappings);
      if (group.adds) keepContinuationNotes(group.main.record, group.adds);
      if (group.memos) {
        const notes = group.main.record.notes;
        group.main.record.notes = [
          ...(typeof notes === "string" && notes !== "" ? [notes] : []),
          ...group.memos,
        ].join(NOTES_SEPARATOR);
      }
    }
    if (memoLines > 0)
      this.issues.push(sheetIssue(sheet, "info", "import.memo-lines", { count: memoLines }));
    partners?.finish();
  }

  /** A form's value issues name the row of their label, not the form's first row. */
  /**
   * The further groups of a row (Policy 2, Policy 3): each a record of its own, of the same client
   * as the row's first. An issue about a value names the column the value was written in.
   */
  private laterGroups(
    work: SheetWork,
    row: number,
    main: Candidate,
    grouped: { later: SourceCell[][]; groups: Map<string, number>[] }
  ): number {
    const numbered = work.numbered as NumberedGroups;
    const readers = work.ctx.readers;
    const header = (i: number) =>
      work.mappings[i].label || work.mappings[i].header || work.mappings[i].letter;
    let made = 0;
    grouped.later.forEach((cells, k) => {
      const labels = new Map<string, string>();
      const headers: [string, string][] = [];
      for (const [stem, i] of grouped.groups[k]) {
        const into = numbered.groups[0].get(stem);
        if (into === undefined || !readers[into] || !readers[i]) continue;
        labels.set(readers[into].label, readers[i].label);
        headers.push([`${header(into)}: `, `${header(i)}: `]);
      }
      const read = normalizeRow(work.ctx, row, cells);
      const issues = read.issues.map((issue) =>
        issue.column !== null && labels.has(issue.column)
          ? { ...issue, column: labels.get(issue.column) ?? issue.column }
          : issue
      );
      // What a later group's column kept in notes is told under that column's own header.
      if (typeof read.record.notes === "string")
        read.record.notes = headers.reduce(
          (notes, [from, to]) => notes.split(from).join(to),
          read.record.notes
        );
      this.issues.push(...this.placeIssues(work, issues));
      if (read.rejected) return;
      this.candidates.push({
        ...main,
        record: read.record,
        followers: [],
        accounted: false,
        clientName: read.clientName ?? main.clientName,
      });
      made++;
    });
    return made;
  }

  private placeIssues(work: SheetWork, issues: ImportIssue[]): ImportIssue[] {
    const form = work.analysis.form;
    if (!form) return issues;
    return issues.map((issue) => {
      const row = issue.row === form.top ? formIssueRow(form, issue.column) : null;
      return row === null ? issue : { ...issue, row };
    });
  }

  /**
   * The other source rows read into the record of `row`: a form's rows after its first, the lines
   * of a block printed one record per block of rows (block-records.ts).
   */
  private rowsReadWith(work: SheetWork, row: number): number[] {
    const form = work.analysis.form;
    if (form) return formFollowerRows(form);
    return work.analysis.foldedRows?.get(row) ?? [];
  }

  /**
   * A form, or a printed block, is one record: its other rows are accounted with it; a form is
   * said once.
   */
  private readFollowerRows(work: SheetWork, candidate: Candidate, row: number): void {
    const sheet = work.analysis.sheet.name;
    for (const other of this.rowsReadWith(work, row)) {
      this.sourceRows++;
      candidate.followers.push(originOf(sheet, other, work.analysis.range));
    }
    const form = work.analysis.form;
    if (!form) return;
    const params = {
      from: form.top,
      to: form.bottom,
      fields: form.fields.length,
      registerSheet: work.key,
    };
    this.issues.push({
      ...sheetIssue(sheet, "info", "import.form-read", params),
      row: form.top,
    });
    if (work.key !== "Clients") return;
    const list = this.formClients.get(sheet) ?? [];
    list.push({ top: form.top, candidate });
    this.formClients.set(sheet, list);
  }

  private rejectFollowerRows(work: SheetWork, row: number, reason: string): void {
    const what = work.analysis.form ? "form" : "record";
    for (const other of this.rowsReadWith(work, row)) {
      this.sourceRows++;
      this.ledger.record(
        work.analysis.sheet.name,
        other,
        "rejected",
        `part of the ${what} of row ${row}: ${reason}`,
        work.analysis.range || undefined
      );
    }
  }

  /**
   * A table that names no client, on a sheet holding a client's form above it (a 客户档案卡 with
   * 家庭成员 and 最近拜访 below the card), is that client's: a person reads the sheet as one client.
   */
  private formClientAbove(work: SheetWork): Candidate | undefined {
    const sheet = work.analysis.sheet.name;
    const top = work.analysis.block?.top ?? work.analysis.table?.bounds.top ?? 0;
    const above = (this.formClients.get(sheet) ?? []).filter((f) => f.top < top);
    const form = above[above.length - 1];
    if (!form) return undefined;
    const key = `${sheet}\u0000${work.analysis.range}`;
    if (!this.formLinkSaid.has(key)) {
      this.formLinkSaid.add(key);
      const name = cellText(form.candidate.record.name ?? null);
      this.issues.push({
        ...sheetIssue(sheet, "info", "import.linked-to-form", { row: form.top, name }),
        row: work.analysis.table?.firstDataRow ?? null,
      });
    }
    return form.candidate;
  }

  /**
   * A client row's balance (AUM, its latest month) becomes that client's asset held with us; in a
   * report by asset class, each class with a figure does. Returns how many were made.
   */
  /**
   * A client row's columns the caller sent to Visits (--map "跟進日期=Visits.visitOn"): one visit
   * of the row's client, when its date reads as a day; an unreadable date is told and kept in notes.
   */
  private routedVisit(work: SheetWork, client: Candidate, cells: readonly SourceCell[]): void {
    const record: RegisterRecord = {};
    const fields = sheetDef("Visits").fields;
    for (const { column, field } of work.routedVisits) {
      const cell = cells[column] ?? null;
      if (isBlankCell(cell)) continue;
      const def = fields.find((f) => f.key === field);
      if (def?.type === "date") {
        const parsed = parseDate(cell);
        if (parsed.ok) record[field] = parsed.value;
        else {
          const m = work.mappings[column];
          this.issues.push({
            sheet: work.analysis.sheet.name,
            row: client.origin.row,
            column: `${m.letter} (${m.header})`,
            field,
            value: cellText(cell),
            message: `${parsed.message} The cell was left empty and its value kept in notes.`,
            code: "value.unreadable-kept",
            params: { ...(parsed.params ?? {}), problem: parsed.code ?? parsed.message },
            severity: "warning",
          });
        }
      } else record[field] = cellText(cell);
    }
    if (record.visitOn === undefined) return;
    this.pushVisitOf(client, record);
  }

  /** A Visits record made from a client row (a routed column, a review date, a visit log). */
  private pushVisitOf(client: Candidate, record: RegisterRecord): void {
    this.candidates.push({
      sheet: "Visits",
      record,
      origin: client.origin,
      followers: [],
      clientRef: client,
      accounted: false,
    });
  }

  /**
   * The visit a client row's last and next dates of contact give (Last Review, Next Review), linked
   * to the client; a date that cannot be read stays in the client's notes. Returns 1 when made.
   */
  private reviewVisit(
    work: ReviewDatesWork,
    client: Candidate,
    row: number,
    cells: readonly SourceCell[]
  ): number {
    const read = reviewVisitOfRow(work, row, cells);
    this.issues.push(...read.issues);
    if (read.unread.length > 0) {
      const notes = cellText(client.record.notes ?? null);
      client.record.notes = [notes, ...read.unread].filter((t) => t !== "").join(NOTES_SEPARATOR);
    }
    if (!read.record) return 0;
    this.pushVisitOf(client, read.record);
    return 1;
  }

  /** The visits a client's visit-log cell lists, each one a Visits record of the client. */
  private loggedVisits(
    log: { column: number; year: number | null },
    client: Candidate,
    cells: readonly SourceCell[]
  ): void {
    const since = client.record.clientSince;
    for (const record of visitsOf(
      cells[log.column] ?? null,
      typeof since === "string" ? since : null,
      log.year
    ))
      this.pushVisitOf(client, record);
  }

  private balanceAssets(balances: BalanceColumns, client: Candidate, cells: readonly SourceCell[]) {
    const made = balanceAssets(balances, cells);
    for (const read of made)
      this.candidates.push({
        sheet: "Assets",
        record: read.record,
        origin: client.origin,
        followers: [],
        clientRef: client,
        accounted: false,
      });
    return made.length;
  }

  /**
   * Records a client row gives to another sheet (relatives named in its columns → Family, held
   * insurance types → Insurance) become that client's, with the issues of reading them.
   */
  private rowRecordsOfClient(
    sheet: "Family" | "Insurance" | "Tiers" | "Contacts",
    read: { records: readonly RegisterRecord[]; issues: readonly ImportIssue[] },
    client: Candidate
  ): number {
    this.issues.push(...read.issues);
    for (const record of read.records)
      this.candidates.push({
        sheet,
        record,
        origin: client.origin,
        followers: [],
        clientRef: client,
        accounted: false,
      });
    return read.records.length;
  }

  /** A policy's insured who is the client's relative becomes a family member of that client. */
  private insuredFamily(policy: Candidate, relation: SourceCell | undefined): string | null {
    const member = insuredMember(policy.record, policy.clientName ?? null, relation ?? null);
    if (!member) return null;
    member.clientId = policy.record.clientId ?? null;
    this.candidates.push({
      sheet: "Family",
      record: member,
      origin: policy.origin,
      followers: [],
      clientName: policy.clientName,
      clientNameLabel: policy.clientNameLabel,
      clientIdLabel: policy.clientIdLabel,
      accounted: false,
      policyholder: policy.policyholder,
    });
    const client = policy.clientName ?? cellText(policy.record.clientId ?? null);
    return `${client}\u0000${cellText(member.memberName)}`;
  }

  /**
   * One row of a policy list kept by household (關係 本人/戶長 on the client's rows, 配偶/長子 on
   * the relatives' rows below, and the policy columns on any row). The household's client is the
   * client of every policy in it; the person on the row is the policy's insured; each relative is
   * one family member of the client, however many rows hold their policies. A row with a blank
   * relation whose name is blank or repeats the row above is that person again (a second policy).
   * A row holding no policy adds none.
   */
  private householdPolicyRow(
    work: SheetWork,
    state: HouseholdPolicies,
    row: number,
    own: readonly SourceCell[],
    normalized: NormalizedRow
  ): void {
    const holders = work.policyholders as NonNullable<SheetWork["policyholders"]>;
    const sheet = work.analysis.sheet.name;
    const origin = originOf(sheet, row, work.analysis.range);
    const relation = own[work.household as number] ?? null;
    const ownName = cellText(own[holders.columns.subject] ?? null);
    const name = normalized.clientName ?? "";
    const samePerson =
      state.person !== null &&
      (ownName === "" || normaliseKey(ownName) === normaliseKey(state.person.name)) &&
      (cellText(relation) === "" || cellText(relation) === state.person.relation);
    let relative = samePerson
      ? (state.person as NonNullable<HouseholdPolicies["person"]>).relative
      : isRelativeRow(relation);
    if (relative && state.head === null) relative = false;
    const policy = holdsPolicy(normalized.record) ? normalized.record : null;

    let head = state.head;
    if (!relative && !samePerson) {
      head = name === "" ? null : this.policyholder(work, row, own, name);
      state.head = head;
    }
    if (!samePerson)
      state.person = { name, relation: cellText(relation), relative, memberMade: false };
    const person = state.person as NonNullable<HouseholdPolicies["person"]>;

    if (policy) {
      if (cellText(policy.insured ?? null) === "" && person.name !== "")
        policy.insured = person.name;
      this.candidates.push({
        sheet: "Insurance",
        record: policy,
        origin,
        followers: [],
        clientName: head ? cellText(head.record.name ?? null) : normalized.clientName,
        clientNameLabel: normalized.clientNameLabel,
        accounted: true,
        policyholder: head ?? undefined,
      });
      if (relative) state.relativesPolicies++;
    }
    if (relative && !person.memberMade && head) {
      const read = policyholderOf(holders.ctx, holders.columns, row, own, name);
      if (read) this.issues.push(...read.issues);
      const personal = work.mappings.map((m, i): ColumnMapping => {
        if (i === holders.columns.subject) return { ...m, field: "name" };
        return { ...m, field: holders.columns.fields.get(i) ?? m.field };
      });
      const elsewhere = new Set(
        work.mappings.flatMap((m, i) =>
          m.field !== null && i !== holders.columns.subject && !holders.columns.fields.has(i)
            ? [i]
            : []
        )
      );
      const member = householdMember(
        read?.record ?? { name },
        personal,
        own,
        work.household as number,
        elsewhere
      );
      this.candidates.push({
        sheet: "Family",
        record: member,
        origin,
        followers: [],
        accounted: policy === null,
        policyholder: head,
      });
      person.memberMade = true;
      state.members++;
      return;
    }
    if (policy) return;
    if (!samePerson && !relative && head) {
      // A client's row holding no policy of their own: the row makes the client.
      head.accounted = true;
      return;
    }
    this.ledger.record(
      sheet,
      row,
      "merged",
      `no policy: the person of the row above again`,
      work.analysis.range || undefined
    );
  }

  /**
   * A client of a table whose title names its owner (業務員：陳怡君) is that person's; on a sheet of
   * blocks each headed by its owner (客户经理：王丽 … 客户经理：陈志强), the owner of the row's block.
   */
  private ownByTitle(work: SheetWork, client: RegisterRecord, row: number): void {
    if (!work.titleOwner || cellText(client.owner ?? null) !== "") return;
    const title = work.titleOwner(row);
    if (!title) return;
    client.owner = title.owner;
    let owned = work.titleOwned.get(title.row);
    if (!owned) work.titleOwned.set(title.row, (owned = { owner: title, names: new Set() }));
    owned.names.add(normaliseKey(cellText(client.name ?? null)));
  }

  /**
   * The owner of each row of a table with no owner column, from the lines naming one: the line
   * above its header (業務員：陳怡君, read as before), and heading lines anywhere on the sheet above
   * the row (客户经理：王丽 over one block, 客户经理：陈志强 over the next). Null when none names one.
   */
  private ownersOfRows(analysis: SheetAnalysis): ((row: number) => TitleOwner | null) | null {
    const table = analysis.table as NonNullable<SheetAnalysis["table"]>;
    const title = ownerInTitle(analysis.sheet.rows.slice(0, table.headerRows[0] - 1));
    const name = analysis.sheet.name;
    const whole = this.sources.get(name);
    let headings = this.headings.get(name);
    if (!headings && whole) this.headings.set(name, (headings = ownerHeadings(whole.rows)));
    const inside = (headings ?? []).filter((h) => h.row <= table.lastDataRow);
    if (inside.length === 0) return title ? () => title : null;
    const header = table.headerRows[0] ?? table.firstDataRow - 1;
    return (row) => {
      let found: (typeof inside)[number] | undefined;
      for (const h of inside) {
        if (h.row >= row) break;
        found = h;
      }
      // A heading among the table's rows starts a block of its own; above the header, the
      // title's lines (in any layout) say the owner as before, else the last heading above.
      if (found && found.row > header) return found.owner;
      return title ?? found?.owner ?? null;
    };
  }

  /**
   * A pipeline with no deal id that names one prospect on several rows is a log of that deal's
   * updates (deal-updates.ts): its rows become one deal, told once for the sheet.
   */
  private dealUpdates(work: SheetWork, rows: readonly DealRow[]): void {
    if (rows.length < 2) return;
    const subjects = dealLogColumns(work.mappings);
    if (subjects === null) return;
    const sheet = work.analysis.sheet.name;
    const read = markDealUpdates(rows, subjects, `${sheet}!${work.analysis.range}`);
    if (read.rows === 0) return;
    this.issues.push(
      sheetIssue(sheet, "info", "import.deal-updates", {
        count: read.rows,
        deals: read.prospects.length,
        examples: read.prospects.slice(0, 3).join(", "),
      })
    );
  }

  /** The client a policy row's policyholder columns describe, as a candidate of its own. */
  /**
   * A row of a sheet whose name or title names its client, the row naming none itself: that
   * client is the row's. With no client list in the workbook, the client is made once per sheet
   * (as a log's clients are made from its client column) and the row linked to it; else the row
   * links to the list's client of that name.
   */
  private sheetSubjectOf(work: SheetWork, candidate: Candidate): void {
    const own = work.sheetSubject;
    if (!own || cellText(candidate.clientName ?? null) !== "") return;
    if (cellText(candidate.record.clientId ?? null) !== "") return;
    candidate.clientName = own.subject.name;
    candidate.clientNameLabel = work.analysis.sheet.name;
    own.rows++;
    if (this.clientList) return;
    if (!own.client) {
      const sheet = work.analysis.sheet.name;
      own.client = {
        sheet: "Clients",
        record: { name: own.subject.name },
        origin: candidate.origin,
        followers: [],
        accounted: false,
        madeFrom: { sheet, registerSheet: work.key, column: sheet, fields: [], what: "sheet" },
      };
      this.candidates.push(own.client);
    }
    candidate.policyholder = own.client;
  }

  private policyholder(
    work: SheetWork,
    row: number,
    cells: readonly SourceCell[],
    name: string
  ): Candidate | null {
    const holders = work.policyholders;
    if (!holders) return null;
    const read = policyholderOf(holders.ctx, holders.columns, row, cells, name);
    if (!read) return null;
    this.issues.push(...read.issues);
    this.ownByTitle(work, read.record, row);
    const sheet = work.analysis.sheet.name;
    const candidate: Candidate = {
      sheet: "Clients",
      record: read.record,
      origin: originOf(sheet, row, work.analysis.range),
      followers: [],
      accounted: false,
      madeFrom: holders.madeFrom,
    };
    this.candidates.push(candidate);
    return candidate;
  }

  /**
   * A child row with neither client name nor id right below a row that has one belongs to the
   * same client (the usual "ditto" layout); it takes the link from above, told once per column.
   */
  private inheritClientLink(
    work: SheetWork,
    row: number,
    cells: SourceCell[],
    linkColumns: number[],
    previous: { row: number; cells: SourceCell[] } | null,
    filled: FillDownTally
  ): SourceCell[] {
    // Only a name column is left blank this way; a blank id column in a register means "no client".
    const nameColumn = clientNameColumn(work.mappings);
    if (work.key === "Clients" || work.key === "Pipeline" || nameColumn === null || !previous)
      return cells;
    // A contacts export's blank account is a person at no account, not "the same as above".
    if (work.parties?.contactsSheet) return cells;
    if (!linkColumns.every((c) => isBlankCell(cells[c] ?? null))) return cells;
    if (linkColumns.every((c) => isBlankCell(previous.cells[c] ?? null))) return cells;
    if (
      writesClientOnEveryRow(work.analysis.profiles[nameColumn]) &&
      !startsOwnPolicy(work, cells, previous.cells)
    )
      return cells;
    const copy = [...cells];
    for (const c of linkColumns) copy[c] = previous.cells[c] ?? null;
    filled.add(nameColumn, row);
    return copy;
  }

  /**
   * The cells of data rows covered by a range merged down a column (a client, a handler, a region
   * written once over its rows) read as the value at the range's top: told once per column, as an
   * info, since the person wrote it so.
   */
  private mergedDownIssues(work: SheetWork): void {
    const { sheet, table } = work.analysis;
    if (!table) return;
    const merged = new FillDownTally();
    for (const m of sheet.merges) {
      if (m.bottom <= m.top || m.top < table.firstDataRow || m.top > table.lastDataRow) continue;
      if (isBlankCell(sheet.rows[m.top - 1]?.[m.left - 1] ?? null)) continue;
      for (let c = m.left; c <= Math.min(m.right, work.mappings.length); c++)
        for (let r = m.top + 1; r <= Math.min(m.bottom, table.lastDataRow); r++)
          merged.add(c - 1, r);
    }
    for (const { column, count, first, last } of merged.entries()) {
      const m = work.mappings[column];
      const label = columnLabel(m.letter, m.header);
      this.issues.push({
        sheet: sheet.name,
        row: first,
        column: work.ctx.readers[column]?.label ?? label,
        field: m.field,
        value: null,
        severity: "info",
        message: `Column ${label}: ${count} cells of merged ranges (rows ${first}–${last}) were read as the value written at the top of their range.`,
        code: "import.column-merged-down",
        params: { column: label, count, first, last },
      });
    }
  }

  /**
   * The blank client cells a sheet filled from the row above: the usual layout (the client named
   * on its first row only), told once per column with its count and rows, not once per row.
   */
  private filledDownIssues(work: SheetWork, filled: FillDownTally): void {
    this.mergedDownIssues(work);
    for (const { column, count, first, last } of filled.entries()) {
      const m = work.mappings[column];
      const label = columnLabel(m.letter, m.header);
      this.issues.push({
        sheet: work.analysis.sheet.name,
        row: first,
        column: work.ctx.readers[column]?.label ?? label,
        field: "clientId",
        value: null,
        severity: "warning",
        message: `Column ${label}: ${count} blank cells (rows ${first}–${last}) were filled from the row above; each of those rows belongs to the client named above it.`,
        code: "import.column-filled-down",
        params: { column: label, count, first, last },
      });
    }
  }

  /** One client over several rows: the company from its rows, and each named person as a contact. */
  private foldGroup(
    main: Candidate,
    mainRow: NormalizedRow,
    rows: NormalizedRow[],
    mappings: readonly ColumnMapping[]
  ): void {
    const headerOf = (key: string) => {
      const m = mappings.find((c) => c.field === key);
      return m?.label || m?.header || key;
    };
    const all = [mainRow, ...rows];
    const withContact = all.filter(
      (r) => typeof r.record.mainContact === "string" && r.record.mainContact !== ""
    );
    const personFields = new Set(PERSON_FIELDS);
    for (const r of rows) {
      const asContact = withContact.includes(r);
      const outcome = mergeInto(
        main.record,
        r.record,
        "first-wins",
        asContact ? personFields : new Set(),
        headerOf
      );
      for (const c of outcome.conflicts) {
        this.issues.push({
          sheet: main.origin.sheet,
          row: r.row,
          column: null,
          field: c.key,
          value: typeof c.other === "object" ? null : c.other,
          severity: "warning",
          message: `This row continues the client of row ${main.origin.row} but gives another ${c.key}; kept ${JSON.stringify(c.kept)}, the other value was put in notes.`,
          code: "import.continuation-conflict",
          params: { mainRow: main.origin.row, field: c.key, kept: JSON.stringify(c.kept) },
        });
      }
    }
    for (const r of withContact) {
      const contact: RegisterRecord = emptyRecord("Contacts");
      for (const [from, to] of Object.entries(CONTACT_FROM_CLIENT)) {
        const value = r.record[from];
        if (value !== null && value !== undefined) contact[to] = value;
      }
      this.candidates.push({
        sheet: "Contacts",
        record: contact,
        origin: originOf(main.origin.sheet, r.row, tableOf(main.origin)),
        followers: [],
        clientRef: main,
        accounted: false,
      });
    }
  }
}

/**
 * Duplicates within the source are merged first (link-merge), as if the register were empty; the
 * result is then merged into the register field by field against the remembered import state
 * (three-way-merge). Child rows may still link to clients only the register has.
 */
function mergeWithRegister(
  candidates: readonly Candidate[],
  analyses: readonly SheetAnalysis[],
  options: ImportOptions
): { records: RegisterRecords; rows: RowResult[]; issues: ImportIssue[]; state: ImportState } {
  const withSourceId = new Set(
    candidates.filter((c) => !isBlankCell(c.record.clientId ?? null)).map((c) => c.record)
  );
  const byRecord = new Map(candidates.map((c) => [c.record, c]));
  const phoneRegion =
    options.phoneRegion ?? phoneRegionForLang(guessLang(analyses.map((a) => a.mapping)));
  // The first imported table of a sheet names the columns in conflict messages and
  // labels the values a merge keeps in notes.
  const columns = new Map(
    analyses
      .filter((a) => a.mapping.registerSheet !== null)
      .reverse()
      .map((a) => [a.sheet.name, a.mapping.columns])
  );
  const newer = newerSheetOf(analyses);
  const linked = linkAndMerge(
    candidates,
    {},
    {
      phoneRegion,
      newer,
      registerClients: options.existing?.Clients ?? [],
      headerOf: (sheet, field) => {
        const m = columns.get(sheet)?.find((c) => c.field === field);
        return m?.label || m?.header;
      },
    }
  );
  const layouts = new Map(
    analyses.map((a) => [blockKey(a.sheet.name, a.range), layoutOf(a.mapping)])
  );
  const source: SourceRecord[] = SHEET_KEYS.flatMap((sheet) =>
    linked.records[sheet].map((record) => {
      const candidate = byRecord.get(record);
      const origin = candidate?.origin ?? null;
      return {
        sheet,
        record,
        origin,
        layout: (origin && layouts.get(blockKey(origin.sheet, tableOf(origin)))) || "",
        sourceId: withSourceId.has(record),
      };
    })
  );
  const state = migrateLayouts(
    options.state ?? EMPTY_IMPORT_STATE,
    analyses.map((a) => a.mapping)
  );
  const merged = threeWayMerge({
    source,
    register: options.existing ?? {},
    state,
    prefer: options.prefer,
    // The linked records are this import's own working copies.
    takeSourceRecords: true,
    columnOf: (sheet, field) => {
      const column = columns.get(sheet)?.find((c) => c.field === field);
      return column
        ? column.header
          ? `${column.letter} (${column.header})`
          : column.letter
        : null;
    },
  });
  const matchedAt = new Map<string, string>();
  const rowKey = (o: Origin) => `${blockKey(o.sheet, tableOf(o))}|${o.row}`;
  for (const [record, reason] of merged.matched)
    if (record.origin) matchedAt.set(rowKey(record.origin), reason);
  const rows = linked.rows.map((r): RowResult => {
    const reason = r.outcome === "imported" && matchedAt.get(rowKey(r.origin));
    return reason ? { origin: r.origin, outcome: "merged", reason } : r;
  });
  // One mapping per layout: earlier ones for layouts not seen this time, then this import's (what
  // it decided, and what a person chose: a sheet left out by hand is remembered too).
  const current = analyses.filter(
    (a) => a.table !== null && (a.mapping.registerSheet !== null || a.overridden)
  );
  const seen = new Set(current.map((a) => layoutOf(a.mapping)));
  const mappings = [
    ...state.mappings.filter((m) => !seen.has(m.layout)),
    ...current
      .filter((a, i) => current.findIndex((b) => layoutOf(b.mapping) === layoutOf(a.mapping)) === i)
      .map((a) => rememberedMapping(a.mapping, a.overridden)),
  ];
  return {
    records: merged.records,
    rows,
    issues: [...linked.issues, ...merged.issues],
    state: { records: merged.state.records, mappings },
  };
}

function sortIssues(issues: ImportIssue[], order: Map<string, number>): ImportIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        (order.get(a.issue.sheet) ?? -1) - (order.get(b.issue.sheet) ?? -1) ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.i - b.i
    )
    .map((x) => x.issue);
}

/**
 * Imports every sheet of a source workbook. Records come back with dates as "YYYY-MM-DD", money as
 * numbers, enums as keys and yes/no as booleans; with `existing`, they are the updated register.
 */
export function importWorkbook(
  given: readonly SourceSheet[],
  options: ImportOptions = {}
): ImportResult {
  const sheets = given.map(withoutBlankEnds);
  const overrides = parseOverrides(options.mapping, options.state);
  const analyses = analyseWorkbook(sheets, overrides);
  const clientList = analyses.some(
    (a) => a.table !== null && !a.loose && a.mapping.registerSheet === "Clients"
  );
  // A book that lists the clients' holdings sheet by sheet has its own assets: a client list's
  // AUM total beside them is their sum, not one more asset.
  const assetList = analyses.some(
    (a) => a.table !== null && !a.loose && a.mapping.registerSheet === "Assets"
  );
  const visitList = analyses.some(
    (a) => a.table !== null && !a.loose && a.mapping.registerSheet === "Visits"
  );
  const run = new WorkbookImport(options, clientList, assetList, visitList);
  run.sources = new Map(sheets.map((s) => [s.name, s]));
  run.issues.push(...overrides.issues);
  for (const analysis of analyses) run.addSheet(analysis);
  run.settleBlockSkips();
  if (options.releaseSource) {
    // Every row is read; only the sheets' names are used from here on.
    for (const analysis of analyses) {
      analysis.sheet.rows.length = 0;
      analysis.columnValues.length = 0;
    }
    for (const sheet of [...given, ...sheets]) sheet.rows.length = 0;
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const { planned, into, kept, issue } of takePlannedVisits(run.candidates, today)) {
    run.issues.push(issue);
    if (kept) continue;
    for (const origin of [planned.origin, ...planned.followers])
      run.ledger.record(
        origin.sheet,
        origin.row,
        into ? "merged" : "skipped",
        into ? `planned visit: the next visit of row ${into.origin.row}` : "planned visit",
        tableOf(origin)
      );
  }

  const merged = mergeWithRegister(run.candidates, analyses, options);
  for (const r of merged.rows)
    run.ledger.record(r.origin.sheet, r.origin.row, r.outcome, r.reason, tableOf(r.origin));

  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const rows = run.ledger
    .rows()
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || a.row - b.row);
  const summary = summarize(rows);
  if (summary.sourceRows !== run.sourceRows) {
    throw new Error(
      `Import bookkeeping error: ${run.sourceRows} source rows but ${summary.sourceRows} accounted for.`
    );
  }
  // A workbook of header-only tables (a template) shows how they would be read, to be saved.
  const template = showTemplateReadings(analyses) ? [templateIssue()] : [];
  return {
    summary,
    records: merged.records,
    issues: [
      ...outcomeFailures(rows),
      ...template,
      // Rows of a sheet that name no client (or one nobody has) are told once for the sheet.
      ...sortIssues([...run.issues, ...gatherLinkWarnings(merged.issues)], order),
    ],
    mappings: analyses.map((a) => a.mapping),
    rows,
    state: merged.state,
  };
}

/** The sheet and column mapping the import would use, for the wizard to show and adjust. */
export function previewMapping(
  sheets: readonly SourceSheet[],
  mapping?: Record<string, string>,
  state?: ImportState
): SheetMapping[] {
  const overrides = parseOverrides(mapping, state);
  const analyses = analyseWorkbook(sheets.map(withoutBlankEnds), overrides);
  showTemplateReadings(analyses);
  return analyses.map((a) => a.mapping);
}

/** The one line saying a workbook of header-only tables imported nothing (the CLI exits 1). */
function templateIssue(): ImportIssue {
  const code = "import.no-data-rows";
  return {
    sheet: "",
    row: null,
    column: null,
    field: null,
    value: null,
    severity: "error",
    message: renderMessage(code, {}, "en") ?? code,
    code,
    params: {},
  };
}

/** Each source sheet's layout fingerprint (by sheet name), to apply a saved mapping file. */
export function sourceLayouts(sheets: readonly SourceSheet[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const sheet of sheets) {
    const table = mainTableOf(sheet);
    if (table) out.set(sheet.name, layoutFingerprint(table));
  }
  return out;
}

/** An issue about a whole sheet (no row, column or value), its English text from the catalogue. */
function sheetIssue(
  sheet: string,
  severity: IssueSeverity,
  code: MessageCode,
  params: MessageParams = {},
  field: string | null = null
): ImportIssue {
  return {
    sheet,
    row: null,
    column: null,
    field,
    value: null,
    severity,
    message: englishText(code, params),
    code,
    params,
  };
}

/**
 * Client tabs of one layout are one list at different times (10月 / 11月): `newer(a, b)` is true
 * when tab `a` is the later snapshot of the list tab `b` holds (see snapshots.ts).
 */
const FACT_DATE_WORDS = FACT_DATE_HEADER_WORDS.asOf.map((w) => matchForm(w));

/**
 * A client list's column of the day each row's facts were true (风险测评日期, "As of", 更新日期):
 * of two rows of one client, the later day's is current.
 */
function factDateColumn(mappings: readonly ColumnMapping[]): number | null {
  const i = mappings.findIndex((m) => {
    const h = matchForm(m.header);
    return (
      h !== "" &&
      FACT_DATE_WORDS.some((w) => (/^[a-z]+$/.test(w) ? h === w || h.endsWith(w) : h.includes(w)))
    );
  });
  return i < 0 ? null : i;
}

function newerSheetOf(
  analyses: readonly SheetAnalysis[]
): (sheet: string, than: string) => boolean {
  const tabs = new Map<string, Tab>();
  for (const a of analyses)
    if (a.mapping.registerSheet === "Clients" && a.table && !tabs.has(a.sheet.name))
      tabs.set(a.sheet.name, { name: a.sheet.name, headers: a.table.columns.map((c) => c.text) });
  const list = [...tabs.values()];
  const places = snapshotPlaces(list);
  const placeOf = new Map(list.map((t, i) => [t.name, places.get(i)]));
  return (sheet, than) => {
    const a = placeOf.get(sheet);
    const b = placeOf.get(than);
    return a !== undefined && b !== undefined && a.group === b.group && a.rank > b.rank;
  };
}
