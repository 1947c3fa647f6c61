/**
 * The reader layer: any workbook a manager has — .xlsx/.xlsm (streamed), .xls, .ods, .xlsb, the
 * HTML and XML-2003 files some systems save as ".xls", CSV and text in any common encoding —
 * as the importer's SourceSheets. The format is decided by the bytes, never by the extension
 * alone; an extension that says otherwise gives a notice. Runs in Node and in the browser (no fs
 * here: ./file reads paths).
 */
import { readCsv, webDecode, type TextDecode } from "./csv";
import { readWithSheetJs } from "./sheetjs";
import type { ReadOptions, SourceFormat, SourceWorkbook } from "./types";
import { readXlsx } from "./xlsx";
import { ZipArchive, isZip } from "./zip";

export type * from "./types";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What each extension promises; "txt" and "csv" may be any delimited text. */
const EXTENSION_FORMATS: Record<string, SourceFormat[]> = {
  xlsx: ["xlsx"],
  xlsm: ["xlsx"],
  xltx: ["xlsx"],
  xltm: ["xlsx"],
  xlsb: ["xlsb"],
  // Many systems export HTML or XML-2003 spreadsheets under .xls; Excel opens them too.
  xls: ["xls", "html", "xml2003"],
  ods: ["ods"],
  csv: ["csv"],
  txt: ["csv"],
  tsv: ["csv"],
};

const FORMAT_NAMES: Record<SourceFormat, string> = {
  xlsx: "an .xlsx workbook",
  xlsb: "an .xlsb (binary) workbook",
  xls: "an Excel 97-2003 .xls workbook",
  ods: "an OpenDocument .ods spreadsheet",
  csv: "a CSV or text file",
  html: "an HTML table saved as a spreadsheet",
  xml2003: "an Excel 2003 XML spreadsheet",
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSION_FORMATS);

export class SourceFormatError extends Error {}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

function zipFormat(zip: ZipArchive): SourceFormat {
  const mimetype = zip.text("mimetype")?.trim();
  if (mimetype === "application/vnd.oasis.opendocument.spreadsheet") return "ods";
  if (mimetype?.startsWith("application/vnd.oasis.opendocument."))
    throw new SourceFormatError("it is an OpenDocument file, but not a spreadsheet");
  if (zip.has("xl/workbook.bin")) return "xlsb";
  if (zip.has("[Content_Types].xml")) {
    if (zip.has("word/document.xml")) throw new SourceFormatError("it is a Word document");
    if (zip.has("ppt/presentation.xml"))
      throw new SourceFormatError("it is a PowerPoint presentation");
    return "xlsx";
  }
  throw new SourceFormatError("it is a ZIP archive, not a workbook");
}

/** The format of a file from its first bytes (and, for ZIP packages, the parts inside). */
export function detectFormat(bytes: Uint8Array, zip?: ZipArchive): SourceFormat {
  if (isZip(bytes)) return zipFormat(zip ?? new ZipArchive(bytes));
  if (startsWith(bytes, OLE2)) return "xls";
  if (bytes.length >= 4 && startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw new SourceFormatError("it is a PDF document");
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, "");
  const start = head.trimStart().toLowerCase();
  if (start.startsWith("<?xml") && /<(ss:)?workbook\b/i.test(head)) return "xml2003";
  if (/^<(!doctype html|html|table|meta|head)\b/.test(start)) return "html";
  return "csv";
}

/**
 * An HTML or XML-2003 spreadsheet from its first tag on. Systems exporting HTML as ".xls" often
 * start it with blank lines; Excel opens such a file as a table, but SheetJS, seeing no tag
 * first, reads it as lines of text.
 */
function fromFirstTag(bytes: Uint8Array): Uint8Array {
  let start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start])) start += 1;
  return start === 0 ? bytes : bytes.subarray(start);
}

function extensionOf(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : undefined;
}

function extensionNotice(fileName: string | undefined, format: SourceFormat): string[] {
  const ext = extensionOf(fileName);
  if (!ext || !fileName) return [];
  const expected = EXTENSION_FORMATS[ext];
  if (expected?.includes(format)) return [];
  return [
    `${fileName} is ${FORMAT_NAMES[format]}, whatever its extension says; it was read as such.`,
  ];
}

export interface ReadBytesOptions extends ReadOptions {
  /** Text decoding for CSV in encodings TextDecoder lacks; Node passes iconv-lite's. */
  decode?: TextDecode;
}

/** Reads a workbook from its bytes. Errors are one line: "Cannot read <file>: <why>". */
export async function readSourceBytes(
  bytes: Uint8Array,
  options: ReadBytesOptions = {}
): Promise<SourceWorkbook> {
  const where = options.fileName ?? "the workbook";
  try {
    if (bytes.length === 0) throw new SourceFormatError("the file is empty");
    const zip = isZip(bytes) ? new ZipArchive(bytes) : undefined;
    const format = detectFormat(bytes, zip);
    const notices = extensionNotice(options.fileName, format);
    if (format === "xlsx" && zip) return { format, notices, ...(await readXlsx(zip, options)) };
    if (format === "csv") {
      const { sheet, encoding } = readCsv(bytes, options, options.decode ?? webDecode);
      return { format, notices, sheets: [sheet], date1904: false, definedNames: [], encoding };
    }
    const markup = format === "html" || format === "xml2003" ? fromFirstTag(bytes) : bytes;
    return { format, notices, ...(await readWithSheetJs(markup, options)) };
  } catch (error) {
    throw new Error(`Cannot read ${where}: ${(error as Error).message}`);
  }
}
