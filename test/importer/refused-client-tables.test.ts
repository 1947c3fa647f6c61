/**
 * Client lists the importer used to refuse whole, though a person imports them as clients:
 * - an order sheet whose customer is written once and merged down over the lines of each order
 *   (a publisher's 报单), with nothing else that tells the customers apart;
 * - a group-buy export read by its amounts as holdings, no column saying whose each row is, whose
 *   buyer comes back on each line of an order with the same phone;
 * - a bank's per-customer extract whose headers count each customer's transactions (交易笔数,
 *   Transaction Count) and whose customer numbers survive only as Excel showed them (2.1E+14).
 * And what stays as it was: the same order sheet without its merges, a summary per own branch.
 * Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell, SourceMerge } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";
const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

const issueOf = (r: ImportResult, code: string) => r.issues.find((i) => i.code === code);

function rendered(r: ImportResult, code: string, lang: Lang): string {
  const issue = issueOf(r, code);
  expect(issue).toBeDefined();
  const text = renderMessage(issue!.code!, issue!.params!, lang) ?? "";
  expect(text).not.toContain(code);
  return text;
}

// ---------------------------------------------------------------------------------------------
// An order sheet, each customer merged down over the lines of its order.

const ORDER_HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["公司名称", "客户名称", "学校名称", "产品系列", "产品名称", "数量", "金额", "发货状态"],
  "zh-TW": ["公司名稱", "客戶名稱", "學校名稱", "產品系列", "產品名稱", "數量", "金額", "出貨狀態"],
  en: [
    "Company Name",
    "Customer Name",
    "School Name",
    "Product Line",
    "Product Name",
    "Quantity",
    "Amount",
    "Shipping Status",
  ],
};
const SELLERS: Record<Lang, string[]> = {
  "zh-CN": ["博雅图书", "启学文化", "优品教育"],
  "zh-TW": ["博雅圖書", "啟學文化", "優品教育"],
  en: ["North Books", "East Press", "Delta Learning"],
};
const SCHOOLS: Record<Lang, string[]> = {
  "zh-CN": [
    "第一中学",
    "实验中学",
    "外国语学校",
    "第三中学",
    "育才中学",
    "东山中学",
    "西湖中学",
    "南岭中学",
  ],
  "zh-TW": [
    "第一中學",
    "實驗中學",
    "外語學校",
    "第三中學",
    "育才中學",
    "東山中學",
    "西湖中學",
    "南嶺中學",
  ],
  en: [
    "Hill High",
    "Lake Academy",
    "Park School",
    "Bay College",
    "Elm High",
    "Oak School",
    "Cove High",
    "Ridge Academy",
  ],
};
const SERIES: Record<Lang, string[]> = {
  "zh-CN": ["同步练习类", "阅读类"],
  "zh-TW": ["同步練習類", "閱讀類"],
  en: ["Workbooks", "Readers"],
};
const TITLES: Record<Lang, string[]> = {
  "zh-CN": ["同步训练", "阅读提升", "物理实验", "写作阶梯"],
  "zh-TW": ["同步訓練", "閱讀提升", "物理實驗", "寫作階梯"],
  en: ["Algebra Drills", "Reading Plus", "Physics Lab", "Essay Steps"],
};

/** Two rounds of orders by eight customers, two to four lines each; the customer on the first. */
function orderSheet(lang: Lang, merged: boolean): { rows: SourceCell[][]; merges: string[] } {
  const rows: SourceCell[][] = [ORDER_HEADERS[lang]];
  const merges: string[] = [];
  const people = INVENTED_PEOPLE[lang].slice(0, 8);
  for (let round = 0; round < 2; round++)
    people.forEach((person, k) => {
      const lines = 2 + ((k + round) % 3);
      const top = rows.length + 1;
      for (let j = 0; j < lines; j++) {
        const copies = 40 + k * 3 + j;
        rows.push([
          SELLERS[lang][k % 3],
          j === 0 ? person : null,
          SCHOOLS[lang][(k + round * 3) % 8],
          SERIES[lang][j % 2],
          TITLES[lang][(k + j) % 4],
          copies,
          copies * 31.5,
          j % 2 ? "shipped" : "pending",
        ]);
      }
      if (merged) merges.push(`B${top}:B${top + lines - 1}`);
    });
  return { rows, merges };
}

describe("an order sheet whose customer is merged down over each order's lines", () => {
  it.each(LANGS)("makes one client per customer, the lines merged into them (%s)", (lang) => {
    const { rows, merges } = orderSheet(lang, true);
    const r = importWorkbook([sheet("Orders", rows, merges)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const name = r.mappings[0].columns.find((c) => c.field === "name");
    expect(name?.header).toBe(ORDER_HEADERS[lang][1]);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(
      [...INVENTED_PEOPLE[lang].slice(0, 8)].sort()
    );
    expect(r.summary).toMatchObject({ sourceRows: 48, imported: 8, merged: 40, skipped: 0 });
    // The selling company on every line is none of the customers' own.
    const sellers = new Set(SELLERS[lang]);
    expect(r.records.Clients.some((c) => sellers.has(c.name as string))).toBe(false);
    for (const shown of LANGS) {
      const text = rendered(r, "sheet.why.buyer-log-merged", shown);
      expect(text).toContain(ORDER_HEADERS[lang][1]);
      expect(text).toContain("48");
    }
  });

  it.each(LANGS)("leaves the same sheet without its merges out as an order book (%s)", (lang) => {
    const { rows } = orderSheet(lang, false);
    const r = importWorkbook([sheet("Orders", rows)]);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(issueOf(r, "sheet.why.buyer-log-merged")).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// A group-buy export read by its amounts as holdings, naming no one by its headers.

const BUY_HEADERS: Record<"zh-CN" | "zh-TW", string[]> = {
  "zh-CN": [
    "下单人",
    "团员备注",
    "备注",
    "跟团号",
    "商品",
    "规格",
    "数量",
    "商品金额",
    "运费",
    "优惠",
    "订单金额",
    "退款金额",
    "物流方式",
    "服务小区",
    "服务小区联系人",
    "服务小区电话",
    "服务小区地址",
    "收货人",
    "联系电话",
    "详细地址",
    "团长",
  ],
  "zh-TW": [
    "下單人",
    "團員備註",
    "備註",
    "跟團號",
    "商品",
    "規格",
    "數量",
    "商品金額",
    "運費",
    "優惠",
    "訂單金額",
    "退款金額",
    "物流方式",
    "服務社區",
    "服務社區聯絡人",
    "服務社區電話",
    "服務社區地址",
    "收貨人",
    "聯絡電話",
    "詳細地址",
    "團長",
  ],
};
const GOODS: Record<"zh-CN" | "zh-TW", string[]> = {
  "zh-CN": ["黄心西瓜(一箱四个)", "脐橙(1份十个)", "荔枝(每箱四斤)", "雪梨(一箱七斤)"],
  "zh-TW": ["黃心西瓜(一箱四顆)", "柳橙(1份十顆)", "荔枝(每箱四斤)", "雪梨(一箱七斤)"],
};

/** Thirty buyers, every third ordering two or three items; order-level cells merged down. */
function groupBuy(lang: "zh-CN" | "zh-TW"): { rows: SourceCell[][]; merges: SourceMerge[] } {
  const surnames = [...INVENTED_PEOPLE[lang].slice(0, 6)].map((p) => p.slice(0, 1));
  const given = [...INVENTED_PEOPLE[lang].slice(0, 5)].map((p) => p.slice(1));
  const buyers = surnames.flatMap((s) => given.map((g) => s + g));
  const rows: SourceCell[][] = [BUY_HEADERS[lang]];
  const merges: SourceMerge[] = [];
  buyers.forEach((buyer, k) => {
    const lines = k % 3 === 0 ? 2 + (k % 2) : 1;
    const top = rows.length + 1;
    if (lines > 1)
      for (const col of [2, 3, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20, 21])
        merges.push({ top, bottom: top + lines - 1, left: col, right: col });
    for (let j = 0; j < lines; j++) {
      const item = GOODS[lang][(k + j) % 4];
      const first = j === 0;
      rows.push([
        buyer,
        null,
        null,
        String(k + 1),
        item,
        item.replace(/^.*\(|\)$/g, ""),
        1,
        59.9 + 10 * ((k + j) % 3),
        first ? 0 : null,
        first ? 0 : null,
        first ? 80 + k * 10 : null,
        first ? 0 : null,
        first ? "自提" : null,
        first ? "锦川水岸" : null,
        null,
        null,
        first ? "锦川路300弄" : null,
        buyer,
        13800001000 + k,
        first ? `锦川路300弄${k + 20}号${k + 1}01室` : null,
        first ? "浮云若水" : null,
      ]);
    }
  });
  return { rows, merges };
}

describe("a group-buy export whose headers name no one, read by its amounts as holdings", () => {
  it.each(["zh-CN", "zh-TW"] as const)(
    "makes one client per buyer, with the phone (%s)",
    (lang) => {
      const { rows, merges } = groupBuy(lang);
      const r = importWorkbook([{ name: "Buyers", rows, merges }]);
      expect(r.mappings[0].registerSheet).toBe("Clients");
      expect(r.records.Clients).toHaveLength(30);
      const first = r.records.Clients.find((c) => c.name === rows[1][0]);
      expect(String(first?.phone)).toContain("13800001000");
      expect(r.summary).toMatchObject({ sourceRows: rows.length - 1, imported: 30, skipped: 0 });
      const text = rendered(r, "sheet.why.buyer-log", lang);
      expect(text).toContain(BUY_HEADERS[lang][0]);
    }
  );
});

// ---------------------------------------------------------------------------------------------
// A bank's per-customer extract: counts of each customer's transactions, numbers as Excel showed.

const BANK_HEADERS: Record<Lang, string[]> = {
  "zh-CN": [
    "客户编号",
    "客户名称",
    "开户年限",
    "网银签约日期",
    "网银交易笔数",
    "网银交易金额",
    "柜面交易笔数",
    "柜面交易金额",
    "员工人数",
  ],
  "zh-TW": [
    "客戶編號",
    "客戶名稱",
    "開戶年限",
    "網銀簽約日期",
    "網銀交易筆數",
    "網銀交易金額",
    "櫃檯交易筆數",
    "櫃檯交易金額",
    "員工人數",
  ],
  en: [
    "Customer No",
    "Customer Name",
    "Years Open",
    "Online Banking Since",
    "Transaction Count (Online)",
    "Transaction Amount (Online)",
    "Transaction Count (Counter)",
    "Transaction Amount (Counter)",
    "Employees",
  ],
};

function bankExtract(lang: Lang, rounded: boolean): SourceCell[][] {
  const rows: SourceCell[][] = [BANK_HEADERS[lang]];
  INVENTED_COMPANIES[lang].forEach((firm, k) =>
    rows.push([
      rounded ? `2.100${k % 4}E+14` : `21000${k}8812345${k}`,
      firm,
      2 + (k % 9),
      `20${10 + (k % 12)}-0${1 + (k % 9)}-1${k % 10}`,
      12 + k * 7,
      15000 + k * 3100.5,
      k % 4,
      2000 + k * 150,
      1 + (k % 5),
    ])
  );
  return rows;
}

describe("a per-customer extract counting each customer's transactions", () => {
  it.each(LANGS)("is a client list, one client per row (%s)", (lang) => {
    const rows = bankExtract(lang, false);
    const r = importWorkbook([sheet("Extract", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(
      [...INVENTED_COMPANIES[lang]].sort()
    );
    expect(r.mappings[0].columns[0].field).toBe("clientId");
  });

  it.each(LANGS)("does not take numbers kept as 2.1E+14 for the customers' (%s)", (lang) => {
    const r = importWorkbook([sheet("Extract", bankExtract(lang, true))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    // Four rounded numbers over twelve companies: keyed by them the companies would merge.
    expect(r.records.Clients).toHaveLength(INVENTED_COMPANIES[lang].length);
    const number = r.mappings[0].columns[0];
    expect(number.field).toBeNull();
    const reason = number.reasons?.find((w) => w.code === "map.why.rounded-numbers");
    expect(reason).toBeDefined();
    for (const shown of LANGS) {
      const text = renderMessage(reason!.code, reason!.params, shown) ?? "";
      expect(text).toContain("2.1E+14");
      expect(text).toContain("100%");
    }
  });

  it("leaves a summary per own branch out, its counts those of no client", () => {
    const rows: SourceCell[][] = [
      ["支行名称", "统计日期", "交易笔数", "交易金额", "开户户数", "销户户数"],
    ];
    [
      "城东支行",
      "城西支行",
      "开发区支行",
      "营业部",
      "南湖支行",
      "北山支行",
      "滨江支行",
      "高新支行",
    ].forEach((branch, k) =>
      rows.push([branch, "2024-06-30", 1200 + k * 37, 880000 + k * 5100, 30 + k, k])
    );
    const r = importWorkbook([sheet("网点统计", rows)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.summary.imported).toBe(0);
  });
});
