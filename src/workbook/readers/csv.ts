/**
 * CSV and text exports: the encoding is found in the bytes (a BOM; else strict UTF-8; else the
 * Chinese legacy encodings core systems still write, GB18030/GBK or Big5, told apart by chardet's
 * statistics and by which of the two decodes cleanly), the delimiter by papaparse. Cells stay
 * text, exactly as written (leading zeros, "1,200", "2024/5/1"): the importer's normalisers read
 * them, as they read typed text in a workbook. Only the apostrophe a writer puts before a leading
 * =, +, - or @ to keep spreadsheets from running it, or before digits to keep them text, is taken off
 * (see unescapeFormulaGuard).
 */
import { analyse } from "chardet";
import Papa from "papaparse";
import type { SourceCell } from "../../importer/types";
import type { ReadOptions, ReadSheet } from "./types";

/** Decodes bytes in a named encoding; Node passes iconv-lite's, the browser uses TextDecoder. */
export type TextDecode = (bytes: Uint8Array, encoding: string) => string;

export const webDecode: TextDecode = (bytes, encoding) => new TextDecoder(encoding).decode(bytes);

/** How much of the file chardet looks at. */
const SAMPLE_BYTES = 1 << 18;
const REPLACEMENT = /\uFFFD/g;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "UTF-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "UTF-16LE", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "UTF-16BE", skip: 2 };
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The encoding of a text file without a BOM that is not UTF-8. */
function legacyEncoding(bytes: Uint8Array, decode: TextDecode): string {
  // Cut the sample where a line ends, so no character is split at its end.
  let end = Math.min(bytes.length, SAMPLE_BYTES);
  if (end < bytes.length) {
    const newline = bytes.lastIndexOf(0x0a, end);
    if (newline > 0) end = newline + 1;
  }
  const sample = bytes.subarray(0, end);
  const ranked = analyse(sample);
  const confidence = (name: string) => ranked.find((r) => r.name === name)?.confidence ?? 0;
  const chinese = ["GB18030", "Big5"].map((encoding) => ({
    encoding,
    confidence: confidence(encoding),
    // GBK text read as Big5 meets byte pairs Big5 does not have; Big5 read as GBK decodes, but
    // into rare characters — chardet's frequency statistics catch that.
    broken: count(decode(sample, encoding), REPLACEMENT),
  }));
  chinese.sort((a, b) => a.broken - b.broken || b.confidence - a.confidence);
  const best = chinese[0];
  const top = ranked[0];
  if (best.confidence > 0 || !top) return best.encoding;
  // Neither Chinese encoding fits at all: take chardet's best guess (Shift_JIS, windows-1252…).
  try {
    decode(sample.subarray(0, 4), top.name);
    return top.name;
  } catch {
    return best.encoding;
  }
}

export function detectEncoding(
  bytes: Uint8Array,
  decode: TextDecode = webDecode
): { encoding: string; skip: number } {
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  if (isUtf8(bytes)) return { encoding: "UTF-8", skip: 0 };
  return { encoding: legacyEncoding(bytes, decode), skip: 0 };
}

const DELIMITERS = [",", "\t", ";", "|"];

/** One sheet from a delimited text file, named after the file. */
export function readCsv(
  bytes: Uint8Array,
  options: ReadOptions = {},
  decode: TextDecode = webDecode
): { sheet: ReadSheet; encoding: string } {
  const { encoding, skip } = detectEncoding(bytes, decode);
  const text = decode(bytes.subarray(skip), encoding);
  const rows: SourceCell[][] = [];
  let r = 0;
  Papa.parse<string[]>(text, {
    delimiter: "",
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    step: ({ data }) => {
      let row: SourceCell[] | null = null;
      data.forEach((cell, c) => {
        if (cell === "" || cell.trim() === "") return;
        if (row === null) row = rows[r] = [];
        row[c] = unescapeFormulaGuard(cell);
      });
      r++;
      if (r % 5000 === 0) options.onProgress?.({ sheet: sheetName(options.fileName), rows: r });
    },
  });
  const name = sheetName(options.fileName);
  options.onProgress?.({ sheet: name, rows: r, fraction: 1 });
  return { sheet: { name, rows, merges: [] }, encoding };
}

/**
 * The apostrophe CSV writers put before a cell starting with =, +, - or @ so that a spreadsheet
 * does not run it as a formula (OWASP's advice; Odoo writes phones as "'+1 405-555-0102"): the
 * value is what follows it. The importer never runs such text (it stays data), so it is taken back.
 * So is the one before a run of digits (Shopify writes ids and phones as "'5897398649016",
 * "'9 5333 7391"), Excel's mark for "keep this as text": the importer keeps digits as text anyway.
 */
export function unescapeFormulaGuard(cell: string): string {
  if (cell.length < 2 || cell[0] !== "'") return cell;
  return "=+-@".includes(cell[1]) || DIGITS_AS_TEXT.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Digits as a phone or an id is written: digits with spaces, dots, dashes, brackets between. */
const DIGITS_AS_TEXT = /^\(?\d[\d\s().\-/]*$/;

/** "exports/客户 2024.csv" → "客户 2024" (Excel names a CSV's one sheet the same way). */
function sheetName(fileName: string | undefined): string {
  if (!fileName) return "Sheet1";
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return (dot > 0 ? base.slice(0, dot) : base).slice(0, 31) || "Sheet1";
}
