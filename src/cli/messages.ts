/** What the command line prints, from the message catalogue in the register's language. */
import type { ImportIssue, SheetMapping } from "../importer/types";
import {
  renderIssueMessage,
  renderMessage,
  type MessageCode,
  type MessageParams,
} from "../register/messages";
import type { Lang } from "../register/types";

export function cliText(code: MessageCode, lang: Lang, params: MessageParams = {}): string {
  return renderMessage(code, params, lang) ?? code;
}

/** An issue's one line as the CLI prints it: the sheet, then the message in the language. */
export function issueLine(issue: ImportIssue, lang: Lang): string {
  const message = renderIssueMessage(issue, lang);
  return issue.sheet ? `${issue.sheet}: ${message}` : message;
}

/**
 * The --json file speaks the person's language too: each issue's message and each column's
 * evidence are rendered in it; the codes and params stay for programs.
 */
export function localizedResultJson<T extends { issues: ImportIssue[]; mappings: SheetMapping[] }>(
  result: T,
  lang: Lang
): T {
  return {
    ...result,
    issues: result.issues.map((issue) => ({ ...issue, message: renderIssueMessage(issue, lang) })),
    mappings: result.mappings.map((sheet) => ({
      ...sheet,
      columns: sheet.columns.map((column) =>
        column.reasons && column.reasons.length > 0
          ? {
              ...column,
              evidence: column.reasons.map(
                (r, i) => renderMessage(r.code, r.params, lang) ?? column.evidence?.[i] ?? r.code
              ),
            }
          : column
      ),
    })),
  };
}
