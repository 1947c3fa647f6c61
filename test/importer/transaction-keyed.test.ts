/**
 * A table keyed by a transaction's own number (TransactionID, 交易編號, 订单号) beside an amount,
 * naming its client only by a number, is a transaction log: not imported, however few its rows and
 * whether or not a client comes back on them. A pipeline keyed by its deals, or a list naming its
 * parties, is not one.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function clients(header: string[]): SourceCell[][] {
  return [
    header,
    ["C001", "簡宏俊", "新北市新店區中正路12號"],
    ["C002", "高婷雄", "臺中市西屯區文心路88號"],
    ["C003", "余翰妤", "新北市中和區景平路5號"],
    ["C004", "林志明", "臺北市大安區復興南路3號"],
  ];
}

const variants: [string, string[], string[]][] = [
  [
    "English, as Numbers exports it",
    ["CustomerID", "Name", "Address"],
    ["CustomerID", "TransactionID", "Amount"],
  ],
  ["繁體", ["客戶編號", "客戶名稱", "地址"], ["交易編號", "客戶編號", "金額"]],
  ["简体", ["客户编号", "客户名称", "地址"], ["订单号", "金额", "客户编号"]],
  [
    "English, another spelling",
    ["Customer No", "Customer Name", "Address"],
    ["Txn No", "Customer No", "Amount"],
  ],
];

describe("a table keyed by transaction numbers", () => {
  for (const [label, clientHeader, txHeader] of variants) {
    it(`is a transaction log beside the client list, with three rows of three clients (${label})`, () => {
      const key = txHeader.findIndex((h) => /Transaction|交易|订单|Txn/.test(h));
      const amount = txHeader.findIndex((h) => /Amount|金額|金额/.test(h));
      const client = [0, 1, 2].find((i) => i !== key && i !== amount) ?? 0;
      const tx: SourceCell[][] = [txHeader];
      [
        ["C002", "T681", 8000],
        ["C004", "T244", 2000],
        ["C003", "T519", 41000],
      ].forEach(([c, t, a]) => {
        const row: SourceCell[] = [];
        row[client] = c;
        row[key] = t;
        row[amount] = a;
        tx.push(row);
      });
      const r = importWorkbook([
        sheet("customers", clients(clientHeader)),
        sheet("transactions", tx),
      ]);
      const log = r.mappings.find((m) => m.sheet === "transactions");
      expect(log?.registerSheet).toBeNull();
      expect(r.records.Pipeline).toHaveLength(0);
      expect(r.records.Clients).toHaveLength(4);
      const why = r.issues.find((i) => i.sheet === "transactions");
      expect(why?.message).toContain(txHeader[key]);
    });
  }

  it("a pipeline keyed by its deals, with stages, stays a pipeline", () => {
    const deals: SourceCell[][] = [
      ["Deal ID", "Customer ID", "Amount", "Stage", "Close Date"],
      ["D-101", "C001", 12000, "Proposal", "2026-03-01"],
      ["D-102", "C002", 30000, "Negotiation", "2026-04-15"],
      ["D-103", "C003", 8000, "Qualified", "2026-05-20"],
    ];
    const r = importWorkbook([
      sheet("customers", clients(["CustomerID", "Name", "Address"])),
      sheet("deals", deals),
    ]);
    expect(r.mappings.find((m) => m.sheet === "deals")?.registerSheet).toBe("Pipeline");
    expect(r.records.Pipeline).toHaveLength(3);
  });

  it("a list naming each buyer with a way to reach them is a list of people, order numbers or not", () => {
    const rows: SourceCell[][] = [
      ["订单号", "客户编号", "姓名", "手机", "金额"],
      ["D001", "K01", "王建国", "13912340001", 300],
      ["D002", "K02", "李秀英", "13912340002", 450],
      ["D003", "K03", "陈志强", "13912340003", 120],
      ["D004", "K04", "赵桂英", "13912340004", 980],
    ];
    const r = importWorkbook([sheet("名单", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(4);
  });

  it("transaction numbers that repeat (one order over several lines) are not a key of rows", () => {
    const tx: SourceCell[][] = [
      ["CustomerID", "TransactionID", "Amount"],
      ["C001", "T1", 100],
      ["C002", "T1", 200],
      ["C003", "T1", 300],
    ];
    const r = importWorkbook([
      sheet("customers", clients(["CustomerID", "Name", "Address"])),
      sheet("transactions", tx),
    ]);
    // Not rejected by this rule; what it is stays for the other evidence to say.
    const read = r.mappings.find((m) => m.sheet === "transactions");
    expect(read?.reasonCoded?.code).not.toBe("sheet.why.transactions");
  });
});
