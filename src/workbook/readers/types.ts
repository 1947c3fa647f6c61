import type { SourceSheet } from "../../importer/types";

/** The workbook formats the reader layer understands, decided from the bytes. */
export type SourceFormat = "xlsx" | "xlsb" | "xls" | "ods" | "csv" | "html" | "xml2003";

export interface SourceTable {
  name: string;
  /** The table's range, e.g. "A1:K120". */
  ref: string;
}

/** A sheet as read, with what only some formats carry. */
export interface ReadSheet extends SourceSheet {
  /** Tables defined on the sheet (.xlsx only). */
  tables?: SourceTable[];
  /**
   * The cells that hold a formula, as `formulaCellKey` numbers them (.xlsx, when
   * ReadOptions.formulaCells asks): their values are the formulas' cached results.
   */
  formulaCells?: Set<number>;
}

/** A cell's number in ReadSheet.formulaCells: 1-based row and column, as Excel numbers them. */
export const formulaCellKey = (row: number, column: number): number => row * 16_384 + column;

export interface DefinedName {
  name: string;
  ref: string;
  /** 0-based index of the sheet the name belongs to, when it is local. */
  localSheet?: number;
  hidden?: boolean;
}

export interface SourceWorkbook {
  format: SourceFormat;
  /** Every worksheet, in workbook order (hidden ones too; chart sheets are not worksheets). */
  sheets: ReadSheet[];
  /**
   * The file counts dates from 1904. Date cells are already converted to Date with it; it matters
   * only for plain numbers that a column later reads as date serials.
   */
  date1904: boolean;
  definedNames: DefinedName[];
  /** The text encoding of a CSV or text file ("UTF-8", "GB18030", "Big5", …). */
  encoding?: string;
  /** Things worth telling the user, e.g. an extension that does not match the content. */
  notices: string[];
}

export interface ReadProgress {
  sheet: string;
  /** Rows read so far in this sheet. */
  rows: number;
  /** 0–1 of the file read, when known. */
  fraction?: number;
}

export interface ReadOptions {
  /** The file's name, for messages and to check its extension against its content. */
  fileName?: string;
  onProgress?: (progress: ReadProgress) => void;
  /**
   * Yield to the event loop after this many milliseconds of work (the task pane must never block
   * its thread for seconds). Default 30; 0 never yields.
   */
  yieldEveryMs?: number;
  /** Note which cells hold formulas (ReadSheet.formulaCells; .xlsx only). */
  formulaCells?: boolean;
}
