import fc from "fast-check";
import { pareto } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("pareto", () => {
  test("classes by the share held by the larger values before each one", () => {
    // shares before: 0, 0.8, 0.95
    expect(pareto([80, 15, 5])).toEqual(["A", "B", "C"]);
    // 0, 0.5, 0.79, 0.9, 0.96
    expect(pareto([50, 29, 11, 6, 4])).toEqual(["A", "A", "A", "B", "C"]);
  });

  test("keeps the input order", () => {
    expect(pareto([5, 80, 15])).toEqual(["C", "A", "B"]);
  });

  test("the largest value is always A, even when it alone holds more than 80%", () => {
    expect(pareto([1, 99])).toEqual(["C", "A"]);
  });

  test("ties are ranked in input order", () => {
    // with cuts 0.5/0.9: first of the tie has share 0 → A, second has 0.5 → B
    expect(pareto([10, 10], [0.5, 0.9])).toEqual(["A", "B"]);
    expect(pareto([20, 10, 10], [0.6, 0.9])).toEqual(["A", "A", "B"]);
  });

  test("uses the cuts it is given", () => {
    expect(pareto([60, 30, 10], [0.5, 0.7])).toEqual(["A", "B", "C"]);
    expect(pareto([60, 30, 10], [0.7, 0.95])).toEqual(["A", "A", "B"]);
  });

  test("zeros, a single value and an empty list", () => {
    expect(pareto([100, 0, 0])).toEqual(["A", "C", "C"]);
    expect(pareto([7])).toEqual(["A"]);
    expect(pareto([])).toEqual([]);
  });

  test("bad input", () => {
    expectScoringError(() => pareto([0, 0]), "num", /sum to 0/);
    expectScoringError(() => pareto([5, -1]), "num", /values item 2 must not be negative/);
    expectScoringError(() => pareto([5, Number.NaN]), "value", /values item 2/);
    expectScoringError(
      () => pareto([5], [0.95, 0.8]),
      "num",
      /A cut \(0.95\) must not exceed the B cut \(0.8\)/
    );
    expectScoringError(() => pareto([5], [0.8, 1.5]), "num", /B cut/);
    expectScoringError(
      () => pareto([5], [0.8] as unknown as [number, number]),
      "value",
      /2 shares/
    );
  });

  test("property: classes never improve down the ranking", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          fc.pre(values.some((v) => v > 0));
          const classes = pareto(values);
          const byValue = values
            .map((v, i) => [v, classes[i]] as const)
            .sort((a, b) => b[0] - a[0]);
          // a stable sort keeps ties in input order, as pareto ranks them
          for (let i = 1; i < byValue.length; i++)
            expect(byValue[i][1] >= byValue[i - 1][1]).toBe(true);
        }
      )
    );
  });

  test("property: the A class alone holds less than 80% unless it is the single largest value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 40 }),
        (values) => {
          const classes = pareto(values);
          const total = values.reduce((s, v) => s + v, 0);
          const aValues = values.filter((_, i) => classes[i] === "A").sort((x, y) => y - x);
          const beforeLastA = aValues.slice(0, -1).reduce((s, v) => s + v, 0);
          expect(beforeLastA / total).toBeLessThan(0.8);
        }
      )
    );
  });
});
