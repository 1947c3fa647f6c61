/**
 * A bank's client list gives each client's deposits and loans in columns whose header states the
 * unit (存款餘額(新台幣千元), 放款餘額(千元), 存款余额（万元）, Deposit balance (USD)). A person
 * records them as the client's assets, scaled by the unit — a loan as what the client owes
 * (negative) — not as notes. Figures written with their own unit ("1.5万") under a plain 元 header
 * keep their worth beside them in notes.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import type { RegisterRecord } from "../../src/register/types";
import { sheet } from "./helpers";

function assetsOf(records: Record<string, RegisterRecord[]>, name: string): RegisterRecord[] {
  const client = records.Clients.find((c) => c.name === name);
  return (records.Assets ?? []).filter((a) => a.clientId === client?.clientId);
}

describe("deposits and loans in unit columns", () => {
  it("become deposit and loan assets scaled by 千元, dated by the title (繁體, 民國)", () => {
    const rows: SourceCell[][] = [
      ["存款大戶名單"],
      ["製表日期 民國115年11月30日", null, null, "單位：新台幣千元"],
      ["戶名", "電話", "存款餘額(新台幣千元)", "放款餘額(千元)"],
      ["陳志明", "0912345678", 81741, 0],
      ["林淑芬", "04-2525-9042", 75887, 10267],
      ["黃建宏", "0933222111", 1520, null],
      ["張雅婷", "0922111333", 6400, 300],
    ];
    const { records } = importWorkbook([sheet("存款大戶", rows)]);
    expect(records.Clients).toHaveLength(4);
    const chen = assetsOf(records, "陳志明");
    expect(chen).toHaveLength(1);
    expect(chen[0]).toMatchObject({
      assetClass: "deposit",
      marketValue: 81741000,
      heldAt: "ours",
      currency: "TWD",
      asOf: "2026-11-30",
    });
    const lin = assetsOf(records, "林淑芬");
    expect(lin.map((a) => [a.assetClass, a.marketValue])).toEqual([
      ["deposit", 75887000],
      ["loan", -10267000],
    ]);
  });

  it("a lone deposit balance in 万元 is the client's deposit (简体)", () => {
    const { records } = importWorkbook([
      sheet("客户", [
        ["客户名称", "手机", "存款余额（万元）"],
        ["王建国", "13900001111", 12.5],
        ["李秀英", "13900002222", 300],
        ["张伟", "13900003333", 0.8],
      ]),
    ]);
    expect(assetsOf(records, "王建国")).toEqual([
      expect.objectContaining({ assetClass: "deposit", marketValue: 125000 }),
    ]);
    expect(assetsOf(records, "张伟")[0]?.marketValue).toBe(8000);
  });

  it("loan and deposit balances in English headers, in any column order", () => {
    const { records } = importWorkbook([
      sheet("Clients", [
        ["Loan balance (USD)", "Client Name", "Deposit balance (USD)", "Phone"],
        [250000, "Olivia Grant", 12000, "+1 415 555 0101"],
        [null, "Marcus Reed", 98000, "+1 415 555 0102"],
        [40000, "Hannah Cole", 5000, "+1 415 555 0103"],
      ]),
    ]);
    const olivia = assetsOf(records, "Olivia Grant");
    expect(olivia).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ assetClass: "loan", marketValue: -250000, currency: "USD" }),
        expect.objectContaining({ assetClass: "deposit", marketValue: 12000, currency: "USD" }),
      ])
    );
    expect(assetsOf(records, "Marcus Reed")).toHaveLength(1);
  });

  it("a lone column that names a class without a balance word (保险金额) makes no asset", () => {
    const { records } = importWorkbook([
      sheet("客户", [
        ["客户名称", "手机", "保险金额"],
        ["王建国", "13900001111", 500000],
        ["李秀英", "13900002222", 300000],
        ["张伟", "13900003333", 100000],
      ]),
    ]);
    expect(records.Assets ?? []).toHaveLength(0);
  });
});

describe("a figure with its own unit under a plain unit header", () => {
  const { records } = importWorkbook([
    sheet("客户名单", [
      ["客户姓名", "手机", "年缴保费（元）", "客户来源"],
      ["杨鹏飞", "13800001226", "1.5万", "陌拜"],
      ["邓美玲", "13800000321", 8000, "缘故"],
      ["周杰", "13800000999", "500萬", "缘故"],
    ]),
  ]);
  const notes = (name: string) => String(records.Clients.find((c) => c.name === name)?.notes);

  it("keeps its worth beside it in notes", () => {
    expect(notes("杨鹏飞")).toContain("1.5万 (= 15,000)");
    expect(notes("周杰")).toContain("500萬 (= 5,000,000)");
  });

  it("adds nothing to a figure written plainly", () => {
    expect(notes("邓美玲")).toContain("8000");
    expect(notes("邓美玲")).not.toContain("(=");
  });
});
