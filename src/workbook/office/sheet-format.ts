/**
 * Sheet-level formatting queued on Office.js objects: validation rules, conditional formats,
 * column widths, frozen header, visibility, print setup. Only queues; the caller syncs.
 */
import type {
  ChartPlan,
  ConditionalFormatPlan,
  PrintPlan,
  SheetPlan,
  ValidationRule,
} from "../plan";
import { columnLetter } from "../a1";
import { columnsAddress, columnWidthPoints, localAddress } from "./cells";
import { ACTION_OVERHEAD_BYTES } from "./sync-batcher";

/** Excel keeps at most 255 characters in a list validation's source. */
const MAX_LIST_SOURCE = 255;

/** Rewrites a plan formula for the workbook at hand (renamed sheets, existing headers). */
export type FormulaFix = (formula: string) => string;

export interface RuleResult {
  rule?: Excel.DataValidationRule;
  warning?: string;
}

/** The Office.js data-validation rule for a plan rule; a warning instead when Excel cannot hold it. */
export function toValidationRule(rule: ValidationRule): RuleResult {
  switch (rule.kind) {
    case "list": {
      const bad = rule.values.find((v) => /[,"]/.test(v));
      if (bad !== undefined)
        return { warning: `the list value "${bad}" holds a comma or a double quote` };
      const source = rule.values.join(",");
      if (source.length > MAX_LIST_SOURCE)
        return {
          warning: `the list of allowed values is longer than Excel's ${MAX_LIST_SOURCE} characters`,
        };
      return { rule: { list: { inCellDropDown: true, source } } };
    }
    case "whole":
    case "decimal": {
      const basic = boundedRule(rule.min, rule.max);
      return { rule: rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic } };
    }
    case "date":
      return { rule: { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } } };
  }
}

function boundedRule(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined)
    return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  // No bounds: the rule still insists on a number of the right kind.
  return { formula1: -1e15, formula2: 1e15, operator: "Between" };
}

/** A warning for each rule Excel cannot hold, naming the sheet and the place. */
export function validationWarnings(
  sheetName: string,
  rules: { where: string; rule?: ValidationRule }[]
): string[] {
  return rules.flatMap(({ where, rule }) => {
    const warning = rule ? toValidationRule(rule).warning : undefined;
    return warning ? [`No validation on ${where} of sheet '${sheetName}': ${warning}.`] : [];
  });
}

/** Queues a validation rule on a range when Excel can hold it. */
export function queueValidation(range: Excel.Range, rule: ValidationRule | undefined): void {
  const result = rule ? toValidationRule(rule).rule : undefined;
  if (result) range.dataValidation.rule = result;
}

/**
 * One value for every cell of a range. The Excel API documents this ("to apply the same update to
 * all cells in a range, set the property to the desired single value") though the typings only
 * declare 2D arrays.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function uniform(value: string): any[][] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return value as unknown as any[][];
}

export function withEquals(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

/** Queues one conditional format on the sheet. */
export function queueConditionalFormat(
  worksheet: Excel.Worksheet,
  plan: ConditionalFormatPlan,
  fix: FormulaFix
): void {
  const range = worksheet.getRange(localAddress(plan.range));
  if (plan.kind === "expression") {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = withEquals(fix(plan.formula));
    format.custom.format.fill.color = plan.fill;
    if (plan.fontColor !== undefined) format.custom.format.font.color = plan.fontColor;
  } else {
    const format = range.conditionalFormats.add("DataBar");
    format.dataBar.positiveFormat.fillColor = plan.color;
  }
}

/** Queues the layout every new sheet gets: column widths, frozen rows, conditional formats, visibility. */
export function queueSheetLayout(
  worksheet: Excel.Worksheet,
  sheet: SheetPlan,
  widths: readonly number[],
  fix: FormulaFix
): void {
  widths.forEach((width, column) => {
    if (width > 0)
      worksheet.getRange(columnsAddress(column)).format.columnWidth = columnWidthPoints(width);
  });
  if (sheet.freezeRows > 0) worksheet.freezePanes.freezeRows(sheet.freezeRows);
  for (const format of sheet.conditionalFormats) queueConditionalFormat(worksheet, format, fix);
  for (const chart of sheet.charts ?? []) queueChart(worksheet, chart);
  if (sheet.veryHidden) worksheet.visibility = "VeryHidden";
  else if (sheet.hidden) worksheet.visibility = "Hidden";
}

// String forms of the Excel.ChartType values: enums would need the Office global at load time.
const CHART_TYPES = { column: "ColumnClustered", bar: "BarClustered", pie: "Pie" } as const;

/** Queues one native chart: one series from the plan's values, labelled by its categories. */
export function queueChart(worksheet: Excel.Worksheet, plan: ChartPlan): void {
  const chart = worksheet.charts.add(
    CHART_TYPES[plan.kind],
    worksheet.getRange(localAddress(plan.values)),
    "Columns"
  );
  chart.title.text = plan.title;
  chart.legend.visible = plan.kind === "pie";
  const series = chart.series.getItemAt(0);
  series.name = plan.seriesName;
  series.setXAxisValues(worksheet.getRange(localAddress(plan.categories)));
  chart.setPosition(plan.topLeft, plan.bottomRight);
}

/** Estimated request bytes of `queueSheetLayout`. */
export function sheetLayoutBytes(sheet: SheetPlan, widths: readonly number[]): number {
  const perItem = (items: readonly object[], actions: number) =>
    items.reduce(
      (sum, item) => sum + actions * ACTION_OVERHEAD_BYTES + JSON.stringify(item).length,
      0
    );
  return (
    (widths.length + 2) * ACTION_OVERHEAD_BYTES +
    perItem(sheet.conditionalFormats, 4) +
    perItem(sheet.charts ?? [], 8)
  );
}

/**
 * The print setup of a sheet with charts (only Excel draws them; files print the grid alone): a
 * print area of whole columns reaches down to the last chart, and the charts start a page.
 */
export function withCharts(print: PrintPlan, charts: readonly ChartPlan[]): PrintPlan {
  if (charts.length === 0 || !print.area || !/^[A-Z]+:[A-Z]+$/.test(print.area)) return print;
  const rows = charts.flatMap((c) => [c.topLeft, c.bottomRight].map(rowOf));
  const [first, last] = print.area.split(":");
  const chartColumns = charts.map((c) => c.bottomRight.replace(/\d+$/, ""));
  const right = [last, ...chartColumns].reduce((a, b) =>
    b.length > a.length || (b.length === a.length && b > a) ? b : a
  );
  const top = Math.min(...rows);
  return {
    ...print,
    area: `${first}1:${right}${Math.max(...rows)}`,
    rowBreaks: [...(print.rowBreaks ?? []).filter((row) => row < top), top],
  };
}

const rowOf = (address: string): number => Number(/\d+$/.exec(address)?.[0]);

/** Header/footer codes: "&&" is a literal ampersand, &P the page number, &N the page count. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * Queues print setup (ExcelApi 1.9) the way the .xlsx writer sets it: A4, fit to one page wide,
 * header row repeated on table sheets, title in the header, page "n / N" in the footer.
 */
export function queuePrintSetup(
  worksheet: Excel.Worksheet,
  print: PrintPlan,
  hasTable: boolean
): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize;
  const titleRows = print.titleRows ?? (hasTable ? 1 : 0);
  if (titleRows > 0) layout.setPrintTitleRows(`$1:$${titleRows}`);
  if (print.titleColumns)
    layout.setPrintTitleColumns(`$A:$${columnLetter(print.titleColumns - 1)}`);
  if (print.area) layout.setPrintArea(print.area);
  for (const row of print.rowBreaks ?? []) worksheet.horizontalPageBreaks.add(`A${row}`);
  const page = layout.headersFooters.defaultForAllPages;
  if (print.headerText !== undefined) page.centerHeader = headerFooterText(print.headerText);
  if (print.footerText !== undefined) {
    page.leftFooter = headerFooterText(print.footerText);
    page.rightFooter = "&P / &N";
  } else {
    page.centerFooter = "&P / &N";
  }
  // Last: 0 pages tall means "as many as needed" (OOXML fitToHeight="0"); should a host refuse it,
  // everything above is already applied.
  if (print.fitToWidth)
    layout.zoom = { horizontalFitToPages: print.fitWidthPages ?? 1, verticalFitToPages: 0 };
  else if (print.scale !== undefined) layout.zoom = { scale: print.scale };
}
