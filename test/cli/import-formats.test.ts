import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";

const FIXTURES = path.join(__dirname, "../fixtures/formats");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

// Reading real files and writing registers takes seconds on a loaded machine.
jest.setTimeout(60_000);

describe("client-register import from every source format", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "import-formats-"));
  });

  it.each(["clients.xls", "clients.ods", "clients-gbk.csv", "clients-big5.csv"])(
    "imports %s into a register",
    async (file) => {
      const out = path.join(dir, `${file}.xlsx`);
      const c = capture();
      expect(await main(["import", path.join(FIXTURES, file), "--out", out], c.io)).toBe(0);
      expect(c.err).toEqual([]);
      // The summary speaks the register's language: these 繁體 sources make a zh-TW register.
      expect(c.out[0]).toMatch(/^來源資料 5 列：匯入 5，合併 0，略過 0，拒絕 0/);
      const register = await readRegisterWorkbook(out);
      expect(register.records.Clients?.map((r) => r.name)).toEqual([
        "陳大文",
        "林美玲",
        "張志明",
        "黃淑芬",
        "王建國",
      ]);
    }
  );

  it("reads a file by its content and says when its extension is wrong", async () => {
    const misnamed = path.join(dir, "clients.xlsx");
    await fs.copyFile(path.join(FIXTURES, "clients-gbk.csv"), misnamed);
    const c = capture();
    expect(await main(["import", misnamed, "--dry-run"], c.io)).toBe(0);
    expect(c.err).toEqual([
      `${misnamed} is a CSV or text file, whatever its extension says; it was read as such.`,
    ]);
    expect(c.out[0]).toMatch(/^來源資料 5 列：匯入 5/);
  });

  it("fails in one line on a file that is no workbook", async () => {
    const pdf = path.join(dir, "report.xls");
    await fs.writeFile(pdf, "%PDF-1.4\n");
    const c = capture();
    expect(await main(["import", pdf, "--dry-run"], c.io)).toBe(1);
    expect(c.err).toEqual([expect.stringContaining(`Cannot read ${pdf}: it is a PDF document`)]);
  });
});
