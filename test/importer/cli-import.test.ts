import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { importWorkbook } from "../../src/importer";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";
import { threeLanguageWorkbook } from "../fixtures/messy-workbooks";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const sha = async (file: string) =>
  createHash("sha256")
    .update(await fs.readFile(file))
    .digest("hex");

describe("client-register import", () => {
  let dir: string;
  let source: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "import-cli-"));
    source = path.join(dir, "messy.xlsx");
    await fs.writeFile(source, await threeLanguageWorkbook());
  });

  it("writes the register, the Import Issues sheet and the JSON result; the source stays as it was", async () => {
    const before = await sha(source);
    const out = path.join(dir, "out", "register.xlsx");
    const json = path.join(dir, "out", "import.json");
    const c = capture();
    expect(await main(["import", source, "--out", out, "--json", json], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    // In the register's language: this 简体 source makes a zh-CN register.
    expect(c.out[0]).toBe(
      "源数据 18 行：导入 12，合并 2，跳过 3，拒绝 1；问题 20 条（错误 1，警告 5，提示 14）。"
    );
    expect(c.out.slice(-2)).toEqual([`已写入 ${out}。`, `已写入 ${json}。`]);
    expect(await sha(source)).toBe(before);

    const result = JSON.parse(await fs.readFile(json, "utf8"));
    // Issue 9: the JSON also carries the mapping used.
    expect(Object.keys(result)).toEqual(["summary", "records", "issues", "mappings"]);
    expect(result.summary).toEqual({
      sourceRows: 18,
      imported: 12,
      merged: 2,
      skipped: 3,
      rejected: 1,
    });
    expect(Object.keys(result.issues[0]).sort()).toEqual([
      "code",
      "column",
      "field",
      "message",
      "params",
      "row",
      "severity",
      "sheet",
      "value",
    ]);
    const lin = result.records.Clients.find((c: { name: string }) => c.name === "林志明");
    expect(lin).toMatchObject({
      clientId: "C-0001",
      birthday: "1985-05-15",
      annualRevenue: 125000,
      riskProfile: "conservative",
      kind: "person",
    });

    const register = await readRegisterWorkbook(out);
    expect(register.records.Clients.map((c) => c.name)).toEqual(
      result.records.Clients.map((c: { name: string }) => c.name)
    );
    expect(register.records.Insurance).toHaveLength(4);
    expect(register.lang).toBe("zh-CN");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const issues = wb.getWorksheet("导入问题");
    expect(issues).toBeDefined();
    expect(issues?.rowCount).toBe(result.issues.length + 1);
    const rejected = result.issues.findIndex((i: { severity: string }) => i.severity === "error");
    expect(issues?.getRow(rejected + 2).getCell(1).value).toBe("客户信息");
    expect(issues?.getRow(rejected + 2).getCell(2).value).toBe(11);
  });

  it("writes user text that starts with = as text, never as a formula", async () => {
    const out = path.join(dir, "text.xlsx");
    expect(await main(["import", source, "--out", out], capture().io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const notes: unknown[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string } | string;
          if (typeof v === "object" && v && "formula" in v)
            expect(String(v.formula)).not.toContain("1+1");
          if (typeof v === "string" && v.startsWith("=1+1")) notes.push(v);
        })
      )
    );
    expect(notes.length).toBeGreaterThan(0);
  });

  it("updates an existing register with --into instead of duplicating", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect(await main(["import", source, "--out", first], capture().io)).toBe(0);
    const c = capture();
    expect(await main(["import", source, "--into", first, "--out", second], c.io)).toBe(0);
    expect(c.out[0]).toMatch(/导入 0，合并 14/);
    const a = await readRegisterWorkbook(first);
    const b = await readRegisterWorkbook(second);
    expect(b.records.Clients).toEqual(a.records.Clients);
    expect(b.records.Insurance).toEqual(a.records.Insurance);
  });

  it("a register it wrote imports as a source again with the same records (Settings and Import Issues skipped)", async () => {
    const out = path.join(dir, "roundtrip.xlsx");
    const json = path.join(dir, "roundtrip.json");
    expect(await main(["import", source, "--out", out, "--json", json], capture().io)).toBe(0);
    const first = JSON.parse(await fs.readFile(json, "utf8"));
    const again = importWorkbook(await readSourceWorkbook(out));
    expect(again.summary.rejected).toBe(0);
    const canonical = (records: Record<string, Record<string, unknown>[]>) =>
      Object.fromEntries(
        Object.entries(records).map(([k, rows]) => [
          k,
          rows.map((r) => Object.fromEntries(Object.entries(r).sort())),
        ])
      );
    expect(canonical(JSON.parse(JSON.stringify(again.records)))).toEqual(canonical(first.records));
  });

  it("--dry-run prints the summary and writes nothing", async () => {
    const out = path.join(dir, "dry.xlsx");
    const json = path.join(dir, "dry.json");
    const c = capture();
    expect(await main(["import", source, "--out", out, "--json", json, "--dry-run"], c.io)).toBe(0);
    // The summary, then the mapping (changed with issue 9: the mapping is printed too), in the
    // register's language: this 简体 source makes a zh-CN register.
    expect(c.out[0]).toMatch(/^源数据 18 行：导入 12，合并 2，跳过 3，拒绝 1/);
    expect(
      c.out.some((l) => l.startsWith("客户信息 → 客户信息（置信度 ") && l.endsWith("表头行 3）"))
    ).toBe(true);
    expect(c.out.some((l) => /^ {2}[A-Z]+ .+ → 客户名称 1\.00 {2}例如 "/.test(l))).toBe(true);
    const english = capture();
    expect(await main(["import", source, "--dry-run", "--lang", "en"], english.io)).toBe(0);
    expect(english.out[0]).toBe(
      "18 source rows: 12 imported, 2 merged, 3 skipped, 1 rejected; 20 issues (1 errors, 5 warnings, 14 notes)."
    );
    expect(
      english.out.some(
        (l) => l.startsWith("客户信息 → Clients (confidence ") && l.endsWith("header row 3)")
      )
    ).toBe(true);
    expect(english.out.some((l) => /^ {2}[A-Z]+ .+ → name 1\.00 {2}e\.g\. "/.test(l))).toBe(true);
    await expect(fs.stat(out)).rejects.toThrow();
    await expect(fs.stat(json)).rejects.toThrow();
  });

  it("--save-mapping writes the mapping file; --mapping applies it again, --map winning", async () => {
    const saved = path.join(dir, "mapping.json");
    expect(await main(["import", source, "--dry-run", "--save-mapping", saved], capture().io)).toBe(
      0
    );
    const file = JSON.parse(await fs.readFile(saved, "utf8"));
    expect(file).toMatchObject({ format: "client-register-mapping", version: 1 });
    const clients = file.sheets.find((s: { sheet: string }) => s.sheet === "客户信息");
    expect(clients.layout).toMatch(/^L1-[0-9a-f]{8}$/);
    // A person corrects one column in the file: the phone column is kept in notes instead.
    const phone = clients.columns.find((c: { field: string | null }) => c.field === "phone");
    phone.field = null;
    await fs.writeFile(saved, JSON.stringify(file));
    const json = path.join(dir, "remapped.json");
    const out = path.join(dir, "remapped.xlsx");
    expect(
      await main(["import", source, "--out", out, "--json", json, "--mapping", saved], capture().io)
    ).toBe(0);
    const result = JSON.parse(await fs.readFile(json, "utf8"));
    const mapped = result.mappings.find((m: { sheet: string }) => m.sheet === "客户信息");
    expect(
      mapped.columns.find((c: { header: string }) => c.header === phone.header).field
    ).toBeNull();
    expect(result.records.Clients.every((c: { phone: unknown }) => c.phone === null)).toBe(true);
  }, 30000);

  it("remembers a --map correction in the register: re-importing --into it without --map maps the same", async () => {
    const first = path.join(dir, "corrected.xlsx");
    const firstJson = path.join(dir, "corrected.json");
    const corrections = ["--map", "客户信息!联系电话=-", "--map", "客户信息!来源渠道=mainBusiness"];
    expect(
      await main(
        ["import", source, "--out", first, "--json", firstJson, ...corrections],
        capture().io
      )
    ).toBe(0);
    const second = path.join(dir, "corrected-again.xlsx");
    const secondJson = path.join(dir, "corrected-again.json");
    expect(
      await main(
        ["import", source, "--into", first, "--out", second, "--json", secondJson],
        capture().io
      )
    ).toBe(0);
    const columnsOf = async (file: string) => {
      const result = JSON.parse(await fs.readFile(file, "utf8"));
      const sheet = result.mappings.find((m: { sheet: string }) => m.sheet === "客户信息");
      return {
        result,
        fields: sheet.columns.map((c: { header: string; field: string | null }) => [
          c.header,
          c.field,
        ]),
        channel: sheet.columns.find((c: { header: string }) => c.header === "来源渠道"),
      };
    };
    const before = await columnsOf(firstJson);
    const after = await columnsOf(secondJson);
    expect(after.fields).toEqual(before.fields);
    expect(after.fields).toContainEqual(["联系电话", null]);
    expect(after.fields).toContainEqual(["来源渠道", "mainBusiness"]);
    // The register is Chinese, so the JSON's evidence is too; the code says the same to programs.
    expect(after.channel.reasons[0].code).toBe("map.why.remembered");
    expect(after.channel.evidence[0]).toMatch(/上次导入同一版式/);
    expect(after.result.records.Clients.every((c: { phone: unknown }) => c.phone === null)).toBe(
      true
    );
  }, 60000);

  it("exits 1 with one line when a workbook with data rows imports nothing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Family").addRows([
      ["Relation", "Age"],
      ["spouse", 40],
    ]);
    const file = path.join(dir, "nothing.xlsx");
    await wb.xlsx.writeFile(file);
    const c = capture();
    expect(await main(["import", file, "--dry-run", "--map", "Family!*=Family"], c.io)).toBe(1);
    expect(c.err.filter((l) => /Nothing was imported/.test(l))).toHaveLength(1);
  }, 30000);

  it("takes repeated --map overrides", async () => {
    const json = path.join(dir, "map.json");
    const out = path.join(dir, "map.xlsx");
    const args = [
      "import",
      source,
      "--out",
      out,
      "--json",
      json,
      "--map",
      "来源渠道=address",
      "--map=客户信息!备注=-",
    ];
    expect(await main(args, capture().io)).toBe(0);
    const result = JSON.parse(await fs.readFile(json, "utf8"));
    const lin = result.records.Clients.find((c: { name: string }) => c.name === "林志明");
    expect(lin.address).toBe("网点");
    expect(lin.notes).toContain("备注: VIP客户");
  });

  it.each([
    [["import"], 2, /one source workbook/],
    [["import", "SRC", "--out", "b.csv"], 2, /\.xlsx/],
    [["import", "SRC"], 2, /--out/],
    [["import", "SRC", "--out", "SRC"], 2, /the source and --out are the same file/],
    [["import", "SRC", "--out", "x.xlsx", "--map", "nonsense"], 2, /Header=field/],
    [["import", "/nonexistent/a.xlsx", "--out", "x.xlsx"], 1, /nonexistent/],
  ])("fails with one line and a non-zero exit: %j", async (args, code, message) => {
    const c = capture();
    const argv = (args as string[]).map((a) => (a === "SRC" ? source : a));
    expect(await main(argv, c.io)).toBe(code);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(message as RegExp);
    expect(c.err[0]).not.toContain("\n");
  });
});
