export {
  bookSummary,
  upcomingBirthdays,
  isComplaintRow,
  STAGE_KEYS,
  TOP_GROUP_DIVISOR,
  BIRTHDAY_WINDOW_DAYS,
  LARGEST_ELSEWHERE_COUNT,
} from "./summary";
export type {
  BookSummary,
  ClientRef,
  ElsewhereHolding,
  UpcomingBirthday,
  TierChange,
  StageKey,
} from "./summary";
export {
  buildBookReview,
  buildBookReviewSheet,
  LIST_LIMIT,
  type BookCells,
  type BookReviewOptions,
} from "./book-sheet";
export { buildClientReviewSheet, RECENT_VISITS, type ClientReviewOptions } from "./client-sheet";
export {
  buildReviewPlan,
  buildReviewSheets,
  reviewClientIds,
  type ReviewPlanOptions,
  type ReviewRegister,
} from "./plan";
export {
  GENERATED_NAME_PREFIX,
  MAX_SHEET_NAME,
  generatedMarkers,
  generatedSheetNames,
  isGeneratedMarker,
  isValidSheetName,
  replaceGeneratedSheets,
  safeSheetName,
  sheetOfRef,
} from "./sheet-names";
export { maskAddress, maskDate, maskEmail, maskPhone, maskValue, MASK } from "./mask";
export * from "./figures";
export { REVIEW_TEXT, text as reviewText } from "./captions";
