/**
 * A table headed in a trade's own words, none a register sheet's (醫事機構名稱 | 醫事機構電話 |
 * 醫事機構地址, "Practice | Switchboard | Premises"), is read by its values, as a person reads it:
 * a column of firms' names beside their phones is a list of clients. The import says so in the
 * register's language. Values that name no one stay out.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const PHONES = (i: number) => `0${2 + (i % 7)}-${String(27001000 + i * 7919).slice(0, 8)}`;

function list(headers: string[], names: string[], places: string[]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  names.forEach((name, i) => {
    rows.push([name, PHONES(i), places[i % places.length], i % 2 === 0 ? 1 : null, 1]);
  });
  return rows;
}

const CASES: {
  lang: "en" | "zh-CN" | "zh-TW";
  headers: string[];
  names: string[];
  places: string[];
  says: string;
}[] = [
  {
    lang: "en",
    headers: ["Practice", "Switchboard", "Premises", "Home Care", "Hospice"],
    names: [
      "Harbourside Medical Ltd",
      "Northgate Clinic Ltd",
      "Riverbank Health Ltd",
      "Elm Street Surgery Ltd",
      "Kingsway Care Ltd",
      "Westfield Medical Ltd",
      "Parkview Clinic Ltd",
      "Millbrook Health Ltd",
    ],
    places: ["12 High Street, Leeds", "4 Mill Lane, York", "88 Station Road, Hull"],
    says: "its values were read instead",
  },
  {
    lang: "zh-CN",
    headers: ["医事机构名称", "医事机构电话", "医事机构地址", "居家医疗", "安宁疗护"],
    names: [
      "上海仁和医疗有限公司",
      "北京安康诊所有限公司",
      "广州同心医疗有限公司",
      "杭州济民诊所有限公司",
      "南京康宁医疗有限公司",
      "苏州博爱诊所有限公司",
      "成都华康医疗有限公司",
      "武汉惠民诊所有限公司",
    ],
    places: ["上海市浦东新区张江路1号", "北京市朝阳区建国路8号", "广州市天河区体育西路3号"],
    says: "已按数据本身读取",
  },
  {
    lang: "zh-TW",
    headers: ["醫事機構名稱", "醫事機構電話", "醫事機構地址", "居家醫療", "安寧療護"],
    names: [
      "游文家診所",
      "陳晴雅小兒科診所",
      "仁愛內科診所",
      "同心家醫科診所",
      "康寧耳鼻喉科診所",
      "博愛骨科診所",
      "華康婦產科診所",
      "惠民牙醫診所",
    ],
    places: ["新竹縣湖口鄉自由路289號", "新北市板橋區自由路370號", "嘉義縣朴子市和平東路273號"],
    says: "已按資料本身讀取",
  },
];

describe("a table under headers no register sheet knows, read by its values", () => {
  for (const c of CASES) {
    it(`imports firms with their phones as clients and says why (${c.lang})`, () => {
      const r = importWorkbook([sheet("Sheet1", list(c.headers, c.names, c.places))]);
      const m = r.mappings.find((s) => s.sheet === "Sheet1");
      expect(m?.registerSheet).toBe("Clients");
      expect(m?.headerRows).toEqual([1]);
      expect(m?.columns.slice(0, 2).map((col) => col.field)).toEqual(["name", "phone"]);
      expect(r.records.Clients.map((x) => x.name)).toEqual(c.names);
      expect(r.records.Clients[0].phone).toBe(PHONES(0));
      const issue = r.issues.find((i) => i.code === "import.values-as-clients");
      expect(issue?.sheet).toBe("Sheet1");
      expect(issue?.params?.name).toContain(c.headers[0]);
      expect(issue?.params?.contact).toContain(c.headers[1]);
      const said = renderMessage("import.values-as-clients", issue?.params ?? {}, c.lang);
      expect(said).toContain(c.says);
      expect(said).toContain(c.headers[0]);
    });
  }

  it("leaves out a table of codes and figures under such headers: it names no one", () => {
    const rows: SourceCell[][] = [["居家醫療", "安寧療護", "在宅急症照護"]];
    for (let i = 0; i < 10; i++) rows.push([`HC-${100 + i}`, i * 3, i % 2]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients).toHaveLength(0);
    expect(r.issues.some((i) => i.code === "import.values-as-clients")).toBe(false);
  });

  it("a header row holding a value (a date) is no row of labels: the values are not read so", () => {
    const c = CASES[2];
    const rows: SourceCell[][] = [[...c.headers.slice(0, 3), "2019.09.06"]];
    c.names.forEach((name, i) => rows.push([name, PHONES(i), c.places[i % 3], 1]));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].headerRows).toEqual([1]);
    expect(r.issues.some((i) => i.code === "import.values-as-clients")).toBe(false);
  });

  it("a table whose headers speak for a register sheet is read by them, with no such note", () => {
    const rows = list(
      ["客戶名稱", "電話", "地址", "居家醫療", "安寧療護"],
      CASES[2].names,
      CASES[2].places
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(CASES[2].names.length);
    expect(r.issues.some((i) => i.code === "import.values-as-clients")).toBe(false);
  });
});
