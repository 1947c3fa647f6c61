/**
 * A workbook of which nothing would be imported is read for the list it most resembles: a table of
 * distinct named rows — people's or firms' names, a different one on each row, under a name's
 * header or under no header beside each row's code — is the client list, its obvious columns
 * mapped, and said once per sheet. Staff and student lists, products, a list beside a client list
 * and a bare copy of the list still add no one.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet, table } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";
const LANGS: Lang[] = ["en", "zh-CN", "zh-TW"];
const ROWS = 12;

const CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙";
const CN_GIVEN = ["志强", "秀英", "建华", "丽娟", "海峰", "婷婷", "国庆", "晓燕", "立伟", "静怡"];
const TW_SURNAMES = "陳林黃張李王吳劉蔡楊許鄭";
const TW_GIVEN = ["柏宏", "佩珊", "志豪", "怡婷", "宗翰", "雅雯", "承翰", "怡萱", "明哲", "淑芬"];
const EN_FIRST = ["Owen", "Maya", "Ravi", "Lena", "Tom", "Nina", "Ian", "Zoe", "Paul", "Ada"];
const EN_LAST = ["Barker", "Collins", "Desai", "Fischer", "Grady", "Holt", "Keller", "Lambert"];

const person: Record<Lang, (i: number) => string> = {
  "zh-CN": (i) => CN_SURNAMES[i % 12] + CN_GIVEN[(i * 3) % 10],
  "zh-TW": (i) => TW_SURNAMES[i % 12] + TW_GIVEN[(i * 7) % 10],
  en: (i) => `${EN_FIRST[i % 10]} ${EN_LAST[(i * 3 + Math.floor(i / 10)) % 8]}`,
};

/** A supporter list: who gave, and how much; nothing the register's words reach but a name. */
const supporters: Record<Lang, string[]> = {
  en: ["Supporter Name", "Pledge"],
  "zh-CN": ["捐款人姓名", "认捐"],
  "zh-TW": ["捐款人姓名", "認捐"],
};

function pledges(lang: Lang): SourceCell[][] {
  return table(supporters[lang], ROWS, (_, i, c) => (c === 0 ? person[lang](i) : 20 + i * 5));
}

/** Each row's code and name, typed from A1 without any header. */
function codesAndNames(lang: Lang, prefix = "M"): SourceCell[][] {
  return Array.from({ length: ROWS }, (_, i) => [
    `${prefix}${String(i + 1).padStart(3, "0")}`,
    person[lang](i),
  ]);
}

describe("a workbook that would import nothing is read for its list of named rows", () => {
  for (const lang of LANGS)
    it(`a name column beside a figure is the client list, said once (${lang})`, () => {
      const r = importWorkbook([sheet("Pledges", pledges(lang))]);
      const m = r.mappings.find((x) => x.sheet === "Pledges");
      expect(m?.registerSheet).toBe("Clients");
      expect(m?.columns[0].field).toBe("name");
      expect(r.records.Clients).toHaveLength(ROWS);
      const said = r.issues.filter((i) => i.code === "import.named-rows");
      expect(said).toHaveLength(1);
      expect(said[0].severity).toBe("warning");
      for (const to of LANGS) {
        const text = renderMessage("import.named-rows", said[0].params ?? {}, to) ?? "";
        expect(text).toContain('--map "Pledges!*=-"');
        expect(text).toContain(String(ROWS));
        expect(text).not.toContain("import.named-rows");
      }
    });

  for (const lang of LANGS)
    it(`codes and names without a header are numbered clients (${lang})`, () => {
      const r = importWorkbook([sheet("m", codesAndNames(lang))]);
      const m = r.mappings.find((x) => x.sheet === "m");
      expect(m?.registerSheet).toBe("Clients");
      expect(m?.columns.map((c) => c.field)).toEqual(["clientId", "name"]);
      expect(r.records.Clients).toHaveLength(ROWS);
      expect(r.records.Clients[0]).toMatchObject({ clientId: "M001", name: person[lang](0) });
    });

  it("a bare copy of the list (codes and names pasted without the header) adds no one", () => {
    const headed: SourceCell[][] = [["Code", "Supporter Name"], ...codesAndNames("en")];
    const r = importWorkbook([sheet("Supporters", headed), sheet("Copy", codesAndNames("en"))]);
    expect(r.records.Clients).toHaveLength(ROWS);
    expect(
      r.issues.filter((i) => i.code === "import.named-rows").map((i) => i.sheet)
    ).not.toContain("Copy");
  });

  it("two lists of different people on two sheets are both read", () => {
    const other = (i: number) => `${EN_FIRST[(i + 3) % 10]} ${EN_LAST[(i * 5 + 1) % 8]}son`;
    const second = table(supporters.en, 6, (_, i, c) => (c === 0 ? other(i) : 10));
    const r = importWorkbook([sheet("2024", pledges("en")), sheet("2025", second)]);
    expect(r.records.Clients).toHaveLength(ROWS + 6);
    expect(r.issues.filter((i) => i.code === "import.named-rows")).toHaveLength(2);
  });

  const dealers: Record<Lang, string[]> = {
    en: ["Pin Code", "Dealer Name"],
    "zh-CN": ["邮编", "经销商名称"],
    "zh-TW": ["郵遞區號", "經銷商名稱"],
  };
  for (const lang of LANGS)
    it(`a name over a run of rows each (a dealer over its pin codes) is one client (${lang})`, () => {
      const rows = table(dealers[lang], 30, (_, i, c) =>
        c === 0 ? `${560001 + i * 37}` : person[lang](Math.floor(i / 5))
      );
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.mappings[0]?.registerSheet).toBe("Clients");
      expect(r.mappings[0]?.columns[0].field).not.toBe("clientId");
      expect(r.records.Clients).toHaveLength(6);
    });

  const staff: Record<Lang, string[]> = {
    en: ["Employee Name", "Extension"],
    "zh-CN": ["员工姓名", "分机"],
    "zh-TW": ["員工姓名", "分機"],
  };
  for (const lang of LANGS)
    it(`a staff list is still no client list (${lang})`, () => {
      const rows = table(staff[lang], ROWS, (_, i, c) => (c === 0 ? person[lang](i) : 200 + i));
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Clients).toHaveLength(0);
      expect(r.issues.some((i) => i.code === "import.named-rows")).toBe(false);
    });

  it("products, named by their header as things, are no client list", () => {
    const words = ["Stapler", "Folder", "Binder", "Marker", "Eraser", "Ruler", "Tape", "Glue"];
    const rows = table(["Product Name", "Price"], 8, (_, i, c) => (c === 0 ? words[i] : 2 + i));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients).toHaveLength(0);
  });

  it("names repeated down the rows are a log's, not a list", () => {
    const rows = table(["Customer Name", "Amount"], ROWS, (_, i, c) =>
      c === 0 ? person.en(i % 3) : 10 + i
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.issues.some((i) => i.code === "import.named-rows")).toBe(false);
  });

  const seating: Record<Lang, string[]> = {
    en: ["Name", "Table No", "Meal"],
    "zh-CN": ["姓名", "桌次", "餐食"],
    "zh-TW": ["姓名", "桌次", "餐食"],
  };
  for (const lang of LANGS)
    it(`a seating plan names an event's guests, no clients (${lang})`, () => {
      const rows = table(seating[lang], ROWS, (_, i, c) =>
        c === 0 ? person[lang](i) : c === 1 ? 1 + Math.floor(i / 6) : "-"
      );
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.issues.some((i) => i.code === "import.named-rows")).toBe(false);
    });

  it("a unit of ours (区县分公司) beside its figures is no client list", () => {
    const counties = ["隆安", "上林", "武鸣", "横县", "宾阳", "马山", "良庆", "邕宁"];
    const rows = table(["地市", "区县分公司", "昨日在途"], 8, (_, i, c) =>
      c === 0 ? "南宁" : c === 1 ? counties[i] : 40 + i * 7
    );
    const r = importWorkbook([sheet("区县表", rows)]);
    expect(r.issues.some((i) => i.code === "import.named-rows")).toBe(false);
  });

  it("an unheaded column of names beside headed columns is a note, not the list", () => {
    const rows = table(["E-mail Sent", "Report A", "Report B", ""], ROWS, (_, i, c) =>
      c === 3 ? person.en(i) : c === 0 ? "yes" : "no"
    );
    const r = importWorkbook([sheet("Mailing", rows)]);
    expect(r.issues.some((i) => i.code === "import.named-rows")).toBe(false);
  });

  it("is not taken when another sheet of the workbook is a client list", () => {
    const clients: SourceCell[][] = [
      ["Client Name", "Phone"],
      ...Array.from({ length: 6 }, (_, i) => [person.en(i + 20), `+1 415 555 01${10 + i}`]),
    ];
    const r = importWorkbook([sheet("Clients", clients), sheet("Pledges", pledges("en"))]);
    expect(r.records.Clients).toHaveLength(6);
    expect(r.issues.some((i) => i.code === "import.named-rows")).toBe(false);
  });
});
