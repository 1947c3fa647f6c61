/**
 * The one error the scoring functions throw. `kind` follows Excel's split so that the custom
 * functions can answer with the matching error value:
 * - "value" (#VALUE!): an input has the wrong type or shape — not a number, an unknown label,
 *   lists of different lengths, an empty list;
 * - "num" (#NUM!): a number is outside the range the calculation allows — a negative amount,
 *   a score off its scale, weights that sum to 0, retention ≥ 1 + discount rate.
 */
export type ScoringErrorKind = "value" | "num";

export class ScoringError extends Error {
  readonly kind: ScoringErrorKind;

  constructor(kind: ScoringErrorKind, message: string) {
    super(message);
    this.name = "ScoringError";
    this.kind = kind;
  }
}

function describe(x: unknown): string {
  if (typeof x === "string") return `"${x}"`;
  if (Array.isArray(x)) return "a list";
  return String(x);
}

/** A finite number, or a "value" error naming the input. */
export function requireNumber(x: unknown, name: string): number {
  if (typeof x !== "number" || !Number.isFinite(x))
    throw new ScoringError("value", `${name} must be a number, got ${describe(x)}.`);
  return x;
}

export function requireNonNegative(x: unknown, name: string): number {
  const n = requireNumber(x, name);
  if (n < 0) throw new ScoringError("num", `${name} must not be negative, got ${n}.`);
  return n;
}

export function requireInRange(x: unknown, name: string, min: number, max: number): number {
  const n = requireNumber(x, name);
  if (n < min || n > max)
    throw new ScoringError("num", `${name} must be between ${min} and ${max}, got ${n}.`);
  return n;
}

/** A list of finite numbers; `each` validates every item (its name gets the item's 1-based position). */
export function requireNumbers(
  list: unknown,
  name: string,
  each: (x: unknown, name: string) => number = requireNumber
): number[] {
  if (!Array.isArray(list))
    throw new ScoringError("value", `${name} must be a list of numbers, got ${describe(list)}.`);
  return list.map((x, i) => each(x, `${name} item ${i + 1}`));
}

export function requireNonEmpty<T>(list: readonly T[], name: string): readonly T[] {
  if (list.length === 0)
    throw new ScoringError("value", `${name} must contain at least one number.`);
  return list;
}

export function requireSameLength(
  a: readonly unknown[],
  aName: string,
  b: readonly unknown[],
  bName: string
): void {
  if (a.length !== b.length) {
    throw new ScoringError(
      "value",
      `${aName} and ${bName} must have the same length (${a.length} and ${b.length}).`
    );
  }
}
