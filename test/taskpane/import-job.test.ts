/**
 * The pane's import off its own thread: the input goes to a worker in slices, the importer runs
 * there, the result comes back in slices. Here the worker is a real Node worker thread running
 * the same serve.ts as the Web Worker, so "the pane's thread stays free" is measured, not assumed.
 */
import path from "path";
import { Worker } from "worker_threads";
import { importWorkbook, previewMapping } from "../../src/importer";
import type { SourceCell, SourceSheet } from "../../src/importer/types";
import {
  fallbackRunner,
  inThreadRunner,
  WorkerFailedError,
  workerRunner,
  type ImportRunner,
  type WorkerEndpoint,
} from "../../src/taskpane/host/import-job/client";
import type { FromWorker, ToWorker } from "../../src/taskpane/host/import-job/protocol";
import { applyPart, split } from "../../src/taskpane/host/import-job/transfer";
import { createExcelActions, officeWorkbook } from "../../src/taskpane/host/excel-actions";
import { createPreviewWorkbook } from "../../src/taskpane/host/preview-workbook";
import ExcelJS from "exceljs";
import { registerTab } from "../../src/register/tabs";
import { asExcelContext, FakeRequestContext, WorkbookModel } from "../workbook/office/fake-excel";
import { GeneratedSheet } from "../workbook/office/generated-sheet";

/** A client sheet with a title, duplicates (every 50th row repeats an earlier client) and a total row. */
export function clientSheet(rows: number): SourceSheet {
  const grid: SourceCell[][] = [
    ["2026年大客户名单"],
    [],
    ["客户名称", "联系电话", "生日", "年收入（万元）", "风险偏好"],
  ];
  for (let i = 0; i < rows; i++) {
    const n = i % 50 === 49 ? i - 7 : i;
    grid.push([
      `客户${n}`,
      `1380013${String(n).padStart(4, "0")}`,
      `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
      String(10 + (n % 500)),
      ["稳健", "积极", "保守型"][n % 3],
    ]);
  }
  grid.push(["合计", "", "", "", ""]);
  return { name: "客户名单", rows: grid, merges: [] };
}

function threadEndpoint(worker: Worker): WorkerEndpoint {
  return {
    post: (message: ToWorker) => worker.postMessage(message),
    listen: (handler: (message: FromWorker) => void) => worker.on("message", handler),
    onFailure: (handler) => worker.on("error", (e) => handler(new WorkerFailedError(e.message))),
  };
}

/** Runs `job` while a 5 ms timer ticks on this thread; counts the ticks and when the first came. */
async function whileTicking<T>(job: () => Promise<T>) {
  let ticks = 0;
  let firstTickBeforeEnd = false;
  let ended = false;
  const timer = setInterval(() => {
    if (!ended && ticks === 0) firstTickBeforeEnd = true;
    ticks++;
  }, 5);
  try {
    const result = await job();
    ended = true;
    return { result, ticks, firstTickBeforeEnd };
  } finally {
    clearInterval(timer);
  }
}

describe("transfer in slices", () => {
  it("puts a value with long sparse arrays back exactly, without changing the original", () => {
    const rows: SourceCell[][] = [];
    rows[0] = ["名称", "电话"];
    rows[7] = [null, "123"];
    rows[12_000] = [];
    rows[12_000][16_383] = "far";
    rows.length = 1_048_576;
    const value = { sheets: [{ name: "S", rows, merges: [] }], options: { mapping: { a: "b" } } };
    const { skeleton, parts } = split(value, 1_000);
    const list = [...parts];
    expect(list).toHaveLength(1_049);
    expect(value.sheets[0].rows).toBe(rows);
    for (const part of list) applyPart(skeleton, part);
    const back = skeleton.value as typeof value;
    expect(back.sheets[0].rows).toHaveLength(1_048_576);
    expect(Object.keys(back.sheets[0].rows)).toEqual(["0", "7", "12000"]);
    expect(back.sheets[0].rows[12_000][16_383]).toBe("far");
    expect(Object.keys(back.sheets[0].rows[12_000])).toEqual(["16383"]);
    expect(back.options).toEqual({ mapping: { a: "b" } });
  });
});

describe("the import worker", () => {
  let worker: Worker;
  let runner: ImportRunner;

  beforeAll(() => {
    worker = new Worker(path.join(__dirname, "..", "support", "import-worker-thread.js"));
    runner = workerRunner(threadEndpoint(worker));
  });
  afterAll(() => worker.terminate());

  it("gives the same result as the importer, and the pane's thread keeps running meanwhile", async () => {
    const sheet = clientSheet(5_000);
    const expected = importWorkbook([sheet]);
    const progress: number[] = [];
    const { result, ticks, firstTickBeforeEnd } = await whileTicking(() =>
      runner.importWorkbook([sheet], { onProgress: (rows) => progress.push(rows) })
    );
    expect(result).toEqual(expected);
    expect(result.summary.merged).toBe(100);
    expect(progress).toEqual([2_000, 4_000]);
    // A timer set when the import began ran before it ended, and kept running.
    expect(firstTickBeforeEnd).toBe(true);
    expect(ticks).toBeGreaterThan(5);
  });

  it("in the pane's own thread the same import lets no timer run until it ends", async () => {
    const { ticks } = await whileTicking(() =>
      inThreadRunner().importWorkbook([clientSheet(5_000)])
    );
    expect(ticks).toBe(0);
  });

  it("previews the mapping as the importer does, with the caller's overrides", async () => {
    const sheet = clientSheet(200);
    const mapping = { 风险偏好: "-" };
    expect(await runner.previewMapping([sheet], mapping)).toEqual(previewMapping([sheet], mapping));
  });

  it("imports from the open workbook through it: progress moves through reading, normalising and writing", async () => {
    const sheet = clientSheet(4_500);
    const width = 5;
    const model = new WorkbookModel();
    model.sheets.push(
      new GeneratedSheet("客户名单", { rows: sheet.rows.length, columns: width }, (r, c) => {
        const cell = sheet.rows[r]?.[c];
        return cell === null || cell === undefined ? "" : (cell as string);
      })
    );
    const ctx = new FakeRequestContext(model);
    type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
    (globalThis as { Excel?: unknown }).Excel = {
      run: <T>(_options: Excel.RunOptions, batch: Batch<T>) => batch(asExcelContext(ctx)),
    };
    try {
      const actions = createExcelActions({
        port: officeWorkbook(),
        importer: runner,
        today: () => "2026-03-15",
        now: () => new Date("2026-03-15T08:00:00Z"),
        lastImport: { get: () => null, set: () => undefined },
      });
      const progress: number[] = [];
      const { result: outcome, firstTickBeforeEnd } = await whileTicking(() =>
        actions.runImport({ sheets: ["客户名单"], kinds: [], overrides: [], lang: "zh-CN" }, (f) =>
          progress.push(f)
        )
      );
      expect(outcome.counts).toMatchObject({ imported: 4_410, merged: 90, skipped: 1 });
      expect(model.table("tblClients")!.rect.rows).toBe(1 + 4_410);
      expect(firstTickBeforeEnd).toBe(true);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      // Reading, then the worker's rows normalised (2,000 and 4,000), then writing.
      expect(progress.filter((f) => f > 0 && f < 0.3).length).toBeGreaterThan(0);
      expect(progress.filter((f) => f > 0.3 && f < 0.6)).toHaveLength(2);
      expect(progress.filter((f) => f > 0.6 && f < 1).length).toBeGreaterThan(0);
      expect(progress.at(-1)).toBe(1);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  it("imports a file in preview mode through it too: the page's thread runs, progress moves", async () => {
    const sheet = clientSheet(4_500);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row ?? []);
    const bytes = (await wb.xlsx.writeBuffer()) as ArrayBuffer;
    const calls: string[] = [];
    const counting: ImportRunner = {
      importWorkbook: (...args) => (calls.push("import"), runner.importWorkbook(...args)),
      previewMapping: (...args) => (calls.push("mapping"), runner.previewMapping(...args)),
    };
    const actions = createPreviewWorkbook({
      sampleUrl: "unused.xlsx",
      importer: counting,
      today: () => "2026-03-15",
      now: () => new Date("2026-03-15T08:00:00Z"),
    });
    await actions.file!.open("clients.xlsx", bytes);
    const request = { sheets: [sheet.name], kinds: [], overrides: [], lang: "zh-CN" as const };
    expect((await actions.listSourceSheets()).map((s) => s.name)).toEqual([sheet.name]);
    expect((await actions.previewMapping(request)).length).toBeGreaterThan(0);
    expect(calls).toEqual(["mapping", "mapping"]);

    const progress: number[] = [];
    const { result: outcome, firstTickBeforeEnd } = await whileTicking(() =>
      actions.runImport(request, (f) => progress.push(f))
    );
    expect(calls).toEqual(["mapping", "mapping", "import"]);
    expect(outcome.counts).toMatchObject({ imported: 4_410, merged: 90, skipped: 1 });
    expect(firstTickBeforeEnd).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // Started, then the worker's rows normalised (2,000 and 4,000), then done.
    expect(progress[0]).toBeGreaterThan(0);
    expect(progress.filter((f) => f > progress[0] && f < 0.9)).toHaveLength(2);
    expect(progress.at(-1)).toBe(1);
    // The register it would download holds what the same import gives in the page's thread.
    const local = createPreviewWorkbook({
      sampleUrl: "unused.xlsx",
      importer: inThreadRunner(),
      today: () => "2026-03-15",
      now: () => new Date("2026-03-15T08:00:00Z"),
    });
    await local.file!.open("clients.xlsx", bytes);
    await local.runImport(request, () => undefined);
    const tab = registerTab("Clients", "zh-CN");
    const clients = await actions.showSheet(tab);
    expect(clients?.rows).toHaveLength(4_410);
    expect(clients).toEqual(await local.showSheet(tab));
  });

  it("passes the importer's own errors on, and keeps serving", async () => {
    const broken = { name: "坏", rows: null, merges: [] } as unknown as SourceSheet;
    await expect(runner.importWorkbook([broken])).rejects.toMatchObject({
      name: "TypeError",
      message: expect.stringContaining("null"),
    });
    const ok = await runner.importWorkbook([clientSheet(10)]);
    expect(ok.summary.imported).toBe(10);
  });
});

describe("fallback to the pane's thread", () => {
  it("runs the job in the pane's thread when no worker can be started", async () => {
    const runner = fallbackRunner(() =>
      Promise.reject(new WorkerFailedError("Web Workers are not available."))
    );
    const result = await runner.importWorkbook([clientSheet(20)]);
    expect(result).toEqual(importWorkbook([clientSheet(20)]));
  });

  it("runs a job again in the pane's thread when the worker dies under it", async () => {
    let fail: (error: Error) => void = () => undefined;
    const posted: ToWorker[] = [];
    const dying: WorkerEndpoint = {
      post: (message) => {
        posted.push(message);
        if (message.type === "run") setTimeout(() => fail(new WorkerFailedError("crashed")), 0);
      },
      listen: () => undefined,
      onFailure: (handler) => (fail = handler),
    };
    const runner = fallbackRunner(async () => workerRunner(dying));
    const result = await runner.importWorkbook([clientSheet(20)]);
    expect(result.summary.imported).toBe(20);
    expect(posted.map((m) => m.type)).toEqual(["begin", "run"]);
    // Later jobs no longer try the dead worker.
    await runner.previewMapping([clientSheet(5)]);
    expect(posted).toHaveLength(2);
  });
});
