import { strToU8, zipSync } from "fflate";
import { readSourceBytes } from "../../../src/workbook/readers";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const rels = (items: [string, string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(
      ([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`
    )
    .join("")}</Relationships>`;

/** A package laid out unlike Excel's: the workbook in a sub-folder, absolute and relative targets, a prefixed namespace. */
function workbook(parts: {
  sheet: string;
  date1904?: boolean;
  strings?: string;
  styles?: string;
}): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    ),
    "_rels/.rels": strToU8(rels([["rId1", "officeDocument", "/book/main.xml"]])),
    "book/main.xml": strToU8(
      `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${R_NS}>` +
        `<x:workbookPr date1904="${parts.date1904 ? 1 : 0}"/><x:sheets>` +
        '<x:sheet name="Chart" sheetId="3" r:id="rId9"/>' +
        '<x:sheet name="数据" sheetId="1" r:id="rId1"/>' +
        '<x:sheet name="Secret" sheetId="2" state="veryHidden" r:id="rId2"/>' +
        '</x:sheets><x:definedNames><x:definedName name="Rates" localSheetId="1">数据!$A$1:$B$2</x:definedName></x:definedNames></x:workbook>'
    ),
    "book/_rels/main.xml.rels": strToU8(
      rels([
        ["rId1", "worksheet", "sheets/one.xml"],
        ["rId2", "worksheet", "/book/sheets/two.xml"],
        ["rId9", "chartsheet", "charts/c.xml"],
        ["rId3", "sharedStrings", "../shared/strings.xml"],
        ["rId4", "styles", "styles.xml"],
      ])
    ),
    "book/sheets/one.xml": strToU8(parts.sheet),
    "book/sheets/two.xml": strToU8(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`
    ),
    "shared/strings.xml": strToU8(parts.strings ?? `<sst ${NS}/>`),
    "book/styles.xml": strToU8(
      parts.styles ??
        `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00E+00"/></numFmts>` +
          `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
          `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/></cellXfs></styleSheet>`
    ),
  });
}

const SHARED = `<sst ${NS} count="3" uniqueCount="3">
  <si><t>客户名称</t></si>
  <si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si>
  <si><t>line_x000D_break</t></si>
</sst>`;

// Reading real files and writing registers takes seconds on a loaded machine.
jest.setTimeout(60_000);

describe("the streaming .xlsx reader", () => {
  it("reads every kind of cell and skips chart sheets", async () => {
    const sheet = `<worksheet ${NS}><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
      <row r="2"><c r="A2" s="1"><v>31182</v></c><c r="B2" s="2"><v>45000.75</v></c><c r="C2" s="3"><v>12000</v></c><c r="D2" s="4"><v>1234.5</v></c></row>
      <row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="D3"><f>SUM(1)</f></c></row>
      <row r="4"><c r="A4" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>x</t></rPh></is></c><c r="B4" t="d"><v>2024-02-29</v></c><c r="C4" t="s"><v>9</v></c></row>
      <row><c><v>1</v></c><c><v>2</v></c><c r="E6"><v>5</v></c><c><v>6</v></c></row>
    </sheetData></worksheet>`;
    const book = await readSourceBytes(workbook({ sheet, strings: SHARED }), {
      fileName: "odd.xlsx",
    });
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ["数据", undefined],
      ["Secret", "veryHidden"],
    ]);
    expect(book.definedNames).toEqual([{ name: "Rates", ref: "数据!$A$1:$B$2", localSheet: 1 }]);
    const rows = book.sheets[0].rows;
    expect(rows[0]).toEqual(["客户名称", "富文本 ", "line\rbreak"]);
    expect(rows[1]).toEqual([
      new Date(Date.UTC(1985, 4, 15)),
      new Date(Date.UTC(2023, 2, 15, 18, 0)),
      12000,
      1234.5,
    ]);
    expect(rows[2]).toEqual([true, { error: "#DIV/0!" }, "ab"]);
    expect(rows[3]).toEqual(["inline", new Date(Date.UTC(2024, 1, 29))]);
    // A row without r follows the previous one; cells without r follow the previous cell.
    expect(rows[4]).toEqual([1, 2, undefined, undefined, 5, 6]);
  });

  it("reads a formula's cached error kept as text (Google Sheets' #NAME?, #ERROR!) as the error", async () => {
    const sheet = `<worksheet ${NS}><sheetData>
      <row r="1"><c r="A1" t="str"><f>XLOOKUP(B1,X:X,Y:Y)</f><v>#NAME?</v></c><c r="B1" t="str"><f>F(1)</f><v>#ERROR!</v></c><c r="C1" t="str"><f>G(1)</f><v>#N/A</v></c><c r="D1" t="str"><f>"#"&amp;"tag"</f><v>#tag</v></c><c r="E1" t="str"><f>H(1)</f><v>#NAME? later</v></c><c r="F1" t="inlineStr"><is><t>#N/A</t></is></c></row>
    </sheetData></worksheet>`;
    const book = await readSourceBytes(workbook({ sheet }), { fileName: "errors.xlsx" });
    expect(book.sheets[0].rows[0]).toEqual([
      { error: "#NAME?" },
      { error: "#ERROR!" },
      { error: "#N/A" },
      "#tag",
      "#NAME? later",
      "#N/A",
    ]);
  });

  it("reads long parts exactly, characters of 1 to 4 bytes falling across every decoding boundary", async () => {
    // ~1 MB of shared strings and a sheet of 6,000 rows: the parts are decoded piece by piece,
    // so many 3- and 4-byte characters are cut between two pieces.
    const words = ["客戶", "a", "😀", "é", "林志明", "x1", "𠮷野家", "Ω"];
    const texts = Array.from({ length: 6_000 }, (_, i) =>
      Array.from({ length: 1 + (i % 37) }, (_, j) => words[(i + j) % words.length]).join("")
    );
    const strings = `<sst ${NS}>${texts.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`;
    const sheet =
      `<worksheet ${NS}><sheetData>` +
      texts
        .map(
          (t, i) =>
            `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c>` +
            `<c r="B${i + 1}" t="inlineStr"><is><t>${t}</t></is></c></row>`
        )
        .join("") +
      `</sheetData></worksheet>`;
    expect(strToU8(strings).length).toBeGreaterThan(500_000);
    const book = await readSourceBytes(workbook({ sheet, strings }), { fileName: "long.xlsx" });
    const rows = book.sheets[0].rows;
    expect(rows).toHaveLength(texts.length);
    rows.forEach((row, i) => expect(row).toEqual([texts[i], texts[i]]));
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" s="1"><v>29720</v></c><c r="B1"><v>29720</v></c></row></sheetData></worksheet>`;
    const book = await readSourceBytes(workbook({ sheet, date1904: true }));
    expect(book.date1904).toBe(true);
    expect(book.sheets[0].date1904).toBe(true);
    expect(book.sheets[0].rows[0]).toEqual([new Date(Date.UTC(1985, 4, 15)), 29720]);
  });

  it("keeps a far cell at XFD1048576 as one slot of a sparse grid", async () => {
    const sheet = `<worksheet ${NS}><dimension ref="A1:XFD1048576"/><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>
      <row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>`;
    const rows = (await readSourceBytes(workbook({ sheet }))).sheets[0].rows;
    expect(rows).toHaveLength(1_048_576);
    expect(rows[1_048_575]).toHaveLength(16_384);
    expect(rows[1_048_575][16_383]).toBe(1);
    let present = 0;
    rows.forEach((row) => row.forEach(() => present++));
    expect(present).toBe(2);
  });

  it("lists merges and empties the cells they cover", async () => {
    const sheet = `<worksheet ${NS}><sheetData>
      <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="C2"><v>4</v></c></row>
    </sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
    const [sheet1] = (await readSourceBytes(workbook({ sheet }))).sheets;
    expect(sheet1.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(sheet1.rows[0]).toEqual([1]);
    expect(sheet1.rows[1]).toEqual([undefined, undefined, 4]);
  });

  it("reads a sheet and shared strings the same when XML the fast scanner leaves to saxes comes after cells", async () => {
    // plain-xml.ts declines comments and CDATA: the part is read again with saxes, from the start.
    const rowsXml = (third: string) =>
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>王 &amp; 李</t></is></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>${third}</t></is></c></row></sheetData></worksheet>`;
    const strings = (middle: string) =>
      `<sst ${NS}><si><t>客户</t></si>${middle}<si><t>张三</t></si></sst>`;
    const plain = await readSourceBytes(
      workbook({ sheet: rowsXml("a&lt;b"), strings: strings("") })
    );
    const declined = await readSourceBytes(
      workbook({ sheet: rowsXml("<![CDATA[a<b]]>"), strings: strings("<!-- a note -->") })
    );
    expect(plain.sheets[0].rows).toEqual([["客户", 1], ["张三", "王 & 李"], ["a<b"]]);
    expect(declined.sheets[0].rows).toEqual(plain.sheets[0].rows);
  });

  it("says which part is broken", async () => {
    await expect(
      readSourceBytes(workbook({ sheet: `<worksheet ${NS}><sheetData><row>` }), {
        fileName: "b.xlsx",
      })
    ).rejects.toThrow(
      /^Cannot read b\.xlsx: the part book\/sheets\/one\.xml is not well-formed XML/
    );
  });

  it("says which columns are hidden, only as far as the sheet has cells", async () => {
    // Dynamics 365 hides its "(Do Not Modify)" columns A–C; a sheet may also hide every unused
    // column to its right (min 6, max 16384).
    const sheet =
      `<worksheet ${NS}><cols><col min="1" max="3" width="0" hidden="1"/>` +
      `<col min="4" max="4" width="20"/><col min="6" max="16384" hidden="true"/></cols><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>(Do Not Modify) Account</t></is></c>` +
      `<c r="D1" t="inlineStr"><is><t>Account Name</t></is></c><c r="E1"><v>1</v></c></row>
      </sheetData></worksheet>`;
    const book = await readSourceBytes(workbook({ sheet }));
    expect(book.sheets[0].hiddenColumns).toEqual([1, 2, 3]);
    expect(book.sheets[1].hiddenColumns).toBeUndefined();
  });
});
