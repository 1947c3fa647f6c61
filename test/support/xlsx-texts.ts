/**
 * Every text a person can meet in an .xlsx file, read from its XML parts: sheet tabs, cell values
 * (shared, inline and cached formula strings, booleans as TRUE/FALSE, numbers as written), the string literals of
 * formulas and conditional formats, dropdown (data validation) items, cell notes, defined-name
 * comments and document properties. For tests that scan a whole file for what must not be there.
 */
import { unzip } from "../workbook/support/unzip";

export interface FoundText {
  /** Where the text is, e.g. "客戶!B3", "客戶!validation C2:C1001", "docProps/core.xml". */
  where: string;
  text: string;
}

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");

/** The text runs (<t>) of a rich or plain string item. */
const runs = (xml: string): string =>
  [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1])).join("");

/** "…" literals of a formula, unescaped. */
export const formulaLiterals = (formula: string): string[] =>
  [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));

export function xlsxTexts(file: Buffer): FoundText[] {
  const parts = unzip(file);
  const found: FoundText[] = [];
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const shared = [
    ...(parts.get("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => runs(m[1]));

  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const comment = /comment="([^"]*)"/.exec(m[1])?.[1];
    if (comment) found.push({ where: "defined name comment", text: decode(comment) });
  }
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = decode(/name="([^"]*)"/.exec(m[1])![1]);
    const state = /state="([^"]*)"/.exec(m[1])?.[1];
    if (state === "veryHidden") continue; // not listed anywhere a person looks
    found.push({ where: "sheet tab", text: name });
    const id = /r:id="([^"]*)"/.exec(m[1])![1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? "";
    const path = `xl/${target.replace(/^\/?xl\//, "")}`;
    const xml = parts.get(path) ?? "";
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /r="([A-Z]+\d+)"/.exec(c[1])?.[1] ?? "?";
      const type = /t="([^"]*)"/.exec(c[1])?.[1];
      const body = c[2] ?? "";
      const where = `${name}!${ref}`;
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
      if (formula)
        for (const text of formulaLiterals(decode(formula)))
          found.push({ where: `${where} formula`, text });
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (type === "s" && value !== undefined) found.push({ where, text: shared[Number(value)] });
      else if (type === "inlineStr") found.push({ where, text: runs(body) });
      else if (type === "str" && value !== undefined) found.push({ where, text: decode(value) });
      else if (type === "b" && value !== undefined)
        found.push({ where, text: value === "1" ? "TRUE" : "FALSE" });
      else if ((type === undefined || type === "n") && value !== undefined)
        found.push({ where, text: value });
    }
    for (const v of xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
      if (!/type="list"/.test(v[1])) continue;
      const where = `${name}!validation ${/sqref="([^"]*)"/.exec(v[1])?.[1]}`;
      const formula = decode(/<formula1>([\s\S]*?)<\/formula1>/.exec(v[2])?.[1] ?? "");
      const items = formula.startsWith('"')
        ? formula.slice(1, -1).split(",")
        : formulaLiterals(formula);
      for (const text of items) found.push({ where, text });
    }
    for (const cf of xml.matchAll(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g))
      for (const f of cf[0].matchAll(/<formula>([\s\S]*?)<\/formula>/g))
        for (const text of formulaLiterals(decode(f[1])))
          found.push({ where: `${name}!conditional format`, text });
  }
  for (const [path, xml] of parts) {
    if (/^xl\/comments\d*\.xml$/.test(path)) {
      for (const a of xml.matchAll(/<author>([\s\S]*?)<\/author>/g))
        found.push({ where: `${path} author`, text: decode(a[1]) });
      for (const c of xml.matchAll(/<comment\b[^>]*ref="([^"]*)"[^>]*>([\s\S]*?)<\/comment>/g))
        for (const line of runs(c[2]).split(/\r?\n/))
          found.push({ where: `${path} ${c[1]}`, text: line });
    }
    if (path.startsWith("docProps/"))
      for (const m of xml.matchAll(
        /<(?:dc:|cp:)?(creator|title|subject|description|keywords|lastModifiedBy|Application|Company|Manager)>([\s\S]*?)</g
      ))
        found.push({ where: `${path} ${m[1]}`, text: decode(m[2]) });
  }
  return found;
}
