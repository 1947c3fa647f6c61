/**
 * Runs the CLI from its TypeScript sources in a child process (for tests that must signal or
 * time a real process): `node test/support/run-cli.js import …`. Each .ts module is transpiled
 * on load with the project's compiler; no build step, no type check.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

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

require(path.join(__dirname, "..", "..", "src", "cli", "main.ts"))
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
