/**
 * A national number written with its trunk 0 (0912 345 678, 024 555 7917) loses the 0 where its
 * cell was typed as a number (912345678), or saved as a float ("912345678.0"). Where the column
 * writes its other numbers with the 0, a person reads the short one as the same kind of number
 * and puts the 0 back; a column that shows no such numbers keeps what it holds. Invented sheets.
 */
import { importWorkbook } from "../../src/importer";
import {
  bareNumberDigits,
  trunkZeroShape,
  withTrunkZero,
} from "../../src/importer/normalize/phones";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const phones = (header: [string, string], rows: [string, SourceCell][]) =>
  importWorkbook([sheet("Clients", [header, ...rows])]).records.Clients.map((c) => c.phone);

describe("a phone column's trunk 0", () => {
  it("is put back on a number typed as a number, where the column's text keeps it (繁體)", () => {
    expect(
      phones(
        ["姓名", "手機"],
        [
          ["林志豪", "0912000111"],
          ["黃淑芬", "0912000222"],
          ["吳建宏", 912000333],
          ["蔡佳玲", "0912000444"],
          ["鄭雅婷", "912000555.0"],
        ]
      )
    ).toEqual(["0912000111", "0912000222", "0912000333", "0912000444", "0912000555"]);
  });

  it("is put back where the column writes its numbers with spaces (English)", () => {
    expect(
      phones(
        ["Name", "Mobile"],
        [
          ["Ama Owusu", "024 555 7917"],
          ["Kofi Mensah", "026 555 2937"],
          ["Esi Boateng", 245551234],
          ["Yaw Asante", "020 555 0101"],
        ]
      )
    ).toEqual(["024 555 7917", "026 555 2937", "0245551234", "020 555 0101"]);
  });

  it("is not added where the column's numbers are written without one", () => {
    expect(
      phones(
        ["Name", "Phone"],
        [
          ["Ana Ruiz", "749 444 837"],
          ["Luis Gil", "612 555 019"],
          ["Eva Sanz", 698555123],
          ["Pau Vila", "93 555 0101"],
        ]
      )
    ).toEqual(["749 444 837", "612 555 019", "698555123", "93 555 0101"]);
  });

  it("is not added to a number of another length, nor where most numbers are written without it", () => {
    const taiwan = trunkZeroShape(["0912000111", "0912000222", "0912000444"]);
    expect(taiwan?.length).toBe(10);
    if (!taiwan) return;
    expect(withTrunkZero(912000333, taiwan)).toBe("0912000333");
    expect(withTrunkZero("912000333.0", taiwan)).toBe("0912000333");
    expect(withTrunkZero(91200033, taiwan)).toBeNull();
    expect(withTrunkZero("0912000333", taiwan)).toBeNull();
    expect(trunkZeroShape([912000111, 912000222, 912000333, 912000444])).toBeNull();
    expect(trunkZeroShape(["0912000111", "0912000222"])).toBeNull();
    // A mainland list: landlines with their area code's 0, mobiles (eleven digits) typed as numbers.
    const mainland = trunkZeroShape([
      "073184001111",
      "073184002222",
      "073184003333",
      13800001111,
      13800002222,
    ]);
    expect(mainland?.length).toBe(12);
    if (mainland) expect(withTrunkZero(13800001111, mainland)).toBeNull();
    expect(
      trunkZeroShape([
        "09000078480",
        "09000062759",
        "09000060463",
        9000042912,
        9000066063,
        9000016233,
        9000014832,
        9000053475,
      ])
    ).toBeNull();
  });

  it("reads the digits of a bare number however the cell holds it", () => {
    expect(bareNumberDigits(912000333)).toBe("912000333");
    expect(bareNumberDigits("912000333.0")).toBe("912000333");
    expect(bareNumberDigits(" 0912000333 ")).toBe("0912000333");
    expect(bareNumberDigits("0912-000-333")).toBeNull();
    expect(bareNumberDigits(9.5)).toBeNull();
  });
});
