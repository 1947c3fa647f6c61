import * as iconv from "iconv-lite";
import { detectEncoding, readCsv } from "../../../src/workbook/readers/csv";
import { iconvDecode } from "../../../src/workbook/readers/file";

const TEXT_TW = "客戶名稱,電話\n陳大文,0912345678\n林美玲,0922333444\n";
const TEXT_CN = "客户名称,电话\n张伟,13800000000\n李娜,13900000000\n";

describe("CSV encodings and delimiters", () => {
  it.each([
    ["GB18030", TEXT_CN, "gbk"],
    ["GB18030", TEXT_TW, "gbk"],
    ["Big5", TEXT_TW, "big5"],
    ["UTF-8", TEXT_CN, "utf8"],
  ])("detects %s", (expected, text, encoding) => {
    const bytes = new Uint8Array(iconv.encode(text, encoding));
    expect(detectEncoding(bytes, iconvDecode).encoding).toBe(expected);
    expect(readCsv(bytes, { fileName: "x.csv" }, iconvDecode).sheet.rows[1][0]).toBe(
      text.split("\n")[1].split(",")[0]
    );
  });

  it("reads UTF-16 with its BOM", () => {
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT_CN, "utf16le")])
    );
    const { sheet, encoding } = readCsv(bytes, {}, iconvDecode);
    expect(encoding).toBe("UTF-16LE");
    expect(sheet.rows[2]).toEqual(["李娜", "13900000000"]);
  });

  it.each([
    ["tabs", "姓名\t电话\t备注\n张伟\t138\t\n"],
    ["semicolons", "姓名;电话;备注\n张伟;138;\n"],
    ["pipes", "姓名|电话|备注\n张伟|138|\n"],
  ])("finds the delimiter (%s), keeps quoted commas, leaves empty cells as holes", (_, text) => {
    const { sheet } = readCsv(new TextEncoder().encode(text), { fileName: "导出/客户.txt" });
    expect(sheet.name).toBe("客户");
    expect(sheet.rows[0]).toEqual(["姓名", "电话", "备注"]);
    expect(sheet.rows[1]).toEqual(["张伟", "138"]);
  });

  it("keeps quoted delimiters and line breaks inside a cell", () => {
    const { sheet } = readCsv(
      new TextEncoder().encode('name,address\n"Wang, Wei","Line 1\nLine 2"\n')
    );
    expect(sheet.rows[1]).toEqual(["Wang, Wei", "Line 1\nLine 2"]);
    expect(sheet.rows).toHaveLength(2);
  });
});

describe("the apostrophe a CSV writer puts before a leading =, +, - or @", () => {
  it("is taken off (Odoo writes phones as '+1 …), and any other apostrophe stays", () => {
    const text = `"Name","Phone","Note"\n"Ann Lee","'+1 405-555-0102","'quoted'"\n"Bo","'-5","'@home"\n`;
    const { sheet } = readCsv(new TextEncoder().encode(text), { fileName: "x.csv" });
    expect(sheet.rows[1]).toEqual(["Ann Lee", "+1 405-555-0102", "'quoted'"]);
    expect(sheet.rows[2]).toEqual(["Bo", "-5", "@home"]);
  });

  it("is taken off before digits kept as text (Shopify's ids and phones), and stays before words", () => {
    const text =
      "Customer ID,Phone,Note\n'5897398649016,'9 5550 0142,'90s style\n'0042,'(02) 5550-0101,'\n";
    const { sheet } = readCsv(new TextEncoder().encode(text), { fileName: "x.csv" });
    expect(sheet.rows[1]).toEqual(["5897398649016", "9 5550 0142", "'90s style"]);
    expect(sheet.rows[2]).toEqual(["0042", "(02) 5550-0101", "'"]);
  });
});
