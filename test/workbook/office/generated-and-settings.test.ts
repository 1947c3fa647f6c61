/** Replacing generated sheets and reading/writing Settings in the open workbook, against the fake. */
import { DEFAULT_SETTINGS, defaultSettingsFor } from "../../../src/register/settings";
import type { SheetPlan } from "../../../src/workbook/plan";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { RegisterWriteError } from "../../../src/workbook/office/errors";
import {
  planReplacement,
  replaceGeneratedSheets,
} from "../../../src/workbook/office/generated-sheets";
import { readWorkbookSettings, writeWorkbookSettings } from "../../../src/workbook/office/settings";
import { buildRegisterPlan } from "../../../src/workbook/register-plan";
import { asExcelContext, FakeRequestContext, WorkbookModel } from "./fake-excel";

const gridSheet = (name: string, text: string): SheetPlan => ({
  name,
  grid: [[text]],
  freezeRows: 0,
  conditionalFormats: [],
  generated: true,
});

async function register(lang: "en" | "zh-TW" = "en"): Promise<FakeRequestContext> {
  const ctx = new FakeRequestContext(new WorkbookModel());
  ctx.model.addSheet("My own sheet").seed("A1", [["keep me"]]);
  await applyPlan(asExcelContext(ctx), buildRegisterPlan({ lang, formulaStyle: "live" }));
  return ctx;
}

const sheetNames = (ctx: FakeRequestContext) => ctx.model.sheets.map((s) => s.name);
const markers = (ctx: FakeRequestContext) =>
  ctx.model.names.filter((n) => n.name.startsWith("CR_Generated_")).map((n) => [n.name, n.ref]);

describe("replaceGeneratedSheets", () => {
  test("reviews replace the earlier reviews only: register, Settings, Import Issues and a person's sheets stay", async () => {
    const ctx = await register();
    const run = (sheets: SheetPlan[], kind: "reviews" | "import-issues") =>
      replaceGeneratedSheets(asExcelContext(ctx), sheets, kind, "en");
    const before = sheetNames(ctx);

    expect(await run([gridSheet("Import Issues", "issues v1")], "import-issues")).toEqual([
      "Import Issues",
    ]);
    expect(
      await run(
        [gridSheet("Book Review", "book v1"), gridSheet("Client C-0001", "c1 v1")],
        "reviews"
      )
    ).toEqual(["Book Review", "Client C-0001"]);
    expect(markers(ctx)).toEqual([
      ["CR_Generated_1", "='Import Issues'!$A$1"],
      ["CR_Generated_2", "='Book Review'!$A$1"],
      ["CR_Generated_3", "='Client C-0001'!$A$1"],
    ]);

    await run([gridSheet("Book Review", "book v2")], "reviews");
    expect(sheetNames(ctx)).toEqual([...before, "Import Issues", "Book Review"]);
    expect(ctx.model.sheet("Book Review")!.valuesOf("A1")).toEqual([["book v2"]]);
    expect(ctx.model.sheet("Import Issues")!.valuesOf("A1")).toEqual([["issues v1"]]);
    expect(ctx.model.sheet("My own sheet")!.valuesOf("A1")).toEqual([["keep me"]]);
    expect(markers(ctx)).toEqual([
      ["CR_Generated_1", "='Import Issues'!$A$1"],
      ["CR_Generated_2", "='Book Review'!$A$1"],
    ]);
  });

  test("a fresh sheet whose name a person's sheet already has gets a suffix; the person's sheet is untouched", async () => {
    const ctx = await register();
    ctx.model.addSheet("Book Review").seed("A1", [["my own notes"]]);
    expect(
      await replaceGeneratedSheets(
        asExcelContext(ctx),
        [gridSheet("Book Review", "generated")],
        "reviews",
        "en"
      )
    ).toEqual(["Book Review (2)"]);
    expect(ctx.model.sheet("Book Review")!.valuesOf("A1")).toEqual([["my own notes"]]);
    await replaceGeneratedSheets(
      asExcelContext(ctx),
      [gridSheet("Book Review", "again")],
      "reviews",
      "en"
    );
    expect(ctx.model.sheet("Book Review")!.valuesOf("A1")).toEqual([["my own notes"]]);
    expect(ctx.model.sheet("Book Review (2)")!.valuesOf("A1")).toEqual([["again"]]);
  });

  const formulaSheet = (name: string, formula: string): SheetPlan => ({
    ...gridSheet(name, "figures"),
    grid: [["figures"], [{ formula }]],
  });

  test("a new sheet Excel refuses (a formula naming a column the register lacks) leaves the earlier reviews, their markers and nothing else", async () => {
    const ctx = await register();
    const run = (sheets: SheetPlan[]) =>
      replaceGeneratedSheets(asExcelContext(ctx), sheets, "reviews", "en");
    await run([
      formulaSheet("Book Review", "SUM(tblClients[[Annual revenue]])"),
      gridSheet("Client C-0001", "c1 v1"),
    ]);
    const sheetsBefore = sheetNames(ctx);
    const markersBefore = markers(ctx);

    await expect(
      run([
        gridSheet("Client C-0001", "c1 v2"),
        formulaSheet("Book Review", "SUM(tblClients[[Revenue 2026]])"),
      ])
    ).rejects.toThrow(
      new RegExp(
        'Excel refused the new review sheets, so the earlier ones were kept as they were: .*no column "Revenue 2026"'
      )
    );
    expect(sheetNames(ctx)).toEqual(sheetsBefore);
    expect(markers(ctx)).toEqual(markersBefore);
    expect(ctx.model.sheet("Book Review")!.formulasOf("A2")).toEqual([
      ["=SUM(tblClients[[Annual revenue]])"],
    ]);
    expect(ctx.model.sheet("Client C-0001")!.valuesOf("A1")).toEqual([["c1 v1"]]);
  });

  test("the earlier reviews are deleted only after every new sheet is written", async () => {
    const ctx = await register();
    const run = (text: string) =>
      replaceGeneratedSheets(
        asExcelContext(ctx),
        [gridSheet("Book Review", text)],
        "reviews",
        "en"
      );
    await run("v1");
    const log = ctx.stats.writeLog.length;
    await run("v2");
    const writes = ctx.stats.writeLog.slice(log);
    const deleted = writes.findIndex((w) => w.startsWith("delete sheet"));
    const lastNewWrite = writes.reduce(
      (last, w, i) => (/set values worksheets\("~CR new 1"\)/.test(w) ? i : last),
      -1
    );
    expect(lastNewWrite).toBeGreaterThanOrEqual(0);
    expect(deleted).toBeGreaterThan(lastNewWrite);
    expect(ctx.model.sheet("Book Review")!.valuesOf("A1")).toEqual([["v2"]]);
    expect(sheetNames(ctx).filter((n) => n.startsWith("~"))).toEqual([]);
  });

  test("planReplacement is pure: removals by kind, renames, marker numbers after the ones that stay", () => {
    const plan = planReplacement(
      ["Clients", "Import Issues", "Book Review", "Notes"],
      [
        { name: "CR_Generated_4", sheet: "Import Issues" },
        { name: "CR_Generated_7", sheet: "Book Review" },
      ],
      [gridSheet("Book Review", "x"), gridSheet("Notes", "y")],
      "reviews"
    );
    expect(plan.remove).toEqual([{ name: "CR_Generated_7", sheet: "Book Review" }]);
    expect(plan.add.map((s) => s.name)).toEqual(["Book Review", "Notes (2)"]);
    expect(plan.markers.map((m) => m.name)).toEqual(["CR_Generated_5", "CR_Generated_6"]);
  });
});

describe("Settings in the open workbook", () => {
  test("reads the defaults set-up wrote, writes changed thresholds and weights, reads them back", async () => {
    const ctx = await register("zh-TW");
    const read = await readWorkbookSettings(asExcelContext(ctx));
    expect(read).toEqual({ ...defaultSettingsFor("zh-TW"), formulaStyle: "live" });

    const changed = {
      ...read!,
      tierThresholds: [8e6, 2e6, 6e5, 2e4] as [number, number, number, number],
      factors: { ...read!.factors, A: { weight: 30, against: false } },
      slaDays: { ...read!.slaDays, high: 2 },
      notVisitedDays: 45,
    };
    await writeWorkbookSettings(asExcelContext(ctx), changed, "zh-TW");
    expect(await readWorkbookSettings(asExcelContext(ctx))).toEqual(changed);
    // The named cells themselves changed, so formulas that read them recalculate.
    const thresholds = ctx.model.names.find((n) => n.name === "TierThresholds")!.ref;
    // Found by the name, whatever the tab is called (設定 in a zh-TW register).
    expect(thresholds).toMatch(/^=?'設定'!/);
    expect(ctx.model.sheet("設定")!.valuesOf(thresholds).flat()).toEqual([8e6, 2e6, 6e5, 2e4]);
  });

  test("no Settings names: reading gives null, writing refuses and changes nothing", async () => {
    const ctx = new FakeRequestContext(new WorkbookModel());
    ctx.model.addSheet("Sheet1");
    expect(await readWorkbookSettings(asExcelContext(ctx))).toBeNull();
    await expect(
      writeWorkbookSettings(asExcelContext(ctx), DEFAULT_SETTINGS, "en")
    ).rejects.toThrow(RegisterWriteError);
    await expect(
      writeWorkbookSettings(asExcelContext(ctx), DEFAULT_SETTINGS, "en")
    ).rejects.toThrow(/no TierThresholds name/);
    expect(ctx.stats.writeActions).toBe(0);
  });

  test("a bad value in a Settings cell is reported with its cell", async () => {
    const ctx = await register("en");
    const ref = ctx.model.names.find((n) => n.name === "GradeValueCut")!.ref;
    ctx.model.sheet("Settings")!.seed(ref.replace(/^=.*!/, ""), [["lots"]]);
    await expect(readWorkbookSettings(asExcelContext(ctx))).rejects.toThrow(
      /Settings!B\d+ \(GradeValueCut\): expected a number/
    );
  });
});
