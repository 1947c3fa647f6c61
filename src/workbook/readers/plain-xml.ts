/**
 * A scanner for the plain XML that spreadsheet writers put in sheet and shared-string parts, several
 * times faster than a full XML parser on a big sheet (saxes was more than half of reading a
 * 100,000-row workbook). It gives the same events as `xmlParser` (xml.ts) for what it accepts: tags
 * with quoted attributes, text with the predefined entities and character references, the XML
 * declaration. Anything else — comments, CDATA, DOCTYPE, processing instructions, carriage
 * returns, entities in attributes, non-ASCII names, malformed markup — makes it throw
 * `PlainXmlUnsupported`, and the caller reads the part again with saxes, which handles all of XML
 * and reports what is wrong. So it only has to be right about what it accepts; when unsure it
 * declines.
 */
import type { XmlHandlers } from "./xml";

export class PlainXmlUnsupported extends Error {}

export interface PlainXmlParser {
  write(text: string): void;
  close(): void;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(?::[A-Za-z_][A-Za-z0-9_.-]*)?$/;
const DECLARATION =
  /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>$/;
// Every ampersand with what follows it up to a semicolon (or alone, when there is none).
const REFERENCE = /&([^&;<]*);|&/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decline(): never {
  throw new PlainXmlUnsupported();
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;

/**
 * The index of the low half of the surrogate pair that starts at `i`; a half without its other
 * half is not a character XML allows (saxes rejects it), so it is declined.
 */
function pairEnd(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const next = s.charCodeAt(i + 1);
  if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) decline();
  return i + 1;
}

function resolve(reference: string, name: string | undefined): string {
  if (name === undefined) decline(); // an ampersand without a reference
  const named = NAMED[name];
  if (named !== undefined) return named;
  let code = NaN;
  if (/^#[0-9]{1,7}$/.test(name)) code = parseInt(name.slice(1), 10);
  else if (/^#x[0-9a-fA-F]{1,6}$/.test(name)) code = parseInt(name.slice(2), 16);
  // Only characters that need no further thought: no controls or line breaks by reference.
  if (!(code >= 0x20 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) decline();
  if (code === 0xfffe || code === 0xffff) decline();
  return String.fromCodePoint(code);
}

/**
 * Text as XML means it. Declined: characters XML does not allow (saxes reports them), a carriage
 * return (XML turns it into a line feed) and "]]>" (not allowed in text).
 */
function unescapeText(text: string): string {
  let references = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a) decline();
    } else if (c === 0x26) references = true;
    else if (c === 0x3e) {
      if (i >= 2 && text.charCodeAt(i - 1) === 0x5d && text.charCodeAt(i - 2) === 0x5d) decline();
    } else if (c >= 0xd800 && c <= 0xdfff) i = pairEnd(text, i);
    else if (c >= 0xfffe) decline();
  }
  return references ? text.replace(REFERENCE, resolve) : text;
}

export function plainXmlParser(handlers: XmlHandlers): PlainXmlParser {
  const { open, close, text: onText } = handlers;
  let pending = "";
  const stack: string[] = [];
  let started = false; // anything seen yet (the declaration must come first)
  let rootSeen = false;
  let rootClosed = false;
  /** Names checked already (a sheet uses a handful), each with its local part. */
  const locals = new Map<string, string>();
  const localOf = (name: string): string => {
    let local = locals.get(name);
    if (local === undefined) {
      if (!NAME.test(name)) decline();
      const colon = name.indexOf(":");
      local = colon < 0 ? name : name.slice(colon + 1);
      locals.set(name, local);
    }
    return local;
  };

  const emitText = (raw: string) => {
    if (stack.length === 0) {
      // Outside the root only spacing may stand; saxes reports it as text too.
      for (let i = 0; i < raw.length; i++) if (!isSpace(raw.charCodeAt(i))) decline();
      started = true;
      if (onText) onText(raw);
      return;
    }
    const value = unescapeText(raw);
    if (onText) onText(value);
  };

  /** The closing tag `</…>` between `from` (after "</") and `to` (at ">"). */
  const closeTag = (s: string, from: number, to: number) => {
    const name = stack.pop();
    if (name === undefined || !s.startsWith(name, from)) decline();
    for (let i = from + name.length; i < to; i++) if (!isSpace(s.charCodeAt(i))) decline();
    if (stack.length === 0) rootClosed = true;
    if (close) close(localOf(name));
  };

  /** The opening tag between `from` (after "<") and `end` (at ">"). */
  const openTag = (s: string, from: number, end: number) => {
    started = true;
    if (rootClosed) decline();
    const selfClosing = s.charCodeAt(end - 1) === 0x2f;
    const to = selfClosing ? end - 1 : end;
    let at = from;
    while (at < to && !isSpace(s.charCodeAt(at))) at++;
    const name = s.slice(from, at);
    const local = localOf(name);
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      while (at < to && isSpace(s.charCodeAt(at))) at++;
      if (at === to) break;
      if (at === before) decline(); // attributes are separated by spacing
      const keyStart = at;
      while (at < to) {
        const c = s.charCodeAt(at);
        if (c === 0x3d || isSpace(c)) break;
        at++;
      }
      const key = s.slice(keyStart, at);
      localOf(key);
      while (at < to && isSpace(s.charCodeAt(at))) at++;
      if (s.charCodeAt(at) !== 0x3d || at >= to) decline();
      at++;
      while (at < to && isSpace(s.charCodeAt(at))) at++;
      const quote = s.charCodeAt(at);
      if (at >= to || (quote !== 0x22 && quote !== 0x27)) decline();
      const valueEnd = s.indexOf(quote === 0x22 ? '"' : "'", at + 1);
      if (valueEnd < 0 || valueEnd >= to) decline();
      for (let i = at + 1; i < valueEnd; i++) {
        // Spacing in a value is normalised by XML, references resolved: left to saxes.
        const c = s.charCodeAt(i);
        if (c < 0x20 || c === 0x3c || c === 0x26 || c >= 0xfffe) decline();
        if (c >= 0xd800 && c <= 0xdfff) i = pairEnd(s, i);
      }
      if (key in attributes) decline();
      attributes[key] = s.slice(at + 1, valueEnd);
      at = valueEnd + 1;
    }
    rootSeen = true;
    stack.push(name);
    if (open) open(local, { name, attributes, isSelfClosing: selfClosing });
    if (selfClosing) {
      stack.pop();
      if (stack.length === 0) rootClosed = true;
      if (close) close(local);
    }
  };

  return {
    write(chunk: string) {
      const s = pending === "" ? chunk : pending + chunk;
      let i = 0;
      for (;;) {
        const lt = s.indexOf("<", i);
        if (lt < 0) break;
        if (lt > i) emitText(s.slice(i, lt));
        const gt = s.indexOf(">", lt + 1);
        if (gt < 0) {
          i = lt;
          break;
        }
        const first = s.charCodeAt(lt + 1);
        if (first === 0x2f /* / */) closeTag(s, lt + 2, gt);
        else if (first === 0x3f /* ? */) {
          if (started || !DECLARATION.test(s.slice(lt, gt + 1))) decline();
          started = true;
        } else if (first === 0x21 /* ! */) decline();
        else openTag(s, lt + 1, gt);
        i = gt + 1;
      }
      // What follows the last tag waits for the next chunk: a tag cut short, or text that may end
      // in half a reference.
      pending = s.slice(i);
    },
    close() {
      if (pending !== "") {
        if (pending.indexOf("<") >= 0) decline();
        emitText(pending);
        pending = "";
      }
      if (!rootSeen || stack.length > 0) decline();
    },
  };
}
