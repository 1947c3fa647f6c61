/**
 * A broker's or an adviser's client list gives each client's holding value in one column
 * (Portfolio Value (£), Holdings Value (USD), 持仓市值(元), 庫存市值(元)). A person records it as the
 * client's asset — a number, in the currency the header's sign or word names — not as text in notes.
 * A bare 市值 (a company's market capitalisation) is no holding of the client's.
 */
import { importWorkbook } from "../../src/importer";
import type { RegisterRecord } from "../../src/register/types";
import { sheet } from "./helpers";

function assetsOf(records: Record<string, RegisterRecord[]>, name: string): RegisterRecord[] {
  const client = records.Clients.find((c) => c.name === name);
  return (records.Assets ?? []).filter((a) => a.clientId === client?.clientId);
}

describe("holding value column on a client list", () => {
  it("Portfolio Value (£) becomes a GBP asset per client (en)", () => {
    const { records } = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Mobile", "Adviser", "Portfolio Value (£)"],
        ["Alice Marsh", "+44 7700 900111", "J. Hale", 254310.5],
        ["Brian Cole", "+44 7700 900222", "J. Hale", 1200000],
        ["Carol Dunn", "+44 7700 900333", "P. Shaw", null],
      ]),
    ]);
    expect(records.Clients).toHaveLength(3);
    expect(assetsOf(records, "Alice Marsh")).toEqual([
      expect.objectContaining({ marketValue: 254310.5, currency: "GBP", heldAt: "ours" }),
    ]);
    expect(assetsOf(records, "Brian Cole")[0]?.marketValue).toBe(1200000);
    expect(assetsOf(records, "Carol Dunn")).toEqual([]);
  });

  it("Holdings Value in a different column order is read the same (en)", () => {
    const { records } = importWorkbook([
      sheet("Book", [
        ["Holdings Value (USD)", "Name", "Email"],
        ["88,000.00", "Dana Reid", "dana@example.com"],
        ["12,500.00", "Evan Ross", "evan@example.com"],
      ]),
    ]);
    expect(assetsOf(records, "Evan Ross")).toEqual([
      expect.objectContaining({ marketValue: 12500, currency: "USD" }),
    ]);
  });

  it("持仓市值(元) becomes the client's asset; 元 alone names no currency (简体)", () => {
    const { records } = importWorkbook([
      sheet("客户", [
        ["客户姓名", "手机号", "风险等级", "持仓市值(元)"],
        ["王建国", "13900001111", "稳健型", 356000],
        ["李秀英", "13900002222", "保守型", 80000],
      ]),
    ]);
    expect(assetsOf(records, "王建国")).toEqual([
      expect.objectContaining({ marketValue: 356000, heldAt: "ours" }),
    ]);
  });

  it("庫存市值(元) written with thousands separators becomes a number (繁體)", () => {
    const { records } = importWorkbook([
      sheet("客戶明細", [
        ["客戶姓名", "營業員", "庫存市值(元)", "行動電話"],
        ["陳志明", "林小姐", "6,713,426", "0912345678"],
        ["黃建宏", "林小姐", "420,000", "0933222111"],
      ]),
    ]);
    expect(assetsOf(records, "陳志明")).toEqual([
      expect.objectContaining({ marketValue: 6713426, heldAt: "ours" }),
    ]);
  });

  it("a bare 市值 on a company list is not the client's holding", () => {
    const { records } = importWorkbook([
      sheet("企业客户", [
        ["企业名称", "联系人", "市值(亿元)"],
        ["华东精密机械股份有限公司", "赵敏", 35.2],
        ["南方新材料科技股份有限公司", "钱磊", 12.8],
      ]),
    ]);
    expect(records.Assets ?? []).toEqual([]);
  });
});
