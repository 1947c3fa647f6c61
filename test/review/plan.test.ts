import { buildReviewPlan, reviewClientIds } from "../../src/review/plan";
import { SHEET_TABS } from "../../src/register/tabs";
import { SHEETS } from "../../src/register/sheets";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

describe("the reviewed workbook plan", () => {
  const records = fixtureRecords();
  const plan = buildReviewPlan(
    { records, settings: SETTINGS },
    { lang: "zh-TW", today: TODAY, formulaStyle: "portable" }
  );

  test("holds the register and Settings first, then the book review, then one sheet per client in Clients order", () => {
    const names = plan.sheets.map((s) => s.name);
    expect(names.slice(0, SHEETS.length + 1)).toEqual([
      ...SHEETS.map((s) => SHEET_TABS[s.key]["zh-TW"]),
      "設定",
    ]);
    expect(names[SHEETS.length + 1]).toBe("客戶總覽");
    expect(names.slice(SHEETS.length + 2)).toEqual(
      records.Clients!.map((c) => expect.stringContaining(String(c.name).slice(0, 5)))
    );
    expect(plan.lang).toBe("zh-TW");
    expect(plan.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["TierThresholds", "NotVisitedDays", "CR_Generated_1"])
    );
  });

  test("the Tiers table gets one row per client, keeping the override and remembering the assessed tier", () => {
    const tiers = plan.sheets.find((s) => s.registerKey === "Tiers")!.table!;
    const column = (key: string) => tiers.columns.findIndex((c) => c.key === key);
    expect(tiers.rows).toHaveLength(records.Clients!.length);
    const emily = tiers.rows.find((r) => r[column("clientId")] === "C-0005")!;
    expect([
      emily[column("overrideTier")],
      emily[column("overrideReason")],
      emily[column("assessedTier")],
    ]).toEqual(["黃金客戶", "Referral partner", "黃金客戶"]);
    const sun = tiers.rows.find((r) => r[column("clientId")] === "C-0009")!;
    expect([
      sun[column("previousTier")],
      sun[column("assessedOn")],
      sun[column("assessedTier")],
    ]).toEqual(["白金客戶", TODAY, "鑽石客戶"]);
    // The effective tier is the override when there is one, else the computed tier.
    const header = (key: string) => `tblTiers[[#This Row],[${tiers.columns[column(key)].header}]]`;
    expect(tiers.columns[column("effectiveTier")].formula).toBe(
      `IF(${header("overrideTier")}<>"",${header("overrideTier")},${header("tier")})`
    );
  });

  test("the chosen clients only, each once", () => {
    const chosen = buildReviewPlan(
      { records, settings: SETTINGS },
      { lang: "en", today: TODAY, clients: ["C-0003", "C-0001", "C-0003"] }
    );
    expect(chosen.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
      "Book Review",
      "李梅",
      "王建国",
    ]);
  });

  test("an unknown client id stops with the ids that were not found", () => {
    expect(() => reviewClientIds(records, ["C-0001", "C-404", "X"])).toThrow(
      'Clients: no client with the id "C-404", "X".'
    );
  });

  test("names that a person's own sheets use are avoided", () => {
    const avoiding = buildReviewPlan(
      { records, settings: SETTINGS },
      { lang: "en", today: TODAY, clients: ["C-0001"], avoidNames: ["Book Review"] }
    );
    expect(avoiding.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual([
      "Book Review (2)",
      "王建国",
    ]);
  });
});
