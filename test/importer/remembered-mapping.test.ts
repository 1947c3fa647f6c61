import { importWorkbook, previewMapping } from "../../src/importer";
import { legacyLayoutOf, type ImportState } from "../../src/importer/import-state";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const rows: SourceCell[][] = [
  ["客户名称", "联系电话", "渠道", "跟进情况"],
  ["悦佳生活超市", "13800000101", "展会", "已报价"],
  ["丰华五金店", "13800000102", "转介绍", "待回访"],
  ["新城药房", "13800000103", "展会", "已签约"],
];
const source = () => [sheet("客户", rows)];
const fields = (mappings: ReturnType<typeof previewMapping>) =>
  mappings[0].columns.map((c) => [c.header, c.field]);

describe("the register remembers a person's mapping per layout", () => {
  it("a --map correction made once holds at the next import of the same layout", () => {
    const corrected = importWorkbook(source(), {
      mapping: { "客户!渠道": "mainBusiness", "客户!联系电话": "-" },
    });
    const fresh = importWorkbook(source());
    expect(fields(fresh.mappings)).not.toEqual(fields(corrected.mappings));

    const again = importWorkbook(source(), {
      existing: corrected.records,
      state: corrected.state,
    });
    expect(fields(again.mappings)).toEqual(fields(corrected.mappings));
    expect(again.records.Clients.map((c) => c.mainBusiness)).toEqual(["展会", "转介绍", "展会"]);
    expect(again.records.Clients.every((c) => c.phone === null)).toBe(true);
    // …and is still remembered after that import, for the one after it.
    const remembered = again.state.mappings.find((m) => m.layout === again.mappings[0].layout);
    expect(remembered?.columns.find((c) => c.header === "渠道")).toMatchObject({
      field: "mainBusiness",
      chosen: true,
    });
    // The pane's preview with the register's state shows the same.
    expect(fields(previewMapping(source(), undefined, again.state))).toEqual(
      fields(corrected.mappings)
    );
  });

  it("this import's --map wins over what was remembered; decisions nobody chose are made afresh", () => {
    const corrected = importWorkbook(source(), { mapping: { "客户!渠道": "mainBusiness" } });
    const remembered = corrected.state.mappings[0].columns;
    expect(remembered.find((c) => c.header === "客户名称")?.chosen).toBeUndefined();
    const overruled = importWorkbook(source(), {
      state: corrected.state,
      mapping: { "客户!渠道": "-" },
    });
    expect(overruled.mappings[0].columns.find((c) => c.header === "渠道")?.field).toBeNull();
  });

  it("a sheet left out by hand stays out at the next import of its layout", () => {
    const left = importWorkbook(source(), { mapping: { "客户!*": "-" } });
    expect(left.state.mappings[0]).toMatchObject({ registerSheet: null, chosen: true });
    const again = importWorkbook(source(), { state: left.state });
    expect(again.mappings[0].registerSheet).toBeNull();
    expect(again.records.Clients).toHaveLength(0);
  });

  it("reads a state written with the old 'H-' layout fingerprint and moves it to the current one", () => {
    const corrected = importWorkbook(source(), { mapping: { "客户!渠道": "mainBusiness" } });
    const current = corrected.mappings[0];
    const legacy = legacyLayoutOf(current.columns);
    const old: ImportState = {
      records: corrected.state.records.map((r) => ({ ...r, layout: legacy })),
      mappings: corrected.state.mappings.map((m) => ({ ...m, layout: legacy })),
    };
    const again = importWorkbook(source(), { existing: corrected.records, state: old });
    expect(again.mappings[0].columns.find((c) => c.header === "渠道")?.field).toBe("mainBusiness");
    expect(again.state.mappings.map((m) => m.layout)).toEqual([current.layout]);
    expect(new Set(again.state.records.map((r) => r.layout))).toEqual(new Set([current.layout]));
    expect(again.summary).toMatchObject({ imported: 0, merged: 3 });
  });
});
