import { readSourceBytes } from "../../../src/workbook/readers";

// Core systems export an HTML table (or an XML-2003 workbook) under ".xls"; Excel opens both.
const TABLE =
  '<html><head><meta charset="utf-8"></head><body><table>' +
  "<tr><td>客戶名稱</td><td>聯繫電話</td><td>到期日</td></tr>" +
  "<tr><td>陳大文</td><td>0912-345-678</td><td>2025-03-01</td></tr>" +
  "<tr><td>林美玲</td><td>0922-333-444</td><td>2025-04-15</td></tr>" +
  "</table></body></html>";

const XML_2003 = [
  '<?xml version="1.0"?>',
  '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
  ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
  '<Worksheet ss:Name="客户"><Table>',
  '<Row><Cell><Data ss:Type="String">客户名称</Data></Cell><Cell><Data ss:Type="String">手机</Data></Cell></Row>',
  '<Row><Cell><Data ss:Type="String">王建国</Data></Cell><Cell><Data ss:Type="String">13800001234</Data></Cell></Row>',
  "</Table></Worksheet></Workbook>",
].join("\n");

const bytesOf = (text: string, bom = false) =>
  new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...new TextEncoder().encode(text)]);

describe("HTML and XML-2003 spreadsheets saved as .xls", () => {
  it.each([
    ["starting at its first tag", ""],
    ["after seven blank lines", "\r\n".repeat(7)],
    ["after spaces, tabs and blank lines", "  \n\t\n   \n"],
  ])("reads an HTML table %s as rows of cells", async (_, lead) => {
    for (const bom of [false, true]) {
      const book = await readSourceBytes(bytesOf(lead + TABLE, bom), { fileName: "download.xls" });
      expect(book.format).toBe("html");
      expect(book.notices).toEqual([]);
      const rows = book.sheets[0].rows.map((row) => row.map((cell) => String(cell ?? "")));
      expect(rows[0]).toEqual(["客戶名稱", "聯繫電話", "到期日"]);
      expect(rows[1].slice(0, 2)).toEqual(["陳大文", "0912-345-678"]);
      expect(rows[2].slice(0, 2)).toEqual(["林美玲", "0922-333-444"]);
      expect(rows).toHaveLength(3);
    }
  });

  it("reads an XML-2003 workbook after blank lines, keeping its sheet name", async () => {
    const book = await readSourceBytes(bytesOf("\n\n" + XML_2003), { fileName: "export.xls" });
    expect(book.format).toBe("xml2003");
    expect(book.sheets.map((s) => s.name)).toEqual(["客户"]);
    expect(book.sheets[0].rows).toEqual([
      ["客户名称", "手机"],
      ["王建国", "13800001234"],
    ]);
  });
});
