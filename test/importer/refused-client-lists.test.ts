/**
 * Client lists a person imports that were read as nothing: a customer-to-group mapping whose
 * Category and Source headers read as complaints only by words any record has, its names beside
 * the parent group each belongs to; a tutoring centre's call list of pupils, a name headed as the
 * students' and a phone. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRMS = [
  "ALDER FOODS INC",
  "BIRCH MOTORS LTD",
  "CEDAR TELECOM SDN BHD",
  "DAHLIA COSMETICS GMBH",
  "ELM RETAIL CORP",
  "FERN FINANCE LLC",
  "GALE BEVERAGES INC",
  "HAZEL PROPERTY LTD",
  "IRIS DAIRY CO",
  "JUNIPER DIGITAL INC",
];
const ZH_FIRMS = ["华泰", "金星", "长江", "东方", "南山", "北辰", "西湖", "中原", "海天", "天成"];
const TW_FIRMS = ["華泰", "金星", "長江", "東方", "南山", "北辰", "西湖", "中原", "海天", "天成"];

/** One row per customer name, the parent group the name itself but for two under one group. */
function groupMapping(
  headers: readonly string[],
  names: readonly string[],
  group: string,
  categories: readonly string[],
  sources: readonly string[]
): SourceCell[][] {
  return [
    [...headers],
    ...names.map((n, i): SourceCell[] => [
      n,
      i < 2 ? group : n,
      categories[i % categories.length],
      sources[i % sources.length],
    ]),
  ];
}

describe("a customer-to-group mapping whose other headers read as complaints only by generic words", () => {
  it.each([
    [
      "en",
      ["Original_CustName", "Parent_Group", "Category", "Source"],
      FIRMS,
      "ALDER GROUP",
      ["OEM", "EMS", "Education"],
      ["Hard-Rule", "Manual", "New"],
    ],
    [
      "zh-CN",
      ["原始名", "母公司", "类型", "来源"],
      ZH_FIRMS,
      "华泰集团",
      ["制造", "零售"],
      ["规则", "手工"],
    ],
    [
      "zh-TW",
      ["原始名", "母公司", "類型", "來源"],
      TW_FIRMS,
      "華泰集團",
      ["製造", "零售"],
      ["規則", "手工"],
    ],
  ])(
    "imports each customer name once, the parent group left to notes (%s)",
    (_, headers, names, group, cats, srcs) => {
      const r = importWorkbook([sheet("Sheet1", groupMapping(headers, names, group, cats, srcs))]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...names].sort());
      expect(r.records.Clients.some((c) => c.name === group)).toBe(false);
    }
  );
});

const PUPILS = [
  "Liam Carter",
  "Olivia Brooks",
  "Noah Bennett",
  "Emma Hayes",
  "Ethan Moore",
  "Ava Turner",
];
const ZH_PUPILS = ["潘志伟", "韩洋志", "蒋洋玲", "姜国桂", "贾萍芳", "钟强伟"];
const TW_PUPILS = ["潘志偉", "韓洋志", "蔣洋玲", "姜國桂", "賈萍芳", "鍾強偉"];

/** Pupils and a phone each (the first two sharing one), an unheaded note on one row. */
function callList(
  headers: readonly string[],
  names: readonly string[],
  phone: (i: number) => string
) {
  return [
    [...headers, ""],
    ...names.map((n, i): SourceCell[] => [n, phone(i < 2 ? 0 : i), i === 3 ? "wrong number" : ""]),
  ];
}

describe("a call list of pupils: a name headed as the students' and how to reach each", () => {
  const cases: [string, string[], string[], (i: number) => string, string][] = [
    ["en", ["Student Name", "Contact Number"], PUPILS, (i) => `212-555-01${10 + i}`, "Class"],
    ["zh-CN", ["学生姓名", "联系方式"], ZH_PUPILS, (i) => `138000050${10 + i}`, "班级"],
    ["zh-TW", ["學生姓名", "聯絡電話"], TW_PUPILS, (i) => `09000001${10 + i}`, "班級"],
  ];

  it.each(cases)(
    "imports each pupil as a client with the phone (%s)",
    (_, headers, names, phone) => {
      const r = importWorkbook([sheet("Sheet1", callList(headers, names, phone))]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...names].sort());
      const first = r.records.Clients.find((c) => c.name === names[1]);
      expect(String(first?.phone ?? "").replace(/\D/g, "")).toBe(phone(0).replace(/\D/g, ""));
    }
  );

  it.each(cases)(
    "leaves a class roster alone: it says which class each pupil is in (%s)",
    (_, headers, names, phone, classHeader) => {
      const rows = callList(headers, names, phone).map((row, i) => [
        ...row.slice(0, 2),
        i === 0 ? classHeader : "3A",
      ]);
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Clients ?? []).toHaveLength(0);
    }
  );
});
