import { importWorkbook } from "../../src/importer";
import { isDateFormat, sourceSheetFromOfficeGrid, topLeftOf } from "../../src/importer/office-grid";

describe("sourceSheetFromOfficeGrid", () => {
  it("places the used range at its address and reads blanks, errors and date-formatted serials", () => {
    const s = sourceSheetFromOfficeGrid({
      name: "客户",
      address: "客户!B3:D4",
      values: [
        ["客户名称", "生日", "年消费"],
        ["张三", 31182, "#N/A"],
      ],
      numberFormats: [
        ["General", "General", "General"],
        ["@", "yyyy-mm-dd", "0.00"],
      ],
    });
    expect(s.rows).toHaveLength(4);
    expect(s.rows[0]).toEqual([]);
    expect(s.rows[2]).toEqual([null, "客户名称", "生日", "年消费"]);
    expect(s.rows[3]).toEqual([null, "张三", new Date(Date.UTC(1985, 4, 15)), { error: "#N/A" }]);
  });

  it("feeds the importer like a file would", () => {
    const s = sourceSheetFromOfficeGrid({
      name: "Clients",
      address: "Clients!A1:B2",
      values: [
        ["Name", "Phone"],
        ["Ann", ""],
      ],
    });
    expect(importWorkbook([s]).records.Clients[0]).toMatchObject({
      name: "Ann",
      phone: null,
      clientId: "C-0001",
    });
  });

  it.each([
    ["yyyy-mm-dd", true],
    ["m/d/yyyy", true],
    ['[$-zh-CN]yyyy"年"m"月"d"日"', true],
    ["mmm-yy", true],
    ["General", false],
    ["#,##0.00", false],
    ["0%", false],
    ["h:mm", false],
    ['"day" 0', false],
  ])("isDateFormat(%s) is %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it("reads the top-left cell of an address", () => {
    expect(topLeftOf("'My sheet'!$C$7:$F$9")).toEqual({ row: 7, col: 3 });
    expect(topLeftOf(undefined)).toEqual({ row: 1, col: 1 });
  });
});
