import { ScoringError, requireNonNegative, requireNumber } from "./errors";

/** Service tiers, highest first; the first four have a revenue threshold, "standard" is everyone else. */
export const TIER_KEYS = ["diamond", "platinum", "gold", "vip", "standard"] as const;
export type TierKey = (typeof TIER_KEYS)[number];

/** Minimum annual revenue for diamond, platinum, gold and VIP (the postal operator's rule, CNY). */
export type TierThresholds = readonly [number, number, number, number];
export const DEFAULT_TIER_THRESHOLDS: TierThresholds = [5_000_000, 1_000_000, 500_000, 10_000];

function requireThresholds(thresholds: unknown): TierThresholds {
  if (!Array.isArray(thresholds) || thresholds.length !== 4) {
    throw new ScoringError(
      "value",
      "thresholds must be 4 numbers: the minimum revenue for diamond, platinum, gold and VIP."
    );
  }
  const checked = thresholds.map((t, i) => requireNonNegative(t, `${TIER_KEYS[i]} threshold`));
  checked.forEach((t, i) => {
    if (i > 0 && t > checked[i - 1]) {
      throw new ScoringError(
        "num",
        `The ${TIER_KEYS[i]} threshold (${t}) must not exceed the ${TIER_KEYS[i - 1]} threshold (${checked[i - 1]}).`
      );
    }
  });
  return checked as unknown as TierThresholds;
}

/**
 * The service tier for an annual revenue: revenue at or above a threshold reaches that tier.
 * A negative revenue (net refunds) is below every threshold, so it is "standard".
 */
export function tier(
  annualRevenue: number,
  thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS
): TierKey {
  const revenue = requireNumber(annualRevenue, "annualRevenue");
  const minimums = requireThresholds(thresholds);
  const reached = minimums.findIndex((minimum) => revenue >= minimum);
  return reached === -1 ? "standard" : TIER_KEYS[reached];
}
