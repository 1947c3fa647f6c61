import ExcelJS from "exceljs";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { DATE_FORMAT, MONEY_FORMAT } from "../../src/workbook/columns";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { patchTableColumns } from "../../src/workbook/xlsx/calculated-columns";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  EMPTY_IMPORT_STATE,
  encodeHashes,
  encodeKeys,
  IMPORT_STATE_SHEET,
  importStateRows,
  keysJson,
  withImportState,
  type ImportState,
} from "../../src/importer/import-state";
import { streamWorkbook, writeWorkbookBytes } from "../../src/workbook/xlsx/stream-writer";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { NODE_DEFLATE, writeWorkbook, writeWorkbookFile } from "../../src/workbook/xlsx/writer";
import { checkedEntries, unzip } from "./support/unzip";
import { registerTab, settingsTab } from "../../src/register/tabs";
import type { SheetKey } from "../../src/register/types";

/** The zh-CN register's tab of a register sheet. */
const tab = (key: SheetKey) => registerTab(key, "zh-CN");

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  // Tables with calculated columns (as Excel writes them) need the patched exceljs to load.
  patchTableColumns();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

type LoadedTable = { name: string; tableRef: string; columns: { name: string }[] };
const tableOf = (ws: ExcelJS.Worksheet): LoadedTable =>
  (ws.getTables()[0] as unknown as { table: LoadedTable }).table;
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;

const HOSTILE = [
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "-2+3",
  "@SUM(A1)",
  '=HYPERLINK("http://evil.example","click")',
];

describe("writeWorkbook: an empty register", () => {
  let wb: ExcelJS.Workbook;
  let plan: WorkbookPlan;
  beforeAll(async () => {
    plan = buildRegisterPlan({ lang: "zh-CN", formulaStyle: "portable" });
    wb = await load(await writeWorkbook(plan));
  });

  test("holds one real table per register sheet, with the localized headers", () => {
    for (const sheetPlan of plan.sheets.filter((s) => s.table)) {
      const ws = wb.getWorksheet(sheetPlan.name)!;
      const table = tableOf(ws);
      expect(table.name).toBe(sheetPlan.table!.name);
      expect(table.columns.map((c) => c.name)).toEqual(
        sheetPlan.table!.columns.map((c) => c.header)
      );
      // One blank entry row: Excel needs a body row, and it carries the calculated columns.
      expect(table.tableRef).toMatch(/^A1:[A-Z]+2$/);
      expect(ws.getCell(1, 1).value).toBe(sheetPlan.table!.columns[0].header);
    }
    expect(wb.getWorksheet(settingsTab("zh-CN"))).toBeDefined();
  });

  test("calculated columns hold their formula in the entry row", () => {
    const ws = wb.getWorksheet(tab("Tiers"))!;
    const columns = plan.sheets.find((s) => s.registerKey === "Tiers")!.table!.columns;
    columns.forEach((column, i) => {
      const value = ws.getCell(2, i + 1).value as { formula?: string } | null;
      if (column.formula) expect(value?.formula).toBe(column.formula);
      else expect(value).toBeNull();
    });
  });

  test("declares calculated columns in the table part, so Excel fills new rows", async () => {
    const parts = unzip(await writeWorkbook(plan));
    const tiersPart = [...parts.entries()].find(
      ([name, xml]) => name.startsWith("xl/tables/") && xml.includes('name="tblTiers"')
    )![1];
    const declared = [
      ...tiersPart.matchAll(
        /<tableColumn [^>]*name="([^"]*)"[^>]*>(?:<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula><\/tableColumn>)?/g
      ),
    ].map((m) => [m[1], m[2] ?? null]);
    const columns = plan.sheets.find((s) => s.registerKey === "Tiers")!.table!.columns;
    // Element text escapes & < >; double quotes may stay as they are.
    const escape = (text: string) =>
      text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    expect(declared).toEqual(columns.map((c) => [c.header, c.formula ? escape(c.formula) : null]));
  });

  test("freezes the header row of register sheets", () => {
    expect(wb.getWorksheet(tab("Clients"))!.views[0]).toEqual(
      expect.objectContaining({ state: "frozen", ySplit: 1 })
    );
  });

  test("gives enumerated columns a drop-down down to row 1001", () => {
    const ws = wb.getWorksheet(tab("Clients"))!;
    const columns = plan.sheets.find((s) => s.registerKey === "Clients")!.table!.columns;
    const letter = String.fromCharCode(65 + columns.findIndex((c) => c.key === "riskProfile"));
    const dv = validations(ws);
    for (const row of [2, 500, 1001]) {
      expect(dv[`${letter}${row}`]).toEqual(
        expect.objectContaining({ type: "list", formulae: ['"保守型,稳健型,积极型"'] })
      );
    }
    expect(dv[`${letter}1002`]).toBeUndefined();
    expect(dv[`${letter}1`]).toBeUndefined();
  });

  test("sets column number formats and widths", () => {
    const ws = wb.getWorksheet(tab("Clients"))!;
    const columns = plan.sheets.find((s) => s.registerKey === "Clients")!.table!.columns;
    const index = (key: string) => columns.findIndex((c) => c.key === key) + 1;
    expect(ws.getColumn(index("birthday")).numFmt).toBe(DATE_FORMAT);
    expect(ws.getColumn(index("annualRevenue")).numFmt).toBe(MONEY_FORMAT);
    expect(ws.getColumn(index("phone")).numFmt).toBe("@");
    expect(ws.getColumn(index("name")).width).toBe(columns[index("name") - 1].width);
  });

  test("defines the Settings names", () => {
    const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
    for (const name of plan.names) expect(names[name.name]).toEqual([name.ref]);
    const [first] = names.TierThresholds[0].split("!")[1].split(":");
    expect(wb.getWorksheet(settingsTab("zh-CN"))!.getCell(first.replace(/\$/g, "")).value).toBe(
      5_000_000
    );
  });

  test("writes conditional formats, print setup and header/footer", () => {
    const complaints = wb.getWorksheet(tab("Complaints"))!;
    const cf = (
      complaints as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].rules[0].type).toBe("expression");
    expect(cf[0].ref).toMatch(/^A2:[A-Z]+1001$/);
    const tiers = (
      wb.getWorksheet(tab("Tiers")) as unknown as {
        conditionalFormattings: { rules: { type: string }[] }[];
      }
    ).conditionalFormattings;
    expect(tiers[0].rules[0].type).toBe("dataBar");
    const clients = wb.getWorksheet(tab("Clients"))!;
    expect(clients.pageSetup).toEqual(
      expect.objectContaining({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
      })
    );
    expect(clients.headerFooter.oddHeader).toBe("&C客户信息");
    expect(clients.headerFooter.oddFooter).toContain("&P");
  });

  test("the header note of an enum column lists the labels a Chinese register's cells hold", () => {
    const ws = wb.getWorksheet(tab("Complaints"))!;
    const columns = plan.sheets.find((s) => s.registerKey === "Complaints")!.table!.columns;
    const note = ws.getCell(1, columns.findIndex((c) => c.key === "severity") + 1)
      .note as unknown as { texts: { text: string }[] } | string;
    const text = typeof note === "string" ? note : note.texts.map((t) => t.text).join("");
    expect(text).toContain("紧急");
    expect(text).not.toContain("critical");
  });
});

describe("writeWorkbook: injection safety", () => {
  const records = {
    Clients: HOSTILE.map((text, i) => ({
      clientId: `C-${i}`,
      name: text,
      notes: text,
      phone: text,
    })),
  };

  test("no <f> element holds user text; the text is stored as strings", async () => {
    const plan = buildRegisterPlan({ lang: "en", formulaStyle: "portable", records });
    const parts = unzip(await writeWorkbook(plan));
    const sheetXml = [...parts.entries()]
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map(([, xml]) => xml);
    const formulas = sheetXml.flatMap((xml) =>
      [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1])
    );
    expect(formulas.length).toBeGreaterThan(0); // the calculated columns
    const unescape = (xml: string) =>
      xml
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, "&");
    for (const formula of formulas) {
      for (const text of HOSTILE) expect(unescape(formula)).not.toContain(text.slice(1));
    }
    const allowed = new Set(
      plan.sheets.flatMap(
        (s) => s.table?.columns.flatMap((c) => (c.formula ? [c.formula] : [])) ?? []
      )
    );
    for (const formula of formulas) expect(allowed.has(unescape(formula))).toBe(true);
    const shared = unescape(parts.get("xl/sharedStrings.xml") ?? "");
    for (const text of HOSTILE) expect(shared).toContain(text);
  });

  test("reading back gives the same strings, not formulas", async () => {
    const wb = await load(
      await writeWorkbook(buildRegisterPlan({ lang: "en", formulaStyle: "portable", records }))
    );
    const ws = wb.getWorksheet("Clients")!;
    HOSTILE.forEach((text, i) => expect(ws.getCell(i + 2, 2).value).toBe(text));
  });

  test("grid strings are text too; only PlanFormula cells become formulas", async () => {
    const plan: WorkbookPlan = {
      lang: "en",
      formulaStyle: "portable",
      names: [],
      sheets: [
        {
          name: "Review",
          grid: [["=1+1", { formula: "1+1" }, "@x"]],
          freezeRows: 0,
          conditionalFormats: [],
        },
      ],
    };
    const wb = await load(await writeWorkbook(plan));
    const ws = wb.getWorksheet("Review")!;
    expect(ws.getCell("A1").value).toBe("=1+1");
    expect(ws.getCell("B1").value).toEqual(expect.objectContaining({ formula: "1+1" }));
    expect(ws.getCell("C1").value).toBe("@x");
  });
});

describe("writeWorkbook: values", () => {
  test("ISO dates in date columns become real dates; other text in them stays text", async () => {
    const plan = buildRegisterPlan({
      lang: "en",
      formulaStyle: "portable",
      records: {
        Clients: [
          { name: "A", birthday: "1985-05-15" },
          { name: "B", birthday: "around 1990" },
        ],
      },
    });
    const wb = await load(await writeWorkbook(plan));
    const ws = wb.getWorksheet("Clients")!;
    const col = plan.sheets[0].table!.columns.findIndex((c) => c.key === "birthday") + 1;
    const date = ws.getCell(2, col).value as Date;
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe("1985-05-15T00:00:00.000Z");
    expect(ws.getCell(3, col).value).toBe("around 1990");
  });

  test("the serial number in the file is Excel's (1985-05-15 = 31182)", async () => {
    const plan = buildRegisterPlan({
      lang: "en",
      formulaStyle: "portable",
      records: { Clients: [{ name: "A", birthday: "1985-05-15" }] },
    });
    const sheet1 = unzip(await writeWorkbook(plan)).get("xl/worksheets/sheet1.xml")!;
    expect(sheet1).toMatch(/<c r="G2"[^>]*><v>31182<\/v><\/c>/);
  });

  test("a text longer than an Excel cell holds is refused with its cell", async () => {
    const plan = buildRegisterPlan({
      lang: "en",
      formulaStyle: "portable",
      records: { Clients: [{ name: "A", notes: "x".repeat(40_000) }] },
    });
    await expect(writeWorkbook(plan)).rejects.toThrow(/Clients!S2: .*32767/);
  });
});

describe("writeWorkbook: the package", () => {
  const state: ImportState = {
    ...EMPTY_IMPORT_STATE,
    records: Array.from({ length: 1500 }, (_, i) => ({
      sheet: "Clients" as const,
      id: `C-${i}`,
      layout: "L1-0000abcd",
      keys: encodeKeys([`name|客户${i}|phone|1380000${i}`, `name|客户${i}|email|c${i}@x.cn`]),
      hashes: encodeHashes({ name: (i * 2654435761).toString(16).slice(-8).padStart(8, "0") }),
    })),
  };
  const plan = withImportState(
    buildRegisterPlan({
      lang: "zh-CN",
      formulaStyle: "portable",
      records: {
        Clients: Array.from({ length: 1500 }, (_, i) => ({
          clientId: `C-${i}`,
          name: `客户${i} "&<>"`,
          birthday: "1985-05-15",
          riskProfile: "balanced",
        })),
      },
    }),
    state
  );

  test("Node's zlib and fflate write the same parts, each with its CRC-32 and size", async () => {
    expect(NODE_DEFLATE).toBeDefined();
    const native = checkedEntries(await writeWorkbook(plan));
    const fflate = checkedEntries(Buffer.from(await writeWorkbookBytes(plan)));
    const parts = (entries: typeof native) =>
      entries
        .filter((e) => e.name !== "docProps/core.xml") // its time stamp
        .map((e) => [e.name, e.data.toString("utf8")]);
    expect(parts(native)).toEqual(parts(fflate));
    expect(native.length).toBeGreaterThan(20);
  });

  test("the import state's text is in its cells, not the shared strings, and reads back", async () => {
    const bytes = await writeWorkbook(plan);
    const parts = unzip(bytes);
    const statePart = [...parts.entries()].find(([, xml]) => xml.includes("C-1499"))!;
    expect(statePart[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    expect(statePart[1]).not.toContain('t="s"');
    expect(statePart[1]).toContain(
      `<c r="F3" t="inlineStr"><is><t>${keysJson(state.records[0])}</t></is></c>`
    );
    expect(parts.get("xl/sharedStrings.xml")).not.toContain("name|客户");
    // The register's own text stays shared; quotes need no escape in element text, & < > do.
    expect(parts.get("xl/sharedStrings.xml")).toContain('<si><t>客户7 "&amp;&lt;&gt;"</t></si>');
    const read = await readRegisterWorkbook(bytes);
    expect(read.state).toEqual(state);
    expect(read.records.Clients[7].name).toBe('客户7 "&<>"');
  });
});

describe("rows made as they are written", () => {
  const records = (n: number): ImportState["records"] =>
    Array.from({ length: n }, (_, i) => ({
      sheet: "Clients" as const,
      id: `C-${i}`,
      layout: "L1-0000abcd",
      keys: encodeKeys([`name|客户${i}|phone|1380000${i}`, `name|客户${i}|email|c${i}@x.cn`]),
      hashes: encodeHashes({ name: (i * 2654435761).toString(16).slice(-8).padStart(8, "0") }),
    }));
  const state: ImportState = {
    records: records(3000),
    mappings: [
      {
        layout: "L1-0000abcd",
        sheet: "客户",
        registerSheet: "Clients",
        columns: [{ letter: "A", header: "客户名称", field: "name" }],
      },
    ],
  };
  const base = buildRegisterPlan({ lang: "zh-CN", formulaStyle: "portable" });
  const parts = (bytes: Uint8Array) =>
    checkedEntries(Buffer.from(bytes))
      .filter((e) => e.name !== "docProps/core.xml") // its time stamp
      .map((e) => [e.name, e.data.toString("utf8")]);

  test("the import state's rows are asked for once each, in order, while the package is written", async () => {
    const plan = withImportState(base, state);
    const sheet = plan.sheets.find((s) => s.name === IMPORT_STATE_SHEET)!;
    expect(sheet.grid).toBeUndefined();
    const lazy = sheet.lazyGrid!;
    expect(lazy.length).toBe(2 + 3000 + 1);
    const asked: number[] = [];
    let written = 0;
    const bytesWhenAsked: number[] = [];
    sheet.lazyGrid = {
      length: lazy.length,
      row: (i) => {
        asked.push(i);
        bytesWhenAsked.push(written);
        return lazy.row(i);
      },
    };
    await streamWorkbook(plan, (chunk) => (written += chunk.length));
    expect(asked).toEqual(Array.from({ length: lazy.length }, (_, i) => i));
    // Streamed: the first rows were already in the package when the last ones were made.
    expect(bytesWhenAsked[lazy.length - 1]).toBeGreaterThan(bytesWhenAsked[2] + 10_000);
  });

  test("a state made row by row is written exactly as the same rows held whole", async () => {
    const lazy = withImportState(base, state);
    const eager: WorkbookPlan = {
      ...lazy,
      sheets: lazy.sheets.map((s) =>
        s.lazyGrid ? { ...s, lazyGrid: undefined, grid: importStateRows(state) } : s
      ),
    };
    expect(parts(await writeWorkbook(lazy))).toEqual(parts(await writeWorkbook(eager)));
    const xml = unzip(await writeWorkbook(lazy));
    const statePart = [...xml.values()].find((x) => x.includes("C-2999"))!;
    // The rowKey column is the record's first key.
    expect(statePart).toContain(
      `<c r="E3" t="inlineStr"><is><t>name|客户0|phone|13800000</t></is></c>`
    );
    expect(statePart).toContain(
      `<c r="E3002" t="inlineStr"><is><t>name|客户2999|phone|13800002999</t></is></c>`
    );
  });

  const clients = Array.from({ length: 3000 }, (_, i) => ({
    clientId: `C-${i}`,
    name: `客户${i}`,
    riskProfile: ["积极", "balanced", null][i % 3],
    birthday: i % 4 === 0 ? null : "1985-05-15",
    annualRevenue: i * 10.5,
  }));
  const register = (rowsWhenWritten: boolean) =>
    buildRegisterPlan({
      lang: "zh-CN",
      formulaStyle: "portable",
      records: {
        Clients: clients,
        Tiers: clients.slice(0, 500).map((c) => ({ clientId: c.clientId })),
      },
      today: "2025-03-01",
      rowsWhenWritten,
    });

  test("a register whose rows are made as they are written is the same package as one holding them", async () => {
    const made = register(true);
    expect(made.sheets[0].table!.rows).toEqual([]);
    expect(parts(await writeWorkbook(made))).toEqual(parts(await writeWorkbook(register(false))));
  });

  test("the register's rows are asked for once each, in order, while the package is written", async () => {
    const plan = register(true);
    const table = plan.sheets[0].table!;
    const lazy = table.lazyRows!;
    const asked: number[] = [];
    const bytesWhenAsked: number[] = [];
    let written = 0;
    table.lazyRows = {
      length: lazy.length,
      row: (i) => {
        asked.push(i);
        bytesWhenAsked.push(written);
        return lazy.row(i);
      },
    };
    await streamWorkbook(plan, (chunk) => (written += chunk.length));
    expect(asked).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(bytesWhenAsked[2999]).toBeGreaterThan(bytesWhenAsked[0] + 10_000);
  });

  test("writeWorkbookFile streams into the file the same package writeWorkbook returns", async () => {
    const plan = withImportState(base, state);
    const dir = mkdtempSync(join(tmpdir(), "cr-write-"));
    try {
      const file = join(dir, "register.xlsx");
      const size = await writeWorkbookFile(plan, file);
      const bytes = readFileSync(file);
      expect(size).toBe(bytes.length);
      expect(parts(bytes)).toEqual(parts(await writeWorkbook(plan)));
      expect((await readRegisterWorkbook(bytes)).state).toEqual(state);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
