/**
 * Two phone columns of one person (a mobile and a landline, a work and a home number): a person
 * keeps one phone — the mobile where it is filled, the other number only where the mobile is blank
 * — and writes the other number into notes rather than drop it, or join both into one cell. Where
 * no column says mobile, the column read as the phone comes first. Invented sheets only, in
 * English, 简体 and 繁體, in either column order.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Variant {
  label: string;
  header: [string, string, string];
  /** Name, mobile, landline per row. */
  people: [string, string, string][];
  /** Whether the landline column comes before the mobile one. */
  landlineFirst: boolean;
}

const variants: Variant[] = [
  {
    label: "English, mobile first",
    header: ["Client Name", "Mobile", "Landline"],
    people: [
      ["Harriet Vole", "(917) 555-0101", "(212) 555-0190"],
      ["Omar Quill", "", "(212) 555-0191"],
      ["Petra Lind", "(917) 555-0103", ""],
      ["Ivo Brandt", "(917) 555-0104", "917-555-0104"],
      ["Nell Cortez", "(917) 555-0105", "(212) 555-0195"],
    ],
    landlineFirst: false,
  },
  {
    label: "简体, the landline first",
    header: ["客户姓名", "固定电话", "手机号码"],
    people: [
      ["王晓明", "13800001111", "021-55501234"],
      ["李秀英", "", "021-55501235"],
      ["张伟", "13800003333", ""],
      ["刘洋", "13800004444", "138 0000 4444"],
      ["陈静", "13800005555", "021-55501238"],
    ],
    landlineFirst: true,
  },
  {
    label: "繁體, the landline first",
    header: ["客戶名稱", "住家電話", "行動電話"],
    people: [
      ["林志豪", "0912-000-111", "02-2555-0101"],
      ["黃淑芬", "", "02-2555-0102"],
      ["吳建宏", "0912-000-333", ""],
      ["蔡佳玲", "0912-000-444", "0912000444"],
      ["鄭雅婷", "0912-000-555", "02-2555-0105"],
    ],
    landlineFirst: true,
  },
];

function rowsOf(v: Variant): SourceCell[][] {
  return [
    v.header,
    ...v.people.map(([name, mobile, landline]) =>
      v.landlineFirst ? [name, landline, mobile] : [name, mobile, landline]
    ),
  ];
}

describe("a mobile and a landline of one client", () => {
  for (const v of variants) {
    it(`make one phone, the mobile where given, the other number in notes (${v.label})`, () => {
      const r = importWorkbook([sheet("Clients", rowsOf(v))]);
      const m = r.mappings[0];
      expect(m.columns.map((c) => c.field)).toEqual(["name", "phone", "phone"]);
      const clients = r.records.Clients;
      expect(clients).toHaveLength(5);
      const [first, blankMobile, noLandline, sameTwice, last] = v.people;
      expect(clients[0].phone).toBe(first[1]);
      expect(String(clients[0].notes)).toContain(first[2]);
      // No mobile: the landline is the phone, and nothing is left for notes.
      expect(clients[1].phone).toBe(blankMobile[2]);
      expect(String(clients[1].notes ?? "")).not.toContain(blankMobile[2]);
      expect(clients[2].phone).toBe(noLandline[1]);
      // The same number written twice is one number: not repeated in notes.
      expect(clients[3].phone).toBe(sameTwice[1]);
      expect(String(clients[3].notes ?? "")).not.toContain(sameTwice[2]);
      expect(clients[4].phone).toBe(last[1]);
      expect(clients.every((c) => !String(c.phone).includes(" / "))).toBe(true);
      // The landline's column says why, in every language, naming the mobile's header.
      const landline = m.columns[v.landlineFirst ? 1 : 2];
      const reason = landline.reasons?.find((x) => x.code === "map.why.phone-fallback");
      expect(reason?.params).toMatchObject({ header: landline.header });
      for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
        const text = renderMessage("map.why.phone-fallback", reason?.params ?? {}, lang) ?? "";
        expect(text).toContain(v.header[v.landlineFirst ? 2 : 1]);
        expect(text).not.toMatch(/\{/);
      }
    });
  }

  it("keeps the column read as the phone first when neither says mobile", () => {
    const rows: SourceCell[][] = [
      ["Customer Name", "Phone", "Work Phone"],
      ["Greta Moss", "+44 20 7946 0101", "+44 20 7946 0901"],
      ["Alan Pike", "", "+44 20 7946 0902"],
      ["Dora Finch", "+44 20 7946 0103", ""],
    ];
    const r = importWorkbook([sheet("Customers", rows)]);
    expect(r.records.Clients.map((c) => c.phone)).toEqual([
      "+44 20 7946 0101",
      "+44 20 7946 0902",
      "+44 20 7946 0103",
    ]);
    expect(String(r.records.Clients[0].notes)).toContain("+44 20 7946 0901");
  });

  it("takes three numbers in turn: the cell phone, then the others in column order", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Work Phone", "Home Phone", "Cell Phone"],
      ["Rosa Hale", "(305) 555-0111", "(305) 555-0211", "(786) 555-0311"],
      ["Tim Oakes", "", "(305) 555-0212", ""],
      ["Uma Reyes", "(305) 555-0113", "(305) 555-0213", ""],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const clients = r.records.Clients;
    expect(clients.map((c) => c.phone)).toEqual([
      "(786) 555-0311",
      "(305) 555-0212",
      "(305) 555-0113",
    ]);
    expect(String(clients[0].notes)).toContain("(305) 555-0111");
    expect(String(clients[0].notes)).toContain("(305) 555-0211");
    expect(String(clients[2].notes)).toContain("(305) 555-0213");
  });
});
