import { buildReviewPlan } from "../../src/review/plan";
import {
  GENERATED_NAME_PREFIX,
  generatedSheetNames,
  isValidSheetName,
  MAX_SHEET_NAME,
  replaceGeneratedSheets,
  safeSheetName,
  sheetOfRef,
} from "../../src/review/sheet-names";
import type { SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

describe("sheet names Excel accepts", () => {
  test("forbidden characters become underscores; apostrophes at the ends go", () => {
    expect(safeSheetName("A/B\\C[1]:*?", [])).toBe("A_B_C_1____");
    expect(safeSheetName("'Quoted'", [])).toBe("Quoted");
    expect(safeSheetName("   ", [], "C-0001")).toBe("C-0001");
  });

  test("names are cut to 31 characters without splitting a character", () => {
    const long = safeSheetName(
      "上海浦东发展银行股份有限公司第一分行营业部贵宾理财中心客户服务",
      []
    );
    expect(long.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(safeSheetName("😀".repeat(20), []).length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(isValidSheetName(safeSheetName("😀".repeat(20), []))).toBe(true);
  });

  test("clashes (case-insensitive, as in Excel) get a number, still within 31 characters", () => {
    expect(safeSheetName("clients", ["Clients"])).toBe("clients (2)");
    expect(safeSheetName("Li Na", ["Li Na", "li na (2)"])).toBe("Li Na (3)");
    const taken = ["x".repeat(31)];
    const next = safeSheetName("x".repeat(40), taken);
    expect(next).toBe(`${"x".repeat(27)} (2)`);
    expect(safeSheetName("History", [])).not.toMatch(/^history$/i);
  });

  test("a reviewed workbook's sheet names are all valid and unique", () => {
    const records = fixtureRecords();
    records.Clients!.push(
      { clientId: "C-0013", name: "王建国" },
      { clientId: "C-0014", name: "Settings" },
      { clientId: "C-0015", name: "Book Review" }
    );
    const plan = buildReviewPlan({ records, settings: SETTINGS }, { lang: "en", today: TODAY });
    const names = plan.sheets.map((s) => s.name);
    expect(names.every(isValidSheetName)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(["王建国", "王建国 (2)", "Settings (2)", "Book Review (2)"])
    );
  });
});

describe("generated sheets are marked and only they are replaced", () => {
  const plan = buildReviewPlan(
    { records: fixtureRecords(), settings: SETTINGS },
    { lang: "zh-CN", today: TODAY, clients: ["C-0001", "C-0002"] }
  );

  test("each generated sheet has the flag and a CR_Generated_<n> name pointing at its A1", () => {
    const generated = plan.sheets.filter((s) => s.generated);
    expect(generated.map((s) => s.name)).toEqual(["客户总览", "王建国", "Shanghai Tech Co., Ltd."]);
    const markers = plan.names.filter((n) => n.name.startsWith(GENERATED_NAME_PREFIX));
    expect(markers.map((n) => [n.name, n.ref])).toEqual([
      ["CR_Generated_1", "'客户总览'!$A$1"],
      ["CR_Generated_2", "'王建国'!$A$1"],
      ["CR_Generated_3", "'Shanghai Tech Co., Ltd.'!$A$1"],
    ]);
    expect(
      plan.sheets.filter((s) => s.registerKey || s.name === "Settings").every((s) => !s.generated)
    ).toBe(true);
  });

  test("references with quoted names give back the sheet", () => {
    expect(sheetOfRef("'O''Brien Ltd'!$A$1")).toBe("O'Brien Ltd");
    expect(sheetOfRef("Book!$A$1")).toBe("Book");
  });

  /** The workbook as a writer finds it again after saving: no plan flags, a person's own sheet and name added. */
  function saved(): WorkbookPlan {
    const own: SheetPlan = {
      name: "My notes",
      grid: [["keep me"]],
      freezeRows: 0,
      conditionalFormats: [],
    };
    return {
      ...plan,
      sheets: [
        ...plan.sheets.map(({ generated: _generated, ...sheet }) => sheet as SheetPlan),
        own,
      ],
      names: [...plan.names, { name: "MyRange", ref: "'My notes'!$A$1" }],
    };
  }

  test("regenerating replaces the generated sheets found by their names, and keeps everything else in place", () => {
    const before = saved();
    const fresh = buildReviewPlan(
      { records: fixtureRecords(), settings: SETTINGS },
      { lang: "zh-CN", today: "2026-04-01", clients: ["C-0003"] }
    ).sheets.filter((s) => s.generated);
    const after = replaceGeneratedSheets(before, fresh);
    const keptBefore = before.sheets.filter(
      (s) => !generatedSheetNames(before.names).includes(s.name)
    );
    expect(after.sheets.slice(0, keptBefore.length)).toEqual(keptBefore);
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...keptBefore.map((s) => s.name),
      "客户总览",
      "李梅",
    ]);
    expect(after.sheets.find((s) => s.name === "My notes")!.grid).toEqual([["keep me"]]);
    expect(after.names.filter((n) => !n.name.startsWith(GENERATED_NAME_PREFIX))).toEqual(
      before.names.filter((n) => !n.name.startsWith(GENERATED_NAME_PREFIX))
    );
    expect(generatedSheetNames(after.names)).toEqual(["客户总览", "李梅"]);
    expect(after.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
      "客户总览",
      "李梅",
    ]);
  });

  test("a fresh sheet never takes the name of a person's own sheet", () => {
    const before = saved();
    before.sheets.push({
      name: "李梅",
      grid: [["a person's own sheet"]],
      freezeRows: 0,
      conditionalFormats: [],
    });
    const fresh = buildReviewPlan(
      { records: fixtureRecords(), settings: SETTINGS },
      { lang: "zh-CN", today: TODAY, clients: ["C-0003"] }
    ).sheets.filter((s) => s.generated);
    const after = replaceGeneratedSheets(before, fresh);
    expect(after.sheets.find((s) => s.name === "李梅")!.grid).toEqual([["a person's own sheet"]]);
    expect(generatedSheetNames(after.names)).toEqual(["客户总览", "李梅 (2)"]);
  });
});
