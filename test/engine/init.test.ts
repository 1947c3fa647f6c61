/** `client-register init` output opens in LibreOffice, keeps its tables and computes without errors. */
import { registerTab, settingsTab } from "../../src/register/tabs";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { defaultSettingsFor } from "../../src/register/settings";
import { SHEETS } from "../../src/register/sheets";
import { LANGS, type Lang } from "../../src/register/types";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { recalculate } from "./support/libreoffice";

const silent = { out: () => undefined, err: (line: string) => process.stderr.write(`${line}\n`) };
const recalculated = new Map<Lang, Buffer>();

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "engine-init-"));
  const inputs = await Promise.all(
    LANGS.map(async (lang) => {
      const file = path.join(dir, `register-${lang}.xlsx`);
      expect(await main(["init", file, "--lang", lang], silent)).toBe(0);
      return { name: `register-${lang}.xlsx`, data: await fs.readFile(file) };
    })
  );
  const outputs = await recalculate(inputs);
  for (const lang of LANGS) recalculated.set(lang, outputs.get(`register-${lang}.xlsx`)!);
  await fs.rm(dir, { recursive: true, force: true });
});

async function load(lang: Lang): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(recalculated.get(lang)! as unknown as ArrayBuffer);
  return wb;
}

describe.each(LANGS)("init --lang %s in LibreOffice", (lang) => {
  test("has the nine register tables with localized headers and tabs, and Settings", async () => {
    const wb = await load(lang);
    for (const def of SHEETS) {
      const ws = wb.getWorksheet(registerTab(def.key, lang));
      expect(ws).toBeDefined();
      const tables = ws!
        .getTables()
        .map((t) => (t as unknown as { table: { name: string } }).table.name);
      expect(tables).toEqual([def.table]);
      const header = ws!.getRow(1).values as unknown[];
      const text = (v: unknown) =>
        typeof v === "object" && v && "richText" in v
          ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join("")
          : v;
      expect(header.slice(1).map(text)).toEqual(def.fields.map((f) => f.label[lang]));
    }
    expect(wb.getWorksheet(settingsTab(lang))).toBeDefined();
  });

  test("no calculated cell of the blank entry row shows an error", async () => {
    const wb = await load(lang);
    const errors: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const value = cell.value as { formula?: string; result?: unknown } | null;
          const result =
            value && typeof value === "object" && "formula" in value ? value.result : undefined;
          if (result && typeof result === "object" && "error" in (result as object))
            errors.push(`${ws.name}!R${r}C${c}: ${JSON.stringify(result)}`);
        })
      )
    );
    expect(errors).toEqual([]);
  });

  test("reads back as an empty register with the default settings", async () => {
    const read = await readRegisterWorkbook(recalculated.get(lang)!);
    expect(read.lang).toBe(lang);
    expect(read.settings).toEqual(defaultSettingsFor(lang));
    for (const def of SHEETS) expect(read.records[def.key]).toEqual([]);
  });
});
