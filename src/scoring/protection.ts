import { requireNonNegative } from "./errors";

/** The DIME inputs; a missing member counts as 0. */
export interface ProtectionNeeds {
  annualIncome?: number;
  yearsOfSupport?: number;
  debts?: number;
  mortgage?: number;
  education?: number;
  existingCover?: number;
  liquidAssets?: number;
}

function amount(needs: ProtectionNeeds, key: keyof ProtectionNeeds): number {
  const x = needs[key];
  return x === undefined ? 0 : requireNonNegative(x, key);
}

/** Life-cover gap by DIME: debts + income × years + mortgage + education − existing cover − liquid assets, at least 0. */
export function protectionGap(needs: ProtectionNeeds): number {
  const a = (key: keyof ProtectionNeeds) => amount(needs ?? {}, key);
  const need =
    a("debts") + a("annualIncome") * a("yearsOfSupport") + a("mortgage") + a("education");
  return Math.max(0, need - a("existingCover") - a("liquidAssets"));
}

/** Critical-illness cover gap: multiple × annual income − cover, at least 0 (rule of thumb 3–5×). */
export function ciGap(annualIncome: number, criticalIllnessCover: number, multiple = 3): number {
  const income = requireNonNegative(annualIncome, "annualIncome");
  const cover = requireNonNegative(criticalIllnessCover, "criticalIllnessCover");
  return Math.max(0, requireNonNegative(multiple, "multiple") * income - cover);
}
