import {
  ScoringError,
  requireInRange,
  requireNonEmpty,
  requireNonNegative,
  requireNumber,
  requireNumbers,
  requireSameLength,
} from "./errors";

export const GRADE_KEYS = ["A", "B", "C", "D"] as const;
export type GradeKey = (typeof GRADE_KEYS)[number];

/**
 * Grades a deal by value and difficulty (at or above a cut counts as high):
 * A high value, low difficulty · B high value, high difficulty · C low value, low difficulty ·
 * D low value, high difficulty.
 */
export function grade(
  value: number,
  difficulty: number,
  valueCut = 50,
  difficultyCut = 50
): GradeKey {
  const highValue = requireNumber(value, "value") >= requireNumber(valueCut, "valueCut");
  const highDifficulty =
    requireNumber(difficulty, "difficulty") >= requireNumber(difficultyCut, "difficultyCut");
  if (highValue) return highDifficulty ? "B" : "A";
  return highDifficulty ? "D" : "C";
}

/** A 1–5 score on the 0–100 scale; a factor that counts against the deal is inverted first. */
function points(score: number, against: boolean): number {
  const oriented = against ? 6 - score : score;
  return ((oriented - 1) / 4) * 100;
}

/**
 * The weighted value of a deal on 0–100 from factor scores on 1–5. `against` marks the factors
 * where a high score is bad (cost, risk, difficulty); it is aligned with `scores`.
 */
export function valueScore(
  scores: readonly number[],
  weights: readonly number[],
  against?: readonly boolean[]
): number {
  const s = requireNonEmpty(
    requireNumbers(scores, "scores", (x, name) => requireInRange(x, name, 1, 5)),
    "scores"
  );
  const w = requireNumbers(weights, "weights", requireNonNegative);
  requireSameLength(s, "scores", w, "weights");
  const a = against ?? s.map(() => false);
  if (!Array.isArray(a) || a.some((flag) => typeof flag !== "boolean"))
    throw new ScoringError("value", "against must be a list of true/false flags.");
  requireSameLength(s, "scores", a, "against");
  const totalWeight = w.reduce((sum, x) => sum + x, 0);
  if (totalWeight <= 0) throw new ScoringError("num", "weights must not all be 0.");
  const weighted = s.reduce((sum, score, i) => sum + w[i] * points(score, a[i]), 0);
  // Rounding can push a weighted mean of 100s a hair above 100; the scale is 0–100 by definition.
  return Math.min(100, Math.max(0, weighted / totalWeight));
}
