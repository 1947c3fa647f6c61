/** A register write that cannot go ahead; the message says which sheet and what the user can do. */
export class RegisterWriteError extends Error {
  readonly sheet?: string;

  constructor(message: string, sheet?: string) {
    super(message);
    this.name = "RegisterWriteError";
    this.sheet = sheet;
  }
}

/** Error codes Excel gives when a request or a response is too big; a smaller block may succeed. */
const SIZE_LIMIT_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

export function isSizeLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && SIZE_LIMIT_CODES.has(code);
}
