import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";
import { addSheet, toBuffer } from "../fixtures/messy-workbooks";

describe("readSourceWorkbook", () => {
  let buffer: Buffer;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    addSheet(
      wb,
      "One",
      [
        ["Title spanning three"],
        ["plain", 42, true, new Date(Date.UTC(2024, 4, 26))],
        [
          { formula: "1+1", result: 2 },
          { richText: [{ text: "ri" }, { text: "ch" }] },
          { text: "link", hyperlink: "https://example.com" },
          { error: "#N/A" } as ExcelJS.CellErrorValue,
        ],
        ["=1+1", "+86 138", "@home", "-5 text"],
        [
          { formula: "A1", result: { error: "#REF!" } } as unknown as ExcelJS.CellValue,
          null,
          "merged down",
          null,
        ],
        [null, null, null, null],
        [null, null, null, "last"],
      ],
      ["A1:C1", "C5:C6"]
    );
    addSheet(wb, "二", [["客户名称"], ["张三"]]);
    buffer = await toBuffer(wb);
  });

  it("returns every sheet with plain cell values: formulas by result, rich text and links as text, errors kept", async () => {
    const [one, two] = await readSourceWorkbook(buffer);
    expect(one.name).toBe("One");
    expect(one.rows[1]).toEqual(["plain", 42, true, new Date(Date.UTC(2024, 4, 26))]);
    expect(one.rows[2]).toEqual([2, "rich", "link", { error: "#N/A" }]);
    expect(two).toMatchObject({ name: "二", rows: [["客户名称"], ["张三"]], merges: [] });
  });

  it("keeps text that looks like a formula as text", async () => {
    const [one] = await readSourceWorkbook(buffer);
    expect(one.rows[3]).toEqual(["=1+1", "+86 138", "@home", "-5 text"]);
  });

  it("lists merges 1-based and leaves covered cells empty", async () => {
    const [one] = await readSourceWorkbook(buffer);
    expect(one.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 5, left: 3, bottom: 6, right: 3 },
    ]);
    expect(one.rows[0]).toEqual(["Title spanning three"]);
    // Rows and cells are sparse: an empty or covered cell is a hole, an empty row is missing.
    expect(one.rows[4]).toEqual([{ error: "#REF!" }, undefined, "merged down"]);
    expect(1 in one.rows[4]).toBe(false);
    expect(5 in one.rows).toBe(false);
    expect(one.rows[6]).toEqual([undefined, undefined, undefined, "last"]);
  });

  it("reads from a path and never changes the file", async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "src-")), "source.xlsx");
    await fs.writeFile(file, buffer);
    const before = createHash("sha256")
      .update(await fs.readFile(file))
      .digest("hex");
    const stat = await fs.stat(file);
    const sheets = await readSourceWorkbook(file);
    expect(sheets).toHaveLength(2);
    expect(
      createHash("sha256")
        .update(await fs.readFile(file))
        .digest("hex")
    ).toBe(before);
    expect((await fs.stat(file)).mtimeMs).toBe(stat.mtimeMs);
  });

  it("says which file cannot be read", async () => {
    await expect(readSourceWorkbook("/nonexistent/x.xlsx")).rejects.toThrow("/nonexistent/x.xlsx");
    await expect(readSourceWorkbook(Buffer.from("PK\u0003\u0004 cut short"))).rejects.toThrow(
      /^Cannot read the workbook: the ZIP directory is missing/
    );
  });
});
