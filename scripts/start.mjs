#!/usr/bin/env node
/**
 * `npm start`: builds, starts the dev server and sideloads the add-in into Excel desktop through
 * office-addin-debugging — which only knows Windows and macOS. On Linux it used to print
 * "Platform not supported: linux", exit 0 and leave the dev server running; here it says what to
 * run instead and exits 1 before anything starts.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const DESKTOP = new Set(["win32", "darwin"]);
const platform = process.env.CLIENT_REGISTER_PLATFORM ?? process.platform;

if (!DESKTOP.has(platform)) {
  console.error(
    `npm start sideloads into Excel desktop (Windows or macOS only); on ${platform} use \`npm run start:web -- --document <workbook URL>\` for Excel on the web, or \`npm run preview\` for the pane outside Office.`
  );
  process.exit(1);
}

const require = createRequire(import.meta.url);
const cli = require.resolve("office-addin-debugging/cli.js");
const child = spawn(process.execPath, [cli, "start", "manifest.xml", ...process.argv.slice(2)], {
  stdio: "inherit",
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
