/**
 * A complaint's own due day (its source's, or a person's typed in the register) is the complaint's
 * due day; the service-level formula fills dueOn only where none is given. The written register
 * keeps dueOn a calculated column (new rows still get the formula) and holds a given day as a
 * plain date in its row — what Excel calls an exception to the calculated column — and reading
 * the register back tells the two apart: a plain value is a given day, a formula's cached result
 * is none. Real .xlsx files in en, zh-CN and zh-TW, written and read back.
 */
import { booleanCell } from "../../src/register/catalog";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { sheetDef } from "../../src/register/sheets";
import { LANGS, type Lang } from "../../src/register/types";
import { excelSerial } from "../../src/register/workflow/dates";
import { dueDate } from "../../src/scoring";
import { columnLetter } from "../../src/workbook/a1";
import { CAPTIONS } from "../../src/workbook/captions";
import { isGiven } from "../../src/workbook/plan";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { formulaCells } from "../engine/support/cached-values";
import { DUE_DAY_COMPLAINTS } from "./support/due-day-complaints";
import { unzip } from "./support/unzip";

const TODAY = "2026-06-15";

const slaDue = (receivedOn: string, severity: string) =>
  dueDate(new Date(`${receivedOn}T00:00:00Z`), severity, DEFAULT_SETTINGS.slaDays)
    .toISOString()
    .slice(0, 10);

function plan(lang: Lang, formulaStyle: "portable" | "live" = "portable") {
  return buildRegisterPlan({
    lang,
    formulaStyle,
    today: TODAY,
    records: { Complaints: DUE_DAY_COMPLAINTS },
  });
}

const complaintsTable = (lang: Lang) =>
  plan(lang).sheets.find((s) => s.registerKey === "Complaints")!.table!;

describe.each(LANGS)(
  "a %s register: a given due day is a plain value, the rest the formula",
  (lang) => {
    const table = complaintsTable(lang);
    const dueAt = table.columns.findIndex((c) => c.key === "dueOn");
    const overdueAt = table.columns.findIndex((c) => c.key === "overdue");
    const yes = booleanCell(true, lang);
    const no = booleanCell(false, lang);

    test("the plan: dueOn stays a calculated column, each given day stands in its own row", () => {
      expect(table.columns[dueAt].formula).toBeDefined();
      DUE_DAY_COMPLAINTS.forEach((record, r) => {
        const cell = table.rows[r][dueAt];
        if (record.dueOn) expect(cell).toEqual({ given: record.dueOn });
        else {
          expect(isGiven(cell)).toBe(false);
          expect(cell).toBe(
            excelSerial(slaDue(String(record.receivedOn), String(record.severity)))
          );
        }
      });
      // overdue reads the given day where there is one, as Excel does with the cell's value.
      expect(table.rows.map((row) => row[overdueAt])).toEqual([no, yes, no, yes, no]);
    });

    test("the header tells a person a date typed there is kept, and only a date is taken", () => {
      const due = table.columns[dueAt];
      expect(due.note).toBe(CAPTIONS.givenOrComputedNote[lang]);
      expect(due.note).not.toBe(CAPTIONS.computedNote[lang]);
      expect(due.validation).toEqual({ kind: "date" });
      // The other calculated columns are still the formula's alone.
      expect(table.columns[overdueAt].note).toBe(CAPTIONS.computedNote[lang]);
      expect(table.columns[overdueAt].validation).toBeUndefined();
    });

    test("the file: given rows hold a date without a formula, the table keeps the column formula", async () => {
      const file = await writeWorkbook(plan(lang));
      const letter = columnLetter(dueAt);
      const formulas = new Set(
        formulaCells(file)
          .filter((c) => c.address.startsWith(letter) && /^[A-Z]+\d+$/.test(c.address))
          .map((c) => c.address)
      );
      const dueFormulaRows = DUE_DAY_COMPLAINTS.flatMap((r, i) =>
        formulas.has(`${letter}${i + 2}`) ? [r.complaintId] : []
      );
      expect(dueFormulaRows).toEqual(["C-1", "C-2"]);
      const tableXml = [...unzip(file).entries()].find(
        ([name, xml]) => name.startsWith("xl/tables/") && xml.includes('name="tblComplaints"')
      )![1];
      const header = sheetDef("Complaints").fields.find((f) => f.key === "dueOn")!.label[lang];
      expect(tableXml).toMatch(
        new RegExp(`name="${header}"[^>]*><calculatedColumnFormula>[^<]+</calculatedColumnFormula>`)
      );

      const back = (await readRegisterWorkbook(file)).records.Complaints;
      // A plain value is a given day; a formula's cached result is no value of the record.
      expect(back.map((c) => [c.complaintId, c.dueOn])).toEqual(
        DUE_DAY_COMPLAINTS.map((c) => [c.complaintId, c.dueOn ?? null])
      );
      // The reader hands on keys and booleans whatever the register's language.
      expect(back.map((c) => c.overdue)).toEqual([false, true, false, true, false]);
    });

    test("a register written again from what it read keeps the given days and the formula elsewhere", async () => {
      const first = await readRegisterWorkbook(await writeWorkbook(plan(lang)));
      const again = buildRegisterPlan({
        lang,
        formulaStyle: "portable",
        today: TODAY,
        records: { Complaints: first.records.Complaints },
      });
      const rows = again.sheets.find((s) => s.registerKey === "Complaints")!.table!.rows;
      expect(rows.map((row) => isGiven(row[dueAt]))).toEqual([true, true, false, false, true]);
    });
  }
);

test("live formulas (the add-in's register) write given days the same way", async () => {
  const file = await writeWorkbook(plan("zh-TW", "live"));
  const back = (await readRegisterWorkbook(file)).records.Complaints;
  expect(back.map((c) => c.dueOn)).toEqual(DUE_DAY_COMPLAINTS.map((c) => c.dueOn ?? null));
});
