/**
 * A stand-in for the CustomFunctions runtime Excel provides, installed on the global object.
 * Import this before src/functions/functions.ts so its registration block finds the runtime.
 */
/** Codes that may carry a custom message; Excel rejects one on any other code. */
const MESSAGE_CODES = new Set(["#VALUE!", "#N/A"]);

class FakeCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {
    if (message !== undefined && !MESSAGE_CODES.has(code))
      throw new Error(`A custom message is not allowed with ${code}: "${message}"`);
  }
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

/** Every CustomFunctions.associate call the module made itself (the build adds the real ones). */
export const associated: [string, unknown][] = [];

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeCustomFunctionError,
  ErrorCode,
  associate: (id: string, fn: unknown) => associated.push([id, fn]),
};

/** The error a custom function answered with, or a failed expectation when it answered a value. */
export function expectExcelError(result: unknown, code: string, message?: RegExp): void {
  expect(result).toBeInstanceOf(FakeCustomFunctionError);
  const error = result as FakeCustomFunctionError;
  expect(error.code).toBe(code);
  if (message) expect(error.message).toMatch(message);
  else if (!MESSAGE_CODES.has(code)) expect(error.message).toBeUndefined();
}
