/**
 * A table of records whose header leaves the holder's column blank, the holder written only on the
 * first of his or her records and blank below (a family's policies, a rep's visit sheet): a person
 * reads each group's records as the one named at its top. Invented sheets in three languages and
 * two column orders; a column repeated on every record (an insurer) is no holder.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

type Case = [label: string, registerSheet: string, rows: SourceCell[][], holders: string[]];

const CASES: Case[] = [
  [
    "English policies, the holder second, an insurer column without a header last",
    "Insurance",
    [
      ["No", "", "Policy No", "Premium", "Start", "Sum Assured", ""],
      [1, "MEERA", "P-40011", 8200, "2015-03-01", 100000, "LIC"],
      [2, null, "P-40012", 12000, "2017-06-12", 200000, "LIC"],
      [3, null, "P-40013", 6100, "2019-01-20", 100000, "HDFC"],
      [4, "ANIL", "P-40021", 9900, "2014-11-02", 150000, "LIC"],
      [5, null, "P-40022", 15300, "2016-08-08", 250000, "BAJAJ"],
      [6, "KAVYA", "P-40031", 4800, "2020-02-14", 100000, "LIC"],
      [7, "ROHAN", "P-40041", 3300, "2021-05-05", 50000, "LIC"],
      [8, null, "P-40042", 7700, "2022-09-30", 100000, "HDFC"],
    ],
    ["MEERA", "MEERA", "MEERA", "ANIL", "ANIL", "KAVYA", "ROHAN", "ROHAN"],
  ],
  [
    "简体 policies, the holder first",
    "Insurance",
    [
      ["", "保单号", "险种", "年缴保费", "生效日期"],
      ["王建国", "BD-1001", "终身寿险", 12000, "2016-05-01"],
      [null, "BD-1002", "重疾险", 8000, "2018-03-15"],
      ["李秀英", "BD-2001", "医疗险", 1500, "2020-01-01"],
      [null, "BD-2002", "意外险", 300, "2021-07-01"],
      [null, "BD-2003", "年金险", 20000, "2019-09-09"],
      ["赵磊", "BD-3001", "终身寿险", 9000, "2015-12-12"],
    ],
    ["王建国", "王建国", "李秀英", "李秀英", "李秀英", "赵磊"],
  ],
  [
    "繁體 visits, the client after the date",
    "Visits",
    [
      ["拜訪日期", "", "拜訪方式", "內容"],
      ["2026-01-05", "陳怡君", "親訪", "介紹新商品"],
      ["2026-02-11", null, "電話", "確認需求"],
      ["2026-03-02", null, "親訪", "簽約"],
      ["2026-01-20", "林志豪", "電話", "續約提醒"],
      ["2026-02-25", null, "親訪", "送件"],
      ["2026-03-10", "黃美玲", "視訊", "年度檢視"],
    ],
    ["陳怡君", "陳怡君", "陳怡君", "林志豪", "林志豪", "黃美玲"],
  ],
];

function holderOf(r: ReturnType<typeof importWorkbook>, key: string): string[] {
  const rows = (r.records as unknown as Record<string, Record<string, unknown>[]>)[key];
  const names = new Map(r.records.Clients.map((c) => [c.clientId, c.name]));
  return rows.map((row) => String(names.get(row.clientId as string) ?? row.clientName ?? ""));
}

describe("a holder column without a header, written on each holder's first record", () => {
  it.each(CASES)("is the client of the records under it (%s)", (_, key, rows, holders) => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe(key);
    const holder = m.columns.find((c) => c.header === "" && c.field === "clientName");
    expect(holder).toBeDefined();
    expect(holder?.confidence).toBeLessThan(0.7);
    expect(holderOf(r, key)).toEqual(holders);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...new Set(holders)].sort());
    expect(r.issues.some((i) => i.code === "import.column-filled-down")).toBe(true);
  });

  it("says why in English, 简体 and 繁體", () => {
    const r = importWorkbook([sheet("Sheet1", CASES[0][2])]);
    const holder = r.mappings[0].columns.find((c) => c.field === "clientName");
    const reason = holder?.reasons?.find((e) => e.code === "map.why.group-holder");
    expect(reason).toBeDefined();
    const text = (lang: "en" | "zh-CN" | "zh-TW") =>
      renderMessage("map.why.group-holder", reason?.params ?? {}, lang);
    expect(text("en")).toContain("first row of a group");
    expect(text("zh-CN")).toContain("每组记录");
    expect(text("zh-TW")).toContain("每組記錄");
  });

  it("leaves a column written on every record (the insurer) to notes, not to the holder", () => {
    const r = importWorkbook([sheet("Sheet1", CASES[0][2])]);
    const insurer = r.mappings[0].columns[6];
    expect(insurer.field).not.toBe("clientName");
  });

  it("reads a line holding only a name between the groups as a section, not a record", () => {
    const rows = [...CASES[0][2]];
    rows.splice(6, 0, [null, "HEALTH COVER", null, null, null, null, null]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Insurance).toHaveLength(8);
    expect(r.records.Clients.map((c) => c.name)).not.toContain("HEALTH COVER");
  });

  it("takes no holder when two columns without a header each read so", () => {
    const rows = CASES[1][2].map((row, i) => [
      ...row,
      i === 0 ? "" : row[0] === null ? null : `${String(row[0])}之妻`,
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns.some((c) => c.field === "clientName")).toBe(false);
  });
});
