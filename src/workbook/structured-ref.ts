/**
 * Excel structured references ("tblTiers[[#This Row],[Tier]]"). Calculated columns use them so
 * that one formula text fits every row, in files and through Office.js alike.
 */

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
