export * from "./types";
export { importWorkbook, previewMapping } from "./import";
export { IMPORT_ISSUES_SHEET, importIssuesSheet, withImportIssues } from "./issues-sheet";
export { formatClientId } from "./link-merge";
export { columnLetter } from "./grid";
export { sourceSheetFromOfficeGrid, type OfficeGrid } from "./office-grid";
export { guessLang } from "./guess-lang";
