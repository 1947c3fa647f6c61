/**
 * A table read as visits whose rows each name a party no other row names, beside that party's own
 * phone, e-mail, address or ID number, is the list of those parties: one row per party with its
 * profile, its day a day of each (the service planned), not a log of contacts. A log names its
 * parties again.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["Name", "Mobile", "Email", "Address", "Visit Date", "Visit Type"],
    names: [
      "Nora Ellery",
      "Harper Marlow",
      "Caleb Greyson",
      "Ivy Lorne",
      "Owen Pratt",
      "Mia Holt",
      "Lena Hart",
      "Theo Banks",
    ],
    street: (i: number) => `${12 + i} Quarry Lane, Springfield`,
    method: "Home visit",
    phone: (i: number) => `+1 415 555 01${10 + i}`,
  },
  {
    label: "简体",
    headers: ["姓名", "手机", "邮箱", "地址", "预计服务日期", "服务方式"],
    names: ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "孙丽"],
    street: (i: number) => `杭州市西湖区文三路${100 + i}号`,
    method: "上门",
    phone: (i: number) => `138000010${10 + i}`,
  },
  {
    label: "繁體",
    headers: ["姓名", "行動電話", "電子郵件", "地址", "預計服務日期", "服務方式"],
    names: ["陳怡君", "林志明", "黃淑芬", "張家豪", "李美玲", "王俊傑", "吳宗翰", "蔡佩珊"],
    street: (i: number) => `新竹市北區西大路${700 + i}號`,
    method: "到府",
    phone: (i: number) => `09008360${10 + i}`,
  },
];

type Variant = (typeof VARIANTS)[number];

/** Rows of the variant's people; `who` picks each row's person (the row's own by default). */
function rows(v: Variant, who: (row: number) => number = (row) => row): SourceCell[][] {
  return [
    v.headers,
    ...v.names.map((_, row): SourceCell[] => {
      const i = who(row);
      return [
        v.names[i],
        v.phone(i),
        `p${i}@example.com`,
        v.street(i),
        `2026-0${1 + (row % 8)}-1${row}`,
        v.method,
      ];
    }),
  ];
}

describe("one row per party with its profile is the party list, not visits", () => {
  it.each(VARIANTS)("$label: each person once with phone and address → Clients", (v) => {
    const r = importWorkbook([sheet("Sheet1", rows(v))]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
    expect(r.records.Visits).toEqual([]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(v.names);
  });

  it.each(VARIANTS)("$label: the same people coming back are a log of visits", (v) => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        rows(v, (row) => row % 4)
      ),
    ]);
    expect(readAs(r, "Sheet1")).toBe("Visits");
  });
});
