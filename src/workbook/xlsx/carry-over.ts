/**
 * Keeps a person's own sheets when a register is written anew (`import --into`, `review --out`):
 * the sheets of the old register file that the register did not make are grafted, at ZIP level,
 * into the newly written package — whatever wrote either file. The sheet part is copied with
 * everything its relationships reach (notes, drawings, pictures, charts, tables, printer
 * settings), renamed where a part name is taken; table ids and names are made unique; style
 * indexes are remapped into the new styles.xml; shared strings become inline strings (the same
 * rich text, no edit of the new string table); the sheets go into workbook.xml next to the sheet
 * they followed, with their defined names (local ones re-indexed), relationships, content types
 * and document properties. Parts neither file changes are copied compressed, byte for byte.
 *
 * Not made by the register, hence carried: any sheet that is not in the new file (by name), holds
 * no register table (tbl + sheet key), is not the import state, is not marked generated
 * (CR_Generated_<n>) and is not the sheet the register's own workbook names point at (Settings).
 * Pivot tables, slicers and threaded comments hang on workbook-level caches the new file does
 * not have; their sheets' cells are carried and the loss is reported.
 */
import { Zip, ZipDeflate, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import { IMPORT_STATE_SHEET } from "../../importer/import-state";
import { SHEETS } from "../../register/sheets";
import { ZipArchive, type ZipEntry } from "../readers/zip";
import {
  attr,
  attributes,
  contentTypeOf,
  element,
  elements,
  escapeAttr,
  escapeRe,
  mapNumericAttr,
  parseContentTypes,
  parseRels,
  relativeTarget,
  relsPathOf,
  relsXml,
  rootTag,
  withAttr,
  type ContentTypes,
  type Rel,
} from "./ooxml-text";
import { StylesMerge } from "./styles-merge";

export interface CarryOverOptions {
  /** Old sheets the new file replaces although it names them differently (e.g. the Import Issues sheet). */
  replaced?: (sheetName: string) => boolean;
  /** Deflate level of the parts written anew (default 6). */
  level?: number;
}

export interface CarryOverResult {
  bytes: Uint8Array;
  /** The sheets carried over, by name, in workbook order. */
  carried: string[];
  /** What could not be carried, one line each. */
  notices: string[];
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const THEME_TYPE = `${REL_NS}/theme`;
/** Marks of sheets the add-in generated (see src/review/sheet-names.ts). */
const GENERATED_PREFIX = "cr_generated_";
/** Relationship kinds whose targets need workbook-level parts the new package lacks. */
const LEFT_BEHIND: Record<string, string> = {
  pivotTable: "a pivot table",
  slicer: "slicers",
  timeline: "timelines",
  threadedComment: "threaded comments (their notes are kept)",
  threadedComments: "threaded comments (their notes are kept)",
};
const SHEET_KINDS = new Set(["worksheet", "chartsheet", "dialogsheet", "macrosheet"]);

const fold = (name: string) => name.toLowerCase();
const encoder = new TextEncoder();

interface BookSheet {
  name: string;
  state?: string;
  kind: string;
  path: string;
  start: string;
}

interface DefinedName {
  name: string;
  local?: number;
  text: string;
  whole: string;
}

class Package {
  readonly zip: ZipArchive;
  readonly types: ContentTypes;
  readonly workbookPath: string;
  readonly workbook: string;
  readonly workbookRels: Rel[];
  readonly sheets: BookSheet[];
  readonly names: DefinedName[];

  constructor(bytes: Uint8Array, what: string) {
    this.zip = new ZipArchive(bytes);
    this.types = parseContentTypes(this.text("[Content_Types].xml"));
    const office = parseRels(this.text("_rels/.rels"), "").find(
      (r) => r.kind === "officeDocument" && r.path
    );
    this.workbookPath = office?.path ?? "xl/workbook.xml";
    const workbook = this.text(this.workbookPath);
    if (workbook === undefined) throw new Error(`${what} has no workbook part`);
    this.workbook = workbook;
    this.workbookRels = this.rels(this.workbookPath);
    const byId = new Map(this.workbookRels.map((r) => [r.id, r]));
    const sheetsSection = element(workbook, "sheets")?.inner ?? "";
    // Every <sheet>, in order (local names count sheets by position), whatever it points at.
    this.sheets = elements(sheetsSection, "sheet").map(({ start }) => {
      const rel = byId.get(attr(start, "id", true) ?? "");
      return {
        name: attr(start, "name") ?? "",
        state: attr(start, "state"),
        kind: rel?.kind ?? "",
        path: rel?.path ?? "",
        start,
      };
    });
    const namesSection = element(workbook, "definedNames")?.inner ?? "";
    this.names = elements(namesSection, "definedName").map(({ whole, start, inner }) => {
      const local = attr(start, "localSheetId");
      return {
        name: attr(start, "name") ?? "",
        ...(local !== undefined ? { local: Number(local) } : {}),
        text: unescape(inner),
        whole,
      };
    });
  }

  entry(path: string): ZipEntry | undefined {
    return this.zip.find(path);
  }

  text(path: string): string | undefined {
    return this.zip.text(path);
  }

  rels(part: string): Rel[] {
    return parseRels(this.text(relsPathOf(part)), part);
  }
}

const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : "'"
  );

/** The sheets a reference or formula names ("'My notes'!$A$1", "Settings!B2"). */
export function sheetsNamed(formula: string): string[] {
  const out: string[] = [];
  const re = /(?:'((?:[^']|'')+)'|([^\s'!,()=+\-*/&^<>;:"[\]{}%]+))!/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) out.push(m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]);
  return out;
}

/** A part added to (or replacing one of) the new package. */
type Part = { text: string } | { from: Package; entry: ZipEntry };

/**
 * Grafts the user's own sheets of `oldBytes` (the register as the person left it) into
 * `newBytes` (the register just written). Returns the new bytes unchanged when there is nothing
 * to carry.
 */
export function carryOverSheets(
  newBytes: Uint8Array,
  oldBytes: Uint8Array,
  options: CarryOverOptions = {}
): CarryOverResult {
  const old = new Package(oldBytes, "the old register");
  const fresh = new Package(newBytes, "the new register");
  const chosen = userSheets(old, fresh, options);
  if (chosen.length === 0) return { bytes: newBytes, carried: [], notices: [] };
  return new Graft(old, fresh, chosen, options).run();
}

function userSheets(old: Package, fresh: Package, options: CarryOverOptions): BookSheet[] {
  const inNew = new Set(fresh.sheets.map((s) => fold(s.name)));
  const registerTables = new Set(SHEETS.map((d) => fold(d.table)));
  const generated = new Set<string>();
  const registerNamed = new Set<string>();
  const newGlobals = new Set(
    fresh.names.filter((n) => n.local === undefined).map((n) => fold(n.name))
  );
  for (const n of old.names) {
    if (fold(n.name).startsWith(GENERATED_PREFIX))
      sheetsNamed(n.text).forEach((s) => generated.add(fold(s)));
    else if (n.local === undefined && newGlobals.has(fold(n.name)))
      sheetsNamed(n.text).forEach((s) => registerNamed.add(fold(s)));
  }
  return old.sheets.filter((sheet) => {
    if (!SHEET_KINDS.has(sheet.kind) || !old.entry(sheet.path)) return false;
    const name = fold(sheet.name);
    if (inNew.has(name) || name === fold(IMPORT_STATE_SHEET)) return false;
    if (generated.has(name) || registerNamed.has(name)) return false;
    if (options.replaced?.(sheet.name)) return false;
    const tables = old.rels(sheet.path).filter((r) => r.kind === "table" && r.path);
    return !tables.some((t) => {
      const start = rootTag(old.text(t.path as string) ?? "");
      return registerTables.has(fold(attr(start, "name") ?? attr(start, "displayName") ?? ""));
    });
  });
}

class Graft {
  private readonly notices: string[] = [];
  private readonly parts = new Map<string, Part>();
  /** Old part path → its path in the new package. */
  private readonly moved = new Map<string, string>();
  private readonly taken: Set<string>;
  private readonly overrides: [string, string][] = [];
  private readonly defaults = new Map<string, string>();
  private readonly styles: StylesMerge;
  private readonly stylesPath: string | undefined;
  private readonly strings: string[];
  private readonly tableNames: Set<string>;
  private readonly tableRenames = new Map<string, string>();
  private nextTableId: number;

  constructor(
    private readonly old: Package,
    private readonly fresh: Package,
    private readonly chosen: BookSheet[],
    private readonly options: CarryOverOptions
  ) {
    this.taken = new Set([...fresh.zip.entries.keys()].map(fold));
    this.stylesPath = fresh.workbookRels.find((r) => r.kind === "styles")?.path;
    const oldStyles = old.workbookRels.find((r) => r.kind === "styles")?.path;
    this.styles = new StylesMerge(
      (this.stylesPath && fresh.text(this.stylesPath)) || "",
      oldStyles ? old.text(oldStyles) : undefined
    );
    const sst = old.workbookRels.find((r) => r.kind === "sharedStrings")?.path;
    this.strings = sst ? elements(old.text(sst) ?? "", "si").map((e) => e.inner) : [];
    // Table ids and names are unique across a workbook, names also against defined names.
    let maxId = 0;
    this.tableNames = new Set(fresh.names.map((n) => fold(n.name)));
    for (const [part, type] of fresh.types.overrides) {
      if (!type.endsWith(".table+xml")) continue;
      const start = rootTag(fresh.text(part) ?? "");
      maxId = Math.max(maxId, Number(attr(start, "id") ?? 0));
      this.tableNames.add(fold(attr(start, "name") ?? ""));
      this.tableNames.add(fold(attr(start, "displayName") ?? ""));
    }
    this.nextTableId = maxId + 1;
  }

  run(): CarryOverResult {
    // Tables first, so that formulas in any carried sheet can follow a renamed table.
    for (const sheet of this.chosen) this.planTables(sheet);
    const placed = this.chosen.map((sheet) => ({
      sheet,
      path: this.carry(sheet.path, sheet.kind),
    }));
    this.writeWorkbook(placed);
    if (this.stylesPath) {
      const original = this.fresh.text(this.stylesPath) ?? "";
      const merged = this.styles.xml(original);
      if (merged !== original) this.parts.set(this.stylesPath, { text: merged });
    }
    this.carryTheme();
    this.writeContentTypes();
    this.writeAppProperties();
    return {
      bytes: this.pack(),
      carried: this.order.filter((s) => s.carried).map((s) => s.name),
      notices: this.notices,
    };
  }

  private order: { name: string; carried: boolean }[] = [];

  // ---- parts -----------------------------------------------------------------------------------

  /** A free part name like `path`: the same when free, else with the next free number. */
  private allocate(path: string): string {
    if (!this.taken.has(fold(path))) {
      this.taken.add(fold(path));
      return path;
    }
    const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(path);
    const [stem, ext] = m ? [m[1], m[3]] : [path, ""];
    for (let n = 1; ; n++) {
      const candidate = `${stem}${n}${ext}`;
      if (!this.taken.has(fold(candidate))) {
        this.taken.add(fold(candidate));
        return candidate;
      }
    }
  }

  /** Copies an old part (and what its relationships reach) into the new package; its new path. */
  private carry(oldPath: string, kind: string): string {
    const known = this.moved.get(oldPath);
    if (known) return known;
    const entry = this.old.entry(oldPath);
    if (!entry) throw new Error(`the old register's part ${oldPath} is missing`);
    const path = this.allocate(entry.name);
    this.moved.set(oldPath, path);
    const rels: { id: string; type: string; target: string; external?: boolean }[] = [];
    for (const rel of this.old.rels(oldPath)) {
      if (rel.external) {
        rels.push({ id: rel.id, type: rel.type, target: rel.target, external: true });
        continue;
      }
      const lost = LEFT_BEHIND[rel.kind];
      if (lost) {
        this.notices.push(`${this.sheetOf(oldPath)}: ${lost} could not be kept; the cells are.`);
        continue;
      }
      if (!rel.path || !this.old.entry(rel.path)) continue;
      const target = this.carry(rel.path, rel.kind);
      rels.push({ id: rel.id, type: rel.type, target: relativeTarget(path, target) });
    }
    if (rels.length) this.parts.set(relsPathOf(path), { text: relsXml(rels) });
    if (kind === "worksheet") this.parts.set(path, { text: this.worksheet(oldPath) });
    else if (kind === "table") this.parts.set(path, { text: this.table(oldPath) });
    else this.parts.set(path, { from: this.old, entry });
    this.registerType(entry.name, path);
    return path;
  }

  private sheetOf(part: string): string {
    return this.chosen.find((s) => s.path === part)?.name ?? part;
  }

  private registerType(oldPath: string, path: string): void {
    const type = contentTypeOf(this.old.types, oldPath);
    if (!type) return;
    const ext = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    const override = this.old.types.overrides.get(fold(oldPath));
    const freshDefault = this.fresh.types.defaults.get(ext) ?? this.defaults.get(ext);
    if (override || (freshDefault !== undefined && freshDefault !== type))
      this.overrides.push([`/${path}`, type]);
    else if (freshDefault === undefined) this.defaults.set(ext, type);
  }

  // ---- worksheets ------------------------------------------------------------------------------

  private worksheet(oldPath: string): string {
    let xml = this.old.text(oldPath) ?? "";
    const styles = this.styles;
    const strings = this.strings;
    xml = xml.replace(
      /<((?:[A-Za-z_][\w.-]*:)?)c(\s[^>]*?)?(\/>|>([\s\S]*?)<\/\1c\s*>)/g,
      (whole, prefix: string, attrText: string | undefined, end: string, inner: string) => {
        let start = `<${prefix}c${attrText ?? ""}>`;
        start = mapNumericAttr(start, "s", (i) => styles.xf(i));
        // Values bound to workbook-level metadata (rich values, images in cells) stay as values.
        start = withAttr(withAttr(start, "vm", undefined), "cm", undefined);
        if (end === "/>") return start.replace(/>$/, "/>");
        let body = inner;
        if (attributes(start).get("t") === "s") {
          const v = /<(?:[\w.-]+:)?v\s*>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>/.exec(inner);
          const si = v ? strings[Number(v[1])] : undefined;
          if (si !== undefined) {
            start = withAttr(start, "t", "inlineStr");
            body = `<${prefix}is>${si}</${prefix}is>`;
          }
        }
        if (this.tableRenames.size) body = this.renameTablesInFormulas(body);
        return `${start}${body}</${prefix}c>`;
      }
    );
    xml = xml.replace(/<((?:[\w.-]+:)?)row(\s[^>]*)?>/g, (tag) =>
      mapNumericAttr(tag, "s", (i) => styles.xf(i))
    );
    xml = xml.replace(/<((?:[\w.-]+:)?)col\s[^>]*>/g, (tag) =>
      mapNumericAttr(tag, "style", (i) => styles.xf(i))
    );
    xml = xml.replace(/<((?:[\w.-]+:)?)cfRule\s[^>]*>/g, (tag) =>
      mapNumericAttr(tag, "dxfId", (i) => styles.dxf(i))
    );
    // One selected tab per workbook: the new file already has it.
    xml = xml.replace(/<((?:[\w.-]+:)?)sheetView\s[^>]*>/g, (tag) =>
      withAttr(tag, "tabSelected", undefined)
    );
    return xml;
  }

  private renameTablesInFormulas(body: string): string {
    return body.replace(
      /(<(?:[\w.-]+:)?f(?:\s[^>]*)?>)([\s\S]*?)(<\/(?:[\w.-]+:)?f\s*>)/g,
      (_, open, text: string, close) => {
        let out = text;
        for (const [from, to] of this.tableRenames)
          out = out.replace(new RegExp(`(^|[^\\w.])${escapeRe(from)}\\[`, "gi"), `$1${to}[`);
        return `${open}${out}${close}`;
      }
    );
  }

  // ---- tables ----------------------------------------------------------------------------------

  private planTables(sheet: BookSheet): void {
    for (const rel of this.old.rels(sheet.path)) {
      if (rel.kind !== "table" || !rel.path) continue;
      const start = rootTag(this.old.text(rel.path) ?? "");
      const name = attr(start, "displayName") ?? attr(start, "name") ?? "";
      if (!this.tableNames.has(fold(name))) {
        this.tableNames.add(fold(name));
        continue;
      }
      let n = 2;
      while (this.tableNames.has(fold(`${name}_${n}`))) n++;
      this.tableNames.add(fold(`${name}_${n}`));
      this.tableRenames.set(name, `${name}_${n}`);
    }
  }

  private table(oldPath: string): string {
    const xml = this.old.text(oldPath) ?? "";
    const start = rootTag(xml);
    let tag = withAttr(start, "id", String(this.nextTableId++));
    const name = attr(start, "displayName") ?? attr(start, "name") ?? "";
    const renamed = this.tableRenames.get(name);
    if (renamed) tag = withAttr(withAttr(tag, "name", renamed), "displayName", renamed);
    let body = xml.slice(xml.indexOf(start) + start.length);
    body = body.replace(/<[^>]*DxfId\s*=[^>]*>/g, (t) =>
      t.replace(
        /(\s\w*DxfId\s*=\s*)(["'])(\d+)\2/g,
        (_, head, q, n) => `${head}${q}${this.styles.dxf(Number(n))}${q}`
      )
    );
    tag = tag.replace(
      /(\s\w*DxfId\s*=\s*)(["'])(\d+)\2/g,
      (_, head, q, n) => `${head}${q}${this.styles.dxf(Number(n))}${q}`
    );
    if (this.tableRenames.size) {
      body = body.replace(
        /(<(?:[\w.-]+:)?calculatedColumnFormula(?:\s[^>]*)?>)([\s\S]*?)(<\/)/g,
        (_, open, text: string, close) => {
          let out = text;
          for (const [from, to] of this.tableRenames)
            out = out.replace(new RegExp(`(^|[^\\w.])${escapeRe(from)}\\[`, "gi"), `$1${to}[`);
          return `${open}${out}${close}`;
        }
      );
    }
    return xml.slice(0, xml.indexOf(start)) + tag + body;
  }

  // ---- workbook --------------------------------------------------------------------------------

  private writeWorkbook(placed: { sheet: BookSheet; path: string }[]): void {
    const fresh = this.fresh;
    const wbPath = fresh.workbookPath;
    let xml = fresh.workbook;
    // Where each carried sheet goes: after the sheet it followed in the old workbook, when the
    // new one has that sheet (same name or same table), else before the first.
    const counterpart = this.counterparts();
    type Slot = { kind: "new"; index: number } | { kind: "carried"; at: number };
    const slots: Slot[] = fresh.sheets.map((_, index) => ({ kind: "new", index }));
    placed.forEach((p, at) => {
      const oldIndex = this.old.sheets.indexOf(p.sheet);
      let insertAt = 0;
      for (let i = oldIndex - 1; i >= 0; i--) {
        const prev = this.old.sheets[i];
        const newIndex = counterpart.get(prev);
        const carriedAt = placed.findIndex((q) => q.sheet === prev);
        const slot = slots.findIndex((s) =>
          s.kind === "new" ? newIndex !== undefined && s.index === newIndex : s.at === carriedAt
        );
        if (slot >= 0) {
          insertAt = slot + 1;
          break;
        }
      }
      slots.splice(insertAt, 0, { kind: "carried", at });
    });
    const finalIndexOfNew = new Map<number, number>();
    const finalIndexOfOld = new Map<number, number>();
    slots.forEach((s, i) => {
      if (s.kind === "new") finalIndexOfNew.set(s.index, i);
      else finalIndexOfOld.set(this.old.sheets.indexOf(placed[s.at].sheet), i);
    });

    // Relationships for the carried sheets.
    const rels = fresh.workbookRels.map((r) => ({ ...r }));
    const ids = new Set(rels.map((r) => r.id));
    let nextRel = 1;
    const relIdOf = placed.map((p) => {
      while (ids.has(`rId${nextRel}`)) nextRel++;
      const id = `rId${nextRel++}`;
      ids.add(id);
      const oldRel = this.old.workbookRels.find((r) => r.path === p.sheet.path);
      rels.push({
        id,
        type: oldRel?.type ?? WORKSHEET_TYPE,
        kind: p.sheet.kind,
        target: relativeTarget(wbPath, p.path),
        external: false,
      });
      return id;
    });
    this.workbookRels = rels;

    // <sheets>
    const relPrefix = prefixFor(rootTag(xml), REL_NS);
    let sheetId = Math.max(0, ...fresh.sheets.map((s) => Number(attr(s.start, "sheetId") ?? 0)));
    const sheetTags = slots.map((s) => {
      if (s.kind === "new") return fresh.sheets[s.index].start.replace(/\s*\/?>$/, "/>");
      const { sheet } = placed[s.at];
      const state = sheet.state && sheet.state !== "visible" ? ` state="${sheet.state}"` : "";
      const rid = relPrefix
        ? `${relPrefix}:id="${relIdOf[s.at]}"`
        : `xmlns:r="${REL_NS}" r:id="${relIdOf[s.at]}"`;
      return `<sheet name="${escapeAttr(sheet.name)}" sheetId="${++sheetId}"${state} ${rid}/>`;
    });
    this.order = slots.map((s) =>
      s.kind === "new"
        ? { name: fresh.sheets[s.index].name, carried: false }
        : { name: placed[s.at].sheet.name, carried: true }
    );
    const sheets = element(xml, "sheets");
    if (!sheets) throw new Error("the new register's workbook has no sheets");
    const sheetsOpen = sheets.start.replace(/\/>$/, ">");
    const sheetsPrefix = /^<([\w.-]+:)?/.exec(sheetsOpen)?.[1] ?? "";
    xml = xml.replace(sheets.whole, `${sheetsOpen}${sheetTags.join("")}</${sheetsPrefix}sheets>`);

    // <definedNames>: the new ones re-indexed, then the person's own.
    const finalNames = new Set(this.order.map((s) => fold(s.name)));
    const names = fresh.names.map((n) =>
      n.local === undefined
        ? n.whole
        : n.whole.replace(/^<[^>]*>/, (tag) =>
            withAttr(tag, "localSheetId", String(finalIndexOfNew.get(n.local as number) ?? n.local))
          )
    );
    const have = new Set(fresh.names.map((n) => `${fold(n.name)}@${n.local ?? ""}`));
    for (const n of this.old.names) {
      if (fold(n.name).startsWith(GENERATED_PREFIX)) continue;
      if (n.local !== undefined) {
        const at = finalIndexOfOld.get(n.local);
        if (at === undefined) continue;
        names.push(n.whole.replace(/^<[^>]*>/, (tag) => withAttr(tag, "localSheetId", String(at))));
        continue;
      }
      if (have.has(`${fold(n.name)}@`)) continue;
      const missing = sheetsNamed(n.text).filter((s) => !finalNames.has(fold(s)));
      if (missing.length) {
        this.notices.push(
          `The name ${n.name} was not kept: it points at ${missing.map((s) => `"${s}"`).join(", ")}, which the new register does not have.`
        );
        continue;
      }
      names.push(n.whole);
    }
    const definedNames = element(xml, "definedNames");
    const namesXml = names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
    if (definedNames) xml = xml.replace(definedNames.whole, namesXml);
    else {
      const close = /<\/(?:[\w.-]+:)?sheets\s*>/.exec(xml);
      if (close)
        xml =
          xml.slice(0, close.index + close[0].length) +
          namesXml +
          xml.slice(close.index + close[0].length);
    }

    // The same sheet stays active.
    xml = xml.replace(/<((?:[\w.-]+:)?)workbookView(\s[^>]*)?>/g, (tag) => {
      let out = tag;
      for (const key of ["activeTab", "firstSheet"]) {
        const value = attr(out, key);
        if (value !== undefined)
          out = withAttr(out, key, String(finalIndexOfNew.get(Number(value)) ?? value));
      }
      return out;
    });
    this.parts.set(wbPath, { text: xml });
  }

  private workbookRels: Rel[] = [];

  /** Old sheet → index of the new sheet standing for it (same name, or the same table). */
  private counterparts(): Map<BookSheet, number> {
    const byName = new Map(this.fresh.sheets.map((s, i) => [fold(s.name), i]));
    const tablesOf = (pkg: Package, sheet: BookSheet) =>
      pkg
        .rels(sheet.path)
        .filter((r) => r.kind === "table" && r.path)
        .map((r) => fold(attr(rootTag(pkg.text(r.path as string) ?? ""), "name") ?? ""));
    const byTable = new Map<string, number>();
    this.fresh.sheets.forEach((s, i) => tablesOf(this.fresh, s).forEach((t) => byTable.set(t, i)));
    const out = new Map<BookSheet, number>();
    for (const sheet of this.old.sheets) {
      const same = byName.get(fold(sheet.name));
      if (same !== undefined) out.set(sheet, same);
      else {
        const table = tablesOf(this.old, sheet).find((t) => byTable.has(t));
        if (table) out.set(sheet, byTable.get(table) as number);
      }
    }
    return out;
  }

  /** Theme colours and fonts of carried styles need a theme; the new package may have none. */
  private carryTheme(): void {
    if (this.workbookRels.some((r) => r.kind === "theme")) {
      this.writeWorkbookRels();
      return;
    }
    const theme = this.old.workbookRels.find((r) => r.kind === "theme" && r.path);
    if (theme?.path && this.old.entry(theme.path)) {
      const path = this.carry(theme.path, "theme");
      let n = 1;
      const ids = new Set(this.workbookRels.map((r) => r.id));
      while (ids.has(`rId${n}`)) n++;
      this.workbookRels.push({
        id: `rId${n}`,
        type: theme.type || THEME_TYPE,
        kind: "theme",
        target: relativeTarget(this.fresh.workbookPath, path),
        external: false,
      });
    }
    this.writeWorkbookRels();
  }

  private writeWorkbookRels(): void {
    this.parts.set(relsPathOf(this.fresh.workbookPath), { text: relsXml(this.workbookRels) });
  }

  private writeContentTypes(): void {
    let xml = this.fresh.text("[Content_Types].xml") ?? "";
    const add =
      [...this.defaults]
        .map(
          ([ext, type]) =>
            `<Default Extension="${escapeAttr(ext)}" ContentType="${escapeAttr(type)}"/>`
        )
        .join("") +
      this.overrides
        .filter(([part]) => !this.fresh.types.overrides.has(fold(part.slice(1))))
        .map(
          ([part, type]) =>
            `<Override PartName="${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`
        )
        .join("");
    xml = xml.replace(/<\/(?:[\w.-]+:)?Types\s*>\s*$/, (close) => `${add}${close}`);
    this.parts.set("[Content_Types].xml", { text: xml });
  }

  /** docProps/app.xml lists the sheets when the writer put a list there. */
  private writeAppProperties(): void {
    const appPath = parseRels(this.fresh.text("_rels/.rels"), "").find(
      (r) => r.kind === "extended-properties"
    )?.path;
    const app = appPath ? this.fresh.text(appPath) : undefined;
    if (!appPath || !app || !/TitlesOfParts/.test(app)) return;
    const vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    const p = prefixFor(rootTag(app), vt) ?? "vt";
    const titles = this.order.map((s) => `<${p}:lpstr>${escapeAttr(s.name)}</${p}:lpstr>`).join("");
    let xml = app.replace(
      /<HeadingPairs>[\s\S]*?<\/HeadingPairs>/,
      `<HeadingPairs><${p}:vector size="2" baseType="variant"><${p}:variant><${p}:lpstr>Worksheets</${p}:lpstr></${p}:variant><${p}:variant><${p}:i4>${this.order.length}</${p}:i4></${p}:variant></${p}:vector></HeadingPairs>`
    );
    xml = xml.replace(
      /<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/,
      `<TitlesOfParts><${p}:vector size="${this.order.length}" baseType="lpstr">${titles}</${p}:vector></TitlesOfParts>`
    );
    if (!/xmlns:/.test(rootTag(app)) || prefixFor(rootTag(app), vt) === undefined)
      xml = xml.replace(rootTag(app), rootTag(app).replace(/\s*>$/, ` xmlns:vt="${vt}">`));
    this.parts.set(appPath, { text: xml });
  }

  // ---- the package -----------------------------------------------------------------------------

  private pack(): Uint8Array {
    const chunks: Uint8Array[] = [];
    let length = 0;
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else if (chunk.length) {
        chunks.push(chunk);
        length += chunk.length;
      }
    });
    const level = (this.options.level ?? 6) as 6;
    const written = new Set<string>();
    const put = (name: string, part: Part) => {
      written.add(fold(name));
      if ("text" in part) {
        const entry = new ZipDeflate(name, { level });
        zip.add(entry);
        entry.push(encoder.encode(part.text), true);
      } else copyStored(zip, name, part.from.zip, part.entry);
    };
    const contentTypes = this.parts.get("[Content_Types].xml");
    if (contentTypes) put("[Content_Types].xml", contentTypes);
    for (const entry of this.fresh.zip.entries.values()) {
      if (written.has(fold(entry.name))) continue;
      put(entry.name, this.parts.get(entry.name) ?? { from: this.fresh, entry });
    }
    for (const [name, part] of this.parts) if (!written.has(fold(name))) put(name, part);
    zip.end();
    if (failure) throw failure;
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** Adds a part to the ZIP as it is stored in another one: no inflating, no deflating. */
function copyStored(zip: Zip, name: string, from: ZipArchive, entry: ZipEntry): void {
  const file: ZipInputFile & { ondata?: AsyncFlateStreamHandler } = {
    filename: name,
    size: entry.size,
    crc: entry.crc,
    compression: entry.method,
  };
  zip.add(file);
  file.ondata?.(null, from.stored(entry) as Uint8Array<ArrayBuffer>, true);
}

/** The prefix a start tag declares for a namespace, if any. */
function prefixFor(tag: string, ns: string): string | undefined {
  for (const [name, value] of attributes(tag))
    if (name.startsWith("xmlns:") && value === ns) return name.slice("xmlns:".length);
  return undefined;
}
