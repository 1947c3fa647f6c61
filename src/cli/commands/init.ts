/** `client-register init <out.xlsx>`: writes an empty register with its Settings sheet. */
import { exists, requireXlsx, writeReplacing } from "../files";
import { FORMULA_STYLES } from "../../register/settings";
import { LANGS } from "../../register/types";
import { buildRegisterPlan } from "../../workbook/register-plan";
import { writeWorkbook } from "../../workbook/xlsx/writer";
import { UsageError, choice, parseArgs } from "../args";
import type { CliIO, Command } from "../main";
import { cliText } from "../messages";

const USAGE = [
  "client-register init <out.xlsx> [--lang en|zh-CN|zh-TW] [--formulas portable|live] [--force]",
  "  Writes an empty register: one table per register sheet and a Settings sheet.",
  "  --lang      language of headers and captions (default en)",
  "  --formulas  portable: plain Excel formulas (default); live: the add-in's KAM.* functions",
  "  --force     replace the file if it exists",
].join("\n");

async function run(argv: string[], io: CliIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, {
    lang: { type: "string" },
    formulas: { type: "string" },
    force: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("init needs the path of the .xlsx file to write");
  if (positionals.length > 1)
    throw new UsageError(
      `init takes one output path, got ${positionals.length}: ${positionals.join(" ")}`
    );
  const out = positionals[0];
  requireXlsx(out, "the output file");
  const lang = choice(options, "lang", LANGS, "en");
  const formulaStyle = choice(options, "formulas", FORMULA_STYLES, "portable");

  if (!options.force && (await exists(out)))
    throw new Error(`${out} already exists; add --force to replace it`);
  const buffer = await writeWorkbook(buildRegisterPlan({ lang, formulaStyle }));
  await writeReplacing(out, buffer);
  io.out(cliText("cli.init-wrote", lang, { file: out, lang, style: formulaStyle }));
  return 0;
}

export const initCommand: Command = {
  summary: "write an empty register (.xlsx) with its Settings sheet",
  usage: USAGE,
  run,
};
