#!/usr/bin/env node
/**
 * The sheet-kind measurement set: for every labelled source table of the corpus's development set
 * (all labelled files except the held-out ones and those named by --exclude), the label (the
 * register sheet it feeds, or null), the engine's decision (what the scoreboard compares), and
 * the table's features as the pure importer computes them (src/importer/sheet-features.ts). The
 * fitting script (scripts/sheet-kind-fit.mjs) reads what this writes.
 *
 *   node scripts/sheet-kind-data.mjs [--exclude a,b,…] [--out sheet-kind-data.json]
 *
 * Uses the compiled engine in lib/ (`npx tsc -p tsconfig.cli.json` first). Prints nothing of a
 * file but its name and its tables' count; held-out labels are read only for their heldOut flag.
 */
import { createRequire } from "module";
import { promises as fs } from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = path.join(root, "test", "corpus");
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const exclude = new Set(
  (option("--exclude") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
);
const out = path.resolve(root, option("--out") ?? "sheet-kind-data.json");

const lib = (relative) => require(path.join(root, "lib", relative));
const { importWorkbook } = lib("importer/index.js");
const { analyseWorkbook, parseOverrides } = lib("importer/analyse-sheet.js");
const { sheetFeatures, SHEET_FEATURE_NAMES } = lib("importer/sheet-features.js");
const { readSourceFile } = lib("workbook/readers/file.js");

/** The table the label describes among the engine's tables of that sheet (as the scoreboard finds it). */
function findTable(tables, label, sheetOf) {
  const candidates = tables.filter((t) => sheetOf(t) === label.sheet);
  if (candidates.length <= 1 || label.headerRow === undefined) return candidates[0];
  const last = [].concat(label.headerRow).at(-1);
  return candidates.find((t) => (t.headerRows ?? []).includes(last)) ?? candidates[0];
}

function featuresOf(a) {
  const m = a.mapping;
  return sheetFeatures({
    sheetName: a.sheet.name,
    headers: (a.table?.columns ?? []).map((c) => c.text ?? ""),
    classification: a.classification,
    registerSheet: m.registerSheet ?? a.classification.key ?? null,
    confidence: m.registerSheet ? m.confidence : a.classification.confidence,
    columns: m.columns,
    profiles: a.profiles,
    notData: a.notData?.kind ?? null,
    subject: m.decision?.subject ?? null,
    headerless: (a.table?.headerRows ?? []).length === 0,
    form: Boolean(a.form),
  });
}

async function main() {
  const names = (await fs.readdir(corpusDir))
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.slice(0, -".expected.json".length))
    .filter((name) => !exclude.has(name))
    .sort();
  const rows = [];
  for (const name of names) {
    const label = JSON.parse(
      await fs.readFile(path.join(corpusDir, `${name}.expected.json`), "utf8")
    );
    if (label.heldOut === true) continue;
    const file = path.join(corpusDir, label.file);
    const options = label.importOptions ?? {};
    let result;
    let analyses;
    try {
      const read = await readSourceFile(file);
      result = importWorkbook(read.sheets, options);
      const again = await readSourceFile(file);
      analyses = analyseWorkbook(again.sheets, parseOverrides(options.mapping, options.state));
    } catch (error) {
      console.error(`${name}: ${error instanceof Error ? error.message : error}`);
      continue;
    }
    const tables = analyses.filter((a) => a.table && !a.loose);
    const single = new Set(result.mappings.map((m) => m.sheet)).size === 1;
    const repo = String(label.source ?? "").split(/\s+/)[0];
    let count = 0;
    for (const written of label.sheets ?? []) {
      const sheetName = single ? result.mappings[0].sheet : written.sheet;
      const wanted = { ...written, sheet: sheetName };
      const mapping = findTable(result.mappings, wanted, (m) => m.sheet);
      const used = (result.rows ?? []).filter(
        (r) => r.sheet === sheetName && (r.outcome === "imported" || r.outcome === "merged")
      ).length;
      const got = mapping ? (mapping.registerSheet ?? null) : null;
      const analysis = findTable(
        tables.map((a) => ({ a, headerRows: a.table.headerRows })),
        wanted,
        (t) => t.a.sheet.name
      )?.a;
      rows.push({
        file: name,
        repo,
        sheet: written.sheet,
        label: written.registerSheet ?? null,
        rules: got,
        rulesImported: used,
        outcome: mapping?.decision?.outcome ?? null,
        margin: mapping?.decision?.margin ?? null,
        features: analysis ? featuresOf(analysis) : null,
      });
      count++;
    }
    process.stderr.write(`${name}: ${count}\n`);
  }
  await fs.writeFile(out, `${JSON.stringify({ featureNames: SHEET_FEATURE_NAMES, rows })}\n`);
  console.log(`${rows.length} labelled tables written to ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
