/**
 * An order book — items and their prices on each line, the buyer named again and again — is a
 * transaction log, not register data, even with the buyer's name (and a phone now and then) on the
 * lines and a sale date that could pass for a visit's: it says so as an order book, not as a
 * catalogue of products. In a workbook that lists its clients nowhere, its buyers are the clients
 * (buyer-log.ts). A list naming each client once with what
 * they bought stays a client list; an order book with no buyer column is a catalogue of items.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { clientListSheet, sheet } from "./helpers";

interface Variant {
  label: string;
  sheet: string;
  /** Date, buyer, model, item, price, ship date, an address and phone on a few lines. */
  headers: string[];
  buyers: string[];
  items: string[];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    sheet: "Counter sales",
    headers: [
      "Sale Date",
      "Customer Name",
      "Model",
      "Item",
      "Unit Price",
      "Ship Date",
      "Address & Phone",
    ],
    buyers: ["Nora Ellery", "Harper Marlow", "Caleb Greyson", "Ivy Lorne", "Owen Pratt"],
    items: ["Silver charm", "Glass bead", "Leather cord", "Clasp set"],
  },
  {
    label: "简体",
    sheet: "门店订单",
    headers: ["销售日期", "客人姓名", "型号", "明细", "单价", "发货日", "邮寄地址电话"],
    buyers: ["王建国", "李秀英", "张伟", "刘洋", "陈静"],
    items: ["银饰吊坠", "琉璃珠", "皮绳", "扣头套装"],
  },
  {
    label: "繁體",
    sheet: "專櫃訂單",
    headers: ["銷售日期", "客人姓名", "型號", "明細", "會員價(實收價格)", "出貨日", "郵寄地址電話"],
    buyers: ["陳怡君", "林志明", "黃淑芬", "張家豪", "李美玲"],
    items: ["純銀吊飾", "琉璃珠", "皮繩", "扣頭組"],
  },
];

function orderBook(v: Variant, order: number[], withBuyer = true): SourceCell[][] {
  const cols = withBuyer ? order : order.filter((k) => k !== 1);
  const rows: SourceCell[][] = [cols.map((k) => v.headers[k])];
  for (let i = 0; i < 30; i++) {
    const row: SourceCell[] = [
      `2016-01-${String((i % 28) + 1).padStart(2, "0")}`,
      v.buyers[(i * 3) % v.buyers.length],
      `M-${100 + (i % 7)}`,
      v.items[i % v.items.length],
      [380, 120, 90, 250][i % 4],
      `2016-02-${String((i % 28) + 1).padStart(2, "0")}`,
      i % 6 === 0 ? `${12 + i} Harbour Road, 0912-555-${String(100 + i)}` : null,
    ];
    rows.push(cols.map((k) => row[k]));
  }
  return rows;
}

const ORDERS = [
  [0, 1, 2, 3, 4, 5, 6],
  [1, 3, 6, 4, 0, 2, 5],
];

describe("an order book is a transaction log, not clients or visits", () => {
  it.each(VARIANTS)("$label: items and prices, buyers on many lines → not imported", (v) => {
    for (const order of ORDERS) {
      const r = importWorkbook([clientListSheet(), sheet(v.sheet, orderBook(v, order))]);
      const m = r.mappings.find((x) => x.sheet === v.sheet);
      expect(m?.registerSheet).toBeNull();
      expect(m?.kind).toBe("transactions");
      expect(r.records.Clients).toHaveLength(8);
      expect(r.records.Visits).toEqual([]);
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
      expect(issue?.sheet).toBe(v.sheet);
      expect(issue?.message).toContain("order book");
      expect(issue?.message).toContain(`"${v.headers[1]}"`);
      for (const lang of ["zh-CN", "zh-TW"] as const) {
        const text = renderMessage("import.sheet-not-data", issue?.params ?? {}, lang) ?? "";
        expect(text).not.toMatch(/order book|buyer/);
        expect(text).toMatch(/订单簿|訂單簿/);
      }
    }
  });

  it.each(VARIANTS)(
    "$label: with no client list in the workbook, the book's buyers are its clients",
    (v) => {
      const r = importWorkbook([sheet(v.sheet, orderBook(v, ORDERS[0]))]);
      expect(r.mappings.find((x) => x.sheet === v.sheet)?.registerSheet).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...v.buyers].sort());
      expect(r.issues.some((i) => i.code === "sheet.why.buyer-log")).toBe(true);
    }
  );

  it.each(VARIANTS)("$label: the same book without a buyer column is no client data", (v) => {
    const r = importWorkbook([sheet(v.sheet, orderBook(v, ORDERS[0], false))]);
    expect(r.mappings.find((x) => x.sheet === v.sheet)?.registerSheet).toBeNull();
    expect(r.records.Clients).toEqual([]);
    expect(r.records.Visits).toEqual([]);
  });

  it("a client list naming each client once with what they bought stays a client list", () => {
    const rows: SourceCell[][] = [["客户姓名", "手机", "型号", "单价", "销售员"]];
    const names = [
      "王建国",
      "李秀英",
      "张伟",
      "刘洋",
      "陈静",
      "杨帆",
      "赵磊",
      "孙丽",
      "周杰",
      "吴敏",
    ];
    const more = ["郑强", "冯雪"];
    [...names, ...more].forEach((name, i) =>
      rows.push([
        name,
        `1380013${String(8000 + i)}`,
        `M-${100 + (i % 3)}`,
        380,
        ["小王", "小李"][i % 2],
      ])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings.find((x) => x.sheet === "客户")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });

  it("a person's --map still imports an order book's buyers", () => {
    const v = VARIANTS[0];
    const r = importWorkbook([sheet(v.sheet, orderBook(v, ORDERS[0]))], {
      mapping: { "Counter sales!*": "Clients" },
    });
    expect(r.mappings.find((x) => x.sheet === v.sheet)?.registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...v.buyers].sort());
  });

  it("names the buyers' column, not a column sorting the lines (order type, status, the shop)", () => {
    // A shop's export: the shop, the order's type and status (a few short words on every line,
    // as long as a name) come before the buyer's nickname; 40 buyers over 120 lines.
    const header = [
      "订单号",
      "归属店铺",
      "订单类型",
      "订单状态",
      "全部商品名称",
      "商品金额合计",
      "买家昵称",
    ];
    const nicknames = Array.from(
      { length: 40 },
      (_, k) => `小${"甜芒果桃梨橙柚莓"[k % 9]}${k}号🍰`
    );
    const rows: SourceCell[][] = [header];
    for (let i = 0; i < 120; i++)
      rows.push([
        `E2026${String(100000 + i)}`,
        "麦香烘焙",
        ["普通订单", "社群接龙订单", "积分兑换订单"][i % 3],
        ["交易完成", "已发货", "待发货"][i % 3],
        ["芒果千层(6寸)(1件)", "奶油吐司(2件)", "布朗熊蛋糕(8寸)(1件)"][i % 3],
        (88 + (i % 5) * 10).toFixed(2),
        nicknames[(i * 7) % 40],
      ]);
    const r = importWorkbook([sheet("订单", rows)]);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(issue?.params?.header).toBe("买家昵称");
    expect(issue?.params?.buyers).toBe(40);
    const zh = renderMessage("import.sheet-not-data", issue?.params ?? {}, "zh-CN") ?? "";
    expect(zh).toContain("买家昵称");
    expect(zh).not.toContain("订单类型");
  });
});
