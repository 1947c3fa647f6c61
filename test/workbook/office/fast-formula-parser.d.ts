/** The part of fast-formula-parser (no type definitions of its own) the stand-in uses. */
declare module "fast-formula-parser" {
  interface CellRef {
    sheet?: string;
    row: number;
    col: number;
  }
  interface RangeRef {
    sheet?: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export class DepParser {
    constructor(config?: {
      onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
    });
    /** The references a formula depends on; throws when the formula does not parse. */
    parse(
      formula: string,
      position: { row: number; col: number; sheet: string }
    ): (CellRef | RangeRef)[];
    callFunction(name: string, args: unknown[]): unknown;
  }
}
