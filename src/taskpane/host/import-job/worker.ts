/**
 * Entry of the import Web Worker (bundled by webpack from `new Worker(new URL(...))` in
 * spawn.ts). Office.js is not available here and not needed: the worker only runs the pure importer.
 */
import type { FromWorker, ToWorker } from "./protocol";
import { serveImportJobs } from "./serve";

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: "message", handler: (event: { data: unknown }) => void): void;
};

serveImportJobs({
  post: (message: FromWorker) => scope.postMessage(message),
  listen: (handler) =>
    scope.addEventListener("message", (event) => handler(event.data as ToWorker)),
});
