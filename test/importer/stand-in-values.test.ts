/**
 * Values standing in for what a row lacks (session 20): a village's list writes one made-up ID
 * number for every member who has none (old women known as 张彭氏, unregistered children), and a
 * word in the name cell of parcels no household claimed (未指界). The shared number is no one's ID
 * and the word is no one: neither merges people nor makes a client.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const MEMBERS = [
  "陈建国",
  "王秀英",
  "李志强",
  "张彭氏",
  "刘德明",
  "杨春梅",
  "赵立新",
  "张王氏",
  "周海涛",
  "吴丽华",
  "郑永福",
  "李张氏",
  "朱国平",
  "胡美玲",
  "林振华",
  "王李氏",
];
const STAND_IN_ID = "320321201801010001";
const idOf = (i: number) =>
  `3203211960${String(1001 + i * 37).padStart(4, "0")}0${i % 10}1X`.slice(0, 18);

function village(extra: SourceCell[][]): SourceCell[][] {
  return [
    ["宗地代码", "姓名", "身份证号", "电话", "通讯地址"],
    ...MEMBERS.map((m, i) => [
      // A parcel's code, on each member of its household.
      `3203212018010100${String(10 + Math.floor(i / 2)).padStart(3, "0")}`,
      m,
      i % 4 === 3 ? STAND_IN_ID : idOf(i),
      `1380516${String(2000 + i * 41).padStart(4, "0")}`,
      "三组",
    ]),
    ...extra,
  ];
}

describe("values standing in for what a row lacks", () => {
  it("an ID number written for several different people merges none of them", () => {
    const r = importWorkbook([sheet("Sheet1", village([]))]);
    expect(r.records.Clients).toHaveLength(MEMBERS.length);
  });

  it("one person's ID number under a variant of the name still merges", () => {
    const r = importWorkbook([
      sheet("Sheet1", village([["320321201801010999", "王秀英", idOf(1), null, "三组"]])),
    ]);
    expect(r.records.Clients).toHaveLength(MEMBERS.length);
  });

  it("a word standing in the name on several rows with no ID or phone is no one", () => {
    const parcels = Array.from({ length: 6 }, (_, k) => [
      `3203212018010100${900 + k}`,
      "未指界",
      null,
      null,
      "三组",
    ]);
    const r = importWorkbook([sheet("Sheet1", village(parcels))]);
    expect(r.records.Clients.map((c) => c.name)).not.toContain("未指界");
    expect(r.records.Clients).toHaveLength(MEMBERS.length);
    const skipped = r.issues.filter((i) => i.code === "import.row-skipped" && i.value !== null);
    expect(skipped.length).toBeGreaterThanOrEqual(6);
  });

  it("a name on a row or two, or with a phone, stays a client", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        village([
          ["320321201801010951", "MARY", null, "13805169999", "三组"],
          ["320321201801010952", "MARY", null, "13805169998", "三组"],
        ])
      ),
    ]);
    expect(r.records.Clients.filter((c) => c.name === "MARY")).toHaveLength(2);
  });
});
