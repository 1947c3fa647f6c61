/**
 * Runs the CLI from its TypeScript sources in a child process (for tests that must signal or
 * time a real process): `node test/support/run-cli.js import …`.
 */
const path = require("path");
require("./load-ts-sources");

require(path.join(__dirname, "..", "..", "src", "cli", "main.ts"))
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
