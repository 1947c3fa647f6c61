/**
 * A workbook holding only header rows (an import template, a log not yet written to) imports
 * nothing, but a person opens it to see how its columns would be read and to save that mapping for
 * the filled copy: each header-only table that reads as a register sheet shows that sheet and its
 * column mapping, with "no rows" as its outcome and one line saying nothing was imported. Beside a
 * table holding rows, an empty sheet is only left out.
 */
import { importWorkbook, previewMapping } from "../../src/importer";
import {
  mappingFileOf,
  mappingLines,
  overridesFromMappingFile,
} from "../../src/importer/mapping-file";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const TEMPLATES: [string, string[], string, Record<string, string>][] = [
  [
    "简体 保单导入模板",
    ["投保人姓名", "保单号", "险种名称", "保险公司", "生效日期", "保费", "备注说明"],
    "Insurance",
    { 保单号: "policyNo", 保险公司: "insurer", 生效日期: "startDate", 保费: "annualPremium" },
  ],
  [
    "繁體 拜訪紀錄範本",
    ["拜訪日期", "客戶名稱", "拜訪方式", "談話重點", "下次追蹤日"],
    "Visits",
    { 拜訪日期: "visitOn", 拜訪方式: "method", 談話重點: "keyPoints" },
  ],
  [
    "English client import template",
    ["Client Name", "Mobile", "Email", "Date of Birth", "Address", "Remarks"],
    "Clients",
    { "Client Name": "name", Mobile: "phone", Email: "email", "Date of Birth": "birthday" },
  ],
];

const CLIENTS: SourceCell[][] = [
  ["姓名", "手機", "生日"],
  ["陳怡君", "0912-345-678", "1985/03/02"],
  ["林志豪", "0922-111-333", "1990/11/20"],
  ["黃美華", "0933-222-444", "1978/07/15"],
];

describe("a workbook of header-only tables (a template)", () => {
  for (const [label, header, registerSheet, fields] of TEMPLATES) {
    it(`shows the sheet it would feed and its column mapping (${label})`, () => {
      const r = importWorkbook([sheet("模板", [header])]);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe(registerSheet);
      expect(m.kind).toBe("empty");
      expect(m.decision?.outcome).toBe("no-rows");
      for (const [h, field] of Object.entries(fields))
        expect(m.columns.find((c) => c.header === h)?.field).toBe(field);
      expect(r.summary.imported).toBe(0);
      expect(Object.values(r.records).every((list) => list.length === 0)).toBe(true);
      expect(r.issues.filter((i) => i.code === "import.no-data-rows")).toHaveLength(1);
      expect(r.issues.find((i) => i.code === "import.no-data-rows")?.severity).toBe("error");
    });
  }

  it("the preview shows the same mapping", () => {
    const [, header, registerSheet] = TEMPLATES[0];
    expect(previewMapping([sheet("模板", [header])])[0].registerSheet).toBe(registerSheet);
  });

  it("says so in the printed mapping, in English, 简体 and 繁體", () => {
    const r = importWorkbook([sheet("Template", [TEMPLATES[2][1]])]);
    const first = (lang: "en" | "zh-CN" | "zh-TW") => mappingLines(r.mappings, lang)[0];
    expect(first("en")).toMatch(/^Template → Clients .*no data rows/);
    expect(first("zh-CN")).toContain("表头下没有数据行");
    expect(first("zh-TW")).toContain("標題下沒有資料列");
    expect(mappingLines(r.mappings, "en")).toContain("  A Client Name → name 1.00");
  });

  it("its saved mapping reads the filled workbook of the same layout", () => {
    const header = TEMPLATES[0][1];
    const template = importWorkbook([sheet("模板", [header])]);
    const file = mappingFileOf(template.mappings);
    expect(file.sheets[0].registerSheet).toBe("Insurance");
    const filled = [
      sheet("保单", [
        header,
        ["王建国", "P2024001", "平安福终身寿险", "平安人寿", "2024-03-01", "12000", ""],
        ["李秀英", "P2024002", "安心重疾险", "国寿", "2024-05-12", "8000", "续保"],
      ]),
    ];
    const layouts = new Map(previewMapping(filled).map((m) => [m.sheet, m.layout]));
    const mapping = overridesFromMappingFile(file, filled, (s) => layouts.get(s));
    const r = importWorkbook(filled, { mapping });
    expect(r.records.Insurance).toHaveLength(2);
    expect(r.records.Insurance[0]).toMatchObject({ policyNo: "P2024001", insurer: "平安人寿" });
    expect(r.issues.some((i) => i.code === "import.no-data-rows")).toBe(false);
  });

  it("beside a table holding rows, an empty sheet is only left out", () => {
    const r = importWorkbook([sheet("clients", CLIENTS), sheet("log", [TEMPLATES[1][1]])]);
    const log = r.mappings.find((m) => m.sheet === "log");
    expect(log?.registerSheet).toBeNull();
    expect(log?.decision?.outcome).toBe("not-data");
    expect(r.records.Clients).toHaveLength(3);
    expect(r.issues.some((i) => i.code === "import.no-data-rows")).toBe(false);
  });

  it("headers that read as no register sheet stay without one", () => {
    const r = importWorkbook([sheet("Sheet1", [["time", "member_id", "action", "message"]])]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.issues.some((i) => i.code === "import.no-data-rows")).toBe(false);
  });

  it("a sheet the person leaves out stays out", () => {
    const r = importWorkbook([sheet("模板", [TEMPLATES[0][1]])], { mapping: { "模板!*": "-" } });
    expect(r.mappings[0].registerSheet).toBeNull();
  });
});
