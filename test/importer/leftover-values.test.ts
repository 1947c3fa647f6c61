/**
 * Values a person reads with care: an organisation's credit code and its check character, an
 * amount written in another currency than its column's, a planned visit with no visit before it.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  const r = importWorkbook([
    sheet("客户名单", [
      ["客户名称", "统一社会信用代码/身份证号", "手机"],
      ["杭州恒瑞精密机械有限公司", "91330106MA2B1X7K3Q", "13805711234"],
      ["北京某科技有限公司", "91350100M000100Y43", "13805710001"],
      ["杭州市城东第二中学", "12330100470123456X", "13867005566"],
      ["李秀英", "33010219580301202X", "13900001111"],
    ]),
  ]);
  const warnings = (code: string) => r.issues.filter((i) => i.params?.problem === code);

  it("a wrong check character is a warning naming sheet, row and column; the code is kept", () => {
    const [bad, school] = warnings("value.credit-code-checksum");
    expect(bad).toMatchObject({
      sheet: "客户名单",
      row: 2,
      column: "B (统一社会信用代码/身份证号)",
      severity: "warning",
    });
    expect(school.row).toBe(4);
    expect(warnings("value.credit-code-checksum")).toHaveLength(2);
    expect(r.records.Clients.map((c) => c.idNumber)).toEqual([
      "91330106MA2B1X7K3Q",
      "91350100M000100Y43",
      "12330100470123456X",
      "33010219580301202X",
    ]);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("value.credit-code-checksum", { value: "X" }, lang)).toMatch(/GB 32100/);
  });

  it("a school's code is not checked as a personal ID; a right code and a right ID say nothing", () => {
    expect(warnings("value.id-number-checksum")).toEqual([]);
    expect(r.issues.filter((i) => i.row === 3 || i.row === 5)).toEqual([]);
  });
});
