/**
 * Two shapes of "not client data" seen on real workbooks, reproduced with small invented grids:
 * a shop's catalogue whose item column is headed only "name" (a web app's books sheet beside its
 * members), and a price table whose rows are quantity bands per client contract (min → max, the
 * next band starting where the last ended), named like a client list.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const TITLES = [
  "晨光裡的小習慣",
  "海邊的燈塔守護人",
  "巷口的深夜麵店",
  "學會說不的勇氣",
  "第一本存錢筆記",
  "版面設計的祕密",
  "霧中的島嶼",
  "給新手的理財地圖",
];
const MEMBERS = ["陳志明", "林怡君", "黃家豪", "張淑芬", "李冠宇", "王雅婷"];

function books(): SourceCell[][] {
  const rows: SourceCell[][] = [
    ["id", "name", "author", "category", "price", "stock", "createdAt"],
  ];
  TITLES.forEach((title, i) =>
    rows.push([
      i + 1,
      title,
      `作者${i}`,
      "文學小說",
      280 + i * 10,
      5 + i,
      "2024-01-10T00:00:00.000Z",
    ])
  );
  return rows;
}

function members(): SourceCell[][] {
  const rows: SourceCell[][] = [["id", "name", "phone", "email", "points", "createdAt"]];
  MEMBERS.forEach((name, i) =>
    rows.push([
      i + 1,
      name,
      `0900-1${i}0-00${i}`,
      `m${i}@example.com`,
      (i + 1) * 50,
      `2024-0${i + 2}-01T00:00:00.000Z`,
    ])
  );
  return rows;
}

describe("a catalogue whose item column is headed only 'name'", () => {
  it("is left out as a product catalogue, while the members beside it are imported", () => {
    const r = importWorkbook([sheet("books", books()), sheet("members", members())]);
    const bookMapping = r.mappings.find((m) => m.sheet === "books");
    expect(bookMapping).toMatchObject({ registerSheet: null, kind: "catalogue" });
    expect(r.mappings.find((m) => m.sheet === "members")?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual(MEMBERS);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === "books");
    expect(issue?.message).toMatch(/"price", "stock"/);
  });

  it("stays a client list when the bare name column holds people and the rows carry phones", () => {
    const rows: SourceCell[][] = [["name", "phone", "brand", "model"]];
    MEMBERS.forEach((name, i) => rows.push([name, `0900-2${i}0-11${i}`, "Toyota", `Corolla ${i}`]));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(MEMBERS.length);
  });

  it("is no catalogue when the bare name column holds companies", () => {
    const rows: SourceCell[][] = [["name", "brand", "price", "address"]];
    [
      "东方燃气有限公司",
      "长江电力集团",
      "新华化工有限公司",
      "北方水务公司",
      "南方热力集团",
    ].forEach((n, i) => rows.push([n, "闸阀", 1200 + i, `杭州市西湖区文化路${i + 1}号`]));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].kind).not.toBe("catalogue");
    expect(r.mappings[0].registerSheet).toBe("Clients");
  });
});

/** A price table: one row per quantity band, each client's bands chained from 0 upwards. */
function ladder(): SourceCell[][] {
  const rows: SourceCell[][] = [
    [
      "Contract No",
      "Client Name",
      "Unit Price Model",
      "Min. quantity",
      "Max. quantity",
      "Unit price",
    ],
  ];
  const contracts: [string, string, number[]][] = [
    ["KA1001", "Harbour Trading Co.", [0, 5000, 10000, 15000]],
    ["KB2002", "Northgate Foods Co.", [0, 20000, 30000, 40000, 100000]],
    ["KC3003", "Riverside Clinic", [0, 5000, 10000]],
  ];
  for (const [no, client, bounds] of contracts)
    bounds.forEach((low, k) =>
      rows.push([no, client, "Ladder", low, bounds[k + 1] ?? 100000000, 500 - k * 40])
    );
  for (const [no, client] of [
    ["KD4004", "Lakeside Hotel"],
    ["KE5005", "Summit Outfitters Co."],
  ])
    rows.push([no, client, "Flat", 0, 100000000, 300]);
  return rows;
}

describe("a table of price bands per client", () => {
  it("is not a client list: one issue names the two bounds", () => {
    const r = importWorkbook([sheet("client_list", ladder())]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "lookup" });
    expect(r.mappings[0].reasonCoded).toMatchObject({
      code: "sheet.why.bands",
      params: { low: "Min. quantity", high: "Max. quantity" },
    });
    expect(r.records.Clients).toHaveLength(0);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(issue?.message).toMatch(/bands from "Min. quantity" to "Max. quantity"/);
    expect(renderIssueMessage(issue!, "zh-CN")).toMatch(/价格或费率表/);
    expect(renderIssueMessage(issue!, "zh-TW")).toMatch(/價格或費率表/);
  });

  it("is read by its values whatever the headers say (区间 headers in Chinese, amounts as text)", () => {
    const rows: SourceCell[][] = [["客户", "起", "止", "费率"]];
    for (const client of ["甲公司", "乙公司", "丙公司"])
      [0, 100, 500, 1000].forEach((low, k, all) =>
        rows.push([client, String(low), String(all[k + 1] ?? 99999), 0.5 - k * 0.1])
      );
    const r = importWorkbook([sheet("客户费率", rows)]);
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.bands");
  });

  it("leaves clients with two readings per row alone: the next row does not start where this one ends", () => {
    const rows: SourceCell[][] = [["户名", "上期读数", "本期读数", "手机"]];
    MEMBERS.forEach((name, i) =>
      rows.push([name, 1000 + i * 137, 1050 + i * 151, `1380000${String(i).padStart(4, "0")}`])
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(MEMBERS.length);
  });

  it("does not take a history of consecutive years for bands", () => {
    const rows: SourceCell[][] = [["客户名称", "起始年度", "终止年度", "保费"]];
    for (const client of ["甲公司", "乙公司"])
      for (let y = 2018; y < 2023; y++) rows.push([client, y, y + 1, 1000 + y]);
    const r = importWorkbook([sheet("续保记录", rows)]);
    expect(r.mappings[0].reasonCoded?.code).not.toBe("sheet.why.bands");
  });
});
