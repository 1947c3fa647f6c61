#!/usr/bin/env node
/**
 * The task pane's first-load JavaScript: every <script src> of dist/taskpane.html (office.js —
 * Office's hosted copy, measured on its npm snapshot — and
 * the webpack entry chunks; chunks loaded later with import() are not counted), gzipped.
 * Budget: 300 KB (350 KB until session 38, when the pages behind the tabs became chunks of their
 * own). Run after `npm run build`.
 *
 *   node scripts/bundle-size.mjs [--json] [--dist <folder>]
 *
 * Prints one line per script and a final "bundle: first load <n> KB gzipped (budget 300 KB)";
 * exits 1 when over budget or when a script is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 300;
const args = process.argv.slice(2);
const distAt = args.indexOf("--dist");
const dist = resolve(distAt >= 0 ? args[distAt + 1] : "dist");
const asJson = args.includes("--json");

const htmlPath = join(dist, "taskpane.html");
if (!existsSync(htmlPath)) {
  console.error(`bundle-size: ${htmlPath} not found; run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(htmlPath, "utf8");
const sources = [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
/** Office's hosted office.js is not in dist/; the npm snapshot of it stands in for its size. */
const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = resolve("node_modules/@microsoft/office-js/dist/office.js");
const scripts = sources.map((src) => {
  const file = src === HOSTED_OFFICE_JS ? LOCAL_OFFICE_JS : join(dist, src.replace(/^\.?\//, "").split(/[?#]/)[0]);
  if (!existsSync(file)) return { src, missing: true, bytes: 0, gzip: 0 };
  const data = readFileSync(file);
  return { src, bytes: data.length, gzip: gzipSync(data).length };
});
const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
const missing = scripts.filter((s) => s.missing).map((s) => s.src);
const result = { scripts, totalGzipBytes: total, totalGzipKB: kb(total), budgetKB: BUDGET_KB, withinBudget: kb(total) <= BUDGET_KB && missing.length === 0 };

if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  for (const s of scripts) console.log(`${s.missing ? "MISSING" : `${kb(s.gzip)} KB`.padStart(9)}  ${s.src}${s.missing ? "" : ` (${kb(s.bytes)} KB raw)`}`);
  console.log(`bundle: first load ${kb(total)} KB gzipped JavaScript (budget ${BUDGET_KB} KB)`);
}
if (missing.length) console.error(`bundle-size: missing ${missing.join(", ")}`);
process.exit(result.withinBudget ? 0 : 1);
