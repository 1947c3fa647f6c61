/**
 * Between the engine's types and the pane's plain action data. Both adapters (Excel and the
 * in-browser preview) hold the register as records and call the same engine functions; this
 * module turns what those return into what the components show. No Office, no file library.
 */
import { targetsFor } from "../../importer/header-match";
import type {
  ImportIssue,
  ImportResult,
  SheetMapping as EngineSheetMapping,
  SourceSheet,
} from "../../importer/types";
import type { RegisterSettings } from "../../register/settings";
import { SHEETS } from "../../register/sheets";
import type { RegisterRecord, SheetKey } from "../../register/types";
import { SEVERITIES, TIER_KEYS, type Severity } from "../../scoring";
import {
  ALLOWED_TRANSITIONS,
  ComplaintError,
  complaintStatus,
  effectiveDueOn,
  isOpen,
  isOverdue,
  type NewComplaint,
} from "../../register/workflow/complaints";
import { dateOf, rowsOf, textOf, type RegisterRecords } from "../../register/workflow/records";
import type { TierAssignment } from "../../register/workflow/tiers";
import { gridOf, isFormula, tableRowsArray, type SheetPlan } from "../../workbook/plan";
import { MissingRegisterColumnError } from "../../workbook/structured-ref";
import {
  officeErrorKind,
  RegisterWriteError,
  type OfficeErrorKind,
} from "../../workbook/office/errors";
import {
  ActionError,
  type ActionErrorCode,
  type ClientOption,
  type ComplaintDraft,
  type ComplaintRow,
  type ImportIssueRow,
  type ImportPreview,
  type ImportRequest,
  type MappingRequest,
  type RegisterStatus,
  type SheetMapping,
  type SheetView,
  type SourceSheetInfo,
  type TierOutcome,
  type VisitDraft,
} from "../actions";

/** How many issues the wizard shows before pointing at the Import Issues sheet. */
export const FIRST_ISSUES = 10;

/** The importer's override record: "Sheet!Header" → field ("-" for none), "Sheet!*" → register sheet. */
export function mappingRecord(
  request: MappingRequest & Partial<Pick<ImportRequest, "overrides">>
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { sheet, kind } of request.kinds) out[`${sheet}!*`] = kind;
  for (const { sheet, header, field } of request.overrides ?? [])
    out[`${sheet}!${header}`] = field ?? "-";
  return out;
}

export function chosenSheets(
  sources: readonly SourceSheet[],
  names: readonly string[]
): SourceSheet[] {
  const missing = names.filter((name) => !sources.some((s) => s.name === name));
  if (missing.length > 0)
    throw new ActionError("not-found", missing.map((n) => `sheet "${n}"`).join(", "));
  return sources.filter((s) => names.includes(s.name));
}

export function sourceSheetInfo(
  sheet: SourceSheet,
  mapping: EngineSheetMapping | undefined
): SourceSheetInfo {
  const rows = sheet.rows.filter((row) => row.some((cell) => cell !== null && cell !== "")).length;
  const columns = sheet.rows.reduce((max, row) => Math.max(max, row.length), 0);
  return { name: sheet.name, rows, columns, kind: mapping?.registerSheet ?? null };
}

/** The mapping that speaks for a sheet in the sheet list: its first imported table, else its first. */
export function sheetMappingOf(
  mappings: readonly EngineSheetMapping[],
  sheet: string
): EngineSheetMapping | undefined {
  const own = mappings.filter((m) => m.sheet === sheet);
  return own.find((m) => m.registerSheet !== null) ?? own[0];
}

export function toSheetMappings(mappings: readonly EngineSheetMapping[]): SheetMapping[] {
  // Loose cells (no header) have nothing to map.
  return mappings
    .filter((m) => !(m.range && m.headerRows.length === 0 && !m.headerless && !m.formRows))
    .map((m) => ({
      sheet: m.sheet,
      ...(m.range ? { range: m.range } : {}),
      ...(m.layout ? { layout: m.layout } : {}),
      ...(m.reason ? { reason: m.reason } : {}),
      ...(m.reasonCoded ? { reasonCoded: m.reasonCoded } : {}),
      kind: m.registerSheet,
      columns: m.columns.map((c) => ({
        letter: c.letter,
        header: c.header,
        field: c.field,
        confidence: c.confidence,
        samples: c.samples,
        ...(c.evidence ? { evidence: c.evidence } : {}),
        ...(c.reasons ? { reasons: c.reasons } : {}),
      })),
      fields: m.registerSheet
        ? targetsFor(m.registerSheet).map((t) => ({ key: t.key, label: t.field.label }))
        : [],
    }));
}

export function toIssueRow(issue: ImportIssue): ImportIssueRow {
  return {
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    value: issue.value === null ? "" : String(issue.value),
    message: issue.message,
    severity: issue.severity,
    ...(issue.code !== undefined && { code: issue.code, params: issue.params ?? {} }),
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; source order within each. */
export function bySeverity<T extends { severity: ImportIssue["severity"] }>(
  issues: readonly T[]
): T[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index
    )
    .map((e) => e.issue);
}

export function toImportPreview(result: Pick<ImportResult, "summary" | "issues">): ImportPreview {
  return {
    counts: { ...result.summary },
    issues: bySeverity(result.issues).slice(0, FIRST_ISSUES).map(toIssueRow),
    issueCount: result.issues.length,
  };
}

export interface StatusInput {
  present: readonly SheetKey[];
  hasSettings: boolean;
  records: RegisterRecords;
  settings: RegisterSettings;
  today: string;
  lastImport: string | null;
}

/** The Home page's figures, counted from the register's records with the register's own rules. */
export function registerStatus(input: StatusInput): RegisterStatus {
  const { records, settings, today } = input;
  const complaints = rowsOf(records, "Complaints");
  const month = today.slice(5, 7);
  return {
    sheetsPresent: SHEETS.map((s) => s.key).filter((k) => input.present.includes(k)),
    sheetsMissing: SHEETS.map((s) => s.key).filter((k) => !input.present.includes(k)),
    hasSettings: input.hasSettings,
    clients: rowsOf(records, "Clients").filter(
      (c) => textOf(c, "clientId") !== null || textOf(c, "name") !== null
    ).length,
    lastImport: input.lastImport,
    openComplaints: complaints.filter(isOpen).length,
    overdueComplaints: complaints.filter((c) => isOverdue(c, today, settings)).length,
    birthdaysThisMonth: rowsOf(records, "Clients").filter(
      (c) => dateOf(c, "birthday")?.slice(5, 7) === month
    ).length,
  };
}

export function clientOptions(records: RegisterRecords): ClientOption[] {
  return rowsOf(records, "Clients").flatMap((c) => {
    const clientId = textOf(c, "clientId");
    return clientId === null ? [] : [{ clientId, name: textOf(c, "name") ?? clientId }];
  });
}

/** Open and in-progress complaints, overdue first, then by due day. */
export function openComplaintRows(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: string
): ComplaintRow[] {
  const names = new Map(clientOptions(records).map((c) => [c.clientId, c.name]));
  const rows = rowsOf(records, "Complaints")
    .filter((c) => isOpen(c) && textOf(c, "complaintId") !== null)
    .map((c): ComplaintRow => {
      const clientId = textOf(c, "clientId") ?? "";
      const status = complaintStatus(c);
      return {
        complaintId: textOf(c, "complaintId") ?? "",
        clientId,
        clientName: names.get(clientId) ?? "",
        severity: textOf(c, "severity") ?? "",
        status,
        nextStatuses: [...ALLOWED_TRANSITIONS[status]],
        receivedOn: dateOf(c, "receivedOn"),
        dueOn: effectiveDueOn(c, settings),
        overdue: isOverdue(c, today, settings),
        description: textOf(c, "description") ?? "",
      };
    });
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999")
  );
}

export function severityOf(value: string): Severity {
  const found = SEVERITIES.find((s) => s === value);
  if (!found)
    throw new ActionError("invalid", `severity "${value}" (use ${SEVERITIES.join(", ")})`);
  return found;
}

export function complaintInput(draft: ComplaintDraft): NewComplaint {
  return {
    clientId: draft.clientId,
    severity: severityOf(draft.severity),
    receivedOn: draft.receivedOn,
    description: draft.description,
    ...(draft.channel ? { channel: draft.channel } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    ...(draft.owner ? { owner: draft.owner } : {}),
  };
}

/** A Visits row from the form; every column of the sheet is present, empty ones as null. */
export function visitRecord(draft: VisitDraft): RegisterRecord {
  const record: RegisterRecord = {};
  for (const field of SHEETS.find((s) => s.key === "Visits")?.fields ?? [])
    record[field.key] = null;
  for (const [key, value] of Object.entries(draft))
    if (value !== undefined && value !== "") record[key] = value;
  return record;
}

export function tierOutcome(assignments: readonly TierAssignment[]): TierOutcome {
  const counts = Object.fromEntries(TIER_KEYS.map((t) => [t, 0])) as TierOutcome["counts"];
  for (const a of assignments) counts[a.effectiveTier] += 1;
  return { counts, changed: assignments.filter((a) => a.changed).length };
}

/**
 * A planned sheet as text, to show inside the pane. Formula cells show their formula. A table, or
 * a grid whose first row is frozen (a list such as Import Issues), keeps its first row as header.
 */
export function sheetView(sheet: SheetPlan): SheetView {
  const text = (value: unknown): string => {
    if (value === null || value === undefined) return "";
    if (typeof value === "object" && isFormula(value as never))
      return `=${(value as { formula: string }).formula}`;
    return String(value);
  };
  if (sheet.table) {
    return {
      name: sheet.name,
      header: sheet.table.columns.map((c) => c.header),
      rows: tableRowsArray(sheet.table).map((r) => r.map(text)),
    };
  }
  const grid = gridOf(sheet).map((r) => r.map(text));
  if (sheet.freezeRows === 1 && grid.length > 0)
    return { name: sheet.name, header: grid[0], rows: grid.slice(1) };
  return { name: sheet.name, header: [], rows: grid };
}

const OFFICE_ACTION_CODES: Record<OfficeErrorKind, ActionErrorCode> = {
  busy: "busy",
  protected: "protected",
  "not-found": "not-found",
  unavailable: "unavailable",
  "too-large": "unknown",
};

/** An Error from the engine as a failure the pane can explain. */
export function explain(error: unknown): ActionError {
  if (error instanceof ActionError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // Office.js errors by their code (Excel.ErrorCodes), never by Excel's wording of the message.
  const office = officeErrorKind(error);
  if (office) return new ActionError(OFFICE_ACTION_CODES[office], message);
  if (error instanceof RegisterWriteError)
    return new ActionError(error.reason === "protected" ? "protected" : "invalid", message, {
      code: error.code,
      params: error.params,
    });
  if (error instanceof ComplaintError)
    return new ActionError("invalid", message, { code: error.code, params: error.params });
  if (error instanceof MissingRegisterColumnError)
    return new ActionError("invalid", message, { code: error.code, params: error.params });
  if (/cannot read .* as an \.xlsx workbook/i.test(message))
    return new ActionError("bad-file", message);
  if (
    /invalid register settings|must be one of|must be a date|cannot move to|cannot be (received|resolved)|needs the client/i.test(
      message
    )
  ) {
    return new ActionError("invalid", message);
  }
  return new ActionError("unknown", message);
}

/** Runs an adapter step and turns whatever it throws into an explained ActionError. */
export async function explained<T>(step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw explain(error);
  }
}

export function findRecord(
  records: RegisterRecords,
  sheet: SheetKey,
  key: string,
  value: string
): RegisterRecord | undefined {
  return rowsOf(records, sheet).find((r) => textOf(r, key) === value);
}
