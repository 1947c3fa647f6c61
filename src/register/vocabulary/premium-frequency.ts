/**
 * How often a policy's premium is paid, as agents' exports write it beside the amount (繳別 月繳,
 * Payment Mode Monthly). Written folded (简体, lower case): headers and values are folded before
 * they are looked up, so 繳別/缴别 and 月繳/月缴 are one spelling each.
 */
export const PREMIUM_FREQUENCY_HEADERS: readonly string[] = [
  "缴别",
  "缴费别",
  "缴费方式",
  "交费方式",
  "缴费频率",
  "交费频率",
  "缴费频次",
  "交费频次",
  "payment frequency",
  "payment mode",
  "premium frequency",
  "premium mode",
  "billing frequency",
  // Beside a "Modal Premium" column, a bare Mode / Frequency column names the payment mode.
  "mode",
  "pay mode",
  "payment method",
  "frequency",
  "缴费模式",
  "缴费类型",
];

/** Payments a year, by the word that names the frequency. */
export const PAYMENTS_PER_YEAR: ReadonlyMap<string, number> = new Map([
  ["月缴", 12],
  ["月交", 12],
  ["月付", 12],
  ["monthly", 12],
  ["季缴", 4],
  ["季交", 4],
  ["季付", 4],
  ["quarterly", 4],
  ["半年缴", 2],
  ["半年交", 2],
  ["半年付", 2],
  ["semi-annual", 2],
  ["semi-annually", 2],
  ["semi annual", 2],
  ["semiannual", 2],
  ["half yearly", 2],
  ["half-yearly", 2],
  ["年缴", 1],
  ["年交", 1],
  ["年付", 1],
  ["annual", 1],
  ["annually", 1],
  ["yearly", 1],
]);

/** Words in an amount's header that say the amount is already a year's premium (年繳保費, Annual Premium). */
export const ANNUAL_PREMIUM_WORDS: readonly string[] = [
  "年缴",
  "年交",
  "年保费",
  "annual",
  "yearly",
  "per year",
];
