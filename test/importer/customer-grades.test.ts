/**
 * A seller's key-customer list (客户名称 | 等级 | 联系人): a grade ladder of letters with a tier
 * word on top (VIP / A / B / C) is the seller's grading of its customers, never a credit rating;
 * and a name column of mostly companies beside a contact person is a list of companies, its names
 * without a legal form (浙江燃气) included.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const CN = [
  "江苏华东石化集团",
  "山东能源股份公司",
  "浙江燃气",
  "福建电力有限公司",
  "湖南热力公司",
  "河北水务集团",
  "安徽化工有限公司",
  "陕西天然气",
];
const TW = [
  "台灣電力股份有限公司",
  "中華化工集團",
  "新竹燃氣",
  "高雄熱力公司",
  "台中水務有限公司",
  "桃園能源集團",
  "花蓮天然氣",
  "嘉義石化公司",
];
const EN = [
  "Harbor Energy Group",
  "Northgate Power Co",
  "Riverside",
  "Bluefield Chemicals Ltd",
  "Eastport Gas Inc",
  "Silverline Water Ltd",
  "Kestrel Thermal Co",
  "Westmoor Petrochem Ltd",
];
const CONTACTS_CN = ["张经理", "李总", "王主任", "赵工", "钱经理", "孙总", "周工", "吴主任"];
const CONTACTS_TW = ["陳經理", "林總", "黃主任", "張工", "李經理", "王總", "吳工", "劉主任"];
const CONTACTS_EN = INVENTED_PEOPLE.en.slice(0, 8);
const GRADES = ["VIP", "A", "A", "B", "B", "C", "C", "C"];

function grid(
  header: string[],
  names: string[],
  contacts: string[],
  grades: string[],
  order: ("name" | "amount" | "grade" | "contact")[]
): SourceCell[][] {
  const rows: SourceCell[][] = [
    order.map((part) => header[["name", "amount", "grade", "contact"].indexOf(part)]),
  ];
  names.forEach((name, i) => {
    const cells: Record<string, SourceCell> = {
      name,
      amount: 1200000 - i * 85000,
      grade: grades[i],
      contact: contacts[i],
    };
    rows.push(order.map((part) => cells[part]));
  });
  return rows;
}

const variants: [
  string,
  string[],
  string[],
  string[],
  ("name" | "amount" | "grade" | "contact")[],
][] = [
  [
    "简体",
    ["客户名称", "累计金额", "等级", "联系人"],
    CN,
    CONTACTS_CN,
    ["name", "amount", "grade", "contact"],
  ],
  [
    "繁體",
    ["客戶名稱", "累計金額", "等級", "聯絡人"],
    TW,
    CONTACTS_TW,
    ["grade", "name", "contact", "amount"],
  ],
  [
    "English",
    ["Customer", "Total Orders", "Grade", "Contact"],
    EN,
    CONTACTS_EN,
    ["name", "contact", "grade", "amount"],
  ],
];

describe("a key-customer list graded VIP / A / B / C", () => {
  for (const [label, header, names, contacts, order] of variants) {
    it(`keeps the grade out of the credit rating, in the notes (${label})`, () => {
      const r = importWorkbook([sheet("Sheet1", grid(header, names, contacts, GRADES, order))]);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      const grade = m.columns[order.indexOf("grade")];
      expect(grade.field).not.toBe("creditRating");
      expect(m.columns[order.indexOf("contact")].field).toBe("mainContact");
      const top = r.records.Clients.find((c) => c.name === names[0]);
      expect(top?.creditRating ?? null).toBeNull();
      expect(top?.notes).toContain("VIP");
      expect(r.records.Clients.every((c) => (c.creditRating ?? null) === null)).toBe(true);
    });

    it(`reads every client as a company, those without a legal form too (${label})`, () => {
      const r = importWorkbook([sheet("Sheet1", grid(header, names, contacts, GRADES, order))]);
      expect(r.records.Clients).toHaveLength(names.length);
      for (const name of names) {
        const client = r.records.Clients.find((c) => c.name === name);
        expect(client?.kind).toBe("enterprise");
      }
    });
  }

  it("a header that says credit still makes A / B / C a credit rating", () => {
    const rows = grid(
      ["客户名称", "累计金额", "信用等级", "联系人"],
      CN,
      CONTACTS_CN,
      ["A", "A", "B", "B", "C", "C", "A", "B"],
      ["name", "amount", "grade", "contact"]
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns[2].field).toBe("creditRating");
  });

  it("a list that names people as well as companies is not taken for a list of companies", () => {
    const names = [...CN.slice(0, 5), "王建国", "李秀英", "陈志强"];
    const r = importWorkbook([
      sheet(
        "Sheet1",
        grid(["客户名称", "累计金额", "等级", "联系人"], names, CONTACTS_CN, GRADES, [
          "name",
          "amount",
          "grade",
          "contact",
        ])
      ),
    ]);
    // Names in a company's form are companies; the rest are not guessed at.
    expect(r.records.Clients.find((c) => c.name === CN[0])?.kind).toBe("enterprise");
    expect(r.records.Clients.find((c) => c.name === "浙江燃气")?.kind ?? null).toBeNull();
    expect(r.records.Clients.find((c) => c.name === "王建国")?.kind).not.toBe("enterprise");
  });

  it("without a contact column, a name with no legal form is not guessed to be a company", () => {
    const rows: SourceCell[][] = [["客户名称", "累计金额"], ...CN.map((n, i) => [n, 100000 + i])];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients.find((c) => c.name === "浙江燃气")?.kind ?? null).toBeNull();
    expect(r.records.Clients.find((c) => c.name === CN[0])?.kind).toBe("enterprise");
  });
});
