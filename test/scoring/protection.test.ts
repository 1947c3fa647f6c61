import { ciGap, protectionGap } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("protectionGap (DIME)", () => {
  test("debts + income × years + mortgage + education − existing cover − liquid assets", () => {
    const gap = protectionGap({
      annualIncome: 200_000,
      yearsOfSupport: 10,
      debts: 50_000,
      mortgage: 1_000_000,
      education: 300_000,
      existingCover: 1_500_000,
      liquidAssets: 250_000,
    });
    // 50k + 2M + 1M + 300k − 1.5M − 250k
    expect(gap).toBe(1_600_000);
  });

  test("missing members count as 0", () => {
    expect(protectionGap({ annualIncome: 100_000, yearsOfSupport: 5 })).toBe(500_000);
    expect(protectionGap({ debts: 20_000 })).toBe(20_000);
    expect(protectionGap({ annualIncome: 100_000 })).toBe(0);
    expect(protectionGap({})).toBe(0);
  });

  test("is never below 0", () => {
    expect(
      protectionGap({ annualIncome: 100_000, yearsOfSupport: 5, existingCover: 500_000 })
    ).toBe(0);
    expect(
      protectionGap({ annualIncome: 100_000, yearsOfSupport: 5, existingCover: 2_000_000 })
    ).toBe(0);
  });

  test("negative amounts are #NUM!, non-numbers #VALUE!", () => {
    expectScoringError(
      () => protectionGap({ annualIncome: 100, yearsOfSupport: -1 }),
      "num",
      /yearsOfSupport/
    );
    expectScoringError(() => protectionGap({ liquidAssets: -5 }), "num", /liquidAssets/);
    expectScoringError(() => protectionGap({ mortgage: Number.NaN }), "value", /mortgage/);
  });
});

describe("ciGap", () => {
  test("is 3 × income − cover by default, at the boundary 0", () => {
    expect(ciGap(100_000, 0)).toBe(300_000);
    expect(ciGap(100_000, 200_000)).toBe(100_000);
    expect(ciGap(100_000, 300_000)).toBe(0);
    expect(ciGap(100_000, 299_999)).toBe(1);
    expect(ciGap(100_000, 1_000_000)).toBe(0);
  });

  test("uses the multiple it is given", () => {
    expect(ciGap(100_000, 200_000, 5)).toBe(300_000);
    expect(ciGap(100_000, 0, 0)).toBe(0);
  });

  test("bad input", () => {
    expectScoringError(() => ciGap(-1, 0), "num", /annualIncome/);
    expectScoringError(() => ciGap(1, -1), "num", /criticalIllnessCover/);
    expectScoringError(() => ciGap(1, 0, -3), "num", /multiple/);
    expectScoringError(() => ciGap(Number.NaN, 0), "value", /annualIncome/);
  });
});
