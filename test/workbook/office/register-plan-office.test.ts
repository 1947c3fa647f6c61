/** The real register plan, applied through the Office.js adapter and read back. */
import { SHEETS } from "../../../src/register/sheets";
import type { Lang, RegisterRecord } from "../../../src/register/types";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { readRegister } from "../../../src/workbook/office/read-register";
import { buildRegisterPlan } from "../../../src/workbook/register-plan";
import { asExcelContext, FakeRequestContext } from "./fake-excel";

const clients: RegisterRecord[] = [
  {
    clientId: "C-0001",
    name: "Li Lei",
    kind: "person",
    phone: "0086 138 0013 8000",
    birthday: "1985-05-15",
    riskProfile: "moderate",
    annualRevenue: 1_200_000,
    married: true,
    notes: '=HYPERLINK("x")',
  },
  {
    clientId: "C-0002",
    name: "Acme Ltd",
    kind: "enterprise",
    enterpriseNature: "private",
    annualRevenue: 300_000,
    groupClient: false,
  },
];

describe.each<Lang>(["en", "zh-CN"])("buildRegisterPlan through applyPlan (%s)", (lang) => {
  it("creates every register table and the Settings names, reads the records back, and changes nothing on a second run", async () => {
    const plan = buildRegisterPlan({
      lang,
      formulaStyle: "portable",
      records: { Clients: clients },
    });
    const ctx = new FakeRequestContext();
    const report = await applyPlan(asExcelContext(ctx), plan);

    expect(report.warnings).toEqual([]);
    expect(report.tablesCreated).toEqual(SHEETS.map((s) => s.table));
    expect(report.namesAdded).toEqual(plan.names.map((n) => n.name));
    for (const sheet of plan.sheets) {
      if (!sheet.table) continue;
      expect(ctx.model.table(sheet.table.name)?.headers()).toEqual(
        sheet.table.columns.map((c) => c.header)
      );
    }
    for (const name of plan.names)
      expect(ctx.model.names.find((n) => n.name === name.name)?.ref).toBe(`=${name.ref}`);
    // Every calculated column holds its formula in the body.
    for (const sheet of plan.sheets) {
      sheet.table?.columns.forEach((column, c) => {
        if (!column.formula) return;
        const ws = ctx.model.sheet(sheet.name);
        expect(ws?.cell(1, c)?.formula).toBe(`=${column.formula}`);
      });
    }

    const read = await readRegister(asExcelContext(ctx));
    expect(read.lang).toBe(lang);
    const byId = new Map(read.records.Clients?.map((r) => [r.clientId, r]));
    for (const record of clients) {
      const back = byId.get(record.clientId as string);
      for (const [key, value] of Object.entries(record))
        expect([key, back?.[key]]).toEqual([key, value]);
    }

    const writes = ctx.stats.writeActions;
    const again = await applyPlan(
      asExcelContext(ctx),
      buildRegisterPlan({ lang, formulaStyle: "portable" })
    );
    expect(again).toMatchObject({
      sheetsCreated: [],
      tablesCreated: [],
      columnsAdded: [],
      namesAdded: [],
      rowsWritten: 0,
    });
    expect(ctx.stats.writeActions).toBe(writes);
  });
});
