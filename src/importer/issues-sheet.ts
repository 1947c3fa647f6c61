/** The "Import Issues" sheet: every issue of an import, as a grid the workbook writers add to a register. */
import { L } from "../register/enums";
import { fieldKeyLabel, renderIssueMessage } from "../register/messages";
import type { Lang } from "../register/types";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { ImportIssue } from "./types";

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

const WIDTHS = [18, 7, 22, 16, 30, 80, 10];

/**
 * The issues as a grid sheet. Values are plain cells: a value such as "=1+1" is written as text,
 * never as a formula (PlanCell strings are always text).
 */
export function importIssuesSheet(issues: readonly ImportIssue[], lang: Lang): SheetPlan {
  const header = HEADERS.map((h) => h[lang]);
  const rows = issues.map((i) => [
    i.sheet,
    i.row,
    i.column,
    i.field === null ? null : fieldKeyLabel(i.field, lang),
    i.value,
    renderIssueMessage(i, lang),
    SEVERITY[i.severity][lang],
  ]);
  return {
    name: IMPORT_ISSUES_SHEET,
    grid: [header, ...rows],
    gridWidths: WIDTHS,
    freezeRows: 1,
    conditionalFormats: [],
    generated: true,
  };
}

/** The plan with the Import Issues sheet added (replacing an earlier one of the same name). */
export function withImportIssues(plan: WorkbookPlan, issues: readonly ImportIssue[]): WorkbookPlan {
  const sheets = plan.sheets.filter((s) => s.name !== IMPORT_ISSUES_SHEET);
  return { ...plan, sheets: [...sheets, importIssuesSheet(issues, plan.lang)] };
}
