/**
 * The CLI's guards: outputs never replace inputs (through symlinks and hard links), every option
 * is checked before any work, outputs are written all or none, and interrupting a run leaves no
 * temporary file behind.
 */
import { spawn } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { main, type CliIO } from "../../src/cli/main";
import { addSheet, threeLanguageWorkbook, toBuffer } from "../fixtures/messy-workbooks";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function run(...argv: string[]) {
  const io = capture();
  const code = await main(argv, io);
  return { code, ...io };
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false
  );

async function leftovers(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => name.endsWith(".tmp"));
}

let dir: string;
let source: string;
let register: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cli-guards-"));
  source = path.join(dir, "source.xlsx");
  await fs.writeFile(source, await threeLanguageWorkbook());
  register = path.join(dir, "register.xlsx");
  expect((await run("import", source, "--out", register)).code).toBe(0);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("no output can overwrite an input", () => {
  test.each([
    ["--out is a symlink to the source", "source-link.xlsx", "symlink", ["--out", "LINK"]],
    ["--out is a hard link to the source", "source-hard.xlsx", "hardlink", ["--out", "LINK"]],
  ])("%s → exit 2, the source untouched", async (_, name, kind, extra) => {
    const link = path.join(dir, name as string);
    await fs.rm(link, { force: true });
    if (kind === "symlink") await fs.symlink(source, link);
    else await fs.link(source, link);
    const before = await fs.readFile(source);
    const argv = (extra as string[]).map((a) => (a === "LINK" ? link : a));
    const result = await run("import", source, ...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/the source and --out are the same file/);
    expect(await fs.readFile(source)).toEqual(before);
  });

  test("--json pointing at --into, --out or the source → exit 2, nothing written", async () => {
    const out = path.join(dir, "fresh.xlsx");
    const before = await fs.readFile(register);
    for (const [json, label] of [
      [register, "--into and --json"],
      [out, "--out and --json"],
      [source, "the source and --json"],
    ]) {
      const result = await run("import", source, "--into", register, "--out", out, "--json", json);
      expect(result.code).toBe(2);
      expect(result.stderr[0]).toContain(`${label} are the same file`);
    }
    expect(await exists(out)).toBe(false);
    expect(await fs.readFile(register)).toEqual(before);
  });

  test("--out the same as --into, through a symlinked folder → exit 2", async () => {
    const folder = path.join(dir, "folder-link");
    await fs.rm(folder, { force: true });
    await fs.symlink(dir, folder);
    const result = await run(
      "import",
      source,
      "--into",
      register,
      "--out",
      path.join(folder, "register.xlsx")
    );
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/--into and --out are the same file/);
  });

  test("two new paths that meet through a symlinked folder are one file too", async () => {
    const folder = path.join(dir, "folder-link-2");
    await fs.rm(folder, { force: true });
    await fs.symlink(dir, folder);
    const result = await run(
      "import",
      source,
      "--out",
      path.join(dir, "new.xlsx"),
      "--json",
      path.join(folder, "new.xlsx")
    );
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/--out and --json are the same file/);
  });

  test("review: --json or --out on the input register → exit 2", async () => {
    const before = await fs.readFile(register);
    const viaLink = path.join(dir, "register-link.xlsx");
    await fs.rm(viaLink, { force: true });
    await fs.symlink(register, viaLink);
    const a = await run("review", register, "--out", viaLink);
    const b = await run("review", register, "--out", path.join(dir, "r.xlsx"), "--json", register);
    expect([a.code, b.code]).toEqual([2, 2]);
    expect(a.stderr[0]).toMatch(/the input register and --out are the same file/);
    expect(b.stderr[0]).toMatch(/the input register and --json are the same file/);
    expect(await fs.readFile(register)).toEqual(before);
  });
});

describe("every option is checked before any work", () => {
  test("a bad --lang fails with exit 2 before the source is even read", async () => {
    const out = path.join(dir, "never.xlsx");
    const missing = path.join(dir, "missing-source.xlsx");
    const result = await run("import", missing, "--out", out, "--lang", "fr");
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toMatch(/--lang must be one of en, zh-CN, zh-TW/);
    expect(await exists(out)).toBe(false);
  });

  test("review refuses a workbook without register tables (exit 2) and writes nothing", async () => {
    const out = path.join(dir, "review-of-source.xlsx");
    const result = await run("review", source, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/is not a register: it has no register tables/);
    expect(await exists(out)).toBe(false);
  });

  test("--into a workbook that is not a register → exit 2", async () => {
    const out = path.join(dir, "never2.xlsx");
    const result = await run("import", source, "--into", source.replace("source", "copy"));
    expect(result.code).toBe(2); // --out missing
    await fs.copyFile(source, path.join(dir, "copy.xlsx"));
    const into = await run("import", source, "--into", path.join(dir, "copy.xlsx"), "--out", out);
    expect(into.code).toBe(2);
    expect(into.stderr[0]).toMatch(/is not a register/);
    expect(await exists(out)).toBe(false);
  });
});

describe("outputs are written all or none", () => {
  test("an unwritable --json fails before the register is written", async () => {
    const out = path.join(dir, "half.xlsx");
    const blocker = path.join(dir, "a-file");
    await fs.writeFile(blocker, "not a folder");
    const result = await run(
      "import",
      source,
      "--out",
      out,
      "--json",
      path.join(blocker, "r.json")
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(/cannot write .*r\.json: a part of the path is a file/);
    expect(await exists(out)).toBe(false);
    expect(await leftovers(dir)).toEqual([]);
  });

  test("--out that is a folder fails before any work", async () => {
    const folder = path.join(dir, "a-folder.xlsx");
    await fs.mkdir(folder, { recursive: true });
    const result = await run("import", source, "--out", folder);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/it is a folder/);
    expect(await leftovers(dir)).toEqual([]);
  });
});

describe("workbooks with nothing to import, or not .xlsx at all", () => {
  test("a workbook with no sheets says so and exits 1", async () => {
    const empty = path.join(dir, "no-sheets.xlsx");
    await fs.writeFile(empty, await toBuffer(new ExcelJS.Workbook()));
    const out = path.join(dir, "from-empty.xlsx");
    const result = await run("import", empty, "--out", out);
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/has no sheets: there is nothing to import/);
    expect(await exists(out)).toBe(false);
  });

  test("a workbook whose sheets are empty says so and exits 1", async () => {
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "Sheet1", []);
    addSheet(wb, "Sheet2", [[null, "   "]]);
    const blank = path.join(dir, "blank.xlsx");
    await fs.writeFile(blank, await toBuffer(wb));
    const result = await run("import", blank, "--out", path.join(dir, "from-blank.xlsx"));
    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/has no data: its 2 sheets are empty/);
  });

  test.each([
    ["ods", /an OpenDocument spreadsheet \(\.ods\) named \.xlsx/],
    ["biff8", /an Excel 97-2003 workbook \(\.xls\) named \.xlsx/],
  ])("a %s file renamed .xlsx is refused as --into with one line", async (bookType, message) => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Name"], ["Lin"]]), "Clients");
    const renamed = path.join(dir, `renamed-${bookType}.xlsx`);
    await fs.writeFile(
      renamed,
      XLSX.write(wb, { type: "buffer", bookType: bookType as XLSX.BookType })
    );
    const out = path.join(dir, "from-renamed.xlsx");
    const result = await run("import", source, "--into", renamed, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toMatch(message);
    expect(await exists(out)).toBe(false);
  });
});

describe("one oversized row never stops the import", () => {
  test("notes beyond a cell's 32,767 characters are cut, the whole text kept in the issues", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Clients");
    const header = ["Name", "Phone", ...Array.from({ length: 40 }, (_, i) => `Extra ${i}`)];
    ws.addRow(header);
    ws.addRow(["Lin", "0912345678", ...Array.from({ length: 40 }, () => "x".repeat(1_000))]);
    ws.addRow(["Chen", "0933000000"]);
    const wide = path.join(dir, "wide.xlsx");
    await fs.writeFile(wide, await toBuffer(wb));
    const out = path.join(dir, "wide-register.xlsx");
    const json = path.join(dir, "wide.json");
    const result = await run("import", wide, "--out", out, "--json", json);
    expect(result.code).toBe(0);
    const written = JSON.parse(await fs.readFile(json, "utf8"));
    expect(written.records.Clients).toHaveLength(2);
    const cut = written.issues.find((i: { code?: string }) => i.code === "import.cell-cut");
    expect(cut.value.length).toBeGreaterThan(40_000);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const notes = back.getWorksheet("Clients")!.getRow(1).values as unknown[];
    const notesColumn = notes.findIndex((h) => h === "Notes");
    expect(String(back.getWorksheet("Clients")!.getCell(2, notesColumn).value)).toHaveLength(
      32_767
    );
  });
});

describe("an interrupted run leaves no temporary file", () => {
  let big: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Clients");
    ws.addRow(["Name", "Phone", "E-mail", "Address", "Notes"]);
    for (let i = 0; i < 6000; i++)
      ws.addRow([
        `Client ${i}`,
        `0912${String(i).padStart(6, "0")}`,
        `c${i}@example.com`,
        `${i} Main St`,
        "note",
      ]);
    big = path.join(dir, "big.xlsx");
    await fs.writeFile(big, await toBuffer(wb));
  });

  test.each(["SIGTERM", "SIGINT"] as const)(
    "%s during the import removes the temporary files and writes nothing",
    async (signal) => {
      const work = await fs.mkdtemp(path.join(dir, `signal-${signal}-`));
      const out = path.join(work, "register.xlsx");
      const json = path.join(work, "result.json");
      const child = spawn(
        process.execPath,
        [
          path.join(__dirname, "..", "support", "run-cli.js"),
          "import",
          big,
          "--out",
          out,
          "--json",
          json,
        ],
        { stdio: "ignore" }
      );
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, sig) => resolve({ code, signal: sig }))
      );
      // The temporary files are reserved before the source is read: wait for them, then interrupt.
      const deadline = Date.now() + 60_000;
      while ((await leftovers(work)).length < 2) {
        if (Date.now() > deadline) throw new Error("the CLI never reserved its outputs");
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill(signal);
      const exit = await ended;
      expect(exit.signal).toBe(signal);
      expect(await fs.readdir(work)).toEqual([]);
    },
    120_000
  );
});

describe("a reader that closes the pipe early", () => {
  test("`import … | head -1` still finishes: exit 0, the register and JSON written, no EPIPE trace", async () => {
    const work = await fs.mkdtemp(path.join(dir, "epipe-"));
    const out = path.join(work, "register.xlsx");
    const json = path.join(work, "result.json");
    const child = spawn(
      process.execPath,
      [
        path.join(__dirname, "..", "support", "run-cli.js"),
        "import",
        source,
        "--out",
        out,
        "--json",
        json,
      ],
      { stdio: ["ignore", "pipe", "pipe"] }
    );
    // Like `head -1`: read the first chunk, then close our end of the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE/);
    expect(code).toBe(0);
    expect(await exists(out)).toBe(true);
    const result = JSON.parse(await fs.readFile(json, "utf8"));
    expect(result.records.Clients.length).toBeGreaterThan(0);
  });
});
