/**
 * Writes a WorkbookPlan as an .xlsx package, streaming: each sheet's XML is produced a few
 * hundred rows at a time and deflated straight into the ZIP (fflate), so memory stays flat
 * whatever the row count, and time is linear in it. exceljs's in-memory writer builds an object
 * per cell (the register's cost grew faster than its rows) and its streaming writer cannot write
 * tables, so the parts are written here: real Excel tables with calculated columns, shared
 * strings, number formats per column, validation, conditional formats, cell notes, names, print
 * setup and frozen panes. The package is plain and standard (one part per sheet, table, comments
 * and VML drawing, relationships by the book), so other tools — and the graft that carries a
 * user's own sheets over — can work on it. Only plan formulas become formulas; every string is
 * written as text, whatever it starts with.
 */
import { Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import { CAPTIONS } from "../captions";
import { cellAddress, columnLetter, parseAddress } from "../a1";
import { lastBodyRow } from "../layout";
import {
  cellValueOf,
  gridRowsOf,
  isFormula,
  isGiven,
  tableRowsOf,
  type ColumnPlan,
  type ConditionalFormatPlan,
  type PlanCell,
  type PlanValue,
  type SheetPlan,
  type TablePlan,
  type ValidationRule,
  type WorkbookPlan,
} from "../plan";
import { yielder } from "../readers/yield";
import { isoToSerial } from "./dates";
import { quotedSheet, xmlAttr, xmlText } from "./xml-text";
import { MAX_CELL_TEXT } from "../../register/excel-limits";

/** Excel's limit on an inline validation list ("a,b,c"). */
const MAX_LIST_LITERAL = 255;
const A4 = 9;
/** Rows between two progress reports and two points where the writer may yield. */
const ROWS_PER_BATCH = 512;
/**
 * Characters of XML handed on at a time. Encoding a string flattens it into one piece, and a
 * piece over 128 KB (V8's large-object size; 64 K characters of Chinese) is allocated in the old
 * generation, where it stays until a full collection: 512 rows at a time, the register's
 * batches piled up there by the hundred megabytes. Under the limit they die young.
 */
const BATCH_CHARS = 1 << 15;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Number formats Excel knows by id (ECMA-376 18.8.30); others get ids from 164. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "mm-dd-yy": 14,
  "@": 49,
};

export interface WriteProgress {
  sheet: string;
  rows: number;
}

export interface StreamWriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Yield to the event loop after this many ms of work (default 30; 0 never). */
  yieldEveryMs?: number;
  /** Deflate level 0–9 (default 1: twice as fast as 6 for a quarter more bytes; Excel reads either). */
  level?: number;
  /**
   * A native DEFLATE and CRC-32 (Node's zlib, see ./writer): four times as fast as fflate's
   * JavaScript ones, which stay the default where there is none (the task pane).
   */
  deflate?: NativeDeflate;
}

/** One ZIP entry's raw DEFLATE stream: `write` may ask the caller to wait (back-pressure). */
export interface EntryDeflater {
  write(chunk: Uint8Array): Promise<void> | void;
  /** Resolves once the last compressed byte went to the entry's `onData`. */
  end(): Promise<void>;
}

export interface NativeDeflate {
  deflater(level: number, onData: (chunk: Uint8Array) => void): EntryDeflater;
  crc32(chunk: Uint8Array, previous: number): number;
}

interface CellPosition {
  sheet: string;
  row: number;
  column: number;
}

function describe(at: CellPosition): string {
  return `${at.sheet}!${cellAddress(at.row, at.column)}`;
}

function checkedText(text: string, at: CellPosition): string {
  if (text.length > MAX_CELL_TEXT) {
    throw new Error(
      `${describe(at)}: the text is ${text.length} characters long; an Excel cell holds at most ${MAX_CELL_TEXT}.`
    );
  }
  return text;
}

/** Cell styles: one xf per number format, plus differential formats for conditional formats. */
class StyleBook {
  private readonly formats = new Map<string, number>();
  private readonly xfs: { format: number; wrap: boolean }[] = [{ format: 0, wrap: false }];
  private readonly xfByFormat = new Map<string, number>();
  private readonly dxfs: string[] = [];

  /** The cellXfs index showing `format` (0 = General), wrapped and top-aligned when `wrap`. */
  style(format: string | undefined, wrap = false): number {
    const code = format || "General";
    if (code === "General" && !wrap) return 0;
    const key = `${wrap ? "w" : "-"}${code}`;
    const known = this.xfByFormat.get(key);
    if (known !== undefined) return known;
    let id = BUILTIN_FORMATS[code];
    if (id === undefined) {
      id = this.formats.get(code) ?? 164 + this.formats.size;
      this.formats.set(code, id);
    }
    this.xfs.push({ format: id, wrap });
    const index = this.xfs.length - 1;
    this.xfByFormat.set(key, index);
    return index;
  }

  dxf(fill: string, fontColor?: string): number {
    const font = fontColor ? `<font><color rgb="${argb(fontColor)}"/></font>` : "";
    this.dxfs.push(
      `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`
    );
    return this.dxfs.length - 1;
  }

  xml(): string {
    const numFmts = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`)
      .join("");
    const xfs = this.xfs
      .map(({ format: id, wrap }) => {
        const open = `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}`;
        return wrap
          ? `${open} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
          : `${open}/>`;
      })
      .join("");
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : "") +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join("")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

/** A <t> element; leading or trailing spaces are kept only when it says so. */
function textElement(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${space}>${xmlText(text)}</t>`;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  get unique(): number {
    return this.index.size;
  }

  *chunks(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.index.size}">`;
    let batch = "";
    for (const text of this.index.keys()) {
      batch += `<si>${textElement(text)}</si>`;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = "";
      }
    }
    yield `${batch}</sst>`;
  }
}

/** "#FFC7CE" → "FFFFC7CE". */
function argb(hex: string): string {
  const digits = hex.replace(/^#/, "");
  if (!/^[0-9a-f]{6}$/i.test(digits)) throw new Error(`Not a colour: "${hex}" (expected #RRGGBB).`);
  return `FF${digits.toUpperCase()}`;
}

function listLiteral(values: string[]): string {
  for (const value of values) {
    if (/[,"]/.test(value))
      throw new Error(`The list value "${value}" cannot hold a comma or a double quote.`);
  }
  const literal = `"${values.join(",")}"`;
  if (literal.length > MAX_LIST_LITERAL)
    throw new Error(
      `The validation list ${literal} is longer than Excel's ${MAX_LIST_LITERAL} characters.`
    );
  return literal;
}

function validationXml(sqref: string, rule: ValidationRule): string {
  const common = `allowBlank="1" showErrorMessage="1" sqref="${sqref}"`;
  const f = (n: number, value: string | number) =>
    `<formula${n}>${xmlText(String(value))}</formula${n}>`;
  switch (rule.kind) {
    case "list":
      return `<dataValidation type="list" ${common}>${f(1, listLiteral(rule.values))}</dataValidation>`;
    case "date":
      // 1 = 1900-01-01: any real date.
      return `<dataValidation type="date" operator="greaterThanOrEqual" ${common}>${f(1, 1)}</dataValidation>`;
    case "whole":
    case "decimal": {
      const { min, max } = rule;
      if (min !== undefined && max !== undefined)
        return `<dataValidation type="${rule.kind}" operator="between" ${common}>${f(1, min)}${f(2, max)}</dataValidation>`;
      if (min !== undefined)
        return `<dataValidation type="${rule.kind}" operator="greaterThanOrEqual" ${common}>${f(1, min)}</dataValidation>`;
      if (max !== undefined)
        return `<dataValidation type="${rule.kind}" operator="lessThanOrEqual" ${common}>${f(1, max)}</dataValidation>`;
      throw new Error(`A ${rule.kind} validation needs a minimum or a maximum.`);
    }
  }
}

function conditionalXml(cf: ConditionalFormatPlan, priority: number, styles: StyleBook): string {
  if (cf.kind === "expression") {
    const dxf = styles.dxf(cf.fill, cf.fontColor);
    return (
      `<conditionalFormatting sqref="${cf.range}"><cfRule type="expression" dxfId="${dxf}" priority="${priority}">` +
      `<formula>${xmlText(cf.formula)}</formula></cfRule></conditionalFormatting>`
    );
  }
  return (
    `<conditionalFormatting sqref="${cf.range}"><cfRule type="dataBar" priority="${priority}">` +
    `<dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argb(cf.color)}"/></dataBar>` +
    "</cfRule></conditionalFormatting>"
  );
}

/** Header and footer codes: "&&" is a literal ampersand, &P the page, &N the page count. */
const headerFooterText = (text: string) => text.replace(/&/g, "&&");

function printXml(sheet: SheetPlan): string {
  const print = sheet.print;
  const margins =
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!print) return margins;
  const fit = print.fitToWidth
    ? ` fitToWidth="${print.fitWidthPages ?? 1}" fitToHeight="0"`
    : print.scale !== undefined
      ? ` scale="${Math.round(print.scale)}"`
      : "";
  const footer = print.footerText
    ? `&L${headerFooterText(print.footerText)}&R&P / &N`
    : "&C&P / &N";
  const header = print.headerText
    ? `<oddHeader>${xmlText(`&C${headerFooterText(print.headerText)}`)}</oddHeader>`
    : "";
  return (
    margins +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit}/>` +
    `<headerFooter>${header}<oddFooter>${xmlText(footer)}</oddFooter></headerFooter>` +
    rowBreaksXml(print.rowBreaks ?? [])
  );
}

/** Manual page breaks; `brk id` is the last row of the page before (1-based). */
function rowBreaksXml(starts: readonly number[]): string {
  const rows = [...new Set(starts)].filter((r) => r > 1).sort((a, b) => a - b);
  if (rows.length === 0) return "";
  const breaks = rows.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}

interface Note {
  row: number;
  column: number;
  text: string;
}

function commentsXml(notes: Note[], author: string): string {
  const list = notes
    .map(
      (n) =>
        `<comment ref="${cellAddress(n.row, n.column)}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr>` +
        `<t xml:space="preserve">${xmlText(n.text)}</t></r></text></comment>`
    )
    .join("");
  return `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors><author>${xmlText(author)}</author></authors><commentList>${list}</commentList></comments>`;
}

/** The legacy drawing Excel needs to show notes: one hidden note shape per comment. */
function vmlXml(notes: Note[]): string {
  const shapes = notes
    .map(
      (n, i) =>
        `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>` +
        `<x:Row>${n.row - 1}</x:Row><x:Column>${n.column}</x:Column></x:ClientData></v:shape>`
    )
    .join("");
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

function tableXml(table: TablePlan, id: number, ref: string): string {
  const columns = table.columns
    .map((c, i) => {
      const open = `<tableColumn id="${i + 1}" name="${xmlAttr(c.header)}"`;
      return c.formula
        ? `${open}><calculatedColumnFormula>${xmlText(c.formula)}</calculatedColumnFormula></tableColumn>`
        : `${open}/>`;
    })
    .join("");
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${id}" name="${xmlAttr(table.name)}" displayName="${xmlAttr(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

const relsXml = (rels: [string, string, string][]) =>
  `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="${REL}/${type}" Target="${xmlAttr(target)}"/>`
    )
    .join("")}</Relationships>`;

/** A ZIP entry deflated by a native stream; fflate's Zip writes its header and data descriptor. */
class NativeZipEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  /** The deflate option bits fflate sets for the same level (APPNOTE 4.4.4). */
  readonly flag: number;
  ondata?: AsyncFlateStreamHandler;
  private readonly stream: EntryDeflater;

  constructor(
    readonly filename: string,
    level: number,
    private readonly native: NativeDeflate
  ) {
    this.flag = level === 1 ? 3 : level < 6 ? 2 : level === 9 ? 1 : 0;
    // fflate's handler type asks for an ArrayBuffer-backed array; it only reads the bytes.
    this.stream = native.deflater(level, (chunk) =>
      this.ondata?.(null, chunk as Uint8Array<ArrayBuffer>, false)
    );
  }

  async push(chunk: Uint8Array, final = false): Promise<void> {
    if (chunk.length) {
      this.crc = this.native.crc32(chunk, this.crc);
      this.size += chunk.length;
      await this.stream.write(chunk);
    }
    if (!final) return;
    await this.stream.end();
    this.ondata?.(null, new Uint8Array(0), true);
  }
}

/** Streams the package: one ZIP entry at a time, its text encoded and deflated in batches. */
class PackageWriter {
  private readonly zip: Zip;
  private readonly encoder = new TextEncoder();
  private failure: Error | null = null;
  private done!: () => void;
  readonly finished: Promise<void>;

  constructor(
    onChunk: (chunk: Uint8Array) => void,
    private readonly level: number,
    private readonly native?: NativeDeflate
  ) {
    let resolve!: () => void;
    this.finished = new Promise((r) => (resolve = r));
    this.done = resolve;
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      if (chunk.length) onChunk(chunk);
      if (final) this.done();
    });
  }

  async part(name: string, texts: Iterable<string> | AsyncIterable<string>): Promise<void> {
    const entry = this.native
      ? new NativeZipEntry(name, this.level, this.native)
      : new ZipDeflate(name, { level: this.level as 1 });
    this.zip.add(entry);
    for await (const text of texts) {
      if (this.failure) throw this.failure;
      if (text) await entry.push(this.encoder.encode(text));
    }
    await entry.push(new Uint8Array(0), true);
    if (this.failure) throw this.failure;
  }

  end(): Promise<void> {
    this.zip.end();
    return this.finished;
  }
}

interface SheetParts {
  table?: { id: number; ref: string };
  notes: Note[];
}

/** Writes the plan; the package's bytes go to `onChunk` in order. */
export async function streamWorkbook(
  plan: WorkbookPlan,
  onChunk: (chunk: Uint8Array) => void,
  options: StreamWriteOptions = {}
): Promise<void> {
  const pause = yielder(options.yieldEveryMs);
  const out = new PackageWriter(onChunk, options.level ?? 1, options.deflate);
  const styles = new StyleBook();
  const strings = new SharedStrings();
  const parts: SheetParts[] = [];
  let tableId = 0;
  let commentsId = 0;
  const contentOverrides: [string, string][] = [];

  for (let i = 0; i < plan.sheets.length; i++) {
    const sheet = plan.sheets[i];
    const index = i + 1;
    const notes: Note[] = [];
    const sheetParts: SheetParts = { notes };
    const rels: [string, string, string][] = [];
    if (sheet.table) {
      const rows = Math.max(1, tableRowsOf(sheet.table).length);
      sheetParts.table = {
        id: ++tableId,
        ref: `A1:${columnLetter(sheet.table.columns.length - 1)}${rows + 1}`,
      };
      sheet.table.columns.forEach((c, col) => {
        if (c.note) notes.push({ row: 1, column: col, text: c.note });
      });
    } else {
      for (const [address, text] of Object.entries(sheet.gridNotes ?? {})) {
        const { row, column } = parseAddress(address.replace(/\$/g, ""));
        notes.push({ row, column, text });
      }
    }
    const hasNotes = notes.length > 0;
    if (hasNotes) {
      commentsId++;
      rels.push(["rId1", "comments", `../comments${commentsId}.xml`]);
      rels.push(["rId2", "vmlDrawing", `../drawings/vmlDrawing${commentsId}.vml`]);
    }
    if (sheetParts.table)
      rels.push([`rId${rels.length + 1}`, "table", `../tables/table${sheetParts.table.id}.xml`]);
    await out.part(
      `xl/worksheets/sheet${index}.xml`,
      sheetXml(
        sheet,
        i === activeIndex(plan),
        sheetParts,
        styles,
        strings,
        hasNotes,
        options,
        pause
      )
    );
    if (rels.length) await out.part(`xl/worksheets/_rels/sheet${index}.xml.rels`, [relsXml(rels)]);
    if (hasNotes) {
      await out.part(`xl/comments${commentsId}.xml`, [commentsXml(notes, productName(plan))]);
      await out.part(`xl/drawings/vmlDrawing${commentsId}.vml`, [vmlXml(notes)]);
      contentOverrides.push([`/xl/comments${commentsId}.xml`, `${CT}.spreadsheetml.comments+xml`]);
    }
    if (sheet.table && sheetParts.table) {
      await out.part(`xl/tables/table${sheetParts.table.id}.xml`, [
        tableXml(sheet.table, sheetParts.table.id, sheetParts.table.ref),
      ]);
      contentOverrides.push([
        `/xl/tables/table${sheetParts.table.id}.xml`,
        `${CT}.spreadsheetml.table+xml`,
      ]);
    }
    parts.push(sheetParts);
  }

  await out.part("xl/sharedStrings.xml", strings.chunks());
  await out.part("xl/styles.xml", [styles.xml()]);
  await out.part("xl/workbook.xml", [workbookXml(plan)]);
  await out.part("xl/_rels/workbook.xml.rels", [
    relsXml([
      ...plan.sheets.map((_, i): [string, string, string] => [
        `rId${i + 1}`,
        "worksheet",
        `worksheets/sheet${i + 1}.xml`,
      ]),
      [`rId${plan.sheets.length + 1}`, "styles", "styles.xml"],
      [`rId${plan.sheets.length + 2}`, "sharedStrings", "sharedStrings.xml"],
    ]),
  ]);
  await out.part("docProps/core.xml", [coreXml(productName(plan))]);
  await out.part("docProps/app.xml", [
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlText(productName(plan))}</Application></Properties>`,
  ]);
  await out.part("_rels/.rels", [
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
  ]);
  await out.part("[Content_Types].xml", [contentTypesXml(plan, contentOverrides)]);
  await out.end();
}

function firstVisible(plan: WorkbookPlan): number {
  const i = plan.sheets.findIndex((s) => !s.hidden && !s.veryHidden);
  return i < 0 ? 0 : i;
}

/** The sheet the workbook opens on: the plan's choice when it is a visible sheet, else the first visible one. */
function activeIndex(plan: WorkbookPlan): number {
  const i = plan.sheets.findIndex((s) => s.name === plan.activeSheet && !s.hidden && !s.veryHidden);
  return i < 0 ? firstVisible(plan) : i;
}

/** The product's name in the register's language: document properties and note authors name it. */
function productName(plan: WorkbookPlan): string {
  return CAPTIONS.registerTitle[plan.lang];
}

function coreXml(creator: string): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

function contentTypesXml(plan: WorkbookPlan, overrides: [string, string][]): string {
  const sheets = plan.sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
  );
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
    sheets.join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
    overrides
      .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
      .join("") +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>` +
    "</Types>"
  );
}

function workbookXml(plan: WorkbookPlan): string {
  const active = activeIndex(plan);
  const sheets = plan.sheets
    .map(
      (s, i) =>
        `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"${s.veryHidden ? ' state="veryHidden"' : s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`
    )
    .join("");
  const names = plan.names.map(
    (n) =>
      `<definedName name="${xmlAttr(n.name)}"${n.comment ? ` comment="${xmlAttr(n.comment)}"` : ""}>${xmlText(n.ref)}</definedName>`
  );
  plan.sheets.forEach((s, i) => {
    if (!s.print) return;
    const sheet = quotedSheet(s.name);
    if (s.print.area) {
      const [from, to = from] = s.print.area.split(":");
      const absolute = (a: string) =>
        a.replace(/^\$?([A-Z]+)(?:\$?(\d+))?$/i, (_, c: string, r?: string) =>
          r ? `$${c}$${r}` : `$${c}`
        );
      names.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${sheet}!${absolute(from)}:${absolute(to)}`)}</definedName>`
      );
    }
    const rows = s.print.titleRows ?? (s.table ? 1 : 0);
    const columns = s.print.titleColumns ?? 0;
    const titles = [
      ...(columns > 0 ? [`${sheet}!$A:$${columnLetter(columns - 1)}`] : []),
      ...(rows > 0 ? [`${sheet}!$1:$${rows}`] : []),
    ];
    if (titles.length)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(titles.join(","))}</definedName>`
      );
  });
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheets}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
  );
}

/** One cell's XML, or "" for an empty cell; text goes to `strings`, or into the cell when null. */
function cellXml(
  ref: string,
  value: PlanValue,
  style: number,
  strings: SharedStrings | null,
  at: CellPosition,
  dateColumn: boolean
): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === undefined) return "";
  if (isFormula(value)) return formulaCellXml(ref, s, value.formula, value.value ?? null, at);
  if (typeof value === "string") {
    if (dateColumn) {
      const serial = isoToSerial(value);
      if (serial !== undefined) return `<c r="${ref}"${s}><v>${serial}</v></c>`;
    }
    if (strings) return `<c r="${ref}"${s} t="s"><v>${strings.id(checkedText(value, at))}</v></c>`;
    return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(checkedText(value, at))}</is></c>`;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new Error(`${describe(at)}: ${value} is not a number Excel can store.`);
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  }
  return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
}

/** A formula cell with its cached result, so viewers that do not calculate show the value. */
function formulaCellXml(
  ref: string,
  s: string,
  formula: string,
  result: PlanCell,
  at: CellPosition
): string {
  const f = `<f>${xmlText(formula)}</f>`;
  if (typeof result === "number" && Number.isFinite(result))
    return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
  if (typeof result === "string")
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(checkedText(result, at))}</v></c>`;
  if (typeof result === "boolean")
    return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}</c>`;
}

function colsXml(widths: (number | undefined)[], styles: number[]): string {
  const cols: string[] = [];
  const count = Math.max(widths.length, styles.length);
  for (let c = 0; c < count; c++) {
    const width = widths[c];
    const style = styles[c] ?? 0;
    if (width === undefined && !style) continue;
    cols.push(
      `<col min="${c + 1}" max="${c + 1}"${width !== undefined ? ` width="${width}" customWidth="1"` : ' width="9.140625"'}${style ? ` style="${style}"` : ""}/>`
    );
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

function viewXml(sheet: SheetPlan, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  if (sheet.freezeRows <= 0)
    return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const top = `A${sheet.freezeRows + 1}`;
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane ySplit="${sheet.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`
  );
}

async function* sheetXml(
  sheet: SheetPlan,
  selected: boolean,
  parts: SheetParts,
  styles: StyleBook,
  strings: SharedStrings,
  hasNotes: boolean,
  options: StreamWriteOptions,
  pause: () => Promise<void> | void
): AsyncGenerator<string> {
  const table = sheet.table;
  const fit = sheet.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  const columnStyles = table ? table.columns.map((c) => styles.style(c.numberFormat)) : [];
  const widths = table ? table.columns.map((c) => c.width) : (sheet.gridWidths ?? []);
  yield (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${fit}` +
    viewXml(sheet, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(widths, columnStyles) +
    "<sheetData>"
  );
  const validations: string[] = [];
  if (table) {
    yield* tableRows(sheet.name, table, columnStyles, strings, options, pause);
    const lastRow = lastBodyRow(tableRowsOf(table).length);
    table.columns.forEach((column, c) => {
      if (!column.validation) return;
      const letter = columnLetter(c);
      validations.push(validationXml(`${letter}2:${letter}${lastRow}`, column.validation));
    });
  } else if (sheet.grid || sheet.lazyGrid) {
    yield* gridRows(sheet, styles, sheet.inlineText ? null : strings, pause);
    for (const [address, rule] of Object.entries(sheet.gridValidations ?? {}))
      validations.push(validationXml(address, rule));
  }
  let tail = "</sheetData>";
  tail += sheet.conditionalFormats.map((cf, i) => conditionalXml(cf, i + 1, styles)).join("");
  if (validations.length)
    tail += `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`;
  tail += printXml(sheet);
  if (hasNotes) tail += '<legacyDrawing r:id="rId2"/>';
  if (parts.table)
    tail += `<tableParts count="1"><tablePart r:id="rId${hasNotes ? 3 : 1}"/></tableParts>`;
  yield `${tail}</worksheet>`;
}

async function* tableRows(
  sheetName: string,
  table: TablePlan,
  columnStyles: number[],
  strings: SharedStrings,
  options: StreamWriteOptions,
  pause: () => Promise<void> | void
): AsyncGenerator<string> {
  const letters = table.columns.map((_, c) => columnLetter(c));
  const dateColumns = table.columns.map((c: ColumnPlan) => c.type === "date");
  let batch = `<row r="1">${table.columns
    .map((c, i) => `<c r="${letters[i]}1" t="s"><v>${strings.id(c.header)}</v></c>`)
    .join("")}</row>`;
  // A table needs at least one body row; an empty register gets one blank entry row.
  const body = tableRowsOf(table);
  const blank = table.columns.map((): PlanCell => null);
  const count = Math.max(1, body.length);
  const at: CellPosition = { sheet: sheetName, row: 0, column: 0 };
  for (let r = 0; r < count; r++) {
    const row = body.length > 0 ? body.row(r) : blank;
    const excelRow = r + 2;
    at.row = excelRow;
    let cells = "";
    for (let c = 0; c < table.columns.length; c++) {
      const cell = row[c];
      // A value given in place of a calculated column's formula is written as a plain value.
      const formula = isGiven(cell) ? undefined : table.columns[c].formula;
      const value = cellValueOf(cell);
      // Most cells of a wide register are empty: no reference, no XML.
      if (value === null && !formula) continue;
      at.column = c;
      const ref = `${letters[c]}${excelRow}`;
      const style = columnStyles[c] ? ` s="${columnStyles[c]}"` : "";
      cells += formula
        ? formulaCellXml(ref, style, formula, value, at)
        : cellXml(ref, value, columnStyles[c], strings, at, dateColumns[c]);
    }
    batch += `<row r="${excelRow}">${cells}</row>`;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = "";
    }
    if ((r + 1) % ROWS_PER_BATCH === 0) {
      options.onProgress?.({ sheet: sheetName, rows: r + 1 });
      await pause();
    }
  }
  options.onProgress?.({ sheet: sheetName, rows: body.length });
  yield batch;
}

/**
 * A grid sheet's rows, in batches: the import state has a row per imported record, and one
 * string of a million rows' XML ran the heap out.
 */
async function* gridRows(
  sheet: SheetPlan,
  styles: StyleBook,
  strings: SharedStrings | null,
  pause: () => Promise<void> | void
): AsyncGenerator<string> {
  const formats = sheet.gridFormats ?? {};
  const styled = new Map<string, number>();
  for (const [address, format] of Object.entries(formats))
    styled.set(address.replace(/\$/g, "").toUpperCase(), styles.style(format));
  const grid = gridRowsOf(sheet);
  const wrapped = new Set(sheet.gridWrap ?? []);
  const heights = sheet.gridRowHeights ?? {};
  // Formatted cells without a value are still written, so their format shows when one is typed.
  const extra = new Map<number, Map<number, number>>();
  for (const [address, style] of styled) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) continue;
    const row = Number(match[2]);
    const col = match[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const value = row <= grid.length ? grid.row(row - 1)[col] : undefined;
    if (value !== null && value !== undefined) continue;
    if (!extra.has(row)) extra.set(row, new Map());
    extra.get(row)!.set(col, style);
  }
  const lastRow = Math.max(grid.length, ...extra.keys(), 0);
  // A grid without formats, wrapping or row heights (the import state): cells as they come.
  const plain = styled.size === 0 && wrapped.size === 0 && Object.keys(heights).length === 0;
  const letters: string[] = [];
  let xml = "";
  for (let r = 1; r <= lastRow; r++) {
    const row = r <= grid.length ? grid.row(r - 1) : [];
    if (plain) {
      let cells = "";
      for (let c = 0; c < row.length; c++) {
        const value = row[c] ?? null;
        if (value === null) continue;
        const ref = `${(letters[c] ??= columnLetter(c))}${r}`;
        cells += cellXml(ref, value, 0, strings, { sheet: sheet.name, row: r, column: c }, false);
      }
      if (cells) xml += `<row r="${r}">${cells}</row>`;
      if (xml.length >= BATCH_CHARS) {
        yield xml;
        xml = "";
      }
      if (r % ROWS_PER_BATCH === 0) await pause();
      continue;
    }
    const empties = extra.get(r);
    const width = Math.max(row.length, ...(empties ? empties.keys() : []), -1) + (empties ? 1 : 0);
    let cells = "";
    for (let c = 0; c < Math.max(row.length, width); c++) {
      const ref = `${columnLetter(c)}${r}`;
      const style = wrapped.has(c)
        ? styles.style(formats[ref] ?? formats[`$${columnLetter(c)}$${r}`], true)
        : (styled.get(ref) ?? 0);
      const value = row[c] ?? null;
      if (value === null) {
        if (style) cells += `<c r="${ref}" s="${style}"/>`;
        continue;
      }
      cells += cellXml(ref, value, style, strings, { sheet: sheet.name, row: r, column: c }, false);
    }
    const height = heights[r];
    const ht = height ? ` ht="${height}" customHeight="1"` : "";
    if (cells || ht) xml += `<row r="${r}"${ht}>${cells}</row>`;
    if (xml.length >= BATCH_CHARS) {
      yield xml;
      xml = "";
    }
    if (r % ROWS_PER_BATCH === 0) await pause();
  }
  yield xml;
}

/** The whole package in memory (tests, the preview's download, small registers). */
export async function writeWorkbookBytes(
  plan: WorkbookPlan,
  options: StreamWriteOptions = {}
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  await streamWorkbook(
    plan,
    (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    },
    options
  );
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
