import { renderMessage, type MessageCode, type MessageParams } from "../../register/messages";

/** Why a register write cannot go ahead, for the pane to pick its next-step message by. */
export type RegisterWriteReason = "protected" | "missing-settings" | "invalid";

/**
 * A register write that cannot go ahead; the message says which sheet and what the user can do.
 * It carries its message code and parameters so the pane shows it in the user's language; `message`
 * is the English text (logs, the CLI).
 */
export class RegisterWriteError extends Error {
  readonly sheet?: string;
  readonly reason: RegisterWriteReason;
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(
    code: MessageCode,
    params: MessageParams,
    sheet?: string,
    reason: RegisterWriteReason = "invalid"
  ) {
    super(renderMessage(code, params, "en") ?? code);
    this.name = "RegisterWriteError";
    this.code = code;
    this.params = params;
    this.sheet = sheet;
    this.reason = reason;
  }
}

/**
 * The code of an Office.js error (`OfficeExtension.Error.code`, one of `Excel.ErrorCodes`), or
 * undefined for anything else. Errors are told apart by code, never by their English message,
 * which Excel words differently by version and language.
 */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** Error codes Excel gives when a request or a response is too big; a smaller block may succeed. */
const SIZE_LIMIT_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);

export function isSizeLimitError(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code !== undefined && SIZE_LIMIT_CODES.has(code);
}

/** How the pane explains an Office.js error code (see `Excel.ErrorCodes`). */
export type OfficeErrorKind = "busy" | "protected" | "not-found" | "unavailable" | "too-large";

const KIND_BY_CODE: Record<string, OfficeErrorKind> = {
  InvalidOperationInCellEditMode: "busy",
  AccessDenied: "protected",
  ItemNotFound: "not-found",
  ApiNotFound: "unavailable",
  UnsupportedFeature: "unavailable",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  RangeExceedsLimit: "too-large",
};

export function officeErrorKind(error: unknown): OfficeErrorKind | undefined {
  const code = officeErrorCode(error);
  return code === undefined ? undefined : KIND_BY_CODE[code];
}
