/**
 * A dealer's daily call report (event-rows.ts): each row a call on a customer's deal — the day,
 * the customer, where, and how the deal stands (Under Negotiation, Concluded, Lost; 商务谈判,
 * 签约成交, 输单) — under headers that never say "call" or "visit". The customers come back on
 * other days with the deal's news: a person reads the rows as calls, each one a visit of its
 * customer, the days day-first as the column writes them (1.9.2023 below 21.8.2023). One deal's
 * product lines quoted on one day, or a column of 0 and 1, are no calls: the list stays a list.
 */
import { importWorkbook } from "../../src/importer";
import { comesBackOnOtherDays, tellsDealStanding } from "../../src/importer/event-rows";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

interface Words {
  headers: string[];
  customers: string[];
  places: string[];
  standings: string[];
}

const EN: Words = {
  headers: ["DATE", "CUSTOMER NAME", "CONTACT NO", "LOCATION", "FLEET", "Concluded / Lost"],
  customers: ["Velmar Constructions", "Om Haulage", "Kaveri Dairy", "Ranga Blue Metals"],
  places: ["Vazhudavur", "White Town", "Villianur", "Gorimedu"],
  standings: ["Under Negotiation", "Concluded", "Lost"],
};
const ZH_CN: Words = {
  headers: ["日期", "客户名称", "联系电话", "地点", "车队规模", "进展"],
  customers: ["宏达建材", "永顺运输", "金穗乳业", "青石矿业"],
  places: ["南山", "西湖", "东城", "北岸"],
  standings: ["商务谈判", "签约成交", "输单"],
};
const ZH_TW: Words = {
  headers: ["日期", "客戶名稱", "聯絡電話", "地點", "車隊規模", "進展"],
  customers: ["宏達建材", "永順運輸", "金穗乳業", "青石礦業"],
  places: ["南山", "西湖", "東城", "北岸"],
  standings: ["商務談判", "簽約成交", "輸單"],
};

/**
 * Twelve calls over twelve days (21.8.2023 to 1.9.2023, day first), four customers each called
 * three times. `sameDay` puts each customer's three rows on one day (a quote's product lines);
 * `standing` makes each row's standing.
 */
function callReport(
  w: Words,
  sameDay = false,
  standing: (row: number) => SourceCell = (row) => w.standings[row % 3]
): SourceCell[][] {
  const days = [
    "21.8",
    "22.8",
    "23.8",
    "24.8",
    "25.8",
    "26.8",
    "28.8",
    "29.8",
    "30.8",
    "31.8",
    "1.9",
    "2.9",
  ];
  const rows: SourceCell[][] = [w.headers];
  for (let i = 0; i < 12; i++) {
    const c = i % 4;
    const day = sameDay ? days[c] : days[i];
    rows.push([
      `${day}.2023`,
      w.customers[c],
      9000041730 + c,
      w.places[c],
      10 + c * 5,
      standing(i),
    ]);
  }
  return rows;
}

describe("a dealer's calls on his deals", () => {
  it.each([
    ["en", EN],
    ["简体", ZH_CN],
    ["繁體", ZH_TW],
  ])("reads the report as visits of its customers, day first (%s)", (_lang, w) => {
    const result = importWorkbook([sheet("Sheet2", callReport(w))]);
    expect(readAs(result, "Sheet2")).toBe("Visits");
    const visits = result.records.Visits ?? [];
    expect(visits).toHaveLength(12);
    const clients = result.records.Clients ?? [];
    expect(clients.map((c) => c.name)).toEqual(w.customers);
    const idOf = (name: string) => clients.find((c) => c.name === name)?.clientId;
    const last = visits.find((v) => v.visitOn === "2023-09-02");
    expect(last?.clientId).toBe(idOf(w.customers[3]));
    expect(last?.place).toBe(w.places[3]);
    expect(visits.filter((v) => v.clientId === idOf(w.customers[0]))).toHaveLength(3);
  });

  it.each([
    ["en", EN],
    ["简体", ZH_CN],
    ["繁體", ZH_TW],
  ])("keeps a list whose customers come back only on one day, a quote's lines (%s)", (_lang, w) => {
    const result = importWorkbook([sheet("Sheet2", callReport(w, true))]);
    expect(readAs(result, "Sheet2")).not.toBe("Visits");
  });

  it("keeps a list whose column holds 0 and 1, not a deal's words", () => {
    const result = importWorkbook([
      sheet(
        "Sheet2",
        callReport(EN, false, (row) => row % 2)
      ),
    ]);
    expect(readAs(result, "Sheet2")).not.toBe("Visits");
    expect(tellsDealStanding(["0", "1", "1", "0", "1", "0"])).toBe(false);
  });

  it("tells a deal's standing in two words or more, and parties back on other days", () => {
    expect(tellsDealStanding(EN.standings.concat(EN.standings))).toBe(true);
    expect(tellsDealStanding(ZH_TW.standings.concat(ZH_TW.standings))).toBe(true);
    expect(tellsDealStanding(Array<SourceCell>(6).fill("Lost"))).toBe(false);
    expect(tellsDealStanding(["Retail", "Care", "Lost", "Care", "Retail", "Lost"])).toBe(false);
    const parties = ["A", "B", "A", "B", "C"];
    expect(comesBackOnOtherDays(parties, ["1.8", "1.8", "2.8", "3.8", "3.8"])).toBe(true);
    expect(comesBackOnOtherDays(parties, ["1.8", "2.8", "1.8", "2.8", "3.8"])).toBe(false);
  });
});
