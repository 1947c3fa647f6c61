#!/usr/bin/env node
// `npm run bench`: the import at 100,000 and 1,048,576 rows, a file whose one stray cell sits at
// XFD1048576, and each source format (.xls, .ods, CSV in UTF-8 / GBK / Big5), each against
// baselines measured in the same run: a plain exceljs read of the same file and an exceljs
// streaming write of the same rows; and the table finder on sheets that repeat their header (a
// ledger per customer, a sales and a purchase table month after month, page-break headers) at two
// sizes, against the same finder on a plain list of as many rows. Every phase runs in its own Node process, so its peak RSS is
// its own; the import phases run with Node's default heap. Needs the compiled CLI (lib/).
// Writes bench-results/bench.json.
//
//   node --expose-gc scripts/bench.mjs [--rows 100000] [--big 1048576 | --big 0] [--format-rows 50000]
//                                      [--parts main,far,formats,big,office,layouts]   (default: all)
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

const HEADER = ["序号", "客户名称", "客户类型", "联系电话", "电子邮箱", "生日", "年通信消费（万元）", "风险偏好", "客户经理", "备注", "客户来源"];

/** The source workbook, written once per size with exceljs's streaming writer and kept for later runs. */
async function generate(file, rows) {
  if (existsSync(file)) return;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.tmp`, useSharedStrings: true });
  const ws = wb.addWorksheet("客户信息");
  ws.addRow(["2024年大客户信息清单"]).commit();
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) {
    ws.addRow(clientRow(i)).commit();
    if (i === Math.floor(rows / 2)) ws.addRow(["小计", null, null, null, null, null, 12345]).commit();
  }
  ws.commit();
  await wb.commit();
  require("fs").renameSync(`${file}.tmp`, file);
}

/**
 * A few clients and one stray cell at XFD1048576 (a dense grid would need 17 billion cells),
 * packaged by hand: exceljs's streaming writer would write every row in between.
 */
function generateFarCell(file) {
  const { strToU8, zipSync } = require("fflate");
  const esc = (t) => String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const cell = (v, c, r) => {
    const ref = `${String.fromCharCode(65 + c)}${r}`;
    if (v === null || v === undefined) return "";
    if (v instanceof Date) return `<c r="${ref}" s="1"><v>${v.getTime() / 86400000 + 25569}</v></c>`;
    if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
    return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  };
  const row = (values, r) => `<row r="${r}">${values.map((v, c) => cell(v, c, r)).join("")}</row>`;
  const rows = [row(HEADER, 1), ...Array.from({ length: 20 }, (_, i) => row(clientRow(i), i + 2))];
  rows.push('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>');
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const rels = (items) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${rel}/${type}" Target="${target}"/>`).join("")}</Relationships>`;
  writeFileSync(file, zipSync({
    "[Content_Types].xml": strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'),
    "_rels/.rels": strToU8(rels([["rId1", "officeDocument", "xl/workbook.xml"]])),
    "xl/workbook.xml": strToU8(`<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="客户信息" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(rels([["rId1", "worksheet", "worksheets/sheet1.xml"], ["rId2", "styles", "styles.xml"]])),
    "xl/styles.xml": strToU8(`<styleSheet xmlns="${main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`),
    "xl/worksheets/sheet1.xml": strToU8(`<worksheet xmlns="${main}"><dimension ref="A1:XFD1048576"/><sheetData>${rows.join("")}</sheetData></worksheet>`),
  }));
}

/** CSV exports as core systems write them: UTF-8, GBK or Big5, dates and amounts as text. */
function generateCsv(file, rows, encoding) {
  const iconv = require("iconv-lite");
  const quote = (v) => {
    if (v === null || v === undefined) return "";
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [HEADER.join(",")];
  for (let i = 0; i < rows; i++) lines.push(clientRow(i).map(quote).join(","));
  writeFileSync(file, iconv.encode(`${lines.join("\r\n")}\r\n`, encoding));
}

/** .xls and .ods made by LibreOffice from the UTF-8 CSV (skipped when soffice is missing). */
function convert(csv, format, filter) {
  const out = csv.replace(/\.csv$/, `.${format}`);
  if (existsSync(out)) return out;
  try {
    execFileSync("soffice", [`-env:UserInstallation=file:///tmp/bench-lo-${process.pid}`, "--headless", "--infilter=CSV:44,34,76,1,1/1/2/1/3/1/4/2/5/1/6/1/7/1/8/1/9/1/10/1/11/1", "--convert-to", `${format}:${filter}`, "--outdir", dirname(csv), csv], { stdio: "ignore", timeout: 900_000 });
  } catch {
    return null;
  }
  return existsSync(out) ? out : null;
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
  const ms = (a, b) => Math.round(Number(b - a) / 1e6);
  let extra = {};
  if (name === "baseline-read") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    sample();
    let cells = 0;
    wb.worksheets.forEach((ws) => ws.eachRow((row) => row.eachCell(() => cells++)));
    extra = { cells };
  } else if (name === "baseline-stream-read") {
    // exceljs's streaming reader: the plain read that fits in memory at 1,048,576 rows.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", worksheets: "emit" });
    let cells = 0;
    for await (const ws of reader) for await (const row of ws) row.eachCell(() => cells++);
    sample();
    extra = { cells };
  } else if (name === "baseline-write") {
    // exceljs's streaming writer on the same rows (no tables: it cannot write them). The rows are
    // read first with our reader; only the write is timed.
    const { readSourceFile } = lib("workbook/readers/file.js");
    const { sheets } = await readSourceFile(file);
    const t0 = process.hrtime.bigint();
    const out = join(resultsDir, "bench-exceljs-stream.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true });
    let rows = 0;
    for (const sheet of sheets) {
      const ws = wb.addWorksheet(sheet.name);
      for (const row of sheet.rows) {
        if (!row) continue;
        ws.addRow(Array.from(row, (v) => v ?? null)).commit();
        rows++;
      }
      ws.commit();
    }
    await wb.commit();
    sample();
    extra = { rows, writeMs: ms(t0, process.hrtime.bigint()) };
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
      applyMs: ms(t0, process.hrtime.bigint()),
      syncs: context.stats.syncs,
      largestRequestMB: mb(Math.max(...context.stats.requestBytes)),
      requestLimitMB: 5,
    };
  } else {
    // The full import as the CLI runs it: read (any format), detect/map/normalise/merge, plan, write.
    const { readSourceFile } = lib("workbook/readers/file.js");
    const { importWorkbook, withImportIssues } = lib("importer/index.js");
    const { buildRegisterPlan } = lib("workbook/register-plan.js");
    const { withImportState } = lib("importer/import-state.js");
    const { writeWorkbookFile } = lib("workbook/xlsx/writer.js");
    const t0 = process.hrtime.bigint();
    // As the CLI does: nothing keeps the source's rows once the records exist, and the import
    // lets go of them before the merge.
    const { result, format, encoding, t1 } = await (async () => {
      const book = await readSourceFile(file, { yieldEveryMs: 0 });
      sample();
      const read = process.hrtime.bigint();
      return { result: importWorkbook(book.sheets, { releaseSource: true }), format: book.format, encoding: book.encoding, t1: read };
    })();
    sample();
    const t2 = process.hrtime.bigint();
    // As the CLI writes it: the register, Import Issues and the import state, into the file, the
    // rows made as they are written.
    const plan = withImportState(withImportIssues(buildRegisterPlan({ lang: "zh-CN", formulaStyle: "portable", records: result.records, rowsWhenWritten: true }), result.issues), result.state);
    sample();
    const t3 = process.hrtime.bigint();
    const outputBytes = await writeWorkbookFile(plan, join(resultsDir, "bench-register.xlsx"), { yieldEveryMs: 0 });
    sample();
    const t4 = process.hrtime.bigint();
    extra = {
      format,
      encoding,
      summary: result.summary,
      issues: result.issues.length,
      clients: result.records.Clients.length,
      readMs: ms(t0, t1),
      importMs: ms(t1, t2),
      planMs: ms(t2, t3),
      writeMs: ms(t3, t4),
      outputBytes,
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

/**
 * One phase in its own process, stopped after `timeoutMs` (a hang is a result, not the end of the
 * run). Imports get Node's default heap; the exceljs baselines get room.
 */
function runPhase(name, file, timeoutMs = 3_600_000) {
  const heap = name.startsWith("baseline") || name === "office" ? ["--max-old-space-size=12288"] : [];
  try {
    const out = execFileSync(process.execPath, [...heap, fileURLToPath(import.meta.url), "--phase", name, "--file", file], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
      timeout: timeoutMs,
      killSignal: "SIGKILL",
    });
    return JSON.parse(out);
  } catch (error) {
    if (error.signal === "SIGKILL") return { failed: `stopped after ${timeoutMs / 1000} s` };
    const why = String(error.stderr ?? error.message).trim().split("\n").slice(-1)[0];
    return { failed: `exit ${error.status ?? "?"}: ${why}` };
  }
}

const ratio = (a, b) => (a && b ? Math.round((a / b) * 100) / 100 : null);
const perSecond = (rows, phaseResult) => (phaseResult.elapsedMs ? Math.round(rows / (phaseResult.elapsedMs / 1000)) : null);
const log = (line) => console.log(line);

/** Sheets whose header is written again and again, as cells (no file): the table finder's input. */
const LAYOUTS = {
  // A ledger per customer: its title, the header, eight lines, a blank row.
  ledgerPerCustomer: (rows) =>
    Array.from({ length: Math.ceil(rows / 11) }, (_, b) => [
      [`客户：${SURNAMES[b % 20]}${NAMES[(b * 7) % 20]}${b}`],
      ["日期", "摘要", "借方", "贷方", "余额"],
      ...Array.from({ length: 8 }, (_, i) => [new Date(Date.UTC(2024, i, 1)), i % 2 ? "销售" : "收款", i * 10, null, i * 5]),
      [],
    ]).flat(),
  // A month's sales table then its purchase table, month after month.
  salesAndPurchases: (rows) =>
    Array.from({ length: Math.ceil(rows / 13) }, (_, m) => [
      [`${2000 + Math.floor(m / 12)}年${(m % 12) + 1}月`],
      ["Party", "Invoice", "Amount"],
      ...Array.from({ length: 5 }, (_, i) => [`Buyer ${i}`, `S${m}-${i}`, 100 + i]),
      ["Supplier", "Bill", "Cost"],
      ...Array.from({ length: 5 }, (_, i) => [`Vendor ${i}`, `P${m}-${i}`, 50 + i]),
    ]).flat(),
  // A text-only list printed with its header every 50 rows; most rows' texts repeat.
  pageBreakHeaders: (rows) =>
    Array.from({ length: rows }, (_, i) => [`${SURNAMES[i % 20]}${NAMES[(i * 7) % 20]}${i}`, KIND[i % 4], RISK[i % 5], `渠道${i % 9}`]).flatMap((row, i) =>
      i % 50 === 0 ? [["客户名称", "客户类型", "风险偏好", "客户来源"], row] : [row]
    ),
};

/** The table finder's time on each layout at `rows` and four times as many, against a plain list of as many rows. */
function benchLayouts(rows) {
  const { sheetBlocks } = lib("importer/detect-table.js");
  const time = (cells) => {
    const sheet = { name: "Sheet1", rows: cells, merges: [] };
    sheetBlocks(sheet); // warm-up: the first call pays for compilation
    const t0 = process.hrtime.bigint();
    const blocks = sheetBlocks(sheet);
    return { rows: cells.length, blocks: blocks.length, ms: Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10 };
  };
  const result = {};
  for (const size of [rows, rows * 4]) {
    const plain = time([HEADER, ...Array.from({ length: size }, (_, i) => clientRow(i))]);
    result[size] = { plainList: plain };
    for (const [name, make] of Object.entries(LAYOUTS)) {
      const t = time(make(size));
      result[size][name] = { ...t, timeRatioToPlainList: ratio(t.ms / t.rows, plain.ms / plain.rows) };
    }
  }
  // Linear means the time per row at four times the rows stays that of the smaller size.
  for (const name of Object.keys(LAYOUTS)) {
    const [a, b] = [result[rows][name], result[rows * 4][name]];
    result[`${name}PerRowRatio4x`] = ratio(b.ms / b.rows, a.ms / a.rows);
  }
  return result;
}

async function bench() {
  const rows = Number(option("rows", "100000"));
  const big = Number(option("big", "1048576"));
  const formatRows = Number(option("format-rows", "50000"));
  const parts = new Set(option("parts", "main,far,formats,big,office,layouts").split(","));
  mkdirSync(resultsDir, { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, cpus: require("os").cpus().length };

  // 1. 100,000 rows: the baselines and the import of the same file.
  const file = join(resultsDir, `bench-source-${rows}.xlsx`);
  log(`Generating a ${rows.toLocaleString("en-US")}-row source workbook…`);
  await generate(file, rows);
  let full = {};
  if (parts.has("main")) {
    const baseline = runPhase("baseline-read", file);
    const streamRead = runPhase("baseline-stream-read", file);
    const baselineWrite = runPhase("baseline-write", file);
    full = runPhase("import", file);
    report.main = {
      sourceRows: rows,
      sourceBytes: statSync(file).size,
      baselineRead: { ...baseline, rowsPerSecond: perSecond(rows, baseline) },
      baselineStreamRead: { ...streamRead, rowsPerSecond: perSecond(rows, streamRead) },
      baselineStreamingWrite: baselineWrite,
      import: { ...full, rowsPerSecond: perSecond(rows, full) },
      timeRatioToRead: ratio(full.elapsedMs, baseline.elapsedMs),
      rssRatioToRead: ratio(full.peakRssMB, baseline.peakRssMB),
      timeRatioToStreamRead: ratio(full.elapsedMs, streamRead.elapsedMs),
      writeRatioToExceljsStreamingWrite: ratio(full.writeMs, baselineWrite.writeMs),
    };
    log(`  plain exceljs read ${baseline.elapsedMs} ms, ${baseline.peakRssMB} MB; exceljs streaming read ${streamRead.elapsedMs} ms, ${streamRead.peakRssMB} MB; import ${full.elapsedMs} ms, ${full.peakRssMB} MB → ${report.main.timeRatioToRead}× time, ${report.main.rssRatioToRead}× RSS of the plain read`);
  }

  // 2. The far cell.
  if (parts.has("far")) {
    const far = join(resultsDir, "bench-far-cell.xlsx");
    generateFarCell(far);
    // The target is 5 s; a minute is plenty to tell "slow" from "hangs".
    report.farCell = { sourceBytes: statSync(far).size, import: runPhase("import", far, 60_000) };
    log(`  far-cell file: ${report.farCell.import.elapsedMs ?? report.farCell.import.failed} ms`);
  }

  // 3. Every input format, same rows, against a plain exceljs read of the same rows as .xlsx.
  if (formatRows > 0 && parts.has("formats")) {
    const base = join(resultsDir, `bench-formats-${formatRows}`);
    const xlsx = `${base}.xlsx`;
    await generate(xlsx, formatRows);
    const csv = `${base}-utf8.csv`;
    if (!existsSync(csv)) generateCsv(csv, formatRows, "utf8");
    if (!existsSync(`${base}-gbk.csv`)) generateCsv(`${base}-gbk.csv`, formatRows, "gbk");
    if (!existsSync(`${base}-big5.csv`)) generateCsv(`${base}-big5.csv`, formatRows, "big5");
    const formats = {
      xlsx,
      "csv-utf8": csv,
      "csv-gbk": `${base}-gbk.csv`,
      "csv-big5": `${base}-big5.csv`,
      xls: convert(csv, "xls", "MS Excel 97"),
      ods: convert(csv, "ods", "calc8"),
    };
    const read = runPhase("baseline-read", xlsx);
    report.formats = { sourceRows: formatRows, baselineRead: read };
    for (const [format, path] of Object.entries(formats)) {
      if (!path) {
        report.formats[format] = { skipped: "LibreOffice (soffice) is not installed" };
        continue;
      }
      const result = runPhase("import", path);
      report.formats[format] = { ...result, timeRatioToRead: ratio(result.elapsedMs, read.elapsedMs) };
      log(`  ${format}: ${result.elapsedMs ?? result.failed} ms, ${result.peakRssMB} MB`);
    }
  }

  // 4. 1,048,576 rows (Excel's limit), default heap.
  if (big > 0 && parts.has("big")) {
    const bigFile = join(resultsDir, `bench-source-${big}.xlsx`);
    log(`Generating a ${big.toLocaleString("en-US")}-row source workbook (minutes; kept for later runs)…`);
    await generate(bigFile, big);
    const bigRead = runPhase("baseline-stream-read", bigFile);
    const bigWrite = runPhase("baseline-write", bigFile);
    const bigImport = runPhase("import", bigFile);
    report.big = {
      sourceRows: big,
      sourceBytes: statSync(bigFile).size,
      // exceljs's in-memory read cannot hold this many rows; its streaming reader is the baseline.
      baselineStreamRead: { ...bigRead, rowsPerSecond: perSecond(big, bigRead) },
      baselineStreamingWrite: bigWrite,
      import: { ...bigImport, rowsPerSecond: perSecond(big, bigImport) },
      timeRatioToStreamRead: ratio(bigImport.elapsedMs, bigRead.elapsedMs),
      rssRatioToStreamRead: ratio(bigImport.peakRssMB, bigRead.peakRssMB),
      writeRatioToExceljsStreamingWrite: ratio(bigImport.writeMs, bigWrite.writeMs),
      // Linear means the time per row stays that of the 100,000-row run.
      timePerRowRatioTo100k: bigImport.elapsedMs && full.elapsedMs ? ratio(bigImport.elapsedMs / big, full.elapsedMs / rows) : null,
    };
    log(`  ${big} rows: exceljs streaming read ${bigRead.elapsedMs ?? bigRead.failed} ms, ${bigRead.peakRssMB} MB; import ${bigImport.elapsedMs ?? bigImport.failed} ms, ${bigImport.peakRssMB} MB → ${report.big.timeRatioToStreamRead}× time; per-row time ${report.big.timePerRowRatioTo100k}× that at ${rows}`);
  }

  // 5. The table finder on sheets that repeat their header, at two sizes.
  if (parts.has("layouts")) {
    report.layouts = benchLayouts(Math.min(rows, 20000));
    for (const name of Object.keys(LAYOUTS)) log(`  layout ${name}: per-row time at 4× rows ${report.layouts[`${name}PerRowRatio4x`]}× that at the smaller size`);
  }

  // 6. The Office.js path at the main size.
  if (parts.has("office")) report.officeSetUp = runPhase("office", file);
  report.taskpaneFirstLoad = firstLoadBundle();
  writeFileSync(join(resultsDir, "bench.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  log("Written to bench-results/bench.json");
}

if (args[0] === "--phase") await phase(args[1], option("file"));
else await bench();
