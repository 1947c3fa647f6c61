import type { Normalized } from "../../../src/importer/normalize";

/** Asserts an ok result with exactly this value and no warning. */
export function expectValue<T>(result: Normalized<T>, value: T | null): void {
  expect(result).toEqual({ ok: true, value });
}

/** Asserts an ok result with this value and a warning matching `warning`. */
export function expectWarning<T>(result: Normalized<T>, value: T | null, warning: RegExp): void {
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.value).toEqual(value);
  expect(result.warning).toMatch(warning);
}

/** Asserts a failure whose message matches every pattern given. */
export function expectFailure<T>(result: Normalized<T>, ...patterns: Array<RegExp | string>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  for (const pattern of patterns) {
    if (typeof pattern === "string") expect(result.message).toContain(pattern);
    else expect(result.message).toMatch(pattern);
  }
}
