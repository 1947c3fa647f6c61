/** Layout constants that plans and writers agree on. */

/** Rows below a table's header that get validation and conditional formats even while the table is
 *  shorter, so that people typing new rows get drop-downs and highlights. */
export const ENTRY_ROWS = 1000;

/** The last sheet row (1-based, header in row 1) covered by validation and conditional formats. */
export function lastBodyRow(rowCount: number): number {
  return Math.max(rowCount, ENTRY_ROWS) + 1;
}
