/**
 * `client-register review <register.xlsx> --out <file.xlsx>`: reads a register, assigns tiers and
 * writes the register with a Book Review sheet and one review sheet per client (or the chosen
 * clients); optionally a JSON summary of the book.
 */
import * as path from "path";
import { requireXlsx, writeReplacing } from "../files";
import { LANGS } from "../../register/types";
import { toIso } from "../../register/workflow/dates";
import { assignTiers } from "../../register/workflow/tiers";
import { bookSummary } from "../../review/summary";
import { buildReviewPlan } from "../../review/plan";
import { readRegisterWorkbook } from "../../workbook/xlsx/register-reader";
import { writeWorkbook } from "../../workbook/xlsx/writer";
import { UsageError, choice, parseArgs } from "../args";
import type { CliIO, Command } from "../main";

const USAGE = [
  "client-register review <register.xlsx> --out <file.xlsx> [--clients id,id] [--mask] [--json <summary.json>] [--lang en|zh-CN|zh-TW] [--today YYYY-MM-DD]",
  "  Writes the register with a Book Review sheet and one review sheet per client.",
  "  --out      the reviewed workbook to write (.xlsx; never the input file)",
  "  --clients  comma-separated client ids to write review sheets for (default: every client)",
  "  --mask     hide personal data (phone, e-mail, address, birthday, income) on the review sheets",
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
  if (path.resolve(out) === path.resolve(input))
    throw new UsageError("--out must not be the input register; write the review to a new file");
  const json = typeof options.json === "string" ? options.json : undefined;
  const today = readToday(options.today);
  const clients =
    typeof options.clients === "string"
      ? options.clients
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean)
      : undefined;
  if (clients && clients.length === 0)
    throw new UsageError("--clients needs at least one client id");

  const register = await readRegisterWorkbook(input);
  const lang = choice(options, "lang", LANGS, register.lang);
  const settings = { ...register.settings, lang };
  const plan = buildReviewPlan(
    { records: register.records, settings },
    { lang, today, clients, mask: options.mask === true }
  );
  await writeReplacing(out, await writeWorkbook(plan));
  const generated = plan.sheets.filter((s) => s.generated).length;
  io.out(
    `Wrote ${out}: the register and ${generated} review sheet${generated === 1 ? "" : "s"} (${lang}, as of ${today}).`
  );

  if (json) {
    const summary = bookSummary(
      register.records,
      settings,
      today,
      assignTiers(register.records, settings, today)
    );
    await writeReplacing(json, Buffer.from(`${JSON.stringify(summary, null, 2)}\n`, "utf8"));
    io.out(`Wrote the book summary to ${json}.`);
  }
  return 0;
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
