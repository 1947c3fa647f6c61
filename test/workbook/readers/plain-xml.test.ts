import fc from "fast-check";
import { PlainXmlUnsupported, plainXmlParser } from "../../../src/workbook/readers/plain-xml";
import { xmlParser, type XmlHandlers } from "../../../src/workbook/readers/xml";

type Event = [kind: "open", name: string, attributes: string] | [kind: "text" | "close", string];

function recorder(): { events: Event[]; handlers: XmlHandlers } {
  const events: Event[] = [];
  return {
    events,
    handlers: {
      open: (name, tag) => events.push(["open", name, JSON.stringify(tag.attributes)]),
      close: (name) => events.push(["close", name]),
      text: (text) => {
        const last = events[events.length - 1];
        if (last?.[0] === "text") last[1] += text;
        else events.push(["text", text]);
      },
    },
  };
}

/** saxes's events for the chunks, or "error". */
function withSaxes(chunks: string[]): Event[] | "error" {
  const { events, handlers } = recorder();
  try {
    const parser = xmlParser(handlers, "part.xml");
    for (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch {
    return "error";
  }
  return events;
}

/** The plain scanner's events, or "declined". Any other error fails the test. */
function withPlain(chunks: string[]): Event[] | "declined" {
  const { events, handlers } = recorder();
  try {
    const parser = plainXmlParser(handlers);
    for (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch (error) {
    if (error instanceof PlainXmlUnsupported) return "declined";
    throw error;
  }
  return events;
}

function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of points) {
    out.push(text.slice(from, p));
    from = p;
  }
  out.push(text.slice(from));
  return out;
}

/** Mostly what the scanner takes, sometimes what it must leave to saxes. */
const mostly = <T>(plain: fc.Arbitrary<T>, wild: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: plain }, { weight: 1, arbitrary: wild });

const textPiece = mostly(
  fc.constantFrom(
    "王小明",
    "a",
    " ",
    "\n",
    "\t",
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&#20320;",
    "&#x4F60;",
    "&#x1F600;",
    ">",
    "]]",
    "_x000D_",
    "12.5",
    "'",
    '"',
    "\u00a0",
    "😀"
  ),
  fc.constantFrom(
    "\r\n",
    "\r",
    "&#13;",
    "&#10;",
    "&#0;",
    "&#xD800;",
    "&foo;",
    "&",
    "&amp",
    "]]>",
    "<![CDATA[x<y]]>",
    "<!-- note -->",
    "<?pi x?>",
    "\u0001",
    "\u000b",
    "\uffff",
    "\ud83d",
    "\ude00"
  )
);
const text = fc.array(textPiece, { maxLength: 6 }).map((p) => p.join(""));
const nameArb = mostly(
  fc.constantFrom("c", "v", "t", "x:row", "row", "is", "rPh", "si", "a-b", "x.y", "_u"),
  fc.constantFrom("名", "1a", "a:b:c", "-a")
);
const attrValue = fc
  .array(
    mostly(
      fc.constantFrom("A1", "1", " ", "王", "x", ">", "'", '"'),
      fc.constantFrom("\t", "\n", "&amp;", "&", "<", "\u0001")
    ),
    { maxLength: 4 }
  )
  .map((p) => p.join(""));
const attribute = fc.tuple(
  mostly(
    fc.constantFrom("r", "s", "t", "x14ac:dyDescent", "ref", "spans"),
    fc.constantFrom("1x", "r")
  ),
  attrValue,
  fc.constantFrom('"', "'"),
  fc.constantFrom("", " ", "\n", "\t ")
);

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      nameArb,
      fc.array(attribute, { maxLength: 3 }),
      fc.boolean(),
      depth > 1
        ? fc.array(fc.oneof(text, element(depth - 1)), { maxLength: 4 })
        : fc.array(text, { maxLength: 2 }),
      fc.constantFrom("", " ", "\n")
    )
    .map(([name, attrs, selfClosing, children, space]) => {
      const a = attrs.map(([k, v, q, sp]) => ` ${k}${sp}=${sp}${q}${v}${q}`).join("");
      return selfClosing
        ? `<${name}${a}${space}/>`
        : `<${name}${a}${space}>${children.join("")}</${name}${space}>`;
    })
);

const document = fc
  .tuple(
    fc.constantFrom(
      "",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      "<?xml version='1.0'?>",
      ' <?xml version="1.0"?>',
      "<!DOCTYPE x>"
    ),
    element(4),
    fc.constantFrom("", "\n", " x", "<a/>", "<!-- end -->")
  )
  .map(([head, body, tail]) => head + body + tail);

/** A document, sometimes damaged: cut short, a character dropped, or a stray character added. */
const damaged = fc
  .tuple(
    document,
    fc.nat(),
    mostly(fc.constant("none"), fc.constantFrom("cut", "drop", "add")),
    fc.constantFrom("<", ">", "/", '"', "&", "x")
  )
  .map(([doc, at, how, ch]) => {
    const p = at % (doc.length + 1);
    if (how === "cut") return doc.slice(0, p);
    if (how === "drop") return doc.slice(0, p) + doc.slice(p + 1);
    if (how === "add") return doc.slice(0, p) + ch + doc.slice(p);
    return doc;
  });

describe("the plain XML scanner", () => {
  it("gives saxes's events for whatever it accepts, and declines whatever saxes rejects, in any chunking", () => {
    let accepted = 0;
    fc.assert(
      fc.property(damaged, fc.array(fc.nat(), { maxLength: 5 }), (doc, cuts) => {
        const chunks = split(doc, cuts);
        const plain = withPlain(chunks);
        const saxes = withSaxes(chunks);
        if (plain === "declined") return;
        accepted++;
        expect(saxes).toEqual(plain);
      }),
      { numRuns: 20_000 }
    );
    // The generator mixes in enough plain documents that accepting is tested, not only declining.
    expect(accepted).toBeGreaterThan(1_000);
  });

  it("accepts a sheet as Excel and exceljs write it, with the same events as saxes", () => {
    const sheet =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:C3"/>' +
      '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>' +
      '<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45123.5</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> A &amp; B </t></is></c></row>' +
      '<row r="3"><c r="A3" t="str"><f>A1&amp;"x"</f><v>王&lt;小&gt;明</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    for (const cuts of [[], [1], [100, 200, 300], [sheet.length - 1], [17, 18, 19, 250, 251]]) {
      const chunks = split(sheet, cuts);
      const plain = withPlain(chunks);
      expect(plain).not.toBe("declined");
      expect(plain).toEqual(withSaxes(chunks));
    }
  });

  it("declines what it leaves to saxes", () => {
    for (const doc of [
      "<a><![CDATA[x]]></a>",
      "<a><!-- c --></a>",
      "<a>\r\n</a>",
      '<a b="x &amp; y"/>',
      "<a>&nbsp;</a>",
      "<a><b></a></b>",
      "<a>",
      "<a/><b/>",
      ' <?xml version="1.0"?><a/>',
      "<a>\ude00</a>",
      "<a>\ud83dx</a>",
      '<a b="\ud83d"/>',
    ])
      expect(withPlain([doc])).toBe("declined");
  });
});
