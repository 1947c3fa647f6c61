/**
 * A source wider than a worksheet (more than 16,384 columns, as a CSV export can be): the
 * import goes on; the notes built from the unmapped columns are cut to what a cell holds, and the
 * cut is reported with the whole text, which the Import Issues sheet keeps over several rows.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { isImportIssuesTab } from "../../src/register/tabs";
import { readSourceFile } from "../../src/workbook/readers/file";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";

const COLUMNS = 16_500;
// 16,500 columns through the reader, the importer and the writer take a while on a loaded machine.
jest.setTimeout(240_000);
const MAX_CELL = 32_767;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe("a source of more than 16,384 columns", () => {
  let dir: string;
  let result: {
    summary: Record<string, number>;
    issues: {
      code?: string;
      row?: number;
      field?: string;
      value: string;
      params?: Record<string, unknown>;
    }[];
  };
  let status: number;
  let register: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "wide-"));
    const wide = ["客户甲", "13800138000"];
    // Numbers beyond the named columns: measures an export put on one row.
    for (let c = 2; c < COLUMNS; c++) wide.push(String(100_000 + c));
    const csv = ["客户名称,联系电话", wide.join(","), "客户乙,13900139000"].join("\n");
    const source = path.join(dir, "wide.csv");
    await fs.writeFile(source, `${csv}\n`);
    register = path.join(dir, "register.xlsx");
    const json = path.join(dir, "result.json");
    status = await main(["import", source, "--out", register, "--json", json], capture().io);
    result = JSON.parse(await fs.readFile(json, "utf8"));
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("imports every row and writes the register", async () => {
    expect(status).toBe(0);
    expect(result.summary).toMatchObject({ sourceRows: 2, imported: 2, rejected: 0 });
    const back = await readRegisterWorkbook(register);
    expect(back.records.Clients.map((c) => c.name)).toEqual(["客户甲", "客户乙"]);
  });

  it("cuts the notes to one cell and reports the cut with the whole text", async () => {
    const cuts = result.issues.filter((i) => i.code === "import.cell-cut");
    expect(cuts).toHaveLength(1);
    const [cut] = cuts;
    expect(cut).toMatchObject({ row: 2, field: "notes" });
    expect(cut.params).toMatchObject({ limit: MAX_CELL });
    expect(cut.value.length).toBeGreaterThan(MAX_CELL);
    expect(cut.params?.length).toBe(cut.value.length);
    // The last source column is in the issue, not lost.
    expect(cut.value).toContain(String(100_000 + COLUMNS - 1));

    const back = await readRegisterWorkbook(register);
    const notes = String(back.records.Clients[0].notes);
    expect(notes).toHaveLength(MAX_CELL);
    expect(cut.value.startsWith(notes)).toBe(true);

    // The Import Issues sheet holds the whole text: the value column (E), continued on the rows
    // below (marked "…"), each piece a cell Excel can hold.
    const book = await readSourceFile(register);
    const rows = book.sheets.find((s) => isImportIssuesTab(s.name))!.rows;
    const first = rows.findIndex((row) => row?.[4] === cut.value.slice(0, MAX_CELL));
    expect(first).toBeGreaterThan(0);
    let whole = String(rows[first][4]);
    for (let r = first + 1; rows[r]?.[5] === "…"; r++) {
      expect(String(rows[r][4]).length).toBeLessThanOrEqual(MAX_CELL);
      whole += String(rows[r][4]);
    }
    expect(whole).toBe(cut.value);
  });
});
