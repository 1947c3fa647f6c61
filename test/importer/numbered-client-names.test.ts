/**
 * A list of clients whose names are the list's own numbering (Client 1 … Client 9, 客户1 …, 客戶1 …)
 * is still a list: one client per row, each with its own e-mail or number. Two columns of "Client
 * N" beside e-mails are not the labels and values of one form, and clients that share an e-mail are
 * kept apart by their names. A shop's 顾客ID / 顧客編號 numbers its customers as 客户ID does. All
 * values invented.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const SHARED = "j.ashdown@example.com";
const EMAILS = [
  SHARED,
  "j.ashdown2@example.net",
  "jamesashdown@example.org",
  SHARED,
  SHARED,
  SHARED,
];

function numberedList(header: [string, string], word: string): SourceCell[][] {
  return [header, ...EMAILS.map((e, i): SourceCell[] => [`${word}${i + 1}`, e])];
}

describe("a client list named by its own numbering", () => {
  it.each([
    ["en", ["Client Name", "Client Email Address"], "Client "],
    ["简体", ["客户名称", "电子邮箱"], "客户"],
    ["繁體", ["客戶名稱", "電子郵件"], "客戶"],
  ] as const)(
    "%s: imports every numbered client with its own e-mail, not one form",
    (_, header, word) => {
      const result = importWorkbook([sheet("Register", numberedList([...header], word))]);
      const mapping = result.mappings.find((m) => m.sheet === "Register");
      expect(mapping?.registerSheet).toBe("Clients");
      expect(mapping?.headerRows).toEqual([1]);
      expect(mapping?.columns.map((c) => c.field)).toEqual(["name", "email"]);
      const clients = result.records.Clients ?? [];
      expect(clients.map((c) => c.name)).toEqual(EMAILS.map((_, i) => `${word}${i + 1}`));
      expect(clients.find((c) => c.name === `${word}2`)?.email).toBe("j.ashdown2@example.net");
      expect(clients.find((c) => c.name === `${word}5`)?.email).toBe(SHARED);
      expect(result.rows.filter((r) => r.outcome === "merged")).toEqual([]);
    }
  );

  it("still reads a form whose labels are different facts as one record", () => {
    const form: SourceCell[][] = [
      ["姓名", "张伟"],
      ["手机", "13800001111"],
      ["电子邮箱", "zhang.wei@example.com"],
      ["工作单位", "苏州立新机电有限公司"],
      ["职务", "经理"],
    ];
    const result = importWorkbook([sheet("客户档案", form)]);
    const clients = result.records.Clients ?? [];
    expect(clients).toHaveLength(1);
    expect(clients[0].name).toBe("张伟");
    expect(clients[0].email).toBe("zhang.wei@example.com");
  });
});

describe("a shop's customer number written 顾客ID / 顧客編號", () => {
  const rows = (header: string[], word: string): SourceCell[][] => [
    header,
    ...Array.from({ length: 8 }, (_, i): SourceCell[] => [
      `CUST${String(i + 1).padStart(3, "0")}`,
      `${word}${i + 1}`,
      15000 + i * 1234,
      20 + i,
    ]),
  ];

  it.each([
    ["繁體", ["顧客ID", "姓名", "年購買金額", "購買次數"], "客戶"],
    ["简体", ["顾客编号", "姓名", "年购买金额", "购买次数"], "客户"],
  ])("%s: reads the sheet as clients keyed by the customer number", (_, header, word) => {
    const result = importWorkbook([sheet("Sheet1", rows(header, word))]);
    const mapping = result.mappings.find((m) => m.sheet === "Sheet1");
    expect(mapping?.registerSheet).toBe("Clients");
    expect(mapping?.columns.slice(0, 3).map((c) => c.field)).toEqual([
      "clientId",
      "name",
      "annualRevenue",
    ]);
    const clients = result.records.Clients ?? [];
    expect(clients).toHaveLength(8);
    const third = clients.find((c) => c.clientId === "CUST003");
    expect(third?.name).toBe(`${word}3`);
    expect(third?.annualRevenue).toBe(15000 + 2 * 1234);
  });

  it("en: the same list under Customer ID / Annual Purchases", () => {
    const result = importWorkbook([
      sheet("Sheet1", rows(["Customer ID", "Name", "Annual Purchases", "Orders"], "Customer ")),
    ]);
    const clients = result.records.Clients ?? [];
    expect(clients).toHaveLength(8);
    expect(clients.find((c) => c.clientId === "CUST002")?.annualRevenue).toBe(15000 + 1234);
  });
});
