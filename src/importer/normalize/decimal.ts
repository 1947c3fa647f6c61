/**
 * Exact decimal helpers. Amounts are kept as decimal text until the last step, so that
 * "1,100.9亿" becomes 110090000000 and not 110090000000.00002.
 */

/** `decimal` × 10^exponent, rounded once, to the nearest double. `decimal` is plain or e-notation text. */
export function shiftDecimal(decimal: string, exponent: number): number {
  const match = /^([+-]?[0-9]*\.?[0-9]*)(?:e([+-]?\d+))?$/i.exec(decimal);
  if (!match) return Number.NaN;
  const ownExponent = match[2] === undefined ? 0 : Number(match[2]);
  const value = Number(`${match[1]}e${ownExponent + exponent}`);
  return value === 0 ? 0 : value;
}

/** The exponent k when `multiplier` is exactly 10^k (k an integer in −20..22), otherwise null. */
export function powerOfTen(multiplier: number): number | null {
  if (!(multiplier > 0) || !Number.isFinite(multiplier)) return null;
  const k = Math.round(Math.log10(multiplier));
  return k >= -20 && k <= 22 && 10 ** k === multiplier ? k : null;
}

/** `decimal` × multiplier, exact when the multiplier is a power of ten. */
export function multiplyDecimal(decimal: string, multiplier: number): number {
  const k = powerOfTen(multiplier);
  if (k !== null) return shiftDecimal(decimal, k);
  const value = Number(decimal) * multiplier;
  return value === 0 ? 0 : value;
}
