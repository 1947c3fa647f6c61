/**
 * Importing an import template (header rows only) prints how its columns would be read, writes
 * the mapping with --save-mapping, and still exits 1: nothing was imported.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../../src/cli/main";
import { addSheet, toBuffer } from "../fixtures/messy-workbooks";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cli-template-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("a template workbook", () => {
  test("xlsx (简体): the mapping is printed and saved, exit 1 with one line", async () => {
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "Sheet1", [["保单号", "投保人姓名", "险种名称", "保险公司", "生效日期", "保费"]]);
    const source = path.join(dir, "template.xlsx");
    await fs.writeFile(source, await toBuffer(wb));
    const saved = path.join(dir, "template-mapping.json");
    const io = capture();
    const code = await main(
      ["import", source, "--dry-run", "--save-mapping", saved, "--lang", "zh-CN"],
      io
    );
    expect(code).toBe(1);
    expect(io.stdout.some((l) => /^Sheet1 → .*表头下没有数据行/.test(l))).toBe(true);
    expect(io.stdout).toContain("  A 保单号 → 保单号 1.00");
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain("没有可导入的内容");
    const file = JSON.parse(await fs.readFile(saved, "utf8"));
    expect(file.sheets[0].registerSheet).toBe("Insurance");
  });

  test("CSV (English): exit 1, the sheet shown as Clients", async () => {
    const source = path.join(dir, "client-template.csv");
    await fs.writeFile(source, "Client Name,Mobile,Email,Date of Birth\n");
    const json = path.join(dir, "client-template.json");
    const io = capture();
    const code = await main(
      ["import", source, "--out", path.join(dir, "r.xlsx"), "--json", json],
      io
    );
    expect(code).toBe(1);
    const result = JSON.parse(await fs.readFile(json, "utf8"));
    expect(result.mappings[0].registerSheet).toBe("Clients");
    expect(result.mappings[0].decision.outcome).toBe("no-rows");
    expect(result.summary.imported).toBe(0);
  });
});
