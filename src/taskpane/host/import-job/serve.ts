/**
 * The worker side: assembles each job's input, runs the (synchronous, pure) importer on it and
 * sends the result back in parts. It runs on the worker's own thread, so the pane's thread (which
 * in the shared runtime also runs the custom functions) stays free however long the import takes.
 */
import { importWorkbook, previewMapping } from "../../../importer";
import type { ImportOptions, SourceSheet } from "../../../importer/types";
import type { Endpoint, FromWorker, JobKind, ToWorker } from "./protocol";
import { applyPart, split, type Skeleton } from "./transfer";

/** What a job's input holds once assembled. */
export interface JobInput {
  sheets: SourceSheet[];
  options: Omit<ImportOptions, "onProgress">;
}

export function runJob(
  kind: JobKind,
  input: JobInput,
  onProgress?: (rowsNormalised: number) => void
): unknown {
  return kind === "import"
    ? importWorkbook(input.sheets, { ...input.options, onProgress })
    : previewMapping(input.sheets, input.options.mapping);
}

export function serveImportJobs(endpoint: Endpoint<ToWorker, FromWorker>): void {
  const jobs = new Map<number, { kind: JobKind; input: Skeleton }>();
  endpoint.listen((message) => {
    const { job } = message;
    try {
      if (message.type === "begin") {
        jobs.set(job, { kind: message.kind, input: message.input });
        return;
      }
      const pending = jobs.get(job);
      if (!pending) throw new Error(`Import job ${job} was never begun.`);
      if (message.type === "part") {
        applyPart(pending.input, message.part);
        return;
      }
      jobs.delete(job);
      const result = runJob(pending.kind, pending.input.value as JobInput, (rows) =>
        endpoint.post({ job, type: "progress", rows })
      );
      const { skeleton, parts } = split(result);
      endpoint.post({ job, type: "result", result: skeleton });
      for (const part of parts) endpoint.post({ job, type: "part", part });
      endpoint.post({ job, type: "done" });
    } catch (error) {
      jobs.delete(job);
      const e = error instanceof Error ? error : new Error(String(error));
      endpoint.post({ job, type: "error", name: e.name, message: e.message });
    }
  });
}
