/**
 * A stand-in for the CustomFunctions runtime Excel provides, installed on the global object.
 * Import this before src/functions/functions.ts so its registration block finds the runtime.
 */
class FakeCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** Every function the module registered, by ID. */
export const associated = new Map<string, unknown>();

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeCustomFunctionError,
  ErrorCode,
  associate: (id: string, fn: unknown) => associated.set(id, fn),
};

/** The error a custom function answered with, or a failed expectation when it answered a value. */
export function expectExcelError(result: unknown, code: string, message?: RegExp): void {
  expect(result).toBeInstanceOf(FakeCustomFunctionError);
  const error = result as FakeCustomFunctionError;
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
}
