#!/usr/bin/env node
/**
 * The corpus scoreboard: imports every workbook under test/corpus/files with the compiled engine
 * in lib/ (the one the CLI runs; `npm run corpus` rebuilds it first), compares each result with
 * the labels a careful person wrote (test/corpus/<name>.expected.json, format in
 * test/corpus/SOURCES.md) and prints a per-file accuracy table. It writes corpus-results/
 * (results.json and results.md).
 *
 * Low accuracy is a score, not a failure. The exit status is 1 only when reading or importing a
 * file crashed (or a label file is unusable), so a regression that throws is never hidden.
 *
 *   node scripts/corpus.mjs [--only name,name] [--tuned] [--verbose] [--out corpus-results]
 *
 * --tuned leaves the held-out files out altogether (not read, not run, not written), so that
 * people tuning the importer never see a held-out file's score or detail.
 */
import { createRequire } from "module";
import { promises as fs } from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusDir = path.join(root, "test", "corpus");

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const only = option("--only")
  ?.split(",")
  .map((s) => s.trim());
const verbose = flag("--verbose");
const tunedOnly = flag("--tuned");
const outDir = path.resolve(root, option("--out") ?? "corpus-results");

/** A file in lib/ the engine needs; a clear line when the CLI was never built. */
function lib(relative) {
  const file = path.join(root, "lib", relative);
  try {
    return require(file);
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(file)) {
      console.error(`corpus: ${relative} is missing in lib/; run \`npm run build:cli\` first`);
      process.exit(2);
    }
    throw error;
  }
}

const { importWorkbook } = lib("importer/index.js");
const sourceReader = lib("workbook/xlsx/source-reader.js");
const cliFiles = lib("cli/files.js");

/** The reader layer for every format, when this build has it (the CLI reads through it). */
function readerLayer() {
  try {
    return require(path.join(root, "lib", "workbook", "readers", "file.js"));
  } catch {
    return undefined;
  }
}
const readers = readerLayer();

/**
 * Before the reader layer, the CLI refused anything but .xlsx with a usage error before reading:
 * the scoreboard asks the same gate, so "not supported yet" is a score of zero, not a crash.
 */
function formatGate(file) {
  if (typeof readers?.readSourceFile === "function") return null;
  if (typeof cliFiles.requireXlsx !== "function") return null;
  try {
    cliFiles.requireXlsx(file, "the source");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The sheets the CLI would import, read the same way `client-register import` reads, and whether
 * the file is text (CSV or tab-separated) whatever its extension.
 */
async function readSource(file) {
  if (typeof readers?.readSourceFile === "function") {
    const read = await readers.readSourceFile(file);
    return { sheets: read.sheets, text: read.format === "csv" };
  }
  return { sheets: await sourceReader.readSourceWorkbook(file), text: /\.(csv|txt)$/i.test(file) };
}

// ---------------------------------------------------------------------------------------------
// Comparing

const text = (v) => (v === null || v === undefined ? "" : String(v).trim());

function sameValue(got, want) {
  // { "contains": [...] }: the text holds every part (joined fields, notes), in any layout.
  if (want && typeof want === "object" && Array.isArray(want.contains))
    return want.contains.every((part) => text(got).includes(String(part)));
  if (want === null) return got === null || got === undefined || text(got) === "";
  if (typeof want === "number") {
    const n = typeof got === "number" ? got : Number(text(got).replace(/,/g, ""));
    return Number.isFinite(n) && Math.abs(n - want) <= Math.max(0.005, Math.abs(want) * 1e-9);
  }
  if (typeof want === "boolean") return got === want;
  return text(got) === text(want);
}

function describe(v) {
  return v === undefined ? "(missing)" : JSON.stringify(v);
}

/** The mapping the importer made for a labelled sheet (a sheet may hold several tables). */
function findMapping(mappings, label) {
  const candidates = mappings.filter((m) => m.sheet === label.sheet);
  if (candidates.length <= 1 || label.headerRow === undefined) return candidates[0];
  const want = [].concat(label.headerRow);
  const last = want[want.length - 1];
  return (
    candidates.find((m) => Array.isArray(m.headerRows) && m.headerRows.includes(last)) ??
    candidates[0]
  );
}

function headerRowRight(mapping, label) {
  if (label.headerRow === undefined) return true;
  const want = [].concat(label.headerRow);
  const got = Array.isArray(mapping.headerRows) ? mapping.headerRows : [];
  if (want[want.length - 1] === 0) return got.length === 0; // labelled: the sheet has no header row
  return got.length > 0 && got[got.length - 1] === want[want.length - 1];
}

function rowsOf(result, sheet) {
  const out = { imported: 0, merged: 0, skipped: 0, rejected: 0 };
  for (const row of result.rows ?? []) if (row.sheet === sheet) out[row.outcome] += 1;
  return out;
}

/** Every labelled expectation becomes one check in one of four kinds. */
function score(expected, result) {
  const checks = [];
  const add = (kind, name, ok, detail) => checks.push({ kind, name, ok: Boolean(ok), detail });
  const wreckedBy = [];

  // A text file has one sheet, whatever name the reader gives it (file name, "Sheet1" …) and
  // whatever its extension (a till's tab-separated export saved as .xls).
  const csvSheet =
    (result.fromText ?? /\.(csv|txt)$/i.test(expected.file)) &&
    new Set(result.mappings.map((m) => m.sheet)).size === 1
      ? result.mappings[0].sheet
      : undefined;
  for (const written of expected.sheets) {
    const label = csvSheet ? { ...written, sheet: csvSheet } : written;
    const mapping = findMapping(result.mappings, label);
    const rows = rowsOf(result, label.sheet);
    const used = rows.imported + rows.merged;
    const gotSheet = mapping ? (mapping.registerSheet ?? null) : null;
    if (label.registerSheet === null) {
      add(
        "sheets",
        `${label.sheet}: not register data`,
        gotSheet === null && used === 0,
        `got ${gotSheet ?? "null"}, ${used} rows imported`
      );
      if (used >= 10) wreckedBy.push(`${used} rows of "${label.sheet}" imported as ${gotSheet}`);
      continue;
    }
    const sheetOk = mapping && gotSheet === label.registerSheet && headerRowRight(mapping, label);
    add(
      "sheets",
      `${label.sheet}: ${label.registerSheet}, header row ${[].concat(label.headerRow ?? "?").join("+")}`,
      sheetOk,
      mapping
        ? `got ${gotSheet ?? "null"}, header rows ${JSON.stringify(mapping.headerRows ?? [])}`
        : "sheet not in the result"
    );
    for (const col of label.columns ?? []) {
      if (col.field === "*") continue;
      const want = [col.field, ...(col.alt ?? [])];
      const got =
        mapping && gotSheet === label.registerSheet
          ? (mapping.columns.find((c) => c.letter === col.col)?.field ?? null)
          : undefined;
      add(
        "mappings",
        `${label.sheet}!${col.col} ${col.header} → ${col.field ?? "(unmapped)"}`,
        got !== undefined && want.includes(got),
        got === undefined ? `sheet read as ${gotSheet ?? "null"}` : `got ${got ?? "(unmapped)"}`
      );
    }
    if (label.rows) {
      if (label.rows.records !== undefined)
        add(
          "counts",
          `${label.sheet}: ${label.rows.records} rows imported or merged`,
          used === label.rows.records,
          `got ${used}`
        );
      if (label.rows.skipped !== undefined)
        add(
          "counts",
          `${label.sheet}: ${label.rows.skipped} rows skipped`,
          rows.skipped === label.rows.skipped,
          `got ${rows.skipped}`
        );
    }
  }

  const counts = expected.counts ?? {};
  for (const [sheet, want] of Object.entries(counts)) {
    if (want === null) continue; // labelled as not scored
    const got = (result.records[sheet] ?? []).length;
    add("counts", `${sheet}: ${want} records`, got === want, `got ${got}`);
    if (want > 0 && (got < want / 2 || got > want * 1.5))
      wreckedBy.push(`${sheet}: ${got} records instead of ${want}`);
  }
  for (const [sheet, records] of Object.entries(result.records)) {
    if (sheet in counts || records.length === 0) continue;
    add("counts", `${sheet}: no records`, false, `got ${records.length}`);
    if (records.length >= 10) wreckedBy.push(`${records.length} unexpected ${sheet} records`);
  }

  // A label may name a record's client by name ("clientName") where the register links by id:
  // the client's name is then read from the Clients record the id points to.
  const clientNames = new Map((result.records.Clients ?? []).map((c) => [c.clientId, c.name]));
  const fieldOf = (sheet, record, key) =>
    key === "clientName" && sheet !== "Clients" && record[key] === undefined
      ? clientNames.get(record.clientId)
      : record[key];
  for (const value of expected.values ?? []) {
    const records = result.records[value.sheet] ?? [];
    const match = Object.entries(value.match);
    const record = records.find((r) =>
      match.every(([k, v]) => sameValue(fieldOf(value.sheet, r, k), v))
    );
    for (const [field, want] of Object.entries(value.expect)) {
      const got = record === undefined ? undefined : fieldOf(value.sheet, record, field);
      add(
        "values",
        `${value.sheet} ${JSON.stringify(value.match)}: ${field} = ${JSON.stringify(want)}`,
        record !== undefined && sameValue(got, want),
        record === undefined ? "no such record" : `got ${describe(got)}`
      );
    }
  }
  return { checks, wreckedBy };
}

// ---------------------------------------------------------------------------------------------
// Running

const KINDS = ["sheets", "mappings", "counts", "values"];

function tally(checks) {
  const out = {};
  for (const kind of KINDS) {
    const of = checks.filter((c) => c.kind === kind);
    out[kind] = { passed: of.filter((c) => c.ok).length, total: of.length };
  }
  out.overall = {
    passed: checks.filter((c) => c.ok).length,
    total: checks.length,
  };
  return out;
}

const pct = (t) => (t.total === 0 ? "–" : `${Math.round((100 * t.passed) / t.total)} %`);
const frac = (t) => (t.total === 0 ? "–" : `${t.passed}/${t.total}`);

async function labels() {
  const names = (await fs.readdir(corpusDir)).filter((f) => f.endsWith(".expected.json")).sort();
  const chosen = names
    .map((f) => f.slice(0, -".expected.json".length))
    .filter((name) => !only || only.includes(name));
  if (!tunedOnly) return chosen;
  const tuned = [];
  for (const name of chosen) {
    let heldOut = false;
    try {
      const label = JSON.parse(
        await fs.readFile(path.join(corpusDir, `${name}.expected.json`), "utf8")
      );
      heldOut = label.heldOut === true;
    } catch {
      // An unusable label is reported by runOne.
    }
    if (!heldOut) tuned.push(name);
  }
  return tuned;
}

async function runOne(name) {
  const labelFile = path.join(corpusDir, `${name}.expected.json`);
  let expected;
  try {
    expected = JSON.parse(await fs.readFile(labelFile, "utf8"));
  } catch (error) {
    return { name, crashed: `label file unusable: ${error.message}` };
  }
  const file = path.join(corpusDir, expected.file);
  const base = {
    name,
    file: expected.file,
    lang: expected.lang ?? "",
    heldOut: expected.heldOut === true,
  };
  const refused = formatGate(file);
  const started = Date.now();
  let result;
  if (!refused) {
    try {
      const source = await readSource(file);
      result = {
        ...importWorkbook(source.sheets, expected.importOptions ?? {}),
        fromText: source.text,
      };
    } catch (error) {
      return {
        ...base,
        crashed: error instanceof Error ? error.stack || error.message : String(error),
      };
    }
  }
  const ms = Date.now() - started;
  if (!result) {
    // Not readable by this build: every expectation fails, and the file counts as wrecked.
    const empty = { mappings: [], records: {}, rows: [] };
    const { checks } = score(expected, empty);
    for (const c of checks) c.ok = false;
    return {
      ...base,
      unsupported: refused,
      checks,
      tally: tally(checks),
      wrecked: true,
      wreckedBy: [refused],
      ms,
    };
  }
  const { checks, wreckedBy } = score(expected, result);
  const t = tally(checks);
  const overall = t.overall.total ? t.overall.passed / t.overall.total : 1;
  if (overall < 0.6) wreckedBy.unshift(`overall ${Math.round(overall * 100)} %`);
  return {
    ...base,
    checks,
    tally: t,
    wrecked: wreckedBy.length > 0,
    wreckedBy,
    summary: result.summary,
    ms,
  };
}

function totals(results) {
  const checks = results.flatMap((r) => r.checks ?? []);
  return {
    ...tally(checks),
    files: results.length,
    wrecked: results.filter((r) => r.wrecked || r.crashed).length,
  };
}

function table(results, groups) {
  const head = ["file", "lang", "held out", ...KINDS, "overall", "wrecked"];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const r of results) {
    if (r.crashed) {
      lines.push(
        `| ${r.name} | ${r.lang ?? ""} | ${r.heldOut ? "yes" : ""} | crashed | | | | 0 % | **crash** |`
      );
      continue;
    }
    const t = r.tally;
    lines.push(
      `| ${r.name} | ${r.lang} | ${r.heldOut ? "yes" : ""} | ${KINDS.map((k) => frac(t[k])).join(" | ")} | ${pct(t.overall)} | ${r.wrecked ? `**wrecked**: ${r.wreckedBy.join("; ")}` : ""} |`
    );
  }
  for (const [label, rs] of groups) {
    const t = totals(rs);
    lines.push(
      `| **${label}** (${t.files} files) | | | ${KINDS.map((k) => frac(t[k])).join(" | ")} | **${pct(t.overall)}** | ${t.wrecked} wrecked |`
    );
  }
  return lines.join("\n");
}

async function main() {
  const names = await labels();
  if (names.length === 0) {
    console.error("corpus: no labelled files found under test/corpus");
    return 2;
  }
  const results = [];
  for (const name of names) {
    const r = await runOne(name);
    results.push(r);
    if (r.crashed) console.error(`corpus: ${name} crashed: ${r.crashed}`);
    else if (verbose)
      for (const c of r.checks.filter((c) => !c.ok))
        console.log(`  ✗ ${name}: [${c.kind}] ${c.name} — ${c.detail}`);
  }
  const groups = [
    ["tuned", results.filter((r) => !r.heldOut)],
    ["held out", results.filter((r) => r.heldOut)],
    ["all", results],
  ];
  const md = table(results, groups);
  console.log(md);
  await fs.mkdir(outDir, { recursive: true });
  const stamp = new Date().toISOString();
  await fs.writeFile(
    path.join(outDir, "results.json"),
    `${JSON.stringify(
      {
        measuredAt: stamp,
        totals: Object.fromEntries(groups.map(([label, rs]) => [label, totals(rs)])),
        files: results,
      },
      null,
      2
    )}\n`
  );
  await fs.writeFile(
    path.join(outDir, "results.md"),
    `# Corpus results\n\nMeasured ${stamp} with the engine in lib/.\n\n${md}\n\n` +
      results
        .filter((r) => r.checks)
        .map(
          (r) =>
            `## ${r.name}\n\n` +
            (r.checks
              .filter((c) => !c.ok)
              .map((c) => `- ✗ [${c.kind}] ${c.name} — ${c.detail}`)
              .join("\n") || "all expectations hold")
        )
        .join("\n\n") +
      "\n"
  );
  console.log(`\nWrote ${path.relative(root, outDir)}/results.json and results.md.`);
  return results.some((r) => r.crashed) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`corpus: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
