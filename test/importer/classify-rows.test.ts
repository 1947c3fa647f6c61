import fc from "fast-check";
import {
  classifyRows,
  FoldMemo,
  isRepeatedHeader,
  isTotalLabel,
  type RowClassifierInput,
} from "../../src/importer/classify-rows";
import { matchForm } from "../../src/importer/header-match";
import type { ColumnMapping, SourceCell } from "../../src/importer/types";
import type { FieldType } from "../../src/register/types";
import { sheet } from "./helpers";

function mapping(index: number, header: string, field: string | null): ColumnMapping {
  return {
    index,
    letter: String.fromCharCode(64 + index),
    header,
    field,
    confidence: field ? 1 : 0,
    source: field ? "alias" : "none",
    samples: [],
  };
}

const HEADERS = ["序号", "客户名称", "联系人", "联系电话", "年消费"];
const MAPPINGS = [
  mapping(1, "序号", null),
  mapping(2, "客户名称", "name"),
  mapping(3, "联系人", "mainContact"),
  mapping(4, "联系电话", "phone"),
  mapping(5, "年消费", "annualRevenue"),
];
const TYPES: (FieldType | undefined)[] = [undefined, "text", "text", "phone", "money"];

function classify(rows: SourceCell[][], merges: string[] = []) {
  const input: RowClassifierInput = {
    sheet: sheet("客户", [HEADERS, ...rows], merges),
    firstDataRow: 2,
    lastDataRow: rows.length + 1,
    headerTexts: HEADERS,
    mappings: MAPPINGS,
    fieldTypes: TYPES,
    nameColumn: 1,
    keyColumns: [1, 0],
    personColumns: new Set([2, 3]),
    contactNameColumn: 2,
  };
  return classifyRows(input).map((r) => (r.continues ? `${r.kind}<${r.continues}` : r.kind));
}

describe("isTotalLabel", () => {
  it.each([
    "合计",
    "合 计",
    "合計：",
    "小计(北区)",
    "小計",
    "总计",
    "總計",
    "Total",
    "SUBTOTAL",
    "Grand Total:",
    "Sum",
    // Footers counting the rows (blind s8b: "共 43 筆" was rejected as a row without a name).
    "共 43 筆",
    "共43条",
    "合计 43 人",
    "總計：1,204 戶",
    "Total: 43 records",
    "Total 43 clients",
  ])("reads %s as a total label", (t) => {
    expect(isTotalLabel(t)).toBe(true);
  });
  it.each([
    "Total Petroleum Co",
    "合计3份保单",
    "总经理",
    "Summer",
    "共和五金行",
    "共 43 筆訂單待出貨",
    "Total 43 Holdings Ltd",
    12,
    null,
  ])("does not read %s as a total label", (t) => {
    expect(isTotalLabel(t)).toBe(false);
  });
});

describe("classifyRows", () => {
  it("tells data, blank, total, section and repeated header rows apart", () => {
    expect(
      classify([
        [1, "甲公司", "张三", "138", 10],
        [],
        ["以下为新客户"],
        [2, "乙公司", null, "139", 20],
        ["合计", null, null, null, 30],
        HEADERS,
        [3, "丙公司", null, null, 5],
      ])
    ).toEqual(["data", "blank", "section", "data", "total", "repeated-header", "data"]);
  });

  it("reads a lone text merged across the row as a section label, but a lone name as data", () => {
    expect(
      classify(
        [
          [null, "新客户组"],
          [null, "丁"],
        ],
        ["B2:E2"]
      )
    ).toEqual(["section", "data"]);
  });

  it("reads footnotes, placeholders and sentences standing alone in the name column as notes", () => {
    expect(
      classify([
        [1, "甲公司", "张三", "138", 10],
        [null, "※ 年消费单位：万元，数据截至去年底"],
        [null, "（新增）"],
        [null, "注：带*号为重点客户"],
        [null, "Source: CRM export"],
        [null, "请于月底前补全联系电话。"],
        [null, "[TBD]"],
      ])
    ).toEqual(["data", "note", "note", "note", "note", "note", "note"]);
  });

  it.each([
    "王小明",
    "Acme Logistics (HK) Ltd",
    "华为技术有限公司（深圳）",
    "O'Brien, Mary",
    "李四 Lee",
  ])("still reads a lone %s in the name column as a client", (name) => {
    expect(classify([[null, name]])).toEqual(["data"]);
  });

  it("reads a lone label in a number column as a section label", () => {
    expect(classify([[null, null, null, null, "Region North"]])).toEqual(["section"]);
  });

  it("links rows under a merged name cell to the client above", () => {
    expect(
      classify(
        [
          [1, "甲公司", "张三", "138", 10],
          [null, null, "李四", "139", null],
          [null, null, "王五", "137", null],
          [2, "乙公司", "赵六", "136", 5],
        ],
        ["B2:B4"]
      )
    ).toEqual(["data", "continuation<2", "continuation<2", "data"]);
  });

  it("links a row that only names another contact (name cell blank, not merged)", () => {
    expect(
      classify([
        [1, "甲公司", "张三", "138", 10],
        [null, null, "李四", "139", null],
      ])
    ).toEqual(["data", "continuation<2"]);
  });

  it("does not continue across a blank row or when company fields are filled", () => {
    expect(
      classify([[1, "甲公司", "张三", "138", 10], [], [null, null, "李四", "139", null]])
    ).toEqual(["data", "blank", "data"]);
    expect(
      classify([
        [1, "甲公司", "张三", "138", 10],
        [null, null, "李四", "139", 99],
      ])
    ).toEqual(["data", "data"]);
  });
});

describe("the repeated-header check", () => {
  /** The check as it was written before it counted non-text cells first (the reference). */
  function reference(forms: readonly (string | null)[], cells: readonly SourceCell[]): boolean {
    const headed = forms.filter((f) => f !== null).length;
    if (headed < 2) return false;
    let same = 0;
    let different = 0;
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i];
      if (form === null) continue;
      const cell = cells[i];
      if (typeof cell === "string" && matchForm(cell) === form) same++;
      else if (++different * 2 >= headed) return false;
    }
    return same * 2 > headed;
  }

  it("decides as the plain column-by-column check does, for any row", () => {
    const headers = ["客户名称", "Phone", "電話", "E-mail", "生日", "备注"];
    const cell = fc.oneof(
      fc.constantFrom(...headers, "ＰＨＯＮＥ", "phone ", "e mail", "客戶名稱", "王小明", ""),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined)
    );
    const folds = new FoldMemo();
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...headers), { nil: null }), { maxLength: 8 }),
        fc.array(cell, { maxLength: 9 }),
        (headerRow, values) => {
          const forms = headerRow.map((h) => (h === null ? null : matchForm(h)));
          const headed = forms.filter((f) => f !== null).length;
          const cells = values as SourceCell[];
          expect(isRepeatedHeader(forms, headed, cells, folds)).toBe(reference(forms, cells));
        }
      ),
      { numRuns: 5_000 }
    );
  });
});

describe("rows that add a further value to the record above (an ERP's many-values export)", () => {
  const headers = ["Display Name", "Email", "Party Types", "Address"];
  function classifyTags(rows: SourceCell[][]) {
    const input: RowClassifierInput = {
      sheet: sheet("Sheet1", [headers, ...rows]),
      firstDataRow: 2,
      lastDataRow: rows.length + 1,
      headerTexts: headers,
      mappings: [
        mapping(1, "Display Name", "name"),
        mapping(2, "Email", "email"),
        mapping(3, "Party Types", null),
        mapping(4, "Address", null),
      ],
      fieldTypes: ["text", "email", undefined, undefined],
      nameColumn: 0,
      keyColumns: [0],
      personColumns: new Set([1]),
      contactNameColumn: null,
    };
    return classifyRows(input).map((r) =>
      r.continues ? `${r.kind}<${r.continues}${r.adds ? "+" : ""}` : r.kind
    );
  }

  it("folds a lone tag the column holds on records' rows too into the record above", () => {
    expect(
      classifyTags([
        ["ANDES CARGO SPA", "ops@example.com", "Customer"],
        [null, null, "Shipper"],
        ["MAIPO TRADING", "info@example.com", "Shipper"],
      ])
    ).toEqual(["data", "continuation<2+", "data"]);
  });

  it("folds any lone cell of a column written that way on three rows or more", () => {
    expect(
      classifyTags([
        ["ANDES CARGO SPA", "ops@example.com", "Customer"],
        [null, null, "Vendor"],
        [null, null, "Agent"],
        ["MAIPO TRADING", "info@example.com", "Customer"],
        [null, null, "Notify Party"],
      ])
    ).toEqual(["data", "continuation<2+", "continuation<2+", "data", "continuation<5+"]);
  });

  it("folds a further contact written after the record's own name", () => {
    expect(
      classifyTags([
        ["ANDES CARGO SPA", "ops@example.com", "Customer"],
        [null, null, null, "ANDES CARGO SPA, Camila Rojas"],
      ])
    ).toEqual(["data", "continuation<2+"]);
  });

  it("still reads a lone label of its own as a section label", () => {
    expect(
      classifyTags([
        ["ANDES CARGO SPA", "ops@example.com", "Customer"],
        [null, null, "Europe"],
      ])
    ).toEqual(["data", "section"]);
  });
});
