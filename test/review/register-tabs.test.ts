/**
 * A register in Chinese has Chinese tabs; tables keep their names, and every reader finds the
 * register by its tables, so a zh-TW register re-imports, imports as a source and reviews.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { strFromU8, unzipSync } from "fflate";
import { main, type CliIO } from "../../src/cli/main";
import { SHEETS } from "../../src/register/sheets";
import { SHEET_TABS } from "../../src/register/tabs";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "messy-clients.xlsx");
let dir: string;

function capture(): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

async function run(args: string[]): Promise<CliIO & { lines: string[]; errors: string[] }> {
  const io = capture();
  const code = await main(args, io);
  if (code !== 0) throw new Error(`exit ${code}: ${io.errors.join("\n")}`);
  return io;
}

/** Tab names in order, and which table each sheet part holds, straight from the package. */
async function tabsAndTables(file: string): Promise<{ tabs: string[]; tables: string[] }> {
  const zip = unzipSync(new Uint8Array(await fs.readFile(file)));
  const workbook = strFromU8(zip["xl/workbook.xml"]);
  const tabs = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
  const tables = Object.keys(zip)
    .filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))
    .map((p) => /displayName="([^"]*)"/.exec(strFromU8(zip[p]))?.[1] ?? "");
  return { tabs, tables };
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cr-tabs-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a zh-TW register with Chinese tabs", () => {
  const register = () => path.join(dir, "register.xlsx");

  beforeAll(async () => {
    await run(["import", SAMPLE, "--out", register(), "--lang", "zh-TW"]);
  });

  test("names its tabs in Traditional Chinese and keeps the table names", async () => {
    const { tabs, tables } = await tabsAndTables(register());
    expect(tabs).toEqual(
      expect.arrayContaining(["客戶", "家庭", "保險", "資產", "客訴", "拜訪", "設定", "匯入問題"])
    );
    expect(tabs).not.toEqual(expect.arrayContaining(["Clients"]));
    expect(tables.sort()).toEqual(SHEETS.map((s) => s.table).sort());
  });

  test("reads back by its tables, with its Import Issues", async () => {
    const read = await readRegisterWorkbook(register());
    expect(read.found.sort()).toEqual(SHEETS.map((s) => s.key).sort());
    expect(read.lang).toBe("zh-TW");
    expect(read.settings.currency).toBe("TWD");
    expect(read.records.Clients.length).toBeGreaterThan(0);
    expect(read.importIssues?.name).toBe("匯入問題");
    expect(read.importIssues?.rows[0]).toEqual(
      expect.arrayContaining(["來源工作表", "說明", "等級"])
    );
  });

  test("re-importing the source into it updates the clients, never duplicates them", async () => {
    const before = await readRegisterWorkbook(register());
    const again = path.join(dir, "again.xlsx");
    await run(["import", SAMPLE, "--into", register(), "--out", again]);
    const after = await readRegisterWorkbook(again);
    expect(after.records.Clients.map((c) => c.clientId)).toEqual(
      before.records.Clients.map((c) => c.clientId)
    );
    expect((await tabsAndTables(again)).tabs).toEqual(
      expect.arrayContaining(["客戶", "設定", "匯入問題"])
    );
  });

  test("imported as a source, its Settings, Import Issues and import state are skipped as the tool's own", async () => {
    const json = path.join(dir, "from-register.json");
    await run(["import", register(), "--out", path.join(dir, "copy.xlsx"), "--json", json]);
    const result = JSON.parse(await fs.readFile(json, "utf8"));
    const own = result.issues
      .filter((i: { code?: string }) => i.code === "import.own-sheet")
      .map((i: { sheet: string }) => i.sheet);
    expect([...new Set(own)].sort()).toEqual(["_CR_ImportState", "匯入問題", "設定"].sort());
    const source = await readRegisterWorkbook(register());
    expect(result.records.Clients.map((c: { name: string }) => c.name).sort()).toEqual(
      source.records.Clients.map((c) => c.name).sort()
    );
  });

  test("reviews, keeping every register sheet and the Import Issues", async () => {
    const out = path.join(dir, "review.xlsx");
    await run(["review", register(), "--out", out, "--today", "2026-03-15"]);
    const { tabs, tables } = await tabsAndTables(out);
    for (const def of SHEETS) expect(tabs).toContain(SHEET_TABS[def.key]["zh-TW"]);
    expect(tabs).toEqual(expect.arrayContaining(["設定", "匯入問題"]));
    expect(tables.sort()).toEqual(SHEETS.map((s) => s.table).sort());
    // Register and Settings first, the kept issues next, the generated reviews after them.
    expect(tabs.indexOf("匯入問題")).toBe(tabs.indexOf("設定") + 1);
    const reread = await readRegisterWorkbook(out);
    expect(reread.found.sort()).toEqual(SHEETS.map((s) => s.key).sort());
    expect(reread.importIssues?.rows).toEqual(
      (await readRegisterWorkbook(register())).importIssues?.rows
    );
    expect(reread.state).toBeDefined();
  });

  test("a masked review leaves out the Import Issues and the import state: both quote source values", async () => {
    const out = path.join(dir, "masked.xlsx");
    await run(["review", register(), "--out", out, "--mask", "--today", "2026-03-15"]);
    const { tabs } = await tabsAndTables(out);
    expect(tabs).toContain("客戶");
    expect(tabs).not.toContain("匯入問題");
    expect(tabs).not.toContain("_CR_ImportState");
  });
});
