/**
 * A streaming .xlsx/.xlsm reader: the package is read with ./zip (fflate inflates), each part is
 * parsed as a SAX stream (plain-xml.ts for sheets and shared strings, saxes for the rest and for
 * whatever plain-xml leaves to it), and a sheet's XML is never held whole — only its cells, as a
 * sparse grid, so a stray cell at XFD1048576 costs one array slot. Formulas give their cached
 * results, shared, rich and inline strings their text (phonetic runs left out), errors stay
 * visible, numbers in date formats become Dates (1900 or 1904 system). Part paths are resolved
 * through the relationships (relative, absolute or in sub-folders, as openpyxl, LibreOffice,
 * Google Sheets and WPS write them), so nothing depends on a writer's file layout.
 */
import type { SourceCell, SourceMerge } from "../../importer/types";
import { isDateFormat, serialToDate } from "./dates";
import {
  formulaCellKey,
  type DefinedName,
  type ReadOptions,
  type ReadSheet,
  type SourceTable,
  type SourceWorkbook,
} from "./types";
import { PlainXmlUnsupported, plainXmlParser } from "./plain-xml";
import { attr, parseXml, unescapeOoxml, xmlParser, type Tag, type XmlHandlers } from "./xml";
import { yielder } from "./yield";
import { ZipArchive, type ZipEntry } from "./zip";

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const REL_TABLE = /\/table$/;

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that points at it. */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

function readRelationships(zip: ZipArchive, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const path = relsPathOf(part);
  const xml = zip.text(path);
  if (xml === undefined) return rels;
  parseXml(
    xml,
    {
      open(name, tag) {
        if (name !== "Relationship") return;
        const id = attr(tag, "Id");
        const target = attr(tag, "Target");
        if (!id || target === undefined) return;
        const external = attr(tag, "TargetMode") === "External";
        rels.set(id, {
          type: attr(tag, "Type") ?? "",
          target: external ? target : resolvePart(part, target),
          external,
        });
      },
    },
    path
  );
  return rels;
}

const relOfType = (rels: Map<string, Relationship>, type: RegExp) =>
  [...rels.values()].find((rel) => type.test(rel.type) && !rel.external);

interface SheetRef {
  name: string;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

interface WorkbookPart {
  sheets: SheetRef[];
  date1904: boolean;
  definedNames: DefinedName[];
}

function readWorkbookPart(xml: string, part: string): WorkbookPart {
  const out: WorkbookPart = { sheets: [], date1904: false, definedNames: [] };
  let name: DefinedName | null = null;
  parseXml(
    xml,
    {
      open(tag, node) {
        if (tag === "workbookPr") {
          const flag = attr(node, "date1904");
          out.date1904 = flag === "1" || flag === "true";
        } else if (tag === "sheet") {
          const state = attr(node, "state");
          out.sheets.push({
            name: attr(node, "name") ?? "",
            relId: attr(node, "id", true) ?? "",
            state: state === "hidden" || state === "veryHidden" ? state : "visible",
          });
        } else if (tag === "definedName") {
          const local = attr(node, "localSheetId");
          const hidden = attr(node, "hidden");
          name = {
            name: attr(node, "name") ?? "",
            ref: "",
            ...(local !== undefined ? { localSheet: Number(local) } : {}),
            ...(hidden === "1" || hidden === "true" ? { hidden: true } : {}),
          };
        }
      },
      text(text) {
        if (name) name.ref += text;
      },
      close(tag) {
        if (tag === "definedName" && name) {
          out.definedNames.push(name);
          name = null;
        }
      },
    },
    part
  );
  return out;
}

interface Styles {
  /** Per cellXfs index: does the style show dates? */
  dateStyles: boolean[];
}

function readStyles(xml: string | undefined, part: string): Styles {
  const dateStyles: boolean[] = [];
  if (xml === undefined) return { dateStyles };
  const formats = new Map<number, string>();
  let inCellXfs = false;
  const xfIds: number[] = [];
  parseXml(
    xml,
    {
      open(name, tag) {
        if (name === "numFmt") {
          const id = Number(attr(tag, "numFmtId"));
          const code = attr(tag, "formatCode");
          if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
        } else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) xfIds.push(Number(attr(tag, "numFmtId") ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    part
  );
  for (const id of xfIds) dateStyles.push(isDateFormat(id, formats.get(id)));
  return { dateStyles };
}

/** Shared strings, streamed: a workbook of a million distinct names has a large table too. */
async function readSharedStrings(
  zip: ZipArchive,
  entry: ZipEntry | undefined,
  pause: () => Promise<void> | void
): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let text = "";
  let inText = false;
  let phonetic = 0;
  const handlers = (): XmlHandlers => {
    strings.length = 0;
    text = "";
    inText = false;
    phonetic = 0;
    return {
      open(name) {
        if (name === "si") text = "";
        else if (name === "t" && phonetic === 0) inText = true;
        else if (name === "rPh") phonetic++;
      },
      text(chunk) {
        if (inText) text += chunk;
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") strings.push(unescapeOoxml(text));
      },
    };
  };
  await streamPart(zip, entry, handlers, pause);
  return strings;
}

/**
 * Streams a part through the plain scanner (plain-xml.ts, several times faster than saxes); when it
 * declines (XML it leaves to a full parser, or broken XML), the part is read again from the start
 * with saxes. `handlers` is called once per attempt and must start from a clean state.
 */
async function streamPart(
  zip: ZipArchive,
  entry: ZipEntry,
  handlers: () => XmlHandlers,
  pause: (fraction: number) => Promise<void> | void
): Promise<void> {
  try {
    await streamXml(zip, entry, plainXmlParser(handlers()), pause);
  } catch (error) {
    if (!(error instanceof PlainXmlUnsupported)) throw error;
    await streamXml(zip, entry, xmlParser(handlers(), entry.name), pause);
  }
}

async function streamXml(
  zip: ZipArchive,
  entry: ZipEntry,
  parser: { write(text: string): unknown; close(): unknown },
  pause: (fraction: number) => Promise<void> | void
): Promise<void> {
  const decoder = new TextDecoder("utf-8");
  await zip.stream(
    entry,
    (chunk, final) => {
      // An inflated chunk is a megabyte or more of XML. Decoded whole, it would be a string in
      // V8's large-object space, which is old generation from birth: every one of them (and the
      // scanner's copy joined to the last chunk's tail) stays until a full collection, a hundred
      // megabytes at 100,000 rows. Pieces under 64 K characters die young instead.
      for (let at = 0; at < chunk.length; at += DECODE_PIECE) {
        const last = at + DECODE_PIECE >= chunk.length;
        const text = decoder.decode(chunk.subarray(at, at + DECODE_PIECE), {
          stream: !(final && last),
        });
        if (text) parser.write(text);
      }
      if (chunk.length === 0 && final) {
        const text = decoder.decode();
        if (text) parser.write(text);
      }
      if (final) parser.close();
    },
    pause
  );
}

/** Bytes of XML decoded at a time: at most as many characters, so each piece stays a young string. */
const DECODE_PIECE = 1 << 15;

/** "BC12" → 54 (1-based column); NaN when there are no letters. */
function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  return col || NaN;
}

function rowOfRef(ref: string): number {
  const match = /\d+$/.exec(ref);
  return match ? Number(match[0]) : NaN;
}

export function parseRange(ref: string): SourceMerge | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const merge = {
    top: rowOfRef(from),
    left: columnOfRef(from),
    bottom: rowOfRef(to),
    right: columnOfRef(to),
  };
  return Object.values(merge).every(Number.isFinite) ? merge : undefined;
}

interface SheetContext {
  strings: string[];
  styles: Styles;
  date1904: boolean;
}

/** Excel's (and Google Sheets') error values, as a formula's cached result spells them. */
const FORMULA_ERROR =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!)$/;

/** Turns one <c> element's collected parts into a cell value; null for an empty cell. */
function cellValue(
  type: string | undefined,
  style: number,
  raw: string,
  hasValue: boolean,
  inline: string,
  context: SheetContext
): SourceCell {
  switch (type) {
    case "s": {
      const text = hasValue ? context.strings[Number(raw)] : undefined;
      return text === undefined || text === "" ? null : text;
    }
    case "inlineStr": {
      const text = unescapeOoxml(hasValue ? raw : inline);
      return text === "" ? null : text;
    }
    case "str": {
      const text = unescapeOoxml(raw);
      if (!hasValue || text === "") return null;
      // A formula's result kept as text that is an error literal (#NAME?, #N/A, Google Sheets'
      // #ERROR!) is the error: Google Sheets and some writers store a failed lookup so.
      return FORMULA_ERROR.test(text.trim()) ? { error: text.trim() } : text;
    }
    case "b":
      return hasValue ? raw.trim() === "1" || raw.trim() === "true" : null;
    case "e":
      return hasValue ? { error: raw.trim() } : null;
    case "d": {
      if (!hasValue || raw.trim() === "") return null;
      const iso = raw.trim();
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || iso.length <= 10 ? iso : `${iso}Z`);
      return Number.isNaN(date.getTime()) ? iso : date;
    }
    default: {
      if (!hasValue) return null;
      const text = raw.trim();
      if (text === "") return null;
      const number = Number(text);
      if (!Number.isFinite(number)) return text;
      return context.styles.dateStyles[style] ? serialToDate(number, context.date1904) : number;
    }
  }
}

/** Cells covered by a merge (all but its top-left cell) are empty in the source grid. */
function clearMergedCells(rows: SourceCell[][], merges: SourceMerge[]): void {
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length);
    for (let r = m.top; r <= last; r++) {
      const row = rows[r - 1];
      if (!row) continue;
      const right = Math.min(m.right, row.length);
      for (let c = m.left; c <= right; c++) {
        if ((r !== m.top || c !== m.left) && c - 1 in row) delete row[c - 1];
      }
    }
  }
}

async function readSheet(
  zip: ZipArchive,
  entry: ZipEntry,
  name: string,
  context: SheetContext,
  options: ReadOptions,
  pause: () => Promise<void> | void,
  /** This sheet's share of the file: where it starts and how much it is, 0–1. */
  share: { from: number; size: number }
): Promise<{
  rows: SourceCell[][];
  merges: SourceMerge[];
  hiddenColumns: number[];
  formulaCells?: Set<number>;
}> {
  const rows: SourceCell[][] = [];
  const formulaCells = options.formulaCells ? new Set<number>() : undefined;
  const merges: SourceMerge[] = [];
  /** Hidden column spans from <cols> (min–max, 1-based), as written. */
  const hiddenSpans: [number, number][] = [];
  let rowNumber = 0;
  let column = 0;
  let row: SourceCell[] | null = null;
  let type: string | undefined;
  let style = 0;
  let raw = "";
  let hasValue = false;
  let inline = "";
  let collect: "value" | "inline" | null = null;
  let inInline = false;
  let phonetic = 0;
  let rowsRead = 0;
  let fraction = share.from;
  const report = options.onProgress;

  const handlers = (): XmlHandlers => {
    rows.length = 0;
    merges.length = 0;
    hiddenSpans.length = 0;
    rowNumber = 0;
    column = 0;
    row = null;
    collect = null;
    inInline = false;
    phonetic = 0;
    rowsRead = 0;
    return {
      open(tag, node: Tag) {
        switch (tag) {
          case "row": {
            const r = node.attributes.r;
            rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
            column = 0;
            row = null;
            break;
          }
          case "c": {
            const ref = node.attributes.r;
            column = ref !== undefined ? columnOfRef(ref) : column + 1;
            if (Number.isNaN(column)) column = 1;
            type = node.attributes.t;
            const s = node.attributes.s;
            style = s !== undefined ? Number(s) : 0;
            raw = "";
            inline = "";
            hasValue = false;
            break;
          }
          case "v":
            collect = "value";
            hasValue = true;
            break;
          case "f":
            formulaCells?.add(formulaCellKey(rowNumber, column));
            break;
          case "is":
            inInline = true;
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            if (inInline && phonetic === 0) collect = "inline";
            break;
          case "col": {
            const hidden = node.attributes.hidden;
            if (hidden !== "1" && hidden !== "true") break;
            const min = Number(node.attributes.min);
            const max = Number(node.attributes.max ?? node.attributes.min);
            if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min)
              hiddenSpans.push([min, max]);
            break;
          }
          case "mergeCell": {
            const merge = parseRange(node.attributes.ref ?? "");
            if (merge) merges.push(merge);
            break;
          }
        }
      },
      text(text) {
        if (collect === "value") raw += text;
        else if (collect === "inline") inline += text;
      },
      close(tag) {
        switch (tag) {
          case "v":
          case "t":
            collect = null;
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "c": {
            const value = cellValue(type, style, raw, hasValue, inline, context);
            if (value === null) break;
            if (row === null) {
              row = [];
              rows[rowNumber - 1] = row;
            }
            row[column - 1] = value;
            break;
          }
          case "row":
            rowsRead++;
            if (report && rowsRead % 5000 === 0) report({ sheet: name, rows: rowsRead, fraction });
            break;
        }
      },
    };
  };
  await streamPart(zip, entry, handlers, (done) => {
    fraction = share.from + share.size * done;
    return pause();
  });
  clearMergedCells(rows, merges);
  report?.({ sheet: name, rows: rowsRead, fraction: share.from + share.size });
  return {
    rows,
    merges: merges.sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenColumns: hiddenColumnsWithin(hiddenSpans, rows),
    ...(formulaCells ? { formulaCells } : {}),
  };
}

/**
 * The hidden columns that hold cells, ascending. Spans are clipped to the widest row: a sheet that
 * hides every unused column to its right (min 12, max 16384) names only the columns it uses.
 */
export function hiddenColumnsWithin(
  spans: readonly (readonly [number, number])[],
  rows: readonly (readonly unknown[] | undefined)[]
): number[] {
  if (spans.length === 0) return [];
  let width = 0;
  for (const row of rows) if (row && row.length > width) width = row.length;
  const hidden = new Set<number>();
  for (const [min, max] of spans) for (let c = min; c <= Math.min(max, width); c++) hidden.add(c);
  return [...hidden].sort((a, b) => a - b);
}

function readTables(zip: ZipArchive, sheetPart: string): SourceTable[] {
  const tables: SourceTable[] = [];
  for (const rel of readRelationships(zip, sheetPart).values()) {
    if (rel.external || !REL_TABLE.test(rel.type)) continue;
    const xml = zip.text(rel.target);
    if (xml === undefined) continue;
    parseXml(
      xml,
      {
        open(name, tag) {
          if (name !== "table") return;
          tables.push({
            name: attr(tag, "displayName") ?? attr(tag, "name") ?? "",
            ref: attr(tag, "ref") ?? "",
          });
        },
      },
      rel.target
    );
  }
  return tables;
}

/** The workbook part's path, from the package relationships (not every writer uses xl/workbook.xml). */
function workbookPath(zip: ZipArchive): string {
  const root = readRelationships(zip, "");
  const rel = relOfType(root, REL_OFFICE_DOCUMENT);
  if (rel) return rel.target;
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new Error("it is a ZIP package without a workbook in it");
}

export async function readXlsx(
  zip: ZipArchive,
  options: ReadOptions = {}
): Promise<Omit<SourceWorkbook, "format" | "notices">> {
  const pause = yielder(options.yieldEveryMs);
  const bookPath = workbookPath(zip);
  const bookXml = zip.text(bookPath);
  if (bookXml === undefined) throw new Error(`the workbook part ${bookPath} is missing`);
  const book = readWorkbookPart(bookXml, bookPath);
  const rels = readRelationships(zip, bookPath);
  const stylesRel = relOfType(rels, REL_STYLES);
  const stringsRel = relOfType(rels, REL_SHARED_STRINGS);
  const styles = readStyles(stylesRel && zip.text(stylesRel.target), stylesRel?.target ?? "");
  const strings = await readSharedStrings(zip, stringsRel && zip.find(stringsRel.target), pause);
  const context: SheetContext = { strings, styles, date1904: book.date1904 };
  const sheets: ReadSheet[] = [];
  const parts = book.sheets.flatMap((ref) => {
    const rel = rels.get(ref.relId);
    // Chart sheets, dialog sheets and macro sheets hold no cells to import.
    if (!rel || rel.external || !REL_WORKSHEET.test(rel.type)) return [];
    const entry = zip.find(rel.target);
    if (!entry) throw new Error(`the sheet "${ref.name}" is missing its part ${rel.target}`);
    return [{ ref, entry }];
  });
  const totalBytes = parts.reduce((sum, p) => sum + p.entry.compressedSize, 0) || 1;
  let before = 0;
  for (const { ref, entry } of parts) {
    const share = { from: before / totalBytes, size: entry.compressedSize / totalBytes };
    before += entry.compressedSize;
    const { rows, merges, hiddenColumns, formulaCells } = await readSheet(
      zip,
      entry,
      ref.name,
      context,
      options,
      pause,
      share
    );
    const tables = readTables(zip, entry.name);
    sheets.push({
      name: ref.name,
      rows,
      merges,
      ...(hiddenColumns.length > 0 ? { hiddenColumns } : {}),
      ...(ref.state !== "visible" ? { state: ref.state } : {}),
      ...(tables.length > 0 ? { tables } : {}),
      ...(formulaCells ? { formulaCells } : {}),
      ...(book.date1904 ? { date1904: true } : {}),
    });
  }
  return { sheets, date1904: book.date1904, definedNames: book.definedNames };
}
