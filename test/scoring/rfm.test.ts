import { rfm, type RfmPopulation } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const population: RfmPopulation = { recency: oneToTen, frequency: oneToTen, monetary: oneToTen };

describe("rfm", () => {
  test("frequency and monetary rank by how many population values are at or below the client's", () => {
    // F: 4 of 10 are ≤ 4 → ceil(2) = 2; M: 9 of 10 are ≤ 9 → ceil(4.5) = 5
    expect(rfm(10, 4, 9, population)).toBe("125");
  });

  test("recency is inverted: fewer days since the last purchase is better", () => {
    // 1 day: all 10 values are ≥ 1 → 5; 10 days: 1 value is ≥ 10 → ceil(0.5) = 1
    expect(rfm(1, 1, 1, population).charAt(0)).toBe("5");
    expect(rfm(10, 1, 1, population).charAt(0)).toBe("1");
    // 6 days: 5 values (6..10) are ≥ 6 → ceil(2.5) = 3
    expect(rfm(6, 1, 1, population).charAt(0)).toBe("3");
  });

  test("quintile edges: ranks 2, 3, 8 of 10 give 1, 2, 4", () => {
    expect(rfm(10, 2, 3, population)).toBe("112");
    expect(rfm(10, 8, 10, population)).toBe("145");
  });

  test("a value beyond every population value is clamped to 1 or 5", () => {
    expect(rfm(0, 0, -5, population)).toBe("511");
    expect(rfm(500, 100, 1e9, population)).toBe("155");
  });

  test("each dimension uses its own population size", () => {
    const mixed: RfmPopulation = {
      recency: [30],
      frequency: [1, 2],
      monetary: [100, 200, 300, 400, 500],
    };
    // R: 1 of 1 ≥ 30 → 5; F: 1 of 2 ≤ 1 → ceil(2.5) = 3; M: 2 of 5 ≤ 250 → 2
    expect(rfm(30, 1, 250, mixed)).toBe("532");
  });

  test("bad input", () => {
    expectScoringError(() => rfm(-1, 1, 1, population), "num", /recencyDays/);
    expectScoringError(() => rfm(1, -1, 1, population), "num", /frequency/);
    expectScoringError(() => rfm(1, 1, Number.NaN, population), "value", /monetary/);
    expectScoringError(
      () => rfm(1, 1, 1, { ...population, frequency: [] }),
      "value",
      /population.frequency/
    );
    expectScoringError(
      () => rfm(1, 1, 1, { ...population, monetary: [1, Number.NaN] }),
      "value",
      /population.monetary item 2/
    );
  });
});
