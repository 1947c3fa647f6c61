/**
 * A mainland mobile typed or pasted as a number (13912345678 as a number cell, as Excel keeps a
 * pasted column of digits) is a phone, as the same digits typed as text are: in a list without a
 * header row the values alone say so. Other numbers that lost a leading zero (a Taiwanese
 * 912345678) say too little alone and stay in notes.
 */
import { importWorkbook } from "../../src/importer";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const COMPANIES_CN = [
  "苏州恒通精密机械有限公司",
  "宁波华信电子商务有限公司",
  "郑州金瑞食品贸易有限公司",
  "昆明鼎盛建材有限责任公司",
  "南昌新元物流有限公司",
  "太原宏达环保科技有限公司",
  "贵阳福乐医疗器械有限公司",
  "兰州恒通轨道装备股份有限公司",
];
const COMPANIES_TW = [
  "台中恆通精密機械股份有限公司",
  "高雄華信電子商務有限公司",
  "新竹金瑞食品貿易有限公司",
  "台南鼎盛建材有限公司",
  "桃園新元物流有限公司",
  "嘉義宏達環保科技有限公司",
  "基隆福樂醫療器材有限公司",
  "花蓮恆通工業股份有限公司",
];
const COMPANIES_EN = [
  "Harbor Lane Trading Ltd",
  "Blue Kite Logistics Co",
  "Northgate Foods Inc",
  "Silverline Machinery Ltd",
  "Redwood Packaging Co",
  "Eastfield Textiles Ltd",
  "Brightwater Instruments Inc",
  "Stonebridge Materials Co",
];
const PEOPLE_CN = INVENTED_PEOPLE["zh-CN"].slice(0, 8);
const PEOPLE_TW = INVENTED_PEOPLE["zh-TW"].slice(0, 8);
const PEOPLE_EN = INVENTED_PEOPLE.en.slice(0, 8);

/** Invented mainland mobiles, distinct, as number cells. */
function mobile(i: number): number {
  return 13700000000 + 1000 * (i + 3) + 17 * i;
}

function list(
  companies: string[],
  people: string[],
  order: ("company" | "person" | "phone")[],
  phone: (i: number) => SourceCell = mobile
): SourceCell[][] {
  return companies.map((company, i) =>
    order.map((part) => (part === "company" ? company : part === "person" ? people[i] : phone(i)))
  );
}

describe("mainland mobiles kept as number cells", () => {
  it("count as phones in a column's profile, as the same digits typed as text do", () => {
    const numbers = profileColumn(COMPANIES_CN.map((_, i) => mobile(i)));
    const texts = profileColumn(COMPANIES_CN.map((_, i) => String(mobile(i))));
    expect(numbers.phone).toBe(1);
    expect(numbers.numeric).toBe(0);
    expect(texts.phone).toBe(1);
    // Other whole numbers stay figures.
    const amounts = profileColumn([12000, 350000, 98000000, 23000000000, 4500]);
    expect(amounts.phone).toBe(0);
    expect(amounts.numeric).toBe(1);
  });

  const variants: [string, string[], string[], ("company" | "person" | "phone")[]][] = [
    ["简体, company | contact | mobile", COMPANIES_CN, PEOPLE_CN, ["company", "person", "phone"]],
    ["简体, mobile | company | contact", COMPANIES_CN, PEOPLE_CN, ["phone", "company", "person"]],
    ["繁體, company | mobile | contact", COMPANIES_TW, PEOPLE_TW, ["company", "phone", "person"]],
    [
      "English, mobile | company | contact",
      COMPANIES_EN,
      PEOPLE_EN,
      ["phone", "company", "person"],
    ],
  ];
  for (const [label, companies, people, order] of variants) {
    it(`give a list without a header row its phones (${label})`, () => {
      const rows = list(companies, people, order);
      const r = importWorkbook([sheet("Sheet1", rows)]);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      expect(m.headerless).toBe(true);
      expect(m.columns[order.indexOf("phone")].field).toBe("phone");
      expect(m.columns[order.indexOf("company")].field).toBe("name");
      expect(r.summary.imported).toBe(companies.length);
      for (let i = 0; i < companies.length; i++) {
        const client = r.records.Clients.find((c) => c.name === companies[i]);
        expect(client?.phone).toBe(String(mobile(i)));
        expect(client?.mainContact).toBe(people[i]);
      }
      // Read without a warning: a mainland mobile is whole as a number.
      expect(r.issues.filter((x) => x.code === "phone.as-number")).toHaveLength(0);
    });
  }

  it("a list of people and their mobiles as numbers: the people are the clients", () => {
    const rows = PEOPLE_TW.map((p, i) => [mobile(i), p]);
    const r = importWorkbook([sheet("名單", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["phone", "name"]);
    expect(r.records.Clients.map((c) => c.phone)).toEqual(
      PEOPLE_TW.map((_, i) => String(mobile(i)))
    );
  });

  it("numbers that may have lost a leading zero (912345678) say too little alone: they stay in notes", () => {
    const rows = COMPANIES_TW.map((c, i) => [
      c,
      PEOPLE_TW[i],
      `buyer${i}@example.com`,
      912345000 + i * 37,
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Clients");
    expect(m.columns[2].field).toBe("email");
    expect(m.columns[3].field).toBeNull();
    const first = r.records.Clients.find((c) => c.name === COMPANIES_TW[0]);
    expect(first?.phone ?? null).toBeNull();
    expect(first?.notes).toContain("912345000");
  });

  it("under a header, a column of mobiles as numbers is the phone and a column of amounts is not", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系人", "联系电话", "年采购额"],
      ...COMPANIES_CN.map((c, i) => [c, PEOPLE_CN[i], mobile(i), 120000 + i * 5000]),
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[2]).toBe("phone");
    expect(fields[3]).not.toBe("phone");
    expect(r.records.Clients[0].phone).toBe(String(mobile(0)));
  });
});

describe("a bare Date header over a column holding no date, only mobiles", () => {
  it.each<[string, string[], string[]]>([
    [
      "English",
      ["NAME", "DATE"],
      [
        "MEHULBHAI",
        "CHINTAN SHAH",
        "pandya shaheb",
        "rajubhai savaliya",
        "ASHOK PATEL",
        "KIRAN DESAI",
      ],
    ],
    ["简体", ["姓名", "日期"], ["王建国", "李秀英", "张伟", "刘芳", "陈静", "杨磊"]],
  ])("%s: the values say the column is the phone", (_, header, names) => {
    const rows: SourceCell[][] = [header, ...names.map((n, i) => [n, 9000094776 - i * 51713])];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("phone");
    expect(r.records.Clients[0].phone).toBe("9000094776");
  });

  it("a Date column of real dates stays no phone", () => {
    const rows: SourceCell[][] = [
      ["NAME", "DATE"],
      ...["A Shah", "B Patel", "C Desai", "D Mehta", "E Joshi", "F Rao"].map((n, i) => [
        n,
        `2016-11-${10 + i}`,
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns[1].field).not.toBe("phone");
  });
});
