/**
 * The Book Review sheet: one page a head of unit reads before the review meeting. Figures that
 * Excel can compute from the register's tables are live formulas (so the sheet stays true as
 * the register changes); lists and figures that need the engine (Pareto classes, categories,
 * birthdays) are written as values as of the review date.
 */
import { TIER_KEYS, type ParetoClass, type TierKey } from "../scoring";
import { PIPELINE_STAGE, TIER } from "../register/enums";
import type { RegisterSettings } from "../register/settings";
import type { Lang } from "../register/types";
import { type Day, excelSerial, toIso } from "../register/workflow/dates";
import { rowsOf, textOf, type RegisterRecords } from "../register/workflow/records";
import { assignTiers, CLIENT_CATEGORIES, type TierAssignment } from "../register/workflow/tiers";
import type { PlanValue, SheetPlan } from "../workbook/plan";
import { cellAddress } from "../workbook/a1";
import type { RegisterColumns } from "../workbook/structured-ref";
import { text } from "./captions";
import { BookFormulas } from "./formulas";
import { FORMATS, ReviewGrid, withSections } from "./grid";
import { fieldLabel } from "./labels";
import { bookSummary, STAGE_KEYS, type BookSummary, type StageKey } from "./summary";

export interface BookReviewOptions {
  /** The language of the register's headers, which the formulas name (default: `lang`). */
  registerLang?: Lang;
  /** Hide the ages in the birthday list (personal data). */
  mask?: boolean;
  /** Tier assignments already computed for these records (saves a second run). */
  assignments?: TierAssignment[];
  /** The open workbook's register tables and headers, which the formulas then name. */
  columns?: RegisterColumns;
}

/** Lists on the sheet show at most this many rows, then "… and n more". */
export const LIST_LIMIT = 15;
const WIDTHS = [36, 16, 18, 16, 14, 14];
const AS_OF_CELL = "$B$2";
const COL = { label: 0, b: 1, c: 2, d: 3, e: 4, f: 5 } as const;

/** A formula and its result as the book summary computes it (the cached value files carry). */
const f = (formula: string, value: number | string | null): PlanValue => ({
  formula,
  value: value ?? "",
});
const sum = (values: readonly number[]) => values.reduce((s, x) => s + x, 0);

/** Where each figure of the book summary sits on the sheet (A1 addresses). */
export interface BookCells {
  asOf: string;
  clients: string;
  tiers: Record<TierKey, { clients: string; revenue: string }>;
  clientsWithRevenue: string;
  top20Clients: string;
  totalRevenue: string;
  top20RevenueShare: string;
  paretoClasses: Record<ParetoClass, string>;
  persons: string;
  withoutCriticalIllnessCover: string;
  protectionGapTotal: string;
  assetsOurs: string;
  assetsElsewhere: string;
  shareOfWallet: string;
  complaints: string;
  openComplaints: string;
  overdueComplaints: string;
  avgDaysToResolve: string;
  avgSatisfactionGap: string;
  notVisited: string;
  pipelineByStage: Record<StageKey, { count: string; expectedValue: string }>;
}

export function buildBookReviewSheet(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day,
  lang: Lang,
  options: BookReviewOptions = {}
): SheetPlan {
  return buildBookReview(records, settings, today, lang, options).sheet;
}

/** The Book Review sheet and where its figures are. */
export function buildBookReview(
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day,
  lang: Lang,
  options: BookReviewOptions = {}
): { sheet: SheetPlan; cells: BookCells; summary: BookSummary } {
  const asOf = toIso(today, "today");
  const assignments = options.assignments ?? assignTiers(records, settings, asOf);
  const summary = bookSummary(records, settings, asOf, assignments);
  const formulas = new BookFormulas(options.registerLang ?? lang, AS_OF_CELL, options.columns);
  const grid = new ReviewGrid(WIDTHS);
  const clientNames = new Map(
    rowsOf(records, "Clients").map((c) => [textOf(c, "clientId") ?? "", textOf(c, "name")] as const)
  );
  const cells = { tiers: {}, paretoClasses: {}, pipelineByStage: {} } as BookCells;
  const ctx: Ctx = {
    grid,
    formulas,
    summary,
    lang,
    mask: options.mask ?? false,
    clientNames,
    revenues: rowsOf(records, "Clients")
      .map((c) => c.annualRevenue)
      .filter((r): r is number => typeof r === "number"),
    cells,
  };

  grid.styled("title", text("bookTitle", lang));
  const asOfRow = grid.add(text("asOf", lang), excelSerial(asOf));
  grid.format(asOfRow, COL.b, FORMATS.date);
  cells.asOf = ref(asOfRow, COL.b);
  if (cells.asOf.replace(/\$/g, "") !== AS_OF_CELL.replace(/\$/g, ""))
    throw new Error("The as-of date must sit where the formulas look for it.");
  cells.clients = ref(
    figure(ctx, text("clientsColumn", lang), f(formulas.clientCount(), summary.clients)),
    COL.b
  );
  grid.add(text("currency", lang, { currency: settings.currency }));

  // Fixed-size tables first, the lists that grow with the book last, so page breaks fall in lists.
  addTiers(ctx);
  addPipeline(ctx);
  addPareto(ctx);
  addCategories(ctx);
  addProtection(ctx);
  addAssets(ctx);
  addComplaints(ctx);
  addVisits(ctx);
  addBirthdays(ctx);

  const title = text("bookTitle", lang);
  const sheet: SheetPlan = {
    name: text("bookSheetName", lang),
    grid: grid.rows,
    // For whoever opens the sheet, not for the printed page.
    gridNotes: { A1: text("generatedNote", lang) },
    gridFormats: grid.formats,
    gridWidths: grid.fittedWidths(),
    freezeRows: 0,
    conditionalFormats: grid.conditionalFormats,
    charts: grid.charts,
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      headerText: `${title} — ${asOf}`,
    },
    generated: true,
  };
  return { sheet: withSections(sheet, grid), cells, summary };
}

interface Ctx {
  grid: ReviewGrid;
  formulas: BookFormulas;
  summary: BookSummary;
  lang: Lang;
  mask: boolean;
  clientNames: ReadonlyMap<string, string | null>;
  /** Every number in the Clients revenue column (what LARGE reads). */
  revenues: number[];
  cells: BookCells;
}

function section(ctx: Ctx, title: string): void {
  ctx.grid.blank();
  ctx.grid.styled("section", title);
}

/** A "label | value" row; returns the row number. */
function figure(ctx: Ctx, label: string, value: PlanValue, format?: string): number {
  const row = ctx.grid.add(label, value);
  if (format) ctx.grid.format(row, COL.b, format);
  return row;
}

const ref = (row: number, column: number) => cellAddress(row, column);

function tierLabel(key: string, lang: Lang): string {
  return TIER.find((t) => t.key === key)?.label[lang] ?? key;
}

function addTiers(ctx: Ctx): void {
  const { grid, formulas, lang } = ctx;
  section(ctx, text("tiersSection", lang));
  grid.styled(
    "header",
    text("tierColumn", lang),
    text("clientsColumn", lang),
    text("revenueColumn", lang),
    text("shareColumn", lang)
  );
  const first = grid.nextRow;
  const last = first + TIER_KEYS.length - 1;
  const totalRow = last + 1;
  const { tiers, revenueByTier } = ctx.summary;
  const totalRevenue = sum(TIER_KEYS.map((t) => revenueByTier[t]));
  for (const tier of TIER_KEYS) {
    const row = grid.nextRow;
    ctx.cells.tiers[tier] = { clients: ref(row, COL.b), revenue: ref(row, COL.c) };
    grid.add(
      tierLabel(tier, lang),
      f(formulas.tierCount(tier), tiers[tier]),
      f(formulas.tierRevenue(tier), revenueByTier[tier]),
      f(
        `IF(${ref(totalRow, COL.c)}=0,"",${ref(row, COL.c)}/${ref(totalRow, COL.c)})`,
        totalRevenue === 0 ? "" : revenueByTier[tier] / totalRevenue
      )
    );
  }
  grid.add(
    text("total", lang),
    f(`SUM(${ref(first, COL.b)}:${ref(last, COL.b)})`, sum(TIER_KEYS.map((t) => tiers[t]))),
    f(`SUM(${ref(first, COL.c)}:${ref(last, COL.c)})`, totalRevenue)
  );
  grid.formatColumn(COL.c, first, totalRow, FORMATS.money);
  grid.formatColumn(COL.d, first, last, FORMATS.percent);
  grid.dataBar(COL.c, first, last);
  grid.chart({
    kind: "column",
    title: text("tiersSection", lang),
    seriesName: text("revenueColumn", lang),
    labelColumn: COL.label,
    valueColumn: COL.c,
    fromRow: first,
    toRow: last,
  });

  if (ctx.summary.tierChanges.length === 0) return;
  grid.blank();
  grid.styled(
    "header",
    text("tierChanges", lang),
    text("fromColumn", lang),
    text("toColumn", lang)
  );
  listRows(ctx, ctx.summary.tierChanges, (change) => [
    change.name ?? change.clientId,
    tierLabel(change.from, lang),
    tierLabel(change.to, lang),
  ]);
}

function addCategories(ctx: Ctx): void {
  section(ctx, text("categoriesSection", ctx.lang));
  for (const category of CLIENT_CATEGORIES)
    figure(ctx, text(category, ctx.lang), ctx.summary.categories[category]);
}

function addPareto(ctx: Ctx): void {
  const { formulas, lang, summary, cells } = ctx;
  const k = summary.top20Clients;
  // LARGE reads every number in the column; the k-th largest is among the positive ones.
  const revenues = ctx.revenues.slice().sort((a, b) => b - a);
  const smallestTop = k === 0 ? "" : revenues[k - 1];
  const topRevenue = sum(revenues.slice(0, k));
  section(ctx, text("paretoSection", lang));
  const withRevenue = figure(
    ctx,
    text("clientsWithRevenue", lang),
    f(formulas.clientsWithRevenue(), summary.clientsWithRevenue)
  );
  const count = figure(
    ctx,
    text("top20Clients", lang),
    f(formulas.topCount(ref(withRevenue, COL.b)), k)
  );
  const smallest = figure(
    ctx,
    text("top20Smallest", lang),
    f(formulas.topSmallest(ref(count, COL.b)), smallestTop),
    FORMATS.money
  );
  const topRevenueRow = figure(
    ctx,
    text("top20Revenue", lang),
    f(formulas.topRevenue(ref(count, COL.b), ref(smallest, COL.b)), topRevenue),
    FORMATS.money
  );
  const total = figure(
    ctx,
    text("totalRevenue", lang),
    f(formulas.totalRevenue(), summary.totalRevenue),
    FORMATS.money
  );
  const share = figure(
    ctx,
    text("top20Share", lang),
    f(
      `IF(${ref(total, COL.b)}=0,0,${ref(topRevenueRow, COL.b)}/${ref(total, COL.b)})`,
      summary.top20RevenueShare
    ),
    FORMATS.percent
  );
  cells.clientsWithRevenue = ref(withRevenue, COL.b);
  cells.top20Clients = ref(count, COL.b);
  cells.totalRevenue = ref(total, COL.b);
  cells.top20RevenueShare = ref(share, COL.b);
  cells.paretoClasses.A = ref(figure(ctx, text("paretoA", lang), summary.paretoClasses.A), COL.b);
  cells.paretoClasses.B = ref(figure(ctx, text("paretoB", lang), summary.paretoClasses.B), COL.b);
  cells.paretoClasses.C = ref(figure(ctx, text("paretoC", lang), summary.paretoClasses.C), COL.b);
}

function addProtection(ctx: Ctx): void {
  const { formulas, lang, cells } = ctx;
  section(ctx, text("protectionSection", lang));
  cells.persons = ref(
    figure(ctx, text("persons", lang), f(formulas.persons(), ctx.summary.persons)),
    COL.b
  );
  cells.withoutCriticalIllnessCover = ref(
    figure(
      ctx,
      text("withoutCi", lang),
      f(formulas.withoutCriticalIllnessCover(), ctx.summary.withoutCriticalIllnessCover)
    ),
    COL.b
  );
  cells.protectionGapTotal = ref(
    figure(
      ctx,
      text("ciGapTotal", lang),
      f(formulas.criticalIllnessGapTotal(), ctx.summary.protectionGapTotal),
      FORMATS.money
    ),
    COL.b
  );
}

function addAssets(ctx: Ctx): void {
  const { grid, formulas, lang, summary } = ctx;
  section(ctx, text("assetsSection", lang));
  const ours = figure(
    ctx,
    text("assetsOurs", lang),
    f(formulas.assetsHeldAt("ours"), summary.assetsOurs),
    FORMATS.money
  );
  const elsewhere = figure(
    ctx,
    text("assetsElsewhere", lang),
    f(formulas.assetsHeldAt("elsewhere"), summary.assetsElsewhere),
    FORMATS.money
  );
  const share = figure(
    ctx,
    text("shareOfWallet", lang),
    f(formulas.share(ref(ours, COL.b), ref(elsewhere, COL.b)), summary.shareOfWallet),
    FORMATS.percent
  );
  ctx.cells.assetsOurs = ref(ours, COL.b);
  ctx.cells.assetsElsewhere = ref(elsewhere, COL.b);
  ctx.cells.shareOfWallet = ref(share, COL.b);
  grid.chart({
    kind: "pie",
    title: text("assetsSection", lang),
    seriesName: text("assetsSection", lang),
    labelColumn: COL.label,
    valueColumn: COL.b,
    fromRow: ours,
    toRow: elsewhere,
  });
  grid.paragraph(text("loansExcluded", lang));
  if (summary.largestElsewhere.length === 0) return;
  grid.blank();
  grid.styled(
    "header",
    text("largestElsewhere", lang),
    text("assetsElsewhere", lang),
    text("assetsOurs", lang),
    text("shareOfWallet", lang)
  );
  for (const holding of summary.largestElsewhere) {
    const row = grid.nextRow;
    grid.add(
      holding.name ?? holding.clientId,
      f(formulas.assetsHeldAt("elsewhere", holding.clientId), holding.elsewhere),
      f(formulas.assetsHeldAt("ours", holding.clientId), holding.ours),
      f(
        formulas.share(ref(row, COL.c), ref(row, COL.b)),
        holding.ours + holding.elsewhere > 0
          ? holding.ours / (holding.ours + holding.elsewhere)
          : ""
      )
    );
    grid.format(row, COL.b, FORMATS.money);
    grid.format(row, COL.c, FORMATS.money);
    grid.format(row, COL.d, FORMATS.percent);
  }
}

function addComplaints(ctx: Ctx): void {
  const { grid, formulas, lang, summary, cells } = ctx;
  section(ctx, text("complaintsSection", lang));
  cells.complaints = ref(
    figure(ctx, text("complaintsLogged", lang), f(formulas.complaintsLogged(), summary.complaints)),
    COL.b
  );
  cells.openComplaints = ref(
    figure(ctx, text("openComplaints", lang), f(formulas.openComplaints(), summary.openComplaints)),
    COL.b
  );
  const overdue = figure(
    ctx,
    text("overdueComplaints", lang),
    f(formulas.overdueComplaints(), summary.overdueComplaints)
  );
  cells.overdueComplaints = ref(overdue, COL.b);
  if (summary.overdueComplaints > 0) grid.style(overdue, "alert");
  cells.avgDaysToResolve = ref(
    figure(
      ctx,
      text("avgDaysToResolve", lang),
      f(formulas.avgDaysToResolve(), summary.avgDaysToResolve),
      FORMATS.decimal
    ),
    COL.b
  );
  cells.avgSatisfactionGap = ref(
    figure(
      ctx,
      text("avgSatisfactionGap", lang),
      f(formulas.avgSatisfactionGap(), summary.avgSatisfactionGap),
      FORMATS.decimal
    ),
    COL.b
  );
}

function addVisits(ctx: Ctx): void {
  const { grid, formulas, lang, summary } = ctx;
  section(ctx, text("visitsSection", lang, { n: summary.notVisitedDays }));
  ctx.cells.notVisited = ref(
    figure(ctx, text("notVisitedCount", lang), f(formulas.notVisited(), summary.notVisited.length)),
    COL.b
  );
  if (summary.notVisited.length === 0) return;
  grid.styled(
    "header",
    text("clientColumn", lang),
    fieldLabel("Clients", "owner", lang),
    text("lastVisitColumn", lang),
    text("nextVisitColumn", lang),
    text("daysSinceColumn", lang)
  );
  listRows(ctx, summary.notVisited, (s) => [
    s.name ?? s.clientId,
    s.owner,
    s.lastVisitOn ?? text("never", lang),
    s.nextVisitOn && s.nextVisitOn < summary.asOf
      ? `${s.nextVisitOn} (${text("overdueMark", lang)})`
      : s.nextVisitOn,
    s.daysSinceVisit,
  ]);
}

function addBirthdays(ctx: Ctx): void {
  const { grid, lang, summary } = ctx;
  section(ctx, text("birthdaysSection", lang));
  if (summary.birthdaysNext30Days.length === 0) {
    grid.add(text("none", lang));
    return;
  }
  grid.styled(
    "header",
    text("personColumn", lang),
    text("clientColumn", lang),
    text("relationColumn", lang),
    text("dateColumn", lang),
    ...(ctx.mask ? [] : [text("turnsColumn", lang)])
  );
  listRows(ctx, summary.birthdaysNext30Days, (b) => {
    const client = ctx.clientNames.get(b.clientId) ?? b.clientId;
    return [
      b.person,
      client,
      b.relation === null ? text("self", lang) : b.relation,
      b.on,
      ...(ctx.mask ? [] : [b.turns]),
    ];
  });
}

function addPipeline(ctx: Ctx): void {
  const { grid, formulas, lang } = ctx;
  section(ctx, text("pipelineSection", lang));
  grid.styled(
    "header",
    text("stageColumn", lang),
    text("opportunitiesColumn", lang),
    text("expectedValueColumn", lang)
  );
  const first = grid.nextRow;
  for (const stage of STAGE_KEYS) {
    const label = PIPELINE_STAGE.find((s) => s.key === stage)?.label[lang] ?? stage;
    ctx.cells.pipelineByStage[stage] = {
      count: ref(grid.nextRow, COL.b),
      expectedValue: ref(grid.nextRow, COL.c),
    };
    const { count, expectedValue } = ctx.summary.pipelineByStage[stage];
    grid.add(
      label,
      f(formulas.stageCount(stage), count),
      f(formulas.stageValue(stage), expectedValue)
    );
  }
  const last = grid.nextRow - 1;
  grid.add(
    text("total", lang),
    f(
      `SUM(${ref(first, COL.b)}:${ref(last, COL.b)})`,
      sum(STAGE_KEYS.map((stage) => ctx.summary.pipelineByStage[stage].count))
    ),
    f(
      `SUM(${ref(first, COL.c)}:${ref(last, COL.c)})`,
      sum(STAGE_KEYS.map((stage) => ctx.summary.pipelineByStage[stage].expectedValue))
    )
  );
  grid.formatColumn(COL.c, first, last + 1, FORMATS.money);
  grid.dataBar(COL.c, first, last);
  grid.chart({
    kind: "bar",
    title: text("pipelineSection", lang),
    seriesName: text("expectedValueColumn", lang),
    labelColumn: COL.label,
    valueColumn: COL.c,
    fromRow: first,
    toRow: last,
  });
}

/** Up to LIST_LIMIT rows of `items`, then a "… and n more" line. */
function listRows<T>(ctx: Ctx, items: readonly T[], cells: (item: T) => PlanValue[]): void {
  for (const item of items.slice(0, LIST_LIMIT)) ctx.grid.add(...cells(item));
  if (items.length > LIST_LIMIT)
    ctx.grid.add(text("more", ctx.lang, { n: items.length - LIST_LIMIT }));
}
