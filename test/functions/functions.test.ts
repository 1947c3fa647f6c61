import { ErrorCode, associated, expectExcelError } from "./custom-functions-global";
import * as kam from "../../src/functions/functions";

const VALUE = ErrorCode.invalidValue;
const NUM = ErrorCode.invalidNumber;
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const row = (...cells: unknown[]) => [cells];

// Excel date serials: 45292 is 2024-01-01 (a Monday), so 45296 is Friday 2024-01-05.
const MON_2024_01_01 = 45292;
const FRI_2024_01_05 = 45296;

describe("registration", () => {
  test("functions.ts makes no associate calls of its own (the metadata plugin appends them)", () => {
    expect(associated).toEqual([]);
  });
});

describe("KAM.TIER", () => {
  test("default thresholds, at and just below each", () => {
    expect(kam.tier(5_000_000)).toBe("diamond");
    expect(kam.tier(4_999_999)).toBe("platinum");
    expect(kam.tier(10_000)).toBe("vip");
    expect(kam.tier(9_999)).toBe("standard");
  });

  test("thresholds from a row or a column of 4 cells", () => {
    expect(kam.tier(60, row(100, 50, 20, 10))).toBe("platinum");
    expect(kam.tier(60, column(100, 50, 20, 10))).toBe("platinum");
    expect(kam.tier(15, column(100, 50, 20, 10))).toBe("vip");
  });

  test("omitted or blank thresholds take the defaults", () => {
    expect(kam.tier(600_000, null as unknown as unknown[][])).toBe("gold");
    expect(kam.tier(600_000, column(null, null, "", null))).toBe("gold");
  });

  test("blank revenue gives an empty cell", () => {
    expect(kam.tier(null)).toBe("");
    expect(kam.tier("")).toBe("");
  });

  test("bad input", () => {
    expectExcelError(kam.tier("lots"), VALUE, /annualRevenue must be a number, got "lots"/);
    expectExcelError(kam.tier(true), VALUE);
    expectExcelError(kam.tier(5, row(100, 50, 20)), VALUE, /one row or one column of 4 cells/);
    expectExcelError(
      kam.tier(5, [
        [100, 50],
        [20, 10],
      ]),
      VALUE,
      /one row or one column/
    );
    expectExcelError(kam.tier(5, row(100, 50, "x", 10)), VALUE, /threshold 3/);
    expectExcelError(kam.tier(5, row(100, null, 20, 10)), VALUE, /threshold 2/);
    expectExcelError(kam.tier(5, row(10, 50, 20, 10)), NUM);
  });
});

describe("KAM.GRADE", () => {
  test("cuts at exactly 50 count as high", () => {
    expect(kam.grade(50, 49)).toBe("A");
    expect(kam.grade(50, 50)).toBe("B");
    expect(kam.grade(49, 49)).toBe("C");
    expect(kam.grade(49, 50)).toBe("D");
  });

  test("custom cuts; blank cuts take the default", () => {
    expect(kam.grade(60, 40, 70, 30)).toBe("D");
    expect(kam.grade(60, 40, null, "")).toBe("A");
  });

  test("blank value or difficulty gives an empty cell; text is #VALUE!", () => {
    expect(kam.grade(null, 10)).toBe("");
    expect(kam.grade(10, "")).toBe("");
    expectExcelError(kam.grade("high", 10), VALUE, /value/);
    expectExcelError(kam.grade(10, 10, "fifty"), VALUE, /valueCut/);
  });
});

describe("KAM.VALUESCORE", () => {
  const weights = row(20, 10, 15, 25, 10, 10, 10);
  const against = row(false, true, true, false, true, false, true);

  test("the seven factors with cost, risk and difficulty against", () => {
    expect(kam.valueScore(row(4, 2, 3, 5, 1, 4, 2), weights, against)).toBeCloseTo(80, 10);
  });

  test("against accepts 1/0 as well as TRUE/FALSE, and can be omitted", () => {
    expect(kam.valueScore(row(4, 2, 3, 5, 1, 4, 2), weights, row(0, 1, 1, 0, 1, 0, 1))).toBeCloseTo(
      80,
      10
    );
    expect(kam.valueScore(row(5, 3), row(1, 1))).toBe(75);
  });

  test("blank scores are left out together with their weights", () => {
    // 5 → 100 (w 20) and 2 → 25 (w 25)
    expect(kam.valueScore(row(5, null, "", 2, null, null, null), weights, against)).toBeCloseTo(
      2625 / 45,
      10
    );
  });

  test("all scores blank gives an empty cell; a blank weight counts as 0", () => {
    expect(kam.valueScore(row(null, null), row(1, 1))).toBe("");
    expect(kam.valueScore(row(5, 1), row(1, null))).toBe(100);
  });

  test("a row of scores lines up with a column of weights", () => {
    expect(kam.valueScore(row(5, 1), column(3, 1))).toBe(75);
  });

  test("bad input", () => {
    expectExcelError(
      kam.valueScore(row(5, 1), row(1, 1, 1)),
      VALUE,
      /same number of cells \(2 and 3\)/
    );
    expectExcelError(kam.valueScore(row(5, 1), row(1, 1), row(true)), VALUE, /against/);
    expectExcelError(kam.valueScore(row(5, "good"), row(1, 1)), VALUE, /score 2/);
    expectExcelError(kam.valueScore(row(5, 1), row(1, 1), row(false, "yes")), VALUE, /against 2/);
    expectExcelError(kam.valueScore(row(6, 1), row(1, 1)), NUM);
    expectExcelError(kam.valueScore(row(5, 1), row(0, 0)), NUM);
  });
});

describe("KAM.SATISFACTION", () => {
  test("mean actual minus mean expected, blanks left out", () => {
    expect(kam.satisfaction([[4]], [[3]])).toBe(1);
    expect(kam.satisfaction(column(4, null, 5, 3), column(3, "", 3))).toBe(1);
  });

  test("a side without numbers gives an empty cell; text is #VALUE!", () => {
    expect(kam.satisfaction([[null]], [[3]])).toBe("");
    expect(kam.satisfaction([[4]], [[""]])).toBe("");
    expectExcelError(kam.satisfaction(column(4, "good"), [[3]]), VALUE, /actual cell 2/);
  });
});

describe("KAM.CLV", () => {
  test("closed form without years, finite sum with years", () => {
    expect(kam.clv(100, 0.8, 0.1)).toBeCloseTo(80 / 0.3, 10);
    expect(kam.clv(110, 1, 0.1, 1)).toBeCloseTo(100, 10);
    expect(kam.clv(100, 0.8, 0.1, null)).toBeCloseTo(80 / 0.3, 10);
  });

  test("blanks and bad input", () => {
    expect(kam.clv(100, null, 0.1)).toBe("");
    expectExcelError(kam.clv(100, 1, 0), NUM);
    expectExcelError(kam.clv(100, 1.5, 0.1), NUM);
    expectExcelError(kam.clv("100", 0.5, 0.1), VALUE, /margin/);
    expectExcelError(kam.clv(100, 0.5, 0.1, 2.5), NUM);
  });
});

describe("KAM.RFM", () => {
  const oneToTen = column(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  test("a code against population ranges, blank cells left out", () => {
    // R: 5 of 10 ≥ 6 → 3; F: 4 of 10 ≤ 4 → 2; M: 9 of 10 ≤ 9 → 5
    expect(kam.rfm(6, 4, 9, oneToTen, oneToTen, [...oneToTen, [null], [""]])).toBe("325");
  });

  test("blanks and bad input", () => {
    expect(kam.rfm(null, 4, 9, oneToTen, oneToTen, oneToTen)).toBe("");
    expectExcelError(
      kam.rfm(6, 4, 9, oneToTen, column(null, ""), oneToTen),
      VALUE,
      /population.frequency/
    );
    expectExcelError(
      kam.rfm(6, 4, 9, column(1, "n/a"), oneToTen, oneToTen),
      VALUE,
      /recencyPopulation cell 2/
    );
    expectExcelError(kam.rfm(-6, 4, 9, oneToTen, oneToTen, oneToTen), NUM);
  });
});

describe("KAM.PARETO", () => {
  test("spills one class per cell of a column, blank cells stay blank", () => {
    expect(kam.pareto(column(5, null, 80, "", 15))).toEqual(column("C", "", "A", "", "B"));
  });

  test("keeps the shape of a row, and takes custom cuts", () => {
    expect(kam.pareto(row(60, 30, 10), 0.5, 0.7)).toEqual(row("A", "B", "C"));
    expect(kam.pareto(row(60, 30, 10), null, null)).toEqual(row("A", "A", "B"));
  });

  test("an all-blank range stays blank", () => {
    expect(kam.pareto(column(null, ""))).toEqual(column("", ""));
  });

  test("bad input answers a 1×1 matrix holding the error, as its matrix metadata declares", () => {
    const only = (result: unknown[][]) => {
      expect(result).toHaveLength(1);
      expect(result[0]).toHaveLength(1);
      return result[0][0];
    };
    expectExcelError(only(kam.pareto(column(5, "big"))), VALUE, /values cell 2/);
    expectExcelError(only(kam.pareto(column(5, -1))), NUM);
    expectExcelError(only(kam.pareto(column(0, 0))), NUM);
    expectExcelError(only(kam.pareto(column(5, 1), 0.9, 0.5)), NUM);
  });
});

describe("KAM.PROTECTIONGAP", () => {
  test("DIME with optional members blank", () => {
    expect(kam.protectionGap(200_000, 10, 50_000, 1_000_000, 300_000, 1_500_000, 250_000)).toBe(
      1_600_000
    );
    expect(kam.protectionGap(100_000, 5)).toBe(500_000);
    expect(kam.protectionGap(100_000, 5, null, "", null, 200_000)).toBe(300_000);
  });

  test("blank income or years gives an empty cell; bad input", () => {
    expect(kam.protectionGap(null, 5)).toBe("");
    expect(kam.protectionGap(100_000, "")).toBe("");
    expectExcelError(kam.protectionGap(100_000, 5, "some"), VALUE, /debts/);
    expectExcelError(kam.protectionGap(100_000, 5, null, -1), NUM);
  });
});

describe("KAM.CIGAP", () => {
  test("3 × income − cover; blank cover counts as none; custom multiple", () => {
    expect(kam.ciGap(100_000, 300_000)).toBe(0);
    expect(kam.ciGap(100_000, 299_999)).toBe(1);
    expect(kam.ciGap(100_000, null)).toBe(300_000);
    expect(kam.ciGap(100_000, 200_000, 5)).toBe(300_000);
  });

  test("blank income gives an empty cell; bad input", () => {
    expect(kam.ciGap(null, 100)).toBe("");
    expectExcelError(kam.ciGap(100_000, "none"), VALUE, /criticalIllnessCover/);
    expectExcelError(kam.ciGap(-1, 0), NUM);
  });
});

describe("KAM.NPS", () => {
  test("% promoters − % detractors, blanks left out", () => {
    expect(kam.nps(column(10, null, 10, 10, "", 6))).toBe(50);
    expect(kam.nps(row(9, 8, 7, 0))).toBe(0);
  });

  test("no answers gives an empty cell; bad input", () => {
    expect(kam.nps(column(null, ""))).toBe("");
    expectExcelError(kam.nps(column(10, "ten")), VALUE, /scores cell 2/);
    expectExcelError(kam.nps(column(10, 11)), NUM);
  });
});

describe("KAM.DUEDATE", () => {
  test("calendar days from the default service levels, as a date serial", () => {
    expect(kam.dueDate(FRI_2024_01_05, "critical")).toBe(FRI_2024_01_05 + 1);
    expect(kam.dueDate(FRI_2024_01_05, "low")).toBe(FRI_2024_01_05 + 15);
    expect(kam.dueDate(FRI_2024_01_05 + 0.75, "High")).toBe(FRI_2024_01_05 + 3); // the time of day is dropped
  });

  test("a known serial: 31182 is 1985-05-15, so critical is due 1985-05-16", () => {
    expect(kam.dueDate(31182, "critical")).toBe(31183);
  });

  test("service levels from a row or a column; business days skip weekends and holidays", () => {
    expect(kam.dueDate(FRI_2024_01_05, "medium", row(0, 2, 4, 10))).toBe(FRI_2024_01_05 + 4);
    expect(kam.dueDate(FRI_2024_01_05, "high", column(1, 2, 4, 10), true)).toBe(FRI_2024_01_05 + 4); // Tuesday 9th
    expect(kam.dueDate(FRI_2024_01_05, "high", null as unknown as unknown[][], true)).toBe(
      FRI_2024_01_05 + 5
    ); // Wednesday 10th
    expect(
      kam.dueDate(
        FRI_2024_01_05,
        "high",
        null as unknown as unknown[][],
        1,
        column(FRI_2024_01_05 + 3, null)
      )
    ).toBe(FRI_2024_01_05 + 6);
    expect(
      kam.dueDate(
        MON_2024_01_01,
        "critical",
        null as unknown as unknown[][],
        false,
        column(MON_2024_01_01 + 1)
      )
    ).toBe(MON_2024_01_01 + 1);
  });

  test("blank date or severity gives an empty cell", () => {
    expect(kam.dueDate(null, "high")).toBe("");
    expect(kam.dueDate(FRI_2024_01_05, "")).toBe("");
  });

  test("bad input", () => {
    expectExcelError(kam.dueDate(FRI_2024_01_05, "urgent"), VALUE, /severity/);
    expectExcelError(kam.dueDate("2024-01-05", "high"), VALUE, /receivedOn/);
    expectExcelError(kam.dueDate(60, "high"), NUM);
    expectExcelError(kam.dueDate(FRI_2024_01_05, "high", row(1, 2, 3)), VALUE, /slaDays/);
    expectExcelError(kam.dueDate(FRI_2024_01_05, "high", row(1, "x", 3, 4)), VALUE, /high days/);
    expectExcelError(
      kam.dueDate(FRI_2024_01_05, "high", null as unknown as unknown[][], "yes"),
      VALUE,
      /businessDays/
    );
    expectExcelError(
      kam.dueDate(FRI_2024_01_05, "high", null as unknown as unknown[][], true, column("New Year")),
      VALUE,
      /holidays cell 1/
    );
  });
});

describe("KAM.SHAREOFWALLET", () => {
  test("ours / total; blank or a total of 0 gives an empty cell", () => {
    expect(kam.shareOfWallet(30, 120)).toBe(0.25);
    expect(kam.shareOfWallet(null, 120)).toBe("");
    expect(kam.shareOfWallet(30, 0)).toBe("");
  });

  test("bad input", () => {
    expectExcelError(kam.shareOfWallet("30", 120), VALUE, /ours/);
    expectExcelError(kam.shareOfWallet(30, -120), NUM);
  });
});

describe("never throws", () => {
  test("shapes Excel would not send are answered with #VALUE!", () => {
    for (const odd of [{}, [[[1]]], Symbol.iterator]) {
      expectExcelError(kam.tier(odd), VALUE);
      expectExcelError(kam.pareto(odd as unknown as unknown[][])[0][0], VALUE);
      expectExcelError(kam.nps(odd as unknown as unknown[][]), VALUE);
    }
  });
});
