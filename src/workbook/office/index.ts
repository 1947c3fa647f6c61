export type { ApplyOptions, ApplyReport } from "./apply-plan";
export { applyPlan, DEFAULT_CHUNK_ROWS, DEFAULT_MAX_REQUEST_BYTES } from "./apply-plan";
export {
  readOpenRegister,
  readOpenSettings,
  readOpenSheetGrid,
  readOpenSheetRows,
  readOpenShownTexts,
  replaceOpenGeneratedSheets,
  runExcel,
  setUpRegister,
  writeOpenSettings,
  writeOpenTableRecords,
} from "./excel-run";
export type { GeneratedKind } from "./generated-sheets";
export { planReplacement, replaceGeneratedSheets } from "./generated-sheets";
export { readWorkbookSettings, writeWorkbookSettings } from "./settings";
export { writeTableRecords } from "./table-records";
export { RegisterWriteError, officeErrorCode, officeErrorKind } from "./errors";
export type { SelectedClient } from "./selection";
export { readSelectedClient } from "./selection";
export { excelApiSupported, MANIFEST_EXCEL_API } from "./requirements";
export type { ReadOptions, RegisterRead, SheetGrid, SheetRowsBlock } from "./read-register";
export { readRegister, readSheetGrid, readSheetRows } from "./read-register";
export { isoToSerial, parseAddress, serialToIso } from "./cells";
