/** Small helpers over saxes for OOXML parts: local names, attributes by local name, one-shot parsing. */
import { SaxesParser, type SaxesTagPlain } from "saxes";

export type Tag = SaxesTagPlain;

/** "x:row" → "row": some writers prefix the SpreadsheetML namespace. */
export const localName = (name: string): string => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by its local name ("r:id", "ns2:id" and "id" all answer to "id" when `prefixed`). */
export function attr(tag: Tag, name: string, prefixed = false): string | undefined {
  const direct = tag.attributes[name];
  if (direct !== undefined && !prefixed) return direct;
  for (const [key, value] of Object.entries(tag.attributes)) {
    const colon = key.indexOf(":");
    if ((prefixed ? colon >= 0 : true) && key.slice(colon + 1) === name) return value;
  }
  return undefined;
}

export interface XmlHandlers {
  open?: (name: string, tag: Tag) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

export function xmlParser(handlers: XmlHandlers, part: string): SaxesParser {
  const parser = new SaxesParser({ position: false });
  const { open, close, text } = handlers;
  if (open) parser.on("opentag", (tag) => open(localName(tag.name), tag as Tag));
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  parser.on("error", (error) => {
    throw new Error(`the part ${part} is not well-formed XML (${error.message})`);
  });
  return parser;
}

export function parseXml(xml: string, handlers: XmlHandlers, part: string): void {
  xmlParser(handlers, part).write(xml).close();
}

/** OOXML escapes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
