/**
 * What the task pane can ask of a workbook, as plain data in and out. Two adapters implement it:
 * host/excel-actions.ts (the open workbook, through Office.js) and host/preview-actions.ts (an
 * .xlsx file held in the browser). Components receive an implementation as a prop and never
 * touch Excel, Office or file libraries themselves.
 */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages/render";
import type { RegisterSettings } from "../register/settings";
import type { Lang, Localized, SheetKey } from "../register/types";

export type { RegisterSettings };

/** A message catalogue code (src/register/messages) and its parameters. */
export interface CodedReason {
  code: string;
  params: MessageParams;
}

export type HostMode = "excel" | "preview";

/** Dates travel as ISO "YYYY-MM-DD"; instants (last import) as full ISO date-times. */
export type IsoDate = string;

export interface RegisterStatus {
  /** Register sheets found in the workbook, in catalog order. */
  sheetsPresent: SheetKey[];
  sheetsMissing: SheetKey[];
  hasSettings: boolean;
  clients: number;
  /** When the last import into this workbook finished; null if none is known. */
  lastImport: string | null;
  openComplaints: number;
  overdueComplaints: number;
  birthdaysThisMonth: number;
}

export interface SetupOutcome {
  added: string[];
  kept: string[];
}

/** A sheet of the source workbook that could be imported. */
export interface SourceSheetInfo {
  name: string;
  rows: number;
  columns: number;
  /** What the importer thinks the sheet holds; null when it can't tell. */
  kind: SheetKey | null;
}

export interface ColumnMapping {
  /** Column letter in the source sheet, e.g. "C". */
  letter: string;
  header: string;
  /** The register field key the column feeds, or null when its values are kept in notes. */
  field: string | null;
  /** 0–1: how sure the importer is of `field`. */
  confidence: number;
  /** A few non-empty values from the column, as text. */
  samples: string[];
  /** Why the importer decided so, in English words (header, values, repetition, role). */
  evidence?: string[];
  /** The same reasons as catalogue codes, shown in the pane's language. */
  reasons?: CodedReason[];
}

/** A field a column may feed, with its label in every language. */
export interface FieldChoice {
  key: string;
  label: Localized;
}

export interface SheetMapping {
  sheet: string;
  /** Where the table lies ("A3:S303") when the sheet holds several tables; absent otherwise. */
  range?: string;
  /** The table's layout fingerprint: what a saved mapping file is matched by. */
  layout?: string;
  /** Why a table is not register data (a summary, a lookup list …), when the importer says so. */
  reason?: string;
  /** `reason` as a catalogue code, shown in the pane's language. */
  reasonCoded?: CodedReason;
  kind: SheetKey | null;
  columns: ColumnMapping[];
  /** The fields a column of this sheet may be set to (empty when the kind is unknown). */
  fields: FieldChoice[];
}

/** A person's correction to the detected mapping: column `header` of `sheet` feeds `field`. */
export interface MappingOverride {
  sheet: string;
  header: string;
  field: string | null;
}

/** A person's correction to what a whole source sheet holds. */
export interface KindOverride {
  sheet: string;
  kind: SheetKey;
}

export interface MappingRequest {
  sheets: string[];
  kinds: KindOverride[];
}

export interface ImportRequest extends MappingRequest {
  overrides: MappingOverride[];
  lang: Lang;
}

export interface ImportCounts {
  sourceRows: number;
  /** New rows (new clients and other new records). */
  imported: number;
  merged: number;
  skipped: number;
  rejected: number;
}

export type IssueSeverity = "error" | "warning" | "info";

export interface ImportIssueRow {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string;
  /** English; `code` and `params` render it in the pane's language. */
  message: string;
  severity: IssueSeverity;
  code?: string;
  params?: MessageParams;
}

export interface ImportPreview {
  counts: ImportCounts;
  /** The first issues: errors, then warnings, then notes, each in source order. */
  issues: ImportIssueRow[];
  issueCount: number;
}

export interface ImportOutcome extends ImportPreview {
  /** The sheet that lists every issue, or null when there were none. */
  issuesSheet: string | null;
}

/** Reports how far a long job is: 0–1. */
export type ProgressFn = (fraction: number) => void;

/** A sheet's content as text, for showing a generated sheet inside the pane (preview mode). */
export interface SheetView {
  name: string;
  /** Column headers when the sheet is a list (a table, Import Issues); empty for a free layout (reviews). */
  header: string[];
  rows: string[][];
}

export interface TierOutcome {
  counts: Record<"diamond" | "platinum" | "gold" | "vip" | "standard", number>;
  changed: number;
}

export interface ClientOption {
  clientId: string;
  name: string;
}

export interface ComplaintDraft {
  clientId: string;
  severity: string;
  receivedOn: IsoDate;
  description: string;
  channel?: string;
  category?: string;
  owner?: string;
}

export interface ComplaintRow {
  complaintId: string;
  clientId: string;
  clientName: string;
  severity: string;
  status: string;
  /** The statuses this complaint may move to from here. */
  nextStatuses: string[];
  receivedOn: IsoDate | null;
  dueOn: IsoDate | null;
  overdue: boolean;
  description: string;
}

export interface VisitDraft {
  clientId: string;
  visitOn: IsoDate;
  method: string;
  place?: string;
  attendees?: string;
  purpose?: string;
  keyPoints?: string;
  clientViews?: string;
  nextSteps?: string;
  nextVisitOn?: IsoDate;
  expense?: number;
  reportFiled?: boolean;
  notes?: string;
}

export interface ReviewRequest {
  lang: Lang;
  mask: boolean;
}

/** The workbook as a file, for download in preview mode. */
export interface WorkbookFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Only in preview mode: which workbook the pane works on. */
export interface FileActions {
  currentFile(): string | null;
  open(fileName: string, bytes: ArrayBuffer): Promise<void>;
  openSample(): Promise<void>;
  save(): Promise<WorkbookFile>;
}

export interface RegisterActions {
  mode: HostMode;
  status(): Promise<RegisterStatus>;
  setUp(lang: Lang): Promise<SetupOutcome>;

  listSourceSheets(): Promise<SourceSheetInfo[]>;
  previewMapping(request: MappingRequest): Promise<SheetMapping[]>;
  previewImport(request: ImportRequest): Promise<ImportPreview>;
  runImport(request: ImportRequest, onProgress: ProgressFn): Promise<ImportOutcome>;
  /** Brings a sheet into view: activates it in Excel; returns its content in preview mode. */
  showSheet(name: string): Promise<SheetView | null>;

  /** The Settings sheet's values (defaults where the sheet has none). */
  getSettings(): Promise<RegisterSettings>;
  saveSettings(settings: RegisterSettings): Promise<void>;
  recomputeTiers(): Promise<TierOutcome>;

  listClients(): Promise<ClientOption[]>;
  /** The client of the selected row of the Clients table (Excel only); null otherwise. */
  selectedClient(): Promise<ClientOption | null>;

  complaintDueDate(draft: Pick<ComplaintDraft, "severity" | "receivedOn">): Promise<IsoDate>;
  addComplaint(draft: ComplaintDraft): Promise<{ complaintId: string; dueOn: IsoDate }>;
  listOpenComplaints(): Promise<ComplaintRow[]>;
  setComplaintStatus(complaintId: string, status: string, today: IsoDate): Promise<void>;

  addVisit(draft: VisitDraft): Promise<void>;

  generateBookReview(request: ReviewRequest): Promise<{ sheet: string }>;
  generateClientReviews(clientIds: string[], request: ReviewRequest): Promise<{ sheets: string[] }>;

  /** Present in preview mode only. */
  file?: FileActions;
}

export type ActionErrorCode =
  | "no-register"
  | "no-workbook"
  | "bad-file"
  | "protected"
  | "busy"
  | "not-found"
  | "invalid"
  | "unavailable"
  | "unknown";

/**
 * A failure the pane can explain: `code` picks the localized "what to do next" message and
 * `detail` carries the specifics (sheet, row, column) in the engine's words. When the engine's
 * error was coded, `message` lets the pane say the specifics in the user's language too.
 */
export class ActionError extends Error {
  readonly code: ActionErrorCode;
  readonly detail: string;
  readonly coded?: { code: MessageCode; params: MessageParams };

  constructor(
    code: ActionErrorCode,
    detail: string,
    coded?: { code: MessageCode; params: MessageParams }
  ) {
    super(detail);
    this.name = "ActionError";
    this.code = code;
    this.detail = detail;
    this.coded = coded;
  }
}

/** The specifics of a failure in `lang`: the coded message when there is one, else the detail. */
export function errorDetail(error: ActionError, lang: Lang): string {
  if (!error.coded) return error.detail;
  return renderMessage(error.coded.code, error.coded.params, lang) ?? error.detail;
}

/** Any thrown value as an ActionError, so the pane always has a next step to show. */
export function toActionError(error: unknown): ActionError {
  if (error instanceof ActionError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ActionError("unknown", detail);
}

/** Today in the user's time zone, as ISO "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
