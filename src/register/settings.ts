/**
 * The register's settings: tier thresholds, value-assessment weights, grade cuts, complaint
 * service levels and presentation choices. They live on the workbook's Settings sheet so that
 * each company can set its own; these defaults follow the domain notes (postal operator tiers,
 * CNY amounts).
 */
// zod/mini: the same schemas as zod's chained API, but only the checks used are bundled. The pane
// validates its settings form with this schema on first load, and the chained API alone weighed
// more than the rest of the pane's own code.
import * as z from "zod/mini";
import { LANGS } from "./types";

/** Tiers that have a revenue threshold, highest first; below the last one a client is "standard". */
export const THRESHOLD_TIERS = ["diamond", "platinum", "gold", "vip"] as const;
export type ThresholdTier = (typeof THRESHOLD_TIERS)[number];

/** The value-assessment factors A–G of domain.md, in order. */
export const FACTOR_LETTERS = ["A", "B", "C", "D", "E", "F", "G"] as const;
export type FactorLetter = (typeof FACTOR_LETTERS)[number];

/** Complaint severities, most urgent first (the order of the SlaDays cells). */
export const SLA_SEVERITIES = ["critical", "high", "medium", "low"] as const;
export type SlaSeverity = (typeof SLA_SEVERITIES)[number];

export const FORMULA_STYLES = ["portable", "live"] as const;
export type FormulaStyle = (typeof FORMULA_STYLES)[number];

// Messages are given here because zod/mini carries no default texts ("Invalid input").
const aNumber = () => z.number("expected a number");
const notNegative = z.minimum(0, "must be 0 or more");
const amount = aNumber().check(notNegative);
const days = z.int("expected a whole number of days").check(notNegative);
const cut = aNumber().check(notNegative, z.maximum(100, "must be 100 or less"));

const factorSchema = z.object({
  weight: aNumber().check(notNegative),
  /** True when a high score counts against the deal (cost, risk, difficulty). */
  against: z.boolean("expected TRUE or FALSE"),
});

const byLetter = <T extends z.ZodMiniType>(schema: T) =>
  z.object(
    Object.fromEntries(FACTOR_LETTERS.map((letter) => [letter, schema])) as Record<FactorLetter, T>
  );

export const registerSettingsSchema = z.object({
  /** Minimum annual revenue per tier, in the order of THRESHOLD_TIERS (diamond first). */
  tierThresholds: z
    .tuple([amount, amount, amount, amount])
    .check(
      z.refine(
        (t) => t.every((value, i) => i === 0 || value <= t[i - 1]),
        "tier thresholds must not increase from diamond to VIP"
      )
    ),
  factors: byLetter(factorSchema).check(
    z.refine(
      (factors) => FACTOR_LETTERS.some((letter) => factors[letter].weight > 0),
      "at least one factor weight must be above 0"
    )
  ),
  gradeValueCut: cut,
  gradeDifficultyCut: cut,
  slaDays: z.object({ critical: days, high: days, medium: days, low: days }),
  /** Count complaint service-level days as working days (Mon–Fri) instead of calendar days. */
  businessDays: z.boolean("expected TRUE or FALSE"),
  /** A client not visited for this many days is flagged in reviews. */
  notVisitedDays: days,
  currency: z
    .string()
    .check(z.regex(/^[A-Z]{3}$/, "expected a three-letter currency code such as CNY")),
  lang: z.enum(LANGS, `expected one of ${LANGS.join(", ")}`),
  formulaStyle: z.enum(FORMULA_STYLES, `expected one of ${FORMULA_STYLES.join(", ")}`),
});

export type RegisterSettings = z.infer<typeof registerSettingsSchema>;

export const DEFAULT_SETTINGS: RegisterSettings = {
  tierThresholds: [5_000_000, 1_000_000, 500_000, 10_000],
  factors: {
    A: { weight: 20, against: false },
    B: { weight: 10, against: true },
    C: { weight: 15, against: true },
    D: { weight: 25, against: false },
    E: { weight: 10, against: true },
    F: { weight: 10, against: false },
    G: { weight: 10, against: true },
  },
  gradeValueCut: 50,
  gradeDifficultyCut: 50,
  slaDays: { critical: 1, high: 3, medium: 7, low: 15 },
  businessDays: false,
  notVisitedDays: 90,
  currency: "CNY",
  lang: "en",
  formulaStyle: "portable",
};

/** The currency a register in each language starts with (Settings can change it). */
export const CURRENCY_BY_LANG: Record<(typeof LANGS)[number], string> = {
  en: "CNY",
  "zh-CN": "CNY",
  "zh-TW": "TWD",
};

/** The default settings of a register in `lang`: its language and that language's currency. */
export function defaultSettingsFor(lang: (typeof LANGS)[number]): RegisterSettings {
  return { ...DEFAULT_SETTINGS, lang, currency: CURRENCY_BY_LANG[lang] };
}

/** Default settings with some values replaced; throws a readable error when the result is invalid. */
export function makeSettings(overrides: Partial<RegisterSettings> = {}): RegisterSettings {
  return parseSettings({ ...DEFAULT_SETTINGS, ...overrides });
}

/** Validates settings from any source; the error names every offending setting. */
export function parseSettings(input: unknown): RegisterSettings {
  const result = registerSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `${issue.path.join(".") || "settings"}: ${issue.message}`
  );
  throw new Error(`Invalid register settings: ${problems.join("; ")}`);
}
