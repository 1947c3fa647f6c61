/**
 * Requirement sets. The manifest asks for ExcelApi 1.9, so Excel only loads the add-in where 1.9
 * is there; anything newer is used only after `Office.context.requirements.isSetSupported` says
 * the host has it ("Runtime checks for method and requirement set support",
 * https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).
 */

/** The ExcelApi version manifest.xml requires (a test keeps the two equal). */
export const MANIFEST_EXCEL_API = "1.9";

/** Header notes (Worksheet.notes). */
export const NOTES_EXCEL_API = "1.18";

/** Merged areas of a range (Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_EXCEL_API = "1.13";

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

function officeRequirements(): Requirements | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: Partial<Requirements> } } })
    .Office;
  const requirements = office?.context?.requirements;
  return typeof requirements?.isSetSupported === "function"
    ? (requirements as Requirements)
    : undefined;
}

/**
 * Whether the host has ExcelApi `version`. Versions up to the manifest's are always there (Excel
 * would not have loaded the add-in otherwise); newer ones only when Office says so. Without Office
 * (tests, scripts) nothing newer than the manifest is assumed.
 */
export function excelApiSupported(version: string): boolean {
  if (compareVersions(version, MANIFEST_EXCEL_API) <= 0) return true;
  return officeRequirements()?.isSetSupported("ExcelApi", version) ?? false;
}

function compareVersions(a: string, b: string): number {
  const [am, an = 0] = a.split(".").map(Number);
  const [bm, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}
