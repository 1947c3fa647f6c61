import {
  FACTOR_LETTERS,
  registerSettingsSchema,
  THRESHOLD_TIERS,
  type FactorLetter,
  type RegisterSettings,
} from "../register/settings";

/** The tier part of the settings as the inputs hold it: text, so a half-typed number is not lost. */
export interface TierForm {
  thresholds: string[];
  weights: Record<FactorLetter, string>;
  against: FactorLetter[];
  valueCut: string;
  difficultyCut: string;
}

export type TierFormProblem = "thresholds" | "weights" | "cuts";

export interface TierFormCheck {
  /** The full settings with the form's values, when they are valid. */
  settings: RegisterSettings | null;
  problems: TierFormProblem[];
  /** Inputs to highlight: "threshold:gold", "weight:C", "valueCut", "difficultyCut". */
  invalid: string[];
}

export function toForm(settings: RegisterSettings): TierForm {
  const weights = {} as Record<FactorLetter, string>;
  for (const letter of FACTOR_LETTERS) weights[letter] = String(settings.factors[letter].weight);
  return {
    // Amounts with thousands separators (5,000,000), as the Settings sheet shows them.
    thresholds: settings.tierThresholds.map((t) => t.toLocaleString("en-US")),
    weights,
    against: FACTOR_LETTERS.filter((letter) => settings.factors[letter].against),
    valueCut: String(settings.gradeValueCut),
    difficultyCut: String(settings.gradeDifficultyCut),
  };
}

/** Chinese amounts are often typed in 万 / 亿 (500万 = 5,000,000). */
const UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** A number as typed: separators (also the full-width comma) and spaces ignored, a trailing 万 or 亿 multiplied out. */
export function readNumber(text: string): number {
  const trimmed = text.trim().replace(/[,，\s]/g, "");
  const unit = UNITS[trimmed.slice(-1)];
  const digits = unit ? trimmed.slice(0, -1) : trimmed;
  if (digits === "") return NaN;
  const value = Number(digits);
  // 1.2万 is 12,000 exactly, not 12000.000000000002.
  return unit ? Math.round(value * unit * 1e6) / 1e6 : value;
}

/**
 * Reads the form into settings and checks them with the register's own settings schema, so the
 * pane accepts exactly what the Settings sheet accepts; each rule broken points at its inputs.
 */
export function checkForm(form: TierForm, base: RegisterSettings): TierFormCheck {
  const thresholds = form.thresholds.map(readNumber) as RegisterSettings["tierThresholds"];
  const factors = { ...base.factors };
  for (const letter of FACTOR_LETTERS)
    factors[letter] = {
      weight: readNumber(form.weights[letter]),
      against: form.against.includes(letter),
    };
  const candidate: RegisterSettings = {
    ...base,
    tierThresholds: thresholds,
    factors,
    gradeValueCut: readNumber(form.valueCut),
    gradeDifficultyCut: readNumber(form.difficultyCut),
  };

  const parsed = registerSettingsSchema.safeParse(candidate);
  if (parsed.success) return { settings: parsed.data, problems: [], invalid: [] };

  const problems = new Set<TierFormProblem>();
  const invalid = new Set<string>();
  for (const issue of parsed.error.issues) {
    const [head, second] = issue.path;
    if (head === "tierThresholds") {
      problems.add("thresholds");
      const tiers = typeof second === "number" ? [THRESHOLD_TIERS[second]] : THRESHOLD_TIERS;
      for (const tier of tiers) invalid.add(`threshold:${tier}`);
    } else if (head === "factors") {
      problems.add("weights");
      const letters = typeof second === "string" ? [second] : FACTOR_LETTERS;
      for (const letter of letters) invalid.add(`weight:${letter}`);
    } else if (head === "gradeValueCut") {
      problems.add("cuts");
      invalid.add("valueCut");
    } else if (head === "gradeDifficultyCut") {
      problems.add("cuts");
      invalid.add("difficultyCut");
    }
  }
  return { settings: null, problems: [...problems], invalid: [...invalid] };
}
