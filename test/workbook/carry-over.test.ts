import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { SaxesParser } from "saxes";
import { withImportState } from "../../src/importer/import-state";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { readSourceBytes } from "../../src/workbook/readers";
import { carryOverSheets, sheetsNamed } from "../../src/workbook/xlsx/carry-over";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { writeWorkbookBytes } from "../../src/workbook/xlsx/stream-writer";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
/** A 1×1 PNG: the bytes must arrive unchanged. */
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64"
  )
);

function registerPlan(names: string[]): WorkbookPlan {
  const plan = buildRegisterPlan({
    lang: "en",
    formulaStyle: "portable",
    records: { Clients: names.map((name, i) => ({ clientId: `C-000${i + 1}`, name })) } as never,
  });
  return withImportState(plan, { records: [], mappings: [] });
}

type Files = Record<string, Uint8Array>;
const text = (files: Files, name: string) => strFromU8(files[name]);
const put = (files: Files, name: string, xml: string) => (files[name] = strToU8(xml));
/** The part of a sheet, by its name, through workbook.xml and its relationships. */
function sheetPart(files: Files, name: string): string {
  const rid = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(
    text(files, "xl/workbook.xml")
  )![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(
    text(files, "xl/_rels/workbook.xml.rels")
  )![1];
  return `xl/${target}`;
}

/**
 * The register as a person left it after working in Excel: a sheet of their own ("Notes", after
 * Clients) with shared strings, rich text, styles, a conditional format, a table, a picture, a
 * pivot table, its own names; and a generated review sheet that must not be carried.
 */
async function editedRegister(): Promise<Uint8Array> {
  const plan = registerPlan(["Ada", "Bo"]);
  plan.sheets.push({
    name: "Book Review",
    grid: [["old review"]],
    freezeRows: 0,
    conditionalFormats: [],
    generated: true,
  });
  plan.names.push({ name: "CR_Generated_1", ref: "'Book Review'!$A$1" });
  const files: Files = unzipSync(await writeWorkbookBytes(plan));

  // Shared strings: a plain one and a rich one (bold run + plain run).
  const sst = text(files, "xl/sharedStrings.xml");
  const base = Number(/uniqueCount="(\d+)"/.exec(sst)![1]);
  put(
    files,
    "xl/sharedStrings.xml",
    sst
      .replace(/uniqueCount="\d+"/, `uniqueCount="${base + 2}"`)
      .replace(
        "</sst>",
        "<si><t>我的笔记</t></si><si><r><rPr><b/></rPr><t>粗</t></r><r><t>体</t></r></si></sst>"
      )
  );
  // Styles: a red bold font on yellow, a custom number format, a dxf of one's own.
  let styles = text(files, "xl/styles.xml");
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  const dxfCount = Number(/<dxfs count="(\d+)"/.exec(styles)![1]);
  styles = styles
    .replace(/<numFmts count="(\d+)">/, (_, n) => `<numFmts count="${Number(n) + 1}">`)
    .replace("</numFmts>", '<numFmt numFmtId="300" formatCode="0.000&quot; kg&quot;"/></numFmts>')
    .replace('<fonts count="1">', '<fonts count="2">')
    .replace(
      "</fonts>",
      '<font><b/><color rgb="FFC00000"/><sz val="14"/><name val="Arial"/></font></fonts>'
    )
    .replace('<fills count="2">', '<fills count="3">')
    .replace(
      "</fills>",
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills>'
    )
    .replace(/<cellXfs count="\d+">/, `<cellXfs count="${xfCount + 2}">`)
    .replace(
      "</cellXfs>",
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/><xf numFmtId="300" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
    )
    .replace(/<dxfs count="\d+">/, `<dxfs count="${dxfCount + 1}">`)
    .replace(
      "</dxfs>",
      '<dxf><fill><patternFill><bgColor rgb="FF00B050"/></patternFill></fill></dxf></dxfs>'
    );
  put(files, "xl/styles.xml", styles);

  put(
    files,
    "xl/worksheets/sheet99.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="1" max="1" width="24" customWidth="1" style="' +
      `${xfCount}"/></cols><sheetData>` +
      `<row r="1"><c r="A1" s="${xfCount}" t="s"><v>${base}</v></c><c r="B1" t="s"><v>${base + 1}</v></c><c r="C1" s="${xfCount + 1}"><v>1234.5</v></c></row>` +
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>2</v></c><c r="C2"><f>SUM(Currency[v])+C1</f><v>1237.5</v></c></row>' +
      `<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>1</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="B2:B3"><cfRule type="cellIs" dxfId="${dxfCount}" priority="1" operator="greaterThan"><formula>1</formula></cfRule></conditionalFormatting>` +
      '<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
  );
  put(
    files,
    "xl/worksheets/_rels/sheet99.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`
  );
  // The user's table is named like one of the register's names and has the id of a register table.
  const tableXml = (id: number) =>
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="Currency" displayName="Currency" ref="A2:B3" dataDxfId="${dxfCount}"><autoFilter ref="A2:B3"/><tableColumns count="2"><tableColumn id="1" name="k"/><tableColumn id="2" name="v"/></tableColumns><tableStyleInfo name="TableStyleLight1" showRowStripes="1"/></table>`;
  // Its part name is taken in the new package by tblClients' table part.
  const registerTable = text(files, "xl/tables/table1.xml");
  files["xl/tables/table1.xml"] = strToU8(tableXml(1));
  files["xl/tables/table77.xml"] = strToU8(registerTable);
  put(
    files,
    "xl/worksheets/_rels/sheet1.xml.rels",
    text(files, "xl/worksheets/_rels/sheet1.xml.rels").replace("table1.xml", "table77.xml")
  );
  put(
    files,
    "xl/drawings/drawing1.xml",
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="' +
      REL +
      '"><xdr:oneCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="95250" cy="95250"/>' +
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>'
  );
  put(
    files,
    "xl/drawings/_rels/drawing1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`
  );
  files["xl/media/image1.png"] = PNG;
  put(files, "xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");

  // workbook.xml: Notes after Clients; names of its own, local and global.
  let workbook = text(files, "xl/workbook.xml");
  workbook = workbook.replace(
    /(<sheet name="Clients"[^>]*\/>)/,
    `$1<sheet name="Notes" sheetId="99" r:id="rId99"/>`
  );
  // Local names after Notes moved one place on.
  workbook = workbook.replace(
    /localSheetId="(\d+)"/g,
    (_, n) => `localSheetId="${Number(n) >= 1 ? Number(n) + 1 : n}"`
  );
  workbook = workbook.replace(
    "</definedNames>",
    "<definedName name=\"MyTotal\">'Notes'!$C$2</definedName>" +
      '<definedName name="_xlnm.Print_Area" localSheetId="1">Notes!$A$1:$C$3</definedName>' +
      "<definedName name=\"Gone\">'Old sheet'!$A$1</definedName></definedNames>"
  );
  put(files, "xl/workbook.xml", workbook);
  put(
    files,
    "xl/_rels/workbook.xml.rels",
    text(files, "xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="rId99" Type="${REL}/worksheet" Target="worksheets/sheet99.xml"/></Relationships>`
    )
  );
  put(
    files,
    "[Content_Types].xml",
    text(files, "[Content_Types].xml")
      .replace(/\/xl\/tables\/table1\.xml/, "/xl/tables/table77.xml")
      .replace(
        "</Types>",
        '<Default Extension="png" ContentType="image/png"/>' +
          `<Override PartName="/xl/worksheets/sheet99.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
          `<Override PartName="/xl/tables/table1.xml" ContentType="${CT}.spreadsheetml.table+xml"/>` +
          `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
          `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${CT}.spreadsheetml.pivotTable+xml"/></Types>`
      )
  );
  return zipSync(files);
}

describe("carryOverSheets: a person's own sheet goes into the newly written register", () => {
  let old: Uint8Array;
  let fresh: Uint8Array;
  let result: ReturnType<typeof carryOverSheets>;
  let files: Files;

  beforeAll(async () => {
    old = await editedRegister();
    fresh = await writeWorkbookBytes(registerPlan(["Ada", "Bo", "Cy"]));
    result = carryOverSheets(fresh, old);
    files = unzipSync(result.bytes);
  });

  it("carries Notes only — not the register's sheets, the import state or the generated review", async () => {
    expect(result.carried).toEqual(["Notes"]);
    const book = await readSourceBytes(result.bytes, { yieldEveryMs: 0 });
    const names = book.sheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(["Clients", "Notes", "Family"]);
    expect(names.filter((n) => n === "_CR_ImportState")).toHaveLength(1);
    expect(names).not.toContain("Book Review");
    // The register part is the new one: three clients.
    const register = await readRegisterWorkbook(result.bytes);
    expect(register.records.Clients.map((c) => c.name)).toEqual(["Ada", "Bo", "Cy"]);
    expect(register.state).toEqual({ records: [], mappings: [] });
  });

  it("keeps the values, rich text and formulas; strings become inline, so the new string table is untouched", async () => {
    const book = await readSourceBytes(result.bytes, { yieldEveryMs: 0 });
    const notes = book.sheets.find((s) => s.name === "Notes")!;
    expect(notes.rows[0]).toEqual(["我的笔记", "粗体", 1234.5]);
    expect(notes.rows[1][0]).toBe(
      strFromU8(unzipSync(old)["xl/sharedStrings.xml"]).match(/<si><t[^>]*>([^<]*)<\/t><\/si>/)![1]
    );
    const sheet = text(files, sheetPart(files, "Notes"));
    expect(sheet).toContain(
      't="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r><r><t>体</t></r></is>'
    );
    expect(sheet).toContain("<f>SUM(Currency_2[v])+C1</f>");
    expect(sheet).not.toContain("tabSelected");
    expect(text(files, "xl/sharedStrings.xml")).toBe(
      strFromU8(unzipSync(fresh)["xl/sharedStrings.xml"])
    );
  });

  it("remaps the styles into the new styles.xml: font, fill, number format, column style, conditional format", () => {
    const styles = text(files, "xl/styles.xml");
    const sheet = text(files, sheetPart(files, "Notes"));
    const xfs = /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/
      .exec(styles)![1]
      .match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
    const fonts = /<fonts count="\d+">([\s\S]*?)<\/fonts>/
      .exec(styles)![1]
      .match(/<font>[\s\S]*?<\/font>/g)!;
    const fills = /<fills count="\d+">([\s\S]*?)<\/fills>/
      .exec(styles)![1]
      .match(/<fill>[\s\S]*?<\/fill>/g)!;
    const dxfs = /<dxfs count="\d+">([\s\S]*?)<\/dxfs>/
      .exec(styles)![1]
      .match(/<dxf>[\s\S]*?<\/dxf>/g)!;
    const attrOf = (tag: string, name: string) =>
      Number(new RegExp(`${name}="(\\d+)"`).exec(tag)![1]);

    const a1 = xfs[attrOf(/<c r="A1"[^>]*>/.exec(sheet)![0], "s")];
    expect(fonts[attrOf(a1, "fontId")]).toBe(
      '<font><b/><color rgb="FFC00000"/><sz val="14"/><name val="Arial"/></font>'
    );
    expect(fills[attrOf(a1, "fillId")]).toContain('<fgColor rgb="FFFFFF00"/>');
    expect(attrOf(/<col [^>]*>/.exec(sheet)![0], "style")).toBe(
      attrOf(/<c r="A1"[^>]*>/.exec(sheet)![0], "s")
    );

    const c1 = xfs[attrOf(/<c r="C1"[^>]*>/.exec(sheet)![0], "s")];
    const formatId = attrOf(c1, "numFmtId");
    expect(styles).toContain(`<numFmt numFmtId="${formatId}" formatCode="0.000&quot; kg&quot;"/>`);

    const cf = dxfs[attrOf(/<cfRule [^>]*>/.exec(sheet)![0], "dxfId")];
    expect(cf).toContain('<bgColor rgb="FF00B050"/>');
    // Counts agree with the lists.
    expect(styles).toContain(`<cellXfs count="${xfs.length}">`);
    expect(styles).toContain(`<dxfs count="${dxfs.length}">`);
  });

  it("copies the table with a free id and name, the drawing and its picture; pivot tables are reported", () => {
    const rels = text(files, sheetPart(files, "Notes").replace(/([^/]+)$/, "_rels/$1.rels"));
    const tablePath = /Type="[^"]*\/table" Target="\.\.\/([^"]+)"/.exec(rels)![1];
    expect(tablePath).not.toBe("tables/table1.xml");
    const table = text(files, `xl/${tablePath}`);
    const ids = Object.keys(files)
      .filter((n) => /^xl\/tables\/.*\.xml$/.test(n))
      .map((n) => Number(/ id="(\d+)"/.exec(text(files, n))![1]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(table).toContain('name="Currency_2" displayName="Currency_2"');
    const dxfs = /<dxfs count="\d+">([\s\S]*?)<\/dxfs>/
      .exec(text(files, "xl/styles.xml"))![1]
      .match(/<dxf>[\s\S]*?<\/dxf>/g)!;
    expect(dxfs[Number(/dataDxfId="(\d+)"/.exec(table)![1])]).toContain("FF00B050");

    const drawingPath = /Type="[^"]*\/drawing" Target="\.\.\/([^"]+)"/.exec(rels)![1];
    const drawingRels = text(files, `xl/${drawingPath.replace(/([^/]+)$/, "_rels/$1.rels")}`);
    const image = /Target="\.\.\/([^"]+)"/.exec(drawingRels)![1];
    expect(Buffer.from(files[`xl/${image}`])).toEqual(Buffer.from(PNG));
    expect(rels).toContain('Target="https://example.com/" TargetMode="External"');
    expect(rels).not.toContain("pivotTable");
    expect(Object.keys(files).some((n) => n.includes("pivotTable"))).toBe(false);
    expect(result.notices).toContain("Notes: a pivot table could not be kept; the cells are.");

    const types = text(files, "[Content_Types].xml");
    expect(types).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(types).toContain(
      `<Override PartName="/xl/${tablePath}" ContentType="${CT}.spreadsheetml.table+xml"/>`
    );
    expect(types).toContain(
      `<Override PartName="/${sheetPart(files, "Notes")}" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
    );
  });

  it("keeps the person's names, re-indexes local ones, drops names of sheets that are gone", () => {
    const workbook = text(files, "xl/workbook.xml");
    expect(workbook).toContain("<definedName name=\"MyTotal\">'Notes'!$C$2</definedName>");
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="1">Notes!$A$1:$C$3</definedName>'
    );
    // The register's own print titles follow their sheets: Family is now the third sheet.
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'Family'!$1:$1</definedName>`
    );
    expect(workbook).not.toContain("CR_Generated");
    expect(workbook).not.toContain('name="Gone"');
    expect(result.notices).toContain(
      'The name Gone was not kept: it points at "Old sheet", which the new register does not have.'
    );
    // Still one selected tab, and the active tab is still Clients.
    expect(workbook).toContain('activeTab="0"');
    const selected = Object.keys(files).filter(
      (n) => n.startsWith("xl/worksheets/sheet") && text(files, n).includes('tabSelected="1"')
    );
    expect(selected).toEqual(["xl/worksheets/sheet1.xml"]);
  });

  it("carried again from its own output, the sheet comes out the same and the style table does not grow", () => {
    const again = carryOverSheets(fresh, result.bytes);
    const files2 = unzipSync(again.bytes);
    expect(again.carried).toEqual(["Notes"]);
    expect(text(files2, "xl/styles.xml")).toBe(text(files, "xl/styles.xml"));
    expect(text(files2, sheetPart(files2, "Notes"))).toBe(text(files, sheetPart(files, "Notes")));
  });

  it("writes only well-formed XML parts", () => {
    for (const name of Object.keys(files).filter((n) => /\.(xml|rels|vml)$/.test(n))) {
      const parser = new SaxesParser();
      expect(() => parser.write(text(files, name)).close()).not.toThrow();
    }
  });

  it("returns the new file as it is when the old one has nothing of the person's own", async () => {
    const plain = await writeWorkbookBytes(registerPlan(["Ada"]));
    const same = carryOverSheets(fresh, plain);
    expect(same.bytes).toBe(fresh);
    expect(same.carried).toEqual([]);
    expect(same.notices).toEqual([]);
  });

  it("leaves out what the caller says the new file replaces", async () => {
    const kept = carryOverSheets(fresh, old, { replaced: (name) => name === "Notes" });
    expect(kept.carried).toEqual([]);
  });

  it("finds the sheets a reference names, quoted or not", () => {
    expect(sheetsNamed("'My ''notes'''!$A$1,Settings!$B$2:$B$3")).toEqual([
      "My 'notes'",
      "Settings",
    ]);
    expect(sheetsNamed("SUM(我的笔记!C2,1)")).toEqual(["我的笔记"]);
    expect(sheetsNamed("=1+2")).toEqual([]);
  });
});
