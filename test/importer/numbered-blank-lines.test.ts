/**
 * A form numbered in advance (編號 1…40 with only the first rows filled) leaves lines holding
 * their number and nothing else. They are blank lines: not records, and not merged into the
 * record above them.
 */
import { importWorkbook } from "../../src/importer";
import { readAs, sheet } from "./helpers";

const layouts = [
  {
    lang: "zh-TW",
    header: ["編號", "客戶名稱", "電話", "地址"],
    names: ["王小明", "李大華", "陳美玲", "林志豪", "張雅婷"],
    phone: (i: number) => `090000000${i}`,
    address: (i: number) => `台北市信義路${i + 1}號`,
  },
  {
    lang: "zh-CN",
    header: ["序号", "客户名称", "手机", "地址"],
    names: ["王建国", "李秀英", "张伟", "刘洋", "陈静"],
    phone: (i: number) => `1380000000${i}`,
    address: (i: number) => `上海市徐汇区漕溪路${i + 1}号`,
  },
  {
    lang: "en",
    header: ["No.", "Client Name", "Phone", "Address"],
    names: ["Ada Brook", "Ben Carter", "Cleo Dunn", "Dev Ellis", "Eve Foster"],
    phone: (i: number) => `212-555-01${10 + i}`,
    address: (i: number) => `${i + 10} Elm Street, Springfield`,
  },
];

describe("lines of a numbered form left empty", () => {
  it.each(layouts)("are blank lines, not records merged above ($lang)", (l) => {
    const filled = l.names.map((n, i) => [i + 1, n, l.phone(i), l.address(i)]);
    const empty = Array.from({ length: 12 }, (_, i) => [l.names.length + i + 1, "", "", ""]);
    const r = importWorkbook([sheet("Sheet1", [l.header, ...filled, ...empty])]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual(l.names);
    expect(r.summary).toMatchObject({ imported: 5, merged: 0, skipped: 0, rejected: 0 });
  });

  it("a row whose number stands beside a value is still read (zh-TW)", () => {
    const l = layouts[0];
    const filled = l.names.map((n, i) => [i + 1, n, l.phone(i), l.address(i)]);
    // The sixth line names no one but gives a phone: it adds to the record above, as before.
    const rows = [l.header, ...filled, [6, "", "", "台北市信義路99號"]];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients).toHaveLength(5);
    expect(r.summary.sourceRows).toBe(6);
  });
});
