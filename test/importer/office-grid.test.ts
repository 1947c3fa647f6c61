import { importWorkbook } from "../../src/importer";
import {
  isDateFormat,
  officeSheetBuilder,
  sourceSheetFromOfficeGrid,
  topLeftOf,
} from "../../src/importer/office-grid";

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
    // Above and left of the used range: holes, which the importer reads as empty.
    expect(0 in s.rows || 1 in s.rows).toBe(false);
    expect(0 in s.rows[2] || 0 in s.rows[3]).toBe(false);
    expect(s.rows[2].slice(1)).toEqual(["客户名称", "生日", "年消费"]);
    expect(s.rows[3].slice(1)).toEqual([
      "张三",
      new Date(Date.UTC(1985, 4, 15)),
      { error: "#N/A" },
    ]);
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

  it("builds a sheet from parts read apart: each lands at its address, nothing in between", () => {
    const built = officeSheetBuilder("客户", "客户!A1:XFD1048576");
    built.add(
      [
        ["客户名称", "电话"],
        ["张三", ""],
      ],
      undefined,
      { address: "客户!A1:B3", start: 0 }
    );
    built.add([["李四", "139"]], undefined, { address: "客户!A1:B3", start: 2 });
    built.add([["x"]], undefined, { address: "客户!XFD1048576", start: 0 });
    const rows = built.sheet.rows;
    expect(rows).toHaveLength(1_048_576);
    expect(Object.keys(rows)).toEqual(["0", "1", "2", "1048575"]);
    expect(rows[1]).toEqual(["张三", null]);
    expect(rows[2]).toEqual(["李四", "139"]);
    expect(Object.keys(rows[1_048_575])).toEqual(["16383"]);
    expect(rows[1_048_575][16_383]).toBe("x");
  });

  it("reads the top-left cell of an address", () => {
    expect(topLeftOf("'My sheet'!$C$7:$F$9")).toEqual({ row: 7, col: 3 });
    expect(topLeftOf(undefined)).toEqual({ row: 1, col: 1 });
  });
});
