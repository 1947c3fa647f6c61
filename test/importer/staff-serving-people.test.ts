/**
 * A member register kept as a sheet per grade: each grade's members with their dues. One grade's
 * dues column repeats a few amounts (5000, 10000); another grade's dues column happens to hold
 * those amounts once each. That is no sign the second grade's members are the staff who serve the
 * first grade's: staff are found by a column that names or numbers people (an id, a name, people's
 * names), never by figures. Both grades are clients.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Variant {
  label: string;
  headers: string[];
  /** The second grade's sheet has one column more: another layout. */
  extra: string;
  grades: [string, string];
  people: string[];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    headers: ["NAME", "PHONE NO", "ANNUAL DUE 2015"],
    extra: "QUALIFICATION",
    grades: ["Graduate", "Fellowship"],
    people: [
      "Adaeze Okoro",
      "Bola Ade",
      "Chidi Nwosu",
      "Dayo Bello",
      "Efe Okon",
      "Funmi Lawal",
      "Gbenga Ojo",
      "Hauwa Musa",
      "Ike Obi",
      "Jide Akin",
      "Kemi Ade",
      "Lanre Ola",
    ],
  },
  {
    label: "简体",
    headers: ["姓名", "电话", "2015年会费"],
    extra: "学历",
    grades: ["普通会员", "资深会员"],
    people: [
      "王建国",
      "李秀英",
      "张伟",
      "刘洋",
      "陈静",
      "杨帆",
      "赵磊",
      "孙丽",
      "周杰",
      "吴敏",
      "郑强",
      "冯雪",
    ],
  },
  {
    label: "繁體",
    headers: ["姓名", "電話", "2015年會費"],
    extra: "學歷",
    grades: ["普通會員", "資深會員"],
    people: [
      "陳怡君",
      "林志明",
      "黃淑芬",
      "張家豪",
      "李美玲",
      "王俊傑",
      "吳宗翰",
      "蔡佩珊",
      "許文彬",
      "鄭雅婷",
      "謝承恩",
      "洪詩涵",
    ],
  },
];

function grade(
  v: Variant,
  from: number,
  dues: (i: number) => number,
  extra = false
): SourceCell[][] {
  const rows: SourceCell[][] = [extra ? [...v.headers, v.extra] : v.headers];
  for (let i = 0; i < 6; i++) {
    const row: SourceCell[] = [
      v.people[from + i],
      `0803555${String(1000 + from * 10 + i)}`,
      dues(i),
    ];
    rows.push(extra ? [...row, ["MSc", "BSc", "HND"][i % 3]] : row);
  }
  return rows;
}

describe("figures shared by two member sheets make no staff of either", () => {
  it.each(VARIANTS)("$label: both grade sheets are clients", (v) => {
    const first = grade(v, 0, (i) => [5000, 5000, 10000, 5000, 10000, 5000][i]);
    const second = grade(v, 6, (i) => [5000, 10000, 7500, 2500, 12500, 15000][i], true);
    const r = importWorkbook([sheet(v.grades[0], first), sheet(v.grades[1], second)]);
    for (const g of v.grades) {
      const m = r.mappings.find((x) => x.sheet === g);
      expect(m?.registerSheet).toBe("Clients");
      expect(m?.reasonCoded?.code).not.toBe("sheet.why.staff-serving");
    }
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...v.people].sort());
  });
});
