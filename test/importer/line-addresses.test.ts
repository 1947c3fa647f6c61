/**
 * A log names its clients on many rows, and its City or Branch column may say where each line
 * happened: when nearly every client that comes back comes back at another place, the address is
 * the line's, and two rows of one firm's name there are one client, not namesakes. A list whose
 * names come back rarely keeps telling namesake firms apart by their addresses. Invented rows in
 * English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { sheetsOfLineAddresses, type AddressedRow } from "../../src/importer/line-addresses";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const rowsOf = (sheetName: string, pairs: [string, string][]): AddressedRow[] =>
  pairs.map(([name, address]) => ({ sheet: sheetName, name, address }));

describe("sheetsOfLineAddresses", () => {
  it("a log whose returning clients are written at several places has its lines' addresses", () => {
    const towns = ["dubai", "abudhabi", "sharjah", "alain"];
    const pairs: [string, string][] = [];
    for (let line = 0; line < 24; line++) pairs.push([`firm${line % 6}`, towns[line % 4]]);
    expect([...sheetsOfLineAddresses(rowsOf("Data", pairs))]).toEqual(["Data"]);
  });

  it("a log whose clients stay at one address each keeps the addresses the clients'", () => {
    const pairs: [string, string][] = [];
    for (let line = 0; line < 24; line++) pairs.push([`firm${line % 6}`, `street${line % 6}`]);
    expect(sheetsOfLineAddresses(rowsOf("Data", pairs)).size).toBe(0);
  });

  it("a list with a few namesakes at other addresses is no log", () => {
    const pairs: [string, string][] = [];
    for (let i = 0; i < 30; i++) pairs.push([`temple${i}`, `town${i}`]);
    pairs.push(["temple1", "town40"], ["temple2", "town41"], ["temple3", "town42"]);
    expect(sheetsOfLineAddresses(rowsOf("名錄", pairs)).size).toBe(0);
  });

  it("a client written at a place and at a fuller address of it stays at one place, not at two parts of it", () => {
    const lines = (third: string): [string, string][] => {
      const pairs: [string, string][] = [];
      for (let firm = 0; firm < 6; firm++)
        pairs.push(
          [`firm${firm}`, "spain"],
          [`firm${firm}`, `spain, madrid, calle ${firm}`],
          [`firm${firm}`, third === "" ? "spain" : `spain, ${third}`]
        );
      return pairs;
    };
    expect(sheetsOfLineAddresses(rowsOf("Data", lines(""))).size).toBe(0);
    expect([...sheetsOfLineAddresses(rowsOf("Data", lines("sevilla")))]).toEqual(["Data"]);
  });

  it("blank addresses say nothing either way", () => {
    const pairs: [string, string][] = [];
    for (let line = 0; line < 24; line++)
      pairs.push([`firm${line % 6}`, line % 6 === 0 ? "x" : ""]);
    expect(sheetsOfLineAddresses(rowsOf("Data", pairs)).size).toBe(0);
  });
});

describe("a sales log whose City is where each sale was made", () => {
  it("English: each company buying in several cities is one client", () => {
    const firms = ["Norvale Trading LLC", "Quarrystone Media", "Halden Works", "Corvin Digital"];
    const people = ["Reem Saleh", "Omar Haddad"];
    const cities = ["Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman"];
    const rows: SourceCell[][] = [["Date", "Customer Name", "Customer Type", "City", "Service"]];
    for (let line = 0; line < 36; line++) {
      const company = line % 3 !== 2;
      const name = company ? firms[line % 4] : people[line % 2];
      rows.push([
        `2024-0${(line % 9) + 1}-1${line % 10}`,
        name,
        company ? "Company" : "Individual",
        cities[(line * 7) % 5],
        line % 2 === 0 ? "Ads" : "SEO",
      ]);
    }
    const r = importWorkbook([sheet("Data", rows)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...firms, ...people].sort());
    expect(r.issues.some((i) => i.params?.why === "link.apart-address")).toBe(false);
  });

  it("简体: 客户在各门店消费，门店不是客户的地址", () => {
    const shops = ["鼎盛贸易", "华源科技", "恒达建材", "新锐传媒"];
    const stores = ["徐汇店", "浦东店", "静安店", "闵行店"];
    const rows: SourceCell[][] = [["日期", "客户名称", "客户类型", "门店地址", "金额"]];
    for (let line = 0; line < 24; line++)
      rows.push([
        `2025-03-${String(line + 1).padStart(2, "0")}`,
        shops[line % 4],
        "企业",
        `上海市${stores[(line + Math.floor(line / 4)) % 4]}`,
        1200 + line * 10,
      ]);
    const r = importWorkbook([sheet("销售明细", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...shops].sort());
  });
});

describe("a directory of namesakes is still told apart by address", () => {
  it("繁體: temples of one name in other towns stay two", () => {
    const temples = [
      "北極殿",
      "玄天宮",
      "福德祠",
      "慈惠堂",
      "清水巖",
      "保安宮",
      "龍山寺",
      "天后宮",
    ];
    const rows: SourceCell[][] = [["寺廟名稱", "類別", "地址"]];
    temples.forEach((t, i) => rows.push([t, "寺廟", `臺南市第${i + 1}里民族路${i + 10}號`]));
    rows.push(["北極殿", "寺廟", "嘉義縣民雄鄉中樂路3號"]);
    const r = importWorkbook([sheet("名錄", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients.filter((c) => c.name === "北極殿")).toHaveLength(2);
  });
});
