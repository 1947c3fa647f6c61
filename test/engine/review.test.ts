/**
 * The Book Review recalculated by LibreOffice shows the same figures as bookSummary: the live
 * formulas on the sheet (over the register's tables, with headers in each language) agree with
 * the TypeScript figures on the fixture register.
 */
import ExcelJS from "exceljs";
import { LANGS, type Lang } from "../../src/register/types";
import { TIER_KEYS } from "../../src/scoring";
import { buildBookReview } from "../../src/review/book-sheet";
import { buildReviewPlan } from "../../src/review/plan";
import { STAGE_KEYS, type BookSummary } from "../../src/review/summary";
import { assignTiers } from "../../src/register/workflow/tiers";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { fixtureRecords, SETTINGS, TODAY } from "../review/fixture";
import { cachedMismatches, formulaCells } from "./support/cached-values";
import { recalculate } from "./support/libreoffice";

type Cell = number | string | boolean | null;

/** A recalculated cell's value; exceljs hides a formula result of 0 from `value`, so read the model. */
function valueAt(ws: ExcelJS.Worksheet, address: string): Cell {
  const cell = ws.getCell(address);
  const model = cell.model as { type: number; result?: unknown; value?: unknown };
  const raw = model.type === ExcelJS.ValueType.Formula ? model.result : cell.value;
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw === "object")
    throw new Error(`${ws.name}!${address} holds ${JSON.stringify(raw)}`);
  return raw as Cell;
}

const books = new Map<
  Lang,
  {
    ws: ExcelJS.Worksheet;
    layout: ReturnType<typeof buildBookReview>;
    written: Buffer;
    recalculated: Buffer;
  }
>();

beforeAll(async () => {
  const records = fixtureRecords();
  const files = await Promise.all(
    LANGS.map(async (lang) => ({
      name: `review-${lang}.xlsx`,
      data: await writeWorkbook(
        buildReviewPlan(
          { records, settings: SETTINGS },
          { lang, today: TODAY, formulaStyle: "portable" }
        )
      ),
    }))
  );
  const recalculated = await recalculate(files);
  for (const lang of LANGS) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(recalculated.get(`review-${lang}.xlsx`) as unknown as ArrayBuffer);
    const settings = { ...SETTINGS, lang };
    const layout = buildBookReview(records, settings, TODAY, lang, {
      assignments: assignTiers(records, settings, TODAY),
    });
    const ws = wb.getWorksheet(layout.sheet.name);
    if (!ws) throw new Error(`No sheet ${layout.sheet.name} in the recalculated ${lang} workbook`);
    books.set(lang, {
      ws,
      layout,
      written: files.find((f) => f.name === `review-${lang}.xlsx`)!.data,
      recalculated: recalculated.get(`review-${lang}.xlsx`)!,
    });
  }
});

/** Every figure the sheet computes with a formula, paired with the summary's value. */
function figures(
  summary: BookSummary,
  cells: ReturnType<typeof buildBookReview>["cells"]
): [string, string, number | null][] {
  return [
    ["clients", cells.clients, summary.clients],
    ...TIER_KEYS.flatMap((tier): [string, string, number][] => [
      [`tiers.${tier}`, cells.tiers[tier].clients, summary.tiers[tier]],
      [`revenueByTier.${tier}`, cells.tiers[tier].revenue, summary.revenueByTier[tier]],
    ]),
    ["clientsWithRevenue", cells.clientsWithRevenue, summary.clientsWithRevenue],
    ["top20Clients", cells.top20Clients, summary.top20Clients],
    ["totalRevenue", cells.totalRevenue, summary.totalRevenue],
    ["top20RevenueShare", cells.top20RevenueShare, summary.top20RevenueShare],
    ["persons", cells.persons, summary.persons],
    [
      "withoutCriticalIllnessCover",
      cells.withoutCriticalIllnessCover,
      summary.withoutCriticalIllnessCover,
    ],
    ["protectionGapTotal", cells.protectionGapTotal, summary.protectionGapTotal],
    ["assetsOurs", cells.assetsOurs, summary.assetsOurs],
    ["assetsElsewhere", cells.assetsElsewhere, summary.assetsElsewhere],
    ["shareOfWallet", cells.shareOfWallet, summary.shareOfWallet],
    ["complaints", cells.complaints, summary.complaints],
    ["openComplaints", cells.openComplaints, summary.openComplaints],
    ["overdueComplaints", cells.overdueComplaints, summary.overdueComplaints],
    ["avgDaysToResolve", cells.avgDaysToResolve, summary.avgDaysToResolve],
    ["avgSatisfactionGap", cells.avgSatisfactionGap, summary.avgSatisfactionGap],
    ["notVisited", cells.notVisited, summary.notVisited.length],
    ...STAGE_KEYS.flatMap((stage): [string, string, number][] => [
      [
        `pipelineByStage.${stage}.count`,
        cells.pipelineByStage[stage].count,
        summary.pipelineByStage[stage].count,
      ],
      [
        `pipelineByStage.${stage}.expectedValue`,
        cells.pipelineByStage[stage].expectedValue,
        summary.pipelineByStage[stage].expectedValue,
      ],
    ]),
  ];
}

describe.each(LANGS)("the recalculated Book Review (%s)", (lang) => {
  test("every formula figure equals the book summary", () => {
    const { ws, layout } = books.get(lang)!;
    const mismatches: string[] = [];
    for (const [name, address, expected] of figures(layout.summary, layout.cells)) {
      const got = valueAt(ws, address);
      const same =
        expected === null
          ? got === null
          : typeof got === "number" &&
            Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
      if (!same)
        mismatches.push(
          `${name} at ${address}: LibreOffice ${JSON.stringify(got)}, TypeScript ${JSON.stringify(expected)}`
        );
    }
    expect(mismatches).toEqual([]);
  });

  test("every formula cell of the file caches the value LibreOffice computes", () => {
    const { written, recalculated, layout } = books.get(lang)!;
    const ours = formulaCells(written);
    const onBook = ours.filter((c) => c.sheet === layout.sheet.name);
    expect(onBook.length).toBeGreaterThanOrEqual(figures(layout.summary, layout.cells).length);
    expect(onBook.every((c) => c.cached !== null)).toBe(true);
    expect(ours.some((c) => c.sheet !== layout.sheet.name)).toBe(true); // the register's own
    expect(cachedMismatches(ours, formulaCells(recalculated))).toEqual([]);
  });

  test("the figures are formulas, not copies of the TypeScript values", () => {
    const { layout } = books.get(lang)!;
    const grid = layout.sheet.grid!;
    const at = (address: string) => {
      const match = /^([A-Z]+)(\d+)$/.exec(address)!;
      return grid[Number(match[2]) - 1][match[1].charCodeAt(0) - 65];
    };
    for (const [name, address] of figures(layout.summary, layout.cells)) {
      expect([name, typeof at(address) === "object" && at(address) !== null]).toEqual([name, true]);
    }
  });

  test("the summary figures are not trivially zero on the fixture", () => {
    const { summary } = books.get(lang)!.layout;
    expect(summary.overdueComplaints).toBeGreaterThan(0);
    expect(summary.protectionGapTotal).toBeGreaterThan(0);
    expect(summary.tiers.standard).toBeGreaterThan(0);
  });
});
