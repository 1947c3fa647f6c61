/**
 * The Office.js writer and a complaint's given due day: the new Complaints table's dueOn column
 * is calculated (its formula in the rows that give no day, and for rows people add) and a row's
 * given day is written over the formula as a plain date — an exception to the calculated column,
 * as Excel makes one when a person types a value into such a cell.
 */
import { LANGS } from "../../../src/register/types";
import { excelSerial } from "../../../src/register/workflow/dates";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { readRegister } from "../../../src/workbook/office/read-register";
import { buildRegisterPlan } from "../../../src/workbook/register-plan";
import { DUE_DAY_COMPLAINTS } from "../support/due-day-complaints";
import { asExcelContext, FakeRequestContext } from "./fake-excel";

describe.each(LANGS)("a %s register applied through the Office.js writer", (lang) => {
  it("writes given due days as dates over the formula, the formula in the other rows", async () => {
    const plan = buildRegisterPlan({
      lang,
      formulaStyle: "live",
      records: { Complaints: DUE_DAY_COMPLAINTS },
    });
    const ctx = new FakeRequestContext();
    const report = await applyPlan(asExcelContext(ctx), plan);
    expect(report.warnings).toEqual([]);

    const sheet = plan.sheets.find((s) => s.registerKey === "Complaints")!;
    const c = sheet.table!.columns.findIndex((column) => column.key === "dueOn");
    const ws = ctx.model.sheet(sheet.name)!;
    const formula = `=${sheet.table!.columns[c].formula}`;
    DUE_DAY_COMPLAINTS.forEach((record, i) => {
      const cell = ws.cell(i + 1, c);
      expect([record.complaintId, cell?.formula, cell?.value]).toEqual(
        record.dueOn
          ? [record.complaintId, undefined, excelSerial(String(record.dueOn))]
          : [record.complaintId, formula, ""]
      );
    });

    // Read back from the workbook: the given days as dates (the fake computes no formula).
    const read = await readRegister(asExcelContext(ctx));
    expect(read.records.Complaints?.map((r) => r.dueOn ?? null)).toEqual(
      DUE_DAY_COMPLAINTS.map((r) => r.dueOn ?? null)
    );
  });
});
