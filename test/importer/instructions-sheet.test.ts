/**
 * An instructions sheet (填写说明, 填寫說明, Instructions) lists the fields of a template one per row
 * with a column saying whether each must be filled — 必填 / 选填, Required / Optional, or yes / no
 * under 是否必填 / Required — and what to write. Its rows describe the data, they are none of it:
 * not imported, said why, whatever its words sound like.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const DATA: SourceCell[][] = [
  ["客户名称", "联系电话", "拜访日期", "拜访方式"],
  ["必填", "选填", "必填，格式 yyyy-mm-dd", "选填"],
  ["上海晨光贸易有限公司", "021-55550001", "2026-03-02", "上门"],
  ["杭州远扬科技有限公司", "0571-55550002", "2026-03-05", "电话"],
  ["南京青禾设计有限公司", "025-55550003", "2026-03-09", "上门"],
];

const GUIDES: [string, string, SourceCell[][]][] = [
  [
    "简体 必填/选填",
    "填写说明",
    [
      ["字段", "是否必填", "格式 / 有效值", "说明"],
      ["客户名称", "必填", "任意文本", "客户全称"],
      ["联系电话", "选填", "手机或座机", "可为空"],
      ["拜访日期", "必填", "YYYY-MM-DD", "实际拜访的日期"],
      ["拜访方式", "选填", "上门 / 电话 / 视频", "从下拉选择"],
      ["备注", "选填", "任意文本", "可为空"],
    ],
  ],
  [
    "繁體 是/否",
    "說明",
    [
      ["欄位名稱", "必填", "說明", "範例"],
      ["客戶名稱", "是", "客戶的全名", "晨光貿易股份有限公司"],
      ["聯絡電話", "否", "手機或市話", "02-2555-0001"],
      ["拜訪日期", "是", "民國或西元日期", "115/03/02"],
      ["拜訪方式", "否", "親訪、電話或視訊", "親訪"],
    ],
  ],
  [
    "English Required/Optional, another column order",
    "Read me",
    [
      ["Description", "Column", "Status"],
      ["The client's full legal name", "Client Name", "Required"],
      ["Mobile or landline", "Phone", "Optional"],
      ["The day of the visit", "Visit Date", "Required"],
      ["Visit, call or video", "Method", "Optional"],
      ["Anything else", "Notes", "Optional"],
    ],
  ],
  [
    "English Yes/No under Required",
    "Sheet2",
    [
      ["Field", "Required", "Notes"],
      ["Client Name", "Yes", "As on the contract"],
      ["Phone", "No", "Any format"],
      ["Visit Date", "Yes", "DD/MM/YYYY"],
      ["Method", "No", "Visit, Call or Video"],
    ],
  ],
  [
    "简体 是/否, the explanation first and the field name in the middle",
    "填表须知",
    [
      ["说明", "字段", "是否必填"],
      ["公司全称，与营业执照一致", "客户名称", "是"],
      ["手机或座机均可", "联系电话", "否"],
      ["实际拜访当天", "拜访日期", "是"],
      ["上门、电话或视频", "拜访方式", "否"],
    ],
  ],
  [
    "English Y/N under Mandatory, four columns",
    "Guide",
    [
      ["Column", "Mandatory", "Format", "Example"],
      ["Account Name", "Y", "Text", "Harbour Joinery Ltd"],
      ["Mobile", "N", "Digits", "+1 212 555 0101"],
      ["Email", "N", "name@domain", "ops@harbour.example"],
      ["Date of Visit", "Y", "YYYY-MM-DD", "2026-03-02"],
    ],
  ],
];

describe("an instructions sheet beside the data", () => {
  for (const [label, name, rows] of GUIDES) {
    it(`is not imported (${label})`, () => {
      const r = importWorkbook([sheet("数据", DATA), sheet(name, rows)]);
      const guide = r.mappings.find((m) => m.sheet === name);
      expect(guide?.registerSheet).toBeNull();
      expect(guide?.kind).toBe("instructions");
      expect(r.records.Clients.map((c) => c.name)).not.toContain("客户名称");
      expect(r.records.Clients.map((c) => c.name)).not.toContain("Client Name");
      expect(r.records.Clients.map((c) => c.name)).not.toContain("客戶名稱");
      expect(r.mappings.find((m) => m.sheet === "数据")?.registerSheet).not.toBeNull();
    });
  }

  it("says why in English, 简体 and 繁體", () => {
    const r = importWorkbook([sheet("数据", DATA), sheet("填写说明", GUIDES[0][2])]);
    const line = (lang: "en" | "zh-CN" | "zh-TW") =>
      mappingLines(r.mappings, lang).find((l) => l.startsWith("填写说明")) ?? "";
    expect(line("en")).toContain("required or optional");
    expect(line("zh-CN")).toContain("必填或选填");
    expect(line("zh-TW")).toContain("必填或選填");
  });

  it("a client list with a yes/no column under Required stays a client list", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Phone", "Required"],
      ["Harbour Joinery Ltd", "+1 212 555 0101", "Yes"],
      ["Northgate Builders Inc", "+1 212 555 0102", "No"],
      ["Bluefield Design LLC", "+1 212 555 0103", "Yes"],
      ["Crestline Supplies Ltd", "+1 212 555 0104", "No"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(4);
  });

  it("--map still forces it in", () => {
    const r = importWorkbook([sheet("填写说明", GUIDES[0][2])], {
      mapping: { "填写说明!*": "Clients" },
    });
    expect(r.mappings[0].registerSheet).toBe("Clients");
  });
});
