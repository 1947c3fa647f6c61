/**
 * A stand-in sheet whose cells are computed from their position instead of stored, so a sheet of
 * 1,048,576 rows costs no memory in the fake (its reads still go through the fake's queue, sync,
 * JSON size checks and 5 MB limits like any other sheet).
 */
import { SheetModel, type CellModel, type CellValue, type Rect } from "./fake-excel";

export type CellAt = (
  row: number,
  column: number
) => CellValue | { value: CellValue; numberFormat: string };

export class GeneratedSheet extends SheetModel {
  constructor(
    name: string,
    private readonly size: { rows: number; columns: number },
    private readonly at: CellAt
  ) {
    super(name);
  }

  override cell(row: number, column: number): CellModel | undefined {
    if (row >= this.size.rows || column >= this.size.columns) return undefined;
    const made = this.at(row, column);
    if (made === "") return undefined;
    return typeof made === "object" ? made : { value: made, numberFormat: "General" };
  }

  /** Every cell of the size counts as used (the generator fills them all). */
  override usedRect(_valuesOnly = true, within?: Rect): Rect | undefined {
    const whole = { row: 0, column: 0, rows: this.size.rows, columns: this.size.columns };
    if (!within) return whole;
    const row = Math.max(whole.row, within.row);
    const column = Math.max(whole.column, within.column);
    const bottom = Math.min(whole.rows, within.row + within.rows);
    const right = Math.min(whole.columns, within.column + within.columns);
    return bottom > row && right > column
      ? { row, column, rows: bottom - row, columns: right - column }
      : undefined;
  }
}
