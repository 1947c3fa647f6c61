/**
 * The Office.js writer and a complaint's given due day: the new Complaints table's dueOn column
 * is calculated (its formula in the rows that give no day, and for rows people add) and a row's
 * given day is written over the formula as a plain date — an exception to the calculated column,
 * as Excel makes one when a person types a value into such a cell.
 */
import { LANGS } from "../../../src/register/types";
import { excelSerial } from "../../../src/register/workflow/dates";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { writeTableRecords } from "../../../src/workbook/office/table-records";
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

  it("writing records into the existing table: given days as dates, the formula elsewhere, a person's new day kept", async () => {
    const ctx = new FakeRequestContext();
    await applyPlan(
      asExcelContext(ctx),
      buildRegisterPlan({ lang, formulaStyle: "live", records: { Complaints: DUE_DAY_COMPLAINTS } })
    );
    // The pane's next import: G-1 no longer gives a day, C-1 now does, a new complaint gives one.
    const next = [
      ...DUE_DAY_COMPLAINTS.map((r) =>
        r.complaintId === "G-1"
          ? { ...r, dueOn: null }
          : r.complaintId === "C-1"
            ? { ...r, dueOn: "2026-07-01" }
            : r
      ),
      { complaintId: "N-1", receivedOn: "2026-06-14", severity: "medium", dueOn: "2026-06-30" },
      { complaintId: "N-2", receivedOn: "2026-06-14", severity: "medium" },
    ];
    await writeTableRecords(asExcelContext(ctx), "Complaints", next, { lang });
    const plan = buildRegisterPlan({ lang, formulaStyle: "live" });
    const sheet = plan.sheets.find((s) => s.registerKey === "Complaints")!;
    const c = sheet.table!.columns.findIndex((column) => column.key === "dueOn");
    const id = sheet.table!.columns.findIndex((column) => column.key === "complaintId");
    const ws = ctx.model.sheet(sheet.name)!;
    const formula = `=${sheet.table!.columns[c].formula}`;
    const cells = next.map((_, i) => ({
      id: ws.cell(i + 1, id)?.value,
      formula: ws.cell(i + 1, c)?.formula,
      value: ws.cell(i + 1, c)?.value,
    }));
    expect(cells).toEqual(
      next.map((r) =>
        r.dueOn
          ? { id: r.complaintId, formula: undefined, value: excelSerial(String(r.dueOn)) }
          : { id: r.complaintId, formula, value: "" }
      )
    );
    const read = await readRegister(asExcelContext(ctx));
    expect(read.records.Complaints?.map((r) => [r.complaintId, r.dueOn ?? null])).toEqual(
      next.map((r) => [r.complaintId, r.dueOn ?? null])
    );
  });
});
