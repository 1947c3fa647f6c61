import fc from "fast-check";
import { grade, valueScore } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("grade", () => {
  it.each([
    [50, 49.99, "A"],
    [50, 50, "B"],
    [49.99, 49.99, "C"],
    [49.99, 50, "D"],
    [100, 0, "A"],
    [0, 100, "D"],
  ])(
    "value %p and difficulty %p grade %p with the default cuts of 50",
    (value, difficulty, expected) => {
      expect(grade(value, difficulty)).toBe(expected);
    }
  );

  test("uses the cuts it is given, and each cut is inclusive", () => {
    expect(grade(70, 30, 70, 30)).toBe("B");
    expect(grade(69, 30, 70, 30)).toBe("D");
    expect(grade(70, 29, 70, 30)).toBe("A");
    expect(grade(69, 29, 70, 30)).toBe("C");
  });

  test("non-numbers are #VALUE! problems naming the input", () => {
    expectScoringError(() => grade(Number.NaN, 10), "value", /value/);
    expectScoringError(() => grade(10, "high" as unknown as number), "value", /difficulty/);
    expectScoringError(() => grade(10, 10, Number.NaN), "value", /valueCut/);
    expectScoringError(() => grade(10, 10, 50, Number.NEGATIVE_INFINITY), "value", /difficultyCut/);
  });
});

describe("valueScore", () => {
  test("maps 1..5 linearly onto 0..100", () => {
    expect(valueScore([1], [1])).toBe(0);
    expect(valueScore([2], [1])).toBe(25);
    expect(valueScore([3], [1])).toBe(50);
    expect(valueScore([4], [1])).toBe(75);
    expect(valueScore([5], [1])).toBe(100);
  });

  test("inverts a factor that counts against the deal", () => {
    expect(valueScore([5], [1], [true])).toBe(0);
    expect(valueScore([1], [1], [true])).toBe(100);
    expect(valueScore([2], [1], [true])).toBe(75);
  });

  test("takes the weighted mean", () => {
    // 5 → 100 with weight 20, 2 → 25 with weight 25: (2000 + 625) / 45
    expect(valueScore([5, 2], [20, 25])).toBeCloseTo(2625 / 45, 10);
  });

  test("the seven factors A–G with cost, risk and difficulty against", () => {
    const weights = [20, 10, 15, 25, 10, 10, 10];
    const against = [false, true, true, false, true, false, true];
    // oriented 4,4,3,5,5,4,4 → 75,75,50,100,100,75,75; weighted sum 8000 over 100
    expect(valueScore([4, 2, 3, 5, 1, 4, 2], weights, against)).toBeCloseTo(80, 10);
    expect(valueScore([5, 1, 1, 5, 1, 5, 1], weights, against)).toBe(100);
    expect(valueScore([1, 5, 5, 1, 5, 1, 5], weights, against)).toBe(0);
  });

  test("a factor with weight 0 does not count", () => {
    expect(valueScore([5, 1], [1, 0])).toBe(100);
  });

  test("scores off the 1–5 scale and negative or all-zero weights are #NUM! problems", () => {
    expectScoringError(
      () => valueScore([0.99], [1]),
      "num",
      /scores item 1 must be between 1 and 5/
    );
    expectScoringError(() => valueScore([3, 5.01], [1, 1]), "num", /scores item 2/);
    expectScoringError(
      () => valueScore([3, 3], [1, -1]),
      "num",
      /weights item 2 must not be negative/
    );
    expectScoringError(() => valueScore([3, 3], [0, 0]), "num", /weights must not all be 0/);
  });

  test("wrong shapes and non-numbers are #VALUE! problems", () => {
    expectScoringError(() => valueScore([], []), "value", /at least one/);
    expectScoringError(() => valueScore([3, 3], [1]), "value", /same length \(2 and 1\)/);
    expectScoringError(() => valueScore([3, 3], [1, 1], [true]), "value", /against/);
    expectScoringError(() => valueScore([3, Number.NaN], [1, 1]), "value", /scores item 2/);
    expectScoringError(
      () => valueScore([3], [1], [1 as unknown as boolean]),
      "value",
      /true\/false/
    );
  });

  const factors = fc
    .integer({ min: 1, max: 7 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.double({ min: 0.001, max: 1000, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n })
      )
    );

  test("property: always within 0..100", () => {
    fc.assert(
      fc.property(factors, ([scores, weights, against]) => {
        const score = valueScore(scores, weights, against);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      })
    );
  });

  test("property: marking a factor against is the same as scoring it 6 − s", () => {
    fc.assert(
      fc.property(factors, ([scores, weights, against]) => {
        const flipped = scores.map((s, i) => (against[i] ? 6 - s : s));
        expect(valueScore(scores, weights, against)).toBeCloseTo(valueScore(flipped, weights), 9);
      })
    );
  });
});
