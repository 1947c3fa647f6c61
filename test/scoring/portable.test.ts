import {
  PORTABLE_FUNCTIONS,
  portableCiGap,
  portableGrade,
  portableSatisfaction,
  portableShareOfWallet,
  portableTier,
  portableValueScore,
} from "../../src/scoring";
import { expectScoringError } from "./expect-error";

/** Parentheses balance outside string literals, and never close more than they opened. */
function isBalanced(formula: string): boolean {
  let depth = 0;
  let inString = false;
  for (const ch of formula) {
    if (ch === '"') inString = !inString;
    else if (!inString && ch === "(") depth++;
    else if (!inString && ch === ")" && --depth < 0) return false;
  }
  return depth === 0 && !inString;
}

function functionNames(formula: string): string[] {
  const outsideStrings = formula.replace(/"[^"]*"/g, '""');
  return [...outsideStrings.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\(/g)].map((m) => m[1]);
}

const allowed = [
  "IF",
  "AND",
  "OR",
  "ISNUMBER",
  "ISBLANK",
  "LEN",
  "INDEX",
  "MATCH",
  "COUNT",
  "AVERAGE",
  "SUMPRODUCT",
  "MAX",
  "MIN",
  "IFERROR",
];

const samples: Record<string, string> = {
  tier: portableTier("[@annualRevenue]", "TierThresholds"),
  tierWithRange: portableTier("B2", "Settings!$B$2:$B$5"),
  grade: portableGrade("C2", "D2"),
  gradeWithCuts: portableGrade("C2", "D2", "GradeValueCut", "Settings!$B$9"),
  valueScore: portableValueScore("E2:K2", "Weights", "Against"),
  satisfaction: portableSatisfaction("R2", "Q2"),
  ciGap: portableCiGap("B2", "C2"),
  shareOfWallet: portableShareOfWallet("B2", "C2"),
};

describe("portable formulas", () => {
  test('tier: a nested IF ladder over the 4 thresholds, blank or text revenue gives ""', () => {
    expect(portableTier("B2", "TierThresholds")).toBe(
      'IF(ISNUMBER(B2),IF(B2>=INDEX(TierThresholds,1),"diamond",IF(B2>=INDEX(TierThresholds,2),"platinum",' +
        'IF(B2>=INDEX(TierThresholds,3),"gold",IF(B2>=INDEX(TierThresholds,4),"vip","standard")))),"")'
    );
  });

  test("grade: high value splits B/A by difficulty, low value D/C", () => {
    expect(portableGrade("C2", "D2")).toBe(
      'IF(AND(ISNUMBER(C2),ISNUMBER(D2)),IF(C2>=50,IF(D2>=50,"B","A"),IF(D2>=50,"D","C")),"")'
    );
    expect(portableGrade("C2", "D2", "$H$1", "$H$2")).toBe(
      'IF(AND(ISNUMBER(C2),ISNUMBER(D2)),IF(C2>=$H$1,IF(D2>=$H$2,"B","A"),IF(D2>=$H$2,"D","C")),"")'
    );
  });

  test("value score: (s − 1)·25 with s inverted where against, blank scores drop out with their weights", () => {
    expect(portableValueScore("E2:K2", "W", "X")).toBe(
      'IF(COUNT(E2:K2)=0,"",SUMPRODUCT(ISNUMBER(E2:K2)*W*(E2:K2+(X*1<>0)*(6-2*E2:K2)-1))*25/SUMPRODUCT(ISNUMBER(E2:K2)*W))'
    );
  });

  test("satisfaction, CI gap and share of wallet", () => {
    expect(portableSatisfaction("R2", "Q2")).toBe(
      'IF(OR(COUNT(R2)=0,COUNT(Q2)=0),"",AVERAGE(R2)-AVERAGE(Q2))'
    );
    expect(portableCiGap("B2", "C2")).toBe('IF(ISNUMBER(B2),MAX(0,3*B2-C2),"")');
    expect(portableCiGap("B2", "C2", "CiMultiple")).toBe(
      'IF(ISNUMBER(B2),MAX(0,CiMultiple*B2-C2),"")'
    );
    expect(portableShareOfWallet("B2", "C2")).toBe(
      'IF(AND(ISNUMBER(B2),ISNUMBER(C2)),IF(C2>0,B2/C2,""),"")'
    );
  });

  test("a reference that is an expression is bracketed before arithmetic", () => {
    expect(portableCiGap("B2", "C2+D2")).toBe('IF(ISNUMBER(B2),MAX(0,3*B2-(C2+D2)),"")');
    expect(portableShareOfWallet("'Asset Review'!B2", "C2")).toBe(
      "IF(AND(ISNUMBER(('Asset Review'!B2)),ISNUMBER(C2)),IF(C2>0,('Asset Review'!B2)/C2,\"\"),\"\")"
    );
  });

  test.each(Object.entries(samples))(
    "%s: balanced, no leading =, commas not semicolons, only portable functions",
    (_, formula) => {
      expect(isBalanced(formula)).toBe(true);
      expect(formula.startsWith("=")).toBe(false);
      expect(formula.replace(/"[^"]*"/g, "")).not.toContain(";");
      const names = functionNames(formula);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(allowed).toContain(name);
      expect(names).not.toContain("IFS");
    }
  );

  test("the declared function list is within the portable set", () => {
    for (const name of PORTABLE_FUNCTIONS) expect(allowed).toContain(name);
  });

  test("rejects empty references and a leading =", () => {
    expectScoringError(() => portableTier("", "TierThresholds"), "value", /revenueRef/);
    expectScoringError(() => portableTier("B2", "  "), "value", /thresholdsRef/);
    expectScoringError(() => portableGrade("=C2", "D2"), "value", /leading "="/);
  });
});
