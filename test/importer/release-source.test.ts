/**
 * A caller that gives its sheets up (`releaseSource`, as the CLI does) gets them emptied once
 * every row is read, so that a big source is not held through the merge. The import itself must
 * come out the same; a caller that does not give them up keeps them untouched.
 */
import { importWorkbook } from "../../src/importer";
import type { ImportOptions, SourceCell, SourceSheet } from "../../src/importer/types";
import { sheet } from "./helpers";

function workbook(): SourceSheet[] {
  const clients: SourceCell[][] = [
    ["2024年客户名单"],
    ["客户名称", "联系电话", "电子邮箱", "生日", "年收入（万元）", "备注"],
    ["林志明", "0912345678", "lin@example.com", "1980-03-04", "120", "VIP"],
    ["陳靜怡", "0922333444", null, "1975年12月1日", "85.5", null],
    ["林志明", "0912-345-678", null, null, "130", "老客户"],
    ["华东机械有限公司", "021-5555-0000", "info@hd.cn", null, "9,800", null],
    [null, "021-5555-0001", "sales@hd.cn", null, null, "销售部"],
    ["合计", null, null, null, "10135.5", null],
    [null, null, null, null, null, null, null, null, "備忘：年收入为估算"],
  ];
  const policies: SourceCell[][] = [
    ["保单号", "客户名称", "险种", "保险公司", "生效日期", "年缴保费"],
    ["P-001", "林志明", "终身寿险", "国寿", "2020-01-15", 12000],
    ["P-002", "陳靜怡", "医疗险", "平安", "2021-06-01", 3600],
    ["P-003", "王大明", "年金", "太平", "2022-02-02", 50000],
    ["P-004", null, "意外险", "国寿", "2023-03-03", 800],
  ];
  return [
    sheet("客户", clients, ["A9:A10"]),
    sheet("保单", policies),
    sheet("说明", [["本表由系统导出"], ["请勿修改"]]),
  ];
}

const OPTIONS: ImportOptions = { today: "2026-01-01", phoneRegion: "TW" };

describe("an import that is handed its sheets", () => {
  it("comes out the same as one that is not", () => {
    const kept = importWorkbook(workbook(), OPTIONS);
    const released = importWorkbook(workbook(), { ...OPTIONS, releaseSource: true });
    expect(kept.records.Clients.length).toBeGreaterThanOrEqual(3);
    expect(kept.records.Insurance.length).toBe(4);
    expect(released).toEqual(kept);
  });

  it("and again when importing into a register with an import state", () => {
    const first = importWorkbook(workbook(), OPTIONS);
    const into = { ...OPTIONS, existing: first.records, state: first.state };
    const kept = importWorkbook(workbook(), into);
    const released = importWorkbook(workbook(), { ...into, releaseSource: true });
    expect(released).toEqual(kept);
  });

  it("empties the sheets' rows once read; without it the sheets stay as they were", () => {
    const given = workbook();
    importWorkbook(given, { ...OPTIONS, releaseSource: true });
    expect(given.map((s) => s.rows.length)).toEqual([0, 0, 0]);
    expect(given.map((s) => s.name)).toEqual(["客户", "保单", "说明"]);

    const own = workbook();
    importWorkbook(own, OPTIONS);
    expect(own).toEqual(workbook());
  });
});
