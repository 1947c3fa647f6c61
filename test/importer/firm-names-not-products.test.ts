/**
 * Firms' names (… LLC, … Company, …有限公司, …股份有限公司) under a header that says nothing of
 * whose they are name the clients, however the other headers speak of models or products, and a
 * file's place on a disk (C:\Models\Baseline - Acme\) is never the client's name. Invented
 * shapes in en, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRMS_EN = [
  "Harbor Bakery Company",
  "Northwind Paper Corp",
  "Greenfield Produce Inc",
  "Lakeside Tissue LLC",
  "Bluestone Bottling Co",
  "Redwood Packaging Ltd",
  "Summit Foods Company",
  "Riverbend Farms",
  "Oakridge Dairy LLC",
  "Westfield Cans Inc",
  "Pinecrest Juice Company",
  "Copperline Snacks Corp",
];
const FIRMS_ZH = [
  "上海禾丰食品有限公司",
  "杭州嘉和纸业有限公司",
  "广州润达包装有限公司",
  "成都瑞丰饮料有限公司",
  "西安新禾物流有限公司",
  "南京恒泰贸易有限公司",
  "苏州永安纺织有限公司",
  "天津海通机械有限公司",
  "武汉长兴建材有限公司",
  "青岛鑫源水产有限公司",
  "郑州华盛电器有限公司",
  "长沙金穗粮油有限公司",
];
const FIRMS_TW = [
  "台北永昌食品股份有限公司",
  "新竹宏達紙業有限公司",
  "台中瑞豐包裝有限公司",
  "高雄嘉和飲料股份有限公司",
  "桃園新禾物流有限公司",
  "台南恒泰貿易有限公司",
  "基隆永安水產有限公司",
  "嘉義海通機械有限公司",
  "彰化長興建材股份有限公司",
  "屏東鑫源農產有限公司",
  "宜蘭華盛電器有限公司",
  "花蓮金穗糧油有限公司",
];

function modelList(headers: string[], firms: readonly string[]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  firms.forEach((firm, i) =>
    rows.push([
      String(20410 + i * 37),
      firm,
      i === 2 ? "Y" : "N",
      "C:\\Models\\Batch\\Baseline\\",
      `C:\\Models\\Batch\\Baseline - ${firm}\\`,
    ])
  );
  return rows;
}

describe("firms' names under a header saying nothing of whose", () => {
  it.each([
    [
      "en",
      ["Corporate Code", "Corporate Description", "Evaluate", "Base Model", "Account Model"],
      FIRMS_EN,
    ],
    ["zh-CN", ["企业代码", "企业描述", "评估", "基础模型", "账户模型"], FIRMS_ZH],
    ["zh-TW", ["企業代碼", "企業描述", "評估", "基礎模型", "帳戶模型"], FIRMS_TW],
  ])("name the clients beside model columns (%s), never the folder path", (_, headers, firms) => {
    const r = importWorkbook([sheet("Selected", modelList(headers, firms))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual(firms);
    const paths = r.mappings[0].columns.filter((c) => c.letter === "D" || c.letter === "E");
    expect(paths.map((c) => c.field)).toEqual([null, null]);
  });

  it("leaves a catalogue of products under the same model headers out", () => {
    const rows: SourceCell[][] = [["Code", "Description", "Base Model", "Account Model", "Price"]];
    [
      "Oak pallet 1200",
      "Pine pallet 1000",
      "Plastic crate 40L",
      "Steel cage 800",
      "Half pallet",
    ].forEach((item, i) => rows.push([`P-${100 + i}`, item, `M${i}`, `A${i}`, 10 + i]));
    const r = importWorkbook([sheet("Items", rows)]);
    expect(r.records.Clients).toHaveLength(0);
  });
});
