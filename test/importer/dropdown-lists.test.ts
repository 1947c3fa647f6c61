/**
 * A sheet of dropdown lists (a workbook's 字典 or Lists sheet): columns side by side, each its own
 * list of distinct words ending at its own row. Its rows join words that belong to nothing in
 * common, so it is not register data, in either language.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const clientsSheet = sheet("客户清单", [
  ["客户名称", "客户级别", "所属行业", "联系电话"],
  ["宁波东湖纺织有限公司", "甲", "纺织", "0574-55501234"],
  ["宁波北仑物流有限公司", "乙", "物流", "0574-55501235"],
  ["宁波江北建材有限公司", "甲", "建材", "0574-55501236"],
]);

describe("dropdown-list sheets", () => {
  it("a 字典 sheet of choice lists is left out, with its reason", () => {
    const lists = sheet("字典", [
      ["客户级别", "所属区县", "联系方式", "所属行业"],
      ["甲", "海曙区", "上门", "纺织"],
      ["乙", "江北区", "电话", "物流"],
      ["丙", "北仑区", "短信", "建材"],
      [null, "镇海区", null, "化工"],
      [null, "鄞州区", null, "港口"],
      [null, "奉化区", null, "零售"],
      [null, null, null, "餐饮"],
    ]);
    const r = importWorkbook([clientsSheet, lists]);
    const dictionary = r.mappings.find((m) => m.sheet === "字典");
    expect(dictionary?.registerSheet).toBeNull();
    expect(dictionary?.reasonCoded?.code).toBe("sheet.why.dropdown-lists");
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "宁波东湖纺织有限公司",
      "宁波北仑物流有限公司",
      "宁波江北建材有限公司",
    ]);
    expect(r.summary.rejected).toBe(0);
  });

  it("an English Lists sheet is left out the same way", () => {
    const lists = sheet("Lists", [
      ["Segment", "Channel", "Result", "Industry"],
      ["Gold", "Visit", "Won", "Shipping"],
      ["Silver", "Call", "Lost", "Retail"],
      ["Bronze", "Email", null, "Banking"],
      [null, "Video call", null, "Mining"],
      [null, null, null, "Textiles"],
    ]);
    const r = importWorkbook([lists]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
  });

  it("a list typed by hand holding one choice twice is still a list of choices", () => {
    const lists = sheet("Medical", [
      ["speciality", null, "institution", null, "grade", null, "status"],
      ["CARDIOLOGY", null, "CLINIC", null, "ASSISTANT", null, "Public"],
      ["DERMATOLOGY", null, "HOSPITAL", null, "RESIDENT", null, "Private"],
      ["GYNECOLOGY", null, "HEALTH CENTRE", null, "PROFESSOR", null, "Hospital"],
      ["NEUROLOGY", null, "PRIVATE PRACTICE", null, "SPECIALIST", null, null],
      ["PEDIATRICS", null, "GROUP PRACTICE", null, null, null, null],
      ["PSYCHIATRY", null, null, null, null, null, null],
      ["RADIOLOGY", null, null, null, null, null, null],
      ["PEDIATRICS", null, null, null, null, null, null],
      ["UROLOGY", null, null, null, null, null, null],
    ]);
    const r = importWorkbook([lists]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.dropdown-lists");
    expect(r.records.Clients).toHaveLength(0);
  });

  it("columns whose words come back row after row are records, not lists of choices", () => {
    const log = sheet("Calls", [
      ["Company", "Channel", "Result", "Follow-up"],
      ["Harbor Logistics Ltd", "Visit", "Won", "renewal"],
      ["Crestline Foods Ltd", "Call", "Lost", "new contact"],
      ["Northgate Textiles Ltd", "Call", "Won", "pricing"],
      ["Bayview Mining Ltd", "Visit", "Won", null],
      ["Summit Retail Ltd", "Call", null, null],
      ["Lakeside Hotels Ltd", "Visit", null, null],
    ]);
    const r = importWorkbook([log]);
    expect(r.mappings[0].reasonCoded?.code).not.toBe("sheet.why.dropdown-lists");
  });

  it("a client list whose later columns are filled for the first clients only is still a client list", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Industry", "Region", "Notes"],
      ["Harbor Logistics Ltd", "Shipping", "North", "renewal due"],
      ["Crestline Foods Ltd", "Food", "South", "new contact"],
      ["Northgate Textiles Ltd", "Textiles", "East", null],
      ["Bayview Mining Ltd", "Mining", null, null],
      ["Summit Retail Ltd", null, null, null],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(5);
  });
});
