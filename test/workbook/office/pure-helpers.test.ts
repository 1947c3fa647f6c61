import fc from "fast-check";
import { sheetDef } from "../../../src/register/sheets";
import {
  blockAddress,
  columnIndex,
  columnLetter,
  columnWidthPoints,
  isoToSerial,
  needsTextFormat,
  parseAddress,
  quoteSheetName,
  serialToIso,
  utf8Length,
} from "../../../src/workbook/office/cells";
import { OversizedRowError, splitIntoChunks } from "../../../src/workbook/office/chunks";
import { freeSheetName } from "../../../src/workbook/office/decide";
import { renameSheetRefs, rewriteStructuredRefs } from "../../../src/workbook/office/formula-refs";
import {
  detectHeaderLang,
  headerForNewColumn,
  headerMatchesColumn,
} from "../../../src/workbook/office/headers";
import { fromExcelValue } from "../../../src/workbook/office/record-values";

describe("Excel date serials", () => {
  it("match known serials, including the days around Excel's phantom 1900-02-29", () => {
    expect(isoToSerial("1985-05-15")).toBe(31182);
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-02-28")).toBe(59);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("1970-01-01")).toBe(25569);
    expect(serialToIso(31182)).toBe("1985-05-15");
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(60)).toBeUndefined();
    expect(serialToIso(31182.75)).toBe("1985-05-15");
  });

  it("refuse text that is no calendar date", () => {
    for (const text of ["2023-02-29", "2024-13-01", "1899-12-31", "15/05/1985", "1985-5-15", ""])
      expect(isoToSerial(text)).toBeUndefined();
    for (const serial of [0, -3, Number.NaN, 3_000_000])
      expect(serialToIso(serial)).toBeUndefined();
  });

  it("round-trip every date from 1900-03-01 to 9999-12-31", () => {
    const first = Date.UTC(1900, 2, 1);
    const last = Date.UTC(9999, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (last - first) / 86_400_000 }), (days) => {
        const iso = new Date(first + days * 86_400_000).toISOString().slice(0, 10);
        const serial = isoToSerial(iso);
        return serial === 61 + days && serialToIso(serial) === iso;
      })
    );
  });
});

describe("sizes and addresses", () => {
  it("counts UTF-8 bytes exactly like Node does", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary" }),
        (text) => utf8Length(text) === Buffer.byteLength(text, "utf8")
      )
    );
    expect(utf8Length("客户")).toBe(6);
    expect(utf8Length("😀")).toBe(4);
  });

  it("converts column letters both ways", () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16_383 }), (i) => columnIndex(columnLetter(i)) === i)
    );
  });

  it("parses the addresses Excel returns", () => {
    expect(parseAddress("'Clients (2)'!A2:T100001")).toEqual({
      sheet: "Clients (2)",
      block: { row: 1, column: 0, rows: 100_000, columns: 20 },
    });
    expect(parseAddress("Data!$B$3")).toEqual({
      sheet: "Data",
      block: { row: 2, column: 1, rows: 1, columns: 1 },
    });
    expect(parseAddress("'It''s'!C:D").block).toEqual({
      row: 0,
      column: 2,
      rows: 1_048_576,
      columns: 2,
    });
    expect(parseAddress("'It''s'!C:D").sheet).toBe("It's");
    expect(blockAddress({ row: 1, column: 2, rows: 3, columns: 2 })).toBe("C2:D4");
    expect(blockAddress({ row: 0, column: 0, rows: 1, columns: 1 })).toBe("A1");
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheetName("Settings")).toBe("Settings");
    expect(quoteSheetName("Clients (2)")).toBe("'Clients (2)'");
    expect(quoteSheetName("A1")).toBe("'A1'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });

  it("turns character widths into points (Excel's default 8.43 characters is 48 pt)", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1);
    expect(columnWidthPoints(10)).toBeCloseTo(56.25);
  });

  it("knows which strings Excel would not keep as typed", () => {
    for (const text of [
      "=1+1",
      "+86 138",
      "-5",
      "@x",
      " =x",
      "00123",
      "1,12",
      "3/4",
      "50%",
      "TRUE",
      "2024-01-05",
    ])
      expect(needsTextFormat(text)).toBe(true);
    for (const text of ["", "Li Lei", "CNY", "zh-CN", "high", "A"])
      expect(needsTextFormat(text)).toBe(false);
  });
});

describe("splitIntoChunks", () => {
  const limits = { maxRows: 4, maxBytes: 100, fixedBytes: 10 };

  it("covers every row once, in order, within the row and byte limits", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 60 }), (sizes) => {
        const chunks = splitIntoChunks(sizes, limits);
        let next = 0;
        for (const chunk of chunks) {
          if (chunk.start !== next || chunk.count < 1 || chunk.count > limits.maxRows) return false;
          const bytes =
            limits.fixedBytes +
            sizes.slice(chunk.start, chunk.start + chunk.count).reduce((a, b) => a + b, 0);
          if (bytes !== chunk.bytes || bytes > limits.maxBytes) return false;
          next += chunk.count;
        }
        return next === sizes.length;
      })
    );
  });

  it("fills chunks greedily", () => {
    expect(splitIntoChunks([30, 30, 30, 30, 30], limits).map((c) => c.count)).toEqual([3, 2]);
    expect(splitIntoChunks([1, 1, 1, 1, 1, 1], limits).map((c) => c.count)).toEqual([4, 2]);
    expect(splitIntoChunks([], limits)).toEqual([]);
  });

  it("names the row that can never fit", () => {
    expect(() => splitIntoChunks([5, 95, 5], limits)).toThrow(OversizedRowError);
    expect(() => splitIntoChunks([5, 95, 5], limits)).toThrow(/^Row 2 needs about/);
  });
});

describe("freeSheetName", () => {
  it("adds the first free suffix and stays within 31 characters", () => {
    expect(freeSheetName("Clients", new Set(["clients", "clients (2)"]))).toBe("Clients (3)");
    const long = "A".repeat(31);
    const name = freeSheetName(long, new Set([long.toLowerCase()]));
    expect(name).toBe(`${"A".repeat(27)} (2)`);
    expect(name.length).toBe(31);
  });
});

describe("formula references", () => {
  it("re-points sheet references at renamed sheets, quoted or not", () => {
    const renames = new Map([["Clients", "Clients (2)"]]);
    expect(renameSheetRefs("Clients!$A$2:$A$9", renames)).toBe("'Clients (2)'!$A$2:$A$9");
    expect(renameSheetRefs("SUM('Clients'!A1,MyClients!A1)", renames)).toBe(
      "SUM('Clients (2)'!A1,MyClients!A1)"
    );
    expect(renameSheetRefs("客户!A1", new Map([["客户", "客户 (2)"]]))).toBe("'客户 (2)'!A1");
  });

  it("renames columns inside structured references of the mapped tables only", () => {
    const maps = new Map([
      [
        "tblclients",
        new Map([
          ["Annual revenue", "年收入贡献"],
          ["Client ID", "客户编号"],
          ["A [x]", "B#1"],
        ]),
      ],
    ]);
    expect(
      rewriteStructuredRefs(
        "INDEX(tblClients[[Annual revenue]],MATCH(tblTiers[[#This Row],[Client ID]],tblClients[[Client ID]],0))",
        maps
      )
    ).toBe(
      "INDEX(tblClients[[年收入贡献]],MATCH(tblTiers[[#This Row],[Client ID]],tblClients[[客户编号]],0))"
    );
    expect(
      rewriteStructuredRefs("tblClients[[#This Row],[Annual revenue]:[Client ID]]", maps)
    ).toBe("tblClients[[#This Row],[年收入贡献]:[客户编号]]");
    expect(rewriteStructuredRefs("tblClients[Client ID]", maps)).toBe("tblClients[客户编号]");
    expect(rewriteStructuredRefs("tblClients[[A '[x']]]", maps)).toBe("tblClients[[B'#1]]");
    expect(rewriteStructuredRefs('IF(A1="tblClients[Client ID]",1,0)', maps)).toBe(
      'IF(A1="tblClients[Client ID]",1,0)'
    );
    expect(rewriteStructuredRefs("xtblClients[Client ID]", maps)).toBe("xtblClients[Client ID]");
  });
});

describe("headers", () => {
  const clients = sheetDef("Clients");
  const kind = { key: "kind", header: "Client type", type: "enum" as const, width: 14 };

  it("detects the language of a table's headers", () => {
    expect(detectHeaderLang("Clients", ["客户编号", "客户名称", "电话"])).toBe("zh-CN");
    expect(detectHeaderLang("Clients", ["客戶編號", "客戶名稱", "電話"])).toBe("zh-TW");
    expect(detectHeaderLang("Clients", ["Client ID", "Name"])).toBe("en");
    expect(detectHeaderLang("Clients", ["foo"])).toBeUndefined();
  });

  it("recognises a column under any of its spellings", () => {
    expect(headerMatchesColumn("Clients", "客户类型", kind)).toBe(true);
    expect(headerMatchesColumn("Clients", "Customer Type", kind)).toBe(true);
    expect(headerMatchesColumn("Clients", "kind", kind)).toBe(true);
    expect(headerMatchesColumn("Clients", "Phone", kind)).toBe(false);
    expect(headerMatchesColumn(undefined, "client type", kind)).toBe(true);
  });

  it("names a new column in the table's language, never reusing a taken header", () => {
    expect(headerForNewColumn("Clients", kind, "zh-TW", new Set())).toBe(
      clients.fields.find((f) => f.key === "kind")?.label["zh-TW"]
    );
    expect(headerForNewColumn("Clients", kind, undefined, new Set())).toBe("Client type");
    expect(headerForNewColumn("Clients", kind, "en", new Set(["client type"]))).toBe(
      "Client type (kind)"
    );
  });
});

describe("fromExcelValue", () => {
  const field = (key: string) => {
    const found = sheetDef("Clients").fields.find((f) => f.key === key);
    if (!found) throw new Error(key);
    return found;
  };

  it("turns cells into register values by field type", () => {
    expect(fromExcelValue(field("birthday"), 31182)).toBe("1985-05-15");
    expect(fromExcelValue(field("birthday"), "1985-05-15")).toBe("1985-05-15");
    expect(fromExcelValue(field("birthday"), "next spring")).toBe("next spring");
    expect(fromExcelValue(field("kind"), "企业")).toBe("enterprise");
    expect(fromExcelValue(field("kind"), "Person")).toBe("person");
    expect(fromExcelValue(field("kind"), "alien")).toBe("alien");
    expect(fromExcelValue(field("married"), "是")).toBe(true);
    expect(fromExcelValue(field("married"), "FALSE")).toBe(false);
    expect(fromExcelValue(field("married"), true)).toBe(true);
    expect(fromExcelValue(field("annualRevenue"), "1200.5")).toBe(1200.5);
    expect(fromExcelValue(field("annualRevenue"), "1,12")).toBe("1,12");
    expect(fromExcelValue(field("phone"), 13912345678)).toBe("13912345678");
    expect(fromExcelValue(field("name"), "")).toBeNull();
    expect(fromExcelValue(undefined, 42)).toBe(42);
  });
});
