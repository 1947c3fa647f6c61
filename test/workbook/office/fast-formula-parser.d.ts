/** The part of fast-formula-parser (no type definitions of its own) the stand-in uses. */
declare module "fast-formula-parser" {
  namespace FormulaParser {
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
    interface Position {
      row: number;
      col: number;
      sheet: string;
    }
    /** How a function receives an argument: a value, or a 2D array for a range. */
    interface FunctionArg {
      value: unknown;
      isArray: boolean;
      omitted?: boolean;
    }
    class DepParser {
      constructor(config?: {
        onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
      });
      /** The references a formula depends on; throws when the formula does not parse. */
      parse(formula: string, position: Position): (CellRef | RangeRef)[];
      callFunction(name: string, args: unknown[]): unknown;
    }
    class FormulaError {
      constructor(error: string, message?: string);
      readonly error: string;
    }
  }
  class FormulaParser {
    constructor(config?: {
      functions?: Record<string, (...args: FormulaParser.FunctionArg[]) => unknown>;
      onCell?: (ref: FormulaParser.CellRef) => unknown;
      onRange?: (ref: FormulaParser.RangeRef) => unknown[][];
      onVariable?: (
        name: string,
        sheet: string
      ) => FormulaParser.CellRef | FormulaParser.RangeRef | null;
    });
    /** Parses and evaluates; a formula error comes back as a FormulaError value. */
    parse(formula: string, position: FormulaParser.Position, allowReturnArray?: boolean): unknown;
  }
  export = FormulaParser;
}
