import { requireNonEmpty, requireNonNegative, requireNumber, requireNumbers } from "./errors";

export interface RfmPopulation {
  /** Days since each client's last purchase. */
  recency: readonly number[];
  /** Purchases per client. */
  frequency: readonly number[];
  /** Spend per client. */
  monetary: readonly number[];
}

/** ceil(5·rank/n), clamped to 1..5 (rank 0, below every value, still scores 1). */
function quintile(rank: number, n: number): number {
  return Math.min(5, Math.max(1, Math.ceil((5 * rank) / n)));
}

function population(list: readonly number[], name: string): readonly number[] {
  return requireNonEmpty(requireNumbers(list, name), name);
}

/**
 * The RFM code of one client against a population, e.g. "345": each digit is the client's
 * quintile 1–5. Frequency and monetary rank by how many population values are ≤ the client's;
 * recency by how many are ≥ (fewer days since the last purchase is better).
 */
export function rfm(
  recencyDays: number,
  frequency: number,
  monetary: number,
  pop: RfmPopulation
): string {
  const r = requireNonNegative(recencyDays, "recencyDays");
  const f = requireNonNegative(frequency, "frequency");
  const m = requireNumber(monetary, "monetary");
  const rs = population(pop?.recency, "population.recency");
  const fs = population(pop?.frequency, "population.frequency");
  const ms = population(pop?.monetary, "population.monetary");
  const rDigit = quintile(rs.filter((x) => x >= r).length, rs.length);
  const fDigit = quintile(fs.filter((x) => x <= f).length, fs.length);
  const mDigit = quintile(ms.filter((x) => x <= m).length, ms.length);
  return `${rDigit}${fDigit}${mDigit}`;
}
