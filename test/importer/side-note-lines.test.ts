/**
 * A 说明 / 备注 / Notes block written beside a table, a header over a few lines of instructions
 * ("1. 经营阶段：…", "2. 家庭年收入单位为万元"), is a note about the sheet, not a data column:
 * its lines never land in the first clients' records, and they are kept word for word in an issue.
 */
import { importWorkbook } from "../../src/importer";
import { noteColumns } from "../../src/importer/side-note";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const NAMES = ["陈杰", "谢丹", "刘志强", "朱洋", "周秀英", "高芳", "周涛", "林静", "王磊", "赵敏"];
const LINES = [
  "1. 经营阶段：初次接触→需求分析→已成交",
  "2. 家庭年收入单位为万元",
  "3. 每月底更新一次",
];

function book(gap: boolean, header = "说明", lines: readonly string[] = LINES) {
  const head: SourceCell[] = [
    "客户姓名",
    "手机",
    "经营阶段",
    "备注",
    ...(gap ? [null] : []),
    header,
  ];
  const rows = NAMES.map((name, i): SourceCell[] => [
    name,
    `1380000${String(1000 + i)}`,
    i % 2 ? "需求分析" : "已成交",
    i === 4 ? "孩子明年上小学" : null,
    ...(gap ? [null] : []),
    lines[i] ?? null,
  ]);
  return importWorkbook([sheet("客户经营表", [head, ...rows])]);
}

describe("a note block beside a table", () => {
  it.each([
    ["after an empty column", true],
    ["right beside the table", false],
  ])("%s is a side note, not a column", (_, gap) => {
    const r = book(gap);
    const text = JSON.stringify(r.records.Clients);
    for (const line of LINES) expect(text).not.toContain(line);
    const column = r.mappings[0].columns.find((c) => c.header === "说明");
    expect(column?.field).toBeNull();
    expect(column?.reasons?.[0]?.code).toBe("map.why.side-note");
    const note = r.issues.find((i) => i.code === "import.side-note");
    expect(String(note?.value)).toContain("2. 家庭年收入单位为万元");
    expect(r.records.Clients).toHaveLength(NAMES.length);
  });

  it("keeps the clients' own remarks (备注) in their notes", () => {
    const r = book(true);
    const zhou = r.records.Clients.find((c) => c.name === "周秀英");
    expect(String(zhou?.notes)).toContain("孩子明年上小学");
  });

  it("takes plain sentences right beside the table as the clients' remarks, not a note", () => {
    const remarks = ["老公做生意，收入不稳定", "已转介绍同事两位", "对分红险很有兴趣"];
    const r = book(false, "备注2", remarks);
    expect(r.issues.some((i) => i.code === "import.side-note")).toBe(false);
    const chen = r.records.Clients.find((c) => c.name === "陈杰");
    expect(String(chen?.notes)).toContain("老公做生意");
  });
});

describe("noteColumns with lines under the header", () => {
  const col = (values: SourceCell[], rows = 12): SourceCell[] => [
    ...values,
    ...Array<SourceCell>(rows - values.length).fill(null),
  ];
  const names = col(NAMES.map((n) => n) as SourceCell[]);

  it("needs a note header, a run from the first row, and few lines against the table", () => {
    const lines = col([...LINES]);
    expect(noteColumns(["姓名", "", "说明"], [names, col([]), lines])).toEqual([2]);
    expect(noteColumns(["姓名", "", "Notes"], [names, col([]), lines])).toEqual([2]);
    // Not a note header.
    expect(noteColumns(["姓名", "", "经营阶段"], [names, col([]), lines])).toEqual([]);
    // Lines with a gap: remarks on some clients.
    const gappy = col([LINES[0], null, LINES[1], LINES[2]]);
    expect(noteColumns(["姓名", "", "说明"], [names, col([]), gappy])).toEqual([]);
    // As many lines as a third of the rows or more: a column.
    const many = col([...LINES, ...LINES], 12);
    expect(noteColumns(["姓名", "", "说明"], [names, col([]), many])).toEqual([]);
  });

  it("right beside the table needs numbered lines and the last column", () => {
    const lines = col([...LINES]);
    expect(noteColumns(["姓名", "说明"], [names, lines])).toEqual([1]);
    expect(noteColumns(["姓名", "说明", "电话"], [names, lines, names])).toEqual([]);
  });
});
