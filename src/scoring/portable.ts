/**
 * Builders of portable formulas: Excel formula text (no leading "=", English function names,
 * comma separators) that uses built-in functions only, so that a register computes in any Excel
 * and in LibreOffice without the add-in. Each mirrors a scoring function for valid input; where
 * the TypeScript function would throw on a blank input, the formula shows "" instead so that
 * half-filled rows stay quiet.
 *
 * Arguments are cell references, ranges, defined names or structured references given as text.
 */
import { ScoringError } from "./errors";
import { TIER_KEYS } from "./tiering";

/** Function names the builders may use (no IFS, no dynamic-array or 365-only functions). */
export const PORTABLE_FUNCTIONS = [
  "IF",
  "AND",
  "OR",
  "ISNUMBER",
  "INDEX",
  "COUNT",
  "AVERAGE",
  "SUMPRODUCT",
  "MAX",
] as const;

function requireRef(ref: string, name: string): string {
  if (typeof ref !== "string" || ref.trim() === "")
    throw new ScoringError("value", `${name} must be a cell reference, range or name.`);
  const text = ref.trim();
  if (text.startsWith("="))
    throw new ScoringError("value", `${name} must be given without a leading "=", got "${text}".`);
  return text;
}

/** A reference as an arithmetic operand: bracketed unless it is a single token (A1, $B$2, Sheet1!C3, a name, 50). */
function operand(ref: string, name: string): string {
  const text = requireRef(ref, name);
  return /^[^\s+\-*/^&=<>,()]+$/.test(text) ? text : `(${text})`;
}

const quote = (text: string) => `"${text}"`;

/**
 * The tier for a revenue; thresholds is a 4-cell range or name (diamond, platinum, gold, VIP).
 * Non-numeric revenue → "". `names` are the five texts to return, diamond first (default: the
 * keys; a Chinese register passes its labels).
 */
export function portableTier(
  revenueRef: string,
  thresholdsRef: string,
  names: readonly string[] = TIER_KEYS
): string {
  const revenue = operand(revenueRef, "revenueRef");
  const thresholds = requireRef(thresholdsRef, "thresholdsRef");
  if (names.length !== TIER_KEYS.length)
    throw new ScoringError("value", `names must hold ${TIER_KEYS.length} tier names.`);
  const ladder = names
    .slice(0, 4)
    .reduceRight(
      (otherwise, name, i) =>
        `IF(${revenue}>=INDEX(${thresholds},${i + 1}),${quote(name.replace(/"/g, '""'))},${otherwise})`,
      quote(names[4].replace(/"/g, '""'))
    );
  return `IF(ISNUMBER(${revenue}),${ladder},"")`;
}

/** A/B/C/D by value and difficulty (at or above a cut is high); either blank → "". */
export function portableGrade(
  valueRef: string,
  difficultyRef: string,
  valueCutRef = "50",
  difficultyCutRef = "50"
): string {
  const value = operand(valueRef, "valueRef");
  const difficulty = operand(difficultyRef, "difficultyRef");
  const highDifficulty = `${difficulty}>=${operand(difficultyCutRef, "difficultyCutRef")}`;
  const byDifficulty = (ifHigh: string, ifLow: string) =>
    `IF(${highDifficulty},${quote(ifHigh)},${quote(ifLow)})`;
  return `IF(AND(ISNUMBER(${value}),ISNUMBER(${difficulty})),IF(${value}>=${operand(valueCutRef, "valueCutRef")},${byDifficulty("B", "A")},${byDifficulty("D", "C")}),"")`;
}

/**
 * The 0–100 weighted value from 1–5 scores. The three ranges have the same shape; against holds
 * 1/0 or TRUE/FALSE. Blank scores drop out with their weight; all blank → "".
 * A score s counts as s, or 6 − s where against: s + against·(6 − 2s); on 0–100 it is (s − 1)·25.
 */
export function portableValueScore(
  scoresRef: string,
  weightsRef: string,
  againstRef: string
): string {
  const scores = operand(scoresRef, "scoresRef");
  const weights = operand(weightsRef, "weightsRef");
  const against = operand(againstRef, "againstRef");
  const counted = `ISNUMBER(${scores})*${weights}`;
  const oriented = `${scores}+(${against}*1<>0)*(6-2*${scores})`;
  return `IF(COUNT(${scores})=0,"",SUMPRODUCT(${counted}*(${oriented}-1))*25/SUMPRODUCT(${counted}))`;
}

/** Mean actual − mean expected; either side without numbers → "". */
export function portableSatisfaction(actualRef: string, expectedRef: string): string {
  const actual = requireRef(actualRef, "actualRef");
  const expected = requireRef(expectedRef, "expectedRef");
  return `IF(OR(COUNT(${actual})=0,COUNT(${expected})=0),"",AVERAGE(${actual})-AVERAGE(${expected}))`;
}

/** max(0, multiple × income − cover); blank income → "", blank cover counts as no cover. */
export function portableCiGap(incomeRef: string, coverRef: string, multipleRef = "3"): string {
  const income = operand(incomeRef, "incomeRef");
  return `IF(ISNUMBER(${income}),MAX(0,${operand(multipleRef, "multipleRef")}*${income}-${operand(coverRef, "coverRef")}),"")`;
}

/** ours / total; blank or non-numeric input, or a total that is not above 0 → "". */
export function portableShareOfWallet(oursRef: string, totalRef: string): string {
  const ours = operand(oursRef, "oursRef");
  const total = operand(totalRef, "totalRef");
  return `IF(AND(ISNUMBER(${ours}),ISNUMBER(${total})),IF(${total}>0,${ours}/${total},""),"")`;
}
