/**
 * A note written one empty column to the right of a table ("※ 保額單位：萬元", "注：金额单位万元",
 * "Note: amounts in HKD") is a remark about the sheet, not a column; when it states the unit of the
 * amounts, the amount columns it is about are read in that unit unless their header states one.
 */
import { importWorkbook } from "../../src/importer";
import { noteColumns, noteUnitOf, readsAsNote } from "../../src/importer/side-note";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("noteUnitOf", () => {
  it.each([
    ["※ 保額單位：萬元", 10_000, "保額"],
    ["注：金额单位万元", 10_000, ""],
    ["單位：新台幣萬元", 10_000, ""],
    ["Note: all amounts in thousands", 1_000, ""],
  ])("reads %s as × %d on %s", (text, multiplier, subject) => {
    expect(noteUnitOf(text)).toMatchObject({ unit: { multiplier }, subject });
  });

  it("reads a currency", () => {
    expect(noteUnitOf("Note: amounts in HKD")?.unit).toMatchObject({ currency: "HKD" });
  });

  it.each([["保額"], ["工作单位"], ["单位名称"], ["注册单位"], ["Note: call after 6pm"]])(
    "reads no unit in %s",
    (text) => {
      expect(noteUnitOf(text)).toBeNull();
    }
  );

  it("tells a note from a column's name", () => {
    expect(readsAsNote("※ 保額單位：萬元")).toBe(true);
    expect(readsAsNote("Note: call after 6pm")).toBe(true);
    expect(readsAsNote("保額")).toBe(false);
    expect(readsAsNote("工作单位")).toBe(false);
  });

  it("takes a note header as a note only with nothing below it and a gap before it", () => {
    const values: SourceCell[][] = [["a"], ["b"], [null], [null]];
    expect(noteColumns(["姓名", "保額", "", "※ 保額單位：萬元"], values)).toEqual([3]);
    expect(noteColumns(["姓名", "保額", "※ 保額單位：萬元", ""], values)).toEqual([]);
    expect(
      noteColumns(["姓名", "保額", "", "※ 保額單位：萬元"], [["a"], ["b"], [null], ["x"]])
    ).toEqual([]);
  });
});

describe("a note one empty column right of the header row", () => {
  const rows: SourceCell[][] = [
    ["要保人", "保單號碼", "險種", "保額", "年繳保費", null, "※ 保額單位：萬元"],
    ["董冠宇", "T-1", "定期壽險", 300, 24000],
    ["魏雅雯", "T-2", "年金險", 30, 60000],
  ];
  const r = importWorkbook([sheet("保單", rows)]);

  it("is a sheet note, not a column", () => {
    const note = r.issues.find((i) => i.code === "import.side-note");
    expect(note).toMatchObject({ row: 1, value: "※ 保額單位：萬元" });
    const column = r.mappings[0].columns.find((c) => c.header === "※ 保額單位：萬元");
    expect(column?.field).toBeNull();
    expect(column?.reasons?.[0]?.code).toBe("map.why.side-note");
  });

  it("gives its unit to the amounts it names, and only to those", () => {
    expect(r.records.Insurance.map((p) => [p.policyNo, p.sumInsured, p.annualPremium])).toEqual([
      ["T-1", 3_000_000, 24000],
      ["T-2", 300_000, 60000],
    ]);
    const said = r.issues.filter((i) => i.code === "import.note-unit");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ columns: "D (保額)" });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("單位");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("单位");
    expect(renderMessage(said[0].code!, said[0].params!, "en")).toContain("unit");
  });

  it("leaves a column whose header states its own unit alone", () => {
    const own: SourceCell[][] = [
      ["要保人", "保單號碼", "保額(元)", null, "※ 保額單位：萬元"],
      ["董冠宇", "T-1", 3_000_000],
      ["魏雅雯", "T-2", 300_000],
    ];
    const again = importWorkbook([sheet("保單", own)]);
    expect(again.records.Insurance.map((p) => p.sumInsured)).toEqual([3_000_000, 300_000]);
  });
});

describe("a note beside the data rows", () => {
  it("gives a unit for every amount to the amount columns without one", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "手机", "年收入"],
      ["杭州明远贸易", "13800000001", 20, null, "注：金额单位万元"],
      ["宁波启航电子", "13800000002", 30],
      ["温州华泰鞋业", "13800000003", 40],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.annualRevenue)).toEqual([200_000, 300_000, 400_000]);
    expect(r.issues.some((i) => i.code === "import.side-note")).toBe(true);
  });

  it("in the header row beside a short table is a note too, not loose cells", () => {
    const rows: SourceCell[][] = [
      ["Client", "Phone", "Annual revenue", null, "Note: amounts in HKD"],
      ["Dana Whitlock", "+852 9123 4567", 500000],
      ["Alan Brook", "+852 9123 4568", 800000],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients).toHaveLength(2);
    expect(r.issues.some((i) => i.code === "import.side-note")).toBe(true);
    expect(r.issues.some((i) => i.code === "import.loose-cells")).toBe(false);
  });
});
