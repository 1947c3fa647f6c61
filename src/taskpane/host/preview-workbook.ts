/**
 * RegisterActions on an .xlsx file held in the browser (preview mode, outside Office), behind the
 * lazy front in preview-actions.ts. The file
 * is read once into plain data: its own sheets (import sources, kept as values) and, when it is
 * a register, the records and settings. Every action works on that data with the engine's
 * functions; `save` writes the whole result as a new .xlsx for download.
 *
 * Its own chunk, fetched on the first action; exceljs comes later still, with the first file.
 */
import { importIssuesSheet } from "../../importer/issues-sheet";
import { importStateSheet, type ImportState } from "../../importer/import-state";
import { importIssuesTab, isImportIssuesTab, registerTab, settingsTab } from "../../register/tabs";
import type { ImportIssue, SourceCell, SourceSheet } from "../../importer/types";
import {
  DEFAULT_SETTINGS,
  defaultSettingsFor,
  parseSettings,
  type RegisterSettings,
} from "../../register/settings";
import { SHEETS } from "../../register/sheets";
import type { Lang, RegisterRecord, SheetKey } from "../../register/types";
import {
  complaintDueOn,
  newComplaint,
  transition,
  type ComplaintStatus,
} from "../../register/workflow/complaints";
import { excelSerial } from "../../register/workflow/dates";
import { rowsOf, textOf, type RegisterRecords } from "../../register/workflow/records";
import { assignTiers, tierRecords } from "../../register/workflow/tiers";
import { buildReviewSheets } from "../../review/plan";
import { generatedMarkers, safeSheetName } from "../../review/sheet-names";
import type { PlanValue, SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { cellAddress } from "../../workbook/a1";
import { renameSheetRefs } from "../../workbook/office/formula-refs";
import { buildRegisterPlan } from "../../workbook/register-plan";
import { SETTINGS_SHEET } from "../../workbook/settings-sheet";
import {
  ActionError,
  todayIso,
  type FileActions,
  type ImportRequest,
  type RegisterActions,
  type ReviewRequest,
  type WorkbookFile,
} from "../actions";
import {
  chosenSheets,
  clientOptions,
  complaintInput,
  explained,
  findRecord,
  mappingRecord,
  openComplaintRows,
  registerStatus,
  severityOf,
  sheetView,
  sheetMappingOf,
  sourceSheetInfo,
  tierOutcome,
  toImportPreview,
  toSheetMappings,
  visitRecord,
} from "./convert";
import type { ImportRunner } from "./import-job/client";
import { defaultImportRunner } from "./import-job/default-runner";

const DATE_FORMAT = "yyyy-mm-dd";
/** The import's progress bar: started, then rows normalised (in the worker), then done. */
const START_SHARE = 0.05;
const NORMALISE_SHARE = 0.85;

interface Register {
  records: RegisterRecords;
  settings: RegisterSettings;
  lang: Lang;
  /** What earlier imports remember (mapping choices per layout, row keys), written back on save. */
  state?: ImportState;
}

/** The open file as plain data. */
interface Session {
  fileName: string;
  /** The file's own sheets (not register, Settings or generated), in workbook order: import sources, kept as values. */
  sources: SourceSheet[];
  /** Sheets the add-in generated earlier (reviews, Import Issues), kept as values until generated again. */
  earlier: { sheet: SourceSheet; review: boolean }[];
  register: Register | null;
  present: SheetKey[];
  hasSettings: boolean;
  /** The last import's issues; written as the Import Issues sheet. */
  issues: ImportIssue[] | null;
  /** Review sheets generated in this session; they replace every earlier review sheet. */
  generated: SheetPlan[];
  lastImport: string | null;
}

export interface PreviewOptions {
  sampleUrl: string;
  /** Where the importer runs: by default the same Web Worker as in Excel, so the page stays responsive. */
  importer?: ImportRunner;
  /** Fetches the sample's bytes; the browser's fetch by default. */
  fetchBytes?: (url: string) => Promise<ArrayBuffer>;
  today?: () => string;
  now?: () => Date;
}

async function browserFetch(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new ActionError("not-found", `${url} (HTTP ${response.status})`);
  return response.arrayBuffer();
}

export function createPreviewWorkbook(options: PreviewOptions): RegisterActions {
  const today = options.today ?? (() => todayIso());
  const now = options.now ?? (() => new Date());
  const fetchBytes = options.fetchBytes ?? browserFetch;
  const importer = options.importer ?? defaultImportRunner();
  let session: Session | null = null;

  const current = (): Session => {
    if (!session) throw new ActionError("no-workbook", "no workbook is open");
    return session;
  };
  const settingsOf = (s: Session) => s.register?.settings ?? DEFAULT_SETTINGS;
  const recordsOf = (s: Session): RegisterRecords => s.register?.records ?? {};
  const needRegister = (s: Session): Register => {
    if (!s.register) throw new ActionError("no-register", "the workbook has no register yet");
    return s.register;
  };
  /** The register, created empty (in `lang`) when the workbook has none yet. */
  const ensureRegister = (s: Session, lang: Lang): Register => {
    if (!s.register)
      s.register = { records: {}, settings: parseSettings(defaultSettingsFor(lang)), lang };
    s.present = SHEETS.map((d) => d.key);
    s.hasSettings = true;
    return s.register;
  };
  const setRows = (register: Register, sheet: SheetKey, rows: RegisterRecord[]) => {
    register.records = { ...register.records, [sheet]: rows };
  };

  const open = async (fileName: string, bytes: ArrayBuffer): Promise<void> => {
    session = await explained(async () => {
      const { readWorkbookFile } = await xlsxIo();
      const read = await readWorkbookFile(bytes);
      const register = read.register
        ? {
            records: read.register.records,
            settings: read.register.settings,
            lang: read.register.lang,
            ...(read.register.state ? { state: read.register.state } : {}),
          }
        : null;
      return { fileName, ...read, register, issues: null, generated: [], lastImport: null };
    });
  };

  const plan = (s: Session): WorkbookPlan => workbookPlan(s);

  const file: FileActions = {
    currentFile: () => session?.fileName ?? null,
    open,
    openSample: async () => {
      const bytes = await explained(() => fetchBytes(options.sampleUrl));
      await open(options.sampleUrl.split("/").pop() ?? "sample.xlsx", bytes);
    },
    save: () =>
      explained(async (): Promise<WorkbookFile> => {
        const s = current();
        const { writeWorkbookFile } = await xlsxIo();
        return { fileName: outputName(s), bytes: await writeWorkbookFile(plan(s)) };
      }),
  };

  /**
   * Review sheets as the CLI writes them: this run's tier assignments go to the Tiers sheet, the
   * book review comes first, then one sheet per requested client; earlier review sheets go.
   */
  const generateReviews = (
    s: Session,
    request: ReviewRequest,
    clientIds: string[]
  ): SheetPlan[] => {
    const register = needRegister(s);
    const day = today();
    const settings = { ...register.settings, lang: register.lang };
    setRows(
      register,
      "Tiers",
      tierRecords(register.records, assignTiers(register.records, settings, day))
    );
    const taken = workbookPlan({
      ...s,
      generated: [],
      earlier: s.earlier.filter((e) => !e.review),
    }).sheets.map((p) => p.name);
    const sheets = buildReviewSheets(
      { records: register.records, settings },
      { lang: request.lang, today: day, clients: clientIds, mask: request.mask },
      taken
    );
    s.generated = sheets;
    s.earlier = s.earlier.filter((e) => !e.review);
    return sheets;
  };

  /** The import of the chosen sheets; `onProgress` gets the share of their rows normalised. */
  const importResult = (request: ImportRequest, onProgress?: (fraction: number) => void) => {
    const s = current();
    const sheets = chosenSheets(s.sources, request.sheets);
    const rows = sheets.reduce((sum, sheet) => sum + sheet.rows.length, 0);
    return importer.importWorkbook(sheets, {
      existing: s.register?.records,
      mapping: mappingRecord(request),
      state: s.register?.state,
      onProgress: (done) => onProgress?.(Math.min(1, rows ? done / rows : 1)),
    });
  };

  return {
    mode: "preview",
    file,

    status: () =>
      explained(async () => {
        const s = current();
        return registerStatus({
          present: s.present,
          hasSettings: s.hasSettings,
          records: recordsOf(s),
          settings: settingsOf(s),
          today: today(),
          lastImport: s.lastImport,
        });
      }),

    setUp: (lang) =>
      explained(async () => {
        const s = current();
        const before = new Set(s.present);
        const hadSettings = s.hasSettings;
        const register = ensureRegister(s, lang);
        const names = [...SHEETS.map((d) => d.key as string), SETTINGS_SHEET];
        const existed = (name: string) =>
          name === SETTINGS_SHEET ? hadSettings : before.has(name as SheetKey);
        // Reported by the tab the register shows in its language.
        const tabOf = (name: string) =>
          name === SETTINGS_SHEET
            ? settingsTab(register.lang)
            : registerTab(name as SheetKey, register.lang);
        return {
          added: names.filter((n) => !existed(n)).map(tabOf),
          kept: names.filter(existed).map(tabOf),
        };
      }),

    listSourceSheets: () =>
      explained(async () => {
        const s = current();
        const mappings = await importer.previewMapping(s.sources);
        return s.sources
          .map((sheet) => sourceSheetInfo(sheet, sheetMappingOf(mappings, sheet.name)))
          .filter((info) => info.rows > 0);
      }),

    previewMapping: (request) =>
      explained(async () =>
        toSheetMappings(
          await importer.previewMapping(
            chosenSheets(current().sources, request.sheets),
            mappingRecord(request),
            current().register?.state
          )
        )
      ),

    previewImport: (request) => explained(async () => toImportPreview(await importResult(request))),

    runImport: (request, onProgress) =>
      explained(async () => {
        const s = current();
        onProgress(START_SHARE);
        const result = await importResult(request, (f) =>
          onProgress(START_SHARE + NORMALISE_SHARE * f)
        );
        onProgress(START_SHARE + NORMALISE_SHARE);
        await pause();
        const register = ensureRegister(s, s.register?.lang ?? request.lang);
        register.records = result.records;
        register.state = result.state;
        s.issues = result.issues;
        s.earlier = s.earlier.filter((e) => !isImportIssuesTab(e.sheet.name));
        s.lastImport = now().toISOString();
        onProgress(1);
        return {
          ...toImportPreview(result),
          issuesSheet: result.issues.length > 0 ? importIssuesTab(register.lang) : null,
        };
      }),

    showSheet: (name) =>
      explained(async () => {
        const sheet = plan(current()).sheets.find((p) => p.name === name);
        if (!sheet) throw new ActionError("not-found", `sheet "${name}"`);
        return sheetView(sheet);
      }),

    getSettings: () => explained(async () => settingsOf(current())),

    saveSettings: (settings) =>
      explained(async () => {
        const s = current();
        const register = ensureRegister(s, settings.lang);
        register.settings = parseSettings({ ...settings, lang: register.lang });
      }),

    recomputeTiers: () =>
      explained(async () => {
        const register = needRegister(current());
        const assignments = assignTiers(register.records, register.settings, today());
        setRows(register, "Tiers", tierRecords(register.records, assignments));
        return tierOutcome(assignments);
      }),

    listClients: () => explained(async () => clientOptions(recordsOf(current()))),

    selectedClient: async () => null,

    complaintDueDate: (draft) =>
      explained(async () =>
        complaintDueOn(draft.receivedOn, severityOf(draft.severity), settingsOf(current()))
      ),

    addComplaint: (draft) =>
      explained(async () => {
        const register = needRegister(current());
        if (!findRecord(register.records, "Clients", "clientId", draft.clientId))
          throw new ActionError("not-found", `client ${draft.clientId}`);
        const existing = rowsOf(register.records, "Complaints");
        const row = newComplaint(complaintInput(draft), existing, register.settings, today(), {
          clients: rowsOf(register.records, "Clients"),
        });
        // The dueOn formula computes the day: stored, it would be a given day deaf to Settings.
        setRows(register, "Complaints", [...existing, { ...row, dueOn: null }]);
        return { complaintId: String(row.complaintId), dueOn: String(row.dueOn) };
      }),

    listOpenComplaints: () =>
      explained(async () =>
        openComplaintRows(recordsOf(current()), settingsOf(current()), today())
      ),

    setComplaintStatus: (complaintId, status, day) =>
      explained(async () => {
        const register = needRegister(current());
        const rows = rowsOf(register.records, "Complaints");
        const index = rows.findIndex((r) => textOf(r, "complaintId") === complaintId);
        if (index < 0) throw new ActionError("not-found", `complaint ${complaintId}`);
        const next = transition(rows[index], status as ComplaintStatus, day);
        setRows(
          register,
          "Complaints",
          rows.map((r, i) => (i === index ? next : r))
        );
      }),

    addVisit: (draft) =>
      explained(async () => {
        const register = needRegister(current());
        if (!findRecord(register.records, "Clients", "clientId", draft.clientId))
          throw new ActionError("not-found", `client ${draft.clientId}`);
        setRows(register, "Visits", [...rowsOf(register.records, "Visits"), visitRecord(draft)]);
      }),

    generateBookReview: (request) =>
      explained(async () => {
        const [book] = generateReviews(current(), request, []);
        return { sheet: book.name };
      }),

    generateClientReviews: (clientIds, request: ReviewRequest) =>
      explained(async () => {
        if (clientIds.length === 0) throw new ActionError("invalid", "no client chosen");
        const [, ...clients] = generateReviews(current(), request, clientIds);
        return { sheets: clients.map((p) => p.name) };
      }),
  };
}

/** The .xlsx reader and writer (exceljs), fetched the first time a file is opened. */
function xlsxIo() {
  return import(/* webpackChunkName: "xlsx-io" */ "./xlsx-io");
}

/** Lets the browser paint (the progress bar) between long synchronous steps. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function outputName(s: Session): string {
  const base = s.fileName.replace(/\.xlsx$/i, "");
  return /register$/i.test(base) ? `${base}.xlsx` : `${base}-register.xlsx`;
}

/**
 * The whole result: the file's own sheets (values, names unchanged), the register and Settings
 * (suffixed where a sheet of the file already has the name, as set-up does in Excel), the Import
 * Issues, then review sheets, each generated sheet marked so that the next run replaces it.
 */
function workbookPlan(s: Session): WorkbookPlan {
  const base: WorkbookPlan = s.register
    ? buildRegisterPlan({
        lang: s.register.lang,
        formulaStyle: "portable",
        records: s.register.records,
        settings: s.register.settings,
      })
    : { lang: "en", formulaStyle: "portable", sheets: [], names: [] };
  const taken: string[] = [];
  const renames = new Map<string, string>();
  const claim = (sheet: SheetPlan): SheetPlan => {
    const name = safeSheetName(sheet.name, taken);
    taken.push(name);
    if (name !== sheet.name) renames.set(sheet.name, name);
    return name === sheet.name ? sheet : { ...sheet, name };
  };
  const own = s.sources.map((sheet) => claim(valuesSheet(sheet)));
  const register = base.sheets.map(claim);
  const names = base.names.map((n) => ({ ...n, ref: renameSheetRefs(n.ref, renames) }));
  const issues =
    s.issues && s.register ? [claim(importIssuesSheet(s.issues, s.register.lang))] : [];
  const earlier = s.earlier.map((e) => claim({ ...valuesSheet(e.sheet), generated: e.review }));
  const reviews = [...earlier.filter((p) => p.generated), ...s.generated.map(claim)];
  const state = s.register?.state ? [importStateSheet(s.register.state)] : [];
  return {
    ...base,
    sheets: [
      ...own,
      ...register,
      ...issues,
      ...earlier.filter((p) => !p.generated),
      ...reviews,
      ...state,
    ],
    names: [...names, ...generatedMarkers(reviews)],
  };
}

/** A source sheet carried into the result as plain values (dates stay dates). */
function valuesSheet(sheet: SourceSheet): SheetPlan {
  const formats: Record<string, string> = {};
  const grid: PlanValue[][] = sheet.rows.map((row, r) =>
    row.map((cell, c) => {
      const value = planValue(cell);
      if (cell instanceof Date) formats[cellAddress(r + 1, c)] = DATE_FORMAT;
      return value;
    })
  );
  return { name: sheet.name, grid, gridFormats: formats, freezeRows: 0, conditionalFormats: [] };
}

function planValue(cell: SourceCell): PlanValue {
  if (
    cell === null ||
    typeof cell === "string" ||
    typeof cell === "number" ||
    typeof cell === "boolean"
  )
    return cell;
  if (cell instanceof Date) return excelSerial(cell);
  return cell.error;
}
