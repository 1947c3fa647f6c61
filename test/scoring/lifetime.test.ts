import fc from "fast-check";
import { clv } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("clv", () => {
  test("without a horizon it is m·r/(1+d−r)", () => {
    expect(clv(100, 0.8, 0.1)).toBeCloseTo(80 / 0.3, 10);
    expect(clv(1000, 0.5, 0)).toBeCloseTo(1000, 10);
    expect(clv(100, 0, 0.1)).toBe(0);
  });

  test("with a horizon it sums each period's discounted margin", () => {
    expect(clv(110, 1, 0.1, 1)).toBeCloseTo(100, 10);
    // 100·0.8/1.1 + 100·0.64/1.21 + 100·0.512/1.331
    expect(clv(100, 0.8, 0.1, 3)).toBeCloseTo(80 / 1.1 + 64 / 1.21 + 51.2 / 1.331, 10);
    expect(clv(50, 1, 0, 4)).toBe(200);
  });

  test("a loss-making client has a negative value", () => {
    expect(clv(-100, 0.5, 0)).toBeCloseTo(-100, 10);
  });

  test("property: a long horizon approaches the closed form", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (m, r, d) => {
          const closed = clv(m, r, d);
          expect(Math.abs(clv(m, r, d, 1000) - closed)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(closed))
          );
        }
      )
    );
  });

  test("retention at or above 1 + d has no closed form: #NUM!", () => {
    expectScoringError(
      () => clv(100, 1, 0),
      "num",
      /retention \(1\) must be below 1 \+ discountRate \(1\)/
    );
    expect(clv(100, 1, 0, 10)).toBe(1000);
  });

  test("out-of-range numbers are #NUM!, non-numbers #VALUE!", () => {
    expectScoringError(() => clv(100, 1.01, 0.1), "num", /retention/);
    expectScoringError(() => clv(100, -0.1, 0.1), "num", /retention/);
    expectScoringError(() => clv(100, 0.5, -0.1), "num", /discountRate/);
    expectScoringError(() => clv(100, 0.5, 0.1, 0), "num", /years/);
    expectScoringError(() => clv(100, 0.5, 0.1, 2.5), "num", /whole number/);
    expectScoringError(() => clv(100, 0.5, 0.1, 1001), "num", /years/);
    expectScoringError(() => clv(Number.NaN, 0.5, 0.1), "value", /margin/);
    expectScoringError(() => clv(100, 0.5, 0.1, Number.NaN), "value", /years/);
  });
});
