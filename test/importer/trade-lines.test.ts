/**
 * A trade blotter (a portfolio's own buys and sales, a broker's executions) is no list of holdings
 * and no client list: on its rows a quantity times a price makes the amount, and the money goes
 * both ways (or a side column says Buy / Sell). A holdings statement multiplies as well, but each
 * position's value has its quantity's sign; it stays Assets.
 */
import { importWorkbook } from "../../src/importer";
import { tradeLines } from "../../src/importer/trade-lines";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** Quantity, price and the signed amount of a buy (paid out) or a sale (received). */
const trade = (qty: number, price: number, sold: boolean): [number, number, number] => [
  qty,
  price,
  Math.round((sold ? 1 : -1) * qty * price * 100) / 100,
];

const columnsOf = (rows: SourceCell[][]): SourceCell[][] =>
  rows[0].map((_, c) => rows.map((r) => r[c] ?? null));

describe("trade blotters", () => {
  const trades: [number, number, boolean][] = [
    [20, 205.1, true],
    [100, 154.07, false],
    [1000, 7.53, true],
    [1000, 6.5, false],
    [75, 96.63, true],
    [75, 100, false],
    [500, 12.4, false],
  ];

  it("is told from a statement of positions by the money going both ways", () => {
    const blotter = trades.map(([q, p, sold]) => ["X", ...trade(q, p, sold)]);
    expect(tradeLines(columnsOf(blotter))).toMatchObject({ factors: [1, 2], amount: 3, rows: 7 });
    const positions = trades.map(([q, p]) => ["X", q, p, q * p]);
    expect(tradeLines(columnsOf(positions))).toBeNull();
  });

  it("leaves out an English portfolio's trade sheet (ticker, bank, asset class, signed amounts)", () => {
    const r = importWorkbook([
      sheet("Sheet1", [
        [
          "Ref ID",
          "Date",
          "Bank",
          "Ticker",
          "Name",
          "Asset Class",
          "Price",
          "Quantity",
          "Currency",
          "Amount",
        ],
        ...trades.map(([q, p, sold], i) => {
          const [qty, price, amount] = trade(q, p, sold);
          return [
            10 + (i % 3),
            `2024-0${(i % 9) + 1}-12`,
            "Harbor Private Bank",
            ["aapl:nsq", "amzn:nsq", "msft:nsq"][i % 3],
            ["Apple Inc", "Amazon.com", "Microsoft"][i % 3],
            sold ? "Stock (Sale)" : "Stock",
            price,
            qty,
            "USD",
            amount,
          ];
        }),
        [
          20,
          "2024-03-01",
          "Harbor Private Bank",
          null,
          null,
          "Fixed Deposit",
          100000,
          1,
          "USD",
          -100000,
        ],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.trades");
    expect(r.records.Assets).toHaveLength(0);
  });

  it("leaves out a 简体 broker's executions with a 买卖方向 column, amounts unsigned", () => {
    const r = importWorkbook([
      sheet("成交记录", [
        [
          "成交日期",
          "客户名称",
          "证券代码",
          "证券名称",
          "买卖方向",
          "成交数量",
          "成交价格",
          "成交金额",
        ],
        ...trades.map(([q, p, sold], i) => [
          `2024-05-${10 + i}`,
          ["星河科技有限公司", "陈志远", "刘晓梅"][i % 3],
          ["600519", "000001", "601318"][i % 3],
          ["贵州茅台", "平安银行", "中国平安"][i % 3],
          sold ? "卖出" : "买入",
          q,
          p,
          Math.round(q * p * 100) / 100,
        ]),
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.trades");
  });

  it("keeps a statement of positions (Units × Unit Price = Market Value, one sign) as Assets", () => {
    const r = importWorkbook([
      sheet("Positions", [
        ["Client Name", "Asset Class", "Security", "Units", "Unit Price", "Market Value"],
        ...trades.map(([q, p], i) => [
          ["Owen Barker", "Maya Collins", "Ravi Desai"][i % 3],
          ["Fund", "Stock"][i % 2],
          ["Global Bond Fund", "Harbor Tech", "Asia Income Fund"][i % 3],
          q,
          p,
          Math.round(q * p * 100) / 100,
        ]),
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.records.Assets).toHaveLength(trades.length);
  });
});
