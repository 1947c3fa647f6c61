/**
 * The pane's side of the import: runs the importer in a worker (see serve.ts), or in the pane's
 * own thread where no worker can be had. Both give the same results as calling the importer.
 */
import type { ImportOptions, SheetMapping, SourceSheet } from "../../../importer/types";
import { yielder } from "../../../workbook/readers/yield";
import type { Endpoint, FromWorker, JobKind, ToWorker } from "./protocol";
import { runJob, type ImportJobResult, type JobInput, type RegisterPlanRequest } from "./serve";
import { applyPart, split, type Skeleton } from "./transfer";

export interface ImportRunner {
  /**
   * As importWorkbook; `options.onProgress` is told the rows normalised so far. With
   * `registerPlan`, the result also carries the plan of a new register holding the records.
   */
  importWorkbook(
    sheets: SourceSheet[],
    options?: ImportOptions,
    registerPlan?: RegisterPlanRequest
  ): Promise<ImportJobResult>;
  /** As previewMapping. */
  previewMapping(sheets: SourceSheet[], mapping?: Record<string, string>): Promise<SheetMapping[]>;
}

/** The worker could not be started or stopped answering (not an error of the import itself). */
export class WorkerFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkerFailedError";
  }
}

/** An error the importer raised inside the worker, under its own name. */
class JobError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/** Runs the importer on the calling thread: for tests, and where no worker is available. */
export function inThreadRunner(): ImportRunner {
  return {
    importWorkbook: async (sheets, options = {}, registerPlan) =>
      runJob("import", { sheets, options, registerPlan }, options.onProgress) as ImportJobResult,
    previewMapping: async (sheets, mapping) =>
      runJob("mapping", { sheets, options: { mapping } }) as SheetMapping[],
  };
}

/** The pane's end of a worker channel; `onFailure` is told when the worker itself fails. */
export interface WorkerEndpoint extends Endpoint<FromWorker, ToWorker> {
  onFailure?(handler: (error: Error) => void): void;
}

export interface WorkerRunnerOptions {
  /** The pane sends the input in slices and gives its event loop a turn this often (ms). */
  yieldEveryMs?: number;
}

/** Runs jobs in the worker at the other end of `endpoint`, one message slice at a time. */
export function workerRunner(
  endpoint: WorkerEndpoint,
  runnerOptions: WorkerRunnerOptions = {}
): ImportRunner {
  interface Pending {
    resolve(value: unknown): void;
    reject(error: Error): void;
    onProgress?: (rows: number) => void;
    result?: Skeleton;
  }
  const pending = new Map<number, Pending>();
  let nextJob = 1;

  endpoint.listen((message) => {
    const job = pending.get(message.job);
    if (!job) return;
    switch (message.type) {
      case "progress":
        job.onProgress?.(message.rows);
        return;
      case "result":
        job.result = message.result;
        return;
      case "part":
        if (job.result) applyPart(job.result, message.part);
        return;
      case "done":
        pending.delete(message.job);
        job.resolve(job.result?.value);
        return;
      case "error":
        pending.delete(message.job);
        job.reject(new JobError(message.name, message.message));
        return;
    }
  });
  endpoint.onFailure?.((error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  });

  const run = async (
    kind: JobKind,
    input: JobInput,
    onProgress?: (rows: number) => void
  ): Promise<unknown> => {
    const job = nextJob++;
    const result = new Promise<unknown>((resolve, reject) =>
      pending.set(job, { resolve, reject, onProgress })
    );
    const pause = yielder(runnerOptions.yieldEveryMs ?? 30);
    const { skeleton, parts } = split(input);
    endpoint.post({ job, type: "begin", kind, input: skeleton });
    for (const part of parts) {
      endpoint.post({ job, type: "part", part });
      await pause();
    }
    endpoint.post({ job, type: "run" });
    return result;
  };

  return {
    importWorkbook: async (sheets, options = {}, registerPlan) => {
      const { onProgress, ...rest } = options;
      const input: JobInput = { sheets, options: rest, ...(registerPlan ? { registerPlan } : {}) };
      return (await run("import", input, onProgress)) as ImportJobResult;
    },
    previewMapping: async (sheets, mapping) =>
      (await run("mapping", { sheets, options: { mapping } })) as SheetMapping[],
  };
}

/**
 * Uses the worker from `start()` until it fails to start or dies; a job it failed is run again in
 * the pane's thread, and so is every later job (an import blocked is better than none).
 */
export function fallbackRunner(start: () => Promise<ImportRunner>): ImportRunner {
  let primary: Promise<ImportRunner | null> | null = null;
  const local = inThreadRunner();
  const get = (): Promise<ImportRunner | null> => (primary ??= start().catch(() => null));
  const withFallback = async <T>(call: (runner: ImportRunner) => Promise<T>): Promise<T> => {
    const runner = await get();
    if (runner) {
      try {
        return await call(runner);
      } catch (error) {
        if (!(error instanceof WorkerFailedError)) throw error;
        primary = Promise.resolve(null);
      }
    }
    return call(local);
  };
  return {
    importWorkbook: (sheets, options, registerPlan) =>
      withFallback((r) => r.importWorkbook(sheets, options, registerPlan)),
    previewMapping: (sheets, mapping) => withFallback((r) => r.previewMapping(sheets, mapping)),
  };
}
