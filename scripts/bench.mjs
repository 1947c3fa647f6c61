#!/usr/bin/env node
// `npm run bench`: imports a generated 100,000-row client workbook and compares it with a plain
// exceljs read of the same file. Each phase runs in its own Node process so that its peak memory
// is its own. Needs the compiled CLI (npm run build:cli → lib/). Writes bench-results/bench.json.
//
//   node --expose-gc scripts/bench.mjs [--rows 100000]
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "fs";
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const resultsDir = join(root, "bench-results");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

function lib(path) {
  const file = join(root, "lib", path);
  if (!existsSync(file)) {
    console.error("bench: lib/ is not built; run `npm run build:cli` first.");
    process.exit(2);
  }
  return require(file);
}

const NAMES = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂".split("");
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
const RISK = ["保守型", "稳健", "积极", "Conservative", "balanced"];
const KIND = ["个人", "企业", "个人", "个人"];

/** One messy client row; every 50th repeats an earlier client (same name and phone). */
function clientRow(i) {
  const n = i % 50 === 49 ? i - 7 : i;
  const name = `${SURNAMES[n % 20]}${NAMES[(n * 7) % 20]}${NAMES[(n * 13) % 20]}${n}`;
  const phone = `13${String(800000000 + n).padStart(9, "0")}`;
  const y = 1950 + (n % 50);
  const m = 1 + (n % 12);
  const d = 1 + (n % 28);
  const birthday = [new Date(Date.UTC(y, m - 1, d)), `${y}年${m}月${d}日`, `${y}/${m}/${d}`, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`][n % 4];
  const revenue = [(n % 997) / 10, `${(n % 1200).toLocaleString("en-US")}`, `${n % 300}万`, `¥${(n * 37) % 100000}`][n % 4];
  const notes = n % 100 === 0 ? "=1+1" : n % 7 === 0 ? "VIP" : null;
  return [i + 1, name, KIND[n % 4], phone, `c${n}@example.com`, birthday, revenue, RISK[n % 5], `经理${n % 40}`, notes, `渠道${n % 9}`];
}

async function generate(file, rows) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("客户信息");
  ws.addRow(["2024年大客户信息清单"]).commit();
  ws.addRow(["序号", "客户名称", "客户类型", "联系电话", "电子邮箱", "生日", "年通信消费（万元）", "风险偏好", "客户经理", "备注", "客户来源"]).commit();
  for (let i = 0; i < rows; i++) {
    ws.addRow(clientRow(i)).commit();
    if (i === Math.floor(rows / 2)) ws.addRow(["小计", null, null, null, null, null, 12345]).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * Lets this process require the TypeScript sources directly (transpiled on load, CommonJS): the
 * Office.js writer is not part of lib/, and its stand-in RequestContext lives with the tests.
 */
function requireTypeScript() {
  const ts = require("typescript");
  const Module = require("module");
  Module._extensions[".ts"] = (module, filename) => {
    const source = require("fs").readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(outputText, filename);
  };
  return (path) => require(join(root, path));
}

const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Runs inside a child process: one phase, then prints its numbers as JSON. */
async function phase(name, file) {
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 20);
  const start = process.hrtime.bigint();
  let extra = {};
  if (name === "baseline") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sample();
    let cells = 0;
    wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
    extra = { cells };
  } else if (name === "office") {
    // The register the import produces, set up through the Office.js writer against a stand-in
    // RequestContext that counts syncs and request sizes and enforces Excel on the web's 5 MB.
    const fromTs = requireTypeScript();
    const { readSourceWorkbook } = fromTs("src/workbook/xlsx/source-reader.ts");
    const { importWorkbook } = fromTs("src/importer/index.ts");
    const { buildRegisterPlan } = fromTs("src/workbook/register-plan.ts");
    const { applyPlan } = fromTs("src/workbook/office/apply-plan.ts");
    const { FakeRequestContext, WorkbookModel } = fromTs("test/workbook/office/fake-excel.ts");
    const result = importWorkbook(await readSourceWorkbook(file));
    const plan = buildRegisterPlan({ lang: "zh-CN", formulaStyle: "live", records: result.records });
    const context = new FakeRequestContext(new WorkbookModel());
    const t0 = process.hrtime.bigint();
    const report = await applyPlan(context, plan);
    sample();
    extra = {
      rowsWritten: report.rowsWritten,
      applyMs: Math.round(Number(process.hrtime.bigint() - t0) / 1e6),
      syncs: context.stats.syncs,
      largestRequestMB: mb(Math.max(...context.stats.requestBytes)),
      requestLimitMB: 5,
    };
  } else {
    const { readSourceWorkbook } = lib("workbook/xlsx/source-reader.js");
    const { importWorkbook, withImportIssues } = lib("importer/index.js");
    const { buildRegisterPlan } = lib("workbook/register-plan.js");
    const { writeWorkbook } = lib("workbook/xlsx/writer.js");
    const t0 = process.hrtime.bigint();
    const sheets = await readSourceWorkbook(file);
    sample();
    const t1 = process.hrtime.bigint();
    const result = importWorkbook(sheets);
    sample();
    const t2 = process.hrtime.bigint();
    const plan = withImportIssues(buildRegisterPlan({ lang: "zh-CN", formulaStyle: "portable", records: result.records }), result.issues);
    const buffer = await writeWorkbook(plan);
    sample();
    const t3 = process.hrtime.bigint();
    writeFileSync(join(resultsDir, "bench-register.xlsx"), buffer);
    const ms = (a, b) => Number(b - a) / 1e6;
    extra = {
      summary: result.summary,
      issues: result.issues.length,
      clients: result.records.Clients.length,
      readMs: Math.round(ms(t0, t1)),
      importMs: Math.round(ms(t1, t2)),
      writeMs: Math.round(ms(t2, t3)),
      outputBytes: buffer.length,
    };
  }
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  clearInterval(timer);
  sample();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ elapsedMs: Math.round(elapsedMs), peakRssMB: mb(peakRss), peakHeapUsedMB: mb(peakHeap), ...extra }));
}

/** The task pane's first-load JavaScript, gzipped (scripts/bundle-size.mjs); null before a build. */
function firstLoadBundle() {
  if (!existsSync(join(root, "dist", "taskpane.html"))) return null;
  const script = join(root, "scripts", "bundle-size.mjs");
  let out;
  try {
    out = execFileSync(process.execPath, [script, "--json", "--dist", join(root, "dist")], { encoding: "utf8" });
  } catch (error) {
    out = error.stdout; // over budget: the figures are still printed, and reported below
  }
  const { totalGzipKB, budgetKB, withinBudget, scripts } = JSON.parse(out);
  return { totalGzipKB, budgetKB, withinBudget, scripts: scripts.length };
}

function runPhase(name, file) {
  const out = execFileSync(process.execPath, ["--max-old-space-size=8192", fileURLToPath(import.meta.url), "--phase", name, "--file", file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out);
}

async function bench() {
  const rows = Number(option("rows", "100000"));
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `bench-source-${rows}.xlsx`);
  console.log(`Generating a ${rows.toLocaleString("en-US")}-row source workbook…`);
  await generate(file, rows);
  const baseline = runPhase("baseline", file);
  const full = runPhase("import", file);
  const office = runPhase("office", file);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    sourceRows: rows,
    sourceBytes: statSync(file).size,
    baselineRead: { ...baseline, rowsPerSecond: Math.round(rows / (baseline.elapsedMs / 1000)) },
    fullImport: { ...full, rowsPerSecond: Math.round(rows / (full.elapsedMs / 1000)) },
    ratioToBaseline: Math.round((full.elapsedMs / baseline.elapsedMs) * 100) / 100,
    memoryRatioToBaseline: Math.round((full.peakRssMB / baseline.peakRssMB) * 100) / 100,
    officeSetUp: office,
    taskpaneFirstLoad: firstLoadBundle(),
  };
  const bundle = report.taskpaneFirstLoad;
  writeFileSync(join(resultsDir, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  console.log(
    `\nPlain exceljs read: ${baseline.elapsedMs} ms (${report.baselineRead.rowsPerSecond.toLocaleString("en-US")} rows/s, peak RSS ${baseline.peakRssMB} MB)` +
      `\nFull import (read + import + write): ${full.elapsedMs} ms (${report.fullImport.rowsPerSecond.toLocaleString("en-US")} rows/s, peak RSS ${full.peakRssMB} MB, heap ${full.peakHeapUsedMB} MB)` +
      `\nRatio to the plain read: ${report.ratioToBaseline}× time, ${report.memoryRatioToBaseline}× peak RSS` +
      `\nOffice.js path: ${office.rowsWritten.toLocaleString("en-US")} register rows in ${office.syncs} context.sync() round trips, largest request ${office.largestRequestMB} MB (limit ${office.requestLimitMB} MB), ${office.applyMs} ms against the stand-in context` +
      (bundle
        ? `\nTask pane first load: ${bundle.totalGzipKB} KB gzipped JavaScript in ${bundle.scripts} files (budget ${bundle.budgetKB} KB${bundle.withinBudget ? "" : ", OVER BUDGET"})`
        : "\nTask pane first load: not measured (run `npm run build` first)") +
      `\nWritten to bench-results/bench.json`,
  );
}

if (args[0] === "--phase") await phase(args[1], option("file"));
else await bench();
