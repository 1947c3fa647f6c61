/**
 * An in-memory fake of exactly the Excel JavaScript API subset the register adapter uses.
 *
 * Like the real API it is a proxy model: property writes, method calls and `load` only queue
 * actions; `context.sync()` sends the queue (measuring its JSON size, refusing more than 5 MB like
 * Excel on the web), runs the actions in order, and only then fills loaded properties. Reading a
 * property that was not loaded and synced throws PropertyNotLoaded. Cell writes follow Excel's
 * rules that matter here: a string written through `values` that starts with "=", "+", "-" or "@"
 * becomes a formula, digits become numbers, "TRUE" a boolean and an ISO date a date serial, unless
 * the cell's number format is "@" (text); `null` in a 2D array leaves a cell unchanged; a single
 * value instead of an array applies to every cell. Protected sheets refuse writes. The fake does
 * not calculate: a formula cell reads back as "" through `values`.
 *
 * Every formula written through the API (cells, calculated columns, validation and conditional
 * format formulas, defined names) is parsed and its structured references checked against the
 * tables as they are at that moment (formula-check.ts); what Excel would refuse fails the sync
 * with InvalidArgument, before the action changes anything.
 */
import { SSF } from "@e965/xlsx";
import { formulaProblem } from "./formula-check";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

// ---------------------------------------------------------------- model

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export type CellValue = string | number | boolean;

export interface CellModel {
  value: CellValue;
  formula?: string;
  numberFormat: string;
}

export interface ConditionalFormatModel {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  barColor?: string;
}

export interface ChartModel {
  type: string;
  seriesBy: string;
  source: Rect;
  title?: string;
  legendVisible?: boolean;
  seriesName?: string;
  categories?: Rect;
  topLeft?: string;
  bottomRight?: string;
}

export class SheetModel {
  visibility = "Visible";
  protected = false;
  frozenRows = 0;
  readonly rows = new Map<number, Map<number, CellModel>>();
  readonly columnWidths = new Map<number, number>();
  /** 0-based indices of hidden columns, as Rect counts them (Range.columnHidden). */
  readonly hiddenColumns = new Set<number>();
  /** Merged ranges (Range.getMergedAreasOrNullObject). */
  readonly merges: Rect[] = [];
  readonly validations: { rect: Rect; rule: unknown }[] = [];
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printTitleColumns?: string;
    printArea?: string;
    /** Manual page breaks: the top-left cell of each page after one, e.g. "A20". */
    rowBreaks?: string[];
    centerHeader?: string;
    leftFooter?: string;
    centerFooter?: string;
    rightFooter?: string;
  } = {};
  /** Cell notes by address ("C1"). */
  readonly notes = new Map<string, string>();

  constructor(public name: string) {}

  cell(row: number, column: number): CellModel | undefined {
    return this.rows.get(row)?.get(column);
  }

  cellForWrite(row: number, column: number): CellModel {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    let cell = cells.get(column);
    if (!cell) cells.set(column, (cell = { value: "", numberFormat: "General" }));
    return cell;
  }

  /**
   * Bounding box of cells holding a value or formula (or, unless valuesOnly, a non-General format);
   * with `within`, of those cells inside it only (Range.getUsedRange*).
   */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | undefined {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [r, cells] of this.rows) {
      if (within && (r < within.row || r >= within.row + within.rows)) continue;
      for (const [c, cell] of cells) {
        if (within && (c < within.column || c >= within.column + within.columns)) continue;
        const used =
          cell.value !== "" ||
          cell.formula !== undefined ||
          (!valuesOnly && cell.numberFormat !== "General");
        if (!used) continue;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    }
    return bottom < 0
      ? undefined
      : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  // Test helpers (no queue, no stats).
  valuesOf(address: string): CellValue[][] {
    return mapRect(parseA1(address), (r, c) => this.cell(r, c)?.value ?? "");
  }
  formulasOf(address: string): CellValue[][] {
    return mapRect(parseA1(address), (r, c) => {
      const cell = this.cell(r, c);
      return cell?.formula ?? cell?.value ?? "";
    });
  }
  formatsOf(address: string): string[][] {
    return mapRect(parseA1(address), (r, c) => this.cell(r, c)?.numberFormat ?? "General");
  }
  seed(address: string, values: CellValue[][], numberFormat?: string): void {
    const rect = parseA1(address);
    forRect(rect, (r, c, i, j) => {
      const cell = this.cellForWrite(r, c);
      if (numberFormat) cell.numberFormat = numberFormat;
      writeCell(cell, values[i][j], "values");
    });
  }
  validationAt(address: string): unknown {
    const { row, column } = parseA1(address);
    return [...this.validations].reverse().find((v) => inRect(v.rect, row, column))?.rule;
  }
}

export class TableModel {
  style = "TableStyleMedium2";
  constructor(
    public name: string,
    public sheet: SheetModel,
    public rect: Rect
  ) {}

  headers(): string[] {
    return Array.from({ length: this.rect.columns }, (_, j) =>
      String(this.sheet.cell(this.rect.row, this.rect.column + j)?.value ?? "")
    );
  }

  bodyRect(): Rect {
    return { ...this.rect, row: this.rect.row + 1, rows: this.rect.rows - 1 };
  }

  /** Body values, row by row (test helper). */
  bodyValues(): CellValue[][] {
    return mapRect(this.bodyRect(), (r, c) => this.sheet.cell(r, c)?.value ?? "");
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: { name: string; ref: string; comment?: string }[] = [];
  structureProtected = false;
  /** The workbook counts date serials from 1904-01-01 (old Mac Excel), as Range.text shows them. */
  date1904 = false;
  /** The user's selection: cells on a sheet, or a shape/chart (no cells). Default: A1 of the first sheet. */
  selection?: { sheet: string; address: string } | "shape";
  /** The user is typing in a cell: batches fail unless run with delayForCellEdit. */
  inCellEdit = false;
  private cellEditWaiters: (() => void)[] = [];

  enterCellEdit(): void {
    this.inCellEdit = true;
  }

  /** The user presses Enter or Esc: batches waiting for the edit to end go ahead. */
  leaveCellEdit(): void {
    this.inCellEdit = false;
    for (const resume of this.cellEditWaiters.splice(0)) resume();
  }

  whenCellEditEnds(): Promise<void> {
    return this.inCellEdit
      ? new Promise((resolve) => this.cellEditWaiters.push(resolve))
      : Promise.resolve();
  }

  /** Batches waiting for the user to leave the cell. */
  get waitingForCellEdit(): number {
    return this.cellEditWaiters.length;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  table(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  tableAt(sheet: SheetModel, row: number, column: number): TableModel | undefined {
    return this.tables.find((t) => t.sheet === sheet && inRect(t.rect, row, column));
  }

  /**
   * Refuses, as Excel does, a formula that does not parse or whose structured references name a
   * table or column the workbook does not have now (`at`: the cell it goes into, if any).
   */
  checkFormula(
    formula: string,
    where: string,
    at?: { sheet: SheetModel; row: number; column: number }
  ): void {
    const problem = formulaProblem(formula, {
      tableHeaders: (name) => this.table(name)?.headers(),
      hasSheet: (name) => this.sheet(name) !== undefined,
      ownTable: at && this.tableAt(at.sheet, at.row, at.column)?.name,
    });
    if (problem !== undefined)
      throw new FakeExcelError("InvalidArgument", `${where}: ${problem} in ${formula}`);
  }

  // Test helpers (no queue, no stats).
  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }
  addTable(sheetName: string, address: string, name: string, rows: CellValue[][]): TableModel {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const rect = parseA1(address);
    sheet.seed(address, rows);
    const table = new TableModel(name, sheet, rect);
    this.tables.push(table);
    return table;
  }
}

// ---------------------------------------------------------------- addresses and cell rules

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function colName(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A1", "B2:D9", "C:C", "Sheet!A1" (sheet part ignored) → rect. */
export function parseA1(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const pa = /^([A-Z]*)(\d*)$/i.exec(a);
  const pb = /^([A-Z]*)(\d*)$/i.exec(b);
  if (!pa || !pb || (pa[1] === "" && pa[2] === "") || (pb[1] === "" && pb[2] === ""))
    throw new FakeExcelError("InvalidArgument", `Bad address "${address}".`);
  const row = pa[2] === "" ? 0 : Number(pa[2]) - 1;
  const column = pa[1] === "" ? 0 : colIndex(pa[1]);
  const lastRow = pb[2] === "" ? 1_048_575 : Number(pb[2]) - 1;
  const lastColumn = pb[1] === "" ? 16_383 : colIndex(pb[1]);
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

export function a1(rect: Rect): string {
  const start = `${colName(rect.column)}${rect.row + 1}`;
  const end = `${colName(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  return start === end ? start : `${start}:${end}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function inRect(rect: Rect, row: number, column: number): boolean {
  return (
    row >= rect.row &&
    row < rect.row + rect.rows &&
    column >= rect.column &&
    column < rect.column + rect.columns
  );
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

function forRect(
  rect: Rect,
  fn: (row: number, column: number, i: number, j: number) => void
): void {
  for (let i = 0; i < rect.rows; i++)
    for (let j = 0; j < rect.columns; j++) fn(rect.row + i, rect.column + j, i, j);
}

function mapRect<T>(rect: Rect, fn: (row: number, column: number) => T): T[][] {
  return Array.from({ length: rect.rows }, (_, i) =>
    Array.from({ length: rect.columns }, (_, j) => fn(rect.row + i, rect.column + j))
  );
}

function isoDateSerial(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const serial = ms / 86_400_000 + 25_569;
  return serial >= 61 ? serial : undefined;
}

/** The formula a write through `values` or `formulas` enters into `cell`, or undefined for a constant. */
function enteredFormula(
  cell: CellModel,
  input: unknown,
  via: "values" | "formulas"
): string | undefined {
  if (typeof input !== "string" || input === "" || cell.numberFormat === "@") return undefined;
  const number = /^[+-]?\d+(\.\d+)?$/.test(input.trim()) && !input.startsWith("=");
  if (number || input.length < 2) return undefined;
  if (input.startsWith("=")) return input;
  return via === "values" && /^[+\-@]/.test(input) ? `=${input}` : undefined;
}

/** What Excel stores when a value is written to a cell through `values` or `formulas`. */
function writeCell(cell: CellModel, input: unknown, via: "values" | "formulas"): void {
  if (input === null || input === undefined) return; // null in a 2D array: leave unchanged
  cell.formula = undefined;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  const formula = enteredFormula(cell, text, via);
  if (formula !== undefined) {
    cell.formula = formula;
    cell.value = "";
    return;
  }
  if (text === "" || cell.numberFormat === "@") {
    cell.value = text; // text cells keep what is written, as typed
    return;
  }
  if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) cell.value = Number(text.trim());
  else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toLowerCase() === "true";
  else cell.value = isoDateSerial(text.trim()) ?? text;
}

/**
 * A cell's value as Excel shows it (Range.text): numbers in their number format, in the
 * workbook's date system (SheetJS's format engine stands in for Excel's), booleans in capitals.
 */
function shownText(cell: CellModel | undefined, date1904: boolean): string {
  if (!cell || cell.formula !== undefined) return "";
  if (typeof cell.value === "number")
    return SSF.format(cell.numberFormat, cell.value, { date1904 });
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

// ---------------------------------------------------------------- the request queue

interface QueuedAction {
  wire: unknown;
  write: boolean;
  /** Runs the action; may return a commit that fills loaded properties once the whole batch succeeded. */
  run: () => void | { data: unknown; commit: () => void };
}

export interface FakeStats {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  writeActions: number;
  calculationSuspends: number;
  screenSuspends: number;
  /** Writes in order, e.g. "set numberFormat Clients!C2:C11" (for ordering assertions). */
  writeLog: string[];
  /** Properties loaded, in the order Excel answered them (e.g. "values", "text"). */
  loads: string[];
}

/** The ExcelApi version manifest.xml requires: API above it must be guarded by isSetSupported. */
export const MANIFEST_EXCEL_API = "1.9";

export function compareApiVersions(a: string, b: string): number {
  const [am, an = 0] = a.split(".").map(Number);
  const [bm, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}

export interface FakeOptions {
  /** False simulates a host without ExcelApi 1.9 page layout. */
  pageLayoutSupported?: boolean;
  /** False simulates a host without ExcelApi 1.18 notes (the host's ExcelApi becomes 1.17). */
  notesSupported?: boolean;
  /** The host's highest ExcelApi version (default 1.18). */
  excelApi?: string;
  /** Fail the sync whose request is larger than this (default 5 MB, Excel on the web). */
  requestLimitBytes?: number;
  /** Excel.RunOptions.delayForCellEdit: wait out cell-edit mode instead of failing. */
  delayForCellEdit?: boolean;
}

export class FakeRequestContext {
  readonly model: WorkbookModel;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly stats: FakeStats = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    writeActions: 0,
    calculationSuspends: 0,
    screenSuspends: 0,
    writeLog: [],
    loads: [],
  };
  readonly options: Required<FakeOptions>;
  private queue: QueuedAction[] = [];
  /** "ExcelApi 1.18" for every set the code asked Office.context.requirements about and got true. */
  readonly guardedSets = new Set<string>();
  /** What `Office.context.requirements` answers on this host; installed on the global `Office`. */
  readonly requirements = {
    isSetSupported: (name: string, minVersion = "1.1"): boolean => {
      const supported =
        name === "ExcelApi" && compareApiVersions(minVersion, this.options.excelApi) <= 0;
      if (supported) this.guardedSets.add(`${name} ${minVersion}`);
      return supported;
    },
  };

  constructor(model = new WorkbookModel(), options: FakeOptions = {}) {
    this.model = model;
    const notesSupported = options.notesSupported ?? true;
    this.options = {
      pageLayoutSupported: options.pageLayoutSupported ?? true,
      notesSupported,
      excelApi: options.excelApi ?? (notesSupported ? "1.18" : "1.17"),
      requestLimitBytes: options.requestLimitBytes ?? REQUEST_LIMIT_BYTES,
      delayForCellEdit: options.delayForCellEdit ?? false,
    };
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
    installOfficeRequirements(this.requirements);
  }

  /**
   * Called when code uses an API from a requirement set above the manifest's: like Excel the call
   * fails where the host lacks the set (ApiNotFound, at sync), and unlike Excel it also fails at
   * once when the code did not ask isSetSupported first, so an unguarded call is caught in tests.
   */
  requireApi(version: string, api: string): void {
    if (compareApiVersions(version, MANIFEST_EXCEL_API) <= 0) return;
    if (
      !this.guardedSets.has(`ExcelApi ${version}`) &&
      compareApiVersions(version, this.options.excelApi) <= 0
    )
      throw new FakeExcelError(
        "UnguardedApi",
        `${api} needs ExcelApi ${version}, above the manifest's ${MANIFEST_EXCEL_API}; check Office.context.requirements.isSetSupported("ExcelApi", "${version}") first.`
      );
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  /** Whether actions are queued and not yet sent. */
  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    if (this.model.inCellEdit) {
      if (!this.options.delayForCellEdit) {
        this.queue = [];
        throw new FakeExcelError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode."
        );
      }
      await this.model.whenCellEditEnds();
    }
    const batch = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const requestBytes = utf8Bytes(JSON.stringify(batch.map((a) => a.wire)));
    this.stats.requestBytes.push(requestBytes);
    if (requestBytes > this.options.requestLimitBytes) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`
      );
    }
    const commits: (() => void)[] = [];
    const response: unknown[] = [];
    for (const action of batch) {
      const result = action.run();
      if (action.write) this.stats.writeActions++;
      if (result) {
        response.push(result.data);
        commits.push(result.commit);
      }
    }
    const responseBytes = utf8Bytes(JSON.stringify(response));
    this.stats.responseBytes.push(responseBytes);
    if (responseBytes > RESPONSE_LIMIT_BYTES) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`
      );
    }
    for (const commit of commits) commit();
  }
}

/**
 * Puts the fake host's `Office.context.requirements` on the global `Office` (creating it when
 * absent), where the code under test looks for it, as it would inside Excel.
 */
function installOfficeRequirements(requirements: FakeRequestContext["requirements"]): void {
  const holder = globalThis as unknown as { Office?: { context?: Record<string, unknown> } };
  holder.Office ??= {};
  holder.Office.context ??= {};
  holder.Office.context.requirements = requirements;
}

/** Base of every proxy: a path for the wire, a resolver run at sync time, loaded properties. */
abstract class FakeObject<M> {
  protected loaded = new Map<string, unknown>();

  constructor(
    protected readonly ctx: FakeRequestContext,
    readonly path: string,
    private readonly resolver: () => M | undefined
  ) {}

  /** The model object at sync time; throws ItemNotFound for a missing non-null object. */
  protected model(): M {
    const m = this.resolver();
    if (m === undefined) throw new FakeExcelError("ItemNotFound", `${this.path} does not exist.`);
    return m;
  }

  protected modelOrUndefined(): M | undefined {
    return this.resolver();
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return this.loaded.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  /** Property values for a load, from the model at sync time. */
  protected abstract snapshot(model: M, property: string): unknown;

  load(properties?: string | string[]): this {
    const props = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.ctx.enqueue({
      wire: { p: this.path, load: props },
      write: false,
      run: () => {
        this.ctx.stats.loads.push(...props);
        const m = this.modelOrUndefined();
        const data: Record<string, unknown> = { isNullObject: m === undefined };
        if (m !== undefined) for (const p of props) data[p] = this.snapshot(m, p);
        else if (!this.nullable)
          throw new FakeExcelError("ItemNotFound", `${this.path} does not exist.`);
        return { data, commit: () => this.commitLoad(data) };
      },
    });
    return this;
  }

  protected nullable = false;

  protected commitLoad(data: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(data)) this.loaded.set(k, v);
  }

  /** Queues a write that runs `apply` against the model at sync time. */
  protected write(description: string, wireValue: unknown, apply: (model: M) => void): void {
    this.ctx.enqueue({
      wire: { p: this.path, w: description, v: wireValue },
      write: true,
      run: () => {
        apply(this.model());
        this.ctx.stats.writeLog.push(`${description} ${this.path}`);
      },
    });
  }
}

function assertSheetWritable(sheet: SheetModel): void {
  if (sheet.protected)
    throw new FakeExcelError("AccessDenied", `The sheet '${sheet.name}' is protected.`);
}

// ---------------------------------------------------------------- application and workbook

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue({
      wire: { p: "application", m: "suspendApiCalculationUntilNextSync" },
      write: false,
      run: () => void this.ctx.stats.calculationSuspends++,
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue({
      wire: { p: "application", m: "suspendScreenUpdatingUntilNextSync" },
      write: false,
      run: () => void this.ctx.stats.screenSuspends++,
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx, "workbook.tables", () => undefined);
    this.names = new FakeNamedItemCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx, "workbook.protection", () => ctx.model);
  }

  /** The selected cells; a selected shape or chart fails the sync with InvalidSelection, as in Excel. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.ctx, "workbook.getSelectedRange()", () => {
      const model = this.ctx.model;
      const selection = model.selection ?? { sheet: model.sheets[0]?.name ?? "", address: "A1" };
      if (selection === "shape")
        throw new FakeExcelError("InvalidSelection", "The current selection is not a range.");
      const sheet = model.sheet(selection.sheet);
      return sheet && { sheet, rect: parseA1(selection.address) };
    });
  }
}

/**
 * `Excel.run` over a model, installed as the global `Excel` for code that calls it (excel-run.ts).
 * Each run gets a fresh context (options as given, plus the run's delayForCellEdit); queued
 * actions left when the batch resolves are synced, as Excel.run does. Returns the contexts made.
 */
export function installFakeExcel(
  model: WorkbookModel,
  options: Omit<FakeOptions, "delayForCellEdit"> = {}
): { contexts: FakeRequestContext[]; runOptions: unknown[]; uninstall(): void } {
  const contexts: FakeRequestContext[] = [];
  const runOptions: unknown[] = [];
  const holder = globalThis as unknown as { Excel?: unknown };
  const before = holder.Excel;
  holder.Excel = {
    run: async (
      first: { delayForCellEdit?: boolean } | ((ctx: FakeRequestContext) => Promise<unknown>),
      second?: (ctx: FakeRequestContext) => Promise<unknown>
    ) => {
      const runOption = typeof first === "function" ? undefined : first;
      const batch = typeof first === "function" ? first : second;
      if (!batch) throw new FakeExcelError("InvalidArgument", "Excel.run needs a batch function.");
      runOptions.push(runOption);
      const ctx = new FakeRequestContext(model, {
        ...options,
        delayForCellEdit: runOption?.delayForCellEdit === true,
      });
      contexts.push(ctx);
      const result = await batch(ctx);
      if (ctx.pending) await ctx.sync();
      return result;
    },
  };
  return {
    contexts,
    runOptions,
    uninstall: () => {
      holder.Excel = before;
    },
  };
}

class FakeWorkbookProtection extends FakeObject<WorkbookModel> {
  get protected(): boolean {
    return this.read("protected");
  }
  protected snapshot(model: WorkbookModel, property: string): unknown {
    if (property === "protected") return model.structureProtected;
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

/** A collection loaded with "items/<property>". */
abstract class FakeCollection<M, P> extends FakeObject<M[]> {
  private itemsLoaded?: P[];

  get items(): P[] {
    if (!this.itemsLoaded) return this.read<P[]>("items");
    return this.itemsLoaded;
  }

  protected abstract itemProxy(model: M): P & { acceptLoaded(data: Record<string, unknown>): void };
  protected abstract itemSnapshot(model: M, property: string): unknown;

  protected snapshot(models: M[], property: string): unknown {
    const [head, ...rest] = property.split("/");
    const sub = rest.join("/");
    if (head !== "items" || !sub)
      throw new FakeExcelError("InvalidArgument", `Load "items/<property>" on ${this.path}.`);
    return models.map((m) => ({ model: m, data: { [sub]: this.itemSnapshot(m, sub) } }));
  }

  protected commitLoad(data: Record<string, unknown>): void {
    let proxies: (P & { acceptLoaded(data: Record<string, unknown>): void })[] | undefined;
    for (const [k, v] of Object.entries(data)) {
      if (!k.startsWith("items/")) {
        this.loaded.set(k, v);
        continue;
      }
      // "items/name,items/formula": one proxy per item takes every loaded property.
      const entries = v as { model: M; data: Record<string, unknown> }[];
      proxies ??= entries.map(({ model }) => this.itemProxy(model));
      entries.forEach(({ data: itemData }, i) => proxies![i].acceptLoaded(itemData));
      this.itemsLoaded = proxies;
    }
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection extends FakeCollection<SheetModel, FakeWorksheet> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.worksheets", () => ctx.model.sheets);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `worksheets(${JSON.stringify(name)})`, () =>
      this.ctx.model.sheet(name)
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = this.getItem(name);
    sheet.makeNullable();
    return sheet;
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue({
      wire: { p: this.path, m: "add", a: [name] },
      write: true,
      run: () => {
        const model = this.ctx.model;
        assertSheetNameFree(model, name);
        model.sheets.push(new SheetModel(name));
        this.ctx.stats.writeLog.push(`add sheet ${name}`);
      },
    });
    return this.getItem(name);
  }

  protected itemProxy(
    model: SheetModel
  ): FakeWorksheet & { acceptLoaded(data: Record<string, unknown>): void } {
    return this.getItem(model.name);
  }

  protected itemSnapshot(model: SheetModel, property: string): unknown {
    if (property === "name") return model.name;
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

/** Excel's checks on a new sheet name (for adding or renaming `except`). */
function assertSheetNameFree(model: WorkbookModel, name: string, except?: SheetModel): void {
  if (model.structureProtected)
    throw new FakeExcelError("AccessDenied", "The workbook structure is protected.");
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid sheet name.`);
  }
  const clash = model.sheet(name);
  if (clash && clash !== except)
    throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly tables: FakeTableCollection;
  readonly pageLayout: FakePageLayout;
  readonly notes: { add(cellAddress: FakeRange | string, content: string): void };
  readonly charts: { add(type: string, source: FakeRange, seriesBy?: string): FakeChart };
  readonly horizontalPageBreaks: { add(pageBreakRange: string): void };

  constructor(ctx: FakeRequestContext, path: string, resolver: () => SheetModel | undefined) {
    super(ctx, path, resolver);
    this.horizontalPageBreaks = {
      add: (cell) =>
        this.write("horizontalPageBreaks.add", cell, (sheet) => {
          sheet.pageLayout.rowBreaks = [...(sheet.pageLayout.rowBreaks ?? []), cell];
        }),
    };
    this.charts = {
      add: (type, source, seriesBy = "Auto") => new FakeChart(source, type, seriesBy),
    };
    this.notes = {
      add: (cellAddress, content) => {
        this.ctx.requireApi("1.18", "Worksheet.notes.add");
        this.write(
          "notes.add",
          [typeof cellAddress === "string" ? cellAddress : cellAddress.path, content],
          (sheet) => {
            if (compareApiVersions("1.18", this.ctx.options.excelApi) > 0)
              throw new FakeExcelError("ApiNotFound", "Notes are not available on this host.");
            assertSheetWritable(sheet);
            const target =
              typeof cellAddress === "string"
                ? { sheet, rect: parseA1(cellAddress) }
                : cellAddress.target();
            if (target.sheet !== sheet)
              throw new FakeExcelError("InvalidArgument", "The note's cell is on another sheet.");
            if (target.rect.rows !== 1 || target.rect.columns !== 1)
              throw new FakeExcelError("InvalidCellAddress", "A note goes on a single cell.");
            sheet.notes.set(a1(target.rect), content);
          }
        );
      },
    };
    this.protection = new FakeWorksheetProtection(ctx, `${path}.protection`, resolver);
    this.tables = new FakeTableCollection(ctx, `${path}.tables`, resolver);
    this.pageLayout = new FakePageLayout(ctx, `${path}.pageLayout`, resolver);
    this.freezePanes = {
      freezeRows: (count = 1) =>
        this.write("freezeRows", count, (sheet) => {
          sheet.frozenRows = count;
        }),
    };
  }

  /** As in Excel, a *OrNullObject proxy knows isNullObject after the next sync, loaded or not. */
  makeNullable(): void {
    this.nullable = true;
    this.load([]);
  }

  acceptLoaded(data: Record<string, unknown>): void {
    this.commitLoad({ isNullObject: false, ...data });
  }

  get name(): string {
    return this.read("name");
  }
  /**
   * Renames the sheet. Excel also rewrites the formulas and names that refer to it; the fake does
   * not (the adapter renames only sheets nothing refers to yet), so it refuses a rename while a
   * defined name still points at the sheet rather than leave that name wrong.
   */
  set name(value: string) {
    this.write("set worksheet.name", value, (sheet) => {
      assertSheetNameFree(this.ctx.model, value, sheet);
      const pointing = this.ctx.model.names.find((n) => refersToSheet(n.ref, sheet.name));
      if (pointing)
        throw new FakeExcelError(
          "NotImplemented",
          `The fake does not rewrite name ${pointing.name} when its sheet is renamed.`
        );
      sheet.name = value;
    });
  }

  set visibility(value: string) {
    this.write("set visibility", value, (sheet) => {
      sheet.visibility = value;
    });
  }

  /** Makes the sheet the active one; its A1 becomes the selection. */
  activate(): void {
    this.write("activate", null, (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new FakeExcelError("InvalidOperation", `Sheet '${sheet.name}' is hidden.`);
      this.ctx.model.selection = { sheet: sheet.name, address: "A1" };
    });
  }

  /** Deletes the sheet and its tables; names that pointed into it are left to the caller. */
  delete(): void {
    this.write("delete sheet", null, (sheet) => {
      const model = this.ctx.model;
      if (model.structureProtected)
        throw new FakeExcelError("AccessDenied", "The workbook structure is protected.");
      const visible = model.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet)
        throw new FakeExcelError("InvalidOperation", "A workbook must keep one visible sheet.");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      for (let i = model.tables.length - 1; i >= 0; i--)
        if (model.tables[i].sheet === sheet) model.tables.splice(i, 1);
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${JSON.stringify(address)})`, () => {
      const sheet = this.modelOrUndefined();
      return sheet && { sheet, rect: parseA1(address) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.model();
        const rect = sheet.usedRect(valuesOnly);
        return rect && { sheet, rect };
      }
    );
    range.makeNullable();
    return range;
  }

  get visibility(): string {
    return this.read("visibility");
  }

  protected snapshot(sheet: SheetModel, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "visibility") return sheet.visibility;
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

class FakeWorksheetProtection extends FakeObject<SheetModel> {
  get protected(): boolean {
    return this.read("protected");
  }
  protected snapshot(sheet: SheetModel, property: string): unknown {
    if (property === "protected") return sheet.protected;
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

class FakePageLayout extends FakeObject<SheetModel> {
  readonly headersFooters: {
    defaultForAllPages: {
      centerHeader: string;
      leftFooter: string;
      centerFooter: string;
      rightFooter: string;
    };
  };

  constructor(ctx: FakeRequestContext, path: string, resolver: () => SheetModel | undefined) {
    super(ctx, path, resolver);
    const page = {} as {
      centerHeader: string;
      leftFooter: string;
      centerFooter: string;
      rightFooter: string;
    };
    for (const property of ["centerHeader", "leftFooter", "centerFooter", "rightFooter"] as const) {
      Object.defineProperty(page, property, {
        set: (text: string) => this.layoutWrite(property, text),
        get: () => {
          throw new FakeExcelError("PropertyNotLoaded", property);
        },
      });
    }
    this.headersFooters = { defaultForAllPages: page };
  }

  setPrintTitleRows(rows: string): void {
    this.layoutWrite("printTitleRows", rows);
  }

  setPrintTitleColumns(columns: string): void {
    this.layoutWrite("printTitleColumns", columns);
  }

  setPrintArea(area: string): void {
    this.layoutWrite("printArea", area);
  }

  private layoutWrite(property: keyof SheetModel["pageLayout"], value: unknown): void {
    this.write(`set pageLayout.${property}`, value, (sheet) => {
      if (!this.ctx.options.pageLayoutSupported)
        throw new FakeExcelError(
          "ApiNotFound",
          "The page layout API is not available on this host."
        );
      (sheet.pageLayout as Record<string, unknown>)[property] = value;
    });
  }

  set orientation(value: string) {
    this.layoutWrite("orientation", value);
  }
  set paperSize(value: string) {
    this.layoutWrite("paperSize", value);
  }
  set zoom(value: unknown) {
    this.layoutWrite("zoom", value);
  }

  protected snapshot(): unknown {
    throw new FakeExcelError(
      "InvalidArgument",
      "Page layout properties are not loadable in the fake."
    );
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export class FakeRange extends FakeObject<RangeTarget> {
  readonly format: { columnWidth: number };
  readonly dataValidation: { rule: unknown; clear(): void };
  readonly conditionalFormats: { add(type: string): FakeConditionalFormat };

  constructor(ctx: FakeRequestContext, path: string, resolver: () => RangeTarget | undefined) {
    super(ctx, path, resolver);
    const self = this;
    this.format = {
      set columnWidth(points: number) {
        self.write("set format.columnWidth", points, ({ sheet, rect }) => {
          for (let c = rect.column; c < rect.column + rect.columns; c++)
            sheet.columnWidths.set(c, points);
        });
      },
      get columnWidth(): number {
        throw new FakeExcelError(
          "PropertyNotLoaded",
          "format.columnWidth is not loadable in the fake."
        );
      },
    };
    this.dataValidation = {
      set rule(rule: unknown) {
        self.write("set dataValidation.rule", rule, ({ sheet, rect }) => {
          assertSheetWritable(sheet);
          for (const formula of validationFormulas(rule))
            self.checkFormula(formula, "dataValidation.rule", { sheet, rect });
          sheet.validations.push({ rect, rule });
        });
      },
      get rule(): unknown {
        throw new FakeExcelError(
          "PropertyNotLoaded",
          "dataValidation.rule is not loadable in the fake."
        );
      },
      clear: () =>
        self.write("dataValidation.clear", null, ({ sheet, rect }) => {
          assertSheetWritable(sheet);
          sheet.validations.push({ rect, rule: undefined });
        }),
    };
    this.conditionalFormats = { add: (type: string) => new FakeConditionalFormat(this, type) };
  }

  /** As in Excel, a *OrNullObject proxy knows isNullObject after the next sync, loaded or not. */
  makeNullable(): void {
    this.nullable = true;
    this.load([]);
  }

  /**
   * The used range inside this range (ExcelApi 1.4, below the manifest's 1.9): the bounding box of
   * its cells with a value (`valuesOnly`) or also a format; a null object when it has none.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(
      this.ctx,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const { sheet, rect } = this.model();
        const used = sheet.usedRect(valuesOnly, rect);
        return used && { sheet, rect: used };
      }
    );
    range.makeNullable();
    return range;
  }

  /**
   * The merged ranges whose top-left cell lies in this range (ExcelApi 1.13), a null object when
   * there is none. As in Excel, the request fails when the range holds more than 512 of them, and
   * on a host without ExcelApi 1.13 (ApiNotFound).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    const areas = new FakeRangeAreas(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, () => {
      if (compareApiVersions("1.13", this.ctx.options.excelApi) > 0)
        throw new FakeExcelError("ApiNotFound", "Merged areas are not available on this host.");
      const { sheet, rect } = this.model();
      const inside = sheet.merges.filter((m) => inRect(rect, m.row, m.column));
      if (inside.length > MAX_MERGED_AREAS)
        throw new FakeExcelError(
          "GeneralException",
          `The range holds ${inside.length} merged areas, more than ${MAX_MERGED_AREAS}.`
        );
      return inside.length > 0 ? { sheet, rects: inside } : undefined;
    });
    areas.makeNullable();
    return areas;
  }

  /** The cells this range stands for, at sync time (for actions taking a Range argument). */
  target(): RangeTarget {
    return this.model();
  }

  /**
   * Deletes the cells and shifts the cells below up ("Up" only). The fake supports what the
   * adapter does: whole rows of one table's body, never all of them.
   */
  delete(shift: string): void {
    this.write("delete", shift, ({ sheet, rect }) => {
      assertSheetWritable(sheet);
      if (shift !== "Up") throw new FakeExcelError("NotImplemented", "The fake only shifts up.");
      const table = this.ctx.model.tables.find(
        (t) =>
          t.sheet === sheet &&
          rect.column === t.rect.column &&
          rect.columns === t.rect.columns &&
          rect.row > t.rect.row &&
          rect.row + rect.rows <= t.rect.row + t.rect.rows
      );
      if (!table)
        throw new FakeExcelError(
          "NotImplemented",
          "The fake deletes whole rows of a table body only."
        );
      if (rect.rows >= table.rect.rows - 1)
        throw new FakeExcelError("InvalidOperation", "A table keeps at least one body row.");
      const last = Math.max(...sheet.rows.keys());
      for (let r = rect.row; r <= last; r++) {
        for (let c = rect.column; c < rect.column + rect.columns; c++) {
          const below = sheet.rows.get(r + rect.rows)?.get(c);
          const cells = sheet.rows.get(r) ?? new Map<number, CellModel>();
          sheet.rows.set(r, cells);
          if (below) cells.set(c, below);
          else cells.delete(c);
        }
      }
      table.rect = { ...table.rect, rows: table.rect.rows - rect.rows };
    });
  }

  /** Used by FakeConditionalFormat to queue writes on this range. */
  queueWrite(description: string, wireValue: unknown, apply: (target: RangeTarget) => void): void {
    this.write(description, wireValue, apply);
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown) {
    this.writeCells("values", input, (cell, v) => writeCell(cell, v, "values"));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown) {
    this.writeCells("formulas", input, (cell, v) => writeCell(cell, v, "formulas"));
  }

  /** Checks a formula that goes into this range (its top-left cell gives the table context). */
  checkFormula(formula: string, where: string, { sheet, rect }: RangeTarget): void {
    this.ctx.model.checkFormula(formula, `${where} on ${sheet.name}!${a1(rect)}`, {
      sheet,
      row: rect.row,
      column: rect.column,
    });
  }

  /** Refuses the whole write, before any cell changes, when one of the formulas it enters is bad. */
  private checkEnteredFormulas(
    property: string,
    input: unknown,
    { sheet, rect }: RangeTarget
  ): void {
    if (property !== "values" && property !== "formulas") return;
    const via = property;
    const checked = new Set<string>();
    const check = (row: number, column: number, value: unknown) => {
      const cell = sheet.cell(row, column) ?? { value: "", numberFormat: "General" };
      const formula = enteredFormula(cell, value, via);
      if (formula === undefined) return;
      const table = this.ctx.model.tableAt(sheet, row, column)?.name ?? "";
      if (checked.has(`${table}\u0000${formula}`)) return;
      checked.add(`${table}\u0000${formula}`);
      this.ctx.model.checkFormula(formula, `Range.${property} of ${sheet.name}!${a1(rect)}`, {
        sheet,
        row,
        column,
      });
    };
    if (!Array.isArray(input)) forRect(rect, (r, c) => check(r, c, input));
    else forRect(rect, (r, c, i, j) => check(r, c, (input as unknown[][])[i][j]));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.writeCells("numberFormat", input, (cell, v) => {
      if (v !== null && v !== undefined) cell.numberFormat = v === "" ? "General" : String(v);
    });
  }

  /** What Excel shows in each cell: the value in its number format (ExcelApi 1.1). */
  get text(): string[][] {
    return this.read("text");
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  /** As in Excel: true when every column of the range is hidden, false when none is, else null. */
  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }

  private writeCells(
    property: string,
    input: unknown,
    apply: (cell: CellModel, value: unknown) => void
  ): void {
    this.write(`set ${property}`, input, ({ sheet, rect }) => {
      assertSheetWritable(sheet);
      if (!Array.isArray(input)) {
        this.checkEnteredFormulas(property, input, { sheet, rect });
        forRect(rect, (r, c) => apply(sheet.cellForWrite(r, c), input)); // one value for every cell
        return;
      }
      const rows = input as unknown[][];
      if (
        rows.length !== rect.rows ||
        rows.some((row) => !Array.isArray(row) || row.length !== rect.columns)
      ) {
        throw new FakeExcelError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${a1(rect)}).`
        );
      }
      this.checkEnteredFormulas(property, input, { sheet, rect });
      forRect(rect, (r, c, i, j) => apply(sheet.cellForWrite(r, c), rows[i][j]));
    });
  }

  protected snapshot({ sheet, rect }: RangeTarget, property: string): unknown {
    switch (property) {
      case "values":
        return mapRect(rect, (r, c) => {
          const cell = sheet.cell(r, c);
          return cell && cell.formula === undefined ? cell.value : "";
        });
      case "formulas":
        return mapRect(rect, (r, c) => sheet.cell(r, c)?.formula ?? sheet.cell(r, c)?.value ?? "");
      case "numberFormat":
        return mapRect(rect, (r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "text":
        return mapRect(rect, (r, c) => shownText(sheet.cell(r, c), this.ctx.model.date1904));
      case "address":
        return `${sheetPrefix(sheet.name)}!${a1(rect)}`;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.columns;
      case "columnHidden": {
        let hidden = 0;
        for (let c = rect.column; c < rect.column + rect.columns; c++)
          if (sheet.hiddenColumns.has(c)) hidden++;
        return hidden === 0 ? false : hidden === rect.columns ? true : null;
      }
      default:
        throw new FakeExcelError("InvalidArgument", `The fake cannot load Range.${property}.`);
    }
  }
}

/** Excel answers getMergedAreasOrNullObject for at most this many merged areas. */
export const MAX_MERGED_AREAS = 512;

/** Range.getMergedAreasOrNullObject's answer: rectangles of one sheet. */
export class FakeRangeAreas extends FakeObject<{ sheet: SheetModel; rects: Rect[] }> {
  makeNullable(): void {
    this.nullable = true;
    this.load([]);
  }

  /** "Sheet1!A1:B2, Sheet1!D1:D4", as Excel writes a RangeAreas' address. */
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }

  protected snapshot(
    { sheet, rects }: { sheet: SheetModel; rects: Rect[] },
    property: string
  ): unknown {
    if (property === "address")
      return rects.map((r) => `${sheetPrefix(sheet.name)}!${a1(r)}`).join(", ");
    if (property === "areaCount") return rects.length;
    throw new FakeExcelError("InvalidArgument", `The fake cannot load RangeAreas.${property}.`);
  }
}

/** The formulas inside a data-validation rule: a list source or bound given as "=…", a custom rule. */
function validationFormulas(rule: unknown): string[] {
  if (typeof rule !== "object" || rule === null) return [];
  return Object.entries(rule as Record<string, unknown>).flatMap(([kind, body]) => {
    if (typeof body !== "object" || body === null) return [];
    const fields = body as Record<string, unknown>;
    const candidates =
      kind === "custom" ? [fields.formula] : [fields.source, fields.formula1, fields.formula2];
    return candidates.filter(
      (f): f is string => typeof f === "string" && (kind === "custom" || f.startsWith("="))
    );
  });
}

export class FakeConditionalFormat {
  private model?: ConditionalFormatModel;
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  readonly dataBar: { positiveFormat: { fillColor: string } };

  constructor(range: FakeRange, type: string) {
    range.queueWrite("conditionalFormats.add", type, ({ sheet, rect }) => {
      assertSheetWritable(sheet);
      this.model = { rect, type };
      sheet.conditionalFormats.push(this.model);
    });
    const set = (what: string, apply: (m: ConditionalFormatModel) => void) => (value: string) =>
      range.queueWrite(`set conditionalFormat.${what}`, value, () => {
        if (!this.model)
          throw new FakeExcelError("InvalidOperation", "The conditional format was not created.");
        apply(this.model);
      });
    this.custom = {
      rule: writeOnlyProps({
        formula: (v) =>
          set("custom.rule.formula", (m) => {
            range.checkFormula(v, "conditionalFormat.custom.rule.formula", range.target());
            m.formula = v;
          })(v),
      }),
      format: {
        fill: writeOnlyProps({
          color: (v) => set("custom.format.fill.color", (m) => void (m.fill = v))(v),
        }),
        font: writeOnlyProps({
          color: (v) => set("custom.format.font.color", (m) => void (m.fontColor = v))(v),
        }),
      },
    };
    this.dataBar = {
      positiveFormat: writeOnlyProps({
        fillColor: (v) => set("dataBar.positiveFormat.fillColor", (m) => void (m.barColor = v))(v),
      }),
    };
  }
}

/** A chart added with `worksheet.charts.add`; its properties are write-only here. */
export class FakeChart {
  private model?: ChartModel;
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly series: { getItemAt(index: number): FakeChartSeries };

  constructor(
    private readonly source: FakeRange,
    type: string,
    seriesBy: string
  ) {
    source.queueWrite("charts.add", [type, seriesBy], ({ sheet, rect }) => {
      assertSheetWritable(sheet);
      this.model = { type, seriesBy, source: rect };
      sheet.charts.push(this.model);
    });
    this.title = writeOnlyProps({
      text: (v: string) => this.set("title.text", v, (m) => (m.title = v)),
    });
    this.legend = writeOnlyProps({
      visible: (v: boolean) => this.set("legend.visible", v, (m) => (m.legendVisible = v)),
    });
    this.series = {
      getItemAt: (index) => {
        if (index !== 0)
          throw new FakeExcelError("InvalidArgument", "The fake charts hold one series.");
        return new FakeChartSeries(this);
      },
    };
  }

  setPosition(startCell: string, endCell: string): void {
    this.set("setPosition", [startCell, endCell], (m) => {
      parseA1(startCell);
      parseA1(endCell);
      m.topLeft = startCell;
      m.bottomRight = endCell;
    });
  }

  /** Queues a change to the chart, applied once the chart exists. */
  set(what: string, value: unknown, apply: (model: ChartModel) => void): void {
    this.source.queueWrite(`set chart.${what}`, value, () => {
      if (!this.model) throw new FakeExcelError("InvalidOperation", "The chart was not created.");
      apply(this.model);
    });
  }

  /** The chart's model once created (for setXAxisValues' shape check). */
  created(): ChartModel | undefined {
    return this.model;
  }
}

export class FakeChartSeries {
  readonly name!: string;

  constructor(private readonly chart: FakeChart) {
    Object.defineProperty(this, "name", {
      set: (v: string) => chart.set("series.name", v, (m) => (m.seriesName = v)),
      get: () => {
        throw new FakeExcelError("PropertyNotLoaded", "name");
      },
    });
  }

  setXAxisValues(range: FakeRange): void {
    this.chart.set("series.setXAxisValues", range.path, (m) => {
      const { rect } = range.target();
      if (rect.rows !== m.source.rows || rect.columns !== m.source.columns)
        throw new FakeExcelError(
          "InvalidArgument",
          "The category range is not the size of the series' values."
        );
      m.categories = rect;
    });
  }
}

function writeOnlyProps<T extends object>(setters: {
  [K in keyof T]: (value: T[K]) => void;
}): T {
  const target = {} as T;
  for (const [name, setter] of Object.entries(setters) as [string, (value: unknown) => void][]) {
    Object.defineProperty(target, name, {
      set: setter,
      get: () => {
        throw new FakeExcelError("PropertyNotLoaded", name);
      },
    });
  }
  return target;
}

// ---------------------------------------------------------------- tables and names

export class FakeTableCollection extends FakeCollection<TableModel, FakeTable> {
  /** `sheetResolver` is set for a worksheet's table collection, unset for the workbook's. */
  constructor(
    ctx: FakeRequestContext,
    path: string,
    private readonly sheetResolver: () => SheetModel | undefined
  ) {
    super(ctx, path, () => {
      const sheet = sheetResolver();
      return sheet ? ctx.model.tables.filter((t) => t.sheet === sheet) : ctx.model.tables;
    });
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.ctx, `tables(${JSON.stringify(name)})`, () =>
      this.ctx.model.table(name)
    );
  }

  getItemOrNullObject(name: string): FakeTable {
    const table = this.getItem(name);
    table.makeNullable();
    return table;
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.ctx.enqueue({
      wire: { p: this.path, m: "add", a: [address, hasHeaders] },
      write: true,
      run: () => {
        const model = this.ctx.model;
        const sheetName = address.includes("!")
          ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "")
          : undefined;
        const sheet = this.sheetResolver() ?? (sheetName ? model.sheet(sheetName) : undefined);
        if (!sheet)
          throw new FakeExcelError("ItemNotFound", `No sheet for table address ${address}.`);
        assertSheetWritable(sheet);
        const rect = parseA1(address);
        if (!hasHeaders)
          throw new FakeExcelError("NotImplemented", "The fake only models tables with headers.");
        if (rect.rows === 1) rect.rows = 2; // Excel adds one empty body row under a lone header
        if (model.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect)))
          throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
        const seen = new Set<string>();
        for (let j = 0; j < rect.columns; j++) {
          const cell = sheet.cellForWrite(rect.row, rect.column + j);
          let header =
            cell.formula === undefined && cell.value !== "" ? String(cell.value) : `Column${j + 1}`;
          for (let n = 2; seen.has(header.toLowerCase()); n++) header = `${header}${n}`;
          seen.add(header.toLowerCase());
          cell.value = header;
          cell.formula = undefined;
        }
        let n = model.tables.length + 1;
        while (model.table(`Table${n}`)) n++;
        created = new TableModel(`Table${n}`, sheet, rect);
        model.tables.push(created);
        this.ctx.stats.writeLog.push(`add table ${sheet.name}!${a1(rect)}`);
      },
    });
    return new FakeTable(this.ctx, `${this.path}.add(${JSON.stringify(address)})`, () => created);
  }

  protected itemProxy(
    model: TableModel
  ): FakeTable & { acceptLoaded(data: Record<string, unknown>): void } {
    return this.getItem(model.name);
  }

  protected itemSnapshot(model: TableModel, property: string): unknown {
    if (property === "name") return model.name;
    if (property === "worksheet/name") return model.sheet.name;
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

export class FakeTable extends FakeObject<TableModel> {
  readonly columns: FakeTableColumnCollection;
  readonly worksheet: FakeWorksheet;

  constructor(ctx: FakeRequestContext, path: string, resolver: () => TableModel | undefined) {
    super(ctx, path, resolver);
    this.columns = new FakeTableColumnCollection(ctx, `${path}.columns`, () => this.model());
    this.worksheet = new FakeWorksheet(ctx, `${path}.worksheet`, () => this.model().sheet);
  }

  /** As in Excel, a *OrNullObject proxy knows isNullObject after the next sync, loaded or not. */
  makeNullable(): void {
    this.nullable = true;
    this.load([]);
  }

  acceptLoaded(data: Record<string, unknown>): void {
    const own: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith("worksheet/")) this.worksheet.acceptLoaded({ [key.slice(10)]: value });
      else own[key] = value;
    }
    this.commitLoad({ isNullObject: false, ...own });
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("set table.name", value, (table) => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value))
        throw new FakeExcelError("InvalidArgument", `"${value}" is not a valid table name.`);
      const clash = this.ctx.model.table(value);
      if (
        (clash && clash !== table) ||
        this.ctx.model.names.some((n) => n.name.toLowerCase() === value.toLowerCase())
      ) {
        throw new FakeExcelError("InvalidArgument", `The name "${value}" is already in use.`);
      }
      table.name = value;
    });
  }

  set style(value: string) {
    this.write("set table.style", value, (table) => {
      table.style = value;
    });
  }

  readonly rows = {
    /**
     * Appends rows (index null/undefined/-1 only) with `values`; the cells below the table must be
     * empty. New rows take the number formats of the last body row, as Excel extends a table.
     */
    add: (index?: number | null, values?: unknown[][]) =>
      this.write("rows.add", [index ?? null, values ?? null], (table) => {
        assertSheetWritable(table.sheet);
        if (index !== undefined && index !== null && index !== -1)
          throw new FakeExcelError("NotImplemented", "The fake only appends table rows.");
        if (!Array.isArray(values) || values.some((row) => row.length !== table.rect.columns))
          throw new FakeExcelError(
            "InvalidArgument",
            `Each new row must have ${table.rect.columns} values.`
          );
        const first = table.rect.row + table.rect.rows;
        forRect(
          {
            row: first,
            column: table.rect.column,
            rows: values.length,
            columns: table.rect.columns,
          },
          (r, c) => {
            const cell = table.sheet.cell(r, c);
            if (cell && (cell.value !== "" || cell.formula !== undefined))
              throw new FakeExcelError(
                "InvalidOperation",
                "The fake does not shift cells below a table."
              );
          }
        );
        const checked = new Set<string>();
        values.forEach((row) =>
          row.forEach((value, j) => {
            const above = table.sheet.cell(first - 1, table.rect.column + j);
            const formula = enteredFormula(
              { value: "", numberFormat: above?.numberFormat ?? "General" },
              value,
              "values"
            );
            if (formula === undefined || checked.has(formula)) return;
            checked.add(formula);
            this.ctx.model.checkFormula(formula, `${table.name}.rows.add`, {
              sheet: table.sheet,
              row: table.rect.row,
              column: table.rect.column + j,
            });
          })
        );
        values.forEach((row, i) =>
          row.forEach((value, j) => {
            const column = table.rect.column + j;
            const above = table.sheet.cell(first - 1, column);
            const cell = table.sheet.cellForWrite(first + i, column);
            cell.numberFormat = above?.numberFormat ?? "General";
            writeCell(cell, value, "values");
          })
        );
        table.rect = { ...table.rect, rows: table.rect.rows + values.length };
      }),
  };

  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getHeaderRowRange()`, () => {
      const table = this.model();
      return { sheet: table.sheet, rect: { ...table.rect, rows: 1 } };
    });
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getDataBodyRange()`, () => {
      const table = this.model();
      return { sheet: table.sheet, rect: table.bodyRect() };
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange()`, () => {
      const table = this.model();
      return { sheet: table.sheet, rect: table.rect };
    });
  }

  protected snapshot(table: TableModel, property: string): unknown {
    if (property === "name") return table.name;
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

export class FakeTableColumnCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly path: string,
    private readonly table: () => TableModel
  ) {}

  /** Adds a column; index -1/null/undefined appends. Cells to the right in the table's rows shift right, as Excel inserts. */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let position = -1;
    let owner: TableModel | undefined;
    this.ctx.enqueue({
      wire: { p: this.path, m: "add", a: [index ?? null, values ?? null, name ?? null] },
      write: true,
      run: () => {
        const table = this.table();
        owner = table;
        assertSheetWritable(table.sheet);
        if (values !== undefined && values !== null)
          throw new FakeExcelError("NotImplemented", "The fake only adds empty columns.");
        position =
          index === undefined || index === null || index === -1 ? table.rect.columns : index;
        const absolute = table.rect.column + position;
        for (let r = table.rect.row; r < table.rect.row + table.rect.rows; r++) {
          const cells = table.sheet.rows.get(r);
          if (!cells) continue;
          const moved = [...cells.entries()]
            .filter(([c]) => c >= absolute)
            .sort((a, b) => b[0] - a[0]);
          for (const [c, cell] of moved) {
            cells.delete(c);
            cells.set(c + 1, cell);
          }
        }
        table.rect = { ...table.rect, columns: table.rect.columns + 1 };
        const taken = new Set(table.headers().map((h) => h.toLowerCase()));
        let header = name ?? `Column${position + 1}`;
        for (let n = 2; taken.has(header.toLowerCase()); n++) header = `${name ?? "Column"}${n}`;
        const cell = table.sheet.cellForWrite(table.rect.row, absolute);
        cell.value = header;
        this.ctx.stats.writeLog.push(`add column ${header} ${table.name}`);
      },
    });
    return new FakeTableColumn(this.ctx, `${this.path}.add(${JSON.stringify(name ?? null)})`, () =>
      owner ? { table: owner, position } : undefined
    );
  }

  getItem(name: string): FakeTableColumn {
    return new FakeTableColumn(this.ctx, `${this.path}(${JSON.stringify(name)})`, () => {
      const table = this.table();
      const position = table.headers().findIndex((h) => h.toLowerCase() === name.toLowerCase());
      return position < 0 ? undefined : { table, position };
    });
  }
}

export class FakeTableColumn {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly path: string,
    private readonly resolve: () => { table: TableModel; position: number } | undefined
  ) {}

  private rangeOf(kind: "body" | "all" | "header"): FakeRange {
    const method = { body: "getDataBodyRange()", all: "getRange()", header: "getHeaderRowRange()" }[
      kind
    ];
    return new FakeRange(this.ctx, `${this.path}.${method}`, () => {
      const found = this.resolve();
      if (!found) return undefined;
      const { table, position } = found;
      const rect =
        kind === "body"
          ? table.bodyRect()
          : kind === "header"
            ? { ...table.rect, rows: 1 }
            : table.rect;
      return {
        sheet: table.sheet,
        rect: { ...rect, column: table.rect.column + position, columns: 1 },
      };
    });
  }

  getHeaderRowRange(): FakeRange {
    return this.rangeOf("header");
  }

  getDataBodyRange(): FakeRange {
    return this.rangeOf("body");
  }

  getRange(): FakeRange {
    return this.rangeOf("all");
  }
}

export class FakeNamedItemCollection extends FakeCollection<
  { name: string },
  { name: string; acceptLoaded(data: Record<string, unknown>): void }
> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "workbook.names", () => ctx.model.names);
  }

  add(name: string, reference: string, comment?: string): void {
    this.ctx.enqueue({
      wire: { p: this.path, m: "add", a: [name, reference, comment ?? null] },
      write: true,
      run: () => {
        const model = this.ctx.model;
        if (
          model.names.some((n) => n.name.toLowerCase() === name.toLowerCase()) ||
          model.table(name)
        ) {
          throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
        }
        // The adapter always passes a formula ("=Sheet!$A$1"); the fake insists on it.
        if (typeof reference !== "string" || !reference.startsWith("="))
          throw new FakeExcelError(
            "InvalidArgument",
            `A name's reference must be a formula starting with "=", not ${String(reference)}.`
          );
        if (!isValidName(name))
          throw new FakeExcelError("InvalidArgument", `"${name}" is not a valid name.`);
        model.checkFormula(reference, `The reference of name ${name}`);
        model.names.push({ name, ref: reference, comment });
        this.ctx.stats.writeLog.push(`add name ${name}`);
      },
    });
  }

  protected itemProxy(model: { name: string }) {
    const loaded: Record<string, unknown> = {};
    const read = (property: string) => {
      if (!(property in loaded)) throw new FakeExcelError("PropertyNotLoaded", property);
      return loaded[property] as string;
    };
    return {
      get name(): string {
        return read("name");
      },
      get formula(): string {
        return read("formula");
      },
      get type(): string {
        return read("type");
      },
      delete: () => this.delete(model.name),
      getRange: () => this.rangeOf(model.name),
      acceptLoaded(data: Record<string, unknown>) {
        Object.assign(loaded, data);
      },
    };
  }

  getItem(name: string): { delete(): void; getRange(): FakeRange } {
    return { delete: () => this.delete(name), getRange: () => this.rangeOf(name) };
  }

  /** The range a name refers to ("=Sheet!$A$1:$B$2"), resolved at sync time. */
  private rangeOf(name: string): FakeRange {
    return new FakeRange(this.ctx, `${this.path}(${JSON.stringify(name)}).getRange()`, () => {
      const entry = this.ctx.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!entry) return undefined;
      const ref = entry.ref.replace(/^=/, "");
      const sheetName = ref
        .slice(0, ref.lastIndexOf("!"))
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const sheet = this.ctx.model.sheet(sheetName);
      return sheet && { sheet, rect: parseA1(ref) };
    });
  }

  private delete(name: string): void {
    this.ctx.enqueue({
      wire: { p: `${this.path}(${JSON.stringify(name)})`, m: "delete" },
      write: true,
      run: () => {
        const names = this.ctx.model.names;
        const at = names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
        if (at < 0) throw new FakeExcelError("ItemNotFound", `The name "${name}" does not exist.`);
        names.splice(at, 1);
        this.ctx.stats.writeLog.push(`delete name ${name}`);
      },
    });
  }

  protected itemSnapshot(model: { name: string; ref?: string }, property: string): unknown {
    if (property === "name") return model.name;
    if (property === "formula") return model.ref;
    if (property === "type") return "Range";
    throw new FakeExcelError("InvalidArgument", `Unknown property ${property}.`);
  }
}

/**
 * Excel's rules for a defined name: a letter, "_" or "\\" first, then letters, digits, "_", "." or
 * "\\"; at most 255 characters; not a cell address (A1 or R1C1 style) nor "R" / "C".
 */
function isValidName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[rc]$/i.test(name)) return false;
  const cell = /^([A-Z]{1,3})(\d+)$/i.exec(name);
  if (cell && colIndex(cell[1]) < 16_384 && Number(cell[2]) >= 1 && Number(cell[2]) <= 1_048_576)
    return false;
  return !/^r(\d*)c(\d*)$/i.test(name);
}

/** Whether a defined name's reference ("=Sheet!$A$1", "='My sheet'!A1") points into `sheet`. */
function refersToSheet(ref: string, sheet: string): boolean {
  const body = ref.replace(/^=/, "");
  const at = body.lastIndexOf("!");
  if (at < 0) return false;
  const name = body
    .slice(0, at)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return name.toLowerCase() === sheet.toLowerCase();
}

/** A fake context seen through the real API's types, for the code under test. */
export function asExcelContext(ctx: FakeRequestContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}
