import { ScoringError, type ScoringErrorKind } from "../../src/scoring";

/** Runs `run` and checks it throws a ScoringError of `kind` whose message matches `message`. */
export function expectScoringError(
  run: () => unknown,
  kind: ScoringErrorKind,
  message?: RegExp
): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ScoringError);
  expect((thrown as ScoringError).kind).toBe(kind);
  if (message) expect((thrown as ScoringError).message).toMatch(message);
}
