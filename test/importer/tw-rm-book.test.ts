/**
 * A held-out-style book (invented values): a Taiwanese relationship manager's clients, insurance,
 * assets and complaints, with an ROC-dated title, ROC birthdays in mixed forms, one client entered
 * twice under two serials, and the TW words for risk, wealth products and complaint states.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceSheet } from "../../src/importer/types";
import type { RegisterRecord, SheetKey } from "../../src/register/types";

const sheet = (name: string, rows: unknown[][]): SourceSheet =>
  ({ name, rows, merges: [] }) as unknown as SourceSheet;

const BOOK: SourceSheet[] = [
  sheet("客戶資料", [
    ["王經理 理財客戶名冊　資料日期：113/05/26"],
    [],
    [
      "序號",
      "客戶姓名",
      "身分證字號",
      "手機",
      "出生日期",
      "地址",
      "風險屬性",
      "電子郵件",
      "首次購買日期",
      "備註",
    ],
    [
      "001",
      "林志明",
      "A123456789",
      "0912-345-678",
      "民國73年5月26日",
      "臺北市信義區松仁路1號",
      "積極型",
      "lin@example.tw",
      "108/03/01",
      "",
    ],
    [
      "002",
      "陳美玲",
      "B234567890",
      "0922-111-222",
      "062/09/09",
      "新北市板橋區文化路2號",
      "穩健型",
      "",
      "109/07/15",
      "=SUM(1,2) 客戶自填",
    ],
    [
      "003",
      "黃建國",
      "",
      "0933-222-333",
      "058/01/20",
      "臺中市西區民權路3號",
      "保守型",
      "huang@example.tw",
      "110/01/05",
      "",
    ],
    [
      "004",
      "張淑芬",
      "",
      "0955-333-444",
      "民國80年12月1日",
      "高雄市苓雅區四維路4號",
      "穩健型",
      "",
      "111/11/11",
      "",
    ],
    [
      "005",
      "李大同",
      "",
      "0988-444-555",
      "070/06/30",
      "臺南市東區大學路5號",
      "積極型",
      "",
      "112/02/20",
      "",
    ],
    [
      "006",
      "吳雅婷",
      "",
      "0910-555-666",
      "075/10/10",
      "桃園市中壢區中大路6號",
      "保守型",
      "",
      "112/08/08",
      "",
    ],
    [
      "007",
      "林志明",
      "",
      "0919-999-000",
      "066/02/02",
      "花蓮縣花蓮市中山路7號",
      "保守型",
      "",
      "113/01/02",
      "同名不同人",
    ],
    [
      "008",
      "林志明",
      "",
      "0912345678",
      "民國73年5月26日",
      "臺北市信義區松仁路1號",
      "積極型",
      "",
      "108/03/01",
      "重複登錄",
    ],
  ]),
  sheet("保險", [
    [
      "客戶姓名",
      "保單號碼",
      "保險公司",
      "險種",
      "起保日",
      "保險期限",
      "保額",
      "年繳保費",
      "保單狀態",
    ],
    ["陳美玲", "P-1001", "國泰人壽", "終身壽險", "105/04/01", "20年", 3000000, 45000, "有效"],
    ["黃建國", "P-1002", "富邦人壽", "意外傷害保險", "112/06/01", "7天", 1000000, 800, "生效中"],
    ["張淑芬", "P-1003", "南山人壽", "醫療險", "110/09/15", "終身", 500000, 12000, "已退保"],
    ["李大同", "P-1004", "新光人壽", "年金保險", "109/01/01", "10年", 2000000, 100000, "有效"],
  ]),
  sheet("資產", [
    ["客戶姓名", "商品類別", "本行/他行", "參考市值", "幣別", "資料日期"],
    ["陳美玲", "理財商品", "本行", 1200000, "TWD", "113/05/26"],
    ["黃建國", "基金", "本行", 350000, "TWD", "113/05/26"],
    ["吳雅婷", "定存", "他行", 800000, "TWD", "113/05/26"],
    ["李大同", "股票", "本行", 560000, "TWD", "113/05/26"],
  ]),
  sheet("客訴", [
    ["案件編號", "客戶姓名", "受理日期", "客訴內容", "處理人", "處理狀態", "結案日"],
    ["K-001", "陳美玲", "113/03/01", "對帳單寄送延誤", "王小華", "已結案", "113/03/05"],
    ["K-002", "張淑芬", "113/05/20", "理財商品說明不清", "王小華", "處理中", ""],
  ]),
];

type Expect = { sheet: SheetKey; key: Record<string, unknown>; fields: Record<string, unknown> };
const EXPECTED: Expect[] = [
  { sheet: "Clients", key: { name: "陳美玲" }, fields: { idNumber: "B234567890", phone: "0922-111-222", birthday: "1973-09-09", address: "新北市板橋區文化路2號", riskProfile: "moderate", clientSince: "2020-07-15" } },
  { sheet: "Clients", key: { name: "黃建國" }, fields: { phone: "0933-222-333", birthday: "1969-01-20", riskProfile: "conservative", email: "huang@example.tw", clientSince: "2021-01-05" } },
  { sheet: "Clients", key: { name: "張淑芬" }, fields: { phone: "0955-333-444", birthday: "1991-12-01", riskProfile: "moderate", clientSince: "2022-11-11" } },
  { sheet: "Clients", key: { name: "李大同" }, fields: { birthday: "1981-06-30", riskProfile: "aggressive", clientSince: "2023-02-20" } },
  { sheet: "Clients", key: { name: "吳雅婷" }, fields: { birthday: "1986-10-10", riskProfile: "conservative", clientSince: "2023-08-08" } },
  { sheet: "Clients", key: { phone: "0912-345-678" }, fields: { name: "林志明", idNumber: "A123456789", birthday: "1984-05-26", riskProfile: "aggressive", email: "lin@example.tw", clientSince: "2019-03-01" } },
  { sheet: "Clients", key: { phone: "0919-999-000" }, fields: { name: "林志明", birthday: "1977-02-02", riskProfile: "conservative" } },
  { sheet: "Insurance", key: { policyNo: "P-1001" }, fields: { type: "life", startDate: "2016-04-01", termYears: 20, sumInsured: 3000000, annualPremium: 45000, status: "in-force", insurer: "國泰人壽" } },
  { sheet: "Insurance", key: { policyNo: "P-1002" }, fields: { type: "accident", startDate: "2023-06-01", termYears: null, termText: "7天", status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "P-1003" }, fields: { type: "medical", termYears: null, termText: "終身", status: "lapsed" } },
  { sheet: "Insurance", key: { policyNo: "P-1004" }, fields: { type: "annuity", termYears: 10, status: "in-force" } },
  { sheet: "Assets", key: { marketValue: 1200000 }, fields: { assetClass: "wealth-product", heldAt: "ours", currency: "TWD", asOf: "2024-05-26" } },
  { sheet: "Assets", key: { marketValue: 350000 }, fields: { assetClass: "fund", heldAt: "ours" } },
  { sheet: "Assets", key: { marketValue: 800000 }, fields: { assetClass: "deposit", heldAt: "elsewhere" } },
  { sheet: "Assets", key: { marketValue: 560000 }, fields: { assetClass: "stock", heldAt: "ours" } },
  { sheet: "Complaints", key: { complaintId: "K-001" }, fields: { receivedOn: "2024-03-01", status: "closed", resolvedOn: "2024-03-05", owner: "王小華", description: "對帳單寄送延誤" } },
  { sheet: "Complaints", key: { complaintId: "K-002" }, fields: { receivedOn: "2024-05-20", status: "in-progress", owner: "王小華" } },
]; // prettier-ignore

function find(records: RegisterRecord[], key: Record<string, unknown>): RegisterRecord | undefined {
  return records.find((r) => Object.entries(key).every(([k, v]) => r[k] === v));
}

describe("a Taiwanese relationship manager's book", () => {
  const result = importWorkbook(BOOK);

  it("gets at least 95 % of the core fields right", () => {
    let total = 0;
    const wrong: string[] = [];
    for (const e of EXPECTED) {
      const record = find(result.records[e.sheet], e.key);
      for (const [field, want] of Object.entries(e.fields)) {
        total += 1;
        const got = record?.[field] ?? null;
        if (got !== want)
          wrong.push(
            `${e.sheet} ${JSON.stringify(e.key)} ${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`
          );
      }
    }
    const accuracy = (total - wrong.length) / total;
    expect({ accuracy: accuracy >= 0.95, wrong: wrong.length > 0 ? wrong : "none" }).toEqual({
      accuracy: true,
      wrong: expect.anything(),
    });
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("accounts for every source row, merges the twice-entered client and keeps the namesake apart", () => {
    expect(result.summary.sourceRows).toBe(8 + 4 + 4 + 2);
    expect(result.summary.rejected).toBe(0);
    expect(result.rows).toHaveLength(result.summary.sourceRows);
    expect(result.records.Clients).toHaveLength(7);
    const lins = result.records.Clients.filter((c) => c.name === "林志明");
    expect(lins).toHaveLength(2);
    const merged = result.issues.filter((i) => i.code === "link.same-client-rows");
    expect(merged).toHaveLength(1);
    expect(merged[0].params).toMatchObject({ row: 11, otherRow: 4 });
  });

  it("links every policy, asset and complaint to its client", () => {
    const ids = new Map(result.records.Clients.map((c) => [c.name, c.clientId]));
    for (const sheet of ["Insurance", "Assets", "Complaints"] as const)
      for (const record of result.records[sheet]) expect(record.clientId).not.toBeNull();
    expect(find(result.records.Complaints, { complaintId: "K-002" })?.clientId).toBe(
      ids.get("張淑芬")
    );
  });

  it("notes the ROC-dated columns once each and keeps text starting with = as text", () => {
    const roc = result.issues.filter(
      (i) => i.code === "value.roc-column" && i.sheet === "客戶資料"
    );
    expect(roc.map((i) => i.column).sort()).toEqual(["E (出生日期)", "I (首次購買日期)"]);
    expect(String(find(result.records.Clients, { name: "陳美玲" })?.notes)).toContain("=SUM(1,2)");
  });
});
