/**
 * A client's risk appetite written as a step of a numbered scale under a header that names risk
 * (风险等级 1–5, "Attitude to Risk" 1–7, "Risk score (1-10)"), read onto the register's three
 * profiles. The bank codes (R1–R5, C1–C5, PR1–PR5) are value words (register/vocabulary/values);
 * bare numbers need the column: which scale they are steps of.
 *
 * Where the steps fall, and why:
 * - 1–5 (China's suitability rules C1–C5 / R1–R5, most bank KYC forms): 1–2 conservative (保守 and
 *   谨慎 both buy only low-risk products), 3 moderate (稳健, the middle step), 4–5 aggressive
 *   (积极, 激进).
 * - 1–7 (UK attitude-to-risk questionnaires): 1–2 cautious, 3–5 balanced, 6–7 adventurous — the
 *   middle three steps are all described as "balanced" ("lowest medium" … "highest medium").
 * - 1–10: 1–3 low, 4–7 medium, 8–10 high: three low and three high steps on each side of the four
 *   middle ones, the same symmetry as the other two scales.
 * The scale is the one the header states ("(1-7)", "1–10", "/10", "满分5"); without one, the
 * smallest of 5, 7 and 10 that holds the column's highest step, told once for the column so a
 * person sees which scale was assumed. A column with a step beyond its scale, a fraction or a zero
 * is no step scale: its numbers stay as written.
 */
import { isBlankCell } from "./grid";
import type { SourceCell } from "./types";

export type RiskKey = "conservative" | "moderate" | "aggressive";

export interface RiskScale {
  /** The highest step: 5, 7 or 10. */
  top: number;
  /** True when the header states the scale; false when the column's highest step implied it. */
  stated: boolean;
  /** The column's highest step. */
  highest: number;
}

const TOPS = [5, 7, 10] as const;

/** "(1-7)", "1–10", "1~5", "1至5", "1 to 10", "/10", "out of 7", "满分5", "滿分 10". */
const STATED_SCALE =
  /(?:^|[^\d.])1\s*(?:-|–|—|~|～|至|到|to)\s*(5|7|10)(?![\d.])|(?:\/|out\s+of|满分|滿分)\s*(5|7|10)(?![\d.])/i;

/** The top of the scale a header states, or null. */
export function statedScaleTop(header: string): number | null {
  const m = STATED_SCALE.exec(header.normalize("NFKC"));
  if (!m) return null;
  return Number(m[1] ?? m[2]);
}

/** A cell's whole-number step (3, "3", " 3 "), or null when it is not a bare number. */
function stepOf(raw: SourceCell): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const text = raw.normalize("NFKC").trim();
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : null;
}

/**
 * The scale a risk column's numbers are steps of; null when it holds no numbers, or numbers no
 * step scale holds (0, 2.5, 12, or above the header's stated top).
 */
export function riskScaleOf(header: string, values: readonly SourceCell[]): RiskScale | null {
  let highest = 0;
  for (const raw of values) {
    if (isBlankCell(raw)) continue;
    const step = stepOf(raw);
    if (step === null) continue;
    if (!Number.isInteger(step) || step < 1) return null;
    highest = Math.max(highest, step);
  }
  if (highest === 0) return null;
  const stated = statedScaleTop(header);
  if (stated !== null) return highest <= stated ? { top: stated, stated: true, highest } : null;
  const top = TOPS.find((t) => t >= highest);
  return top === undefined ? null : { top, stated: false, highest };
}

/** The profile a step of the scale stands for (see the file's comment for the bands). */
export function riskOfStep(step: number, top: number): RiskKey | null {
  if (!Number.isInteger(step) || step < 1 || step > top) return null;
  const [lowTop, middleTop] = top === 5 ? [2, 3] : top === 7 ? [2, 5] : [3, 7];
  return step <= lowTop ? "conservative" : step <= middleTop ? "moderate" : "aggressive";
}

/** The bands of a scale as "1–2 / 3–5 / 6–7", for the column's note. */
export function scaleBands(top: number): string {
  const [lowTop, middleTop] = top === 5 ? [2, 3] : top === 7 ? [2, 5] : [3, 7];
  const band = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);
  return `${band(1, lowTop)} / ${band(lowTop + 1, middleTop)} / ${band(middleTop + 1, top)}`;
}

/** A cell's step read onto the scale, or null when the cell is no step of it. */
export function riskOfCell(raw: SourceCell, scale: RiskScale): RiskKey | null {
  const step = stepOf(raw);
  return step === null ? null : riskOfStep(step, scale.top);
}

/**
 * True when a column's sampled values (text → count) are mostly whole steps 1–10 and none is
 * beyond: the numbers of a risk scale, which fit a header naming risk.
 */
export function holdsRiskSteps(values: Iterable<readonly [string, number]>): boolean {
  let all = 0;
  let steps = 0;
  for (const [text, count] of values) {
    if (text.trim() === "") continue;
    all += count;
    const step = stepOf(text);
    if (step === null) continue;
    if (!Number.isInteger(step) || step < 1 || step > 10) return false;
    steps += count;
  }
  return all > 0 && steps / all >= 0.8;
}
