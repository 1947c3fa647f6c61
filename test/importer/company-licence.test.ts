/**
 * A member-company list's business-licence number (营业执照注册号, 營業執照註冊號) is the company's
 * identity number, and a capital whose header runs its unit on without a bracket (注册资金万元) is
 * read in that unit.
 */
import { importWorkbook } from "../../src/importer";
import { INVENTED_COMPANIES, sheet, table } from "./helpers";

describe("a member company's licence number and capital", () => {
  it.each([
    [
      "简体",
      ["单位名称", "营业执照注册号", "注册资金万元", "通讯地址"],
      INVENTED_COMPANIES["zh-CN"],
    ],
    [
      "繁體",
      ["單位名稱", "營業執照註冊號", "註冊資金萬元", "通訊地址"],
      INVENTED_COMPANIES["zh-TW"],
    ],
  ])("%s: the licence number is the id number, the capital in 万元", (_, headers, companies) => {
    const rows = table(
      headers,
      3,
      (__, r, k) => [companies[r], `91320303MA5550${r}X6K`, 500 + r * 100, `和平路${r + 1}号`][k]
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients[0]).toMatchObject({
      idNumber: "91320303MA55500X6K",
      registeredCapital: 5000000,
    });
  });
});
