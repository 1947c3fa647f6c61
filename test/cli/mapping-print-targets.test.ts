/**
 * The CLI's mapping print (import, --dry-run) names where every column goes: a column that feeds
 * the client made from a deal's organisation, the contact made from its person, or the client a
 * policy row names shows that sheet and field with the reason, in the CLI's language, never
 * "(notes)".
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../../src/cli/main";

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

let dir = "";
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "mapping-print-targets-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function dryRun(file: string, lang: string): Promise<string[]> {
  const io = capture();
  expect(await main(["import", file, "--dry-run", "--lang", lang], io)).toBe(0);
  return io.stdout;
}

const line = (lines: string[], header: string) => lines.find((l) => l.includes(` ${header} →`));

describe("the mapping print names the sheet and field a column feeds", () => {
  const deals = [
    [
      "Deal Title",
      "Organization - Name",
      "Organization - Address",
      "Person - Name",
      "Person - Email",
      "Value",
    ],
    [
      "Pump retrofit",
      "Brightwater Pumps Ltd",
      "4 Quay Road, Hull",
      "Nora Quill",
      "nora@bw.example.com",
      12000,
    ],
    [
      "Mill audit",
      "Carrow Mills plc",
      "9 Weir Lane, Leeds",
      "Pia Stone",
      "pia@cm.example.com",
      8000,
    ],
    [
      "Spare parts",
      "Brightwater Pumps Ltd",
      "4 Quay Road, Hull",
      "Owen Rusk",
      "owen@bw.example.com",
      3000,
    ],
  ];

  it("in English: a deal's party columns show Clients.<field> and Contacts.<field> with the reason", async () => {
    const file = path.join(dir, "deals.xlsx");
    await book(file, "Deals", deals);
    const lines = await dryRun(file, "en");
    const address = line(lines, "Organization - Address");
    expect(address).toContain("→ Clients.address");
    expect(address).toContain("Organization - Name");
    expect(address).not.toContain("(notes)");
    const email = line(lines, "Person - Email");
    expect(email).toContain("→ Contacts.email");
    expect(email).toMatch(/\(gives the .+ of the .+ record made from whom each deal is with/);
  });

  it("in Traditional Chinese: the sheet and the field by their labels, the reason in Chinese", async () => {
    const file = path.join(dir, "deals-tw.xlsx");
    await book(file, "Deals", deals);
    const lines = await dryRun(file, "zh-TW");
    const address = line(lines, "Organization - Address");
    expect(address).toContain("→ 客戶資料.地址");
    expect(address).not.toMatch(/→ [A-Za-z]/);
    expect(address).not.toContain("（備註）");
    expect(address).toMatch(/商機/);
  });

  it("a policy list's policyholder columns show Clients.<field>", async () => {
    const file = path.join(dir, "policies.xlsx");
    await book(file, "保单", [
      ["保单号", "投保人", "投保人电话", "险种", "保额"],
      ["P-001", "王立新", "13800004001", "重疾险", 500000],
      ["P-002", "陈晓燕", "13800004002", "寿险", 1000000],
      ["P-003", "王立新", "13800004001", "医疗险", 300000],
    ]);
    const en = await dryRun(file, "en");
    expect(line(en, "投保人电话")).toContain("→ Clients.phone");
    expect(line(en, "投保人电话")).toContain("投保人");
    const cn = await dryRun(file, "zh-CN");
    expect(line(cn, "投保人电话")).toMatch(/→ 客户\S*\.电话/);
    expect(line(cn, "投保人电话")).not.toContain("（备注）");
  });
});
