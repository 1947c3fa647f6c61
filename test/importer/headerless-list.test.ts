/**
 * A client list typed without a header row: its first row is the first client, not a header, and
 * its columns are told apart by their values (names, phones, e-mail addresses), as a person would.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const NAMES = ["赵桂英", "王明", "林志强", "陈美玲", "张伟", "李静", "刘洋", "黄磊"];
const CITIES = ["上海市浦东新区", "北京市朝阳区", "广州市天河区", "杭州市西湖区"];

function prospects(count: number, withEmail = false): SourceCell[][] {
  const rows: SourceCell[][] = [];
  for (let i = 0; i < count; i++) {
    const row: SourceCell[] = [
      `${NAMES[i % NAMES.length]}${i >= NAMES.length ? i : ""}`,
      `139${String(10000000 + i * 7919).padStart(8, "0")}`,
      `${CITIES[i % CITIES.length]}${i + 1}号`,
      i % 2 === 0 ? "意向强" : "待跟进",
    ];
    if (withEmail) row[1] = `client${i}@example.com`;
    rows.push(row);
  }
  return rows;
}

describe("a client list without a header row", () => {
  it("imports every row, the first included, with names and phones from their values", () => {
    const rows = prospects(12);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings.find((s) => s.sheet === "Sheet1");
    expect(m?.registerSheet).toBe("Clients");
    expect(m?.headerless).toBe(true);
    expect(m?.headerRows).toEqual([]);
    expect(m?.columns.map((c) => c.field)).toEqual(["name", "phone", null, null]);
    expect(r.summary.imported).toBe(12);
    expect(r.summary.skipped).toBe(0);
    const first = r.records.Clients.find((c) => c.name === rows[0][0]);
    expect(first?.phone).toBe(rows[0][1]);
    // Nothing is lost: the columns with no field go to notes under their letters.
    expect(first?.notes).toContain(String(rows[0][2]));
    expect(first?.notes).toContain("意向强");
  });

  it("tells e-mail columns apart the same way", () => {
    const rows = prospects(8, true);
    const r = importWorkbook([sheet("名单", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("email");
    expect(r.records.Clients.map((c) => c.email)).toEqual(rows.map((row) => row[1]));
  });

  it("says in the mapping print that there was no header row, in the register's language", () => {
    const r = importWorkbook([sheet("Sheet1", prospects(6))]);
    expect(mappingLines(r.mappings, "en")[0]).toContain("no header row");
    expect(mappingLines(r.mappings, "zh-CN")[0]).toContain("没有表头行");
    expect(mappingLines(r.mappings, "zh-TW")[0]).toContain("沒有標題列");
  });

  it("a block of short texts without phones or e-mail addresses is not taken for a client list", () => {
    const rows: SourceCell[][] = [];
    for (let i = 0; i < 10; i++) rows.push([NAMES[i % NAMES.length], CITIES[i % 4], "待跟进"]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.summary.imported).toBe(0);
    expect(r.records.Clients).toHaveLength(0);
  });

  it("a list with a header row still reads that row as its header", () => {
    const rows: SourceCell[][] = [["客户名称", "手机", "地址", "意向"], ...prospects(6)];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBeUndefined();
    expect(m.headerRows).toEqual([1]);
    expect(m.columns.map((c) => c.field).slice(0, 3)).toEqual(["name", "phone", "address"]);
    expect(r.summary.imported).toBe(6);
  });
});
