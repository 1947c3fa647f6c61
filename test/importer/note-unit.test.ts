/**
 * A figure no register field takes (AUM(萬元), 授信额度（万元）) stays in notes as written, with what it
 * is worth in the header's unit beside it: "1,250.5" in 萬元 is 12,505,000, not 1,250.5.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("an unmapped amount with a unit in its header", () => {
  it("is kept in notes as written, with its worth in the header's unit", () => {
    const rows: SourceCell[][] = [
      ["客戶ID", "戶名", "行動電話", "AUM(萬元)"],
      ["A123456789", "林志明", "0932-382-786", "1,250.5"],
      ["F131104093", "王美玲", "0912-345-678", 80],
      ["A100000001", "陳建宏", "0922-111-222", "無資料"],
    ];
    const r = importWorkbook([sheet("客戶資料", rows)]);
    expect(r.mappings[0].columns[3].field).toBeNull();
    expect(r.records.Clients.map((c) => c.notes)).toEqual([
      "AUM(萬元): 1,250.5 (= 12,505,000)",
      "AUM(萬元): 80 (= 800,000)",
      "AUM(萬元): 無資料",
    ]);
  });

  it("a header without a unit keeps the value alone", () => {
    const rows: SourceCell[][] = [
      ["客戶ID", "戶名", "行動電話", "AUM"],
      ["A123456789", "林志明", "0932-382-786", "1,250.5"],
    ];
    const r = importWorkbook([sheet("客戶資料", rows)]);
    expect(r.records.Clients[0].notes).toBe("AUM: 1,250.5");
  });
});
