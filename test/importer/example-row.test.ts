/**
 * A template's example row (session 20): a bank's return form keeps the sample it came with —
 * 王XX at XXX小区XX栋XX单元 — above the households a person typed. The sample is no client; a list
 * whose every row is written with X for characters (names masked for privacy) is real records.
 */
import { importWorkbook } from "../../src/importer";
import { exampleRowOf, isLeftOutValue } from "../../src/importer/hint-rows";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HOUSEHOLDS = ["韦国庆", "昌秀兰", "苗志刚", "凤丽华", "花建平", "方玉珍", "俞德明", "任春燕"];
const mobile = (i: number) => `1390027${String(1000 + i * 53).padStart(4, "0")}`;

function returnForm(
  example: SourceCell[] | null,
  name = (i: number) => HOUSEHOLDS[i]
): SourceCell[][] {
  return [
    ["序号", "住户名称", "详细居住地址", "联系方式", "家庭年收入（万元）"],
    ...(example ? [example] : []),
    ...HOUSEHOLDS.map((_, i) => [
      i + 1,
      name(i),
      `信州区滨江名城${i + 3}栋2单元40${i}`,
      mobile(i),
      12 + i,
    ]),
  ];
}

describe("a template's example row", () => {
  it("reads runs of X standing for characters, not an X in a word or a code", () => {
    expect(isLeftOutValue("王XX")).toBe(true);
    expect(isLeftOutValue("XXX小区XX栋XX单元XX楼XX号")).toBe(true);
    expect(isLeftOutValue("138XXXXXXXX")).toBe(true);
    expect(isLeftOutValue("Xavier Lee")).toBe(false);
    expect(isLeftOutValue("XXL Sports")).toBe(false);
    expect(isLeftOutValue("ABX-12")).toBe(false);
    expect(isLeftOutValue(42)).toBe(false);
  });

  it("finds the first row when it alone holds such values", () => {
    const rows: SourceCell[][] = [
      [null, null],
      ["王XX", "XXX小区XX栋"],
      ["韦国庆", "滨江名城3栋"],
      ["昌秀兰", "滨江名城4栋"],
    ];
    expect(exampleRowOf(rows)).toBe(1);
    // One such value is a record's own (a nickname, a code).
    expect(exampleRowOf([["王XX", "滨江名城2栋"], ...rows.slice(2)])).toBeNull();
    // Every row masked: real records.
    expect(
      exampleRowOf([
        ["王XX", "XX小区"],
        ["李XX", "XX小区"],
        ["陈XX", "XX花园"],
      ])
    ).toBeNull();
  });

  it("skips the sample above the households and imports the households", () => {
    const r = importWorkbook([
      sheet("住户台账", returnForm([1, "王XX", "XXX小区XX栋XX单元XX楼XX号", "138XXXXXXXX", null])),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(HOUSEHOLDS);
    const skipped = r.issues.find((i) => i.code === "import.row-skipped" && i.row === 2);
    expect(skipped?.params?.reason).toBe("reason.hint");
  });

  it("imports a list whose every name and address is masked", () => {
    const masked = returnForm(null, (i) => `${HOUSEHOLDS[i][0]}XX`).map((row, k) =>
      k === 0 ? row : [row[0], row[1], `XX小区${k}栋`, row[3], row[4]]
    );
    const r = importWorkbook([sheet("住户台账", masked)]);
    expect(r.records.Clients).toHaveLength(HOUSEHOLDS.length);
  });
});
