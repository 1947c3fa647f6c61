/**
 * A customer list whose card numbers a spreadsheet stored as figures and so rounded: past the
 * fifteenth digit every one reads 0 (6093026244180950). A person reads the rows as customers: the
 * rounded numbers tell no card from another, so they make no row a card held and are nobody's id.
 */
import { importWorkbook } from "../../src/importer";
import { profileColumn, roundedNumberShare } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** A 16-digit card number as a spreadsheet keeps it: fifteen digits, then 0. */
function rounded(i: number): number {
  return Number(`${4000000000000 + i * 7919_0013}`.padEnd(15, "7").slice(0, 15) + "0");
}

/** A card number as typed, its last digit whatever it is. */
function genuine(i: number): string {
  return `${4000000000000 + i * 7919_0013}`.padEnd(15, "7").slice(0, 15) + String((i * 7) % 10);
}

const LISTS: { lang: string; headers: string[]; given: string[]; family: string[] }[] = [
  {
    lang: "en",
    headers: ["first_name", "last_name", "email", "Credit Card Number", "City", "Postal Code"],
    given: ["Jackson", "Suki", "Faith", "Kimmy", "Dale", "Mona"],
    family: ["Keavy", "Cookson", "Brosnahan", "Ohlman", "Orcutt"],
  },
  {
    lang: "简体",
    headers: ["姓", "名", "邮箱", "信用卡卡号", "城市", "邮编"],
    given: ["王", "李", "张", "刘", "陈", "杨"],
    family: ["小明", "静怡", "建国", "丽华", "志强"],
  },
  {
    lang: "繁體",
    headers: ["姓", "名", "電子郵件", "信用卡卡號", "城市", "郵遞區號"],
    given: ["陳", "林", "黃", "張", "吳", "蔡"],
    family: ["怡君", "志豪", "美玲", "家豪", "淑芬"],
  },
];

describe.each(LISTS)("a customer list with rounded card numbers ($lang)", (list) => {
  const rows: SourceCell[][] = [
    list.headers,
    ...Array.from({ length: 30 }, (_, i) => [
      list.given[i % list.given.length],
      list.family[(i * 3) % list.family.length],
      `customer${i}@example.com`,
      rounded(i),
      ["Boston", "Orlando", "Austin"][i % 3],
      2119 + ((i * 31) % 90000),
    ]),
  ];

  it("imports the rows as clients and leaves the rounded numbers to notes", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Clients");
    expect(m.columns[2].field).toBe("email");
    expect(m.columns[3].field).toBeNull();
    expect(r.records.Clients).toHaveLength(30);
    expect(r.records.Assets ?? []).toHaveLength(0);
    const first = r.records.Clients.find((c) => c.email === "customer0@example.com");
    expect(String(first?.clientId)).not.toBe(String(rounded(0)));
  });
});

describe("numbers rounded past their fifteenth digit", () => {
  it("tells a column of them from card numbers as typed and from E-notation kept as shown", () => {
    const values = (make: (i: number) => SourceCell) =>
      Array.from({ length: 30 }, (_, i) => make(i));
    expect(roundedNumberShare(profileColumn(values(rounded)))).toBeGreaterThanOrEqual(0.9);
    expect(roundedNumberShare(profileColumn(values(genuine)))).toBeLessThan(0.5);
    expect(roundedNumberShare(profileColumn(values((i) => `3.4202509${i % 10}E+18`)))).toBe(1);
    // Nineteen digits as figures: 3420250942000000000.
    expect(roundedNumberShare(profileColumn(values((i) => 3420250942000000000 + i * 1e4)))).toBe(1);
  });
});
