import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readSourceFile } from "../../src/workbook/readers/file";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { inspect, openpyxl, type Inspected } from "../support/openpyxl";

const SAMPLE = path.join(__dirname, "../../assets/samples/messy-clients.xlsx");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

/** What "我的笔记" holds as openpyxl's add-sheet wrote it: values, formula, styles, note, merge, width, name. */
function expectTheNotesSheet(notes: Inspected): void {
  const { cells } = notes;
  expect(cells.A1).toMatchObject({
    value: "客户",
    bold: true,
    color: "FFC00000",
    size: 14,
    fill: "FFFFFF00",
  });
  expect(cells.B2).toMatchObject({ value: 1234.5, format: '#,##0.00 "元"' });
  expect(cells.C2.value).toBe("=SUM(B2:B3)");
  expect(cells.A2).toMatchObject({ value: "张三", comment: "记得回访" });
  expect(cells.A5).toMatchObject({ value: "合并的说明", bottom: "thick" });
  expect(notes.merged).toEqual(["A5:C5"]);
  expect(notes.widths.A).toBe(30);
  expect(notes.names["我的合计"]).toBe("'我的笔记'!$C$2");
  expect(notes.tables.Links).toEqual(["tblMine"]);
}

describe("the person's own sheets survive import --into and review --out (register edited with openpyxl)", () => {
  let dir: string;
  let edited: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "own-sheets-"));
    const register = path.join(dir, "register.xlsx");
    expect(await main(["import", SAMPLE, "--out", register], capture().io)).toBe(0);
    edited = path.join(dir, "edited.xlsx");
    await openpyxl("add-sheet", register, edited);
  });

  it("import --into keeps 我的笔记 and Links with values, formulas, styles, notes, merges, widths and names", async () => {
    const out = path.join(dir, "updated.xlsx");
    const c = capture();
    expect(await main(["import", SAMPLE, "--into", edited, "--out", out], c.io)).toBe(0);
    expect(c.out).toContain(`已保留 ${edited} 中您自己的工作表：我的笔记、Links。`);
    expect(c.err).toEqual([]);

    const notes = await inspect(out, "我的笔记");
    expect(notes.sheets[0]).toBe("我的笔记");
    expect(notes.sheets[notes.sheets.length - 1]).toBe("Links");
    // The sample is Chinese, so the register's tabs are too.
    expect(notes.sheets.filter((s) => s === "客户")).toHaveLength(1);
    expect(notes.states._CR_ImportState).toBe("veryHidden");
    expectTheNotesSheet(notes);

    // Our own reader sees the same cells, and the register beside them.
    const book = await readSourceFile(out);
    const sheet = book.sheets.find((s) => s.name === "我的笔记")!;
    expect(sheet.rows[0]).toEqual(["客户", "金额", "合计"]);
    expect(sheet.rows[1].slice(0, 2)).toEqual(["张三", 1234.5]);
    expect(book.sheets.find((s) => s.name === "Links")!.tables).toEqual([
      { name: "tblMine", ref: "A1:B3" },
    ]);
    const register = await readRegisterWorkbook(out);
    const before = await readRegisterWorkbook(edited);
    expect(register.records.Clients.map((r) => r.clientId)).toEqual(
      before.records.Clients.map((r) => r.clientId)
    );
  });

  it("a second import --into keeps them again, unchanged", async () => {
    const first = path.join(dir, "updated.xlsx");
    const second = path.join(dir, "updated-again.xlsx");
    expect(await main(["import", SAMPLE, "--into", first, "--out", second], capture().io)).toBe(0);
    expectTheNotesSheet(await inspect(second, "我的笔记"));
  });

  it("review --out keeps them, and the register's Import Issues, beside the review sheets", async () => {
    const out = path.join(dir, "review.xlsx");
    const c = capture();
    expect(await main(["review", edited, "--out", out, "--today", "2026-11-30"], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    const notes = await inspect(out, "我的笔记");
    expectTheNotesSheet(notes);
    expect(notes.sheets).toContain("导入问题");
    expect(notes.sheets.filter((s) => s === "导入问题")).toHaveLength(1);

    // Importing into the reviewed file drops the generated reviews, keeps the person's sheets.
    const back = path.join(dir, "after-review.xlsx");
    expect(await main(["import", SAMPLE, "--into", out, "--out", back], capture().io)).toBe(0);
    const after = await inspect(back, "我的笔记");
    expectTheNotesSheet(after);
    expect(after.sheets.length).toBe((await inspect(edited, "我的笔记")).sheets.length);
  });

  it("review --mask leaves them out, and says so", async () => {
    const out = path.join(dir, "masked.xlsx");
    const c = capture();
    expect(
      await main(["review", edited, "--out", out, "--mask", "--today", "2026-11-30"], c.io)
    ).toBe(0);
    const sheets = (await inspect(out, "客户")).sheets;
    expect(sheets).not.toContain("我的笔记");
    expect(sheets).not.toContain("导入问题");
    expect(c.out).toContain(
      "脱敏文件未包含以下工作表（其中可能有个人信息）：导入问题、我的笔记、Links。未脱敏的回顾文件会保留它们。"
    );
  });
});
