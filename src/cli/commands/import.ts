/**
 * `client-register import <source.xlsx> --out <register.xlsx>`: turns any client workbook into a
 * register, with an Import Issues sheet and, on request, the JSON result. The source is only read.
 */
import { promises as fs } from "fs";
import {
  OutputFiles,
  requireDistinctFiles,
  requireWorkbookFile,
  requireXlsx,
  writeReplacing,
} from "../files";
import {
  importWorkbook,
  mappingFileOf,
  mappingLines,
  overridesFromMappingFile,
  parseMappingFile,
  sourceLayouts,
  withImportIssues,
  type ImportOptions,
  type ImportResult,
} from "../../importer";
import { rowIsBlank } from "../../importer/grid";
import { guessLang } from "../../importer/guess-lang";
import { withImportState } from "../../importer/import-state";
import { isImportIssuesTab } from "../../register/tabs";
import { FORMULA_STYLES } from "../../register/settings";
import { LANGS, type Lang } from "../../register/types";
import { buildRegisterPlan } from "../../workbook/register-plan";
import { tableRowsOf } from "../../workbook/plan";
import { readRegisterWorkbook, type RegisterWorkbook } from "../../workbook/xlsx/register-reader";
import type { SourceSheet } from "../../importer/types";
import { readSourceFile } from "../../workbook/readers/file";
import { carryOverSheets } from "../../workbook/xlsx/carry-over";
import { writeWorkbook, writeWorkbookFile, type WriteProgress } from "../../workbook/xlsx/writer";
import { UsageError, choice, parseArgs } from "../args";
import type { CliIO, Command } from "../main";
import { cliText, issueLine, localizedResultJson } from "../messages";
import { progressBar } from "../progress";

const USAGE = [
  'client-register import <source> --out <register.xlsx> [--into <register.xlsx>] [--json <result.json>] [--dry-run] [--map "Header=field"]...',
  "  Reads any client workbook and writes a register with an Import Issues sheet. The source is never changed.",
  "  <source>     .xlsx, .xlsm, .xls, .ods, .xlsb, .csv or .txt (any common encoding: UTF-8, GBK/GB18030, Big5);",
  "               the format is taken from the content, not the extension",
  "  --out        the register to write (required unless --dry-run)",
  "  --into       an existing register to update: matching clients are updated, not duplicated",
  "  --json       also write the result as JSON: { summary, records, issues, mappings }",
  "  --save-mapping <f.json>  write the column mapping used (the task pane's mapping export format)",
  "  --mapping <f.json>       apply a saved mapping (sheets matched by header layout, else name); --map wins",
  "  --dry-run    write nothing; print the summary",
  '  --map        override a column mapping: "Header=field", "Sheet!Header=field", "Sheet!*=Clients"',
  '               (repeatable; a field of "-" leaves the column unmapped, its values go to notes)',
  "  --day-first  read ambiguous dates like 03/04/2024 as day/month (default: report them)",
  "  --month-first  read them as month/day",
  "  --decimal-comma  the source writes decimals with a comma: 1.234,56 is 1234.56",
  "  --lang       language of the register (default: that of --into, else the source's)",
  "  --formulas   portable (default) or live",
  "  --prefer     register (default) or source: who wins a field both changed since the last import",
].join("\n");

/** `--map` may be given many times; the shared parser keeps one value per option, so collect it here. */
function takeMaps(argv: string[]): { rest: string[]; maps: string[] } {
  const rest: string[] = [];
  const maps: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--map") {
      const value = argv[i + 1];
      if (value === undefined) throw new UsageError('--map needs a value like "Header=field"');
      maps.push(value);
      i++;
    } else if (arg.startsWith("--map=")) maps.push(arg.slice("--map=".length));
    else rest.push(arg);
  }
  return { rest, maps };
}

export function parseMaps(maps: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of maps) {
    const at = m.lastIndexOf("=");
    if (at <= 0 || at === m.length - 1)
      throw new UsageError(`--map "${m}" must look like "Header=field"`);
    out[m.slice(0, at).trim()] = m.slice(at + 1).trim();
  }
  return out;
}

function summaryLine(result: ImportResult, lang: Lang): string {
  const s = result.summary;
  const count = (severity: string) => result.issues.filter((i) => i.severity === severity).length;
  return cliText("cli.import-summary", lang, {
    sourceRows: s.sourceRows,
    imported: s.imported,
    merged: s.merged,
    skipped: s.skipped,
    rejected: s.rejected,
    issues: result.issues.length,
    errors: count("error"),
    warnings: count("warning"),
    notes: count("info"),
  });
}

/** Non-empty rows of the source, the normalising stage's total. */
function countRows(sheets: readonly SourceSheet[]): number {
  let rows = 0;
  for (const sheet of sheets) sheet.rows.forEach((row) => (rows += row && row.length > 0 ? 1 : 0));
  return rows;
}

interface ImportChoices {
  into: string | undefined;
  mapping: Record<string, string>;
  maps: readonly string[];
  mappingFile: string | undefined;
  options: Pick<ImportOptions, "prefer" | "dayFirst" | "decimalComma">;
}

/**
 * Reads the source and imports it. Its own function so that nothing keeps the source's rows
 * once the records exist: the plan and the write hold the records instead.
 */
async function readAndImport(
  source: string,
  io: CliIO,
  progress: ReturnType<typeof progressBar>,
  { into, mapping, maps, mappingFile, options }: ImportChoices
): Promise<{ result: ImportResult; existing: RegisterWorkbook | undefined }> {
  const book = await readSourceFile(source, {
    onProgress: (p) => progress.update("read", p.rows, undefined, p.fraction),
  });
  for (const notice of book.notices) io.err(notice);
  const sheets = book.sheets;
  requireSourceData(source, sheets);
  if (mappingFile) {
    let saved;
    try {
      saved = parseMappingFile(JSON.parse(await fs.readFile(mappingFile, "utf8")));
    } catch (error) {
      throw new Error(
        `Cannot read the mapping file ${mappingFile}: ${error instanceof Error ? error.message : String(error)}`
      );
    }
    const layouts = sourceLayouts(sheets);
    Object.assign(mapping, {
      ...overridesFromMappingFile(saved, sheets, (name) => layouts.get(name)),
      ...parseMaps(maps),
    });
  }
  const rowsToNormalise = countRows(sheets);
  const existing: RegisterWorkbook | undefined = into
    ? await readRegisterWorkbook(into)
    : undefined;
  if (into && existing && existing.found.length === 0)
    throw new UsageError(
      `--into ${into} is not a register: it has no register tables (tblClients, …)`
    );
  const result = importWorkbook(sheets, {
    existing: existing?.records,
    state: existing?.state,
    mapping,
    ...options,
    onProgress: (rows) => progress.update("normalise", rows, rowsToNormalise),
    releaseSource: true,
  });
  return { result, existing };
}

async function run(argv: string[], io: CliIO): Promise<number> {
  const { rest, maps } = takeMaps(argv);
  const { positionals, options } = parseArgs(rest, {
    out: { type: "string", short: "o" },
    into: { type: "string" },
    json: { type: "string" },
    "save-mapping": { type: "string" },
    mapping: { type: "string" },
    "dry-run": { type: "boolean" },
    "day-first": { type: "boolean" },
    "month-first": { type: "boolean" },
    "decimal-comma": { type: "boolean" },
    lang: { type: "string" },
    formulas: { type: "string" },
    prefer: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`import takes one source workbook, got ${positionals.length}`);
  const source = positionals[0];
  const dryRun = options["dry-run"] === true;
  const out = typeof options.out === "string" ? options.out : undefined;
  const into = typeof options.into === "string" ? options.into : undefined;
  const json = typeof options.json === "string" ? options.json : undefined;
  if (!out && !dryRun) throw new UsageError("import needs --out <register.xlsx> (or --dry-run)");
  if (out) requireXlsx(out, "--out");
  if (into) requireXlsx(into, "--into");
  if (options["day-first"] && options["month-first"])
    throw new UsageError("--day-first and --month-first exclude each other");
  const dayFirst = options["day-first"] ? true : options["month-first"] ? false : undefined;
  const mapping = parseMaps(maps);
  const formulaStyle = choice(options, "formulas", FORMULA_STYLES, "portable");
  const prefer = choice(options, "prefer", ["register", "source"] as const, "register");
  const chosenLang = options.lang !== undefined ? choice(options, "lang", LANGS, "en") : undefined;
  const saveMapping =
    typeof options["save-mapping"] === "string" ? options["save-mapping"] : undefined;
  const mappingFile = typeof options.mapping === "string" ? options.mapping : undefined;
  await requireDistinctFiles([
    { label: "the source", file: source },
    { label: "--into", file: into },
    { label: "--out", file: out },
    { label: "--json", file: json },
    { label: "--save-mapping", file: saveMapping },
    { label: "--mapping", file: mappingFile },
  ]);
  if (into) await requireWorkbookFile(into, "--into");

  const outputs = dryRun
    ? undefined
    : await OutputFiles.reserve([
        out as string,
        ...(json ? [json] : []),
        ...(saveMapping ? [saveMapping] : []),
      ]);
  try {
    const progress = progressBar(io.progress);
    const { result, existing } = await readAndImport(source, io, progress, {
      into,
      mapping,
      maps,
      mappingFile,
      options: { prefer, dayFirst, decimalComma: options["decimal-comma"] === true },
    });
    progress.end();
    const lang: Lang = chosenLang ?? existing?.lang ?? guessLang(result.mappings);
    io.out(summaryLine(result, lang));
    for (const line of mappingLines(result.mappings, lang)) io.out(line);
    const mappingJson = `${JSON.stringify(mappingFileOf(result.mappings), null, 2)}\n`;
    // An import that lands nothing, or loses a whole sheet, fails loudly: one line, exit 1.
    const failures = result.issues.filter(
      (i) =>
        i.code === "import.nothing-imported" ||
        i.code === "import.sheet-all-rejected" ||
        i.code === "import.no-data-rows"
    );
    for (const f of failures) io.err(issueLine(f, lang));
    const status = failures.length > 0 ? 1 : 0;
    if (!outputs) {
      if (saveMapping) {
        await writeReplacing(saveMapping, mappingJson);
        io.out(cliText("cli.wrote", lang, { file: saveMapping }));
      }
      return status;
    }

    const plan = withImportState(
      withImportIssues(
        buildRegisterPlan({
          lang,
          formulaStyle,
          records: result.records,
          settings: existing?.settings,
          rowsWhenWritten: true,
        }),
        result.issues
      ),
      result.state
    );
    const rowsToWrite = plan.sheets.reduce(
      (n, s) => n + (s.table ? tableRowsOf(s.table).length : 0),
      0
    );
    const writtenBySheet = new Map<string, number>();
    let written = 0;
    const writeOptions = {
      onProgress: ({ sheet, rows }: WriteProgress) => {
        written += rows - (writtenBySheet.get(sheet) ?? 0);
        writtenBySheet.set(sheet, rows);
        progress.update("write", written, rowsToWrite);
      },
    };
    if (into) {
      // The person's own sheets are grafted onto the new package, which is needed whole for that.
      const bytes = await writeWorkbook(plan, writeOptions);
      progress.end();
      await outputs.write(out as string, await keepOwnSheets(bytes, into, io, lang));
    } else {
      await outputs.writeWith(out as string, (temp) => writeWorkbookFile(plan, temp, writeOptions));
      progress.end();
    }
    if (json) {
      const { summary, records, issues, mappings } = result;
      const shown = localizedResultJson({ summary, records, issues, mappings }, lang);
      await outputs.write(json, `${JSON.stringify(shown, null, 2)}\n`);
    }
    if (saveMapping) await outputs.write(saveMapping, mappingJson);
    await outputs.commit();
    for (const file of [out as string, json, saveMapping])
      if (file) io.out(cliText("cli.wrote", lang, { file }));
    return status;
  } finally {
    await outputs?.discard();
  }
}

/**
 * The sheets of the person's own in the register being updated (notes, lists, anything the
 * register did not make) go into the new file as they were; the old Import Issues sheet is
 * replaced by the new one.
 */
async function keepOwnSheets(
  bytes: Uint8Array,
  into: string,
  io: CliIO,
  lang: Lang
): Promise<Uint8Array> {
  const result = carryOverSheets(bytes, await fs.readFile(into), {
    replaced: isImportIssuesTab,
  });
  if (result.carried.length)
    io.out(
      cliText("cli.kept-own-sheets", lang, {
        file: into,
        sheets: result.carried.join(lang === "en" ? ", " : "、"),
      })
    );
  for (const notice of result.notices) io.err(notice);
  return result.bytes;
}

/** A source without sheets, or whose sheets are all empty, is a failure, not an empty register. */
function requireSourceData(file: string, sheets: readonly SourceSheet[]): void {
  if (sheets.length === 0) throw new Error(`${file} has no sheets: there is nothing to import`);
  const hasData = sheets.some((sheet) => sheet.rows.some((row) => !rowIsBlank(row)));
  if (!hasData)
    throw new Error(
      `${file} has no data: its ${sheets.length === 1 ? "sheet is" : `${sheets.length} sheets are`} empty`
    );
}

export const importCommand: Command = {
  summary:
    "import any client workbook (.xlsx, .xls, .ods, .csv…) into a register, accounting for every row",
  usage: USAGE,
  run,
};
