import type { AddressPart } from "./address-parts";
import type { DatePart } from "./date-parts";
import type { PhoneRegion } from "./normalize/phones";
import type { ImportState } from "./import-state";
import type { MessageParams } from "../register/messages/render";
import type { RegisterRecord, SheetKey } from "../register/types";

/** An Excel error value as a source reader hands it over, e.g. { error: "#N/A" }. */
export interface SourceError {
  error: string;
}

/** One cell as plain data: formulas already replaced by their cached results, rich text flattened. */
export type SourceCell = string | number | boolean | Date | null | SourceError;

/** A merged range, 1-based and inclusive, as Excel numbers rows and columns. */
export interface SourceMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One worksheet of any workbook as a plain grid. `rows[i][j]` is the cell at Excel row i+1,
 * column j+1; rows may be ragged or empty. Cells covered by a merge (other than its top-left
 * cell) are null; `merges` says which ranges are merged.
 */
export interface SourceSheet {
  name: string;
  rows: SourceCell[][];
  merges: SourceMerge[];
  /** Absent means visible. */
  state?: "visible" | "hidden" | "veryHidden";
  /**
   * 1-based indices of the columns hidden in the source (a CRM export's "(Do Not Modify)" GUID and
   * checksum columns), ascending, within the cells read; absent when none is or the format cannot tell.
   */
  hiddenColumns?: number[];
  /**
   * The workbook counts dates from 1904 (old Mac Excel). Cells in date formats already arrive as
   * Dates; this matters only for plain numbers a column reads as date serials.
   */
  date1904?: boolean;
}

export type IssueSeverity = "error" | "warning" | "info";

/** One problem, always pointing at the source: sheet, 1-based row as Excel shows it, column letter and header. */
export interface ImportIssue {
  sheet: string;
  row: number | null;
  /** Column letter and header, e.g. "C (电话)". */
  column: string | null;
  field: string | null;
  value: string | number | boolean | null;
  /** The English text; `code` and `params` render it in the register's language (src/register/messages). */
  message: string;
  severity: IssueSeverity;
  code?: string;
  params?: MessageParams;
}

/** A message by catalogue code and parameters (see src/register/messages). */
export interface MessageRef {
  code: string;
  params: MessageParams;
}

export type RowOutcome = "imported" | "merged" | "skipped" | "rejected";

/** What became of one non-blank source row below the header. */
export interface RowAccount {
  sheet: string;
  row: number;
  /** The block's range ("S1:S71") when the sheet holds several blocks; absent otherwise. */
  table?: string;
  outcome: RowOutcome;
  reason?: string;
}

export interface ImportSummary {
  sourceRows: number;
  imported: number;
  merged: number;
  skipped: number;
  rejected: number;
}

/**
 * Why a column got its field: a header alias (exact or near), the caller, a running row number,
 * the values alone (e-mail, phone), the subject decision (who the row is about), a saved mapping.
 */
export type MappingSource =
  | "alias"
  | "fuzzy"
  | "override"
  | "row-number"
  /** Hidden in the source, or a system's "(Do Not Modify)" column: neither imported nor in notes. */
  | "hidden"
  /**
   * A log read as its buyers: a column whose value changes between one buyer's lines (an invoice
   * number, a line's amount) describes each transaction, not the client: neither imported nor in notes.
   */
  | "transaction"
  | "values"
  | "subject"
  | "none";

/** A message catalogue code and its parameters (src/register/messages). */
export interface CodedReason {
  code: string;
  params: MessageParams;
}

export interface ColumnMapping {
  /** 1-based column index. */
  index: number;
  /** Column letter, e.g. "C". */
  letter: string;
  header: string;
  /** The words before this column's values in notes when they differ from `header` (see HeaderColumn.label). */
  label?: string;
  field: string | null;
  confidence: number;
  source: MappingSource;
  /** The multiplier a unit in the header applies to the values (万 → 10000), when there is one. */
  unitMultiplier?: number;
  currency?: string;
  /** A few of the column's first non-empty values, as text, for the mapping preview. */
  samples: string[];
  /** The witnesses behind the decision, in English words (header, values, repetition, role). */
  evidence?: string[];
  /** The same witnesses as catalogue codes (src/register/messages), one per `evidence` line. */
  reasons?: CodedReason[];
  /** Several columns feed this field and their values are joined (province/city + street address). */
  /**
   * A note written beside the table in this column (a 说明 header over a few numbered lines): not
   * data; its text is kept in an import.side-note issue, not in any record.
   */
  sideNote?: true;
  joined?: boolean;
  /** The part of a split address the column holds: its values join the address in the local order. */
  addressPart?: AddressPart;
  /** The part of a date written over three columns (年 | 月 | 日): the row's parts make one date. */
  datePart?: DatePart;
  /**
   * A second number of the same field (a landline beside the mobile): read only where the columns
   * listed here (their `index`) are all blank in the row; else the value is kept in notes.
   */
  fallbackOf?: number[];
  /** What goes between this column's value and the one before it when joined (" " between given and family name); else the address rule. */
  joinSeparator?: string;
  /** This column's value goes before the one joined so far (a given name right of the family name). */
  joinFirst?: true;
  /** The column also names the client the row belongs to (the insured, when no policyholder column exists). */
  linksClient?: boolean;
  /**
   * A person chose this column of a sheet of records (policies, visits, complaints) as a field of
   * the client each row names ("Producer=owner"): read into that client, not into the record.
   */
  clientField?: string;
  /**
   * The column's text is kept in notes as written besides the choice read from it: a product name
   * (XX终身寿险, "Term Life 20") gives the policy's type and stays the product's name.
   */
  keepWritten?: boolean;
  /**
   * The caller sent this client-list column to a field of another register sheet
   * (--map "Last Review=Visits.visitOn"): each row's value makes a record of that sheet, the
   * row's client's. Its values are kept in the client's notes too.
   */
  routedTo?: { registerSheet: SheetKey; field: string };
}

/** One competing reading of a table: a register sheet, or null for "not register data". */
export interface SheetReading {
  registerSheet: SheetKey | null;
  score: number;
}

export interface SubjectEvidence {
  letter: string;
  header: string;
  field: string;
  /** Data rows with a value in a subject column. */
  named: number;
  /** Data rows of the table. */
  rows: number;
}

/** "no-rows": a header-only table shown with the sheet it would feed (a template; nothing imported). */
export type SheetOutcome = "imported" | "not-data" | "unsure" | "left-out" | "forced" | "no-rows";

export interface SheetDecision {
  outcome: SheetOutcome;
  /** The competing readings, best first (the runner-up second). */
  readings: SheetReading[];
  /** The winner's score over the runner-up's. */
  margin: number;
  /** The column naming each row's party, when one does. */
  subject: SubjectEvidence | null;
}

export interface SheetMapping {
  sheet: string;
  registerSheet: SheetKey | null;
  /** How sure the sheet recognition is, 0–1. */
  confidence: number;
  /** 1-based rows holding the header (two rows for a two-row header); empty when none was found. */
  headerRows: number[];
  columns: ColumnMapping[];
  /** The source layout's fingerprint (its headers), under which a mapping is remembered. */
  layout?: string;
  /**
   * Where the table lies ("A3:S303") when the sheet holds several blocks (tables side by side or
   * one under another, loose cells); absent when the table is the whole sheet.
   */
  range?: string;
  /** The table has no header row: its columns were told apart by their values alone. */
  headerless?: boolean;
  /**
   * The block is a form: label–value pairs read as one record (form-sheet.ts), its labels the
   * columns' headers. It has no header row (`headerRows` is empty); `formRows` are its first and
   * last rows.
   */
  formRows?: [number, number];
  /** Set when the sheet is not register data: what it is ("catalogue", "pivot", …) and why. */
  kind?: string;
  reason?: string;
  /** `reason` as a catalogue code, to show it in the register's language. */
  reasonCoded?: CodedReason;
  /**
   * How the table was decided: imported, not register data, unsure (left out for a person to
   * force), left out or forced by a person; with the competing readings (the runner-up second),
   * the margin and the column naming each row's party.
   */
  decision?: SheetDecision;
}

export type RegisterRecords = Record<SheetKey, RegisterRecord[]>;

export interface ImportOptions {
  /** The register imported into; its records are updated instead of duplicated. */
  existing?: Partial<Record<SheetKey, RegisterRecord[]>>;
  /**
   * Caller overrides: "Header" → field key, "Sheet!Header" → field key for one sheet,
   * "Sheet!*" → register sheet key. A field key of "-" leaves the column unmapped.
   */
  mapping?: Record<string, string>;
  /** How to read dates like 03/04/2024 whose order the column does not settle. */
  dayFirst?: boolean;
  /** Read "1,5" as 1.5 rather than as 15. */
  decimalComma?: boolean;
  /** Where national phone numbers are from (CN, TW, HK, US); by default from the headers' script. */
  phoneRegion?: PhoneRegion;
  /** The day of the import (ISO yyyy-mm-dd): a visit dated after it is planned. By default the clock's UTC day. */
  today?: string;
  /** Told how many source rows have been normalised so far, every few thousand rows (progress bars). */
  onProgress?: (rowsNormalised: number) => void;
  /** What the register remembers of earlier imports (its import state sheet). */
  state?: ImportState;
  /** Who wins a field both the source and the register changed since the last import. */
  prefer?: "register" | "source";
  /**
   * The caller gives the sheets up: once every row is read into records, the sheets' rows are
   * emptied, so that a big source is not held through the merge beside its records (at 100,000
   * rows the rows are ~45 MB). Off by default: the sheets passed in stay untouched.
   */
  releaseSource?: boolean;
}

export interface ImportResult {
  summary: ImportSummary;
  records: RegisterRecords;
  issues: ImportIssue[];
  mappings: SheetMapping[];
  /** The outcome of every source row, in source order. */
  rows: RowAccount[];
  /** The import state to store in the register written from these records. */
  state: ImportState;
}
