/**
 * A table about the workbook itself is no register data: a macro's settings naming the call
 * list's columns by their headings and cells, a field list explaining another sheet's headings.
 * Told from records by what its column names: parts of the same workbook, each once.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const CUSTOMERS_EN: SourceCell[][] = [
  ["Contact", "Phone", "E-Mail", "Company"],
  ["Ivor Underhill", "(415) 555-0178", "ivor@zendyne.test", "Zendyne"],
  ["Luanne Ostrander", "(970) 555-0128", "luanne@canco.test", "Canco"],
  ["Marta Quist", "(303) 555-0199", "marta@quist.test", "Quist Ltd"],
  ["Owen Hale", "(212) 555-0144", "owen@halebros.test", "Hale Bros"],
];

const CUSTOMERS_ZH_CN: SourceCell[][] = [
  ["客户名称", "联系电话", "地址", "负责人"],
  ["华东机电有限公司", "13812345678", "上海市浦东新区张江路100号", "王芳"],
  ["华南贸易有限公司", "13912345678", "广州市天河区体育西路20号", "李强"],
  ["北方物流有限公司", "13712345678", "天津市河西区友谊路8号", "张伟"],
];

const CUSTOMERS_ZH_TW: SourceCell[][] = [
  ["客戶名稱", "電話", "地址", "業務員"],
  ["宏遠紡織股份有限公司", "0912345678", "台北市信義區松仁路100號", "林美華"],
  ["大同貿易有限公司", "0922345678", "新北市板橋區文化路1段20號", "陳志明"],
  ["永豐食品有限公司", "0932345678", "台中市西屯區台灣大道3段99號", "黃淑芬"],
];

describe("a table about the workbook itself", () => {
  it.each([
    [
      "en: a macro's titles for the call list's cells",
      sheet("Customers", CUSTOMERS_EN),
      sheet("Setup", [
        ["Cell", "Title", "Width"],
        ["B2", "Contact", 24],
        ["C2", "Phone", 16],
        ["D2", "E-Mail", 30],
        ["E2", "Company", 20],
      ]),
      4,
    ],
    [
      "zh-CN: the ranges a macro reads each column from",
      sheet("客户", CUSTOMERS_ZH_CN),
      sheet("配置", [
        ["字段", "单元格范围", "列宽"],
        ["客户名称", "A2:A200", 24],
        ["联系电话", "B2:B200", 16],
        ["地址", "C2:C200", 40],
        ["负责人", "D2:D200", 12],
      ]),
      3,
    ],
    [
      "zh-TW: a field list explaining the headings",
      sheet("客戶", CUSTOMERS_ZH_TW),
      sheet("欄位說明", [
        ["欄位", "說明", "範例"],
        ["客戶名稱", "公司登記的全名", "宏遠紡織股份有限公司"],
        ["電話", "聯絡用的手機或市話", "0912345678"],
        ["地址", "公司登記地址", "台北市信義區松仁路100號"],
        ["業務員", "負責的業務同仁", "林美華"],
      ]),
      3,
    ],
  ])("sets aside %s and imports the list", (_, list, helper, clients) => {
    const r = importWorkbook([list, helper]);
    expect(readAs(r, list.name)).toBe("Clients");
    expect(readAs(r, helper.name)).toBeNull();
    expect(r.records.Clients).toHaveLength(clients);
    const m = r.mappings.find((x) => x.sheet === helper.name);
    expect(m?.reasonCoded?.code).toBe("sheet.why.workbook-parts");
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const text = renderMessage(m!.reasonCoded!.code, m!.reasonCoded!.params, lang);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      expect(text).not.toContain("sheet.why");
    }
  });

  it("keeps a client list whose product column repeats the words another sheet heads its figures with", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["Name", "Phone", "Product"],
        ["Ann Lee", "0412 345 678", "Savings"],
        ["Bob Tan", "0413 345 678", "Loan"],
        ["Cara Wu", "0414 345 678", "Savings"],
        ["Dan Ng", "0415 345 678", "Card"],
      ]),
      sheet("Summary", [
        ["Branch", "Savings", "Loan", "Card"],
        ["North", 12, 4, 7],
        ["South", 9, 6, 3],
      ]),
    ]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(4);
  });

  it("keeps a guest list whose table numbers look like cells (B2, C4)", () => {
    const r = importWorkbook([
      sheet("Guests", [
        ["Name", "Mobile", "Table"],
        ["Ann Lee", "0412 345 678", "B2"],
        ["Bob Tan", "0413 345 678", "C4"],
        ["Cara Wu", "0414 345 678", "D1"],
      ]),
      sheet("Clients", CUSTOMERS_EN),
    ]);
    expect(r.mappings.find((m) => m.sheet === "Guests")?.reasonCoded?.code).not.toBe(
      "sheet.why.workbook-parts"
    );
  });

  it("keeps a log whose stray figures are the figures a dashboard shows (40, 3, 8)", () => {
    const log: SourceCell[][] = [
      ["Complaint_ID", "Customer_Name", "Complaint_Type", "Complaint_Date", "Complaint_Status"],
    ];
    ["Kavya Bedi", "Simar Bedi", "Aarav Khanna", "Meera Arora"].forEach((name, i) =>
      log.push([
        2001 + i,
        name,
        "Payment Issue",
        `2025-01-0${i + 1}`,
        "Closed",
        null,
        [40, 3, 8][i] ?? null,
      ])
    );
    const r = importWorkbook([
      sheet("Complaints_Data", log),
      sheet("Dashboard", [
        [],
        [null, "Total Complaints", 40, null, "Average Rating", 3, "Max Days", 8],
      ]),
    ]);
    expect(readAs(r, "Complaints_Data")).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(4);
  });
});
