/**
 * The register's portable formulas, recalculated by LibreOffice, against the TypeScript scoring
 * functions on the same inputs. All inputs go into two workbooks (default settings, changed
 * settings) so that LibreOffice starts once.
 *
 * Where a TypeScript function refuses an input (a blank, a total of 0), the formula's documented
 * answer is a blank cell; those cases are checked as "TS throws and the cell is blank".
 */
import ExcelJS from "exceljs";
import {
  DEFAULT_SETTINGS,
  FACTOR_LETTERS,
  makeSettings,
  type RegisterSettings,
} from "../../src/register/settings";
import type { RegisterRecord } from "../../src/register/types";
import {
  ScoringError,
  ciGap,
  dueDate,
  grade,
  satisfaction,
  shareOfWallet,
  tier,
  valueScore,
} from "../../src/scoring";
import { portableCiGap, portableShareOfWallet } from "../../src/scoring/portable";
import type { PlanValue, SheetPlan } from "../../src/workbook/plan";
import { columnLetter } from "../../src/workbook/a1";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { excelSerial, fromDayNumber } from "../../src/register/workflow/dates";
import {
  readRegisterWorkbook,
  type RegisterWorkbook,
} from "../../src/workbook/xlsx/register-reader";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { cellScalar } from "../../src/workbook/xlsx/cell-values";
import { cachedMismatches, formulaCells } from "./support/cached-values";
import { recalculate } from "./support/libreoffice";

// ---- inputs --------------------------------------------------------------------------------------

/** Every threshold exactly, a cent and a unit either side, of both threshold sets used below. */
function boundaryRevenues(...sets: readonly (readonly number[])[]): number[] {
  const around = sets.flat().flatMap((t) => [t, t - 1, t - 0.01, t + 0.01]);
  return [...new Set([...around, 0, -250, 123_456.78, 1e9])];
}

const CHANGED: RegisterSettings = makeSettings({
  tierThresholds: [2_000_000, 800_000, 300_000, 5_000],
  factors: {
    A: { weight: 5, against: false },
    B: { weight: 20, against: true },
    C: { weight: 0, against: true },
    D: { weight: 40, against: false },
    E: { weight: 10, against: false },
    F: { weight: 15, against: true },
    G: { weight: 10, against: true },
  },
  gradeValueCut: 60,
  gradeDifficultyCut: 40,
  slaDays: { critical: 0, high: 2, medium: 5, low: 10 },
  businessDays: true,
});

const REVENUES = boundaryRevenues(DEFAULT_SETTINGS.tierThresholds, CHANGED.tierThresholds);
const GRADE_VALUES = [50, 49.99, 50.01, 60, 59.99, 0, 100];
const GRADE_DIFFICULTIES = [50, 49.99, 40, 39.99, 0, 100];
const GRADE_PAIRS = GRADE_VALUES.flatMap((v) => GRADE_DIFFICULTIES.map((d) => [v, d] as const));

/** A small deterministic generator, so that failures are reproducible. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Factors = (number | null)[];
const FACTOR_ROWS: Factors[] = (() => {
  const rows: Factors[] = [
    [1, 1, 1, 1, 1, 1, 1],
    [5, 5, 5, 5, 5, 5, 5],
    [3, 3, 3, 3, 3, 3, 3],
    [5, 1, 1, 5, 1, 5, 1],
    [1, 5, 5, 1, 5, 1, 5],
    [5, null, null, null, null, null, null],
    [null, null, null, null, null, null, 1],
    [null, 4, null, 2, null, null, 3],
    [2.5, 3.5, null, 4.5, 1.5, null, 5],
    [null, null, null, null, null, null, null],
    [null, null, 5, null, null, null, null], // only C: weight 0 under the changed settings
  ];
  const random = lcg(20250101);
  for (let i = 0; i < 40; i++) {
    rows.push(
      FACTOR_LETTERS.map(() =>
        random() < 0.2 ? null : 1 + Math.floor(random() * 5) + (random() < 0.2 ? 0.5 : 0)
      ).map((x) => (x === null ? null : Math.min(5, x)))
    );
  }
  return rows;
})();

const SATISFACTION_PAIRS: [number | null, number | null][] = [
  [3, 4],
  [5, 5],
  [4.5, 2],
  [0, 10],
  [2.2, 1.1],
  [null, 4],
  [3, null],
  [-1, -3],
];
const RECEIVED_ON = [
  "2025-03-07",
  "2025-03-08",
  "2025-03-09",
  "2024-02-28",
  "2024-12-31",
  "2025-01-01",
]; // Fri, Sat, Sun, leap, year end
const SEVERITIES = ["critical", "high", "medium", "low"] as const;
const OVERDUE_CASES: { receivedOn: string; status: string | null }[] = [
  { receivedOn: "2000-01-03", status: "open" },
  { receivedOn: "2000-01-03", status: "in-progress" },
  { receivedOn: "2000-01-03", status: null },
  { receivedOn: "2000-01-03", status: "resolved" },
  { receivedOn: "2000-01-03", status: "closed" },
  { receivedOn: "2999-01-01", status: "open" },
];

function records(): Partial<
  Record<"Clients" | "Tiers" | "Complaints" | "Pipeline", RegisterRecord[]>
> {
  const clients = REVENUES.map((revenue, i) => ({
    clientId: `C-${i}`,
    name: `Client ${i}`,
    annualRevenue: revenue,
  }));
  const rows = Math.max(REVENUES.length, GRADE_PAIRS.length);
  const tiers: RegisterRecord[] = Array.from({ length: rows }, (_, i) => ({
    clientId: `C-${i % REVENUES.length}`,
    valueScore: i < GRADE_PAIRS.length ? GRADE_PAIRS[i][0] : null,
    difficulty: i < GRADE_PAIRS.length ? GRADE_PAIRS[i][1] : null,
  }));
  tiers.push({ clientId: "C-0", overrideTier: "vip", overrideReason: "test" });
  const complaints: RegisterRecord[] = [
    ...SATISFACTION_PAIRS.map(([actual, expected], i) => ({
      complaintId: `S-${i}`,
      actualScore: actual,
      expectedScore: expected,
    })),
    ...RECEIVED_ON.flatMap((receivedOn) =>
      SEVERITIES.map((severity) => ({
        complaintId: `D-${receivedOn}-${severity}`,
        receivedOn,
        severity,
        status: "closed",
      }))
    ),
    ...OVERDUE_CASES.map((c, i) => ({
      complaintId: `O-${i}`,
      receivedOn: c.receivedOn,
      severity: "low",
      status: c.status,
    })),
  ];
  const pipeline = FACTOR_ROWS.map((factors, i) => ({
    opportunityId: `P-${i}`,
    ...Object.fromEntries(FACTOR_LETTERS.map((letter, j) => [`factor${letter}`, factors[j]])),
  }));
  return { Clients: clients, Tiers: tiers, Complaints: complaints, Pipeline: pipeline };
}

// CI gap and share of wallet have no register column; a grid sheet exercises their builders.
const CI_CASES: [number | null, number | null, number][] = [
  [100_000, 0, 3],
  [100_000, 500_000, 3],
  [100_000, 300_000, 3],
  [100_000, 299_999.99, 3],
  [250_000, 100_000, 5],
  [null, 1_000, 3],
  [50_000, null, 3],
  [0, 0, 3],
  [80_000, 100_000, 0],
];
const WALLET_CASES: [number | null, number | null][] = [
  [50, 200],
  [0, 100],
  [100, 0],
  [null, 100],
  [300, 300],
  [1e6, 3e6],
  [100, null],
];

function checksSheet(): SheetPlan {
  const grid: PlanValue[][] = [
    ["income", "cover", "multiple", "ciGap", "", "ours", "total", "shareOfWallet"],
  ];
  const rows = Math.max(CI_CASES.length, WALLET_CASES.length);
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const ci = CI_CASES[i];
    const wallet = WALLET_CASES[i];
    grid.push([
      ci ? ci[0] : null,
      ci ? ci[1] : null,
      ci ? ci[2] : null,
      ci ? { formula: portableCiGap(`A${r}`, `B${r}`, `C${r}`) } : null,
      null,
      wallet ? wallet[0] : null,
      wallet ? wallet[1] : null,
      wallet ? { formula: portableShareOfWallet(`F${r}`, `G${r}`) } : null,
    ]);
  }
  return { name: "Checks", grid, freezeRows: 0, conditionalFormats: [] };
}

/** Excel's serial of 1970-01-01 less its day number: serial − this = days since 1970. */
const EXCEL_DAY_ZERO = excelSerial("1970-01-01");

// ---- the run -------------------------------------------------------------------------------------

interface Result {
  register: RegisterWorkbook;
  checks: ExcelJS.Worksheet;
  /** The file as we wrote it and as LibreOffice saved it after recalculating. */
  written: Buffer;
  recalculated: Buffer;
}
const results: Record<"defaults" | "changed", Result> = {} as Record<
  "defaults" | "changed",
  Result
>;

beforeAll(async () => {
  const build = (settings: RegisterSettings) => {
    const plan = buildRegisterPlan({
      lang: "zh-CN",
      formulaStyle: "portable",
      settings,
      records: records(),
    });
    return writeWorkbook({ ...plan, sheets: [...plan.sheets, checksSheet()] });
  };
  const written = {
    defaults: await build(DEFAULT_SETTINGS),
    changed: await build(CHANGED),
  };
  const outputs = await recalculate([
    { name: "defaults.xlsx", data: written.defaults },
    { name: "changed.xlsx", data: written.changed },
  ]);
  for (const key of ["defaults", "changed"] as const) {
    const data = outputs.get(`${key}.xlsx`)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    results[key] = {
      register: await readRegisterWorkbook(data),
      checks: wb.getWorksheet("Checks")!,
      written: written[key],
      recalculated: data,
    };
  }
});

/**
 * A complaint's dueOn as LibreOffice computed it: the formula cell's result (the register reader
 * reads a formula's result in dueOn as no due day of the complaint's own, so it is read here).
 */
function computedDueOn(key: "defaults" | "changed", complaintId: string): string | null {
  const table = buildRegisterPlan({ lang: "zh-CN", formulaStyle: "portable" }).sheets.find(
    (s) => s.registerKey === "Complaints"
  )!;
  const letter = columnLetter(table.table!.columns.findIndex((c) => c.key === "dueOn"));
  const row = results[key].register.records.Complaints.findIndex(
    (r) => r.complaintId === complaintId
  );
  const cell = formulaCells(results[key].recalculated).find(
    (c) => c.sheet === table.name && c.address === `${letter}${row + 2}`
  );
  return typeof cell?.cached === "number" ? fromDayNumber(cell.cached - EXCEL_DAY_ZERO) : null;
}

/** The TS answer, or null where the TS function refuses the input (the formula then shows a blank). */
function orBlank<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ScoringError) return null;
    throw error;
  }
}

const close = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : a === b;

describe.each([
  ["defaults", DEFAULT_SETTINGS],
  ["changed", CHANGED],
] as const)(
  "portable formulas in LibreOffice = TypeScript scoring (%s settings)",
  (key, settings) => {
    const register = () => results[key].register;

    test("the settings LibreOffice saved are the ones written, and every input row came back", () => {
      expect(register().settings).toEqual({ ...settings, lang: "zh-CN" });
      const { Tiers, Complaints, Pipeline, Clients } = register().records;
      expect(Clients).toHaveLength(REVENUES.length);
      expect(Tiers).toHaveLength(Math.max(REVENUES.length, GRADE_PAIRS.length) + 1);
      expect(Complaints).toHaveLength(
        SATISFACTION_PAIRS.length + RECEIVED_ON.length * SEVERITIES.length + OVERDUE_CASES.length
      );
      expect(Pipeline).toHaveLength(FACTOR_ROWS.length);
      // The calculated cells hold LibreOffice's results, not blanks.
      expect(Tiers.filter((r) => typeof r.tier === "string").length).toBeGreaterThanOrEqual(
        REVENUES.length
      );
      expect(Pipeline.filter((r) => typeof r.valueScore === "number").length).toBeGreaterThan(
        FACTOR_ROWS.length - 3
      );
    });

    test("every calculated cell we write caches the value LibreOffice computes", async () => {
      // The Checks sheet is the test's own, written without cached values.
      const ours = formulaCells(results[key].written).filter((c) => c.sheet !== "Checks");
      const sheets = new Set(ours.map((c) => c.sheet));
      expect(sheets.size).toBe(3); // Tiers, Complaints, Pipeline
      expect(ours.filter((c) => c.cached !== null).length).toBeGreaterThan(ours.length * 0.9);
      expect(cachedMismatches(ours, formulaCells(results[key].recalculated))).toEqual([]);
      // Read as written, without any recalculation, the register already holds LibreOffice's results.
      const asWritten = (await readRegisterWorkbook(results[key].written)).records;
      expect(asWritten.Tiers).toEqual(register().records.Tiers);
      expect(asWritten.Complaints).toEqual(register().records.Complaints);
    });

    test("tier at, just below and just above every threshold", () => {
      const mismatches: string[] = [];
      for (const row of register().records.Tiers.filter((r) => r.overrideTier === null)) {
        const revenue = REVENUES[Number(String(row.clientId).slice(2))];
        if (row.annualRevenue !== revenue)
          mismatches.push(
            `${row.clientId}: revenue looked up ${row.annualRevenue}, expected ${revenue}`
          );
        const expected = tier(revenue, settings.tierThresholds);
        if (row.tier !== expected)
          mismatches.push(`revenue ${revenue}: LibreOffice ${row.tier}, TypeScript ${expected}`);
        if (row.effectiveTier !== expected)
          mismatches.push(`revenue ${revenue}: effective tier ${row.effectiveTier}`);
      }
      expect(mismatches).toEqual([]);
    });

    test("an override tier wins over the computed one", () => {
      const overridden = register().records.Tiers.find((r) => r.overrideTier === "vip")!;
      expect(overridden.tier).toBe(tier(REVENUES[0], settings.tierThresholds));
      expect(overridden.effectiveTier).toBe("vip");
    });

    test("grade at and just below the value and difficulty cuts", () => {
      const mismatches: string[] = [];
      register()
        .records.Tiers.slice(0, GRADE_PAIRS.length)
        .forEach((row, i) => {
          const [value, difficulty] = GRADE_PAIRS[i];
          const expected = grade(
            value,
            difficulty,
            settings.gradeValueCut,
            settings.gradeDifficultyCut
          );
          if (row.valueScore !== value || row.difficulty !== difficulty)
            mismatches.push(`row ${i}: inputs read back as ${row.valueScore}/${row.difficulty}`);
          if (row.grade !== expected)
            mismatches.push(
              `value ${value}, difficulty ${difficulty}: LibreOffice ${row.grade}, TypeScript ${expected}`
            );
        });
      const blank = register()
        .records.Tiers.slice(GRADE_PAIRS.length)
        .filter((r) => r.overrideTier === null);
      for (const row of blank)
        if (row.grade !== null) mismatches.push(`blank scores graded ${row.grade}`);
      expect(mismatches).toEqual([]);
    });

    test("value score and pipeline grade for factor combinations, blanks included", () => {
      const mismatches: string[] = [];
      register().records.Pipeline.forEach((row, i) => {
        const factors = FACTOR_ROWS[i];
        const present = FACTOR_LETTERS.map((letter, j) => ({ letter, score: factors[j] })).filter(
          (f): f is { letter: (typeof FACTOR_LETTERS)[number]; score: number } => f.score !== null
        );
        const expectedScore =
          present.length === 0
            ? null
            : orBlank(() =>
                valueScore(
                  present.map((f) => f.score),
                  present.map((f) => settings.factors[f.letter].weight),
                  present.map((f) => settings.factors[f.letter].against)
                )
              );
        const weightless =
          present.length > 0 && present.every((f) => settings.factors[f.letter].weight === 0);
        if (weightless) {
          // TS refuses weights that are all 0; the formula divides by 0. Either way no score.
          if (typeof row.valueScore === "number")
            mismatches.push(
              `${JSON.stringify(factors)}: weightless factors scored ${row.valueScore}`
            );
          return;
        }
        if (!close(row.valueScore, expectedScore))
          mismatches.push(
            `${JSON.stringify(factors)}: LibreOffice ${row.valueScore}, TypeScript ${expectedScore}`
          );
        const g = factors[6];
        const expectedGrade =
          expectedScore === null || g === null
            ? null
            : grade(
                expectedScore,
                ((g - 1) / 4) * 100,
                settings.gradeValueCut,
                settings.gradeDifficultyCut
              );
        if (row.grade !== expectedGrade)
          mismatches.push(
            `${JSON.stringify(factors)}: grade LibreOffice ${row.grade}, TypeScript ${expectedGrade}`
          );
      });
      expect(mismatches).toEqual([]);
    });

    test("satisfaction gap = actual − expected", () => {
      const mismatches: string[] = [];
      SATISFACTION_PAIRS.forEach(([actual, expected], i) => {
        const row = register().records.Complaints.find((r) => r.complaintId === `S-${i}`)!;
        const want = actual === null || expected === null ? null : satisfaction(actual, expected);
        if (!close(row.satisfactionGap, want))
          mismatches.push(
            `${actual} − ${expected}: LibreOffice ${row.satisfactionGap}, TypeScript ${want}`
          );
      });
      expect(mismatches).toEqual([]);
    });

    test("due dates from the service-level days (calendar or working days)", () => {
      const mismatches: string[] = [];
      for (const receivedOn of RECEIVED_ON) {
        for (const severity of SEVERITIES) {
          const row = register().records.Complaints.find(
            (r) => r.complaintId === `D-${receivedOn}-${severity}`
          )!;
          const due = computedDueOn(key, `D-${receivedOn}-${severity}`);
          const want = dueDate(new Date(`${receivedOn}T00:00:00Z`), severity, settings.slaDays, {
            businessDays: settings.businessDays,
          })
            .toISOString()
            .slice(0, 10);
          if (due !== want)
            mismatches.push(`${receivedOn} ${severity}: LibreOffice ${due}, TypeScript ${want}`);
          if (row.overdue !== false)
            mismatches.push(`${receivedOn} ${severity}: a closed complaint is overdue`);
        }
      }
      expect(mismatches).toEqual([]);
    });

    test("overdue: open and past the due date", () => {
      const today = new Date();
      OVERDUE_CASES.forEach((c, i) => {
        const row = register().records.Complaints.find((r) => r.complaintId === `O-${i}`)!;
        const due = dueDate(new Date(`${c.receivedOn}T00:00:00Z`), "low", settings.slaDays, {
          businessDays: settings.businessDays,
        });
        const open = c.status !== "resolved" && c.status !== "closed";
        expect({ case: c, overdue: row.overdue }).toEqual({
          case: c,
          overdue: open && today > due,
        });
      });
    });

    test("critical-illness gap and share of wallet", () => {
      const checks = results[key].checks;
      const mismatches: string[] = [];
      CI_CASES.forEach(([income, cover, multiple], i) => {
        const got = cellScalar(checks.getCell(i + 2, 4));
        const want = income === null ? null : orBlank(() => ciGap(income, cover ?? 0, multiple));
        if (!close(got, want))
          mismatches.push(
            `ciGap(${income}, ${cover}, ${multiple}): LibreOffice ${got}, TypeScript ${want}`
          );
      });
      WALLET_CASES.forEach(([ours, total], i) => {
        const got = cellScalar(checks.getCell(i + 2, 8));
        const want =
          ours === null || total === null ? null : orBlank(() => shareOfWallet(ours, total));
        if (!close(got, want))
          mismatches.push(
            `shareOfWallet(${ours}, ${total}): LibreOffice ${got}, TypeScript ${want}`
          );
      });
      expect(mismatches).toEqual([]);
    });
  }
);

describe("changing Settings changes the results", () => {
  test("a revenue between the old and new thresholds moves tier", () => {
    const tierOf = (key: "defaults" | "changed", revenue: number) =>
      results[key].register.records.Tiers.find(
        (r) => r.clientId === `C-${REVENUES.indexOf(revenue)}` && r.overrideTier === null
      )!.tier;
    expect(tierOf("defaults", 2_000_000)).toBe("platinum");
    expect(tierOf("changed", 2_000_000)).toBe("diamond");
    expect(tierOf("defaults", 300_000)).toBe("vip");
    expect(tierOf("changed", 300_000)).toBe("gold");
    expect(tierOf("defaults", 5_000)).toBe("standard");
    expect(tierOf("changed", 5_000)).toBe("vip");
  });

  test("a changed grade cut regrades the same scores", () => {
    const at = (key: "defaults" | "changed") =>
      results[key].register.records.Tiers.find((r) => r.valueScore === 50 && r.difficulty === 50)!
        .grade;
    expect(at("defaults")).toBe("B"); // high value (50 ≥ 50), hard (50 ≥ 50)
    expect(at("changed")).toBe("D"); // low value (50 < 60), hard (50 ≥ 40)
  });

  test("working days skip the weekend", () => {
    const due = (key: "defaults" | "changed") => computedDueOn(key, "D-2025-03-07-high");
    expect(due("defaults")).toBe("2025-03-10"); // Friday + 3 calendar days
    expect(due("changed")).toBe("2025-03-11"); // Friday + 2 working days
  });
});
