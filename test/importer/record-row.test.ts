import { detectTable, headsColumns, isRecordRow } from "../../src/importer/detect-table";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("one test of a record row for every header decision", () => {
  it("reads a person's key, a company's name or an address as a record's value", () => {
    expect(isRecordRow(["Ann Lee", "ann@example.com"])).toBe(true);
    expect(isRecordRow(["王小明", "0912 345 678"])).toBe(true);
    expect(isRecordRow(["张伟", "110101199003071234"])).toBe(true);
    expect(isRecordRow(["陳大文", "宏遠紡織股份有限公司"])).toBe(true);
    expect(isRecordRow(["Bob Tan", "Blue Sky Trading Ltd"])).toBe(true);
  });

  it("never reads a period heading or a field's own name as a record's value", () => {
    // Months written as digits head a pivot's columns; a column headed "Parent Company" names no firm.
    expect(isRecordRow(["Client", 202501, 202502, "2026-06"])).toBe(false);
    expect(isRecordRow(["Client Name", "Parent Company", "Insurance Company"])).toBe(false);
    expect(isRecordRow(["客户名称", "所属保险公司", "开户银行"])).toBe(false);
    expect(isRecordRow(["客戶名稱", "承保保險公司", "電話"])).toBe(false);
  });

  it("weighs a heading that reads as a place or a firm against the field words beside it", () => {
    // 社保缴纳地区 reads as an address and "Default Address Company" as a firm, among field words.
    expect(isRecordRow(["姓名", "手机号码", "入职日期", "社保缴纳地区", "备注"])).toBe(false);
    expect(isRecordRow(["First Name", "Email", "Default Address Company", "Phone"])).toBe(false);
    expect(isRecordRow(["張志明", "台北市信義區松仁路100號", "VIP"])).toBe(true);
  });

  const grouped = (group: string, subs: [string, string], rest: [string, string]) => [
    [rest[0], group, null, rest[1]],
    [null, subs[0], subs[1], null],
    ["Ann Lee", "Acme Insurance Ltd", "P-1001", "0412 345 678"],
    ["Bob Tan", "Blue Sky Insurance Ltd", "P-1002", "0413 345 678"],
  ];

  it.each([
    ["en", "Cover", ["Insurance Company", "Policy No"], ["Client", "Phone"]],
    ["zh-CN", "保障", ["所属保险公司", "保单号"], ["客户", "电话"]],
    ["zh-TW", "保障", ["承保保險公司", "保單號碼"], ["客戶", "電話"]],
  ] as [string, string, [string, string], [string, string]][])(
    "keeps a sub-header naming a company field in the header (%s)",
    (_, group, subs, rest) => {
      const t = detectTable(sheet("Policies", grouped(group, subs, rest) as SourceCell[][]));
      expect(t?.headerRows).toEqual([1, 2]);
      expect(t?.firstDataRow).toBe(3);
    }
  );

  it("says a row heads columns by its words alone only when it holds no record's value", () => {
    expect(headsColumns(["Name", "Notes", "Address"])).toBe(true);
    expect(headsColumns(["客戶姓名", "電話", "備註"])).toBe(true);
    expect(headsColumns(["姓名", "张伟", "性别", "男"])).toBe(false);
    expect(headsColumns(["Name", "Phone", "Email", "ann@example.com"])).toBe(false);
  });
});
