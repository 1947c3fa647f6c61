/**
 * Figures about one client's cover, assets and birthdays, shared by the book summary and the
 * client review so that both say the same thing. Rules (also what the book's formulas count):
 * - a client is a person unless its kind is "enterprise" (imported registers often lack the kind);
 * - a policy is in force unless its status is lapsed or matured;
 * - a policy covers critical illness when it says so (criticalIllnessCovered) or is a CI policy;
 * - loans are liabilities: they are never counted as assets, with us or elsewhere.
 */
import { ciGap, protectionGap } from "../scoring";
import type { RegisterRecord } from "../register/types";
import { type Day, dayNumber, toIso } from "../register/workflow/dates";
import { booleanOf, dateOf, numberOf, textOf } from "../register/workflow/records";

/** Critical-illness cover rule of thumb: 3 × annual income (domain references: 3–5×). */
export const CI_INCOME_MULTIPLE = 3;
/** Years of income a family needs replaced (the "life cover ≈ 10 × income" rule). */
export const YEARS_OF_SUPPORT = 10;
export const LIQUID_ASSET_CLASSES = ["deposit", "fund", "bond", "stock", "wealth-product"] as const;

const sum = (values: readonly number[]) => values.reduce((total, x) => total + x, 0);

export function isPerson(client: RegisterRecord): boolean {
  return textOf(client, "kind") !== "enterprise";
}

export function isInForce(policy: RegisterRecord): boolean {
  const status = textOf(policy, "status");
  return status !== "lapsed" && status !== "matured";
}

export function coversCriticalIllness(policy: RegisterRecord): boolean {
  return (
    booleanOf(policy, "criticalIllnessCovered") === true ||
    textOf(policy, "type") === "critical-illness"
  );
}

export function hasCriticalIllnessCover(policies: readonly RegisterRecord[]): boolean {
  return policies.some((p) => isInForce(p) && coversCriticalIllness(p));
}

export function criticalIllnessCover(policies: readonly RegisterRecord[]): number {
  return sum(
    policies
      .filter((p) => isInForce(p) && coversCriticalIllness(p))
      .map((p) => Math.max(0, numberOf(p, "sumInsured") ?? 0))
  );
}

export function lifeCover(policies: readonly RegisterRecord[]): number {
  return sum(
    policies
      .filter((p) => isInForce(p) && textOf(p, "type") === "life")
      .map((p) => Math.max(0, numberOf(p, "sumInsured") ?? 0))
  );
}

/** The critical-illness gap of a client with a recorded annual income, else null. */
export function clientCiGap(
  client: RegisterRecord,
  policies: readonly RegisterRecord[]
): number | null {
  const income = numberOf(client, "annualIncome");
  if (income === null || income < 0) return null;
  return ciGap(income, criticalIllnessCover(policies), CI_INCOME_MULTIPLE);
}

export interface AssetTotals {
  ours: number;
  elsewhere: number;
}

export function isLoan(asset: RegisterRecord): boolean {
  return textOf(asset, "assetClass") === "loan";
}

/** Market values with us and elsewhere; loans are left out, rows without heldAt count nowhere. */
export function assetTotals(assets: readonly RegisterRecord[]): AssetTotals {
  const at = (where: string) =>
    sum(
      assets
        .filter((a) => !isLoan(a) && textOf(a, "heldAt") === where)
        .map((a) => numberOf(a, "marketValue") ?? 0)
    );
  return { ours: at("ours"), elsewhere: at("elsewhere") };
}

/** What the client owes on loans, as a positive amount (a loan's market value is negative). */
export function loanBalance(assets: readonly RegisterRecord[]): number {
  return sum(assets.filter(isLoan).map((a) => Math.abs(numberOf(a, "marketValue") ?? 0)));
}

/** ours / (ours + elsewhere), or null when there is nothing to share. */
export function walletShare(totals: AssetTotals): number | null {
  const total = totals.ours + totals.elsewhere;
  return total > 0 ? totals.ours / total : null;
}

/** The DIME protection gap of a client with a recorded annual income, else null. */
export function clientProtectionGap(
  client: RegisterRecord,
  policies: readonly RegisterRecord[],
  assets: readonly RegisterRecord[]
): number | null {
  const income = numberOf(client, "annualIncome");
  if (income === null || income < 0) return null;
  const liquid = sum(
    assets
      .filter((a) =>
        (LIQUID_ASSET_CLASSES as readonly string[]).includes(textOf(a, "assetClass") ?? "")
      )
      .map((a) => Math.max(0, numberOf(a, "marketValue") ?? 0))
  );
  return protectionGap({
    annualIncome: income,
    yearsOfSupport: YEARS_OF_SUPPORT,
    debts: loanBalance(assets),
    existingCover: lifeCover(policies),
    liquidAssets: liquid,
  });
}

export interface NextBirthday {
  /** The day of the next birthday, today included. */
  on: string;
  daysUntil: number;
  /** The age reached on that day. */
  turns: number;
}

/** The next birthday on or after `today`; a 29 February birthday falls on 28 February in other years. */
export function nextBirthday(birthday: string, today: Day): NextBirthday {
  const now = toIso(today, "today");
  const [birthYear, month, day] = birthday.split("-").map(Number);
  const year = Number(now.slice(0, 4));
  const inYear = (y: number) => {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const d = month === 2 && day === 29 && !leap ? 28 : day;
    return `${y}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  const thisYear = inYear(year);
  const on = dayNumber(thisYear) >= dayNumber(now) ? thisYear : inYear(year + 1);
  return {
    on,
    daysUntil: dayNumber(on) - dayNumber(now),
    turns: Number(on.slice(0, 4)) - birthYear,
  };
}

/** The birthday of a record when it is a real date, else null. */
export function birthdayOf(record: RegisterRecord): string | null {
  return dateOf(record, "birthday");
}
