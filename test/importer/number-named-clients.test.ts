/**
 * A list with no name column whose rows each carry the party's own number (a cable operator's
 * subscriber extract keyed by 用户号, a club's member numbers) is a client list keyed by that
 * number: the number names each client, said once for the sheet — numbered 1, 2, 3 … too under a
 * header that is exactly the client's number (CustomerID). Row serials, numbers repeated
 * down a log, and logs whose name column is mostly blank stay out as before.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readSourceBytes } from "../../src/workbook/readers";
import { sheet } from "./helpers";

const NUMBERS = ["10399", "11100", "12873", "13004", "15521", "16077", "18230", "19915"];
const JOINED = [
  "20140714",
  "20100728",
  "20190302",
  "20210611",
  "20150105",
  "20180920",
  "20221201",
  "20130417",
];

function extract(header: string[], packages: string[]): SourceCell[][] {
  return [
    header,
    ...NUMBERS.map((n, i) => [n, packages[i % packages.length], JOINED[i], String(i * 50)]),
  ];
}

const VARIANTS: [string, SourceCell[][]][] = [
  [
    "简体",
    extract(["用户号", "套餐", "入网时间", "预存款"], ["普通套餐", "4M融合套餐", "互动59元包"]),
  ],
  [
    "繁體",
    extract(
      ["用戶編號", "套餐", "入網日期", "頻道數"],
      ["基本頻道100台", "寬頻100M", "豪華套餐HD"]
    ),
  ],
  [
    "English",
    extract(
      ["Subscriber ID", "Package", "Customer Since", "Prepaid Balance"],
      ["Basic", "Plus", "Max"]
    ),
  ],
];

describe("a nameless list keyed by each party's own number", () => {
  for (const [label, rows] of VARIANTS) {
    it(`imports one client per number, named by it (${label})`, () => {
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients).toHaveLength(8);
      const first = r.records.Clients.find((c) => c.clientId === "12873");
      expect(first?.name).toBe("12873");
      expect(r.issues.filter((i) => i.code === "import.name-from-number")).toHaveLength(1);
      expect(r.summary.rejected).toBe(0);
    });
  }

  it("forced with --map, every row is kept under its number", () => {
    const rows: SourceCell[][] = [
      ["用户号", "业务品牌", "机顶盒编号"],
      ...NUMBERS.map((n, i) => [n, "互动电视", String(10001 + i)]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)], { mapping: { "Sheet1!*": "Clients" } });
    expect(r.records.Clients).toHaveLength(8);
    expect(r.records.Clients.map((c) => c.name)).toEqual(expect.arrayContaining(NUMBERS));
  });

  it("a row without its number names no one and is rejected", () => {
    const rows = VARIANTS[0][1].map((row, i) => (i === 3 ? ["", ...row.slice(1)] : row));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients).toHaveLength(7);
    expect(r.summary.rejected).toBe(1);
  });

  it("reads a GBK-free CSV the same way", async () => {
    const text = VARIANTS[0][1].map((row) => row.join(",")).join("\n");
    const book = await readSourceBytes(new TextEncoder().encode(text), { fileName: "users.csv" });
    const r = importWorkbook(book.sheets);
    expect(r.records.Clients).toHaveLength(8);
  });

  it("a row serial is no party's number", () => {
    const rows: SourceCell[][] = [
      ["序号", "套餐", "入网时间"],
      ...NUMBERS.map((_, i) => [String(i + 1), "普通套餐", JOINED[i]]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients).toHaveLength(0);
  });

  it.each([
    ["English", ["CustomerID", "Age", "Gender", "Region"], ["Male", "Female"]],
    ["简体", ["客户编号", "年龄", "性别", "地区"], ["男", "女"]],
    ["繁體", ["客戶編號", "年齡", "性別", "地區"], ["男", "女"]],
  ])(
    "%s: customers numbered 1, 2, 3 … under a header that is exactly the client's number are named by it",
    (_label, header, sexes) => {
      const rows: SourceCell[][] = [
        header,
        ...NUMBERS.map((_, i) => [String(i + 1), String(30 + i), sexes[i % 2], `Town ${i % 3}`]),
      ];
      const r = importWorkbook([sheet("Customers", rows)]);
      expect(r.records.Clients).toHaveLength(8);
      expect(r.records.Clients.map((c) => c.name)).toEqual(NUMBERS.map((_, i) => String(i + 1)));
      expect(r.summary.rejected).toBe(0);
    }
  );

  it("a number repeated down a log is no list of parties", () => {
    const rows: SourceCell[][] = [
      ["用户号", "套餐", "变更时间"],
      ...NUMBERS.map((_, i) => [NUMBERS[i % 3], "普通套餐", JOINED[i]]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients).toHaveLength(0);
  });

  it("a log whose name column is mostly blank stays out as unsure", () => {
    const rows: SourceCell[][] = [
      ["Date", "Name", "Telephone", "Topic", "Operator"],
      ...Array.from({ length: 14 }, (_, i) => [
        `2026-03-${String(i + 1).padStart(2, "0")}`,
        i === 0 ? "Dana Moss" : "",
        1,
        ["Survey copy", "Title question", "Boundary"][i % 3],
        ["Kim", "Lee"][i % 2],
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
  });
});
