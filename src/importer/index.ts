export * from "./types";
export { importWorkbook, previewMapping, sourceLayouts } from "./import";
export {
  mappingFileOf,
  mappingLines,
  overridesFromMappingFile,
  parseMappingFile,
  layoutFingerprint,
  type MappingFile,
} from "./mapping-file";
export { IMPORT_ISSUES_SHEET, importIssuesSheet, withImportIssues } from "./issues-sheet";
export { formatClientId } from "./link-merge";
export { columnLetter } from "./grid";
export { sourceSheetFromOfficeGrid, type OfficeGrid } from "./office-grid";
export { guessLang } from "./guess-lang";
