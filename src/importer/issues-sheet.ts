/** The "Import Issues" sheet: every issue of an import, as a grid the workbook writers add to a register. */
import { L } from "../register/enums";
import { fieldKeyLabel, renderIssueMessage } from "../register/messages";
import { importIssuesTab, isImportIssuesTab } from "../register/tabs";
import type { Lang } from "../register/types";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../workbook/plan";
import { wrappedRowHeights } from "../workbook/print-layout";
import type { ImportIssue } from "./types";
import { MAX_CELL_TEXT } from "../register/excel-limits";

/** The English tab; a Chinese register names it in its language (importIssuesTab). */
export const IMPORT_ISSUES_SHEET = "Import Issues";

const HEADERS = [
  L("Source sheet", "源工作表", "來源工作表"),
  L("Row", "行", "列"),
  L("Column", "列", "欄"),
  L("Field", "字段", "欄位"),
  L("Value", "值", "值"),
  L("Message", "说明", "說明"),
  L("Severity", "级别", "等級"),
];

const SEVERITY = {
  error: L("error", "错误", "錯誤"),
  warning: L("warning", "警告", "警告"),
  info: L("info", "提示", "提示"),
};

const WIDTHS = [18, 7, 22, 16, 28, 60, 10];
/**
 * Every column wraps within its width (value and message run long), so the sheet prints one page
 * wide at a readable size; wrapped cells are top-aligned, so all of a row's cells line up.
 */
const WRAPPED = WIDTHS.map((_, column) => column);

/**
 * The issues as a grid sheet. Values are plain cells: a value such as "=1+1" is written as text,
 * never as a formula (PlanCell strings are always text).
 */
export function importIssuesSheet(issues: readonly ImportIssue[], lang: Lang): SheetPlan {
  const header = HEADERS.map((h) => h[lang]);
  const rows = issues.flatMap((i) => {
    const field = i.field === null ? null : fieldKeyLabel(i.field, lang);
    const [first, ...rest] = cellPieces(i.value);
    return [
      [
        i.sheet,
        i.row,
        i.column,
        field,
        first,
        renderIssueMessage(i, lang),
        SEVERITY[i.severity][lang],
      ],
      // A value longer than a cell holds (a cut text kept whole) continues on the rows below.
      ...rest.map((piece) => [
        i.sheet,
        i.row,
        i.column,
        field,
        piece,
        "…",
        SEVERITY[i.severity][lang],
      ]),
    ];
  });
  return { ...issuesLayout(importIssuesTab(lang), [header, ...rows]), generated: true };
}

function issuesLayout(name: string, grid: PlanCell[][]): SheetPlan {
  return {
    name,
    grid,
    gridWidths: WIDTHS,
    gridWrap: WRAPPED,
    gridRowHeights: wrappedRowHeights(grid, WIDTHS, WRAPPED),
    freezeRows: 1,
    conditionalFormats: [],
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      titleRows: 1,
      headerText: name,
    },
  };
}

/** An Import Issues sheet read back from a register, laid out again for a workbook that keeps it. */
export function carriedIssuesSheet(name: string, rows: PlanCell[][]): SheetPlan {
  return issuesLayout(name, rows);
}

function cellPieces(value: ImportIssue["value"]): ImportIssue["value"][] {
  if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) return [value];
  const pieces: string[] = [];
  for (let at = 0; at < value.length; at += MAX_CELL_TEXT)
    pieces.push(value.slice(at, at + MAX_CELL_TEXT));
  return pieces;
}

/** The plan with the Import Issues sheet added (replacing an earlier one, whatever its language). */
export function withImportIssues(plan: WorkbookPlan, issues: readonly ImportIssue[]): WorkbookPlan {
  const sheets = plan.sheets.filter((s) => !isImportIssuesTab(s.name));
  return { ...plan, sheets: [...sheets, importIssuesSheet(issues, plan.lang)] };
}
