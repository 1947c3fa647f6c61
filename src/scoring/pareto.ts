import { ScoringError, requireInRange, requireNonNegative, requireNumbers } from "./errors";

export type ParetoClass = "A" | "B" | "C";
export const DEFAULT_PARETO_CUTS: readonly [number, number] = [0.8, 0.95];

function requireCuts(cuts: unknown): readonly [number, number] {
  if (!Array.isArray(cuts) || cuts.length !== 2)
    throw new ScoringError("value", "cuts must be 2 shares: where A ends and where B ends.");
  const [a, b] = cuts.map((c, i) => requireInRange(c, i === 0 ? "A cut" : "B cut", 0, 1));
  if (a > b) throw new ScoringError("num", `The A cut (${a}) must not exceed the B cut (${b}).`);
  return [a, b];
}

/**
 * ABC classes in input order. A value's class depends on the share of the total held by the
 * values ranked strictly before it (descending, ties in input order): below cuts[0] → A,
 * below cuts[1] → B, otherwise C. So the largest value is always A.
 */
export function pareto(
  values: readonly number[],
  cuts: readonly [number, number] = DEFAULT_PARETO_CUTS
): ParetoClass[] {
  const list = requireNumbers(values, "values", requireNonNegative);
  const [cutA, cutB] = requireCuts(cuts);
  if (list.length === 0) return [];
  const total = list.reduce((sum, x) => sum + x, 0);
  if (total === 0)
    throw new ScoringError("num", "values sum to 0, so they have no shares to classify.");
  const order = list.map((_, i) => i).sort((i, j) => list[j] - list[i]);
  const classes: ParetoClass[] = new Array(list.length);
  let before = 0;
  for (const i of order) {
    const share = before / total;
    classes[i] = share < cutA ? "A" : share < cutB ? "B" : "C";
    before += list[i];
  }
  return classes;
}
