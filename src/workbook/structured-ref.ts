/**
 * Excel structured references ("tblTiers[[#This Row],[Tier]]"). Calculated columns use them so
 * that one formula text fits every row, in files and through Office.js alike.
 */
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import type { SheetKey } from "../register/types";

/** A register table as a workbook has it: its name, and the header of each field's column by field key. */
export interface TableColumns {
  table: string;
  headers: Readonly<Record<string, string>>;
}

/**
 * The register tables of an open workbook, as its reader found them. Formulas written into that
 * workbook name these headers, not the standard ones: a person may have renamed a header to
 * another spelling the catalog knows, or the table may use another language's labels.
 */
export type RegisterColumns = Partial<Record<SheetKey, TableColumns>>;

/** A formula needs a register column the workbook's table does not have (or does not have in a form the add-in recognises). */
export class MissingRegisterColumnError extends Error {
  /** The message code and parameters, for the pane to show it in the user's language. */
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(code: MessageCode, params: MessageParams) {
    super(renderMessage(code, params, "en") ?? code);
    this.name = "MissingRegisterColumnError";
    this.code = code;
    this.params = params;
  }
}

/** Escapes the characters a column specifier must quote with an apostrophe: [ ] # and ' itself. */
export function escapeColumnName(header: string): string {
  return header.replace(/['#[\]]/g, "'$&");
}

/** The cell of `header` in the formula's own row. */
export function thisRow(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumnName(header)}]]`;
}

/** The cells of `first` through `last` in the formula's own row (a one-row range). */
export function thisRowSpan(table: string, first: string, last: string): string {
  return `${table}[[#This Row],[${escapeColumnName(first)}]:[${escapeColumnName(last)}]]`;
}

/** The whole data body of one column. */
export function wholeColumn(table: string, header: string): string {
  return `${table}[[${escapeColumnName(header)}]]`;
}
