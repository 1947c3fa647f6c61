/**
 * An import template's hint rows (必填 / 選填, Required / Optional, 格式：yyyy-mm-dd, e.g. …) are
 * never records, wherever they stand: under the header, under the sample rows, between them.
 */
import { importWorkbook } from "../../src/importer";
import { isHintCell, isHintRow } from "../../src/importer/hint-rows";
import { sheet } from "./helpers";

describe("hint cells", () => {
  it.each([
    "必填",
    "（選填）",
    "*必填项",
    "非必填",
    "电话和手机号码选填一样",
    "此欄必須填寫",
    "Required",
    "(optional)",
    "Mandatory.",
    "Optional - leave blank if unknown",
    "格式：yyyy-mm-dd",
    "日期格式: YYYY/MM/DD",
    "示例：张三",
    "範例：台北市信義路一段1號",
    "Format: DD/MM/YYYY",
    "e.g. 13800000000",
    "YYYY-MM-DD",
    "請輸入手機號碼",
    "Please enter the client's e-mail",
    "CRM帶入",
    "系统带入",
    "(自動換算)",
    "Auto-filled",
    "System generated",
  ])("%s is a hint", (text) => {
    expect(isHintCell(text)).toBe(true);
  });

  it.each([
    "飞鸿国际货运代理有限公司",
    "張雅婷",
    "Required Insurance Ltd",
    "Optional Extras Co",
    "2024-05-01",
    "Formation Partners",
    "示例科技有限公司",
    "台北市信義路一段1號",
    "客户要求必填发票抬头后再寄送合同，并且需要在月底前完成全部的审批流程和付款手续",
    "Autofill Systems Ltd",
  ])("%s is not a hint", (text) => {
    expect(isHintCell(text)).toBe(false);
  });

  it("a row is a hint row only when every filled cell is a hint", () => {
    expect(isHintRow(["必填", null, "选填", ""])).toBe(true);
    expect(isHintRow(["飞鸿货运", "必填", "选填"])).toBe(false);
    expect(isHintRow([null, "", null])).toBe(false);
    expect(isHintRow([12, "Required"])).toBe(false);
  });
});

describe("a template's hint row is no client", () => {
  it("简体: the hint row under the one sample company is skipped, with its reason", () => {
    const result = importWorkbook([
      sheet("Sheet1", [
        ["客户名称", "行业", "联系人", "手机号码", "邮箱", "所在城市"],
        ["远航物流有限公司", "物流", "秦思远", "13800000017", "yuanhang@example.org", "苏州市"],
        ["必填", "选填", "必填", "电话和手机号码选填一样", "选填", "选填"],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["远航物流有限公司"]);
    expect(result.summary.skipped).toBe(1);
    const skipped = result.issues.find((i) => i.code === "import.row-skipped" && i.row === 3);
    expect(skipped?.params).toEqual({ reason: "reason.hint" });
  });

  it("繁體: a hint row straight under the header, then format hints, then the samples", () => {
    const result = importWorkbook([
      sheet("客戶匯入", [
        ["客戶姓名", "手機", "生日", "Email"],
        ["（必填）", "（必填）", "（選填）", "（選填）"],
        [null, null, "格式：yyyy/mm/dd", "範例：a@example.com"],
        ["林佩珊", "0912-000-321", "1988/03/15", "lin@example.com"],
        ["張志豪", "0922-000-654", "1990/11/02", null],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["林佩珊", "張志豪"]);
    expect(result.records.Clients[0].birthday).toBe("1988-03-15");
  });

  it("English: Required / Optional over the rows and a format row below them", () => {
    const result = importWorkbook([
      sheet("Import", [
        ["Client Name", "Contact Person", "Email", "Client Since"],
        ["Required", "Optional", "Required", "Optional"],
        ["Northwind Traders", "Ada Novak", "ada@example.com", "2021-04-01"],
        ["Blue Harbor Ltd", "Ian Keller", "ian@example.com", "2022-09-15"],
        [null, null, null, "Format: YYYY-MM-DD"],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name).sort()).toEqual([
      "Blue Harbor Ltd",
      "Northwind Traders",
    ]);
    expect(result.summary.skipped).toBe(2);
    expect(result.summary.rejected).toBe(0);
  });

  it("a sample row that has a real value beside hint words is still a record", () => {
    const result = importWorkbook([
      sheet("Sheet1", [
        ["客户名称", "行业", "备注"],
        ["示例科技有限公司", "软件", "必填"],
        ["远航物流有限公司", "物流", null],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name)).toEqual([
      "示例科技有限公司",
      "远航物流有限公司",
    ]);
  });
});

describe("a template's one sample row", () => {
  it.each([
    ["简体", ["客户名称", "客户级别", "联系人"], ["远航物流有限公司", "低级", "秦思远"]],
    ["繁體", ["客戶名稱", "客戶級別", "聯絡人"], ["遠航物流有限公司", "低級", "秦思遠"]],
  ])("%s: a level word under a header only resembling the kind's is no kind", (_, header, row) => {
    const result = importWorkbook([sheet("Sheet1", [header, row, ["必填", "选填", "必填"]])]);
    const level = result.mappings[0].columns.find((c) => c.header === header[1]);
    expect(level?.field).toBeNull();
    expect(result.records.Clients).toHaveLength(1);
    expect(result.records.Clients[0].notes).toContain(row[1]);
  });
});
