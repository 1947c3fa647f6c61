/**
 * The worker side: assembles each job's input, runs the (synchronous, pure) importer on it and
 * sends the result back in parts. It runs on the worker's own thread, so the pane's thread (which
 * in the shared runtime also runs the custom functions) stays free however long the import takes.
 */
import { importWorkbook, previewMapping, withImportIssues } from "../../../importer";
import type { ImportOptions, ImportResult, SourceSheet } from "../../../importer/types";
import type { RegisterSettings } from "../../../register/settings";
import type { Lang } from "../../../register/types";
import { generatedMarkers } from "../../../review/sheet-names";
import type { WorkbookPlan } from "../../../workbook/plan";
import { buildRegisterPlan } from "../../../workbook/register-plan";
import type { Endpoint, FromWorker, JobKind, ToWorker } from "./protocol";
import { applyPart, split, type Skeleton } from "./transfer";

/** A new register to plan from the imported records (when the workbook has none yet). */
export interface RegisterPlanRequest {
  lang: Lang;
  settings: RegisterSettings;
}

/** What a job's input holds once assembled. */
export interface JobInput {
  sheets: SourceSheet[];
  options: Omit<ImportOptions, "onProgress">;
  registerPlan?: RegisterPlanRequest;
}

export type ImportJobResult = ImportResult & { plan?: WorkbookPlan };

/**
 * The register set-up writes when the workbook has none: the imported rows, the Import Issues
 * sheet, marked as generated so that the next import replaces it. Built here too, not in the pane,
 * because it is as long as the import (a row of cells per record).
 */
export function registerPlanOf(result: ImportResult, request: RegisterPlanRequest): WorkbookPlan {
  const withIssues = withImportIssues(
    buildRegisterPlan({
      lang: request.lang,
      formulaStyle: "live",
      records: result.records,
      settings: request.settings,
    }),
    result.issues
  );
  return { ...withIssues, names: [...withIssues.names, ...generatedMarkers(withIssues.sheets)] };
}

export function runJob(
  kind: JobKind,
  input: JobInput,
  onProgress?: (rowsNormalised: number) => void
): unknown {
  if (kind === "mapping") return previewMapping(input.sheets, input.options.mapping);
  const result: ImportJobResult = importWorkbook(input.sheets, { ...input.options, onProgress });
  if (input.registerPlan) result.plan = registerPlanOf(result, input.registerPlan);
  return result;
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
