import { shareOfWallet } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

describe("shareOfWallet", () => {
  test("is ours / total", () => {
    expect(shareOfWallet(30, 120)).toBe(0.25);
    expect(shareOfWallet(0, 50)).toBe(0);
    expect(shareOfWallet(50, 50)).toBe(1);
  });

  test("a total of 0 or negative amounts are #NUM!; non-numbers #VALUE!", () => {
    expectScoringError(() => shareOfWallet(0, 0), "num", /total is 0/);
    expectScoringError(() => shareOfWallet(10, -100), "num", /total/);
    expectScoringError(() => shareOfWallet(-10, 100), "num", /ours/);
    expectScoringError(() => shareOfWallet(10, Number.NaN), "value", /total/);
  });
});
