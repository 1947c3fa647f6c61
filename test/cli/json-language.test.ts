/**
 * The CLI's --json result and its failure lines speak the register's language: a Chinese manager
 * (or the script they hand it to) reads each issue and each column's evidence in Chinese, while
 * the codes and params stay for programs.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../../src/cli/main";

const CJK = /[\u4e00-\u9fff]/;
/** An English sentence of the catalogue's kind ("This column maps to no …", "header "x" is …"). */
const ENGLISH_SENTENCE =
  /\b(?:This|column|header|values?|is|the|no|were)\b.*\b(?:the|to|of|is|as)\b/;

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function book(file: string, name: string, rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

interface ResultJson {
  issues: { code?: string; message: string; params?: Record<string, unknown> }[];
  mappings: { columns: { header: string; evidence?: string[]; reasons?: { code: string }[] }[] }[];
}

let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "json-language-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the --json result in the register's language", () => {
  const rows = [
    ["客户名称", "手机", "喜欢的颜色"],
    ["王建国", "13812345678", "蓝色"],
    ["李秀英", "13987654321", "红色"],
  ];

  test("a zh-CN import writes every issue message and every evidence line in Chinese, codes kept", async () => {
    const source = path.join(dir, "clients-cn.xlsx");
    await book(source, "客户", rows);
    const json = path.join(dir, "clients-cn.json");
    const io = capture();
    const args = ["import", source, "--out", path.join(dir, "reg-cn.xlsx"), "--json", json];
    expect(await main([...args, "--lang", "zh-CN"], io)).toBe(0);
    const result = JSON.parse(await fs.readFile(json, "utf8")) as ResultJson;

    const unmapped = result.issues.find((i) => i.code === "map.unmapped-notes");
    expect(unmapped).toBeDefined();
    expect(unmapped?.params).toMatchObject({ header: "喜欢的颜色" });
    for (const issue of result.issues) {
      expect(issue.message).toMatch(CJK);
      expect(issue.message).not.toMatch(ENGLISH_SENTENCE);
    }
    const columns = result.mappings.flatMap((m) => m.columns);
    const withReasons = columns.filter((c) => c.reasons && c.reasons.length > 0);
    expect(withReasons.length).toBeGreaterThan(0);
    for (const column of withReasons) {
      expect(column.evidence).toHaveLength(column.reasons?.length ?? -1);
      for (const line of column.evidence ?? []) expect(line).not.toMatch(ENGLISH_SENTENCE);
    }
  });

  test("an English import keeps the English texts", async () => {
    const source = path.join(dir, "clients-en.xlsx");
    await book(source, "客户", rows);
    const json = path.join(dir, "clients-en.json");
    const args = ["import", source, "--out", path.join(dir, "reg-en.xlsx"), "--json", json];
    expect(await main([...args, "--lang", "en"], capture())).toBe(0);
    const result = JSON.parse(await fs.readFile(json, "utf8")) as ResultJson;
    const unmapped = result.issues.find((i) => i.code === "map.unmapped-notes");
    expect(unmapped?.message).toMatch(/^This column maps to no Clients field/);
  });

  test("the one-line failure of a sheet whose every row was rejected is in Chinese on a zh-TW import", async () => {
    const source = path.join(dir, "visits-tw.xlsx");
    await book(source, "拜訪紀錄", [
      ["客戶", "拜訪日期", "方式"],
      ["王大同", null, "面談"],
      ["林志明", null, "電話"],
    ]);
    const io = capture();
    const args = ["import", source, "--out", path.join(dir, "reg-tw.xlsx"), "--lang", "zh-TW"];
    expect(await main(args, io)).toBe(1);
    expect(io.stderr.length).toBeGreaterThan(0);
    for (const line of io.stderr) {
      expect(line).toMatch(CJK);
      expect(line).not.toMatch(ENGLISH_SENTENCE);
    }
  });
});
