import { promises as fs } from "fs";
import * as path from "path";
import { importWorkbook } from "../../../src/importer";
import { readSourceBytes } from "../../../src/workbook/readers";
import { readSourceFile } from "../../../src/workbook/readers/file";

const FIXTURES = path.join(__dirname, "../../fixtures/formats");
const fixture = (name: string) => path.join(FIXTURES, name);

// The same five clients, written by LibreOffice (xlsx, xls, ods), openpyxl (xlsx, 1904 dates)
// and as CSV in four encodings (see test/fixtures/formats/README.md).
const FILES: [string, string, string | undefined][] = [
  ["clients.xlsx", "xlsx", undefined],
  ["clients-openpyxl.xlsx", "xlsx", undefined],
  ["clients.xls", "xls", undefined],
  ["clients.ods", "ods", undefined],
  ["clients-utf8.csv", "csv", "UTF-8"],
  ["clients-utf8-bom.csv", "csv", "UTF-8"],
  ["clients-gbk.csv", "csv", "GB18030"],
  ["clients-big5.csv", "csv", "Big5"],
];

// Reading real files and writing registers takes seconds on a loaded machine.
jest.setTimeout(60_000);

describe("the reader layer on every format", () => {
  it.each(FILES)(
    "%s is read as %s (encoding %s) by its content",
    async (file, format, encoding) => {
      const book = await readSourceFile(fixture(file));
      expect(book.format).toBe(format);
      expect(book.encoding).toBe(encoding);
      expect(book.notices).toEqual([]);
      const [sheet] = book.sheets;
      expect(sheet.rows[0]).toEqual([
        "客戶名稱",
        "聯繫電話",
        "出生日期",
        "年收入(萬)",
        "風險偏好",
        "電子郵件",
      ]);
      expect(sheet.rows[1][0]).toBe("陳大文");
      expect(sheet.rows[1][1]).toBe("0912345678");
      expect(sheet.rows).toHaveLength(6);
    }
  );

  it("gives the same five Chinese clients from every format and encoding", async () => {
    const imported = await Promise.all(
      FILES.map(async ([file]) => {
        const book = await readSourceFile(fixture(file));
        // Only the first sheet holds clients (openpyxl's file has a hidden notes sheet too).
        const result = importWorkbook([{ ...book.sheets[0], name: "clients" }]);
        return { file, summary: result.summary, clients: result.records.Clients };
      })
    );
    const [first, ...rest] = imported;
    expect(first.summary).toEqual({
      sourceRows: 5,
      imported: 5,
      merged: 0,
      skipped: 0,
      rejected: 0,
    });
    expect(
      first.clients.map((c) => [c.name, c.phone, c.birthday, c.annualRevenue, c.riskProfile])
    ).toEqual([
      ["陳大文", "0912345678", "1985-05-15", 1_200_000, "moderate"],
      ["林美玲", "0922333444", "1990-12-01", 855_000, "conservative"],
      ["張志明", "0933111222", "1978-03-09", 3_000_000, "aggressive"],
      ["黃淑芬", "0955666777", "1969-07-21", 420_000, "moderate"],
      ["王建國", "0988777666", "2001-01-31", 99_000, "conservative"],
    ]);
    for (const other of rest)
      expect({ file: other.file, clients: other.clients }).toEqual({
        file: other.file,
        clients: first.clients,
      });
  });

  it("keeps a hidden sheet, marked, and the 1904 date system, from openpyxl's absolute part paths", async () => {
    const book = await readSourceFile(fixture("clients-openpyxl.xlsx"));
    expect(book.date1904).toBe(true);
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ["clients", undefined],
      ["備註", "hidden"],
    ]);
    expect(book.sheets[0].rows[1][2]).toEqual(new Date(Date.UTC(1985, 4, 15)));
    expect(book.sheets[1].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
  });

  it("chooses the format by content and says when the extension is wrong", async () => {
    const bytes = new Uint8Array(await fs.readFile(fixture("clients.xls")));
    const book = await readSourceBytes(bytes, { fileName: "clients.xlsx" });
    expect(book.format).toBe("xls");
    expect(book.sheets[0].rows[1][0]).toBe("陳大文");
    expect(book.notices).toEqual([
      "clients.xlsx is an Excel 97-2003 .xls workbook, whatever its extension says; it was read as such.",
    ]);
    const csv = await readSourceBytes(
      new Uint8Array(await fs.readFile(fixture("clients-utf8.csv"))),
      {
        fileName: "export.xls",
      }
    );
    expect(csv.format).toBe("csv");
    expect(csv.notices[0]).toMatch(/^export\.xls is a CSV or text file/);
  });

  it("names what a file is when it is no workbook at all, in one line", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n...");
    await expect(readSourceBytes(pdf, { fileName: "x.xlsx" })).rejects.toThrow(
      "Cannot read x.xlsx: it is a PDF document"
    );
    await expect(readSourceBytes(new Uint8Array(0), { fileName: "e.csv" })).rejects.toThrow(
      "Cannot read e.csv: the file is empty"
    );
    await expect(readSourceFile(fixture("missing.xlsx"))).rejects.toThrow(
      /^Cannot read .*missing\.xlsx: the file does not exist$/
    );
  });

  it("reads an .ods whose amounts have sign-conditional formats without printing SheetJS's notes", async () => {
    const printed = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const book = await readSourceFile(fixture("amounts-formats.ods"));
      expect(book.sheets[0].rows.slice(1).map((row) => row.slice(1))).toEqual([
        [5_000_000, 12_400, -3_200],
        [10_000_000, 36_800, 0],
        [3_000_000, 8_600, 1_500],
      ]);
      expect(printed).not.toHaveBeenCalled();
    } finally {
      printed.mockRestore();
    }
  });

  it("says which columns of an .xls are hidden", async () => {
    const XLSX = await import("@e965/xlsx");
    const sheet = XLSX.utils.aoa_to_sheet([
      ["(Do Not Modify) Account", "Account Name", "Main Phone"],
      ["6f9619ff-8b86-d011-b42d-00c04fc964ff", "Contoso Ltd", "425-555-0100"],
    ]);
    sheet["!cols"] = [{ wch: 0, hidden: true }, { wch: 20 }, { wch: 14 }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "Accounts");
    const bytes = XLSX.write(book, { type: "array", bookType: "biff8" }) as ArrayBuffer;
    const read = await readSourceBytes(new Uint8Array(bytes), { fileName: "accounts.xls" });
    expect(read.format).toBe("xls");
    expect(read.sheets[0].hiddenColumns).toEqual([1]);
    expect(read.sheets[0].rows[1]).toEqual([
      "6f9619ff-8b86-d011-b42d-00c04fc964ff",
      "Contoso Ltd",
      "425-555-0100",
    ]);
  });
});
