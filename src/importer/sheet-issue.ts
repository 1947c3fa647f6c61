/**
 * An issue about a whole sheet — no row, column or value — in the words of its catalogue message.
 */
import type { MessageCode } from "../register/messages";
import { englishText, type MessageParams } from "./normalize/result";
import type { ImportIssue } from "./types";

export function sheetIssue(
  sheet: string,
  code: MessageCode,
  params: MessageParams,
  severity: ImportIssue["severity"] = "info"
): ImportIssue {
  return {
    sheet,
    row: null,
    column: null,
    field: null,
    value: null,
    severity,
    message: englishText(code, params),
    code,
    params,
  };
}
