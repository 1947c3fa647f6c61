/**
 * What a workbook file really is, from its bytes rather than its name: an .xlsx package, an
 * OpenDocument spreadsheet or an Excel 97-2003 file renamed .xlsx, or no workbook at all.
 */
import { strFromU8, unzipSync } from "fflate";

export type WorkbookFormat = "xlsx" | "ods" | "xls" | "zip" | "unknown";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

export function sniffWorkbook(bytes: Uint8Array): WorkbookFormat {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return "xls";
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return "unknown";
  let names: string[] = [];
  let mimetype = "";
  try {
    const wanted = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === "mimetype";
      },
    });
    if (wanted.mimetype) mimetype = strFromU8(wanted.mimetype).trim();
  } catch {
    names = [];
  }
  if (mimetype.startsWith(ODS_MIMETYPE)) return "ods";
  // Some tools name the workbook part differently; the content types list says where it is.
  if (names.includes("[Content_Types].xml")) return "xlsx";
  return names.length > 0 ? "zip" : "unknown";
}

/** One line saying why a file named .xlsx cannot be read as one, or null when it can. */
export function notXlsxReason(format: WorkbookFormat, file: string): string | null {
  switch (format) {
    case "xlsx":
      return null;
    case "ods":
      return `${file} is an OpenDocument spreadsheet (.ods) named .xlsx; save it as .xlsx in LibreOffice or Excel, or rename it .ods once .ods files are read`;
    case "xls":
      return `${file} is an Excel 97-2003 workbook (.xls) named .xlsx; save it as .xlsx in Excel, or rename it .xls once .xls files are read`;
    case "zip":
      return `${file} is a zip archive, not an .xlsx workbook`;
    default:
      return `${file} is not an .xlsx workbook (it is not a zip package)`;
  }
}
