/**
 * A client list that carries a figure per period (a monthly AUM or balance report) is a client
 * list: named subjects with an id and other text columns beside their month columns. A matrix is
 * figures under period headers with only row labels.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const MONTHS = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];

function report(
  headers: readonly string[],
  names: readonly string[],
  owners: readonly string[],
  currencies: readonly string[],
  order: "manager-first" | "name-first"
): SourceCell[][] {
  const head =
    order === "manager-first"
      ? [headers[0], headers[1], headers[2], headers[3], ...MONTHS, headers[6], headers[4]]
      : [headers[2], headers[1], headers[3], headers[0], ...MONTHS, headers[6], headers[4]];
  const rows: SourceCell[][] = [head];
  for (let i = 0; i < 18; i++) {
    const owner = i % 6 === 0 ? owners[Math.floor(i / 6)] : null;
    const id = `PB${20001 + i}`;
    const name = names[i % names.length] + (i >= names.length ? String(i) : "");
    const cur = currencies[i % currencies.length];
    const figures = MONTHS.map((_, m) => 1_000_000 + i * 10_000 + m * 137);
    const remark = i % 4 === 0 ? headers[5] : null;
    rows.push(
      order === "manager-first"
        ? [owner, id, name, cur, ...figures, figures[5] - figures[4], remark]
        : [name, id, cur, owners[Math.floor(i / 6)], ...figures, figures[5] - figures[4], remark]
    );
  }
  return rows;
}

describe("a client list with period columns", () => {
  it.each([
    [
      "繁體, manager merged down",
      ["客戶經理", "客戶編號", "客戶名稱", "幣種", "備註", "新開戶", "變動"],
      ["陳大文", "李美玲", "黃志強", "吳家明", "何嘉欣", "梁小芬"],
      ["何嘉儀", "梁志明", "歐陽慧"],
      ["HKD", "USD", "MOP"],
      "manager-first" as const,
    ],
    [
      "简体, name first",
      ["客户经理", "客户编号", "客户名称", "币种", "备注", "新增基金认购", "变动"],
      ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"],
      ["赵敏", "孙强", "周丽"],
      ["CNY", "USD", "HKD"],
      "name-first" as const,
    ],
    [
      "English",
      [
        "Relationship Manager",
        "Client No.",
        "Client Name",
        "Currency",
        "Remarks",
        "New account",
        "Movement",
      ],
      ["Alice Tan", "Brian Ho", "Carol Lim", "David Ng", "Emma Chua", "Frank Koh"],
      ["Grace Lee", "Henry Ong", "Ivy Teo"],
      ["SGD", "USD", "EUR"],
      "name-first" as const,
    ],
  ])(
    "%s: is read as clients, not dropped as a matrix",
    (_label, headers, names, owners, curs, order) => {
      const r = importWorkbook([sheet("AUM", report(headers, names, owners, curs, order))]);
      const mapping = r.mappings[0];
      expect(mapping.registerSheet).toBe("Clients");
      expect(r.issues.some((i) => i.code === "import.sheet-not-data")).toBe(false);
      expect(r.summary.imported).toBe(18);
      const field = (h: string) => mapping.columns.find((c) => c.header === h)?.field;
      expect(field(headers[2])).toBe("name");
      expect(field(headers[1])).toBe("clientId");
    }
  );

  it("client names beside period figures only stay a matrix", () => {
    const rows: SourceCell[][] = [["Client", ...MONTHS]];
    for (let i = 0; i < 10; i++)
      rows.push([`Client ${"ABCDEFGHIJ"[i]} Ltd`, ...MONTHS.map((_, m) => 100 * i + m)]);
    const r = importWorkbook([sheet("Revenue", rows)]);
    expect(r.mappings[0].kind).toBe("matrix");
    expect(r.summary.imported).toBe(0);
  });

  it("client names with one label column beside period figures are not imported", () => {
    const rows: SourceCell[][] = [["客户名称", "区域", "1月", "2月", "3月", "4月"]];
    for (let i = 0; i < 10; i++)
      rows.push([
        `甲${"一二三四五六七八九十"[i]}公司`,
        i % 2 ? "华东" : "华南",
        10 + i,
        11 + i,
        12 + i,
        13 + i,
      ]);
    const r = importWorkbook([sheet("销售", rows)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.summary.imported).toBe(0);
  });
});
