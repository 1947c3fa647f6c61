/**
 * A directory of organisations (temples, shops) read as a person reads it: every record has its
 * name, so a column headed as a name and filled on every row is the name, and one only resembling
 * the name's header and left empty on some rows (a registered name) is a second name kept in
 * notes; places of worship and Taiwan's 財團法人 / 社團法人 are organisations; namesakes at two
 * addresses are two organisations; a temple founded in 1661 has that founding year.
 */
import { importWorkbook } from "../../src/importer";
import { namesOrganisation } from "../../src/register/catalog";
import type { ImportResult } from "../../src/importer/types";
import { sheet, table } from "./helpers";

function fieldOf(r: ImportResult, header: string): string | null | undefined {
  for (const m of r.mappings) {
    const c = m.columns.find((col) => col.header === header);
    if (c) return c.field;
  }
  return undefined;
}

const TEMPLES = [
  "北極殿",
  "玄天宮",
  "財團法人臺南市開基天后宮",
  "福德祠",
  "龍山寺",
  "北極殿",
  "城隍廟",
  "清水宮",
  "文昌宮",
  "北極殿",
];
const TOWNS = [
  "竹山鎮",
  "埔里鎮",
  "中西區",
  "礁溪鄉",
  "萬華區",
  "集集鎮",
  "新竹市",
  "中寮鄉",
  "豐原區",
  "鹿港鎮",
];

describe("a directory's names", () => {
  it("places of worship and foundations are organisations, people are not", () => {
    for (const name of [
      "北極殿",
      "玄天宮",
      "龍山寺",
      "城隍廟",
      "財團法人臺北市某某協進會",
      "社團法人台灣某某學會",
      "真耶穌教會",
    ])
      expect(namesOrganisation(name)).toBe(true);
    for (const name of ["陳柏宏", "林佩珊", "宮本明"]) expect(namesOrganisation(name)).toBe(false);
  });

  it("繁體: the name on every row is the name; the registered name some rows lack is notes", () => {
    const r = importWorkbook([
      sheet(
        "廟宇",
        table(
          ["廟名", "地址", "登記名稱", "建立年份"],
          TEMPLES.length,
          (_, i, k) =>
            [
              TEMPLES[i],
              `南投縣${TOWNS[i]}中正路${100 + i}號`,
              i % 3 === 2 ? null : TEMPLES[i].replace(/^財團法人臺南市/, ""),
              i % 2 === 0 ? 1661 + i * 20 : null,
            ][k]
        )
      ),
    ]);
    expect(fieldOf(r, "廟名")).toBe("name");
    expect(fieldOf(r, "登記名稱")).toBeNull();
    expect(fieldOf(r, "建立年份")).toBe("foundedYear");
    const clients = r.records.Clients;
    // The three 北極殿 in three towns are three temples.
    expect(clients).toHaveLength(TEMPLES.length);
    expect(clients.filter((c) => c.name === "北極殿")).toHaveLength(3);
    expect(clients[0].foundedYear).toBe(1661);
    expect(clients[2].kind).toBe("enterprise");
    expect(String(clients[1].notes)).toContain("登記名稱");
  });

  it("简体: a shop list's 店名 on every row beside a registered name on some", () => {
    const shops = [
      "老街烘焙",
      "一品茶庄",
      "阿强修车",
      "小林花艺",
      "东门五金",
      "南湖文具",
      "青禾果蔬",
      "北岸咖啡",
    ];
    const r = importWorkbook([
      sheet(
        "门店",
        table(
          ["店名", "注册名称", "电话"],
          shops.length,
          (_, i, k) =>
            [shops[i], i < 4 ? `杭州${shops[i]}有限公司` : null, `0571-8800${1000 + i}`][k]
        )
      ),
    ]);
    expect(fieldOf(r, "店名")).toBe("name");
    expect(fieldOf(r, "注册名称")).toBeNull();
    expect(r.records.Clients.map((c) => c.name)).toEqual(shops);
  });

  it("a registered name on every row stays the name", () => {
    const r = importWorkbook([
      sheet(
        "廟宇",
        table(
          ["登記名稱", "地址", "廟名"],
          8,
          (_, i, k) =>
            [TEMPLES[i], `南投縣${TOWNS[i]}中正路${100 + i}號`, i % 2 === 0 ? TEMPLES[i] : null][k]
        )
      ),
    ]);
    expect(fieldOf(r, "登記名稱")).toBe("name");
  });

  it("one temple listed twice at one address is one", () => {
    const names = ["北極殿", ...TEMPLES.slice(1)];
    const r = importWorkbook([
      sheet(
        "廟宇",
        table(
          ["廟名", "地址", "登記名稱", "建立年份"],
          names.length,
          (_, i, k) =>
            [
              i === 1 ? "北極殿" : names[i],
              `南投縣${TOWNS[i === 1 ? 0 : i]}中正路${i === 1 ? 100 : 100 + i}號`,
              i % 3 === 2 ? null : names[i],
              i % 2 === 0 ? 1700 + i : null,
            ][k]
        )
      ),
    ]);
    expect(r.records.Clients.filter((c) => c.name === "北極殿")).toHaveLength(3);
    expect(r.records.Clients).toHaveLength(names.length - 1);
  });

  it("a firm under its registered name, listed in two cities, is one firm", () => {
    const firms = [
      "Brightwave Systems Private Limited",
      "Cobalt Infotech Pvt Ltd",
      "Harbor Analytics LLP",
      "Nimbus Labs Private Limited",
      "Keystone Softech Pvt Ltd",
      "Maple Data Private Limited",
      "Brightwave Systems Private Limited",
      "Orchid Cloud Pvt Ltd",
    ];
    const cities = [
      "Bengaluru",
      "Pune",
      "Chennai",
      "Hyderabad",
      "Noida",
      "Kochi",
      "Asansol",
      "Mumbai",
    ];
    const r = importWorkbook([
      sheet(
        "Sheet1",
        table(
          ["Company Name", "Location", "Website"],
          firms.length,
          (_, i, k) =>
            [firms[i], cities[i], `www.${firms[i].split(" ")[0].toLowerCase()}.example`][k]
        )
      ),
    ]);
    expect(r.records.Clients.filter((c) => c.name === firms[0])).toHaveLength(1);
  });
});
