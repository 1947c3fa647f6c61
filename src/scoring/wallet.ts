import { ScoringError, requireNonNegative } from "./errors";

/** The share of a client's wallet held with us: ours / total. */
export function shareOfWallet(ours: number, total: number): number {
  const o = requireNonNegative(ours, "ours");
  const t = requireNonNegative(total, "total");
  if (t === 0) throw new ScoringError("num", "total is 0, so there is no wallet to share.");
  return o / t;
}
