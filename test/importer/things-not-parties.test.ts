/**
 * Sheets whose "names" are things, not people or firms: a bookshop's catalogue (書名 beside ISBN
 * and a picture's file name), a stocktake (工具名称 counted in 本 and 套), a warehouse's stock by
 * product group (名称 beside 入库日期 and 库龄天数), a share's closing prices kept by the day
 * (20240102收盤價 down the first column), and a blank request for quotation (品名/規格, 單價 and no
 * rows). Small invented grids in English, 简体 and 繁體; a client list with a photo's file name or
 * a count beside its clients' names and phones stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";

function reasonText(r: ReturnType<typeof importWorkbook>, name: string, lang: Lang): string {
  const m = r.mappings.find((x) => x.sheet === name);
  return m?.reasonCoded
    ? (renderMessage(m.reasonCoded.code, m.reasonCoded.params, lang) ?? "")
    : "";
}

function imported(r: ReturnType<typeof importWorkbook>): number {
  return Object.values(r.records).flat().length;
}

describe("a catalogue whose name column names things (items described by their columns)", () => {
  it("繁體: book titles beside an ISBN and a picture's file name are a catalogue", () => {
    const titles = ["樓上的鄰居", "封筆", "裂縫", "請把窗關好", "無眠醫師", "貓咪墓園", "荒山"];
    const authors = ["林澈", "簡霧", "沈星河", "蘇晴", "晨曦", "雨亭", "莫言心"];
    const rows: SourceCell[][] = [
      ["書名", "作者", "出版社 ", "出版日期", "價格", "介紹", "圖片檔名", "ISBN"],
      ...titles.map((t, i) => [
        t,
        ` ${authors[i]} `,
        "皇冠 ",
        `2019-0${i + 1}-1${i}`,
        `${260 + i * 15}元`,
        "那天晚上，門外又傳來了熟悉的腳步聲。",
        `horry0${i + 1}.jpg`,
        9789571000000 + i * 7919,
      ]),
    ];
    const r = importWorkbook([sheet("恐怖", rows)]);
    expect(readAs(r, "恐怖")).toBeNull();
    expect(r.mappings[0].kind).toBe("catalogue");
    expect(imported(r)).toBe(0);
    expect(reasonText(r, "恐怖", "zh-TW")).toMatch(/描述的是產品/);
    expect(reasonText(r, "恐怖", "zh-TW")).toMatch(/圖片檔名/);
    expect(reasonText(r, "恐怖", "en")).toMatch(/"ISBN"/);
  });

  it("简体: a warehouse's stock lines named by product group, with 入库日期 and 库龄天数, are stock", () => {
    const groups = ["抽油烟机", "抽油烟机", "灶具", "抽油烟机", "电陶炉", "抽油烟机"];
    const rows: SourceCell[][] = [["站点", "SKU", "名称", "入库日期", "数量", "库龄天数", "仓库"]];
    for (let i = 0; i < 24; i++)
      rows.push([
        i % 3 ? "US" : "DE",
        `RH-${1000 + i * 37}`,
        groups[i % groups.length],
        `2026-07-${String(1 + (i % 28)).padStart(2, "0")}`,
        (i % 5) + 1,
        10 + i,
        i % 2 ? "CHI" : "DUSJW2",
      ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBeNull();
    expect(imported(r)).toBe(0);
    expect(reasonText(r, "Sheet1", "zh-CN")).toMatch(/描述的是产品/);
    expect(reasonText(r, "Sheet1", "zh-CN")).toMatch(/入库日期/);
  });

  it("繁體: a stocktake's kits counted in 本, 套 and 箱 beside a barcode are no clients", () => {
    const kits = ["職業興趣量表", "社會適應量表", "通用性向測驗", "注意力評估", "握力評估組"];
    const rows: SourceCell[][] = [
      ["工具類別", "工具名稱", "工具內容", "數量", "耗材", "備註(條碼)"],
    ];
    for (let i = 0; i < 15; i++)
      rows.push([
        i < 8 ? "認知類" : "其他",
        kits[i % kits.length],
        ["手冊", "題本", "測驗紙"][i % 3],
        `${(i % 3) + 1}${["本", "套", "箱"][i % 3]}`,
        i % 3 === 2 ? "V" : "",
        `115FX${String(i + 1).padStart(4, "0")}`,
      ]);
    const r = importWorkbook([sheet("工作表2", rows)]);
    expect(readAs(r, "工作表2")).toBeNull();
    expect(imported(r)).toBe(0);
    expect(reasonText(r, "工作表2", "zh-TW")).toMatch(/數量/);
  });

  it("en: titles counted in pieces beside an ISBN column are a catalogue", () => {
    const rows: SourceCell[][] = [["Title", "Author", "ISBN", "Price", "Qty"]];
    const titles = ["Harbour Lights", "The Quiet Orchard", "Paper Moons", "North of Nowhere"];
    titles.forEach((t, i) =>
      rows.push([t, "Ann Lee", `978186197${1000 + i}`, 12.5 + i, `${i + 2} pcs`])
    );
    const r = importWorkbook([sheet("Books", rows)]);
    expect(readAs(r, "Books")).toBeNull();
    expect(imported(r)).toBe(0);
    expect(reasonText(r, "Books", "en")).toMatch(/describe products/);
  });

  it("a client list with a photo's file name and a count beside names and phones stays one", () => {
    const people = ["陳志明", "林怡君", "黃家豪", "張淑芬", "李冠宇", "王雅婷"];
    const rows: SourceCell[][] = [["姓名", "手機", "照片", "車輛數"]];
    people.forEach((n, i) => rows.push([n, `0900-3${i}0-22${i}`, `p${i}.jpg`, `${i + 1}台`]));
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(readAs(r, "客戶")).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual(people);
  });
});

describe("rows kept by the day, figures across (a share's daily closing prices)", () => {
  const stocks = ["台泥", "亞泥", "統一", "台塑", "南亞", "台化"];
  function panel(label: string): SourceCell[][] {
    const rows: SourceCell[][] = [
      ["股票代號", "1101", "1102", "1216", "1301", "1303", "1326"],
      ["股票名稱", ...stocks],
    ];
    for (let d = 0; d < 20; d++)
      rows.push([
        `202401${String(d + 2).padStart(2, "0")}${label}`,
        ...stocks.map((_, j) => 40 + j * 11 + ((d * 7 + j * 3) % 9) * 0.5),
      ]);
    return rows;
  }

  it("繁體: is not imported, said in each language as rows that open with a day", () => {
    const r = importWorkbook([sheet("收盤價", panel("收盤價")), sheet("成交量", panel("成交量"))]);
    expect(readAs(r, "收盤價")).toBeNull();
    expect(readAs(r, "成交量")).toBeNull();
    expect(imported(r)).toBe(0);
    const m = r.mappings.find((x) => x.sheet === "收盤價")!;
    expect(m.reasonCoded?.params.against).toBe("sheet.evidence.dated");
    expect(reasonText(r, "收盤價", "en")).toMatch(/open with a day/);
    expect(reasonText(r, "收盤價", "zh-CN")).toMatch(/以日期开头/);
    expect(reasonText(r, "收盤價", "zh-TW")).toMatch(/以日期開頭/);
  });

  it("en: a name column of days with a label and figures beside is no client list", () => {
    const rows: SourceCell[][] = [["Name", "ACME", "GLOBEX", "INITECH", "UMBRELLA"]];
    for (let d = 0; d < 15; d++)
      rows.push([
        `2024-01-${String(d + 2).padStart(2, "0")} close`,
        ...[0, 1, 2, 3].map((j) => 20 + j * 5 + ((d + j) % 4) * 0.25),
      ]);
    const r = importWorkbook([sheet("Prices", rows)]);
    expect(readAs(r, "Prices")).toBeNull();
    expect(imported(r)).toBe(0);
  });
});

describe("a blank form of items (a request for quotation): a header and no rows", () => {
  it("繁體: 項次 / 品名/規格 / 單位 / 數量 / 單價 / 總價 / 備註 reads as no register sheet", () => {
    const rows: SourceCell[][] = [
      ["宏昇機電工程股份有限公司"],
      ["投標-詢價單"],
      ["致：", null, "電話：", null, "傳真："],
      ["工程名稱：集合住宅新建工程"],
      ["項次", "品名/規格", "單位", "數量", "單價", "總價", "備註"],
    ];
    const r = importWorkbook([sheet("投標-詢價單-空白", rows)]);
    expect(r.mappings.every((m) => m.registerSheet === null)).toBe(true);
    expect(imported(r)).toBe(0);
  });

  it("简体: an order slip's item header alone reads as no register sheet", () => {
    const rows: SourceCell[][] = [["序号", "品名", "规格型号", "数量", "单价", "金额"]];
    const r = importWorkbook([sheet("订货单", rows)]);
    expect(r.mappings.every((m) => m.registerSheet === null)).toBe(true);
  });

  it("a client list's blank template still shows the sheet it would feed", () => {
    const rows: SourceCell[][] = [["客户名称", "联系电话", "地址", "产品", "单价"]];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(readAs(r, "客户")).toBe("Clients");
    expect(imported(r)).toBe(0);
  });
});
