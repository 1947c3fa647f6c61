/** The most characters an Excel cell holds (Excel specifications and limits); every writer and merge keeps to it. */
export const MAX_CELL_TEXT = 32_767;
