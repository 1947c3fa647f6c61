import { nps, satisfaction } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("satisfaction", () => {
  test("is actual minus expected", () => {
    expect(satisfaction(4, 3)).toBe(1);
    expect(satisfaction(2, 4.5)).toBe(-2.5);
    expect(satisfaction(3, 3)).toBe(0);
  });

  test("compares means when lists are given", () => {
    expect(satisfaction([4, 5, 3], [3, 3])).toBe(1);
    expect(satisfaction([2, 4], 4)).toBe(-1);
  });

  test("bad input", () => {
    expectScoringError(
      () => satisfaction([], [3]),
      "value",
      /actual must contain at least one number/
    );
    expectScoringError(() => satisfaction([3], []), "value", /expected/);
    expectScoringError(() => satisfaction(Number.NaN, 3), "value", /actual/);
    expectScoringError(() => satisfaction([3, Number.NaN], 3), "value", /actual item 2/);
  });
});

describe("nps", () => {
  test("9 and 10 promote, 0 to 6 detract, 7 and 8 are passive", () => {
    expect(nps([9])).toBe(100);
    expect(nps([10])).toBe(100);
    expect(nps([8])).toBe(0);
    expect(nps([7])).toBe(0);
    expect(nps([6])).toBe(-100);
    expect(nps([0])).toBe(-100);
  });

  test("is % promoters minus % detractors", () => {
    expect(nps([10, 10, 10, 6])).toBe(50); // 75% − 25%
    expect(nps([10, 9, 8, 7, 6, 0])).toBe(0);
    expect(nps([9, 8, 3, 2, 1])).toBeCloseTo(-40, 10); // 20% − 60%
  });

  test("answers off the 0–10 scale are #NUM!; an empty survey or text is #VALUE!", () => {
    expectScoringError(() => nps([11]), "num", /between 0 and 10/);
    expectScoringError(() => nps([5, -1]), "num", /scores item 2/);
    expectScoringError(() => nps([]), "value", /at least one/);
    expectScoringError(() => nps(["9"] as unknown as number[]), "value");
  });
});
