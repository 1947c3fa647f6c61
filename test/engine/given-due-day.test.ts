/**
 * A complaint's given due day, recalculated by LibreOffice: in en, zh-CN and zh-TW registers the
 * rows that give a due day keep it as written (a plain date, no formula), the other rows' dueOn
 * formula computes the service-level day, and overdue reads whichever the row holds.
 */
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { registerTab } from "../../src/register/tabs";
import { LANGS, type RegisterRecord } from "../../src/register/types";
import { excelSerial } from "../../src/register/workflow/dates";
import { dueDate } from "../../src/scoring";
import { columnLetter } from "../../src/workbook/a1";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { cachedMismatches, formulaCells } from "./support/cached-values";
import { recalculate } from "./support/libreoffice";

// Days far from any day the test runs on, so that TODAY() decides nothing by accident.
const COMPLAINTS: RegisterRecord[] = [
  // Given later than the service level: not overdue, though the SLA day is long past.
  {
    complaintId: "G-1",
    receivedOn: "2000-01-03",
    severity: "low",
    status: "open",
    dueOn: "2999-01-01",
  },
  // Given earlier than the service level: overdue, though the SLA day is far ahead.
  {
    complaintId: "G-2",
    receivedOn: "2999-01-01",
    severity: "low",
    status: "open",
    dueOn: "2001-01-01",
  },
  { complaintId: "C-1", receivedOn: "2999-01-01", severity: "low", status: "open" },
  { complaintId: "C-2", receivedOn: "2000-01-03", severity: "high", status: "in-progress" },
  {
    complaintId: "G-3",
    receivedOn: "2000-03-02",
    severity: "high",
    status: "closed",
    dueOn: "2000-03-20",
  },
];

const slaDue = (record: RegisterRecord) =>
  dueDate(
    new Date(`${record.receivedOn}T00:00:00Z`),
    String(record.severity),
    DEFAULT_SETTINGS.slaDays
  )
    .toISOString()
    .slice(0, 10);

const written = new Map<string, Buffer>();
let recalculated: Map<string, Buffer>;

beforeAll(async () => {
  for (const lang of LANGS) {
    const plan = buildRegisterPlan({
      lang,
      formulaStyle: "portable",
      records: { Complaints: COMPLAINTS },
    });
    written.set(`${lang}.xlsx`, await writeWorkbook(plan));
  }
  recalculated = await recalculate([...written].map(([name, data]) => ({ name, data })));
});

describe.each(LANGS)("a %s register recalculated by LibreOffice", (lang) => {
  const dueColumn = () => {
    const plan = buildRegisterPlan({ lang, formulaStyle: "portable" });
    const table = plan.sheets.find((s) => s.registerKey === "Complaints")!.table!;
    return columnLetter(table.columns.findIndex((c) => c.key === "dueOn"));
  };

  test("given days are kept as written, the others computed from the service level", async () => {
    const file = recalculated.get(`${lang}.xlsx`)!;
    const back = (await readRegisterWorkbook(file)).records.Complaints;
    expect(back.map((c) => [c.complaintId, c.dueOn])).toEqual(
      COMPLAINTS.map((c) => [c.complaintId, c.dueOn ?? null])
    );
    const letter = dueColumn();
    const dueCells = formulaCells(file).filter(
      (c) =>
        c.sheet === registerTab("Complaints", lang) && new RegExp(`^${letter}\\d+$`).test(c.address)
    );
    // LibreOffice's own results in the rows that give no day; no formula where one is given.
    expect(dueCells.map((c) => [c.address, c.cached])).toEqual(
      COMPLAINTS.flatMap((c, i) => (c.dueOn ? [] : [[`${letter}${i + 2}`, excelSerial(slaDue(c))]]))
    );
  });

  test("overdue reads the given day where there is one", async () => {
    const back = (await readRegisterWorkbook(recalculated.get(`${lang}.xlsx`)!)).records.Complaints;
    expect(back.map((c) => [c.complaintId, c.overdue])).toEqual([
      ["G-1", false],
      ["G-2", true],
      ["C-1", false],
      ["C-2", true],
      ["G-3", false],
    ]);
  });

  test("every cached result we wrote is the one LibreOffice computes", () => {
    const ours = formulaCells(written.get(`${lang}.xlsx`)!).filter(
      (c) => c.sheet === registerTab("Complaints", lang)
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(cachedMismatches(ours, formulaCells(recalculated.get(`${lang}.xlsx`)!))).toEqual([]);
  });
});
