import { requireInRange, requireNonEmpty, requireNumber, requireNumbers } from "./errors";

function mean(values: number | readonly number[], name: string): number {
  if (!Array.isArray(values)) return requireNumber(values, name);
  const list = requireNonEmpty(requireNumbers(values, name), name);
  return list.reduce((sum, x) => sum + x, 0) / list.length;
}

/** Satisfaction gap: actual perception − expected perception (means when lists are given). */
export function satisfaction(
  actual: number | readonly number[],
  expected: number | readonly number[]
): number {
  return mean(actual, "actual") - mean(expected, "expected");
}

/** Net Promoter Score on −100..100: % promoters (9–10) − % detractors (0–6). */
export function nps(scores0to10: readonly number[]): number {
  const scores = requireNonEmpty(
    requireNumbers(scores0to10, "scores", (x, name) => requireInRange(x, name, 0, 10)),
    "scores"
  );
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return ((promoters - detractors) / scores.length) * 100;
}
