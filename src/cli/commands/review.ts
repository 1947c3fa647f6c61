/**
 * `client-register review <register.xlsx> --out <file.xlsx>`: reads a register, assigns tiers and
 * writes the register with a Book Review sheet and one review sheet per client (or the chosen
 * clients); optionally a JSON summary of the book.
 */
import { promises as fs } from "fs";
import { OutputFiles, requireDistinctFiles, requireWorkbookFile, requireXlsx } from "../files";
import { withImportState } from "../../importer/import-state";
import { carriedIssuesSheet } from "../../importer/issues-sheet";
import type { SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { LANGS } from "../../register/types";
import { toIso } from "../../register/workflow/dates";
import { assignTiers } from "../../register/workflow/tiers";
import { maskSummary } from "../../review/mask";
import { bookSummary } from "../../review/summary";
import { buildReviewPlan } from "../../review/plan";
import { readRegisterWorkbook } from "../../workbook/xlsx/register-reader";
import { carryOverSheets } from "../../workbook/xlsx/carry-over";
import { writeWorkbook } from "../../workbook/xlsx/writer";
import { UsageError, choice, parseArgs } from "../args";
import type { CliIO, Command } from "../main";
import { cliText } from "../messages";

const USAGE = [
  "client-register review <register.xlsx> --out <file.xlsx> [--clients id,id] [--mask] [--json <summary.json>] [--lang en|zh-CN|zh-TW] [--today YYYY-MM-DD]",
  "  Writes the register with a Book Review sheet and one review sheet per client.",
  "  --out      the reviewed workbook to write (.xlsx; never the input file)",
  "  --clients  comma-separated client ids to write review sheets for (default: every client)",
  "  --mask     hide personal data (phone, e-mail, address, birthday, income) on the review sheets and in --json",
  "  --json     also write the book's figures as JSON",
  "  --lang     language of the sheets (default: the register's own)",
  "  --today    the review date (default: today)",
].join("\n");

async function run(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, {
    out: { type: "string", short: "o" },
    clients: { type: "string" },
    mask: { type: "boolean" },
    json: { type: "string" },
    lang: { type: "string" },
    today: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      `review needs exactly one register file, got ${positionals.length}${positionals.length ? `: ${positionals.join(" ")}` : ""}`
    );
  const input = positionals[0];
  const out = typeof options.out === "string" ? options.out : undefined;
  if (!out) throw new UsageError("review needs --out <file.xlsx>");
  requireXlsx(out, "--out");
  const json = typeof options.json === "string" ? options.json : undefined;
  const today = readToday(options.today);
  const chosenLang = options.lang !== undefined ? choice(options, "lang", LANGS, "en") : undefined;
  const clients =
    typeof options.clients === "string"
      ? options.clients
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined;
  if (clients && clients.length === 0)
    throw new UsageError("--clients needs at least one client id");
  await requireDistinctFiles([
    { label: "the input register", file: input },
    { label: "--out", file: out },
    { label: "--json", file: json },
  ]);
  await requireWorkbookFile(input, "the register");

  const register = await readRegisterWorkbook(input);
  if (register.found.length === 0)
    throw new UsageError(
      `${input} is not a register: it has no register tables (tblClients, …); import it first with "client-register import"`
    );
  const outputs = await OutputFiles.reserve([out, ...(json ? [json] : [])]);
  try {
    const lang = chosenLang ?? register.lang;
    const settings = { ...register.settings, lang };
    const reviewed = buildReviewPlan(
      { records: register.records, settings },
      {
        lang,
        today,
        clients,
        mask: options.mask === true,
        avoidNames: register.importIssues ? [register.importIssues.name] : [],
      }
    );
    // The written register keeps what its imports made: the last Import Issues (not in a masked
    // file: it quotes source values), and what the imports remember, so the next import still merges.
    const withIssues =
      register.importIssues && options.mask !== true
        ? withSheetBeforeReviews(
            reviewed,
            carriedIssuesSheet(register.importIssues.name, register.importIssues.rows)
          )
        : reviewed;
    // A masked file is for showing, not importing into: the state quotes the imported values too.
    const plan =
      register.state && options.mask !== true
        ? withImportState(withIssues, register.state)
        : withIssues;
    const written = await writeWorkbook(plan);
    // Every other sheet of the register (the person's own) goes along; not into a masked file,
    // which must hold nothing unmasked.
    if (options.mask === true) {
      await outputs.write(out, written);
    } else {
      const kept = carryOverSheets(written, await fs.readFile(input));
      for (const notice of kept.notices) io.err(notice);
      await outputs.write(out, kept.bytes);
    }
    if (json) {
      const summary = bookSummary(
        register.records,
        settings,
        today,
        assignTiers(register.records, settings, today)
      );
      const shown = options.mask === true ? maskSummary(summary) : summary;
      await outputs.write(json, Buffer.from(`${JSON.stringify(shown, null, 2)}\n`, "utf8"));
    }
    await outputs.commit();
    const generated = plan.sheets.filter((s) => s.generated).length;
    io.out(
      cliText(generated === 1 ? "cli.review-wrote-one" : "cli.review-wrote", lang, {
        file: out,
        count: generated,
        lang,
        date: today,
      })
    );
    if (json) io.out(cliText("cli.review-summary", lang, { file: json }));
    return 0;
  } finally {
    await outputs.discard();
  }
}

/** The plan with `sheet` after the register and Settings, before the generated review sheets. */
function withSheetBeforeReviews(plan: WorkbookPlan, sheet: SheetPlan): WorkbookPlan {
  const at = plan.sheets.findIndex((s) => s.generated);
  const sheets = [...plan.sheets];
  sheets.splice(at < 0 ? sheets.length : at, 0, sheet);
  return { ...plan, sheets };
}

function readToday(value: string | boolean | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  try {
    return toIso(String(value), "--today");
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export const reviewCommand: Command = {
  summary: "write review sheets (book and per client) for a register",
  usage: USAGE,
  run,
};
