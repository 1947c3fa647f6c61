/**
 * What the live register's formulas give, calculated over the stand-in's cells (formula-eval.ts):
 * due dates follow the service levels on Settings, as the pane's own due dates do, and tiers
 * follow the thresholds there.
 */
import { enumCellText } from "../../../src/register/catalog";
import { TIER } from "../../../src/register/enums";
import { defaultSettingsFor } from "../../../src/register/settings";
import type { Lang } from "../../../src/register/types";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { isoToSerial } from "../../../src/workbook/office/cells";
import { writeWorkbookSettings } from "../../../src/workbook/office/settings";
import { writeTableRecords } from "../../../src/workbook/office/table-records";
import { buildRegisterPlan } from "../../../src/workbook/register-plan";
import { asExcelContext, FakeRequestContext, WorkbookModel } from "./fake-excel";
import { evaluateCell } from "./formula-eval";

const DUE_HEADER: Record<Lang, string> = {
  en: "Due on",
  "zh-CN": "应办结日期",
  "zh-TW": "應結案日期",
};

async function registerWithComplaint(lang: Lang): Promise<{
  ctx: FakeRequestContext;
  dueOn: () => unknown;
}> {
  const ctx = new FakeRequestContext(new WorkbookModel());
  const context = asExcelContext(ctx);
  await applyPlan(context, buildRegisterPlan({ lang, formulaStyle: "live" }));
  // Friday 13 March 2026, high severity.
  await writeTableRecords(
    context,
    "Complaints",
    [
      {
        complaintId: "K-0001",
        clientId: "C-0001",
        receivedOn: "2026-03-13",
        severity: "high",
        status: "open",
      },
    ],
    { lang }
  );
  const table = ctx.model.table("tblComplaints")!;
  const column = table.headers().indexOf(DUE_HEADER[lang]);
  expect(column).toBeGreaterThanOrEqual(0);
  const address = `${String.fromCharCode(65 + table.rect.column + column)}${table.rect.row + 2}`;
  expect(ctx.model.sheet(table.sheet.name)!.formulasOf(address)[0][0]).toMatch(/KAM\.DUEDATE\(/);
  return { ctx, dueOn: () => evaluateCell(ctx.model, table.sheet.name, address) };
}

describe("the live register's KAM.DUEDATE column, calculated", () => {
  it.each<Lang>(["en", "zh-CN", "zh-TW"])(
    "follows the SLA days and business-day setting on Settings (%s)",
    async (lang) => {
      const { ctx, dueOn } = await registerWithComplaint(lang);
      expect(dueOn()).toBe(isoToSerial("2026-03-16")); // the default 3 days for high

      const defaults = defaultSettingsFor(lang);
      await writeWorkbookSettings(
        asExcelContext(ctx),
        { ...defaults, slaDays: { ...defaults.slaDays, high: 5 } },
        lang
      );
      expect(dueOn()).toBe(isoToSerial("2026-03-18"));

      await writeWorkbookSettings(
        asExcelContext(ctx),
        { ...defaults, slaDays: { ...defaults.slaDays, high: 5 }, businessDays: true },
        lang
      );
      expect(dueOn()).toBe(isoToSerial("2026-03-20")); // Monday to Friday, five working days
    }
  );
});

describe("the live register's tier column, calculated", () => {
  const TIER_HEADER: Record<Lang, string> = { en: "Tier", "zh-CN": "级别", "zh-TW": "級別" };
  /** What a tier cell of a register in `lang` holds: the key in English, the label in Chinese. */
  const tierText = (key: string, lang: Lang) =>
    enumCellText(
      TIER.find((t) => t.key === key)!,
      lang
    );

  it.each<Lang>(["en", "zh-CN", "zh-TW"])(
    "reads the client's revenue from tblClients and follows TierThresholds on Settings (%s)",
    async (lang) => {
      const ctx = new FakeRequestContext(new WorkbookModel());
      const context = asExcelContext(ctx);
      await applyPlan(context, buildRegisterPlan({ lang, formulaStyle: "live" }));
      await writeTableRecords(
        context,
        "Clients",
        [{ clientId: "C-0001", name: "Acme", annualRevenue: 1_200_000 }],
        { lang }
      );
      await writeTableRecords(context, "Tiers", [{ clientId: "C-0001" }], { lang });
      const tiers = ctx.model.table("tblTiers")!;
      const column = tiers.headers().indexOf(TIER_HEADER[lang]);
      const address = `${String.fromCharCode(65 + tiers.rect.column + column)}${tiers.rect.row + 2}`;
      const tier = () => evaluateCell(ctx.model, tiers.sheet.name, address);
      expect(tier()).toBe(tierText("platinum", lang));

      const defaults = defaultSettingsFor(lang);
      await writeWorkbookSettings(
        context,
        { ...defaults, tierThresholds: [5_000_000, 2_000_000, 500_000, 10_000] },
        lang
      );
      expect(tier()).toBe(tierText("gold", lang));
    }
  );
});
