import fc from "fast-check";
import { DEFAULT_TIER_THRESHOLDS, TIER_KEYS, tier, type TierThresholds } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("tier", () => {
  test("the tiers are listed highest first and the defaults are the postal operator's rule", () => {
    expect(TIER_KEYS).toEqual(["diamond", "platinum", "gold", "vip", "standard"]);
    expect(DEFAULT_TIER_THRESHOLDS).toEqual([5_000_000, 1_000_000, 500_000, 10_000]);
  });

  it.each([
    [5_000_000, "diamond"],
    [4_999_999.99, "platinum"],
    [1_000_000, "platinum"],
    [999_999.99, "gold"],
    [500_000, "gold"],
    [499_999.99, "vip"],
    [10_000, "vip"],
    [9_999.99, "standard"],
    [0, "standard"],
    [-250, "standard"],
    [1e12, "diamond"],
  ])("revenue %p is %p", (revenue, expected) => {
    expect(tier(revenue)).toBe(expected);
  });

  test("uses the thresholds it is given", () => {
    const thresholds: TierThresholds = [100, 50, 20, 10];
    expect(tier(100, thresholds)).toBe("diamond");
    expect(tier(99, thresholds)).toBe("platinum");
    expect(tier(20, thresholds)).toBe("gold");
    expect(tier(10, thresholds)).toBe("vip");
    expect(tier(9, thresholds)).toBe("standard");
  });

  test("equal thresholds skip the lower tier: reaching both gives the higher one", () => {
    expect(tier(50, [100, 50, 50, 10])).toBe("platinum");
    expect(tier(49, [100, 50, 50, 10])).toBe("vip");
  });

  test("a revenue that is not a number is a #VALUE! problem", () => {
    expectScoringError(() => tier(Number.NaN), "value", /annualRevenue/);
    expectScoringError(() => tier(Number.POSITIVE_INFINITY), "value");
    expectScoringError(() => tier("1000" as unknown as number), "value", /"1000"/);
  });

  test("thresholds must be 4 non-negative numbers that do not increase", () => {
    expectScoringError(() => tier(1, [3, 2, 1] as unknown as TierThresholds), "value", /4 numbers/);
    expectScoringError(() => tier(1, [4, 3, Number.NaN, 1]), "value", /gold threshold/);
    expectScoringError(() => tier(1, [4, 3, 2, -1]), "num", /vip threshold/);
    expectScoringError(
      () => tier(1, [4, 5, 2, 1]),
      "num",
      /platinum threshold \(5\) must not exceed the diamond threshold \(4\)/
    );
  });

  test("property: more revenue never gives a lower tier", () => {
    const rank = (revenue: number) => TIER_KEYS.indexOf(tier(revenue));
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        (revenue, more) => {
          expect(rank(revenue + more)).toBeLessThanOrEqual(rank(revenue));
        }
      )
    );
  });
});
