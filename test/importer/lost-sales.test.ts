/**
 * Rows that may say why the sale was lost (Loss Reason, 未成单原因, 失败原因 beside a follow-up) are
 * attempts to sell — deals, each for the party it names — not the list of those parties nor a
 * complaint log: a client is not lost, a deal is. Invented trackers in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { namesLostSale } from "../../src/register/catalog";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** The Clients sheet as a Chinese user types it in --map (the sheet's key or its label both work). */
const CLIENTS_IN = { en: "Clients", "zh-CN": "客户", "zh-TW": "客戶" } as const;

function tracker(header: string[], row: (i: number) => SourceCell[], count = 8): SourceCell[][] {
  return [header, ...Array.from({ length: count }, (_, i) => row(i))];
}

const en = tracker(
  [
    "Customer Name",
    "Sales Name",
    "Contact",
    "Hotel",
    "Check-in Date",
    "Status",
    "Loss Reason",
    "Notes",
  ],
  (i) => [
    ["Aerotravel", "Staycation Expert", "Bluewave Tours", "Kite Holidays"][i % 4],
    ["Hidayat", "Verselli"][i % 2],
    `agent${i}@example.org`,
    ["Seaview Hotel", "Heritage Inn"][i % 2],
    `2026-12-0${(i % 9) + 1}`,
    i % 3 ? "Awaiting quotation" : "Lost",
    i % 3 ? "" : "Booked on a website",
    "",
  ]
);

const cn = tracker(
  [
    "登记日期",
    "商务",
    "公司名称",
    "联系电话",
    "客户等级",
    "需求概述",
    "跟进状态",
    "失败原因",
    "备注",
  ],
  (i) => [
    `2026-01-0${(i % 9) + 1}`,
    ["石博文", "韦嘉琳"][i % 2],
    ["启明智能科技", "浔川信息咨询", "蓝鲸回收", "知行阅读"][i % 4],
    `1380000${3000 + i}`,
    ["A类客户", "B类客户", "C类客户"][i % 3],
    "门店合作",
    ["跟进中", "失败", "成功"][i % 3],
    i % 3 === 1 ? "已有合作" : "",
    "",
  ]
);

const tw = tracker(
  ["登記日期", "業務", "公司名稱", "聯絡電話", "需求概述", "狀態", "未成單原因"],
  (i) => [
    `2026-02-0${(i % 9) + 1}`,
    ["林志豪", "陳怡君"][i % 2],
    ["台灣精密股份有限公司", "聯成包裝有限公司", "宏碁物流有限公司", "大同機電有限公司"][i % 4],
    `0912-000-${100 + i}`,
    "團體訂房",
    ["報價中", "未成交", "已成交"][i % 3],
    i % 3 === 1 ? "價格太高" : "",
  ]
);

describe("rows that can be lost are deals", () => {
  it("reads a lost sale's reason in every language, and no churn or failed payment", () => {
    expect(namesLostSale("Loss Reason")).toBe(true);
    expect(namesLostSale("lost_reason")).toBe(true);
    expect(namesLostSale("未成单原因（一级）")).toBe(true);
    expect(namesLostSale("未成單原因")).toBe(true);
    expect(namesLostSale("失敗原因")).toBe(true);
    expect(namesLostSale("流失原因")).toBe(false);
    expect(namesLostSale("Reason")).toBe(false);
    expect(namesLostSale("Lost Date")).toBe(false);
  });

  it.each([
    ["en", en, "Customer Name"],
    ["zh-CN", cn, "公司名称"],
    ["zh-TW", tw, "公司名稱"],
  ] as const)("reads the %s tracker as the pipeline", (_lang, rows, party) => {
    const r = importWorkbook([sheet("Sheet1", rows as SourceCell[][])]);
    expect(r.mappings[0].registerSheet).toBe("Pipeline");
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(["prospect", "clientName"]).toContain(cols[party]);
    expect(r.records.Pipeline.length).toBeGreaterThanOrEqual(4);
  });

  it("says why the rows were read as deals, in every language", () => {
    const r = importWorkbook([sheet("Sheet1", cn)]);
    const said = r.issues.filter((i) => i.code === "import.lost-sales-as-pipeline");
    expect(said).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(said[0].code ?? "", said[0].params ?? {}, lang) ?? "";
      expect(text).toContain("失败原因");
      expect(text).toContain(`--map "Sheet1!*=${CLIENTS_IN[lang]}"`);
      expect(text).not.toContain("import.");
    }
  });
});
