/**
 * Small string-level tools for editing OOXML parts written by any program (Excel, LibreOffice,
 * openpyxl, WPS, our own writer): attributes, elements by local name, sections, relationships
 * and content types. The graft (./carry-over) rewrites a few attributes inside parts it otherwise
 * copies byte for byte, so it works on the text instead of a parse-and-serialise round trip,
 * which would reorder, re-escape or drop what it does not know.
 */

/** "prefix:" or "" before an element's local name. */
const PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, code: string) => {
    if (code[0] !== "#") return ENTITIES[code] ?? whole;
    const n = code[1] === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return String.fromCodePoint(n);
  });
}

/** The attributes of a start tag (or of its attribute text), by their qualified names; values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** An attribute by its local name, whatever its prefix ("r:id", "ns2:id" → "id" when `prefixed`). */
export function attr(tag: string, local: string, prefixed = false): string | undefined {
  for (const [name, value] of attributes(tag)) {
    const colon = name.indexOf(":");
    if (prefixed && colon < 0) continue;
    if (!prefixed && colon >= 0) continue;
    if (name.slice(colon + 1) === local) return value;
  }
  return undefined;
}

/** The start tag with attribute `name` set to `value` (added when missing), or removed when `value` is undefined. */
export function withAttr(tag: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${escapeRe(name)}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === undefined) return tag.replace(re, "");
  const text = ` ${name}="${escapeAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, text);
  return tag.replace(/\s*(\/?>)$/, `${text}$1`);
}

/** Rewrites numeric attributes (`s="3"` → `s="12"`) of a start tag through `map`. */
export function mapNumericAttr(tag: string, name: string, map: (n: number) => number): string {
  const re = new RegExp(`(\\s${escapeRe(name)}\\s*=\\s*)(["'])(\\d+)\\2`);
  return tag.replace(re, (_, head: string, quote: string, n: string) => {
    return `${head}${quote}${map(Number(n))}${quote}`;
  });
}

export const escapeAttr = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Elements with the local name `name` (no nesting of the same name expected): whole text, start tag, inner text. */
export function elements(
  xml: string,
  name: string
): { whole: string; start: string; inner: string; index: number }[] {
  const re = new RegExp(
    `<(${PREFIX})${escapeRe(name)}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</\\1${escapeRe(name)}\\s*>)`,
    "g"
  );
  const out: { whole: string; start: string; inner: string; index: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const whole = m[0];
    const end = whole.indexOf(">");
    out.push({ whole, start: whole.slice(0, end + 1), inner: m[2] ?? "", index: m.index });
  }
  return out;
}

/** The first element called `name`, or undefined. */
export function element(xml: string, name: string) {
  return elements(xml, name)[0];
}

/** The start tag of the document's root element. */
export function rootTag(xml: string): string {
  const m = /<(?![?!])[^>]+>/.exec(xml);
  return m ? m[0] : "";
}

// ---- package paths and relationships -----------------------------------------------------------

export interface Rel {
  id: string;
  /** The relationship type's last segment ("worksheet", "table", "comments"…), alike in strict and transitional files. */
  kind: string;
  type: string;
  target: string;
  external: boolean;
  /** The part it points at (no leading slash), for internal targets. */
  path?: string;
}

export const dirOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);

/** A target resolved against the folder of the part that names it. */
export function resolvePart(fromPart: string, target: string): string {
  const clean = target.replace(/\\/g, "/").split("#")[0];
  const joined = clean.startsWith("/") ? clean.slice(1) : dirOf(fromPart) + clean;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(decodeURIComponentSafe(seg));
  }
  return out.join("/");
}

function decodeURIComponentSafe(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}

/** A relative target from `fromPart`'s folder to `toPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = dirOf(fromPart).split("/").filter(Boolean);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const dir = dirOf(part);
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

export function parseRels(xml: string | undefined, fromPart: string): Rel[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map(({ start }) => {
    const a = attributes(start);
    const type = a.get("Type") ?? "";
    const target = a.get("Target") ?? "";
    const external = (a.get("TargetMode") ?? "").toLowerCase() === "external";
    return {
      id: a.get("Id") ?? "",
      type,
      kind: type.slice(type.lastIndexOf("/") + 1),
      target,
      external,
      ...(external ? {} : { path: resolvePart(fromPart, target) }),
    };
  });
}

export function relsXml(rels: { id: string; type: string; target: string; external?: boolean }[]) {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels
      .map(
        (r) =>
          `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`
      )
      .join("") +
    "</Relationships>"
  );
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string | undefined): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  if (xml) {
    for (const { start } of elements(xml, "Default")) {
      const a = attributes(start);
      defaults.set((a.get("Extension") ?? "").toLowerCase(), a.get("ContentType") ?? "");
    }
    for (const { start } of elements(xml, "Override")) {
      const a = attributes(start);
      overrides.set(
        (a.get("PartName") ?? "").replace(/^\//, "").toLowerCase(),
        a.get("ContentType") ?? ""
      );
    }
  }
  return { defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, part: string): string | undefined {
  const override = types.overrides.get(part.toLowerCase());
  if (override) return override;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return types.defaults.get(ext);
}
