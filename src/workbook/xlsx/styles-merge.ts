/**
 * Brings cell styles of another workbook into a styles.xml: each old cellXfs / dxfs index asked
 * for is appended (with the fonts, fills, borders, number formats and cell style it uses),
 * and reused when an identical entry is already there, so carrying the same sheets over import
 * after import does not make the style table grow.
 */
import { attributes, element, elements, mapNumericAttr, rootTag } from "./ooxml-text";

/** The first id Excel leaves to custom number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** The sections of a styleSheet, in the order the schema wants them. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof ORDER)[number];
/** The child element of each list section. */
const CHILD: Partial<Record<Section, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
  dxfs: "dxf",
};

interface Sheet {
  root: string;
  lists: Partial<Record<Section, string[]>>;
  raw: Partial<Record<Section, string>>;
}

function parseStyles(xml: string | undefined): Sheet {
  const sheet: Sheet = { root: "", lists: {}, raw: {} };
  if (!xml) return sheet;
  sheet.root = rootTag(xml);
  for (const section of ORDER) {
    const found = element(xml, section);
    if (!found) continue;
    const child = CHILD[section];
    if (child) sheet.lists[section] = elements(found.inner, child).map((e) => e.whole);
    else sheet.raw[section] = found.whole;
  }
  return sheet;
}

export class StylesMerge {
  private readonly into: Sheet;
  private readonly from: Sheet;
  private readonly formatCodes = new Map<number, string>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly cache = new Map<string, number>();
  private changed = false;

  constructor(newXml: string, oldXml: string | undefined) {
    this.into = parseStyles(newXml);
    this.from = parseStyles(oldXml);
    for (const numFmt of this.from.lists.numFmts ?? []) {
      const a = attributes(numFmt);
      this.formatCodes.set(Number(a.get("numFmtId")), a.get("formatCode") ?? "General");
    }
    for (const numFmt of this.into.lists.numFmts ?? []) {
      const a = attributes(numFmt);
      const id = Number(a.get("numFmtId"));
      this.formatIds.set(a.get("formatCode") ?? "", id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  /** The new cellXfs index for an old one. */
  xf(old: number): number {
    return this.once(`xf${old}`, () => {
      const xf = this.from.lists.cellXfs?.[old];
      if (xf === undefined) return 0;
      let tag = this.remapXf(xf);
      tag = mapNumericAttr(tag, "xfId", (i) => this.styleXf(i));
      return this.append("cellXfs", tag);
    });
  }

  /** The new dxfs index for an old one (conditional formats, table styles of one's own). */
  dxf(old: number): number {
    return this.once(`dxf${old}`, () => {
      const dxf = this.from.lists.dxfs?.[old];
      return dxf === undefined ? 0 : this.append("dxfs", dxf);
    });
  }

  /** The merged styles.xml (the new one unchanged when nothing was brought in). */
  xml(original: string): string {
    if (!this.changed) return original;
    let body = "";
    for (const section of ORDER) {
      const list = this.into.lists[section];
      if (list) body += `<${section} count="${list.length}">${list.join("")}</${section}>`;
      else if (this.into.raw[section]) body += this.into.raw[section];
      else if (section === "colors" && this.from.raw.colors) body += this.from.raw.colors;
    }
    const root = this.rootWithPrefixes();
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}${body}</styleSheet>`;
  }

  /** The new root tag, plus the namespace declarations of the old one it lacks (prefixed attributes on old entries). */
  private rootWithPrefixes(): string {
    let root =
      this.into.root ||
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    const have = attributes(root);
    for (const [name, value] of attributes(this.from.root)) {
      if (name.startsWith("xmlns:") && !have.has(name))
        root = root.replace(/\s*>$/, ` ${name}="${value}">`);
    }
    return root;
  }

  private once(key: string, make: () => number): number {
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const made = make();
    this.cache.set(key, made);
    return made;
  }

  private remapXf(xf: string): string {
    let tag = mapNumericAttr(xf, "numFmtId", (id) => this.numFmt(id));
    tag = mapNumericAttr(tag, "fontId", (i) => this.part("fonts", i));
    tag = mapNumericAttr(tag, "fillId", (i) => this.part("fills", i));
    return mapNumericAttr(tag, "borderId", (i) => this.part("borders", i));
  }

  private numFmt(id: number): number {
    if (id < FIRST_CUSTOM_FORMAT) return id;
    const code = this.formatCodes.get(id);
    if (code === undefined) return 0;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const fresh = this.nextFormatId++;
    this.formatIds.set(code, fresh);
    const escaped = code.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    (this.into.lists.numFmts ??= []).push(`<numFmt numFmtId="${fresh}" formatCode="${escaped}"/>`);
    this.changed = true;
    return fresh;
  }

  private part(section: "fonts" | "fills" | "borders", old: number): number {
    return this.once(`${section}${old}`, () => {
      const item = this.from.lists[section]?.[old];
      return item === undefined ? 0 : this.append(section, item);
    });
  }

  /** An old cell style (cellStyleXfs entry): the new one of the same name, else appended with its name. */
  private styleXf(old: number): number {
    return this.once(`styleXf${old}`, () => {
      const xf = this.from.lists.cellStyleXfs?.[old];
      if (xf === undefined) return 0;
      const named = (this.from.lists.cellStyles ?? []).find(
        (s) => Number(attributes(s).get("xfId")) === old
      );
      const name = named ? attributes(named).get("name") : undefined;
      const same = (this.into.lists.cellStyles ?? []).find(
        (s) => name !== undefined && attributes(s).get("name")?.toLowerCase() === name.toLowerCase()
      );
      if (same) return Number(attributes(same).get("xfId") ?? 0);
      const index = this.append("cellStyleXfs", this.remapXf(xf));
      if (named) {
        this.into.lists.cellStyles ??= [];
        this.into.lists.cellStyles.push(mapNumericAttr(named, "xfId", () => index));
      }
      return index;
    });
  }

  private append(section: Section, item: string): number {
    const list = (this.into.lists[section] ??= []);
    const at = list.indexOf(item);
    if (at >= 0) return at;
    list.push(item);
    this.changed = true;
    return list.length - 1;
  }
}
