import { sheetBlocks } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** A zh-TW agent's client list (invented people). */
const CLIENTS: SourceCell[][] = [
  ["客戶姓名", "手機", "地址", "職業"],
  ["范志明", "0912-000-101", "台北市大安區仁愛路四段1號", "教師"],
  ["簡淑芬", "0912-000-102", "新北市板橋區文化路二段8號", "護理師"],
  ["侯建民", "0912-000-103", "桃園市中壢區中正路12號", "工程師"],
];

/** The same agent's visit log: date, the client by name, how, what it cost. */
const VISITS: SourceCell[][] = [
  ["拜訪日期", "客戶", "方式", "花費"],
  ["2024-07-03", "簡淑芬", "面訪", 800],
  ["2024-07-05", "范志明", "電訪", null],
  ["2024-07-09", "侯建民", "面訪", 450],
  ["2024-07-12", "簡淑芬", "電訪", null],
  ["2024-07-20", "范志明", "面訪", 300],
];

function sideBySide(gap: number): SourceCell[][] {
  return VISITS.map((visit, i) => [
    ...(CLIENTS[i] ?? [null, null, null, null]),
    ...Array<SourceCell>(gap).fill(null),
    ...visit,
  ]);
}

describe("two tables side by side under one header row (blind s8b agent book)", () => {
  it.each([1, 2])(
    "a client list and a visit log %i empty column(s) apart are two tables, each imported alone",
    (gap) => {
      const result = importWorkbook([sheet("客戶總表", sideBySide(gap))]);
      const visitsAt = String.fromCharCode(64 + 4 + gap + 1);
      const visitsEnd = String.fromCharCode(64 + 4 + gap + 4);
      expect(result.mappings.map((m) => [m.range, m.registerSheet])).toEqual([
        ["A1:D4", "Clients"],
        [`${visitsAt}1:${visitsEnd}6`, "Visits"],
      ]);
      expect(result.records.Clients.map((c) => c.name)).toEqual(["范志明", "簡淑芬", "侯建民"]);
      // No client takes a visit's 客戶 as its id, nor the visit columns as notes.
      for (const c of result.records.Clients) {
        expect(c.notes ?? "").not.toContain("面訪");
        expect(c.clientId).not.toBe("簡淑芬");
      }
      const ids = new Map(result.records.Clients.map((c) => [c.name, c.clientId]));
      expect(result.records.Visits.map((v) => [v.visitOn, v.clientId, v.method])).toEqual([
        ["2024-07-03", ids.get("簡淑芬"), "visit"],
        ["2024-07-05", ids.get("范志明"), "phone"],
        ["2024-07-09", ids.get("侯建民"), "visit"],
        ["2024-07-12", ids.get("簡淑芬"), "phone"],
        ["2024-07-20", ids.get("范志明"), "visit"],
      ]);
      expect(result.summary.rejected).toBe(0);
    }
  );

  it("half a table beside the names (address and income, no name of their own) stays one table", () => {
    const rows: SourceCell[][] = CLIENTS.map((r) => [r[0], r[1], null, r[2], r[3]]);
    expect(sheetBlocks(sheet("客戶", rows))).toHaveLength(1);
  });

  it("a policy's columns beside the client's name across a spacer stay one table with it", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "手機", null, "保單號碼", "險種", "保費"],
      ["范志明", "0912-000-101", null, "P-1001", "壽險", 12000],
      ["簡淑芬", "0912-000-102", null, "P-1002", "醫療險", 8000],
    ];
    const blocks = sheetBlocks(sheet("保單", rows));
    expect(blocks).toHaveLength(1);
    expect(blocks[0].table?.columns).toHaveLength(6);
  });
});

describe("labelled figures under a client table (blind s8b 統計 block)", () => {
  const withStats = (gap: number, title: boolean): SourceCell[][] => [
    ["客戶姓名", "性別", "手機", "地址"],
    ["范志明", "男", "0912-000-101", "台北市大安區仁愛路四段1號"],
    ["簡淑芬", "女", "0912-000-102", "新北市板橋區文化路二段8號"],
    ["侯建民", "男", "0912-000-103", "桃園市中壢區中正路12號"],
    ...Array<SourceCell[]>(gap).fill([]),
    ...(title ? [["統計"]] : []),
    ["客戶數", 3],
    ["本季拜訪次數", 7],
    ["面訪", 4],
    ["電訪", 3],
  ];

  it.each([
    [1, true],
    [3, true],
    [6, false],
  ])(
    "after %i blank row(s) (title: %s) it is a summary, left out with one issue, not clients",
    (gap, title) => {
      const rows = withStats(gap, title);
      const result = importWorkbook([sheet("客戶總表", rows)]);
      expect(result.records.Clients.map((c) => c.name)).toEqual(["范志明", "簡淑芬", "侯建民"]);
      const [clients, stats] = result.mappings;
      expect(clients).toMatchObject({ range: "A1:D4", registerSheet: "Clients" });
      const top = 5 + gap;
      expect(stats).toMatchObject({ range: `A${top}:B${rows.length}`, registerSheet: null });
      expect(stats.kind).toBe("summary");
      const about = result.issues.filter((i) => i.code === "import.sheet-not-data");
      expect(about).toHaveLength(1);
      expect(about[0].params).toMatchObject({ reason: "sheet.why.metrics" });
      expect(result.summary).toMatchObject({ imported: 3, rejected: 0 });
    }
  );

  it("a narrow table's rows after a blank row (a name and an amount) stay records", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "年繳保費"],
      ["范志明", 12000],
      ["簡淑芬", 8000],
      [],
      ["侯建民", 15000],
      ["龔美玲", 9000],
    ];
    const result = importWorkbook([sheet("客戶", rows)]);
    expect(result.records.Clients.map((c) => c.name)).toEqual([
      "范志明",
      "簡淑芬",
      "侯建民",
      "龔美玲",
    ]);
  });
});

describe("a footer counting the rows (blind s8b: 共 43 筆)", () => {
  it.each(["共 3 筆", "共3条", "合计 3 人", "Total: 3 records"])(
    "%s under the table is skipped as a footer, not rejected as a row without a name",
    (footer) => {
      const rows: SourceCell[][] = [
        ["客戶代號", "公司名稱", "電話", "月交寄量(件)"],
        ["VIP001", "晨曦印刷有限公司", "02-2700-0101", 500],
        ["VIP002", "山嵐貿易有限公司", "02-2700-0102", 1200],
        ["VIP003", "青禾文具行", "02-2700-0103", 300],
        [null, "合計", null, 2000],
        [footer, null, null, null],
      ];
      const result = importWorkbook([sheet("VIP客戶", rows)]);
      expect(result.records.Clients.map((c) => c.name)).toEqual([
        "晨曦印刷有限公司",
        "山嵐貿易有限公司",
        "青禾文具行",
      ]);
      expect(result.summary).toMatchObject({ imported: 3, rejected: 0 });
      expect(result.rows.find((r) => r.row === 6)?.outcome).toBe("skipped");
      expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    }
  );
});
