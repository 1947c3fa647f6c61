/** Text escaping for SpreadsheetML parts written by hand. */

const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
/** Anything xmlText changes: most cell text has none, and is returned as it is. */
const NEEDS_ESCAPE = /[&<>\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|_x/;

/**
 * Element text: XML escapes, and the characters XML cannot hold as OOXML's _xHHHH_. Double
 * quotes stay as they are (element text may hold them, and the import state's JSON is full of
 * them: escaped, they made its part a fifth larger).
 */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = text;
  if (out.indexOf("_x") >= 0) out = out.replace(LITERAL_ESCAPE, "_x005F_$1");
  out = out.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return out.replace(
    CONTROL,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

/** Attribute values (double-quoted). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
}

/** A sheet name as it appears in a formula or defined name: always quoted, quotes doubled. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;
