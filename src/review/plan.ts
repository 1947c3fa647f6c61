/**
 * The reviewed workbook: the register (with this run's tier assignments) followed by the
 * generated review sheets: the Book Review, then one sheet per client. Generated sheets are
 * flagged and named (CR_Generated_<n>) so that regenerating replaces only them.
 */
import type { FormulaStyle, RegisterSettings } from "../register/settings";
import { SHEET_KEYS, type Lang } from "../register/types";
import { type Day, toIso } from "../register/workflow/dates";
import { byClient, rowsOf, textOf, type RegisterRecords } from "../register/workflow/records";
import { assignTiers, tierRecords } from "../register/workflow/tiers";
import { buildRegisterPlan } from "../workbook/register-plan";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { RegisterColumns } from "../workbook/structured-ref";
import { buildBookReviewSheet } from "./book-sheet";
import { buildClientReviewSheet } from "./client-sheet";
import { printAsPack } from "./grid";
import { maskRecords } from "./mask";
import { generatedMarkers, safeSheetName } from "./sheet-names";

export interface ReviewRegister {
  records: RegisterRecords;
  settings: RegisterSettings;
  /** The open workbook's register tables and headers, when the reviews go into it as they are. */
  columns?: RegisterColumns;
}

export interface ReviewPlanOptions {
  lang: Lang;
  today: Day;
  /** Client ids to write a review sheet for; all clients when absent. */
  clients?: readonly string[];
  /** Mask personal data on the client sheets (and ages in the book's birthday list). */
  mask?: boolean;
  /** Defaults to the register's own setting. */
  formulaStyle?: FormulaStyle;
  /** Sheet names already in use besides the register's (a person's own sheets). */
  avoidNames?: readonly string[];
}

/** The ids to review: the requested ones (each must exist), else every client once, in Clients order. */
export function reviewClientIds(records: RegisterRecords, requested?: readonly string[]): string[] {
  const known = [
    ...new Set(
      rowsOf(records, "Clients")
        .map((c) => textOf(c, "clientId"))
        .filter((id): id is string => id !== null)
    ),
  ];
  if (requested === undefined) return known;
  const wanted = [...new Set(requested.map((id) => id.trim()).filter(Boolean))];
  const unknown = wanted.filter((id) => !known.includes(id));
  if (unknown.length)
    throw new Error(`Clients: no client with the id ${unknown.map((id) => `"${id}"`).join(", ")}.`);
  return wanted;
}

/** Each client's own rows of every sheet, grouped once: a book of thousands of clients stays linear. */
function clientSlicer(records: RegisterRecords): (clientId: string) => RegisterRecords {
  const grouped = SHEET_KEYS.map((sheet) => [sheet, byClient(rowsOf(records, sheet))] as const);
  return (clientId) =>
    Object.fromEntries(grouped.map(([sheet, rows]) => [sheet, rows.get(clientId) ?? []]));
}

/** The review sheets alone (book first), with unique valid names that avoid `taken`. */
export function buildReviewSheets(
  register: ReviewRegister,
  options: ReviewPlanOptions,
  taken: readonly string[] = []
): SheetPlan[] {
  const { records, settings } = register;
  const today = toIso(options.today, "today");
  const assignments = assignTiers(records, settings, today);
  const ids = reviewClientIds(records, options.clients);
  const used = [...taken, ...(options.avoidNames ?? [])];
  const ofClient = clientSlicer(records);
  const sheets = [
    buildBookReviewSheet(records, settings, today, options.lang, {
      mask: options.mask,
      assignments,
      registerLang: settings.lang,
      columns: register.columns,
    }),
    ...ids.map((id) =>
      buildClientReviewSheet(id, ofClient(id), settings, today, options.lang, {
        mask: options.mask,
        assignments,
      })
    ),
  ];
  return printAsPack(sheets).map((sheet) => {
    const name = safeSheetName(sheet.name, used);
    used.push(name);
    return { ...sheet, name, generated: true };
  });
}

export function buildReviewPlan(
  register: ReviewRegister,
  options: ReviewPlanOptions
): WorkbookPlan {
  const { records } = register;
  const today = toIso(options.today, "today");
  // The register is rewritten in the review's language, so the book's formulas name its headers in that language.
  const settings: RegisterSettings = { ...register.settings, lang: options.lang };
  const assignments = assignTiers(records, settings, today);
  // Masked: the register sheets are masked as the reviews are, so the file holds nothing more.
  const written = { ...records, Tiers: tierRecords(records, assignments) };
  const registerPlan = buildRegisterPlan({
    lang: options.lang,
    formulaStyle: options.formulaStyle ?? settings.formulaStyle,
    settings,
    records: options.mask ? maskRecords(written) : written,
  });
  const reviews = buildReviewSheets(
    { records, settings },
    { ...options, today },
    registerPlan.sheets.map((s) => s.name)
  );
  return {
    ...registerPlan,
    sheets: [...registerPlan.sheets, ...reviews],
    names: [...registerPlan.names, ...generatedMarkers(reviews)],
    // The workbook opens on the book review.
    activeSheet: reviews[0]?.name,
  };
}
