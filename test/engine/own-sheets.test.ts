/**
 * A register saved by LibreOffice, with a sheet of the person's own, goes through import --into
 * and review --out; LibreOffice then opens the results, recalculates them, and the sheet is there
 * with its values, live formula and styles.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { readSourceBytes } from "../../src/workbook/readers";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { inspect, openpyxl } from "../support/openpyxl";
import { recalculate } from "./support/libreoffice";

const SAMPLE = path.join(__dirname, "../../assets/samples/messy-clients.xlsx");
const quiet = { out: () => undefined, err: (line: string) => process.stderr.write(`${line}\n`) };

let dir: string;
const results = new Map<string, Buffer>();
/** The import state as our writer wrote it (its text in the cells) and as LibreOffice saved it. */
const states: { written?: unknown; saved?: unknown } = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "engine-own-sheets-"));
  const register = path.join(dir, "register.xlsx");
  expect(await main(["import", SAMPLE, "--out", register], quiet)).toBe(0);
  const edited = path.join(dir, "edited.xlsx");
  await openpyxl("add-sheet", register, edited);
  // LibreOffice saves the edited register: its own part names, shared strings and styles.
  const saved = (await recalculate([{ name: "saved.xlsx", data: await fs.readFile(edited) }])).get(
    "saved.xlsx"
  )!;
  const savedFile = path.join(dir, "saved.xlsx");
  await fs.writeFile(savedFile, saved);
  states.written = (await readRegisterWorkbook(register)).state;
  states.saved = (await readRegisterWorkbook(saved)).state;
  const updated = path.join(dir, "updated.xlsx");
  const reviewed = path.join(dir, "reviewed.xlsx");
  expect(await main(["import", SAMPLE, "--into", savedFile, "--out", updated], quiet)).toBe(0);
  expect(await main(["review", savedFile, "--out", reviewed, "--today", "2026-11-30"], quiet)).toBe(
    0
  );
  const opened = await recalculate([
    { name: "updated.xlsx", data: await fs.readFile(updated) },
    { name: "reviewed.xlsx", data: await fs.readFile(reviewed) },
  ]);
  for (const [name, data] of opened) {
    results.set(name, data);
    await fs.writeFile(path.join(dir, `lo-${name}`), data);
  }
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("keeps the import state through openpyxl and LibreOffice", () => {
  const written = states.written as { records: unknown[] } | undefined;
  expect(written?.records.length).toBeGreaterThan(5);
  expect(states.saved).toEqual(written);
});

describe.each(["updated.xlsx", "reviewed.xlsx"])(
  "%s, opened and recalculated by LibreOffice",
  (name) => {
    it("has 我的笔记 with its values and a live formula", async () => {
      const book = await readSourceBytes(results.get(name)!, { yieldEveryMs: 0 });
      const notes = book.sheets.find((s) => s.name === "我的笔记")!;
      expect(notes.rows[0]).toEqual(["客户", "金额", "合计"]);
      expect(notes.rows[1]).toEqual(["张三", 1234.5, 1334.5]);
      expect(notes.rows[4][0]).toBe("合并的说明");
      expect(book.sheets.find((s) => s.name === "Links")!.tables?.map((t) => t.name)).toEqual([
        "tblMine",
      ]);
    });

    it("keeps the styles, the note, the merge, the width and the workbook name", async () => {
      const notes = await inspect(path.join(dir, `lo-${name}`), "我的笔记");
      expect(notes.cells.A1).toMatchObject({
        bold: true,
        color: "FFC00000",
        size: 14,
        fill: "FFFFFF00",
      });
      expect(notes.cells.B2.format).toMatch(/#,##0\.00 ?"? ?元"?/);
      expect(notes.cells.C2.value).toBe("=SUM(B2:B3)");
      expect(notes.cells.A2.comment).toContain("记得回访");
      expect(notes.cells.A5.bottom).toBe("thick");
      expect(notes.merged).toEqual(["A5:C5"]);
      expect(notes.widths.A).toBeCloseTo(30, 0);
      expect(notes.names["我的合计"]).toMatch(/^'?我的笔记'?!\$C\$2$/);
    });

    it("still reads as the register", async () => {
      const register = await readRegisterWorkbook(results.get(name)!);
      expect(register.found).toContain("Clients");
      expect(register.records.Clients.length).toBeGreaterThan(5);
    });
  }
);
