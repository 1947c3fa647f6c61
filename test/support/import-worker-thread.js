/**
 * The import worker in a Node worker thread, for tests: the same serve.ts the Web Worker runs,
 * loaded from its TypeScript sources (transpiled on load, as run-cli.js does), talking over
 * worker_threads' parentPort instead of a Web Worker's global scope.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");
const { parentPort } = require("worker_threads");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};

const { serveImportJobs } = require(
  path.join(__dirname, "..", "..", "src", "taskpane", "host", "import-job", "serve.ts")
);
serveImportJobs({
  post: (message) => parentPort.postMessage(message),
  listen: (handler) => parentPort.on("message", handler),
});
