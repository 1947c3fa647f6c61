/** Reads a sheet's shape: where its table is, which register sheet it is, and how its columns map. */
import { headerlessContacts, mapHeaderlessContacts } from "./headerless-contacts";
import { preferClientsForAssetClasses } from "./balance-assets";
import { foldHeader, headerHasWord, namesLostSale, sheetBySpelling } from "../register/catalog";
import { foldScript } from "../register/vocabulary/fold";
import { SHEET_KEYS, type SheetKey } from "../register/types";
import {
  captionSheet,
  classifySheet,
  preferCaption,
  preferClientsWithoutEventDates,
  preferPipelineForDealEntities,
  preferPipelineForLostSales,
  complaintsOnlyWithAComplaint,
  preferVisitsForServiceCalls,
  preferVisitsForContactDates,
  servicesAtClients,
  preferHoldingForTerm,
  preferAssetsForLoans,
  loanPartHeaders,
  type SheetClassification,
} from "./classify-sheet";
import {
  mainTableIndex,
  sheetBlocks,
  type Block,
  type DetectedTable,
  type HeaderColumn,
  type SheetBlock,
} from "./detect-table";
import { fillGroupedColumns } from "./classify-rows";
import { groupSubject } from "./group-subject";
import { readHeader } from "./subject";
import { sheetIssue } from "./sheet-issue";
import { preferClientsForHouseholds, preferPoliciesForHouseholds } from "./household";
import { preferClientsForDependants } from "./dependant-rows";
import { holdsRelatives } from "./family-sheet";
import { foldBlocks } from "./block-records";
import { foldStackedRecords } from "./stacked-records";
import {
  formBlock,
  formNamesClient,
  readAsForm,
  sheetSubject,
  splitAtForms,
  titleSubject,
  type FormLayout,
} from "./form-sheet";
import { cellText, columnLetter, fillMergedDown, isBlankCell, rangeRef } from "./grid";
import {
  columnLabel,
  companyLikeValues,
  isLeftOut,
  mapColumns,
  setEvidence,
  UNMAPPED,
} from "./map-columns";
import { firmsOfSeveralPeople, organisationPeople } from "./firm-people";
import {
  DEFINING_FIELDS,
  preferClientsWithoutDefiningFields,
  readAsClientList,
} from "./defining-fields";
import { guessLang } from "./guess-lang";
import { notesField } from "../register/fields";
import {
  contactsAccountColumn,
  contactsTemplate,
  linkToAccount,
  mayBeContactsExport,
} from "./contacts-export";
import { EVENT_LOG_SHEETS, eventLogReading, keyEventRecords, preferEventLog } from "./event-log";
import {
  type EventRowsColumns,
  eventRowsReading,
  keyEventRows,
  partyRepetition,
  preferEventRows,
  timedColumns,
} from "./event-rows";
import { CLIENT_NAME_KEY, matchForm } from "./header-match";
import { hiddenColumnMapping, hiddenColumnsIssue, hiddenColumnsOf } from "./hidden-columns";
import { applyNoteUnit, noteColumns, noteUnitOf, readsAsNote, type NoteUnit } from "./side-note";
import { layoutFingerprint } from "./mapping-file";
import {
  addressTypeMapping,
  holdsAddressTypes,
  isCompanyValues,
  ownerFromUserId,
  repeatedNameMapping,
  repeatsName,
} from "./partner-rows";
import { legacyLayoutOf, type ImportState, type RememberedMapping } from "./import-state";
import { isHintRow } from "./hint-rows";
import { profileColumn, type ColumnProfile } from "./profile";
import { keyedHoldings } from "./keyed-holdings";
import { partyListReading } from "./party-list";
import { copiesNames, emailColumn, namedRowsOf, variesWithinName } from "./named-rows";
import { CALL_LOG_CONFIDENCE, callLogOf, mapCallLog, type CallLog } from "./call-log";
import { membersOfLog } from "./member-log";
import { buyersOfLog, isBuyerLogIssue, readAsBuyers } from "./buyer-log";
import { codeOnlyRows } from "./code-only-rows";
import { tradeDirection } from "./trade-direction";
import { namedAmong, namesOf, supplierColumn } from "./supplier-names";
import { CONTACT_PERSON_WORDS, TRADE_PARTY_WORDS } from "../register/vocabulary";
import { partyOfEachRow } from "./party-of-each-row";
import { complaintEvidence, complaintsAgainstOthers, noComplaintWhy } from "./complaint-evidence";
import { noContactWhy, partiesWithProfiles, visitDayOfMonth } from "./contact-evidence";
import { preferClientsForLeadLists } from "./lead-list";
import { DEAL_MISREAD_AS, dealPartyColumn, preferPipelineForDealStages } from "./deal-stages";
import {
  notDataOf,
  notRegisterData,
  blankItemForm,
  partyRepeats,
  type NotData,
  type NotDataKind,
} from "./sheet-kind";
import {
  CLIENT_EVIDENCE_MARGIN,
  clientEvidence,
  clientEvidenceScore,
  strongestAgainst,
  type EvidenceFeature,
} from "./client-evidence";
import type { MessageCode, MessageParams } from "../register/messages";
import { stripHeaderUnit } from "./normalize";
import { currentPeriodColumns, type PeriodGroup } from "./period-columns";
import { headerSet, sameLayout } from "./snapshots";
import { renderMessage } from "../register/messages";
import { linkedClientLists } from "./linked-client-list";
import { contactsWithoutParty, firmsWithOnePerson } from "./contact-party";
import { breakdownOf } from "./breakdown-sheets";
import { replacedBy } from "./replaced-records";
import {
  derivedSheets,
  headersOfTable,
  joinedSheets,
  joinsAnother,
  type DerivedWhy,
  type JoinedSheet,
} from "./derived-sheets";
import { clientLabelLines } from "./label-lines";
import { lookupTables } from "./lookup-tables";
import { plansOnOffer } from "./product-offers";
import { sideViews } from "./side-views";
import { trialSheets } from "./trial-sheets";
import { sortingNames } from "./sorting-names";
import { dailyReports } from "./daily-report";
import {
  preferClientsForPartyFigures,
  preferHoldingsForHeldThings,
  saleDocumentColumn,
} from "./party-figures";
import {
  decisionOf,
  readingsOf,
  subjectOf,
  unsureParams,
  unsureSummary,
  unsureWhy,
} from "./sheet-decision";
import type {
  ColumnMapping,
  ImportIssue,
  SheetMapping,
  SourceCell,
  SourceSheet,
  SubjectEvidence,
} from "./types";

/** The override value of "Sheet!*" that keeps a sheet out of the import. */
export const NOT_IMPORTED = "-";

export interface MappingOverrides {
  /** Per sheet (folded name): the register sheet it is, or null when the caller keeps it out. */
  sheets: Map<string, SheetKey | null>;
  /** Per sheet (by folded sheet name): header (match form) → field key. */
  perSheet: Map<string, Map<string, string>>;
  global: Map<string, string>;
  issues: ImportIssue[];
  /**
   * What the register remembers of earlier imports, by layout fingerprint (and legacy "H-"
   * fingerprint): a person's choices there apply again unless this import's overrides say otherwise.
   */
  remembered: Map<string, RememberedMapping>;
}

export interface SheetAnalysis {
  /**
   * The cells analysed: the whole sheet, or one block of it when the sheet holds several (rows
   * keep their numbers, the block's first column is index 0; see SheetBlock.view).
   */
  sheet: SourceSheet;
  table: DetectedTable | null;
  /** Where the block lies when the sheet holds several blocks (tables, loose cells); else null. */
  block: Block | null;
  /** "A3:S303" for a block of a sheet holding several; "" for a whole sheet. */
  range: string;
  /** Cells standing apart from the sheet's tables, without a header: not imported. */
  loose: boolean;
  /** Loose cells written beside a table's rows (a note on the sheet), not above, below or far off. */
  besideTable?: boolean;
  classification: SheetClassification;
  /** True when the caller named this sheet's kind ("Sheet!*=Clients"). */
  overridden: boolean;
  /** Set when the sheet is not register data (a catalogue, a pivot…): what it is and why. */
  notData: NotData | null;
  /** The values' profile per column (index = column − 1). */
  profiles: ColumnProfile[];
  mapping: SheetMapping;
  /** The data rows' values per column (index = column − 1). */
  columnValues: SourceCell[][];
  issues: ImportIssue[];
  /** The block is a form (label–value pairs): one record, read from its pairs (see form-sheet.ts). */
  form?: FormLayout;
  /** A list kept by client: its heading rows (1-based) name the client of the rows under them. */
  groupHeadings?: number[];
  /**
   * A list printed one record per block of rows (block-records.ts): each block's first row, with
   * the rows folded into it (blank in `sheet`, accounted with the first).
   */
  foldedRows?: Map<number, number[]>;
  /** The rows under the headings are the clients' branches or stores: the clients are organisations. */
  groupOrganisations?: boolean;
  /** The block holds a form that names no client (its labels, folded and sorted): see SheetOptions. */
  unnamedForm?: string;
  /** Fields read from columns repeated per period: a blank current cell takes the latest earlier one. */
  periods?: PeriodGroup[];
  /**
   * A header with no rows under it that reads as a register sheet's layout (an import template):
   * that sheet and its column mapping, shown only when the workbook holds no data rows at all.
   */
  template?: { registerSheet: SheetKey; confidence: number; columns: ColumnMapping[] };
  /** Read as a client list by what its header says names each row and by its values (party-list.ts). */
  byValues?: boolean;
  /** Read as Pipeline for a column saying how each row's deal stands (deal-stages.ts). */
  dealStages?: boolean;
  /** Read as the list of named rows the workbook most resembles, nothing else importing (named-rows.ts). */
  namedRows?: boolean;
  /**
   * A client sheet naming no one that adds its fields to the clients of another sheet through
   * their number (derived-sheets.ts joinedSheets): that sheet, the key column and its keys.
   */
  joined?: Pick<JoinedSheet, "keyColumn" | "column" | "keys"> & { master: string };
}

function formSignature(form: FormLayout): string {
  return form.fields
    .map((f) => matchForm(f.label))
    .sort()
    .join("|");
}

function sheetNameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

function sheetKeyOf(text: string): SheetKey | undefined {
  const direct = SHEET_KEYS.find((k) => k.toLowerCase() === text.trim().toLowerCase());
  return direct ?? sheetBySpelling(text)?.key;
}

/**
 * Parses caller overrides: "Header" → field, "Sheet!Header" → field on one sheet, "Sheet!*" → the
 * register sheet a source sheet is. Malformed entries become error issues, never exceptions.
 */
export function parseOverrides(
  mapping: Record<string, string> = {},
  state?: ImportState
): MappingOverrides {
  const out: MappingOverrides = {
    sheets: new Map(),
    perSheet: new Map(),
    global: new Map(),
    issues: [],
    remembered: new Map(),
  };
  for (const m of state?.mappings ?? []) out.remembered.set(m.layout, m);
  for (const [rawKey, rawValue] of Object.entries(mapping)) {
    const value = rawValue.trim();
    const bang = rawKey.lastIndexOf("!");
    const sheetName = bang >= 0 ? rawKey.slice(0, bang) : null;
    const header = bang >= 0 ? rawKey.slice(bang + 1).trim() : rawKey.trim();
    if (sheetName !== null && header === "*") {
      const key = value === NOT_IMPORTED ? null : sheetKeyOf(value);
      if (key !== undefined) out.sheets.set(sheetNameKey(sheetName), key);
      else {
        out.issues.push({
          sheet: sheetName,
          row: null,
          column: null,
          field: null,
          value,
          severity: "error",
          message: `The mapping "${rawKey}=${rawValue}" names no register sheet; use one of ${SHEET_KEYS.join(", ")}, or "-" to leave the sheet out.`,
          code: "map.no-register-sheet",
          params: { mapping: `${rawKey}=${rawValue}`, sheets: SHEET_KEYS.join(", ") },
        });
      }
      continue;
    }
    if (header === "") continue;
    if (sheetName === null) out.global.set(matchForm(header), value);
    else {
      const key = sheetNameKey(sheetName);
      const map = out.perSheet.get(key) ?? new Map<string, string>();
      map.set(matchForm(header), value);
      out.perSheet.set(key, map);
    }
  }
  return out;
}

/**
 * The data rows' values per column; rows with nothing in them are passed over, never walked. A
 * template's hint row (必填 / 选填, Required) stands blank: its words say nothing of the values.
 */
function columnValuesOf(sheet: SourceSheet, table: DetectedTable): SourceCell[][] {
  const columns: SourceCell[][] = table.columns.map(() => []);
  const first = table.firstDataRow - 1;
  const last = table.lastDataRow - 1;
  // A header written again over a further block of the table, and its titles, hold no values.
  const copies = new Set([
    ...(table.headerCopies?.copies ?? []),
    ...(table.headerCopies?.titles ?? []),
  ]);
  sheet.rows.forEach((row, r) => {
    if (r < first || r > last || !row) return;
    const hint = isHintRow(row) || copies.has(r + 1);
    for (let c = 0; c < columns.length; c++) columns[c].push(hint ? null : (row[c] ?? null));
  });
  return columns;
}

/**
 * Per table column, the data rows below a filled cell that a range merged down the column covers:
 * a name written once over its group reads as that name on every row of the group.
 */
function mergedRowsOf(sheet: SourceSheet, table: DetectedTable): number[] {
  const rows = table.columns.map(() => 0);
  for (const m of sheet.merges) {
    if (m.bottom <= m.top || m.top < table.firstDataRow || m.top > table.lastDataRow) continue;
    if (isBlankCell(sheet.rows[m.top - 1]?.[m.left - 1] ?? null)) continue;
    const below = Math.min(m.bottom, table.lastDataRow) - m.top;
    for (let c = m.left; c <= Math.min(m.right, rows.length); c++) rows[c - 1] += below;
  }
  return rows;
}

/**
 * The data rows' values per column (as columnValuesOf gives them) with each value merged down a
 * column written on every row the merge covers: a buyer's name merged over its order's item rows
 * names each of them, though only the first holds it.
 */
function mergeFilledValues(
  sheet: SourceSheet,
  table: DetectedTable,
  values: readonly (readonly SourceCell[])[]
): SourceCell[][] {
  const out = values.map((v) => v.slice());
  const filledRow = fillMergedDown(sheet, table.firstDataRow, table.lastDataRow);
  const first = table.firstDataRow - 1;
  const last = table.lastDataRow - 1;
  let at = 0;
  sheet.rows.forEach((row, r) => {
    if (r < first || r > last || !row) return;
    const cells = filledRow(r + 1);
    for (let c = 0; c < out.length; c++)
      if (at < out[c].length && isBlankCell(out[c][at])) out[c][at] = cells[c] ?? null;
    at++;
  });
  return out;
}

/** A table of one form's own lines written on every form of the sheet (HeaderCopies.formLines). */
function formLines(table: DetectedTable): NotData {
  const headers = table.columns
    .map((c) => c.text)
    .filter((t) => t !== "")
    .slice(0, 3);
  const params = { headers, forms: (table.headerCopies?.copies.length ?? 0) + 1 };
  const code = "sheet.why.form-lines";
  return notDataOf("form-lines", code, params);
}

/** A column's non-blank values and the rows down to its last one. */
function runOf(values: readonly SourceCell[]): { filled: number; extent: number } {
  let filled = 0;
  let extent = 0;
  values.forEach((v, i) => {
    if (cellText(v) === "") return;
    filled++;
    extent = i + 1;
  });
  return { filled, extent };
}

function unmappedColumns(table: DetectedTable, values: SourceCell[][]): ColumnMapping[] {
  return table.columns.map((col, i) => ({
    index: col.index,
    letter: columnLetter(col.index),
    header: col.text,
    field: null,
    confidence: 0,
    source: "none",
    samples: values[i]
      .filter((v) => cellText(v) !== "")
      .slice(0, 3)
      .map(cellText),
  }));
}

/** True when one of the caller's (or a remembered) mappings names the column by its header. */
function namedBy(
  maps: readonly ReadonlyMap<string, string>[],
  column: DetectedTable["columns"][number]
): boolean {
  return [column.text, ...column.candidates].some((t) => maps.some((m) => m.has(matchForm(t))));
}

/** The first column's first texts: where pivot tables and matrices put their row labels. */
function firstColumnTexts(values: readonly SourceCell[] | undefined): string[] {
  const out: string[] = [];
  for (const v of values ?? []) {
    if (typeof v === "string" && v.trim() !== "") out.push(v.trim());
    if (out.length >= 200) break;
  }
  return out;
}

/**
 * Reads a sheet: each block with a header is a table of its own (analysed and classified one by
 * one); blocks without a header beside tables are loose cells. A sheet with no table at all gives
 * one analysis without a table.
 */
/** What a person sees around a block besides its own cells. */
interface BlockContext {
  /** A client's form stands above the block on its sheet: the block's rows are that client's. */
  underClient?: boolean;
  /** Other sheets name their clients by this table's own row ids: it is the client list. */
  clientList?: boolean;
  /** A log of transactions whose rows carry each member's own details: its members are the clients. */
  memberLog?: boolean;
  /**
   * The table has the layout of another sheet's log read as its buyers: it is that log too, though
   * its one buyer makes its lines read as a product list.
   */
  buyerLogLayout?: boolean;
  /** A list of people read as Contacts names no party they belong to: they are the clients. */
  peopleAsClients?: boolean;
  /**
   * A list of firms read as Contacts names one person at each firm: the firms are the clients, and
   * the column at this index names whom to ask for at each.
   */
  firmsAsClients?: { contact: number };
  /** Nothing else in the workbook is register data: a list of parties by its values is enough. */
  partiesByValues?: boolean;
  /** The table is a working list drawn from the client list whose own columns are a deal's. */
  dealsOfList?: boolean;
  /** Nothing in the workbook imports: the table is the list named by this column (and code). */
  namedRows?: { column: number; code: number | null };
}

export interface SheetOptions {
  /**
   * The sheet is one of several holding forms of one layout that name no client (one sheet per
   * account): its name is the form's client when no title line names one.
   */
  sheetAsSubject?: boolean;
  /** Other sheets name their clients by the ids of this sheet's main table (linked-client-list.ts). */
  clientList?: boolean;
  /** The sheet's main table is a log whose rows carry each member's own details (member-log.ts). */
  memberLog?: boolean;
  /** The sheet's main table has the layout of another sheet's log read as its buyers. */
  buyerLogLayout?: boolean;
  /**
   * The block of the log, by its range, when it is not the sheet's main table (a sales table
   * beside a larger purchase table).
   */
  logRange?: string;
  /** The sheet's main table lists people with no party to be contacts of (contact-party.ts). */
  peopleAsClients?: boolean;
  /** The sheet's main table lists firms with one person to call at each (contact-party.ts). */
  firmsAsClients?: { contact: number };
  /** Nothing else in the workbook imports: the main table may be a list of parties by its values. */
  partiesByValues?: boolean;
  /**
   * The block at this range (the main table when none is given) is drawn from the client list,
   * with a deal's columns of its own.
   */
  dealsOfList?: { range: string };
  /** Nothing in the workbook imports: the block at this range is a list named by this column. */
  namedRows?: { range: string; column: number; code: number | null };
}

export function analyseSheet(
  sheet: SourceSheet,
  overrides: MappingOverrides,
  options: SheetOptions = {}
): SheetAnalysis[] {
  // Lines told apart by a label in their first cell: those under the client's label are the list.
  const lines = clientLabelLines(sheet);
  if (lines) {
    const read = analyseSheet(lines.sheet, overrides, options);
    const clients = read.find((a) => a.mapping.registerSheet === "Clients" && a.table !== null);
    if (clients) {
      clients.issues.push(
        sheetIssue(sheet.name, "import.label-lines", {
          label: lines.label,
          count: lines.clients,
          others: lines.others,
        })
      );
      return read;
    }
  }
  const blocks = splitAtForms(sheet, sheetBlocks(sheet));
  const forms = blocks.map((b) => formBlock(b));
  const main = mainTableIndex(blocks.map((b, i) => forms[i] ?? b));
  if (main < 0) return [analyseBlock(sheet, null, null, "", overrides, true, "")];
  const several = blocks.length > 1;
  const analyse = (
    view: SourceSheet,
    table: DetectedTable,
    bounds: Block,
    isMain: boolean,
    context: BlockContext = {}
  ) =>
    analyseBlock(
      view,
      table,
      several ? bounds : null,
      several ? rangeRef(bounds) : "",
      overrides,
      isMain,
      titleOf(view, table),
      context
    );
  /** The block read as a form (one record), or null when it is none. */
  const asForm = (b: SheetBlock, i: number): SheetAnalysis | null => {
    const form = forms[i];
    if (!form) return null;
    // A facts block (Industry / Tier / Account manager) whose labels do not name the client: a
    // title line above it ("Account: Northwind Ltd"), or the sheet of one account, does.
    const unnamed = !formNamesClient(form.form);
    const subject = unnamed
      ? (titleSubject(b.view, b.bounds, form.form, b.offset) ??
        (options.sheetAsSubject ? sheetSubject(b.view, form.form) : null))
      : null;
    const named = subject ? formBlock(b, subject) : null;
    if (named) {
      const analysis = analyse(named.view, named.table, b.bounds, i === main);
      if (readAsForm(analysis.mapping)) return asFormAnalysis(analysis, named.form);
    }
    const analysis = analyse(form.view, form.table, b.bounds, i === main);
    if (readAsForm(analysis.mapping)) return asFormAnalysis(analysis, form.form);
    if (!unnamed || subject) return null;
    const plain = b.table
      ? analyse(b.view, b.table, b.bounds, i === main)
      : looseBlock(b.view, b.bounds, besideATable(b.bounds, blocks, b.view));
    return { ...plain, unnamedForm: formSignature(form.form) };
  };
  const read = blocks.map(asForm);
  // Tables under a client's form are about that client (its contacts, deals, next steps).
  const clientTops = read.flatMap((a) =>
    a?.form && a.mapping.registerSheet === "Clients" ? [a.form.top] : []
  );
  const analyses = blocks.map((b, i) => {
    const done = read[i];
    if (done) return done;
    const underClient = clientTops.some((top) => top < b.bounds.top);
    if (!b.table) return looseBlock(b.view, b.bounds, besideATable(b.bounds, blocks, b.view));
    const folded =
      foldBlocks(b.view, b.table, b.offset) ??
      foldStackedRecords(b.view, b.table, b.offset, b.bounds.top);
    const analysis = analyse(
      folded?.view ?? b.view,
      folded?.table ?? b.table,
      b.bounds,
      i === main,
      {
        underClient,
        clientList: options.clientList === true && i === main,
        memberLog:
          options.memberLog === true &&
          (options.logRange && several ? rangeRef(b.bounds) === options.logRange : i === main),
        buyerLogLayout: options.buyerLogLayout === true && i === main,
        peopleAsClients: options.peopleAsClients === true && i === main,
        ...(options.firmsAsClients && i === main ? { firmsAsClients: options.firmsAsClients } : {}),
        partiesByValues: options.partiesByValues === true && i === main,
        dealsOfList:
          options.dealsOfList !== undefined &&
          (options.dealsOfList.range && several
            ? rangeRef(b.bounds) === options.dealsOfList.range
            : i === main),
        ...(options.namedRows && (several ? rangeRef(b.bounds) : "") === options.namedRows.range
          ? { namedRows: { column: options.namedRows.column, code: options.namedRows.code } }
          : {}),
      }
    );
    return folded ? { ...analysis, foldedRows: folded.followers } : analysis;
  });
  unitsFromSideNotes(analyses);
  return analyses;
}

/**
 * A block read as a form: one record whose labels stand in a column, not in a header row. Its
 * mapping says so (no header row, the form's rows instead), so that a preview and a label of the
 * sheet see a form, not a table headed by its first pair.
 */
function asFormAnalysis(analysis: SheetAnalysis, form: FormLayout): SheetAnalysis {
  analysis.mapping.headerRows = [];
  analysis.mapping.formRows = [form.top, form.bottom];
  return { ...analysis, form };
}

/**
 * A column without a header in a table whose other columns have one, left to notes: a side note
 * someone wrote beside the rows ("备注：D级客户季度回访"). Its values are kept under the word for a
 * note in the sheet's language (备注 / 備註 / Notes), not under the bare column letter; with
 * several such columns, each with its letter. The column's unmapped issue names it so too.
 */
function labelSideNoteColumns(
  mapping: SheetMapping,
  issues: ImportIssue[],
  columnValues: readonly (readonly SourceCell[])[]
): void {
  const columns = mapping.columns;
  const headed = columns.filter((c) => c.header.trim() !== "").length;
  if (headed * 2 <= columns.length) return;
  const bare = columns.filter(
    (c, i) =>
      c.header.trim() === "" &&
      c.field === null &&
      !c.label &&
      !isLeftOut(c) &&
      (columnValues[i] ?? []).some((v) => !isBlankCell(v))
  );
  if (bare.length === 0) return;
  const word = notesField.label[guessLang([mapping])];
  for (const c of bare) {
    c.label = bare.length === 1 ? word : `${word} ${c.letter}`;
    for (const issue of issues) {
      if (issue.code !== "map.unmapped-notes" || issue.params?.header !== c.letter) continue;
      issue.params = { ...issue.params, header: c.label };
      issue.message = renderMessage("map.unmapped-notes", issue.params, "en") ?? issue.message;
    }
  }
}

/**
 * A note beside a sheet's table stating the unit of its amounts ("注：金额单位万元") gives that unit
 * to the table's amount columns it is about whose headers state none.
 */
function unitsFromSideNotes(analyses: readonly SheetAnalysis[]): void {
  for (const note of analyses) {
    if (!note.loose || !note.besideTable) continue;
    for (const row of note.sheet.rows)
      for (const cell of row ?? []) {
        if (typeof cell !== "string") continue;
        const unit = noteUnitOf(cell);
        if (!unit) continue;
        for (const table of analyses) {
          if (table.loose || !table.table || table.mapping.registerSheet === null) continue;
          table.issues.push(...noteUnitIssues(table.sheet.name, unit, table.mapping));
        }
      }
  }
}

/** The side-note issue of a note written in a table's header row. */
function sideNoteIssue(sheet: string, row: number, cell: string, text: string): ImportIssue {
  const params = { range: cell };
  return {
    sheet,
    row,
    column: null,
    field: null,
    value: text,
    severity: "info",
    message: renderMessage("import.side-note", params, "en") ?? "import.side-note",
    code: "import.side-note",
    params,
  };
}

/** Gives a note's unit to the amount columns it is about; one info issue when it gave any. */
function noteUnitIssues(sheet: string, unit: NoteUnit, mapping: SheetMapping): ImportIssue[] {
  if (mapping.registerSheet === null) return [];
  const given = applyNoteUnit(unit, mapping.columns, mapping.registerSheet);
  if (given.length === 0) return [];
  const scale =
    unit.unit.multiplier !== 1 ? `× ${unit.unit.multiplier.toLocaleString("en-US")}` : "";
  const params = {
    note: unit.note,
    columns: given.map((m) => columnLabel(m.letter, m.header)).join(", "),
    unit: [scale, unit.unit.currency ?? ""].filter((p) => p !== "").join(" "),
  };
  return [
    {
      sheet,
      row: null,
      column: null,
      field: null,
      value: unit.note,
      severity: "info",
      message: renderMessage("import.note-unit", params, "en") ?? "import.note-unit",
      code: "import.note-unit",
      params,
    },
  ];
}

/** The mapping of a note written as a column header: no field, no samples, and why. */
function noteColumnMapping(column: HeaderColumn, values: readonly SourceCell[]): ColumnMapping {
  const reason = { code: "map.why.side-note" as const, params: { header: column.text } };
  return {
    ...(values.some((v) => !isBlankCell(v)) ? { sideNote: true as const } : {}),
    index: column.index,
    letter: columnLetter(column.index),
    header: column.text,
    field: null,
    confidence: 1,
    source: "none",
    samples: [],
    reasons: [reason],
    evidence: [renderMessage(reason.code, reason.params, "en") ?? reason.code],
  };
}

/**
 * True when a block lies to the side of a table, within the rows of its data, or is a note in
 * one row beside its header ("Note: amounts in HKD").
 */
function besideATable(bounds: Block, blocks: readonly SheetBlock[], view: SourceSheet): boolean {
  const noteRow = bounds.top === bounds.bottom && isNoteRow(view.rows[bounds.top - 1]);
  return blocks.some(
    (b) =>
      b.table !== null &&
      (bounds.left > b.bounds.right || bounds.right < b.bounds.left) &&
      (bounds.top >= b.table.firstDataRow || (noteRow && bounds.top >= b.table.headerRows[0])) &&
      bounds.bottom <= b.table.lastDataRow
  );
}

/** A row whose every filled cell reads as a note (※ …, 注：…, Note: …). */
function isNoteRow(row: readonly SourceCell[] | undefined): boolean {
  const texts = (row ?? []).map((c) => cellText(c).trim()).filter((t) => t !== "");
  return texts.length > 0 && texts.every(readsAsNote);
}

/**
 * Fields whose values say who a row is about (not owner: a client list's 客户经理 column names
 * the staff serving the clients).
 */
const PEOPLE_FIELDS = new Set([
  "name",
  "clientName",
  "idNumber",
  "insured",
  "memberName",
  "mainContact",
]);

/** Named rows a client list has at least, for a log beside it to be read against it. */
const MIN_CLIENT_LIST = 3;
/**
 * A log's layout: its headers, folded. Blank headers at the right end are no part of it: one
 * quarter's sheet has a note column beside its invoices, the next has none.
 */
function logLayout(a: SheetAnalysis): string {
  const headers = headersOfTable(a).map(foldHeader);
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  return headers.join("|");
}

/**
 * Sheets of one log's layout (a month, a branch or a sister firm a sheet) are one log: when one of
 * them was read as its buyers, another of the same headers left out as lines of trade (one buyer
 * or two on all its rows, which makes them read as a product's) is read as its buyers too, its
 * columns mapped as the log's are.
 */
function readSheetsOfBuyerLogLayout(
  perSheet: SheetAnalysis[][],
  sheets: readonly SourceSheet[],
  overrides: MappingOverrides,
  buyerLogs: readonly SheetAnalysis[]
): void {
  if (buyerLogs.length === 0) return;
  const logs = new Map(buyerLogs.map((a) => [logLayout(a), a]));
  perSheet.forEach((list, i) => {
    const main = list.find(
      (a) =>
        !a.overridden &&
        a.table !== null &&
        !a.loose &&
        (a.notData?.kind === "transactions" ||
          a.notData?.kind === "catalogue" ||
          (a.notData === null && a.mapping.registerSheet === null))
    );
    const log = main && logs.get(logLayout(main));
    if (!main || !log || buyerLogs.includes(main)) return;
    const again = analyseSheet(sheets[i], overrides, {
      memberLog: true,
      buyerLogLayout: true,
      ...(main.mapping.range ? { logRange: main.mapping.range } : {}),
    });
    const buyers = again.find(
      (a) => a.mapping.registerSheet === "Clients" && a.mapping.range === main.mapping.range
    );
    if (!buyers) return;
    buyers.mapping.columns = buyers.mapping.columns.map((c, at) => {
      const theirs = log.mapping.columns[at];
      return theirs ? { ...c, field: theirs.field, confidence: theirs.confidence } : c;
    });
    const issue = buyersOfLog(buyers, { fewBuyers: true });
    if (!issue) return;
    buyers.issues.push(issue);
    perSheet[i] = again;
  });
}

/**
 * Reads every sheet of a workbook. Beyond each sheet on its own, a person sees that sheets about
 * the same people as a staff list (an HR workbook's contracts, family members, education records
 * keyed by the employees' names and ID numbers) are staff records too, not clients.
 */
export function analyseWorkbook(
  sheets: readonly SourceSheet[],
  overrides: MappingOverrides
): SheetAnalysis[] {
  const perSheet = sheets.map((sheet) => analyseSheet(sheet, overrides));
  // One sheet per account: forms of one layout on several sheets, none naming its client.
  const layouts = new Map<string, number>();
  for (const list of perSheet)
    for (const sig of new Set(list.flatMap((a) => (a.unnamedForm ? [a.unnamedForm] : []))))
      layouts.set(sig, (layouts.get(sig) ?? 0) + 1);
  perSheet.forEach((list, i) => {
    if (list.some((a) => a.unnamedForm && (layouts.get(a.unnamedForm) ?? 0) >= 2))
      perSheet[i] = analyseSheet(sheets[i], overrides, { sheetAsSubject: true });
  });
  // The table other sheets name their clients by, through its own row ids, is the client list.
  const lists = linkedClientLists(perSheet.flat());
  perSheet.forEach((list, i) => {
    const linked = lists.get(sheets[i].name);
    if (!linked) return;
    const again = analyseSheet(sheets[i], overrides, { clientList: true });
    const clients = again.find((a) => a.mapping.registerSheet === "Clients");
    if (!clients) return;
    clients.issues.push(linked.issue);
    perSheet[i] = again;
  });
  // A list of people read as Contacts that names no party they belong to, in a workbook with no
  // client list, is the list of clients (contact-party.ts).
  for (const people of contactsWithoutParty(perSheet.flat())) {
    const i = sheets.findIndex((s) => s.name === people.sheet.name);
    if (i < 0) continue;
    const again = analyseSheet(sheets[i], overrides, { peopleAsClients: true });
    const clients = again.find((a) => a.mapping.registerSheet === "Clients");
    if (!clients) continue;
    clients.issues.push(sheetIssue(sheets[i].name, "import.people-as-clients", {}));
    perSheet[i] = again;
  }
  // A list of firms with one person to call at each, whose firms no other table lists as clients,
  // is the list of clients: the firms, and whom to ask for there (contact-party.ts).
  for (const { list, contact } of firmsWithOnePerson(perSheet.flat())) {
    const i = sheets.findIndex((s) => s.name === list.sheet.name);
    if (i < 0) continue;
    const again = analyseSheet(sheets[i], overrides, { firmsAsClients: { contact } });
    const clients = again.find((a) => a.mapping.registerSheet === "Clients");
    if (!clients) continue;
    clients.issues.push(sheetIssue(sheets[i].name, "import.firms-as-clients", {}));
    perSheet[i] = again;
  }
  // With no client list anywhere, a log whose rows carry each member's own details is how the
  // workbook keeps its members (member-log.ts), and a log naming its buyers again and again keeps
  // them as its buyers (buyer-log.ts).
  // A table read as Clients that names nobody (its client words fit, no column holds the names) is
  // no client list: it may be such a log itself, its buyers under a header values made a rep's.
  // Two names or one (an account lookup's pair of lines, a settings block) list no clients: a log
  // beside them still keeps its own.
  const namesClients = (a: SheetAnalysis) => a.mapping.columns.some((c) => c.field === "name");
  const namedRows = (a: SheetAnalysis) => {
    const at = a.mapping.columns.findIndex((c) => c.field === "name");
    return (a.columnValues[at] ?? []).filter((v) => cellText(v) !== "").length;
  };
  const clientList = (a: SheetAnalysis) =>
    a.table !== null &&
    !a.loose &&
    a.mapping.registerSheet === "Clients" &&
    namesClients(a) &&
    namedRows(a) >= MIN_CLIENT_LIST;
  // A log of contacts naming its client on every row (a rep's calls and visits) is where the
  // workbook keeps its clients as surely: an order or delivery log beside it lists none of them.
  const contactLog = (a: SheetAnalysis) => {
    const at = a.mapping.columns.findIndex((c) => c.field === CLIENT_NAME_KEY);
    return (
      a.table !== null &&
      !a.loose &&
      a.mapping.registerSheet === "Visits" &&
      at >= 0 &&
      (a.columnValues[at] ?? []).filter((v) => cellText(v) !== "").length >= MIN_CLIENT_LIST
    );
  };
  // A table read as another register sheet whose rows no column says are whose (an order export
  // read as holdings by its amounts) is left out as unsure: it may be such a log too.
  const namesNoParty = (a: SheetAnalysis) => {
    const key = a.mapping.registerSheet;
    if (a.notData !== null || key === null || key === "Clients" || a.table === null) return false;
    const values = mergeFilledValues(a.sheet, a.table, a.columnValues);
    const subject = subjectOf(key, a.mapping.columns, values);
    return (
      unsureWhy(key, subject, a.mapping.columns, a.profiles)?.code === "sheet.unsure.no-subject"
    );
  };
  // A table read as holdings whose rows are each a sale's paper made out to a party (an invoice
  // list's INVOICE | DUE DATE | VALUE | COMPANY, an order export's Order ID | Retailer Name | Order
  // Amount), naming nothing held, may be a log of sales too: its buyers decide (buyersOfLog).
  // The column of the sale papers on such a table, else -1.
  const salePapersOf = (a: SheetAnalysis) =>
    a.notData === null && a.mapping.registerSheet === "Assets" && a.table !== null
      ? saleDocumentColumn(
          a.mapping.columns.map((c) => c.header),
          a.profiles
        )
      : -1;
  const buyerLogs: SheetAnalysis[] = [];
  if (!perSheet.flat().some((a) => clientList(a) || contactLog(a)))
    perSheet.forEach((list, i) => {
      const log = list.find((a) => a.notData?.kind === "transactions" && !a.overridden);
      // A pivot copied out as values (a caption kept as a header), a report read as a summary by
      // its name (an ageing report is one row per open invoice) or a table no register sheet's
      // headers fit may be such a log too: its values decide (buyersOfLog).
      const other = list.find(
        (a) =>
          !a.overridden &&
          a.table !== null &&
          !a.loose &&
          (a.notData?.kind === "pivot" ||
            a.notData?.kind === "summary" ||
            (a.notData === null && a.mapping.registerSheet === null) ||
            (a.notData === null && a.mapping.registerSheet === "Clients" && !namesClients(a)) ||
            namesNoParty(a) ||
            salePapersOf(a) >= 0)
      );
      const salePapersAt = other ? salePapersOf(other) : -1;
      if (!log?.notData && !other) return;
      const logRange = (log ?? other)?.mapping.range;
      const again = analyseSheet(sheets[i], overrides, {
        memberLog: true,
        ...(logRange ? { logRange } : {}),
      });
      const members = again.find((a) => a.mapping.registerSheet === "Clients");
      const headers = log?.notData?.params.headers;
      const shown = typeof headers === "object" ? headers : [];
      // A blotter's money goes both ways: the book's own buys and sales, no buyer's (trade-lines.ts).
      const blotter = log?.notData?.code === "sheet.why.trades";
      const issue =
        members &&
        ((log ? membersOfLog(members, shown) : null) ??
          (blotter
            ? null
            : buyersOfLog(members, {
                salePapersAt,
                ...(members.table
                  ? {
                      filledValues: mergeFilledValues(
                        members.sheet,
                        members.table,
                        members.columnValues
                      ),
                    }
                  : {}),
              })));
      if (!members || !issue) return;
      if (isBuyerLogIssue(issue)) buyerLogs.push(members);
      members.issues.push(issue);
      perSheet[i] = again;
    });
  readSheetsOfBuyerLogLayout(perSheet, sheets, overrides, buyerLogs);
  readDealsOfDrawnLists(perSheet, sheets, overrides);
  readTrackersOfDealShape(perSheet, sheets, overrides);
  const analyses = perSheet.flat();
  markTablesAboutSuppliers(analyses);
  markListsOfOwnUnits(analyses);
  markTablesAboutTheWorkbook(analyses, sheets);
  markTrialSheets(analyses);
  markSortingNames(analyses);
  markCodeOnlyRows(analyses);
  markDailyReports(analyses);
  markListsOfTheSamePeople(analyses);
  markHoldingsBesideTheirSheet(analyses);
  markPlansOnOffer(analyses);
  markBreakdowns(analyses);
  markReplacedRecords(analyses);
  markSideViews(analyses);
  markDerivedSheets(analyses);
  markJoinedSheets(analyses);
  markLookupTables(analyses);
  markStaffServingClients(analyses);
  markProfilesOfClients(analyses);
  markPhoneBookBesideGuests(analyses);
  markPeopleListedElsewhere(
    analyses,
    (a) => a.notData?.code.startsWith("sheet.why.staff") === true,
    (a, source, share) =>
      markNotData(a, "sheet.why.staff-people", { sheet: source.sheet.name, share }, "lookup")
  );
  // A selection of a list of students, players or staff (its Gents and Ladies, a team's half) is
  // of those people too: they are no clients on the sheet drawn from it either.
  markPeopleListedElsewhere(
    analyses,
    (a) => a.notData?.code === "sheet.why.row-role",
    (a, source, share) =>
      markNotData(
        a,
        "sheet.why.role-people",
        { sheet: source.sheet.name, share, role: source.notData?.params.role ?? "" },
        "people"
      ),
    true
  );
  // Last, so the list beside a log is one still read as the clients (no view, copy or draft).
  markLogsBesideClientList(analyses);
  // A tab read for its named rows as the last resort may be one day of a daily report.
  return leaveOutDailyReports(
    namedRowsOfLastResort(
      partiesOfLastResort(decideTables(analyses), sheets, overrides),
      sheets,
      overrides
    )
  );
}

/** Fields of a deal a working list's own columns give (Estimated Sale, Next Action, Lead Status). */
const DEAL_FIELDS = new Set([
  "expectedValue",
  "nextAction",
  "stage",
  "probability",
  "expectedClose",
]);
/** Own columns read as a deal's fields, at least. */
const MIN_DEAL_COLUMNS = 2;

/**
 * A working list drawn from the client list (the same people again) whose own columns are a deal's
 * — what the sale may be worth, the next action, the lead's stage — is the pipeline of those
 * clients, one deal per row, not a copy to leave out: each such sheet is read again as Pipeline,
 * and kept so when two of its own columns or more read as a deal's fields.
 */
function readDealsOfDrawnLists(
  perSheet: SheetAnalysis[][],
  sheets: readonly SourceSheet[],
  overrides: MappingOverrides
): void {
  for (const d of derivedSheets(perSheet.flat())) {
    if (d.why !== "own-columns" || d.derived.overridden) continue;
    if (d.derived.mapping.registerSheet !== "Clients") continue;
    const i = sheets.findIndex((s) => s.name === d.derived.sheet.name);
    if (i < 0) continue;
    const range = d.derived.mapping.range ?? "";
    const again = analyseSheet(sheets[i], overrides, { dealsOfList: { range } });
    const deals = again.find(
      (a) => a.mapping.registerSheet === "Pipeline" && (a.mapping.range ?? "") === range
    );
    const own = new Set(d.own.map(foldHeader));
    const dealColumns = (deals?.mapping.columns ?? []).filter(
      (c) => c.field !== null && DEAL_FIELDS.has(c.field) && own.has(foldHeader(c.header))
    );
    if (!deals || dealColumns.length < MIN_DEAL_COLUMNS) continue;
    // The column naming the list's records names each deal's party: the client listed there.
    const key = deals.mapping.columns.find((c) => foldHeader(c.header) === foldHeader(d.column));
    if (key && key.field === null) {
      for (const c of deals.mapping.columns)
        if (c.field === "prospect")
          Object.assign(c, { field: null, confidence: 0, source: "none" });
      Object.assign(key, { field: "prospect", confidence: 1, source: "alias" });
      setEvidence(key, [{ code: "map.why.drawn-client", params: { sheet: d.source.sheet.name } }]);
    }
    perSheet[i] = again;
  }
}

/** Headers a tracker of the same shape shares with one read as deals, at least. */
const MIN_SHARED_HEADERS = 3;
/** …and this share of its own headers. */
const SHARED_HEADER_SHARE = 2 / 3;

/**
 * One tracker kept a tab per salesperson (Ritu | Pooja | Neha), each tab headed its own way but in
 * one shape (Company | Product | Status | Location): when one tab was read as deals for the stages
 * its status column gives (deal-stages.ts), another tab of the same shape — the deal's party under
 * the same header, most of its headers the same — whose status holds news rather than a stage is
 * that salesperson's deals too, not a list of clients (nor of policies, for its Product and Status):
 * it is read again as Pipeline, the party's column as the prospect.
 */
function readTrackersOfDealShape(
  perSheet: SheetAnalysis[][],
  sheets: readonly SourceSheet[],
  overrides: MappingOverrides
): void {
  const shapes = perSheet.flat().flatMap((a) => {
    if (!a.dealStages || a.mapping.registerSheet !== "Pipeline" || !a.table) return [];
    const party = a.mapping.columns.find(
      (c) => c.field === "prospect" || c.field === CLIENT_NAME_KEY
    );
    if (!party) return [];
    const headers = new Set(
      headersOfTable(a)
        .map(foldHeader)
        .filter((h) => h !== "")
    );
    return [{ party: foldHeader(party.header), headers, sheet: a.sheet.name }];
  });
  if (shapes.length === 0) return;
  perSheet.forEach((analyses, i) => {
    if (analyses.length !== 1) return;
    const a = analyses[0];
    if (a.overridden || !a.table || a.dealStages || a.notData) return;
    if (!DEAL_MISREAD_AS.includes(a.mapping.registerSheet)) return;
    const own = headersOfTable(a).map(foldHeader);
    const filled = own.filter((h) => h !== "");
    const shape = shapes.find((s) => {
      if (!own.includes(s.party)) return false;
      const shared = filled.filter((h) => s.headers.has(h)).length;
      return shared >= MIN_SHARED_HEADERS && shared >= filled.length * SHARED_HEADER_SHARE;
    });
    if (!shape) return;
    const range = a.mapping.range ?? "";
    const again = analyseSheet(sheets[i], overrides, { dealsOfList: { range } });
    const deals = again.find(
      (b) => b.mapping.registerSheet === "Pipeline" && (b.mapping.range ?? "") === range
    );
    if (!deals || again.length !== 1) return;
    const key = deals.mapping.columns.find((c) => foldHeader(c.header) === shape.party);
    if (!key || key.source === "override" || key.source === "hidden") return;
    if (key.field !== "prospect" && key.field !== CLIENT_NAME_KEY) {
      for (const c of deals.mapping.columns)
        if (c.field === "prospect" || c.field === CLIENT_NAME_KEY)
          Object.assign(c, { field: null, confidence: 0, source: "none" });
      Object.assign(key, { field: "prospect", confidence: 0.65, source: "subject" });
      setEvidence(key, [{ code: "map.why.staged-party", params: { header: key.header } }]);
    }
    deals.dealStages = true;
    deals.issues.push(
      sheetIssue(sheets[i].name, "import.deal-shape-as-pipeline", {
        source: shape.sheet,
        column: key.header,
        sheet: sheets[i].name,
      })
    );
    perSheet[i] = again;
  });
}

/**
 * Leaves out each table most of whose people are listed on a sheet `listing` picks (staff,
 * students, players): the people of such sheets, by their names and ID numbers (and, `byEmail`,
 * their e-mail addresses: a student's is the student's own), are no clients wherever else they
 * stand.
 */
function markPeopleListedElsewhere(
  analyses: SheetAnalysis[],
  listing: (a: SheetAnalysis) => boolean,
  mark: (a: SheetAnalysis, source: SheetAnalysis, share: string) => void,
  byEmail = false
): void {
  const people = new Set<string>();
  let source: SheetAnalysis | null = null;
  for (const a of analyses) {
    if (!listing(a)) continue;
    source ??= a;
    a.profiles.forEach((p, i) => {
      const named =
        (p.personName >= 0.5 && p.distinctRatio >= 0.8) ||
        p.idNumber >= 0.5 ||
        (byEmail && p.email >= 0.5);
      if (named) for (const v of a.columnValues[i]) if (cellText(v) !== "") people.add(cellText(v));
    });
  }
  if (source === null || people.size === 0) return;
  for (const a of analyses) {
    if (a.overridden || !a.table || a.mapping.registerSheet === null) continue;
    let seen = 0;
    let known = 0;
    a.mapping.columns.forEach((c, i) => {
      if (c.field === null || !(PEOPLE_FIELDS.has(c.field) || (byEmail && c.field === "email")))
        return;
      let columnSeen = 0;
      let columnKnown = 0;
      for (const v of a.columnValues[i] ?? []) {
        const text = cellText(v);
        if (text === "") continue;
        columnSeen++;
        if (people.has(text)) columnKnown++;
      }
      if (columnSeen >= 3 && columnKnown / columnSeen > known / Math.max(1, seen)) {
        seen = columnSeen;
        known = columnKnown;
      }
    });
    if (seen < 3 || known < seen * 0.6) continue;
    mark(a, source, `${Math.round((100 * known) / seen)}%`);
  }
}

/**
 * Tables whose parties are the suppliers a purchase table of the workbook names (their contracts,
 * their reviews) are about suppliers too, unless they name a buyer or sales (supplier-names.ts).
 */
function markTablesAboutSuppliers(analyses: SheetAnalysis[]): void {
  const suppliers = new Set<string>();
  let from = "";
  for (const a of analyses) {
    if (a.notData?.kind !== "suppliers" || !a.table) continue;
    const label = a.notData.params.column;
    const at = a.mapping.columns.findIndex((c) => columnLabel(c.letter, c.header) === label);
    if (at < 0) continue;
    for (const n of namesOf(a.columnValues[at] ?? [])) suppliers.add(n);
    from ||= a.sheet.name;
  }
  if (suppliers.size === 0) return;
  for (const a of analyses) {
    if (a.overridden || !a.table || a.loose || a.mapping.registerSheet === null) continue;
    const headers = a.table.columns.map((c) => c.text);
    if (headers.some((h) => headerHasWord(h, TRADE_PARTY_WORDS.buyer))) continue;
    const direction = tradeDirection({
      sheetName: a.sheet.name,
      title: "",
      headers,
      profiles: a.profiles,
    });
    if (direction?.side === "sale") continue;
    const found = supplierColumn(a.columnValues, suppliers);
    if (!found) continue;
    const column = a.table.columns[found.column];
    markNotData(
      a,
      "sheet.why.supplier-names",
      {
        sheet: from,
        column: columnLabel(columnLetter(column.index), column.text),
        count: found.count,
        total: found.total,
      },
      "suppliers"
    );
  }
}

/**
 * A list whose names are the shops or branches another table of the workbook tells as the keeper's
 * own (own-units.ts) lists those units again — a closed-shop list, a pivot's source — not clients.
 */
function markListsOfOwnUnits(analyses: SheetAnalysis[]): void {
  const units = new Set<string>();
  let from = "";
  for (const a of analyses) {
    if (a.notData?.code !== "sheet.why.own-units" || !a.table) continue;
    const header = a.notData.params.header;
    const at = a.table.columns.findIndex((c) => c.text.trim() === header);
    if (at < 0) continue;
    for (const n of namesOf(a.columnValues[at] ?? [])) units.add(n);
    from ||= a.sheet.name;
  }
  if (units.size === 0) return;
  for (const a of analyses) {
    if (a.overridden || !a.table || a.mapping.registerSheet !== "Clients") continue;
    // The clients' name column says whom the rows are about; without one, any column may.
    const named = a.mapping.columns.findIndex((c) => c.field === "name");
    const candidates = named >= 0 ? [named] : a.mapping.columns.map((_, i) => i);
    let at = -1;
    let found: { count: number; total: number } | null = null;
    for (const i of candidates) {
      found = namedAmong(a.columnValues[i] ?? [], units);
      if (found) {
        at = i;
        break;
      }
    }
    if (!found) continue;
    const column = a.mapping.columns[at];
    markNotData(
      a,
      "sheet.why.own-unit-names",
      { sheet: from, column: columnLabel(column.letter, column.header), ...found },
      "lookup"
    );
  }
}

/** Whether the analysis is read into the register, by what it shows or by a `--map`. */
function imports(a: SheetAnalysis): boolean {
  const outcome = a.mapping.decision?.outcome;
  return outcome === "imported" || outcome === "forced";
}

/** The analyses that found a table, leaving out loose rows. */
function tablesOf(analyses: readonly SheetAnalysis[]): SheetAnalysis[] {
  return analyses.filter((a) => a.table && !a.loose);
}

/** `analyses` with those of sheet `name` replaced, where they stood, by its reading `again`. */
function withSheetReadAgain(
  analyses: readonly SheetAnalysis[],
  name: string,
  again: readonly SheetAnalysis[]
): SheetAnalysis[] {
  const first = analyses.findIndex((a) => a.sheet.name === name);
  const rest = analyses.filter((a) => a.sheet.name !== name);
  rest.splice(first, 0, ...again);
  return rest;
}

/**
 * A workbook of which nothing would be imported is not given up while one of its lists reads as a
 * list of parties by its values (a key or names different on every row, with attributes beside
 * them): a person opening it sees the client list. The fullest such list is read as Clients and
 * said in one line, with the column taken as the client and the `--map` that would undo it. Lists
 * told as something else (staff, a catalogue, a summary …) are not looked at again.
 */
function partiesOfLastResort(
  analyses: SheetAnalysis[],
  sheets: readonly SourceSheet[],
  overrides: MappingOverrides
): SheetAnalysis[] {
  const tables = tablesOf(analyses);
  if (tables.some(imports)) return analyses;
  let best: { name: string; again: SheetAnalysis[]; clients: SheetAnalysis; rows: number } | null =
    null;
  for (const source of sheets) {
    const unsure = tables.some(
      (a) =>
        a.sheet.name === source.name &&
        !a.overridden &&
        a.table !== null &&
        a.table.headerRows.length > 0 &&
        a.mapping.decision?.outcome === "unsure" &&
        (a.notData === null || a.notData.kind === "unsure")
    );
    if (!unsure) continue;
    const again = decideTables(analyseSheet(source, overrides, { partiesByValues: true }));
    const clients = again.find((a) => a.byValues && imports(a));
    const subject = clients?.mapping.decision?.subject;
    if (!clients || !subject) continue;
    if (best === null || subject.named > best.rows)
      best = { name: source.name, again, clients, rows: subject.named };
  }
  if (best === null) return analyses;
  const { clients } = best;
  const column = clients.mapping.columns.find(
    (c) => c.letter === clients.mapping.decision?.subject?.letter
  );
  clients.issues.push(
    sheetIssue(
      best.name,
      "import.clients-by-values",
      {
        sheet: best.name,
        column: column ? columnLabel(column.letter, column.header) : "",
        header: column?.header ?? "",
        rows: best.rows,
      },
      "warning"
    )
  );
  return withSheetReadAgain(analyses, best.name, best.again);
}

/** How sure the reading of a list of named rows is: enough to import, below any other reading. */
const NAMED_ROWS_CONFIDENCE = 0.4;

/**
 * The mapping with `column` naming the rows (any other column read as the name is not, nor an id
 * changing on one name's rows), `code`, when given and read as nothing else, numbering them, and a
 * column of e-mail addresses between dashes for none reaching them.
 */
function namingColumn(
  columns: ColumnMapping[],
  { column, code }: { column: number; code: number | null },
  profiles: readonly ColumnProfile[],
  columnValues: readonly SourceCell[][]
): ColumnMapping[] {
  const numbered = code !== null && columns[code]?.field === null && code !== column;
  const clientId = numbered ? columns.findIndex((c) => c.field === "clientId") : -1;
  const email = emailColumn(
    columns.map((c, i) => (i === column ? "name" : c.field)),
    profiles
  );
  return columns.map((c, i) => {
    if (i === email)
      return { ...c, field: "email", confidence: NAMED_ROWS_CONFIDENCE, source: "values" };
    if (i === column)
      return c.field === "name"
        ? c
        : { ...c, field: "name", confidence: NAMED_ROWS_CONFIDENCE, source: "values" };
    if (numbered && i === code && clientId < 0)
      return { ...c, field: "clientId", confidence: NAMED_ROWS_CONFIDENCE, source: "values" };
    // A party's number is one per party: a column changing on the rows of one name is not.
    const perRow =
      (c.field === "clientId" || c.field === "idNumber") &&
      variesWithinName(columnValues[column] ?? [], columnValues[i] ?? []);
    return c.field === "name" || perRow
      ? { ...c, field: null, confidence: 0, source: "values" }
      : c;
  });
}

/**
 * A workbook of which nothing at all would be imported, by headers or by values, is read for the
 * list it most resembles: each table of distinct named rows (named-rows.ts) that was left out as
 * unsure, unrecognised or a bare two-column list is read as Clients, its obvious columns mapped,
 * and said in one line per sheet with the `--map` that undoes it. A table whose names are nearly
 * all on a larger such table is a copy of it, and stays out. Lists told as something else (staff,
 * a catalogue, a summary, a log …) are not looked at again.
 */
function namedRowsOfLastResort(
  analyses: SheetAnalysis[],
  sheets: readonly SourceSheet[],
  overrides: MappingOverrides
): SheetAnalysis[] {
  const tables = tablesOf(analyses);
  if (tables.length === 0 || tables.some(imports) || tables.some((a) => a.overridden))
    return analyses;
  // A list whose names stand in for no one (张三, 李四, Test Customer) was told as such: its
  // names are no one's to read again.
  const leftOut = (a: SheetAnalysis) =>
    a.notData === null ||
    (a.notData.kind === "unsure" && a.notData.against !== "standIns") ||
    a.notData.kind === "no-complaint" ||
    (a.notData.kind === "lookup" && a.notData.code === "sheet.why.lookup");
  const found = tables.flatMap((a) => {
    if (!a.table || !leftOut(a)) return [];
    const rows = namedRowsOf({
      sheetName: a.sheet.name,
      title: a.table.headerRows.length > 0 ? titleOf(a.sheet, a.table) : "",
      headers: a.table.columns.map((c) => c.text),
      columnValues: a.columnValues,
      profiles: a.profiles,
    });
    return rows ? [{ a, rows }] : [];
  });
  // A headed list first, then the fullest: a bare copy of it (codes and names pasted without the
  // header) adds no one.
  found.sort(
    (x, y) =>
      Number(y.a.table?.headerRows.length !== 0) - Number(x.a.table?.headerRows.length !== 0) ||
      y.rows.named - x.rows.named
  );
  const chosen: typeof found = [];
  for (const f of found) if (!chosen.some((c) => copiesNames(f.rows, c.rows))) chosen.push(f);
  if (chosen.length === 0) return analyses;
  let out = analyses;
  for (const { a, rows } of chosen) {
    const source = sheets.find((s) => s.name === a.sheet.name);
    if (!source) continue;
    const again = decideTables(
      analyseSheet(source, overrides, {
        namedRows: { range: a.range, column: rows.column, code: rows.code },
      })
    );
    const clients = again.find((b) => b.namedRows && imports(b));
    if (!clients) continue;
    const column = clients.mapping.columns[rows.column];
    clients.issues.push(
      sheetIssue(
        source.name,
        "import.named-rows",
        {
          sheet: source.name,
          column: column ? columnLabel(column.letter, column.header) : "",
          rows: rows.named,
        },
        "warning"
      )
    );
    out = withSheetReadAgain(out, source.name, again);
  }
  return out;
}

function foldName(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/** A range of cells (D14:E23, $A$2:$C$9, Tables!B2:B9): where a macro or a formula reads. */
const CELL_RANGE = /^(?:[^!]{1,31}!)?\$?[A-Z]{1,3}\$?\d{1,7}:\$?[A-Z]{1,3}\$?\d{1,7}$/;
/** Share of a column's texts that must name parts of the workbook for the table to be about it. */
const PARTS_SHARE = 2 / 3;
/** Fewest different parts such a column names. */
const MIN_PARTS = 3;

/**
 * A table about the workbook itself, not records: a column that lists the workbook's other sheets
 * (a contents page, the summary sheet Numbers writes when it exports to Excel), or one that lists
 * other parts of it — the headings of its other tables (a field list, a macro's titles for the
 * call list's columns) or ranges of its cells (D14:E23) — each once, two in three of the column.
 * A person reads it as a guide to the workbook or as the machinery of its macros, whatever its
 * words sound like ("Clients by risk rating", Contact | Phone Number).
 */
function markTablesAboutTheWorkbook(
  analyses: SheetAnalysis[],
  sheets: readonly SourceSheet[]
): void {
  const names = new Map(sheets.map((s) => [foldName(s.name), s.name]));
  // Headings in words: a figure standing in a header row (a dashboard's 40) names no column; a
  // form's "columns" are its labels and values, no table's headings.
  const headings = analyses.map(
    (a) =>
      new Set(
        a.form
          ? []
          : (a.table?.columns ?? []).flatMap((c) =>
              /\p{L}/u.test(c.text) ? [foldName(c.text)] : []
            )
      )
  );
  analyses.forEach((a, k) => {
    if (a.overridden || !a.table || a.notData) return;
    const own = foldName(a.sheet.name);
    const header = a.table.columns.map((c) => c.text);
    const isHeading = (t: string) => headings.some((h, j) => j !== k && h.has(foldName(t)));
    let parts: string[] = [];
    const named = a.columnValues.flatMap((values, i) => {
      const texts = [header[i], ...values.map(cellText)].filter((t) => t.trim() !== "");
      const hits =
        names.size < 2 ? [] : texts.filter((t) => foldName(t) !== own && names.has(foldName(t)));
      // An index names each sheet once or twice; a summary's column saying which sheet each row
      // came from (來源, Source) names the same few sheets on every row.
      const distinct = new Set(hits.map(foldName)).size;
      if (hits.length >= 2 && hits.length * 2 >= texts.length && hits.length <= distinct * 2)
        return hits;
      const found = texts.filter((t) => CELL_RANGE.test(t.trim()) || isHeading(t));
      const once = new Set(found.map(foldName)).size === found.length;
      if (once && found.length >= MIN_PARTS && found.length >= texts.length * PARTS_SHARE)
        parts = parts.length > 0 ? parts : found.filter((t) => t !== header[i]);
      return [];
    });
    const shown = (list: string[]) => [...new Set(list)].slice(0, 3);
    if (named.length > 0)
      markNotData(a, "sheet.why.sheet-index", { names: shown(named) }, "lookup");
    else if (parts.length > 0)
      markNotData(a, "sheet.why.workbook-parts", { names: shown(parts) }, "lookup");
  });
}

/**
 * A list read as clients only by its values (party-list.ts, or a list without a header row) whose
 * people are nearly all the subjects of another sheet's client list — the members again, for
 * sending receipts or a mailing, or one row per parcel naming its household's first member — adds
 * no one: a person reads it as drawn from that list, not as more clients.
 */
function markListsOfTheSamePeople(analyses: SheetAnalysis[]): void {
  const byValuesOnly = (a: SheetAnalysis) => a.byValues === true || a.mapping.headerless === true;
  for (const a of analyses) {
    if (!byValuesOnly(a) || a.overridden || a.notData || a.mapping.registerSheet !== "Clients")
      continue;
    const list = analyses.find(
      (b) =>
        b !== a &&
        !byValuesOnly(b) &&
        !b.overridden &&
        b.notData === null &&
        b.table !== null &&
        b.mapping.registerSheet === "Clients" &&
        peopleFoundIn(a, b)
    );
    if (list) markNotData(a, "sheet.why.same-people", { list: list.sheet.name }, "copy");
  }
}

const DERIVED_REASONS: Record<DerivedWhy, MessageCode> = {
  hidden: "sheet.why.hidden-copy",
  "hidden-rows": "sheet.why.hidden-rows",
  "rows-copy": "sheet.why.rows-copy",
  repeats: "sheet.why.drawn-repeats",
  "own-columns": "sheet.why.drawn-from",
  copy: "sheet.why.copy-held",
  "same-list": "sheet.why.same-list-kept",
};

/**
 * Lists made from another sheet of the workbook (derived-sheets.ts): a hidden pivot source, a
 * delivery or call list naming the master's records, a working list with columns of its own. The
 * master's rows are the records; each such sheet is left out, said why, once.
 */
function markDerivedSheets(analyses: SheetAnalysis[]): void {
  for (const d of derivedSheets(analyses)) {
    const own = d.own.slice(0, 3);
    const source = d.source.sheet.name;
    markNotData(
      d.derived,
      DERIVED_REASONS[d.why],
      {
        source,
        column: d.column,
        found: d.found,
        count: d.count,
        own,
        held: d.held ?? 0,
        namedSource: d.namedRows?.source ?? 0,
        namedHere: d.namedRows?.derived ?? 0,
      },
      "copy"
    );
    // The few rows naming no record of the source are said, row by row, so that a new account
    // on a delivery list is added to the master by a person rather than lost without a word.
    if (d.unmatched.length === 0) continue;
    const params = {
      source,
      column: d.column,
      count: d.unmatched.length,
      rows: d.unmatched
        .slice(0, 5)
        .map((u) => u.row)
        .join(", "),
      keys: d.unmatched
        .slice(0, 3)
        .map((u) => u.key)
        .join(", "),
    };
    d.derived.issues.push(
      sheetIssue(d.derived.sheet.name, "import.derived-unmatched", params, "warning")
    );
  }
}

/** Test and duplicate tabs beside the real sheet (trial-sheets.ts): left out, said why. */
function markTrialSheets(analyses: SheetAnalysis[]): void {
  for (const t of trialSheets(analyses))
    markNotData(
      t.trial,
      t.kind === "test" ? "sheet.why.test-tab" : "sheet.why.duplicates-tab",
      { word: t.word, sheet: t.real.sheet.name },
      "copy"
    );
}

/** Client lists naming a handful of parties over many rows (sorting-names.ts): no clients. */
function markSortingNames(analyses: SheetAnalysis[]): void {
  for (const s of sortingNames(analyses))
    markNotData(
      s.analysis,
      "sheet.why.sorting-names",
      { header: s.header, rows: s.rows, names: s.names },
      "unnamed"
    );
}

/** Rows only a client number no sheet lists ties to anybody (code-only-rows.ts): nothing. */
function markCodeOnlyRows(analyses: SheetAnalysis[]): void {
  for (const c of codeOnlyRows(analyses))
    markNotData(
      c.analysis,
      "sheet.why.code-only-rows",
      { header: c.header, ids: c.ids },
      "unnamed"
    );
}

/** Tabs of a report filed day after day, naming the same people each day (daily-report.ts). */
function markDailyReports(analyses: SheetAnalysis[]): void {
  for (const d of dailyReports(analyses))
    markNotData(d.analysis, "sheet.why.daily-report", { days: d.days, names: d.names }, "summary");
}

/** The same, once the tables are decided: the decision says not-data, its readings kept. */
function leaveOutDailyReports(analyses: SheetAnalysis[]): SheetAnalysis[] {
  for (const { analysis: a, days, names } of dailyReports(analyses)) {
    markNotData(a, "sheet.why.daily-report", { days, names }, "summary");
    a.mapping.decision = decisionOf(null, "not-data", a.mapping.decision?.readings ?? [], null);
  }
  return analyses;
}

/** Fewest named rows of a list that names its clients once each. */
const MIN_LISTED = 3;
/** Share of a list's names that are different: each client named once (a stray repeat allowed). */
const NAMED_ONCE = 0.9;

/**
 * A table read as clients whose parties come back on dated rows with amounts (sheet-kind.ts
 * partyRepeats), beside a table of another layout naming its clients once each: the log of
 * dealings adds no one to the clients the workbook lists. Tabs of one layout are one log split up
 * (a tab per branch), not a list beside it.
 */
function markLogsBesideClientList(analyses: SheetAnalysis[]): void {
  const headersOf = (a: SheetAnalysis) => a.mapping.columns.map((c) => c.header);
  const lists = analyses.filter(
    (a) =>
      a.table !== null &&
      !a.loose &&
      !a.overridden &&
      a.notData === null &&
      a.mapping.registerSheet === "Clients"
  );
  const namesEachOnce = (a: SheetAnalysis) => {
    const at = a.mapping.columns.findIndex((c) => c.field === "name");
    const names = (a.columnValues[at] ?? []).map((v) => cellText(v).trim()).filter((t) => t);
    return names.length >= MIN_LISTED && new Set(names).size >= names.length * NAMED_ONCE;
  };
  // A column of the parties' own phones, e-mails, addresses or ID numbers makes the rows theirs.
  const details = new Set(["phone", "email", "address", "idNumber"]);
  for (const log of lists) {
    if (readAsBuyers(log)) continue;
    if (log.mapping.columns.some((c) => c.field !== null && details.has(c.field))) continue;
    const found = partyRepeats({
      sheetName: log.sheet.name,
      headers: headersOf(log),
      profiles: log.profiles,
      firstColumn: [],
      registerSheet: "Clients",
      registerConfidence: log.mapping.confidence,
      columnValues: log.columnValues,
    });
    if (!found) continue;
    const list = lists.find(
      (b) => b !== log && !sameLayout(headersOf(b), headersOf(log)) && namesEachOnce(b)
    );
    if (list)
      markNotData(
        log,
        "sheet.why.party-repeats",
        { header: found.key, date: found.date, amount: found.amount, sheet: list.sheet.name },
        "transactions"
      );
  }
}

/** Blocks beside a sheet's main table repeating its records (side-views.ts): left out, said why. */
function markSideViews(analyses: SheetAnalysis[]): void {
  for (const v of sideViews(analyses))
    markNotData(
      v.view,
      "sheet.why.view-beside",
      {
        range: v.main.range || v.main.sheet.name,
        column: v.column,
        rows: v.rows,
        found: v.found,
        values: v.examples,
      },
      "copy"
    );
}

/**
 * Tables explaining the values another table's column takes (categories, regions, stages): a
 * lookup beside the data, left out, naming the column it serves (lookup-tables.ts).
 */
function markLookupTables(analyses: SheetAnalysis[]): void {
  for (const l of lookupTables(analyses))
    markNotData(
      l.lookup,
      "sheet.why.lookup-of",
      {
        column: l.column,
        sheet: l.user.sheet.name,
        other: l.userColumn,
        found: l.found,
        count: l.count,
        rows: l.rows,
        values: l.examples,
      },
      "lookup"
    );
}

/**
 * Sheets adding fields to another sheet's clients through the client's number (an address sheet,
 * a demographics sheet beside the customer list): each row is imported into the client its number
 * names, and the sheet says once that it was joined, by which column, to which sheet.
 */
function markJoinedSheets(analyses: SheetAnalysis[]): void {
  for (const j of joinedSheets(analyses)) {
    const master = j.master.sheet.name;
    j.sheet.joined = { master, keyColumn: j.keyColumn, column: j.column, keys: j.keys };
    j.sheet.issues.push(
      sheetIssue(j.sheet.sheet.name, "import.joined-by-key", {
        master,
        column: j.column,
        found: j.found,
        count: j.count,
      })
    );
  }
}

/** Fields that say who a row is: their values found on another list's rows are the same people. */
const WHO_FIELDS = new Set(["name", "email", "phone", "idNumber"]);

/** True when nearly all values of one of `a`'s identifying columns stand in some column of `b`. */
function peopleFoundIn(a: SheetAnalysis, b: SheetAnalysis): boolean {
  const theirs = new Set(b.columnValues.flatMap((values) => values.map(cellText)));
  theirs.delete("");
  return a.mapping.columns.some((c, i) => {
    if (c.field === null || !WHO_FIELDS.has(c.field)) return false;
    const own = (a.columnValues[i] ?? []).map(cellText).filter((t) => t !== "");
    // Nearly all of them: a list naming people the client list lacks holds clients of its own
    // (the known ones merge), it was not drawn from that list.
    return own.length >= 3 && own.filter((t) => theirs.has(t)).length >= own.length * 0.9;
  });
}

/** Fields that tie a row of a linked sheet to its client. */
const CLIENT_KEYS = new Set(["clientId", "clientName", "insured", "policyholder"]);
/** Sheets whose rows each belong to a client: what the client holds, said or was visited about. */
const LINKED_SHEETS = new Set([
  "Insurance",
  "Assets",
  "Complaints",
  "Visits",
  "Family",
  "Contacts",
]);

function keyColumns(a: SheetAnalysis): number[] {
  return a.mapping.columns.flatMap((c, i) => (c.field && CLIENT_KEYS.has(c.field) ? [i] : []));
}

/** A column of periods: years (2024, "24", FY25) or months, a few of them, on every row. */
const PERIOD = /^(?:fy\s*)?(?:\d{2}|\d{4})$|^\d{4}[-/.年]\d{1,2}月?$|^\d{1,2}月$/i;

/**
 * True when the rows are a client × period grid: each client once per period, every client over
 * the same three or more periods (premium per year, claims per year). A person reads a history of
 * yearly figures there, not one holding per row.
 */
function isPeriodGrid(a: SheetAnalysis, key: number): boolean {
  return a.columnValues.some((values, col) => {
    if (col === key) return false;
    const periods = new Map<string, Set<string>>();
    const keys = a.columnValues[key];
    let rows = 0;
    for (let r = 0; r < values.length; r++) {
      const k = cellText(keys[r] ?? null);
      const p = cellText(values[r]);
      if (k === "" && p === "") continue;
      if (k === "" || !PERIOD.test(p)) return false;
      rows++;
      const set = periods.get(k) ?? new Set<string>();
      if (set.has(p)) return false;
      set.add(p);
      periods.set(k, set);
    }
    if (periods.size < 2 || rows < 6) return false;
    const first = [...periods.values()][0];
    return (
      first.size >= 3 &&
      [...periods.values()].every(
        (set) => set.size === first.size && [...set].every((p) => first.has(p))
      )
    );
  });
}

/** Every row's texts, joined in column order, for finding a row inside another sheet's rows. */
function rowTexts(a: SheetAnalysis, r: number): string[] {
  return a.columnValues.map((values) => cellText(values[r] ?? null)).filter((t) => t !== "");
}

/**
 * True when every row of `copy` is found in `of`: its cells' texts all stand on one row there. A
 * coverage list that repeats the policies' client and product adds nothing to the policies.
 */
function rowsRepeatAnother(copy: SheetAnalysis, of: SheetAnalysis): boolean {
  if (copy.columnValues.length >= of.columnValues.length) return false;
  const rows = copy.columnValues[0]?.length ?? 0;
  const theirs = new Set<string>();
  const width = copy.columnValues.length;
  const ofRows = of.columnValues[0]?.length ?? 0;
  for (let r = 0; r < ofRows; r++) {
    const texts = rowTexts(of, r);
    // Every combination of `width` cells of the row, kept as one joined key (small sheets only).
    const pick = (from: number, chosen: string[]) => {
      if (chosen.length === width) {
        theirs.add(chosen.join("\u0000"));
        return;
      }
      for (let i = from; i < texts.length; i++) pick(i + 1, [...chosen, texts[i]]);
    };
    if (texts.length <= 12) pick(0, []);
  }
  let seen = 0;
  for (let r = 0; r < rows; r++) {
    const texts = rowTexts(copy, r);
    if (texts.length === 0) continue;
    if (texts.length !== width || !theirs.has(texts.join("\u0000"))) return false;
    seen++;
  }
  return seen >= 3;
}

/**
 * Sets a table aside as not register data (or unsure): its mapping says why, in English and as a
 * catalogue code, its columns stay unmapped and its issues go (the one line said instead).
 */
export function markNotData(
  a: SheetAnalysis,
  code: MessageCode,
  params: MessageParams,
  kind: NotDataKind = "summary"
): void {
  if (!a.table) return;
  a.notData = notDataOf(kind, code, params);
  Object.assign(a.mapping, {
    registerSheet: null,
    kind,
    reason: a.notData.reason,
    reasonCoded: { code, params },
    columns: unmappedColumns(a.table, a.columnValues),
  });
  a.issues = [];
}

/**
 * A workbook of holdings keyed by client often carries sheets beside its list that read like it: a
 * market benchmark of anonymous placements (products and premiums, no client), a coverage list
 * repeating the policies' client and product, a premium history per client and year. A person
 * imports the list and reads the others as what they are.
 */
function markHoldingsBesideTheirSheet(analyses: SheetAnalysis[]): void {
  const linked = analyses.filter(
    (a) =>
      !a.overridden &&
      a.table !== null &&
      a.notData === null &&
      a.mapping.registerSheet !== null &&
      LINKED_SHEETS.has(a.mapping.registerSheet)
  );
  const ids = new Map(linked.map((a) => [a, idColumns(a)]));
  const links = new Map(
    linked.map((a) => {
      const shared = (ids.get(a) ?? []).filter((col) =>
        linked.some(
          (b) =>
            b !== a &&
            (ids.get(b) ?? []).some((other) => overlaps(a.columnValues[col], b.columnValues[other]))
        )
      );
      return [a, [...new Set([...keyColumns(a), ...shared])]];
    })
  );
  const decided: SheetAnalysis[] = [];
  for (const a of linked) {
    if (decided.includes(a)) continue;
    const keys = links.get(a) ?? [];
    const keyed = linked.filter(
      (b) =>
        b !== a &&
        b.mapping.registerSheet === a.mapping.registerSheet &&
        (links.get(b) ?? []).length > 0
    );
    if (keys.length === 0 && keyed.length > 0) {
      decided.push(a);
      markNotData(a, "sheet.why.no-client", { sheet: keyed[0].sheet.name });
      continue;
    }
    const copied = keyed.find((b) => !decided.includes(b) && rowsRepeatAnother(a, b));
    // The wider sheet repeating these rows beside another table's columns (an analyst's table
    // joining the customers to their policies) is the copy: these rows are where it came from.
    if (copied && joinsAnother(copied, a, analyses)) {
      decided.push(copied);
      markNotData(copied, "sheet.why.copy-of", { sheet: a.sheet.name });
      continue;
    }
    if (copied) {
      decided.push(a);
      markNotData(a, "sheet.why.copy-of", { sheet: copied.sheet.name });
      continue;
    }
    if (keys.some((k) => isPeriodGrid(a, k))) {
      decided.push(a);
      markNotData(a, "sheet.why.period-grid", {});
    }
  }
}

/** Insurance rows naming nobody and no policy, only a cover's terms: plans on offer (product-offers.ts). */
function markPlansOnOffer(analyses: SheetAnalysis[]): void {
  for (const a of analyses)
    if (
      !a.overridden &&
      a.notData === null &&
      a.mapping.registerSheet === "Insurance" &&
      !a.form &&
      !a.groupHeadings &&
      plansOnOffer(a.mapping.columns)
    )
      markNotData(a, "sheet.why.plans-on-offer", {}, "catalogue");
}

/**
 * The same business split another way (per product, month or region beside the per-customer
 * sheet, with the same figures): analysis, not clients (breakdown-sheets.ts).
 */
function markBreakdowns(analyses: SheetAnalysis[]): void {
  const clients = analyses.filter(
    (a) =>
      !a.overridden &&
      a.table !== null &&
      a.notData === null &&
      a.mapping.registerSheet === "Clients"
  );
  const inputs = clients.map((a) => ({
    sheet: a.sheet.name,
    columns: a.mapping.columns,
    profiles: a.profiles,
    values: a.columnValues,
  }));
  const found = inputs.map((t) => breakdownOf(t, inputs));
  clients.forEach((a, i) => {
    const b = found[i];
    if (b)
      markNotData(a, "sheet.why.breakdown", {
        sheet: b.parties,
        figures: b.figures.slice(0, 3),
        header: b.key,
      });
  });
}

/**
 * Earlier terms kept beside the records that replaced them (a renewal book's superseded policies):
 * not live records, importing them would add each record again (replaced-records.ts).
 */
function markReplacedRecords(analyses: SheetAnalysis[]): void {
  const live = analyses.filter((a) => !a.overridden && a.table !== null && a.notData === null);
  const tables = live.map((a) => ({
    sheet: a.sheet.name,
    registerSheet: a.mapping.registerSheet,
    columns: a.mapping.columns,
    values: a.columnValues,
  }));
  const found = tables.map((t) => replacedBy(t, tables));
  live.forEach((a, i) => {
    const r = found[i];
    if (r)
      markNotData(a, "sheet.why.replaced", { sheet: r.by, header: r.column, rows: r.rows }, "copy");
  });
}

/** Fields that only say which client a row is: the rest of a client row is what it tells of them. */
const IDENTITY_FIELDS = new Set(["clientId", "name"]);
/** A system's stamps on each record it stores (创建时间, 更新时间, created_at): the record's, not the client's. */
const AUDIT_STAMP =
  /^(?:创建|更新|修改|录入|建立|created|updated|modified|last ?updated|last ?modified)[ _-]?(?:时间|日期|at|on|time|date)?$/i;
/** A column that tells something of the client: read with confidence, not a record's stamp. */
function tellsOfClient(c: { header: string; confidence: number }): boolean {
  return c.confidence >= 0.8 && !AUDIT_STAMP.test(foldScript(c.header.trim()));
}

/**
 * A client archive keeps profiles beside its client list: a health record, a skin test, a
 * preference sheet, one row per client of the list (the same ids or names), and nothing on it a
 * register field holds. A person imports the list and leaves the profile as the shop's own record:
 * a second client sheet whose rows are all clients of another one, and whose columns beyond the
 * identity all stay unmapped, is not register data.
 */
function markProfilesOfClients(analyses: SheetAnalysis[]): void {
  const usable = (a: SheetAnalysis) =>
    !a.overridden &&
    a.table !== null &&
    a.notData === null &&
    a.mapping.registerSheet === "Clients";
  const lists = analyses.filter(usable);
  const identity = (a: SheetAnalysis): number[] =>
    a.mapping.columns.flatMap((c, i) =>
      c.field !== null && IDENTITY_FIELDS.has(c.field) ? [i] : []
    );
  const keysOf = (a: SheetAnalysis, col: number) =>
    a.columnValues[col].map((v) => cellText(v).trim()).filter((t) => t !== "");
  for (const profile of lists) {
    const own = identity(profile);
    const adding = profile.mapping.columns.filter(
      (c, i) => !own.includes(i) && c.field !== null && tellsOfClient(c)
    ).length;
    const unmapped = profile.mapping.columns.filter((c) => c.field === null).length;
    if (own.length === 0 || adding > 0 || unmapped < 3) continue;
    const list = lists.find((other) => {
      if (other === profile || other.notData !== null) return false;
      // The list's own columns again (the warned customers, a district's rows of a summary): a
      // part of the list whose rows merge into its clients, not a profile kept beside it.
      if (headersWithin(headersOfTable(profile), headersOfTable(other))) return false;
      const theirs = identity(other);
      if (other.mapping.columns.filter((c) => c.field !== null).length <= theirs.length)
        return false;
      return own.every((col) => {
        const field = profile.mapping.columns[col].field;
        const match = theirs.find((t) => other.mapping.columns[t].field === field);
        if (match === undefined) return false;
        const known = new Set(keysOf(other, match));
        const mine = keysOf(profile, col);
        return mine.length >= 3 && mine.every((k) => known.has(k));
      });
    });
    if (list) markNotData(profile, "sheet.why.profile-of", { sheet: list.sheet.name }, "lookup");
  }
}

/**
 * A workbook of an event's guests often keeps a phone book beside the list, pasted from a phone to
 * look numbers up: only names (given, family, as shown) and numbers, no field of a business (a
 * company, an id, an address, a date, an amount). Beside a guest list it is the same family's
 * phone book, not a client list; on its own such a list is left to what its headers say.
 */
function markPhoneBookBesideGuests(analyses: SheetAnalysis[]): void {
  const guests = analyses.find((a) => a.notData?.kind === "guests");
  if (!guests) return;
  for (const a of analyses) {
    if (a === guests || a.overridden || a.table === null || a.notData !== null) continue;
    if (a.mapping.registerSheet === null) continue;
    const used = a.profiles.filter((p) => p.filled > 0);
    const phones = used.filter((p) => p.phone >= 0.5);
    const nameLike = (p: ColumnProfile) =>
      p.text >= 0.8 &&
      p.email < 0.2 &&
      p.idNumber < 0.2 &&
      p.address < 0.3 &&
      p.company < 0.3 &&
      p.date < 0.2 &&
      p.numeric < 0.2;
    if (phones.length === 0 || !used.every((p) => p.phone >= 0.5 || nameLike(p))) continue;
    markNotData(a, "sheet.why.guests-phonebook", { list: guests.sheet.name }, "guests");
  }
}

/** Sheets of people a client sheet's column may point to. */
const PEOPLE_SHEETS = new Set(["Contacts", "Family", "Clients"]);
/** Fields of a client sheet that name the client's own people, never the staff serving it. */
const CLIENT_PEOPLE = new Set(["name", "mainContact", "email", "phone", "idNumber", "clientId"]);

/**
 * A broker's workbook lists its relationship managers (id, name, title, region) beside its clients,
 * and each client row names its manager by that id ("meera", "arjun"). A person reads the first
 * sheet as the firm's own staff, not as contacts, and the client's column as its owner: every
 * value of that column is an id on the staff sheet, each serving several clients.
 */
function markStaffServingClients(analyses: SheetAnalysis[]): void {
  const usable = (a: SheetAnalysis) => !a.overridden && a.table !== null && a.notData === null;
  // A sheet adding fields to another's clients names those clients by their number, not staff.
  const masters = new Set(analyses.flatMap((a) => (a.joined ? [a.joined.master] : [])));
  const clientSheets = analyses.filter(
    (a) => usable(a) && a.mapping.registerSheet === "Clients" && !a.joined
  );
  for (const clients of clientSheets) {
    clients.columnValues.forEach((values, col) => {
      const mapping = clients.mapping.columns[col];
      if (!mapping || (mapping.field !== null && mapping.field !== "owner")) return;
      if (mapping.field === null && mapping.source === "override") return;
      const texts = values.map(cellText).filter((t) => t !== "");
      const distinct = new Set(texts);
      if (texts.length < 4 || distinct.size < 2 || texts.length < distinct.size * 2) return;
      const staff = analyses.find(
        (a) =>
          a !== clients &&
          usable(a) &&
          !masters.has(a.sheet.name) &&
          a.mapping.registerSheet !== null &&
          PEOPLE_SHEETS.has(a.mapping.registerSheet) &&
          !sameListAs(a, clients) &&
          a.columnValues.some((ids, idCol) => {
            // Row numbers (1, 2, 3 …) are no one's id: a count column (policies held: 1–5)
            // finds them on any sheet.
            if (a.profiles[idCol]?.serial) return false;
            // The staff are named or numbered there (id, name, 工号, or people's names): a column
            // of dues or amounts that happens to hold the same figures names no one.
            if (!namesPeople(a, idCol)) return false;
            const own = ids.map(cellText).filter((t) => t !== "");
            const set = new Set(own);
            return set.size === own.length && [...distinct].every((v) => set.has(v));
          })
      );
      if (!staff) return;
      markNotData(
        staff,
        "sheet.why.staff-serving",
        { sheet: clients.sheet.name, header: mapping.header },
        "lookup"
      );
      const hasOwner = clients.mapping.columns.some((c) => c.field === "owner");
      if (mapping.field === null && !hasOwner && !CLIENT_PEOPLE.has(mapping.field ?? "")) {
        const reason = { code: "map.why.staff-ids", params: { sheet: staff.sheet.name } };
        Object.assign(mapping, {
          field: "owner",
          confidence: 0.8,
          source: "values",
          reasons: [reason],
          evidence: [renderMessage("map.why.staff-ids", reason.params, "en") ?? reason.code],
        });
      }
    });
  }
}

/** True when nearly all of one table's headers (folded) are the other's: its columns, or some of them. */
function headersWithin(part: readonly string[], whole: readonly string[]): boolean {
  const mine = headerSet(part);
  const theirs = headerSet(whole);
  if (mine.size < 3) return false;
  let both = 0;
  for (const h of mine) if (theirs.has(h)) both++;
  return both >= mine.size * 0.8;
}

/** A column of `a` that names or numbers people: its header reads as a name or an id, or its values as people's names. */
function namesPeople(a: SheetAnalysis, col: number): boolean {
  const base = readHeader(a.table?.columns[col]?.text ?? "").base;
  return base === "name" || base === "id" || (a.profiles[col]?.personName ?? 0) >= 0.5;
}

/**
 * True when `a` holds the list `clients` holds, not the people serving it: the two tables have one
 * layout (monthly tabs of one client list), or most people `a` names are the subjects of
 * `clients`' rows. A staff list names people who appear as owners, not as subjects.
 */
function sameListAs(a: SheetAnalysis, clients: SheetAnalysis): boolean {
  if (sameLayout(headersOfTable(a), headersOfTable(clients))) return true;
  const subjects = new Set(
    clients.mapping.columns.flatMap((c, i) =>
      c.field === "name" ? clients.columnValues[i].map(cellText).filter((t) => t !== "") : []
    )
  );
  if (subjects.size === 0) return false;
  return a.mapping.columns.some((c, i) => {
    if (c.field !== "name") return false;
    const names = a.columnValues[i].map(cellText).filter((t) => t !== "");
    return names.length > 0 && names.filter((n) => subjects.has(n)).length >= names.length * 0.5;
  });
}

/** A code with a digit: a client number, a CIN, a policy number (HBP00001, C-0012, 91310109MA…). */
const CODE = /^(?=.*\d)[\p{L}\p{N}][\p{L}\p{N}\-_/.]{3,}$/u;

/** Columns of codes: candidates for the key that ties a workbook's sheets to its clients. */
function idColumns(a: SheetAnalysis): number[] {
  return a.columnValues.flatMap((values, i) => {
    let filled = 0;
    let codes = 0;
    for (const v of values) {
      const t = cellText(v);
      if (t === "") continue;
      filled++;
      if (CODE.test(t)) codes++;
    }
    return filled >= 3 && codes >= filled * 0.9 ? [i] : [];
  });
}

/** Nearly every value of `a` is among the values of `b`: the same keys on two sheets. */
function overlaps(a: readonly SourceCell[], b: readonly SourceCell[]): boolean {
  const theirs = new Set(b.map(cellText));
  let filled = 0;
  let hits = 0;
  for (const v of a) {
    const t = cellText(v);
    if (t === "") continue;
    filled++;
    if (theirs.has(t)) hits++;
  }
  return filled >= 3 && hits >= filled * 0.8;
}

/**
 * A list without a header row is a client list when its values alone say so, as they would to a
 * person: one column of names and one of phone numbers, e-mail addresses or ID numbers, or
 * people's names written in two columns (given and family name).
 */
function headerlessClients(
  sheetName: string,
  table: DetectedTable,
  columnValues: SourceCell[][],
  profiles: ColumnProfile[]
): SheetClassification {
  return partiesByValues(sheetName, table, columnValues, profiles) !== null
    ? { key: "Clients", confidence: 0.5, scores: { Clients: 0.5 } }
    : { key: null, confidence: 0, scores: {} };
}

/** Longer than this, a header cell is a sentence someone wrote, not a column's label. */
const MAX_LABEL_LENGTH = 24;

/**
 * True when a header row holds labels only: no cell is a value (a date, a phone, an e-mail
 * address, a number, a sentence). A row taken for the header that is itself a record
 * (2019.09.06 | 正鼎電力 | 經理邱婷承04-3405624) names no columns for the values to explain.
 */
function labelsOnly(columns: readonly HeaderColumn[]): boolean {
  const texts = columns.map((c) => c.text.trim()).filter((t) => t !== "");
  if (texts.length < 2) return false;
  return texts.every((t) => {
    if (t.length > MAX_LABEL_LENGTH) return false;
    const p = profileColumn([t]);
    return p.date === 0 && p.phone === 0 && p.email === 0 && p.numeric === 0;
  });
}

/**
 * The columns whose values make a table a list of parties, read as Clients by values alone: one
 * of names, and one of their phones, e-mail addresses or ID numbers (or the names in two parts, a
 * person's on every row). Null when the values make no such list.
 */
function partiesByValues(
  sheetName: string,
  table: DetectedTable,
  columnValues: SourceCell[][],
  profiles: ColumnProfile[]
): { name: string; contact: string } | null {
  const mapped = mapColumns({
    sheetName,
    registerSheet: "Clients",
    columns: table.columns.map((header, i) => ({
      header,
      values: columnValues[i],
      profile: profiles[i],
    })),
    overrides: new Map(),
    remembered: new Map(),
  });
  const label = (field: string) => {
    const c = mapped.columns.find((m) => m.field === field);
    return c ? columnLabel(c.letter, c.header) : null;
  };
  const name = label("name");
  const contact = label("phone") ?? label("email") ?? label("idNumber");
  // A name in two parts (given, family) is a person's on every row: a list of people.
  const people = mapped.columns.some((c) => c.field === "name" && c.joined === true);
  if (name === null || (contact === null && !people)) return null;
  return { name, contact: contact ?? name };
}

/**
 * Why a table is left out as purchases, when its witnesses say its rows were bought from
 * suppliers and a column names them; null otherwise.
 */
function suppliersOf(
  sheetName: string,
  title: string,
  columns: readonly HeaderColumn[],
  profiles: readonly ColumnProfile[]
): NotData | null {
  const direction = tradeDirection({
    sheetName,
    title,
    headers: columns.map((c) => c.text),
    profiles,
  });
  if (direction?.side !== "purchase" || direction.party === null) return null;
  const party = columns[direction.party];
  const params = {
    evidence: direction.evidence,
    column: columnLabel(columnLetter(party.index), party.text),
  };
  return notDataOf("suppliers", "sheet.why.suppliers", params);
}

/** The title lines above a table's header inside its block ("汇总信息", "保单信息 2019-09"). */
function titleOf(view: SourceSheet, table: DetectedTable): string {
  const parts: string[] = [];
  for (let r = table.bounds.top; r < table.headerRows[0]; r++) {
    view.rows[r - 1]?.forEach((cell) => {
      const text = cellText(cell);
      if (text !== "" && parts.length < 3) parts.push(text);
    });
  }
  return parts.join(" ");
}

function looseBlock(view: SourceSheet, bounds: Block, besideTable: boolean): SheetAnalysis {
  return {
    sheet: view,
    table: null,
    block: bounds,
    range: rangeRef(bounds),
    loose: true,
    besideTable,
    classification: { key: null, confidence: 0, scores: {} },
    overridden: false,
    notData: null,
    profiles: [],
    mapping: {
      sheet: view.name,
      registerSheet: null,
      confidence: 0,
      headerRows: [],
      columns: [],
      range: rangeRef(bounds),
    },
    columnValues: [],
    issues: [],
  };
}

function analyseBlock(
  source: SourceSheet,
  detected: DetectedTable | null,
  block: Block | null,
  range: string,
  overrides: MappingOverrides,
  main: boolean,
  title: string,
  context: BlockContext = {}
): SheetAnalysis {
  const issues: ImportIssue[] = [];
  // A list kept by client (a heading row per client, its rows under it, no client column) gets
  // the headings as a column of their own.
  const grouped = detected ? groupSubject(source, detected) : null;
  const given = grouped?.sheet ?? source;
  const table = grouped?.table ?? detected;
  if (grouped)
    issues.push(
      sheetIssue(source.name, "import.group-rows-subject", {
        count: grouped.headings.length,
        rows: grouped.members,
        first: grouped.headings[0],
      })
    );
  const sheet = table
    ? fillGroupedColumns(
        given,
        table.firstDataRow,
        table.lastDataRow,
        table.columns.map((c) => c.text)
      )
    : given;
  const key = sheetNameKey(sheet.name);
  const layout = table ? layoutFingerprint(table) : "";
  const remembered = table
    ? (overrides.remembered.get(layout) ??
      overrides.remembered.get(
        legacyLayoutOf(table.columns.map((c) => ({ index: c.index, header: c.text })))
      ))
    : undefined;
  // "Sheet!*=-" leaves every table of the sheet out; "Sheet!*=Clients" names its main table; a
  // kind a person chose at an earlier import of this layout holds unless this import says otherwise.
  const explicit = overrides.sheets.has(key) && (main || overrides.sheets.get(key) === null);
  const chosenBefore = !explicit && remembered?.chosen === true;
  const overridden = explicit || chosenBefore;
  const sheetOverride = explicit
    ? overrides.sheets.get(key)
    : chosenBefore
      ? remembered.registerSheet
      : undefined;
  const base: Pick<
    SheetAnalysis,
    | "sheet"
    | "table"
    | "block"
    | "range"
    | "loose"
    | "overridden"
    | "issues"
    | "groupHeadings"
    | "groupOrganisations"
    | "byValues"
    | "namedRows"
    | "dealStages"
  > = {
    sheet,
    table,
    block,
    range,
    loose: false,
    overridden,
    issues,
    ...(grouped
      ? { groupHeadings: grouped.headings, groupOrganisations: grouped.organisations }
      : {}),
  };
  if (!table) {
    const classification = { key: null, confidence: 0, scores: {} };
    const mapping: SheetMapping = {
      sheet: sheet.name,
      registerSheet: null,
      confidence: 0,
      headerRows: [],
      columns: [],
    };
    return { ...base, notData: null, classification, mapping, columnValues: [], profiles: [] };
  }
  const perSheet = overrides.perSheet.get(key);
  const merged = new Map([...overrides.global, ...(perSheet ?? [])]);
  // Columns a person mapped by hand at an earlier import of this layout ("chosen").
  const again = new Map<string, string>();
  for (const c of remembered?.columns ?? [])
    if (c.chosen && c.header !== "") again.set(matchForm(c.header), c.field ?? UNMAPPED);
  // Hidden and "(Do Not Modify)" columns are not what the sheet is about: left out of every
  // decision unless a mapping names them.
  const hidden = hiddenColumnsOf(sheet, table, new Map([...again, ...merged]));
  const columnValues = columnValuesOf(sheet, table);
  const mergedRows = mergedRowsOf(sheet, table);
  // A note one empty column to the right of the header ("※ 保額單位：萬元") is no column either.
  const notes = new Set(
    noteColumns(
      table.columns.map((c) => c.text),
      columnValues
    ).filter((i) => hidden[i] === undefined && !namedBy([again, merged], table.columns[i]))
  );
  const seen = <T>(list: readonly T[]): T[] =>
    list.filter((_, i) => hidden[i] === undefined && !notes.has(i));
  const spelled = seen(table.columns).flatMap((c) => c.candidates.map(stripHeaderUnit));
  // Under a two-row header a group's words stand over each of its columns: one witness of the
  // sheet, however many periods (1月…6月) or measures (时点, 日均) it is repeated for.
  const headers = table.headerRows.length === 2 ? [...new Set(spelled)] : spelled;
  let classification: SheetClassification =
    overridden && sheetOverride === null
      ? { key: null, confidence: 1, scores: {} }
      : classifySheet(sheet.name, headers, overridden ? (sheetOverride ?? undefined) : undefined);
  // An "Is a Company" column (True/False) is weighed as the kind words it stands for.
  table.columns.forEach((column, i) => {
    const words = isCompanyValues(column, columnValues[i]);
    if (words) columnValues[i] = words;
  });
  const profiles = columnValues.map((values) => profileColumn(values));
  // Without a header row, people at organisations with their posts are contacts; else the values
  // may make a client list.
  const contactsByValues =
    !overridden &&
    table.headerRows.length === 0 &&
    (classification.key === null || classification.key === "Contacts")
      ? headerlessContacts(profiles)
      : null;
  if (contactsByValues)
    classification = { key: "Contacts", confidence: 0.5, scores: { Contacts: 0.5 } };
  else if (!overridden && table.headerRows.length === 0 && classification.key === null)
    classification = headerlessClients(sheet.name, table, columnValues, profiles);
  // Headers no register sheet's words fit (醫事機構名稱 | 醫事機構電話 | 醫事機構地址: whose name,
  // phone and address, said in the trade's own words) leave the values to speak, as under no
  // header: a column of names beside their phones or e-mails is a list of parties.
  else if (
    !overridden &&
    classification.key === null &&
    Object.values(classification.scores).every((s) => (s ?? 0) === 0) &&
    labelsOnly(table.columns)
  ) {
    const parties = partiesByValues(sheet.name, table, columnValues, profiles);
    if (parties) {
      classification = { key: "Clients", confidence: 0.5, scores: { Clients: 0.5 } };
      issues.push(sheetIssue(sheet.name, "import.values-as-clients", parties));
    }
  }
  // A log without a header row, read for its buyers when no sheet lists the clients: its values
  // decide (buyer-log.ts), as a headed log's do.
  if (
    !overridden &&
    table.headerRows.length === 0 &&
    classification.key === null &&
    context.memberLog
  )
    classification = { key: "Clients", confidence: 0.5, scores: { Clients: 0.5 } };
  let eventLog: SheetKey | null = null;
  // The column naming each deal's party, of a table read as Pipeline for its deals' stages.
  let dealParty = -1;
  // Why a table read as complaints from generic words alone is none (complaint-evidence.ts).
  let noComplaint: NotData | null = null;
  // Why a table read as visits holds no contacts (contact-evidence.ts).
  let noContact: NotData | null = null;
  // The party and day columns (of all columns) of rows read as events by event-rows.ts.
  let eventRows: EventRowsColumns | null = null;
  if (!overridden && table.headerRows.length > 0) {
    classification = preferHoldingForTerm(
      classification,
      seen(columnValues).filter((_, i) => seen(profiles)[i].date >= 0.6)
    );
    const plainHeaders = table.columns.map((c) => stripHeaderUnit(c.text));
    const columnHeaders = seen(plainHeaders);
    // The table's columns as they would map were it read as `as`.
    const trialAs = (as: SheetKey): ColumnMapping[] =>
      mapColumns({
        sheetName: sheet.name,
        registerSheet: as,
        columns: seen(
          table.columns.map((header, i) => ({
            header,
            values: columnValues[i],
            profile: profiles[i],
          }))
        ),
        overrides: merged,
        remembered: again,
      }).columns;
    // Why the rows were read as the sheet they are, said once the decision stands.
    const readAs: { key: SheetKey; code: MessageCode; params: MessageParams }[] = [];
    const asLoans = preferAssetsForLoans(classification, columnHeaders);
    if (asLoans.key !== classification.key && asLoans.key !== null)
      readAs.push({
        key: asLoans.key,
        code: "import.loans-as-assets",
        params: { columns: loanPartHeaders(columnHeaders).join(", "), sheet: sheet.name },
      });
    classification = asLoans;
    classification = preferClientsWithoutEventDates(
      classification,
      seen(profiles).flatMap((p, i) =>
        p.date >= 0.6 && p.rows > 0
          ? [{ header: columnHeaders[i], share: (p.filled * p.date) / p.rows }]
          : []
      )
    );
    classification = preferClientsForHouseholds(classification, plainHeaders, columnValues);
    classification = preferClientsForDependants(classification, plainHeaders, columnValues);
    classification = preferPoliciesForHouseholds(classification, plainHeaders, columnValues);
    classification = preferClientsForAssetClasses(
      classification,
      seen(table.columns).map((c) => c.text),
      seen(columnValues)
    );
    classification = preferClientsForPartyFigures(
      classification,
      seen(plainHeaders),
      seen(profiles)
    );
    classification = preferHoldingsForHeldThings(
      classification,
      seen(plainHeaders),
      seen(profiles)
    );
    classification =
      keyedHoldings(classification, plainHeaders, profiles)?.classification ?? classification;
    classification = preferPipelineForDealEntities(classification, plainHeaders);
    const asDeals = preferPipelineForLostSales(classification, columnHeaders);
    if (asDeals.key !== classification.key)
      readAs.push({
        key: "Pipeline",
        code: "import.lost-sales-as-pipeline",
        params: { columns: columnHeaders.filter(namesLostSale).join(", "), sheet: sheet.name },
      });
    classification = asDeals;
    const evidence =
      classification.key === "Complaints"
        ? complaintEvidence({ headers: plainHeaders, context: [sheet.name, title], profiles })
        : undefined;
    classification = complaintsOnlyWithAComplaint(
      classification,
      plainHeaders,
      [sheet.name, title],
      profiles,
      evidence
    );
    if (evidence && classification.key === null)
      noComplaint = noComplaintWhy(evidence, plainHeaders);
    const against =
      classification.key === "Complaints"
        ? complaintsAgainstOthers({ headers: plainHeaders, context: [sheet.name, title], profiles })
        : null;
    if (against) {
      classification = { key: null, confidence: 0, scores: classification.scores };
      noComplaint = against;
    }
    const staged = preferPipelineForDealStages(
      classification,
      columnHeaders,
      seen(columnValues),
      seen(profiles),
      () => trialAs("Pipeline").map((c) => c.field),
      () => trialAs("Clients").map((c) => c.field)
    );
    if (staged !== null) {
      dealParty = seen(table.columns.map((_, i) => i))[staged.partyAt] ?? -1;
      if (classification.key !== "Pipeline")
        readAs.push({
          key: "Pipeline",
          code: "import.deal-stages-as-pipeline",
          params: { column: columnHeaders[staged.stageAt] ?? "", sheet: sheet.name },
        });
      classification = staged.classification;
      base.dealStages = true;
    }
    classification = preferVisitsForServiceCalls(classification, plainHeaders, [sheet.name, title]);
    classification = preferVisitsForContactDates(classification, plainHeaders, columnValues);
    // Rows each an event of its own (a number or a day of its own) whose party comes back: the
    // records of the sheet the events are, not a list of clients (event-log.ts).
    const logOf = classification.key;
    // Rows each timed by a start and an end the same day are events, whatever client sheet the
    // headers fit (a start and an end read as a policy's) (event-rows.ts).
    const timed =
      logOf !== null && !EVENT_LOG_SHEETS.includes(logOf)
        ? timedColumns(columnHeaders, seen(columnValues))
        : null;
    const readAsList = logOf === "Clients" || logOf === "Contacts";
    const listOf = readAsList || timed !== null;
    if (listOf || (logOf !== null && EVENT_LOG_SHEETS.includes(logOf))) {
      const seenColumns = seen(table.columns);
      const seenValues = seen(columnValues);
      const seenProfiles = seen(profiles);
      const trials = new Map<SheetKey, ColumnMapping[]>();
      const trialColumns = (as: SheetKey) => {
        const known = trials.get(as);
        if (known) return known;
        const trial = mapColumns({
          sheetName: sheet.name,
          registerSheet: as,
          columns: seenColumns.map((header, i) => ({
            header,
            values: seenValues[i],
            profile: seenProfiles[i],
          })),
          overrides: merged,
          remembered: again,
        }).columns;
        trials.set(as, trial);
        return trial;
      };
      const partyOf = (as: SheetKey, fields = [CLIENT_NAME_KEY, "clientId"]) => {
        const trial = trialColumns(as);
        const at = fields.map((f) => trial.findIndex((c) => c.field === f)).find((i) => i >= 0);
        return at ?? -1;
      };
      const logInput = {
        headers: columnHeaders,
        columnValues: seenValues,
        profiles: seenProfiles,
        partyOf: (as: SheetKey) => partyOf(as),
        context: [sheet.name, title],
      };
      // A log read as a client sheet other than the list only for its timed rows.
      const logged =
        logOf === "Contacts" || (!readAsList && timed !== null) ? null : eventLogReading(logInput);
      classification = preferEventLog(classification, logged);
      // Rows the client or contact list would read that are events about their parties, a deal's
      // prospect among them (event-rows.ts).
      const rows =
        logged === null && listOf
          ? eventRowsReading(
              {
                ...logInput,
                // The party the sheet names, else the one the client list would name, before a
                // number that may be the event's own.
                partyOf: (as) => {
                  const named = partyOf(as, [CLIENT_NAME_KEY, "prospect"]);
                  if (named >= 0) return named;
                  // Our callers' e-mail addresses name no party.
                  const listed = [
                    partyOf("Clients", ["name"]),
                    partyOf("Clients", ["employer"]),
                  ].filter((at) => at >= 0 && seenProfiles[at].email < 0.5);
                  // A person met at a firm: of the two, the one named again and again is the
                  // party the rows are about (the firm visited again, not each person met).
                  const comingBack = (at: number) => partyRepetition(seenValues[at]).repeatedShare;
                  const party = listed.reduce<number | undefined>(
                    (best, at) =>
                      best === undefined || comingBack(at) > comingBack(best) ? at : best,
                    undefined
                  );
                  return party ?? partyOf(as, ["clientId"]);
                },
              },
              classification.scores,
              logOf === "Contacts" ? "Contacts" : "Clients"
            )
          : null;
      classification = preferEventRows(classification, rows, timed !== null);
      const reading = logged ?? rows;
      if (reading !== null && classification.key === reading.registerSheet)
        eventLog = reading.registerSheet;
      if (rows !== null && classification.key === rows.registerSheet) {
        const shown = seen(table.columns.map((_, i) => i));
        eventRows = {
          partyAt: shown[rows.partyAt] ?? -1,
          dayAt: shown[rows.dayAt] ?? -1,
          endAt: rows.endAt === undefined ? -1 : (shown[rows.endAt] ?? -1),
        };
      }
    }
    // Rows standing at a deal's stages for a party that is no person reached by phone are deals,
    // their party found by its values where no pipeline word heads it (deal-stages.ts).
    if (classification.key === "Pipeline" && base.dealStages !== true)
      classification = preferClientsForLeadLists(
        classification,
        trialAs("Pipeline").map((c) => c.field),
        trialAs("Clients").map((c) => c.field)
      );
    // A stage column defines the deals, whatever its stages are called (L2, 方案报价).
    if (
      classification.key !== null &&
      DEFINING_FIELDS[classification.key] !== undefined &&
      !(classification.key === "Pipeline" && base.dealStages === true)
    )
      classification = preferClientsWithoutDefiningFields(
        classification,
        trialAs(classification.key).map((c, i) => ({
          field: c.field,
          values: seen(columnValues)[i] ?? [],
          header: seen(plainHeaders)[i],
        }))
      );
    if (classification.key === "Visits" && eventLog === null) {
      const read = trialAs("Visits").map((c, i) => ({
        header: seen(plainHeaders)[i] ?? "",
        field: c.field,
        profile: seen(profiles)[i],
      }));
      if (
        visitDayOfMonth(read) !== null ||
        partiesWithProfiles(
          read.map((c) => c.field),
          trialAs("Clients").map((c) => c.field),
          seen(columnValues)
        )
      )
        classification = readAsClientList(classification);
    }
    if (classification.key === "Visits" && eventLog === null) {
      noContact = noContactWhy(
        trialAs("Visits").map((c, i) => ({
          header: seen(plainHeaders)[i] ?? "",
          field: c.field,
          profile: seen(profiles)[i],
        }))
      );
      if (noContact !== null) classification = { ...classification, key: null };
    }
    // Said once: a log of services read as the client's contacts, and how to read it otherwise.
    const services =
      classification.key === "Visits" ? servicesAtClients(plainHeaders, [sheet.name, title]) : null;
    if (services !== null)
      issues.push(
        sheetIssue(sheet.name, "import.service-calls-as-visits", {
          words: services.join(", "),
          sheet: sheet.name,
        })
      );
    // A caption counts on a sheet of several tables (Contacts, Opportunities, Actions).
    if (block !== null || context.underClient)
      classification = preferCaption(
        classification,
        captionSheet(title),
        context.underClient === true
      );
    if (
      context.clientList ||
      context.memberLog ||
      context.peopleAsClients ||
      context.firmsAsClients !== undefined
    )
      classification = { ...classification, key: "Clients" };
    if (context.dealsOfList) classification = { ...classification, key: "Pipeline" };
    // Nothing else in the workbook imports, and the headers fit the client list as surely as the
    // sheet they were read as (a CRM export of every property reaches every sheet's words): the
    // rows decide, read as the parties they name (decideTables keeps the rule that they must).
    if (
      context.partiesByValues &&
      classification.key !== null &&
      classification.key !== "Clients" &&
      fitsClientsAsSurely(classification)
    ) {
      classification = { ...classification, key: "Clients" };
      base.byValues = true;
    }
    // A list kept by client whose rows are no records of their own (branches, sites, notes under
    // each client's heading) is the client list.
    if (grouped && classification.key === null)
      classification = { key: "Clients", confidence: 0.5, scores: { Clients: 0.5 } };
    // A list of accounts whose headers the register's words hardly reach, read by what its header
    // says names each row and by values telling the rows apart (party-list.ts).
    const party = partyListReading(
      sheet.name,
      seen(table.columns),
      seen(columnValues),
      seen(profiles),
      classification,
      context.partiesByValues === true
    );
    if (party) {
      classification = party;
      base.byValues = true;
    }
    for (const said of readAs)
      if (said.key === classification.key)
        issues.push(sheetIssue(sheet.name, said.code, said.params));
  }
  // Rows that each reached someone by phone at a moment and say what was said: a call log, read
  // as visits by phone whatever its headers fail to say (call-log.ts). A sheet's name alone (投诉单,
  // the calls after complaint tickets) does not outweigh what its columns say the rows are.
  const visitsOrNothing = (key: SheetKey | null) => key === null || key === "Visits";
  const callLog: CallLog | null =
    !overridden &&
    (visitsOrNothing(classification.key) || visitsOrNothing(classifySheet("", headers).key))
      ? callLogOf(columnValues, profiles, (i) => hidden[i] === undefined && !notes.has(i))
      : null;
  // Read as visits only when the rows name no one: with a column of people's or firms' names
  // beside the number the rows may as well be a list of those people (leads with their messages).
  if (callLog && !callLog.named && classification.key !== "Visits")
    classification = {
      key: "Visits",
      confidence: CALL_LOG_CONFIDENCE,
      scores: {
        ...classification.scores,
        Visits: Math.max(classification.scores.Visits ?? 0, CALL_LOG_CONFIDENCE * 3),
      },
    };
  const namedRows = overridden ? undefined : context.namedRows;
  if (namedRows !== undefined) {
    classification = {
      key: "Clients",
      confidence: NAMED_ROWS_CONFIDENCE,
      scores: {
        ...classification.scores,
        Clients: Math.max(classification.scores.Clients ?? 0, NAMED_ROWS_CONFIDENCE * 3),
      },
    };
    base.namedRows = true;
  }
  const mapping: SheetMapping = {
    sheet: sheet.name,
    registerSheet: classification.key,
    confidence: classification.confidence,
    headerRows: table.headerRows,
    columns: [],
    layout,
  };
  if (range) mapping.range = range;
  if (table.headerRows.length === 0) mapping.headerless = true;
  const found =
    overridden || namedRows !== undefined
      ? null
      : table.headerCopies?.formLines
        ? formLines(table)
        : notRegisterData({
            sheetName: sheet.name,
            title,
            headers: seen(table.columns).map((c) => c.text),
            profiles: seen(profiles),
            firstColumn: firstColumnTexts(seen(columnValues)[0]),
            registerSheet: classification.key,
            registerConfidence: classification.confidence,
            besideOthers: block !== null && !main,
            columnRuns: seen(columnValues).map(runOf),
            figuresBelow: table.summary === true,
            columnValues: seen(columnValues),
            eventLog: eventLog !== null && eventLog === classification.key,
          });
  const unread = found ?? (classification.key === null ? (noComplaint ?? noContact) : null);
  // The people listed under a client's form are that client's, not the organisation's own staff.
  const read =
    (unread &&
      context.underClient &&
      (unread.code.startsWith("sheet.why.staff") || unread.code === "sheet.why.row-role")) ||
    ((unread?.kind === "transactions" ||
      unread?.kind === "pivot" ||
      (unread?.kind === "catalogue" && context.buyerLogLayout)) &&
      context.memberLog)
      ? null
      : unread;
  // Rows bought from suppliers name no clients, whatever else they read as (trade-direction.ts).
  const notData =
    overridden ||
    namedRows !== undefined ||
    (read !== null && read.kind !== "transactions" && read.kind !== "unsure")
      ? read
      : (suppliersOf(sheet.name, title, seen(table.columns), seen(profiles)) ?? read);
  if (notData) {
    mapping.registerSheet = null;
    mapping.kind = notData.kind;
    mapping.reason = notData.reason;
    mapping.reasonCoded = { code: notData.code, params: notData.params };
  }
  if (mapping.registerSheet === null) {
    mapping.columns = unmappedColumns(table, columnValues);
    // A header with no rows under it still reads as a register sheet's layout (a template): the
    // reading is kept, to be shown when the workbook holds no data at all (templateReadings).
    const inputs = table.columns.map((header, i) => ({ header, values: columnValues[i] }));
    const key =
      notData?.kind === "empty" && classification.key === "Clients" && contactsTemplate(inputs)
        ? "Contacts"
        : classification.key;
    // A blank form of items (品名/規格, 單價, 數量 and nothing naming a party) reads as no sheet.
    const template =
      notData?.kind === "empty" &&
      key !== null &&
      blankItemForm(table.columns.map((c) => c.text)) === null
        ? {
            registerSheet: key,
            confidence: classification.confidence,
            columns: mapColumns({
              sheetName: sheet.name,
              registerSheet: key,
              columns: table.columns.map((header, i) => ({
                header,
                values: columnValues[i],
                profile: profiles[i],
              })),
              overrides: merged,
              remembered: again,
            }).columns,
          }
        : undefined;
    return {
      ...base,
      notData,
      classification,
      mapping,
      columnValues,
      profiles,
      ...(template ? { template } : {}),
    };
  }
  // A CRM's address-type column (Odoo: Contact, Invoice Address) says what a row is: it competes
  // for no field (its "type" or "address" header would take kind or address).
  const typed = table.columns.map(
    (column, i) =>
      mapping.registerSheet === "Clients" &&
      hidden[i] === undefined &&
      !namedBy([again, merged], column) &&
      holdsAddressTypes(columnValues[i])
  );
  let registerSheet = mapping.registerSheet;
  /** Maps the columns not set aside (`aside` gives their mapping), one decision for the sheet. */
  const mapAllBut = (aside: (i: number) => ColumnMapping | null, as: SheetKey = registerSheet) => {
    const set = table.columns.map((_, i) => aside(i));
    const result = mapColumns({
      sheetName: sheet.name,
      registerSheet: as,
      columns: table.columns
        .map((header, i) => ({
          header,
          values: columnValues[i],
          profile: profiles[i],
          mergedRows: mergedRows[i],
          contactIsClient: context.peopleAsClients === true,
          firmContact: context.firmsAsClients?.contact === i,
        }))
        .filter((_, i) => set[i] === null),
      overrides: merged,
      remembered: again,
    });
    let next = 0;
    return {
      columns: set.map((m) => m ?? result.columns[next++]),
      issues: result.issues,
    };
  };
  const firstAside = (i: number): ColumnMapping | null => {
    const column = table.columns[i];
    const why = hidden[i];
    if (why) return hiddenColumnMapping(column, why);
    if (notes.has(i)) return noteColumnMapping(column, columnValues[i] ?? []);
    return typed[i] ? addressTypeMapping(column, columnValues[i]) : null;
  };
  let mapped = mapAllBut(firstAside);
  if (contactsByValues && registerSheet === "Contacts") {
    mapHeaderlessContacts(mapped.columns, contactsByValues, profiles);
    // The columns the values mapped no longer go to notes: their notices of it are dropped.
    mapped.issues = mapped.issues.filter(
      (issue) =>
        issue.code !== "map.unmapped-notes" ||
        !mapped.columns.some((c) => c.field !== null && c.letter === issue.column)
    );
  }
  if (namedRows !== undefined)
    mapped.columns = namingColumn(mapped.columns, namedRows, profiles, columnValues);
  if (registerSheet === "Pipeline" && base.dealStages === true)
    dealPartyColumn(mapped.columns, dealParty, profiles);
  if (!overridden && registerSheet === "Family" && !holdsRelatives(mapped.columns, profiles)) {
    registerSheet = "Clients";
    mapping.registerSheet = "Clients";
    mapped = mapAllBut(firstAside);
  }
  // A column that only repeats each row's name (Odoo's commercial entity, a child contact's
  // "NAME, Person") is no field of its own: set aside too, and the sheet decided again without it.
  if (registerSheet === "Clients") {
    const name = mapped.columns.findIndex((m) => m.field === "name");
    const repeats = table.columns.map(
      (column, i) =>
        name >= 0 &&
        i !== name &&
        mapped.columns[i].field !== null &&
        mapped.columns[i].source !== "override" &&
        !namedBy([again, merged], column) &&
        repeatsName(columnValues[i], columnValues[name])
    );
    if (repeats.some(Boolean))
      mapped = mapAllBut(
        (i) =>
          firstAside(i) ??
          (repeats[i] ? repeatedNameMapping(table.columns[i], columnValues[i]) : null)
      );
  }
  // A list whose name column groups its rows under a few parties, beside a column naming one
  // party per row, is a list of the latter (party-of-each-row.ts).
  const eachRow =
    !overridden && namedRows === undefined && registerSheet === "Clients" && !context.memberLog
      ? partyOfEachRow(
          mapped.columns,
          table.columns.map((c) => c.text),
          profiles,
          columnValues
        )
      : null;
  if (eachRow) {
    const { party, grouped, groups } = eachRow;
    const named = mapped.columns[grouped];
    const taken = mapped.columns[party];
    mapped.columns[grouped] = { ...named, field: null, confidence: 0, source: "values" };
    mapped.columns[party] = { ...taken, field: "name", confidence: 0.5, source: "values" };
    issues.push(
      sheetIssue(sheet.name, "import.party-of-each-row", {
        column: columnLabel(taken.letter, taken.header),
        grouped: columnLabel(named.letter, named.header),
        groups,
      })
    );
  }
  // A contacts export (people at accounts: Account Name, 帳戶名稱 beside first and last names and a
  // title) is read as Contacts, each person linked to the client its account column names; a sheet
  // read as Contacts already whose account column links no client yet is linked the same way.
  const inputs = table.columns.map((header, i) => ({ header, values: columnValues[i] }));
  if (!overridden && (registerSheet === "Clients" || registerSheet === "Contacts")) {
    const asContacts =
      registerSheet === "Contacts"
        ? mapped.columns.some((m) => m.field === CLIENT_NAME_KEY)
          ? null
          : mapped
        : mayBeContactsExport(inputs)
          ? mapAllBut(firstAside, "Contacts")
          : null;
    const account = asContacts && contactsAccountColumn(inputs, asContacts.columns, profiles);
    if (asContacts && account) {
      registerSheet = "Contacts";
      mapping.registerSheet = "Contacts";
      mapped = asContacts;
      const linked = mapped.columns[account.column];
      if (linked.field !== CLIENT_NAME_KEY) {
        for (const m of mapped.columns) if (m.field === CLIENT_NAME_KEY) m.field = null;
        linkToAccount(linked, account);
      }
    }
  }
  // A firm written over several people of its own, each with their own details, lists its
  // people: contacts of the firm, not one client told again on each row (firm-people.ts).
  if (!overridden && registerSheet === "Clients" && namedRows === undefined && !context.memberLog) {
    const firm = mapped.columns.findIndex((m) => m.field === "name" && m.source !== "override");
    const person = mapped.columns.findIndex((m) => m.field === "mainContact");
    const found =
      firm >= 0 &&
      person >= 0 &&
      (profiles[person]?.personName ?? 0) >= 0.6 &&
      companyLikeValues(columnValues[firm])
        ? firmsOfSeveralPeople(
            mergeFilledValues(sheet, table, columnValues)[firm],
            columnValues[person]
          )
        : null;
    const asContacts = found ? mapAllBut(firstAside, "Contacts") : null;
    if (
      found &&
      asContacts &&
      asContacts.columns[firm].field === CLIENT_NAME_KEY &&
      (asContacts.columns[person].field === "name" || asContacts.columns[person].field === null)
    ) {
      const contact = mapped.columns[person];
      registerSheet = "Contacts";
      mapping.registerSheet = "Contacts";
      mapped = asContacts;
      // The firm's contact column names each row's person, whatever its header says of roles.
      if (mapped.columns[person].field === null)
        mapped.columns[person] = { ...contact, field: "name" };
      setEvidence(mapped.columns[firm], [
        {
          code: "map.why.firm-people",
          params: { header: mapped.columns[firm].header, ...found },
        },
      ]);
    }
  }
  // People at organisations under a header row: the name column names people, another column the
  // organisation each works at, shared by several of them, and the header, a post or the order
  // says they are the organisations' people — contacts of those clients (firm-people.ts).
  if (!overridden && registerSheet === "Clients" && namedRows === undefined && !context.memberLog) {
    const person = mapped.columns.findIndex((m) => m.field === "name" && m.source !== "override");
    const merged = person >= 0 ? mergeFilledValues(sheet, table, columnValues) : [];
    const found =
      person >= 0
        ? organisationPeople({
            person,
            personShare: profiles[person]?.personName ?? 0,
            personHeaderSaysContact: headerHasWord(
              mapped.columns[person].header,
              CONTACT_PERSON_WORDS
            ),
            hasPersonalId: mapped.columns.some(
              (m, i) => m.field === "idNumber" && (profiles[i]?.idNumber ?? 0) >= 0.5
            ),
            columns: mapped.columns.map((m, i) => ({
              field: m.field,
              company: profiles[i]?.company ?? 0,
              distinct: profiles[i]?.distinct ?? 0,
            })),
            values: merged,
          })
        : null;
    const asContacts = found ? mapAllBut(firstAside, "Contacts") : null;
    if (found && asContacts) {
      const at = found.organisation;
      registerSheet = "Contacts";
      mapping.registerSheet = "Contacts";
      mapped = asContacts;
      for (const m of mapped.columns) if (m.field === CLIENT_NAME_KEY) m.field = null;
      Object.assign(mapped.columns[at], { field: CLIENT_NAME_KEY, confidence: 0.8 });
      if (mapped.columns[person].field !== "name")
        Object.assign(mapped.columns[person], { field: "name", confidence: 0.8 });
      setEvidence(mapped.columns[at], [
        {
          code: `map.why.organisation-people-${found.by}`,
          params: {
            header: mapped.columns[at].header,
            person: mapped.columns[person].header,
            firms: found.firms,
            people: found.people,
          },
        },
      ]);
    }
  }
  if (callLog && registerSheet === "Visits") mapCallLog(mapped.columns, callLog);
  if (eventRows !== null && registerSheet === eventLog)
    keyEventRows(registerSheet, mapped.columns, eventRows);
  if (eventLog !== null && registerSheet === eventLog)
    keyEventRecords(eventLog, mapped.columns, {
      headers: table.columns.map((c) => stripHeaderUnit(c.text)),
      columnValues,
      profiles,
    });
  mapping.columns = mapped.columns;
  mapping.columns.forEach((c, i) => {
    const label = table.columns[i]?.label;
    if (label && c.source !== "hidden") c.label = label;
  });
  labelSideNoteColumns(mapping, mapped.issues, columnValues);
  // A field read from columns repeated per period takes the latest (存款 6月 over 1月).
  const periods = currentPeriodColumns(mapping.columns);
  if (mapping.registerSheet === "Clients") ownerFromUserId(mapping.columns, columnValues);
  const left = hiddenColumnsIssue(sheet.name, mapping.columns);
  if (left) issues.push(left);
  issues.push(...mapped.issues);
  // Without a header row the first row is a record too, and every field was read from values:
  // said once, so that a person checks the reading.
  const byValue = mapping.columns.flatMap((c) => (c.field === null ? [] : [c.field]));
  if (table.headerRows.length === 0 && !table.summary && byValue.length > 0)
    issues.push(
      sheetIssue(sheet.name, "import.headerless-list", {
        first: table.firstDataRow,
        registerSheet: mapping.registerSheet,
        fields: byValue.join(","),
      })
    );
  for (const i of notes) {
    const lines = (columnValues[i] ?? []).flatMap((v) => (isBlankCell(v) ? [] : [cellText(v)]));
    const text = [table.columns[i].text, ...lines].join("\n");
    const letter = mapping.columns[i].letter;
    const top = table.headerRows[0];
    const cell =
      lines.length === 0 ? `${letter}${top}` : `${letter}${top}:${letter}${top + lines.length}`;
    issues.push(sideNoteIssue(sheet.name, table.headerRows[0], cell, text));
    const unit = noteUnitOf(table.columns[i].text);
    if (unit) issues.push(...noteUnitIssues(sheet.name, unit, mapping));
  }
  return periods.length > 0
    ? { ...base, notData, classification, mapping, columnValues, profiles, periods }
    : { ...base, notData, classification, mapping, columnValues, profiles };
}

/**
 * Every table's decision with its competing readings (sheet-decision.ts); a table read as a
 * register sheet whose rows mostly name no party is left out as unsure, said once, unless a person
 * chose its kind.
 */
/** A reading below this (a third of what a certain sheet's headers give) is no likeness to name. */
const CLOSEST_READING = 0.3;

/** Header evidence at which a sheet's reading is certain (classify-sheet.ts strength). */
const CERTAIN_EVIDENCE = 3;

/** True when the headers speak for the client list as surely as for the sheet they were read as. */
function fitsClientsAsSurely(classification: SheetClassification): boolean {
  const key = classification.key;
  if (key === null) return false;
  const certainty = (k: SheetKey) => Math.min(CERTAIN_EVIDENCE, classification.scores[k] ?? 0);
  return certainty("Clients") >= certainty(key) && certainty("Clients") > 0;
}

function decideTables(analyses: SheetAnalysis[]): SheetAnalysis[] {
  const tables = analyses.filter((a) => a.table && !a.loose);
  const toldNot = new Set(tables.filter((b) => b.notData !== null && b.notData.kind !== "unsure"));
  for (const a of analyses) {
    if (!a.table || a.loose) continue;
    const key = a.mapping.registerSheet;
    const subject = key
      ? subjectOf(key, a.mapping.columns, mergeFilledValues(a.sheet, a.table, a.columnValues))
      : null;
    const readings = readingsOf(
      a.classification.scores,
      key,
      key ? a.mapping.confidence : 0,
      subject
    );
    if (a.overridden) {
      a.mapping.decision = decisionOf(key, key ? "forced" : "left-out", readings, subject);
      continue;
    }
    // The list of named rows read when nothing else imports: its name column names it.
    if (a.namedRows && key === "Clients" && subject !== null) {
      a.mapping.decision = decisionOf(key, "imported", readings, subject);
      continue;
    }
    // A table no register sheet's words fit well enough: unsure, said with the sheet it came
    // closest to (when any) so a person sees what forcing it would make of it.
    const closest = readings.find((r) => r.registerSheet !== null && r.score >= CLOSEST_READING);
    if (key === null && (a.notData || !closest || a.table.headerRows.length === 0)) {
      a.mapping.decision = decisionOf(null, a.notData ? "not-data" : "unsure", readings, subject);
      continue;
    }
    const reading = (key ?? closest?.registerSheet) as SheetKey;
    const why: UnsureWhy | null =
      key === null
        ? { code: "sheet.unsure.weak-class", params: {} }
        : a.form
          ? null
          : (unsureWhy(key, subject, a.mapping.columns, a.profiles) ??
            againstClientData(a, subject, tables, toldNot));
    if (!why) {
      a.mapping.decision = decisionOf(key, "imported", readings, subject);
      continue;
    }
    const runnerUp = readings.find((r) => r.registerSheet !== reading) ?? {
      registerSheet: null,
      score: 0,
    };
    const score = readings.find((r) => r.registerSheet === reading)?.score ?? 0;
    const params = unsureParams(a.sheet.name, reading, score, runnerUp, why);
    markNotData(a, unsureSummary(score, runnerUp), params, "unsure");
    if (a.notData && why.against) a.notData.against = why.against;
    a.mapping.decision = decisionOf(null, "unsure", readings, subject);
  }
  return analyses;
}

/** Why a table is left out as unsure, and the evidence feature that weighed most against it. */
interface UnsureWhy {
  code: MessageCode;
  params: Record<string, string | number>;
  against?: EvidenceFeature;
}

/**
 * Why a table read as a register sheet is no client data by the one score over its evidence
 * (client-evidence.ts), or null when the score clears the margin.
 */
function againstClientData(
  a: SheetAnalysis,
  subject: SubjectEvidence | null,
  tables: readonly SheetAnalysis[],
  toldNot: ReadonlySet<SheetAnalysis>
): UnsureWhy | null {
  if (!a.table) return null;
  const others = tables.filter((b) => b !== a);
  const evidence = clientEvidence({
    columns: a.mapping.columns,
    profiles: a.profiles,
    columnValues: a.columnValues,
    subject,
    headerless: a.table.headerRows.length === 0,
    buyersOfLog: readAsBuyers(a),
    otherTables: others.length,
    otherNotData: others.filter((b) => toldNot.has(b)).length,
  });
  const score = clientEvidenceScore(evidence);
  if (score >= CLIENT_EVIDENCE_MARGIN) return null;
  const against = strongestAgainst(evidence);
  return {
    code: "sheet.unsure.evidence",
    params: {
      evidence: score.toFixed(2),
      margin: CLIENT_EVIDENCE_MARGIN.toFixed(2),
      against: against ? `sheet.evidence.${against.feature}` : "sheet.evidence.nothing",
      share: `${Math.round(100 * (against?.share ?? 0))}%`,
    },
    ...(against ? { against: against.feature } : {}),
  };
}

/**
 * A workbook that holds no data rows at all — an import template, a header and nothing under it —
 * is opened to see how its columns would be read, and to save that mapping for the filled copy: each
 * header-only table that reads as a register sheet shows that sheet and its column mapping, its
 * outcome "no rows" (nothing is imported). Beside tables holding rows, an empty sheet is only left
 * out, said why. Called on the mappings to be shown, after the import has decided everything.
 */
export function showTemplateReadings(analyses: readonly SheetAnalysis[]): boolean {
  const tables = analyses.filter((a) => a.table !== null && !a.loose);
  if (tables.length === 0 || !tables.every((a) => a.notData?.kind === "empty")) return false;
  let shown = false;
  for (const a of tables) {
    if (!a.template || a.overridden) continue;
    a.mapping.registerSheet = a.template.registerSheet;
    a.mapping.confidence = a.template.confidence;
    a.mapping.columns = a.template.columns;
    if (a.mapping.decision) a.mapping.decision = { ...a.mapping.decision, outcome: "no-rows" };
    shown = true;
  }
  return shown;
}
