/**
 * A list of accounts whose headers the register's words hardly reach (an accounting system's
 * 客戶供應商代號 | 客戶供應商簡稱 | 郵遞區號 | 發票地址, "Cust/Vendor No. | Acct Short Name | Bill-to
 * Address") is a client list when its header says which column names each row, those names differ
 * row by row, and a second column tells the rows apart. A list of the people of another client
 * list (a receipt or mailing list drawn from it) adds no one.
 */
import { importWorkbook } from "../../src/importer";
import { readHeader } from "../../src/importer/subject";
import type { SourceCell } from "../../src/importer/types";
import { readSourceBytes } from "../../src/workbook/readers";
import { sheet } from "./helpers";

const TW_NAMES = [
  "晨光室內裝修",
  "遠揚營造",
  "林佳蓉",
  "青禾設計",
  "永鑫建材",
  "陳柏宇",
  "福田工程行",
];
const TW_ADDRESSES = [
  "新北市板橋區文化路一段88號3樓",
  "台中市西屯區市政路402號",
  "",
  "高雄市苓雅區四維三路6號12樓",
  "桃園市中壢區中山東路二段15巷7號",
  "新竹縣竹北市光明六路東一段20號",
  "台南市東區裕農路310號",
];
const CN_NAMES = ["晨光装饰", "远扬建设", "李佳怡", "青禾设计", "永鑫建材", "陈博文", "福田五金"];
const CN_ADDRESSES = [
  "上海市浦东新区张杨路500号",
  "杭州市西湖区文三路90号",
  "南京市鼓楼区中山北路8号",
  "",
  "苏州市工业园区星湖街328号",
  "宁波市鄞州区天童南路588号",
  "合肥市蜀山区长江西路99号",
];
const EN_NAMES = [
  "Harbour Joinery",
  "Northgate Builders",
  "Maria Lopez",
  "Bluefield Design",
  "Crestline Supplies",
  "Tom Becker",
  "Oakridge Fittings",
];
const EN_ADDRESSES = [
  "12 Market Street, Springfield",
  "400 Elm Road, Riverton",
  "9 Baker Lane, Lakeside",
  "77 Hill Avenue, Fairview",
  "",
  "3 Station Road, Millbrook",
  "150 Harbor Drive, Bayport",
];

const codes = ["001", "002", "003", "005", "008-1", "011", "A00"];

function rows(header: string[], names: string[], addresses: string[]): SourceCell[][] {
  return [header, ...names.map((name, i) => [codes[i], name, String(100 + i * 7), addresses[i]])];
}

const VARIANTS: [string, SourceCell[][]][] = [
  [
    "繁體",
    rows(["客戶供應商代號", "客戶供應商簡稱", "郵遞區號", "發票地址"], TW_NAMES, TW_ADDRESSES),
  ],
  ["简体", rows(["客商编码", "客户简称", "邮政编码", "开票地址"], CN_NAMES, CN_ADDRESSES)],
  [
    "English",
    rows(
      ["Cust/Vendor No.", "Customer Short Name", "Zip", "Bill-to Address"],
      EN_NAMES,
      EN_ADDRESSES
    ),
  ],
];

describe("a list of accounts read by its header's subject and its values", () => {
  for (const [label, table] of VARIANTS) {
    it(`imports every account as a client under its own name (${label})`, () => {
      const r = importWorkbook([sheet("Sheet2", table)]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.mappings[0].decision?.outcome).toBe("imported");
      expect(r.records.Clients).toHaveLength(7);
      const names = r.records.Clients.map((c) => c.name);
      expect(names).toContain(table[3][1]);
      expect(r.summary.imported).toBe(7);
    });
  }

  it("in another column order with an extra column (繁體)", () => {
    const [, table] = VARIANTS[0];
    const reordered = table.map((row, i) => [row[3], row[1], i === 0 ? "備忘" : "", row[0]]);
    const r = importWorkbook([sheet("工作表1", reordered)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(7);
  });

  it("reads a CSV and an HTML table saved as .xls the same way", async () => {
    const [, table] = VARIANTS[0];
    const csv = table.map((row) => row.map((c) => `"${String(c ?? "")}"`).join(",")).join("\n");
    const html =
      "<html><body><table>" +
      table
        .map((row) => `<tr>${row.map((c) => `<td>${String(c ?? "")}</td>`).join("")}</tr>`)
        .join("") +
      "</table></body></html>";
    for (const [text, fileName] of [
      [csv, "codes.csv"],
      [html, "codes.xls"],
    ]) {
      const book = await readSourceBytes(new TextEncoder().encode(text), { fileName });
      const r = importWorkbook(book.sheets);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients).toHaveLength(7);
    }
  });

  it("a header naming a client and a supplier together names the account", () => {
    expect(readHeader("客戶供應商代號")).toEqual({ role: "subject", base: "id" });
    expect(readHeader("客户供应商简称")).toEqual({ role: "subject", base: "name" });
    expect(readHeader("Customer/Vendor Name")).toEqual({ role: "subject", base: "name" });
    expect(readHeader("供应商名称").role).toBe("other");
    expect(readHeader("客户简称")).toEqual({ role: "subject", base: "name" });
  });

  it("names alone, with nothing telling the rows apart, are not enough", () => {
    const table: SourceCell[][] = [["客戶供應商簡稱", "類別"], ...TW_NAMES.map((n) => [n, "A"])];
    const r = importWorkbook([sheet("Sheet1", table)]);
    expect(r.mappings[0].registerSheet).toBeNull();
  });

  it("a column of product names beside codes is no list of parties", () => {
    const table: SourceCell[][] = [
      ["品名", "料號", "規格"],
      ...["螺絲", "墊片", "鉸鏈", "滑軌", "把手", "層板", "門片"].map((n, i) => [
        n,
        `P-0${i}`,
        "10mm",
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", table)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
  });

  it("a list drawn from another sheet's client list adds no one", () => {
    const members: SourceCell[][] = [
      ["姓名", "手機", "電子郵件", "生日"],
      ...TW_NAMES.slice(2).map((n, i) => [
        n,
        `0912-34${i}-67${i}`,
        `m${i}@example.com`,
        `1980/0${i + 1}/12`,
      ]),
    ];
    const receipts: SourceCell[][] = [
      ["", "會員簡稱", "Email"],
      ...TW_NAMES.slice(2).map((n, i) => [i + 1, n, `m${i}@example.com`]),
    ];
    const r = importWorkbook([sheet("會員", members), sheet("收據名單", receipts)]);
    const list = r.mappings.find((m) => m.sheet === "收據名單");
    expect(list?.registerSheet).toBeNull();
    expect(list?.kind).toBe("copy");
    expect(r.records.Clients).toHaveLength(5);
  });
});
