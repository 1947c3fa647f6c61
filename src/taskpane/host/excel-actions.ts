/**
 * RegisterActions on the open workbook, inside Excel. Reads and writes go through the office
 * modules (src/workbook/office), which do the chunked, sync-counted Office.js work; this adapter
 * only strings them together with the engine's pure functions, like preview-actions does for files.
 *
 * Loaded with import() once Office says the host is Excel.
 */
import { withImportIssues } from "../../importer";
import { IMPORT_STATE_SHEET, type ImportState } from "../../importer/import-state";
import { dateSystemShown, officeSheetBuilder } from "../../importer/office-grid";
import type { SourceSheet } from "../../importer/types";
import {
  DEFAULT_SETTINGS,
  defaultSettingsFor,
  type RegisterSettings,
} from "../../register/settings";
import { SHEETS } from "../../register/sheets";
import { isImportIssuesTab, isSettingsTab } from "../../register/tabs";
import type { Lang, RegisterRecord, SheetKey } from "../../register/types";
import {
  complaintDueOn,
  newComplaint,
  transition,
  type ComplaintStatus,
} from "../../register/workflow/complaints";
import { rowsOf, textOf, type RegisterRecords } from "../../register/workflow/records";
import { assignTiers, tierRecords } from "../../register/workflow/tiers";
import { buildReviewSheets } from "../../review/plan";
import { buildRegisterPlan } from "../../workbook/register-plan";
import type { SheetPlan } from "../../workbook/plan";
import type { RegisterColumns } from "../../workbook/structured-ref";
import {
  readSelectedClient,
  runExcel,
  readOpenRegister,
  readOpenSettings,
  readOpenSheetRows,
  readOpenShownTexts,
  replaceOpenGeneratedSheets,
  setUpRegister,
  writeOpenSettings,
  writeOpenTableRecords,
} from "../../workbook/office";
import { readImportStateSheet, writeImportStateSheet } from "../../workbook/office/import-state";
import {
  ActionError,
  todayIso,
  type ClientOption,
  type ImportRequest,
  type RegisterActions,
  type ReviewRequest,
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
  sourceSheetInfo,
  tierOutcome,
  toImportPreview,
  toSheetMappings,
  visitRecord,
} from "./convert";
import type { ImportRunner } from "./import-job/client";
import { defaultImportRunner } from "./import-job/default-runner";

/** What the adapter needs from the open workbook; `officeWorkbook()` implements it with the office modules. */
export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  /** The sheets that hold the register's tables (tbl + sheet key), whatever they are called. */
  registerSheetNames(): Promise<string[]>;
  readRegister(
    onProgress?: (done: number, total: number) => void
  ): Promise<{ records: RegisterRecords; lang?: Lang; columns?: RegisterColumns }>;
  readSettings(): Promise<RegisterSettings | null>;
  readSourceSheet(
    name: string,
    onProgress?: (done: number, total: number) => void
  ): Promise<SourceSheet>;
  /** Adds what the plan has and the workbook lacks; never overwrites (set-up). */
  setUp(
    plan: ReturnType<typeof buildRegisterPlan>,
    onProgress?: (done: number, total: number) => void
  ): Promise<{ sheetsCreated: string[] }>;
  /** Replaces the data rows of one register table with `rows`, keeping the person's own columns. */
  writeRecords(
    sheet: SheetKey,
    rows: RegisterRecord[],
    onProgress?: (done: number, total: number) => void
  ): Promise<void>;
  writeSettings(settings: RegisterSettings): Promise<void>;
  /** Replaces the generated sheets (reviews, Import Issues) with these, leaving every other sheet alone. */
  replaceGenerated(sheets: SheetPlan[], kind: "reviews" | "import-issues"): Promise<string[]>;
  activate(sheet: string): Promise<void>;
  /** The client (id and name) of the row selected in the Clients table, or null. */
  selectedClient(): Promise<ClientOption | null>;
  /** What earlier imports remember (the very hidden import state sheet), if the workbook has it. */
  readImportState?(): Promise<ImportState | undefined>;
  writeImportState?(state: ImportState): Promise<void>;
}

export interface ExcelActionsOptions {
  port?: WorkbookPort;
  today?: () => string;
  now?: () => Date;
  /** Where the adapter keeps the time of the last import (the document's settings in Excel). */
  lastImport?: { get(): string | null; set(value: string): void };
  /** Where the importer runs: by default a Web Worker, so the pane's thread (shared with the custom functions) stays free. */
  importer?: ImportRunner;
}

/** Shares of the import's progress bar: rows read from Excel, rows normalised, rows written. */
const READ_SHARE = 0.3;
const NORMALISE_SHARE = 0.3;

export function createExcelActions(options: ExcelActionsOptions = {}): RegisterActions {
  const port = options.port ?? officeWorkbook();
  const today = options.today ?? (() => todayIso());
  const now = options.now ?? (() => new Date());
  const lastImport = options.lastImport ?? documentSetting("clientRegister.lastImport");
  const importer = options.importer ?? defaultImportRunner();

  interface Loaded {
    records: RegisterRecords;
    present: SheetKey[];
    settings: RegisterSettings;
    hasSettings: boolean;
    lang: Lang;
    /** The register tables' actual names and headers (formulas written into them use these). */
    columns?: RegisterColumns;
  }

  const load = async (): Promise<Loaded> => {
    const [read, settings, names] = await Promise.all([
      port.readRegister(),
      port.readSettings(),
      port.sheetNames(),
    ]);
    const present = SHEETS.map((s) => s.key).filter((k) => read.records[k] !== undefined);
    return {
      records: read.records,
      present,
      settings: settings ?? DEFAULT_SETTINGS,
      hasSettings: settings !== null || names.some(isSettingsTab),
      lang: read.lang ?? settings?.lang ?? "en",
      columns: read.columns,
    };
  };
  const loadRegister = async (): Promise<Loaded> => {
    const loaded = await load();
    if (loaded.present.length === 0)
      throw new ActionError("no-register", "no register tables in this workbook");
    return loaded;
  };

  /** Sheets a person may import from: not the register's, not Settings, not generated. */
  const sourceNames = async (): Promise<string[]> => {
    const [names, register] = await Promise.all([port.sheetNames(), port.registerSheetNames()]);
    const reserved = new Set([...register, IMPORT_STATE_SHEET].map((n) => n.toLowerCase()));
    return names.filter(
      (n) => !reserved.has(n.toLowerCase()) && !isSettingsTab(n) && !isImportIssuesTab(n)
    );
  };
  const readSources = async (
    names: string[],
    onProgress?: (fraction: number) => void
  ): Promise<SourceSheet[]> => {
    const sheets: SourceSheet[] = [];
    for (const [i, name] of names.entries()) {
      sheets.push(
        await port.readSourceSheet(name, (done, total) =>
          onProgress?.((i + (total ? done / total : 1)) / names.length)
        )
      );
    }
    return sheets;
  };
  const importFrom = async (
    request: ImportRequest,
    onProgress?: (fraction: number) => void,
    planNewRegister = false
  ) => {
    const loaded = await load();
    const sources = chosenSheets(
      await readSources(request.sheets, (f) => onProgress?.(f * READ_SHARE)),
      request.sheets
    );
    const rows = sources.reduce((sum, s) => sum + s.rows.length, 0);
    // The register's memory of earlier imports: edits made since are told from source changes.
    const state = await port.readImportState?.();
    // No register yet: set-up writes it with the imported rows, in the pane's language.
    const registerPlan =
      planNewRegister && loaded.present.length === 0
        ? {
            lang: request.lang,
            settings: loaded.hasSettings
              ? { ...loaded.settings, lang: request.lang }
              : defaultSettingsFor(request.lang),
          }
        : undefined;
    const result = await importer.importWorkbook(
      sources,
      {
        existing: loaded.records,
        ...(state ? { state } : {}),
        mapping: mappingRecord(request),
        onProgress: (done) =>
          onProgress?.(READ_SHARE + NORMALISE_SHARE * Math.min(1, rows ? done / rows : 1)),
      },
      registerPlan
    );
    onProgress?.(READ_SHARE + NORMALISE_SHARE);
    return { loaded, result };
  };

  return {
    mode: "excel",

    status: () =>
      explained(async () => {
        const loaded = await load();
        return registerStatus({ ...loaded, today: today(), lastImport: lastImport.get() });
      }),

    setUp: (lang) =>
      explained(async () => {
        const loaded = await load();
        const settings = loaded.hasSettings
          ? { ...loaded.settings, lang }
          : defaultSettingsFor(lang);
        const plan = buildRegisterPlan({ lang, formulaStyle: "live", settings });
        const report = await port.setUp(plan);
        const names = plan.sheets.map((s) => s.name);
        const added = names.filter((n) => report.sheetsCreated.includes(n));
        return { added, kept: names.filter((n) => !added.includes(n)) };
      }),

    listSourceSheets: () =>
      explained(async () => {
        const sheets = await readSources(await sourceNames());
        const mappings = await importer.previewMapping(sheets);
        // A sheet may hold several tables (one mapping each): its kind is that of the first that is register data.
        const of = (name: string) =>
          mappings.find((m) => m.sheet === name && m.registerSheet !== null) ??
          mappings.find((m) => m.sheet === name);
        return sheets
          .map((sheet) => sourceSheetInfo(sheet, of(sheet.name)))
          .filter((info) => info.rows > 0);
      }),

    previewMapping: (request) =>
      explained(async () => {
        const sources = await readSources(request.sheets);
        // What a person chose at an earlier import of the same layout shows again.
        const state = await port.readImportState?.();
        return toSheetMappings(
          await importer.previewMapping(sources, mappingRecord(request), state)
        );
      }),

    previewImport: (request) =>
      explained(async () => toImportPreview((await importFrom(request)).result)),

    runImport: (request, onProgress) =>
      explained(async () => {
        const { loaded, result } = await importFrom(request, onProgress, true);
        const before = READ_SHARE + NORMALISE_SHARE;
        const toWrite = (done: number, total: number) =>
          onProgress(before + (0.98 - before) * (total ? done / total : 1));
        let issuesSheet: string | null = null;
        if (result.plan) {
          const plan = result.plan;
          const report = await port.setUp(plan, toWrite);
          issuesSheet =
            result.issues.length > 0
              ? (report.sheetsCreated.find(isImportIssuesTab) ?? null)
              : null;
        } else {
          if (loaded.present.length < SHEETS.length || !loaded.hasSettings) {
            await port.setUp(
              buildRegisterPlan({
                lang: loaded.lang,
                formulaStyle: "live",
                settings: loaded.settings,
              })
            );
          }
          const written = SHEETS.map((s) => s.key).filter(
            (k) => (result.records[k]?.length ?? 0) > 0 || (loaded.records[k]?.length ?? 0) > 0
          );
          for (const [i, key] of written.entries()) {
            await port.writeRecords(key, result.records[key] ?? [], (done, total) =>
              toWrite(i + (total ? done / total : 1), written.length)
            );
          }
          const issues = withImportIssues(
            { lang: loaded.lang, formulaStyle: "live", sheets: [], names: [] },
            result.issues
          ).sheets;
          if (result.issues.length > 0)
            [issuesSheet] = await port.replaceGenerated(issues, "import-issues");
        }
        await port.writeImportState?.(result.state);
        lastImport.set(now().toISOString());
        onProgress(1);
        return { ...toImportPreview(result), issuesSheet };
      }),

    showSheet: (name) =>
      explained(async () => {
        await port.activate(name);
        return null;
      }),

    getSettings: () => explained(async () => (await load()).settings),

    saveSettings: (settings) => explained(() => port.writeSettings(settings)),

    recomputeTiers: () =>
      explained(async () => {
        const { records, settings } = await loadRegister();
        const assignments = assignTiers(records, settings, today());
        await port.writeRecords("Tiers", tierRecords(records, assignments));
        return tierOutcome(assignments);
      }),

    listClients: () => explained(async () => clientOptions((await load()).records)),

    // Only the selected row's id and name are read, never the whole register.
    selectedClient: () => explained(() => port.selectedClient()),

    complaintDueDate: (draft) =>
      explained(async () =>
        complaintDueOn(draft.receivedOn, severityOf(draft.severity), (await load()).settings)
      ),

    addComplaint: (draft) =>
      explained(async () => {
        const { records, settings } = await loadRegister();
        if (!findRecord(records, "Clients", "clientId", draft.clientId))
          throw new ActionError("not-found", `client ${draft.clientId}`);
        const existing = rowsOf(records, "Complaints");
        const row = newComplaint(complaintInput(draft), existing, settings, today(), {
          clients: rowsOf(records, "Clients"),
        });
        // The dueOn formula computes the day: stored, it would be a given day deaf to Settings.
        await port.writeRecords("Complaints", [...existing, { ...row, dueOn: null }]);
        return { complaintId: String(row.complaintId), dueOn: String(row.dueOn) };
      }),

    listOpenComplaints: () =>
      explained(async () => {
        const { records, settings } = await load();
        return openComplaintRows(records, settings, today());
      }),

    setComplaintStatus: (complaintId, status, day) =>
      explained(async () => {
        const { records } = await loadRegister();
        const rows = rowsOf(records, "Complaints");
        const index = rows.findIndex((r) => textOf(r, "complaintId") === complaintId);
        if (index < 0) throw new ActionError("not-found", `complaint ${complaintId}`);
        const next = transition(rows[index], status as ComplaintStatus, day);
        await port.writeRecords(
          "Complaints",
          rows.map((r, i) => (i === index ? next : r))
        );
      }),

    addVisit: (draft) =>
      explained(async () => {
        const { records } = await loadRegister();
        if (!findRecord(records, "Clients", "clientId", draft.clientId))
          throw new ActionError("not-found", `client ${draft.clientId}`);
        await port.writeRecords("Visits", [...rowsOf(records, "Visits"), visitRecord(draft)]);
      }),

    generateBookReview: (request) =>
      explained(async () => {
        const [book] = await generateReviews(request, []);
        return { sheet: book };
      }),

    generateClientReviews: (clientIds, request) =>
      explained(async () => {
        if (clientIds.length === 0) throw new ActionError("invalid", "no client chosen");
        const [, ...sheets] = await generateReviews(request, clientIds);
        return { sheets };
      }),
  };

  /**
   * As the CLI does: this run's tiers go to the Tiers sheet, then the review sheets replace the
   * earlier ones. The sheets are built first, their formulas naming the register's columns as the
   * workbook has them, so that a column the book needs and the workbook lacks stops the run before
   * anything changes.
   */
  async function generateReviews(request: ReviewRequest, clientIds: string[]): Promise<string[]> {
    const loaded = await loadRegister();
    const day = today();
    const settings = { ...loaded.settings, lang: loaded.lang };
    // Names are made unique here; the port renames any that clash with a sheet it keeps (the
    // earlier reviews it replaces do not count, so regenerating keeps the same names).
    const sheets = buildReviewSheets(
      { records: loaded.records, settings, columns: loaded.columns },
      {
        lang: request.lang,
        today: day,
        clients: clientIds,
        mask: request.mask,
        formulaStyle: "live",
      }
    );
    await port.writeRecords(
      "Tiers",
      tierRecords(loaded.records, assignTiers(loaded.records, settings, day))
    );
    return port.replaceGenerated(sheets, "reviews");
  }
}

/** A value kept with the document (Office's document settings), so it travels with the workbook. */
function documentSetting(name: string): { get(): string | null; set(value: string): void } {
  return {
    get: () => {
      const value = Office.context.document.settings.get(name) as unknown;
      return typeof value === "string" ? value : null;
    },
    set: (value) => {
      Office.context.document.settings.set(name, value);
      Office.context.document.settings.saveAsync();
    },
  };
}

/**
 * The open workbook through the office modules. `fallbackLang` names new columns when a table's
 * own language cannot be told from its headers.
 */
export function officeWorkbook(fallbackLang: () => Lang = () => "en"): WorkbookPort {
  /** The open workbook's date system, once the shown text of some dates has told it. */
  let dateSystem: "1900" | "1904" | undefined;
  return {
    sheetNames: () =>
      runExcel(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.name);
      }),
    registerSheetNames: () =>
      runExcel(async (context) => {
        const tables = context.workbook.tables.load("items/name,items/worksheet/name");
        await context.sync();
        const keys = new Set(SHEETS.map((s) => s.table.toLowerCase()));
        return tables.items
          .filter((t) => keys.has(t.name.toLowerCase()))
          .map((t) => t.worksheet.name);
      }),
    readRegister: async (onProgress) => {
      const read = await readOpenRegister({ onProgress });
      return { records: read.records, lang: read.lang, columns: read.columns };
    },
    readSettings: () => readOpenSettings(),
    readSourceSheet: async (name, onProgress) => {
      // Converted block by block as Excel answers, so the whole grid is never held twice.
      const built: { builder?: ReturnType<typeof officeSheetBuilder> } = {};
      const read = await readOpenSheetRows(
        name,
        (block) => {
          built.builder ??= officeSheetBuilder(block.sheet, block.address);
          built.builder.add(block.values, block.numberFormats, block);
        },
        { numberFormats: true, onProgress }
      );
      const samples = built.builder?.dateSamples ?? [];
      if (samples.length > 0) {
        // A workbook has one date system; the first sheet whose dates tell it decides.
        if (dateSystem === undefined) {
          const texts = await readOpenShownTexts(
            read.name,
            samples.map((s) => s.address)
          );
          dateSystem = dateSystemShown(
            samples.map((s, i) => ({ serial: s.serial, text: texts[i] }))
          );
        }
        if (dateSystem === "1904") built.builder?.useDate1904();
      }
      const sheet = built.builder?.sheet ?? { name: read.name, rows: [], merges: [] };
      if (read.hiddenColumns) sheet.hiddenColumns = read.hiddenColumns;
      if (read.merges) sheet.merges = read.merges;
      if (read.state) sheet.state = read.state;
      return sheet;
    },
    setUp: async (plan, onProgress) => ({
      sheetsCreated: (await setUpRegister(plan, { onProgress })).sheetsCreated,
    }),
    writeRecords: (sheet, rows, onProgress) =>
      writeOpenTableRecords(sheet, rows, { lang: fallbackLang(), onProgress }),
    writeSettings: (settings) => writeOpenSettings(settings, settings.lang),
    replaceGenerated: (sheets, kind) => replaceOpenGeneratedSheets(sheets, kind, fallbackLang()),
    activate: (sheet) =>
      runExcel(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        if (ws.isNullObject) throw new ActionError("not-found", `sheet "${sheet}"`);
        ws.activate();
        await context.sync();
      }),
    selectedClient: () => runExcel((context) => readSelectedClient(context)),
    readImportState: () => runExcel((context) => readImportStateSheet(context)),
    writeImportState: (state) => runExcel((context) => writeImportStateSheet(context, state)),
  };
}
