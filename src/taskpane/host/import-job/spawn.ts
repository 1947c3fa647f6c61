/**
 * Starts the import Web Worker. Loaded only with import() on the Excel and preview paths, never in
 * Node: `import.meta.url` exists only in the ES module webpack compiles this file to.
 */
import { WorkerFailedError, workerRunner, type ImportRunner } from "./client";
import type { FromWorker } from "./protocol";

export function spawnImportWorker(): ImportRunner {
  if (typeof Worker === "undefined") throw new WorkerFailedError("Web Workers are not available.");
  const worker = new Worker(
    // @ts-expect-error tsconfig.json emits CommonJS (for Node and Jest), where import.meta is not allowed; webpack compiles this file as an ES module and bundles worker.ts as its own chunk.
    new URL("./worker.ts", import.meta.url)
  );
  return workerRunner({
    post: (message) => worker.postMessage(message),
    listen: (handler) =>
      worker.addEventListener("message", (event: MessageEvent<FromWorker>) => handler(event.data)),
    onFailure: (handler) => {
      worker.addEventListener("error", (event) =>
        handler(new WorkerFailedError(event.message || "The import worker failed to start."))
      );
      worker.addEventListener("messageerror", () =>
        handler(new WorkerFailedError("A message from the import worker could not be read."))
      );
    },
  });
}
