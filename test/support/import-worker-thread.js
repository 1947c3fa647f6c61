/**
 * The import worker in a Node worker thread, for tests: the same serve.ts the Web Worker runs,
 * loaded from its TypeScript sources, talking over worker_threads' parentPort instead of a Web
 * Worker's global scope.
 */
const path = require("path");
const { parentPort } = require("worker_threads");
require("./load-ts-sources");

const { serveImportJobs } = require(
  path.join(__dirname, "..", "..", "src", "taskpane", "host", "import-job", "serve.ts")
);
serveImportJobs({
  post: (message) => parentPort.postMessage(message),
  listen: (handler) => parentPort.on("message", handler),
});
