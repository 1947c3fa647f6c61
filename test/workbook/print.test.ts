/** Printing like a document: readable scale, print areas, repeated headers, one scale for reviews. */
import { importIssuesSheet } from "../../src/importer/issues-sheet";
import { buildReviewPlan } from "../../src/review/plan";
import { fitWidthToValues, shownWidth } from "../../src/workbook/columns";
import {
  columnPoints,
  keepTogetherBreaks,
  MIN_SCALE,
  pageArea,
  ROW_HEIGHT_PT,
  widthPoints,
  wrappedLines,
} from "../../src/workbook/print-layout";
import { ROW_STYLES } from "../../src/workbook/row-styles";
import { TABLE_PART_ROWS } from "../../src/review/grid";
import { sheetDef } from "../../src/register/sheets";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { fixtureRecords, SETTINGS, TODAY } from "../review/fixture";
import { unzip } from "./support/unzip";

describe("widths from the content", () => {
  test("numbers as their format shows them, so no ### appears", () => {
    expect(shownWidth(12_345_678_901.5, "#,##0.00")).toBe("12,345,678,901.50".length);
    expect(shownWidth(0.456, "0%")).toBe(3);
    expect(shownWidth("客戶名稱")).toBe(8);
    expect(fitWidthToValues(10, [5, 12_345_678_901.5, -3], "#,##0.00")).toBe(19);
    // Text is capped (it may be cut on screen); numbers never are.
    expect(fitWidthToValues(10, ["字".repeat(100)])).toBe(50);
  });

  test("a zh-TW register sizes its columns by what they hold", () => {
    const plan = buildRegisterPlan({
      lang: "zh-TW",
      formulaStyle: "portable",
      records: {
        Clients: [
          {
            clientId: "C-0001",
            name: "臺灣積體電路製造股份有限公司",
            annualRevenue: 987_654_321_098,
          },
        ],
      },
    });
    const columns = plan.sheets.find((s) => s.registerKey === "Clients")!.table!.columns;
    const width = (key: string) => columns.find((c) => c.key === key)!.width;
    expect(width("annualRevenue")).toBeGreaterThanOrEqual("987,654,321,098.00".length + 1);
    expect(width("name")).toBeGreaterThanOrEqual(2 * "臺灣積體電路製造股份有限公司".length);
    // Tiers shows the revenue through a formula: sized by the same values.
    const tiers = plan.sheets.find((s) => s.registerKey === "Tiers")!.table!.columns;
    expect(tiers.find((c) => c.key === "annualRevenue")!.width).toBe(width("annualRevenue"));
  });
});

describe("register sheets", () => {
  const plan = buildRegisterPlan({
    lang: "zh-TW",
    formulaStyle: "portable",
    records: fixtureRecords(),
  });

  test.each(plan.sheets.filter((s) => s.table).map((s) => [s.registerKey!, s] as const))(
    "%s prints landscape, its table's columns, header repeated, at 8 pt or more",
    (_key, sheet) => {
      const print = sheet.print!;
      const widths = sheet.table!.columns.map((c) => c.width);
      expect(print.orientation).toBe("landscape");
      expect(print.area).toMatch(/^A:[A-Z]+$/);
      expect(print.titleRows).toBe(1);
      expect(print.fitToWidth).toBe(true);
      const pages = print.fitWidthPages ?? 1;
      const repeated = widthPoints(widths.slice(0, print.titleColumns ?? 0));
      const perPage = (widthPoints(widths) + (pages - 1) * repeated) / pages;
      const scale = Math.min(100, (pageArea("landscape").width * 100) / perPage);
      expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
      if (pages > 1) expect(print.titleColumns).toBe(2);
    }
  );

  test("Clients, too wide for one readable page, prints several pages wide with id and name on each", () => {
    const clients = plan.sheets.find((s) => s.registerKey === "Clients")!;
    expect(clients.print!.fitWidthPages).toBeGreaterThan(1);
  });

  test("Import Issues wraps every column (top-aligned, so a row's cells line up) and fits one page wide, readably", () => {
    const sheet = importIssuesSheet([], "zh-TW");
    expect(sheet.print).toMatchObject({ orientation: "landscape", fitToWidth: true, titleRows: 1 });
    expect(sheet.gridWrap).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const scale = (pageArea("landscape").width * 100) / widthPoints(sheet.gridWidths!);
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
  });
});

describe("reviews", () => {
  const plan = buildReviewPlan(
    { records: fixtureRecords(), settings: { ...SETTINGS, lang: "zh-TW" } },
    { lang: "zh-TW", today: TODAY }
  );
  const reviews = plan.sheets.filter((s) => s.generated);

  test("print at one scale across the pack, the widest sheet fitting the page", () => {
    const scales = new Set(reviews.map((s) => s.print!.scale));
    expect(scales.size).toBe(1);
    const [scale] = [...scales] as number[];
    expect(scale).toBeGreaterThanOrEqual(MIN_SCALE);
    const widest = Math.max(...reviews.map((s) => widthPoints(s.gridWidths!)));
    expect((widest * scale) / 100).toBeLessThanOrEqual(pageArea("portrait").width);
    for (const s of reviews) expect(s.print!.fitToWidth).toBe(false);
  });

  test("the book review keeps its internal note off the page, in a cell note", () => {
    const book = reviews[0];
    expect(book.grid!.flat()).not.toContain("由客戶名冊產生；再次產生回顧時將取代本表。");
    expect(book.gridNotes?.A1).toBe("由客戶名冊產生；再次產生回顧時將取代本表。");
    expect(plan.activeSheet).toBe(book.name);
  });

  test("page breaks fall before a section, never inside one that fits a page", () => {
    const rowsPerPage = Math.floor(pageArea("portrait").height / 15);
    // Sections of 10 rows on a 48-row page: the fifth would straddle rows 41–50, so it moves.
    const blocks: [number, number][] = [1, 11, 21, 31, 41, 51].map((r) => [r, r + 9]);
    expect(rowsPerPage).toBe(48);
    expect(keepTogetherBreaks(blocks, "portrait", 100)).toEqual([41]);
    // A block longer than a page breaks where pages end (rows 49, 97); the next is kept whole.
    expect(
      keepTogetherBreaks(
        [
          [1, 5],
          [6, 120],
          [121, 160],
        ],
        "portrait",
        100
      )
    ).toEqual([121]);
    expect(columnPoints(10)).toBeCloseTo(56.25);
  });

  test("the file: print areas, titles, scale, breaks, wrapped issues, opening on the book review", async () => {
    const parts = unzip(await writeWorkbook(plan));
    const workbook = parts.get("xl/workbook.xml")!;
    const sheetNames = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]);
    const bookIndex = sheetNames.indexOf(reviews[0].name);
    expect(workbook).toContain(`<workbookView activeTab="${bookIndex}"/>`);
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Area" localSheetId="0">'客戶'!\$A:\$[A-Z]+<\/definedName>/
    );
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'客戶'!$A:$B,'客戶'!$1:$1</definedName>`
    );
    const clients = parts.get("xl/worksheets/sheet1.xml")!;
    expect(clients).toMatch(
      /<pageSetup paperSize="9" orientation="landscape" fitToWidth="[2-9]" fitToHeight="0"\/>/
    );
    const book = parts.get(`xl/worksheets/sheet${bookIndex + 1}.xml`)!;
    expect(book).toContain('tabSelected="1"');
    expect(book).toMatch(/<pageSetup paperSize="9" orientation="portrait" scale="\d+"\/>/);
    const scale = Number(/scale="(\d+)"/.exec(book)![1]);
    expect(scale).toBe(reviews[0].print!.scale);
    const breaks = reviews[0].print!.rowBreaks ?? [];
    for (const row of breaks) expect(book).toContain(`<brk id="${row - 1}" max="16383" man="1"/>`);
    expect(clients).not.toContain('tabSelected="1"');
  });

  test("the Import Issues sheet's message cells wrap, top-aligned", async () => {
    const issues = importIssuesSheet(
      [
        {
          sheet: "客戶",
          row: 3,
          column: "B",
          field: "phone",
          value: "x",
          message: "Bad",
          severity: "warning",
        },
      ],
      "zh-TW"
    );
    const parts = unzip(
      await writeWorkbook({ lang: "zh-TW", formulaStyle: "portable", sheets: [issues], names: [] })
    );
    const styles = parts.get("xl/styles.xml")!;
    const xfs = [...styles.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]).slice(1);
    const wrapIndex = xfs.findIndex((x) => x.includes('wrapText="1"'));
    expect(wrapIndex).toBeGreaterThan(0);
    const sheet = parts.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toMatch(new RegExp(`<c r="F2" s="${wrapIndex}" t="s">`));
  });
});

describe("wrapped rows are tall enough to print whole", () => {
  test("lines from the text's display width in its column, East Asian characters counting double", () => {
    expect(wrappedLines("short", 60)).toBe(1);
    // 60 wide holds about 44 characters a line: 120 Latin characters take 3 lines, 60 Chinese 3.
    expect(wrappedLines("x".repeat(120), 60)).toBe(3);
    expect(wrappedLines("錯".repeat(60), 60)).toBe(3);
    expect(wrappedLines("a\nb\nc", 60)).toBe(3);
  });

  test("Import Issues gives each long message's row its height, in the file too", async () => {
    const long =
      "來源儲存格的日期無法辨識，已保留原文；請在客戶資料中改成 YYYY-MM-DD 的日期。".repeat(3);
    const issue = (message: string, row: number) => ({
      sheet: "客戶",
      row,
      column: "B",
      field: "birthday",
      value: "x",
      message,
      severity: "warning" as const,
    });
    const sheet = importIssuesSheet([issue("short", 3), issue(long, 4)], "zh-TW");
    // Messages render from the catalogue; the long English fallback is what this issue shows.
    const shown = String(sheet.grid![2][5]);
    const lines = wrappedLines(shown, sheet.gridWidths![5]);
    expect(lines).toBeGreaterThan(1);
    expect(sheet.gridRowHeights).toEqual({ 3: lines * ROW_HEIGHT_PT });
    const xml = unzip(
      await writeWorkbook({ lang: "zh-TW", formulaStyle: "portable", sheets: [sheet], names: [] })
    ).get("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain(`<row r="3" ht="${lines * ROW_HEIGHT_PT}" customHeight="1">`);
    expect(xml).toMatch(/<row r="2">/);
  });
});

describe("the Settings sheet has the register's look", () => {
  const plan = buildRegisterPlan({ lang: "zh-TW", formulaStyle: "portable" });
  const settings = plan.sheets.find((s) => !s.registerKey)!;
  const filled = (fill: string) =>
    settings.conditionalFormats
      .filter((cf) => cf.kind === "expression" && cf.fill === fill)
      .map((cf) => cf.range);

  test("a coloured title, header rows and section rows across the sheet", () => {
    expect(filled(ROW_STYLES.title.fill)).toEqual(["A1:H1"]);
    expect(filled(ROW_STYLES.header.fill)).toContain("A3:H3");
    const sections = filled(ROW_STYLES.section.fill).map((r) => Number(/^A(\d+)/.exec(r)![1]));
    expect(sections).toHaveLength(5);
    for (const row of sections) expect(settings.grid![row - 1][1] ?? null).toBeNull();
  });

  test("notes wrap, their rows tall enough", () => {
    expect(settings.gridWrap).toEqual([3]);
    const tall = Object.keys(settings.gridRowHeights ?? {}).map(Number);
    expect(tall.length).toBeGreaterThan(0);
    for (const row of tall)
      expect(wrappedLines(String(settings.grid![row - 1][3]), 48)).toBeGreaterThan(1);
  });
});

describe("a review table longer than a page", () => {
  const records = fixtureRecords();
  const policies = Array.from({ length: 120 }, (_, i) => ({
    clientId: "C-0001",
    policyNo: `P-${String(i + 1).padStart(3, "0")}`,
    type: "life",
    sumInsured: 100_000 + i,
    annualPremium: 1_000,
    criticalIllnessCovered: false,
    status: "in-force",
  }));
  const plan = buildReviewPlan(
    { records: { ...records, Insurance: policies }, settings: { ...SETTINGS, lang: "zh-TW" } },
    { lang: "zh-TW", today: TODAY, clients: ["C-0001"] }
  );
  const sheet = plan.sheets.filter((s) => s.generated)[1];
  const grid = sheet.grid!;
  const rowOf = (policyNo: string) => grid.findIndex((r) => r[0] === policyNo) + 1;

  test("is cut into parts that each start a page under their own header row", () => {
    const header = grid[rowOf("P-001") - 2];
    expect(header[0]).toBe(
      sheetDef("Insurance").fields.find((f) => f.key === "policyNo")!.label["zh-TW"]
    );
    const partStarts = [1, 1 + TABLE_PART_ROWS, 1 + 2 * TABLE_PART_ROWS].map(
      (n) => rowOf(`P-${String(n).padStart(3, "0")}`) - 1
    );
    for (const row of partStarts) expect(grid[row - 1]).toEqual(header);
    // The 2nd and 3rd parts open a page; every policy is listed once.
    expect(sheet.print!.rowBreaks).toEqual(expect.arrayContaining(partStarts.slice(1)));
    expect(grid.filter((r) => String(r[0]).startsWith("P-"))).toHaveLength(120);
    // Each part (header + rows) fits one page at the pack's scale.
    const perPage = Math.floor(
      pageArea("portrait").height / ((ROW_HEIGHT_PT * sheet.print!.scale!) / 100)
    );
    expect(TABLE_PART_ROWS + 1).toBeLessThanOrEqual(perPage);
  });
});
