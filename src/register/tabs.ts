/**
 * Sheet tab names in the register's language. A tab is only what people see: every reader finds
 * a register sheet by its table (`tblClients`, …), Settings by its workbook names and Import Issues
 * by any language's tab name, so a register written in one language reads in every other.
 */
import { L } from "./enums";
import { LANGS, type Lang, type Localized, type SheetKey } from "./types";

export const SHEET_TABS: Record<SheetKey, Localized> = {
  Clients: L("Clients", "客户", "客戶"),
  Family: L("Family", "家庭", "家庭"),
  Contacts: L("Contacts", "联系人", "聯絡人"),
  Insurance: L("Insurance", "保险", "保險"),
  Assets: L("Assets", "资产", "資產"),
  Tiers: L("Tiers", "分级", "分級"),
  Complaints: L("Complaints", "投诉", "客訴"),
  Visits: L("Visits", "拜访", "拜訪"),
  Pipeline: L("Pipeline", "开发进度", "開發進度"),
};

export const SETTINGS_TAB = L("Settings", "设置", "設定");
export const IMPORT_ISSUES_TAB = L("Import Issues", "导入问题", "匯入問題");

export const registerTab = (sheet: SheetKey, lang: Lang): string => SHEET_TABS[sheet][lang];
export const settingsTab = (lang: Lang): string => SETTINGS_TAB[lang];
export const importIssuesTab = (lang: Lang): string => IMPORT_ISSUES_TAB[lang];

const fold = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Whether a tab is `tab` in any language, also as renamed on a clash ("Import Issues (2)").
 */
export function isTabOf(name: string, tab: Localized): boolean {
  const folded = fold(name).replace(/\s*\(\d+\)$/, "");
  return LANGS.some((lang) => fold(tab[lang]) === folded);
}

export const isSettingsTab = (name: string): boolean => isTabOf(name, SETTINGS_TAB);
export const isImportIssuesTab = (name: string): boolean => isTabOf(name, IMPORT_ISSUES_TAB);
