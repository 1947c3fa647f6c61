/**
 * The runner both panes use (in Excel and in preview mode): the import worker, started on first
 * use, and the pane's own thread where none can be started (Node, tests, a browser without
 * workers). spawn.ts is imported lazily: only webpack's ES-module build can compile it.
 */
import { fallbackRunner, WorkerFailedError, type ImportRunner } from "./client";

export function defaultImportRunner(): ImportRunner {
  return fallbackRunner(async () => {
    if (typeof Worker === "undefined")
      throw new WorkerFailedError("Web Workers are not available.");
    return (await import("./spawn")).spawnImportWorker();
  });
}
