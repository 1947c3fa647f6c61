import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main, type CliIO } from "../../src/cli/main";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { SHEET_KEYS } from "../../src/register/types";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

async function run(...argv: string[]) {
  const io = capture();
  const code = await main(argv, io);
  return { code, ...io };
}

/** One line, prefixed with the program name. */
const expectOneLineError = (stderr: string[], pattern: RegExp) => {
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).not.toContain("\n");
  expect(stderr[0]).toMatch(/^client-register: /);
  expect(stderr[0]).toMatch(pattern);
};

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cli-init-"));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("client-register init", () => {
  test("writes an empty portable register in English by default", async () => {
    const out = path.join(dir, "register.xlsx");
    const result = await run("init", out);
    expect(result.code).toBe(0);
    expect(result.stderr).toEqual([]);
    expect(result.stdout.join("\n")).toContain(out);
    const read = await readRegisterWorkbook(out);
    expect(read.lang).toBe("en");
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    for (const key of SHEET_KEYS) expect(read.records[key]).toEqual([]);
  });

  test.each([
    ["zh-CN", "live"],
    ["zh-TW", "portable"],
  ] as const)("--lang %s --formulas %s", async (lang, formulas) => {
    const out = path.join(dir, `r-${lang}.xlsx`);
    expect((await run("init", out, "--lang", lang, `--formulas=${formulas}`)).code).toBe(0);
    const read = await readRegisterWorkbook(out);
    expect(read.lang).toBe(lang);
    expect(read.settings.formulaStyle).toBe(formulas);
  });

  test("a bad --lang is a usage error (exit 2) and writes nothing", async () => {
    const out = path.join(dir, "r.xlsx");
    const result = await run("init", out, "--lang", "fr");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /--lang must be one of en, zh-CN, zh-TW/);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  test("a bad --formulas is a usage error", async () => {
    const result = await run("init", path.join(dir, "r.xlsx"), "--formulas", "magic");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /--formulas must be one of portable, live/);
  });

  test("a missing output path is a usage error", async () => {
    const result = await run("init", "--lang", "en");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /needs the path/);
  });

  test("an option without its value is a usage error", async () => {
    const result = await run("init", path.join(dir, "r.xlsx"), "--lang");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /--lang needs a value/);
  });

  test("an unknown option is a usage error", async () => {
    const result = await run("init", path.join(dir, "r.xlsx"), "--colour", "red");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /unknown option --colour/);
  });

  test("the output must be an .xlsx file", async () => {
    const result = await run("init", path.join(dir, "r.csv"));
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /the output file must be an \.xlsx file/);
  });

  test("a missing folder is created", async () => {
    const out = path.join(dir, "new-folder", "r.xlsx");
    const result = await run("init", out);
    expect(result.code).toBe(0);
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  });

  test("an unwritable path fails with exit 1 and says why", async () => {
    await fs.writeFile(path.join(dir, "a-file"), "not a folder");
    const out = path.join(dir, "a-file", "r.xlsx");
    const result = await run("init", out);
    expect(result.code).toBe(1);
    expectOneLineError(
      result.stderr,
      /cannot write .*r\.xlsx: a part of the path is a file, not a folder/
    );
  });

  test("an existing file is kept unless --force is given", async () => {
    const out = path.join(dir, "r.xlsx");
    await fs.writeFile(out, "precious");
    const refused = await run("init", out);
    expect(refused.code).toBe(1);
    expectOneLineError(refused.stderr, /already exists; add --force/);
    expect(await fs.readFile(out, "utf8")).toBe("precious");

    expect((await run("init", out, "--force")).code).toBe(0);
    expect((await readRegisterWorkbook(out)).lang).toBe("en");
    expect((await fs.readdir(dir)).sort()).toEqual(["r.xlsx"]); // no temporary file left behind
  });

  test("init --help prints the usage", async () => {
    const result = await run("init", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout.join("\n")).toMatch(/client-register init <out\.xlsx>/);
  });
});

describe("client-register", () => {
  test("--help lists the commands", async () => {
    const result = await run("--help");
    expect(result.code).toBe(0);
    expect(result.stdout.join("\n")).toMatch(/Commands:[\s\S]*init/);
  });

  test("an unknown command exits non-zero with a one-line reason", async () => {
    const result = await run("frobnicate");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /unknown command "frobnicate"/);
  });

  test("no command at all is a usage error", async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /missing command/);
  });

  test("an inherited object key is not a command", async () => {
    const result = await run("toString");
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /unknown command/);
  });
});
