/**
 * A tab whose name says its rows are not the records themselves — a test or a sample of them
 * (TEST, "test (8)", SAMPLE_DATA, 测试数据), or the duplicates a clean-up found (dups, 重复客户) —
 * beside a sheet of the same kind of records under a name of its own: a person imports the real
 * list and leaves the trial rows and the duplicates out. Alone in its workbook (a vendor's SAMPLE
 * sheet, the Sample_Data of a demo book) such a tab is the data there is, and is read as any other.
 */
import { wordAt } from "../register/catalog";
import { foldScript, TRIAL_SHEET_WORDS } from "../register/vocabulary";
import type { SheetAnalysis } from "./analyse-sheet";
import { usable } from "./derived-sheets";
import { headerWords } from "./header-words";

export type TrialKind = keyof typeof TRIAL_SHEET_WORDS;

export interface TrialSheet {
  trial: SheetAnalysis;
  kind: TrialKind;
  /** The word of the tab's name that says so, as folded. */
  word: string;
  /** The sheet of the same register sheet whose name says nothing of the kind. */
  real: SheetAnalysis;
}

/** What a tab's name says its rows are, when it says they are a trial or duplicates. */
export function trialOfSheetName(name: string): { kind: TrialKind; word: string } | null {
  // Words a database or an app joined are split as a header's are (SampleData, test_8).
  const text = headerWords(foldScript(name)).join(" ");
  for (const kind of Object.keys(TRIAL_SHEET_WORDS) as TrialKind[])
    for (const word of TRIAL_SHEET_WORDS[kind])
      if (wordAt(text, foldScript(word)) !== null) return { kind, word };
  return null;
}

/** The tables of trial or duplicate tabs with a real sheet of their register sheet beside them. */
export function trialSheets(analyses: readonly SheetAnalysis[]): TrialSheet[] {
  const out: TrialSheet[] = [];
  const tables = analyses.filter(usable);
  for (const trial of tables) {
    const said = trialOfSheetName(trial.sheet.name);
    if (said === null) continue;
    const real = tables.find(
      (a) =>
        a.sheet.name !== trial.sheet.name &&
        a.mapping.registerSheet === trial.mapping.registerSheet &&
        trialOfSheetName(a.sheet.name) === null
    );
    if (real) out.push({ trial, ...said, real });
  }
  return out;
}
