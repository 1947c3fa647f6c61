import { importWorkbook } from "../../src/importer";
import {
  dateSystemShown,
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

describe("dateSystemShown", () => {
  // Serial 45000 is 2023-03-15 counted from 1900 and 2027-03-16 counted from 1904.
  it("tells the 1900 system from the text Excel shows, in any date format", () => {
    expect(dateSystemShown([{ serial: 45000, text: "2023-03-15" }])).toBe("1900");
    expect(dateSystemShown([{ serial: 45000, text: "3/15/23" }])).toBe("1900");
    expect(dateSystemShown([{ serial: 45000, text: "2023年3月15日" }])).toBe("1900");
    expect(dateSystemShown([{ serial: 45000, text: "112/3/15" }])).toBe("1900"); // ROC year
  });

  it("tells the 1904 system", () => {
    expect(dateSystemShown([{ serial: 45000, text: "2027-03-16" }])).toBe("1904");
    expect(dateSystemShown([{ serial: 45000, text: "16-Mar-27" }])).toBe("1904");
    expect(dateSystemShown([{ serial: 45000, text: "116年3月16日" }])).toBe("1904");
  });

  it("a two-digit year that both readings could show is settled by the day", () => {
    // 43547 is 2019-03-23 from 1900 and 2023-03-24 from 1904: "23" is a year of one and a day of the other.
    expect(dateSystemShown([{ serial: 43547, text: "3/23/19" }])).toBe("1900");
    expect(dateSystemShown([{ serial: 43547, text: "3/24/23" }])).toBe("1904");
  });

  it("says nothing when the texts do not tell", () => {
    expect(dateSystemShown([])).toBeUndefined();
    expect(dateSystemShown([{ serial: 45000, text: "########" }])).toBeUndefined();
    expect(
      dateSystemShown([
        { serial: 45000, text: "2023-03-15" },
        { serial: 45000, text: "2027-03-16" },
      ])
    ).toBeUndefined();
  });
});

describe("officeSheetBuilder's dates", () => {
  it("keeps a few date cells that show a year, where they are, and re-reads its dates from 1904", () => {
    const builder = officeSheetBuilder("Clients", "Clients!B2:D4");
    builder.add(
      [
        ["Name", "Born", "Met"],
        ["Ann", 31182, 45000],
        ["Bo", 31183, 45001],
      ],
      [
        ["General", "General", "General"],
        ["General", "yyyy-mm-dd", "mmm d"],
        ["General", "d/m/yyyy", "mmm d"],
      ]
    );
    // "mmm d" shows no year, so those cells cannot tell the date system.
    expect(builder.dateSamples).toEqual([
      { address: "C3", serial: 31182 },
      { address: "C4", serial: 31183 },
    ]);
    expect(builder.sheet.rows[2][2]).toEqual(new Date(Date.UTC(1985, 4, 15)));
    builder.useDate1904();
    expect(builder.sheet.rows[2][2]).toEqual(new Date(Date.UTC(1989, 4, 16)));
    expect(builder.sheet.rows[2][3]).toEqual(new Date(Date.UTC(2027, 2, 16)));
    expect(builder.sheet.rows[2][1]).toBe("Ann");
  });
});
