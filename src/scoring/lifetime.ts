import { ScoringError, requireInRange, requireNonNegative, requireNumber } from "./errors";

const MAX_YEARS = 1000;

/**
 * Customer lifetime value with margin m per period, retention r and discount rate d:
 * Σ_{t=1..years} m·rᵗ/(1+d)ᵗ, or without a horizon the closed form m·r/(1+d−r).
 */
export function clv(
  margin: number,
  retention: number,
  discountRate: number,
  years?: number
): number {
  const m = requireNumber(margin, "margin");
  const r = requireInRange(retention, "retention", 0, 1);
  const d = requireNonNegative(discountRate, "discountRate");
  if (years === undefined) {
    if (r >= 1 + d)
      throw new ScoringError(
        "num",
        `retention (${r}) must be below 1 + discountRate (${1 + d}) for a lifetime without a horizon.`
      );
    return (m * r) / (1 + d - r);
  }
  const n = requireInRange(years, "years", 1, MAX_YEARS);
  if (!Number.isInteger(n))
    throw new ScoringError("num", `years must be a whole number, got ${n}.`);
  let total = 0;
  let factor = 1;
  for (let t = 1; t <= n; t++) {
    factor *= r / (1 + d);
    total += m * factor;
  }
  return total;
}
