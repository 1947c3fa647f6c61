export type { ApplyOptions, ApplyReport } from "./apply-plan";
export { applyPlan, DEFAULT_CHUNK_ROWS, DEFAULT_MAX_REQUEST_BYTES } from "./apply-plan";
export { readOpenRegister, readOpenSheetGrid, setUpRegister } from "./excel-run";
export { RegisterWriteError } from "./errors";
export type { ReadOptions, RegisterRead, SheetGrid } from "./read-register";
export { readRegister, readSheetGrid } from "./read-register";
export { isoToSerial, parseAddress, serialToIso } from "./cells";
