#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm run build:cli` (run automatically by `npm ci`/`npm install`).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "lib", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("client-register: not built yet; run `npm run build:cli` in the project folder.\n");
  process.exit(2);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code));
