import { buildBookReview, LIST_LIMIT } from "../../src/review/book-sheet";
import { REVIEW_TEXT } from "../../src/review/captions";
import { TIER } from "../../src/register/enums";
import { isFormula, type PlanValue } from "../../src/workbook/plan";
import { parseAddress } from "../../src/workbook/a1";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

const records = fixtureRecords();
const book = (lang: "en" | "zh-CN" | "zh-TW" = "en", mask = false) =>
  buildBookReview(records, { ...SETTINGS, lang }, TODAY, lang, { mask });
const at = (grid: PlanValue[][], address: string): PlanValue => {
  const { row, column } = parseAddress(address);
  return grid[row - 1]?.[column] ?? null;
};
const formulas = (grid: PlanValue[][]) =>
  grid
    .flat()
    .filter(isFormula)
    .map((f) => f.formula);

describe("the Book Review sheet", () => {
  test("is generated, named and titled in each language, and prints on A4 portrait one page wide with title and date", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const { sheet } = book(lang);
      expect(sheet.generated).toBe(true);
      expect(sheet.name).toBe(REVIEW_TEXT.bookSheetName[lang]);
      expect(sheet.grid![0][0]).toBe(REVIEW_TEXT.bookTitle[lang]);
      expect(sheet.print).toMatchObject({
        orientation: "portrait",
        paperSize: "A4",
        fitToWidth: true,
      });
      expect(sheet.print!.headerText).toContain(REVIEW_TEXT.bookTitle[lang]);
      expect(sheet.print!.headerText).toContain(TODAY);
    }
    expect(book("en").sheet.name).toBe("Book Review");
    expect(book("zh-CN").sheet.name).toBe("客户总览");
    expect(book("zh-TW").sheet.name).toBe("客戶總覽");
  });

  test("the as-of date is a real date (serial with a date format) that the formulas use", () => {
    const { sheet, cells } = book();
    expect(at(sheet.grid!, cells.asOf)).toBe(46096); // 2026-03-15
    expect(sheet.gridFormats![cells.asOf]).toBe("yyyy-mm-dd");
    expect(formulas(sheet.grid!).some((f) => f.includes("$B$2"))).toBe(true);
  });

  test("figures Excel can compute are formulas over the register's tables, named by the headers of the register's language", () => {
    const en = book("en");
    const tierCell = at(en.sheet.grid!, en.cells.tiers.gold.clients);
    // Each carries the summary's figure as its result (the value a file caches).
    expect(tierCell).toEqual({
      formula: 'COUNTIFS(tblTiers[[Effective tier]],"gold")',
      value: en.summary.tiers.gold,
    });
    const zh = book("zh-CN");
    expect(at(zh.sheet.grid!, zh.cells.assetsOurs)).toEqual({
      formula:
        'SUMIFS(tblAssets[[市值]],tblAssets[[持有处]],"本行",tblAssets[[资产类别]],"<>贷款")',
      value: zh.summary.assetsOurs,
    });
    expect(at(zh.sheet.grid!, zh.cells.openComplaints)).toMatchObject({
      formula: expect.stringContaining("tblComplaints[[状态]]"),
    });
    expect(at(zh.sheet.grid!, zh.cells.notVisited)).toMatchObject({
      formula: expect.stringContaining("NotVisitedDays"),
    });
  });

  test("formulas use built-in functions that every Excel and LibreOffice have", () => {
    const allowed = new Set([
      "SUMPRODUCT",
      "COUNTIFS",
      "SUMIFS",
      "COUNTIF",
      "SUMIF",
      "IF",
      "ROUNDUP",
      "LARGE",
      "ISNUMBER",
      "COUNT",
      "AVERAGE",
      "SUM",
    ]);
    const used = new Set(
      formulas(book("zh-TW").sheet.grid!).flatMap((f) =>
        [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])
      )
    );
    expect([...used].filter((name) => !allowed.has(name))).toEqual([]);
  });

  test("data bars run over revenue by tier and pipeline value", () => {
    const { sheet, cells } = book();
    const bars = sheet.conditionalFormats
      .filter((cf) => cf.kind === "dataBar")
      .map((cf) => cf.range);
    expect(bars).toContain(`${cells.tiers.diamond.revenue}:${cells.tiers.standard.revenue}`);
    expect(bars).toContain(
      `${cells.pipelineByStage.identify.expectedValue}:${cells.pipelineByStage.close.expectedValue}`
    );
  });

  test("charts (Excel only) plot revenue by tier, pipeline value by stage and assets here vs elsewhere, below the figures in the printed columns, without overlapping", () => {
    for (const lang of ["en", "zh-TW"] as const) {
      const { sheet, cells } = book(lang);
      const charts = sheet.charts ?? [];
      expect(charts.map((c) => c.kind)).toEqual(["column", "bar", "pie"]);
      const [tiers, pipeline, assets] = charts;
      const column = (address: string) => address.replace(/\d+/g, "");
      const rowOf = (address: string) => parseAddress(address).row;

      expect(tiers.values).toBe(`${cells.tiers.diamond.revenue}:${cells.tiers.standard.revenue}`);
      expect(pipeline.values).toBe(
        `${cells.pipelineByStage.identify.expectedValue}:${cells.pipelineByStage.close.expectedValue}`
      );
      expect(assets.values).toBe(`${cells.assetsOurs}:${cells.assetsElsewhere}`);
      expect(tiers.title).toBe(REVIEW_TEXT.tiersSection[lang]);
      expect(tiers.seriesName).toBe(REVIEW_TEXT.revenueColumn[lang]);

      for (const chart of charts) {
        // Categories are the labels in column A of the same rows as the values.
        const [from, to] = chart.categories.split(":");
        const [vFrom, vTo] = chart.values.split(":");
        expect(column(from)).toBe("A");
        expect([rowOf(from), rowOf(to)]).toEqual([rowOf(vFrom), rowOf(vTo)]);
        for (let row = rowOf(from); row <= rowOf(to); row++)
          expect(typeof at(sheet.grid!, `A${row}`)).toBe("string");
        // Below the last row the sheet writes to, within its printed columns (A to the last).
        expect(rowOf(chart.topLeft)).toBeGreaterThan(sheet.grid!.length);
        expect(parseAddress(chart.topLeft).column).toBe(0);
        expect(parseAddress(chart.bottomRight).column).toBe(sheet.gridWidths!.length - 1);
      }
      const diamond = TIER.find((t) => t.key === "diamond")!.label[lang];
      expect(at(sheet.grid!, tiers.categories.split(":")[0])).toBe(diamond);
      for (let i = 1; i < charts.length; i++)
        expect(rowOf(charts[i].topLeft)).toBeGreaterThan(rowOf(charts[i - 1].bottomRight));
    }
  });

  test("overdue complaints stand out when there are any", () => {
    const { sheet, cells } = book();
    const row = parseAddress(cells.overdueComplaints).row;
    expect(sheet.conditionalFormats).toContainEqual(
      expect.objectContaining({
        kind: "expression",
        range: `A${row}:F${row}`,
        formula: "TRUE",
        fill: "#FFC7CE",
      })
    );
  });

  test("lists: the names of clients not visited, birthdays with the person and the client, text kept as text", () => {
    const texts = book()
      .sheet.grid!.flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts).toContain('=HYPERLINK("http://x") Ltd');
    expect(texts).toContain("李小梅");
    expect(texts).toContain("2026-04-10");
    expect(texts).toContain("Shanghai Tech Co., Ltd.");
  });

  test("masking drops the ages from the birthday list", () => {
    const header = (mask: boolean) =>
      book("en", mask).sheet.grid!.find((row) => row[0] === REVIEW_TEXT.personColumn.en)!;
    expect(header(false)).toContain(REVIEW_TEXT.turnsColumn.en);
    expect(header(true)).not.toContain(REVIEW_TEXT.turnsColumn.en);
  });

  test(`a long list shows ${LIST_LIMIT} rows and says how many more there are`, () => {
    const many = {
      Clients: Array.from({ length: LIST_LIMIT + 4 }, (_, i) => ({
        clientId: `N-${i}`,
        name: `Never visited ${i}`,
      })),
    };
    const grid = buildBookReview(many, SETTINGS, TODAY, "en").sheet.grid!;
    const names = grid
      .map((row) => row[0])
      .filter((v) => typeof v === "string" && v.startsWith("Never visited"));
    expect(names).toHaveLength(LIST_LIMIT);
    expect(grid.map((row) => row[0])).toContain("… and 4 more");
  });
});
