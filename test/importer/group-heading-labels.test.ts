/**
 * A two-row header whose upper row holds group headings merged across several columns (基本信息 over
 * 集团级别 | 所属区县; 业务收入 over 合同到期日): a person's note reads "集团级别: A", not "基本信息 集团级别: A".
 * A heading over one column only (English over Chinese) is part of that column's name and stays.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("group headings over a two-row header", () => {
  it("notes are labelled with the column's own header, not its group heading", () => {
    const rows: SourceCell[][] = [
      ["基本信息", null, null, "业务信息", null],
      ["客户名称", "客户星级", "所属区县", "合同到期日", "备注"],
      ["宁波东湖纺织有限公司", "A", "海曙区", "2026-06-30", "专线续约"],
      ["宁波北仑物流有限公司", "B", "北仑区", "2026-12-31", null],
    ];
    const r = importWorkbook([sheet("客户清单", rows, ["A1:C1", "D1:E1"])]);
    expect(r.mappings[0].headerRows).toEqual([1, 2]);
    const notes = r.records.Clients.map((c) => String(c.notes ?? ""));
    expect(notes[0]).toContain("客户星级: A");
    expect(notes[0]).not.toContain("基本信息");
    expect(notes[1]).toContain("合同到期日: 2026-12-31");
    expect(notes[1]).not.toContain("业务信息");
  });
});
