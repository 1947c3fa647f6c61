/**
 * A complaint's due day across imports, on real files: the source's own due day (应结案日期) is
 * written into the register as a plain date, the formula fills the rows that give none; a due
 * day a person types into the register (edited with openpyxl, as a script would) is a given day
 * too, and a later import of the same ledger with other due days never overwrites it, while a
 * day the person left alone follows the source.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { sheetDef } from "../../src/register/sheets";
import type { RegisterRecord } from "../../src/register/types";
import type { PlanValue } from "../../src/workbook/plan";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { INVENTED_COMPANIES } from "../importer/helpers";
import { openpyxl } from "../support/openpyxl";

const quiet = { out: () => undefined, err: () => undefined };

/** A complaint ledger: 编号, received, due (blank for the fourth), done, what, who, state. */
function ledger(due: (string | null)[]): PlanValue[][] {
  return [
    ["编号", "分公司", "投诉日期", "应结案日期", "实际完成日期", "问题描述", "跟进人", "结案状态"],
    ...INVENTED_COMPANIES["zh-CN"]
      .slice(0, 5)
      .map((name, i) => [
        i + 1,
        i % 2 ? "华东" : "华南",
        `2025-03-0${i + 2}`,
        due[i],
        null,
        `${name}反馈发货少件，第${i + 1}批`,
        i % 2 ? "周敏" : "陈立",
        "未结案",
      ]),
  ];
}

async function writeLedger(file: string, due: (string | null)[]): Promise<void> {
  const bytes = await writeWorkbook({
    lang: "zh-CN",
    formulaStyle: "portable",
    sheets: [{ name: "客诉台账", grid: ledger(due), freezeRows: 1, conditionalFormats: [] }],
    names: [],
  });
  await fs.writeFile(file, bytes);
}

const dueDays = (records: RegisterRecord[]) =>
  Object.fromEntries(records.map((c) => [String(c.complaintId), c.dueOn ?? null]));

describe("a complaint's own due day survives into the register and across imports", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "given-due-"));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test("import, a person's edits, import again: given days kept, the formula elsewhere", async () => {
    const source = path.join(dir, "ledger.xlsx");
    await writeLedger(source, ["2025-03-20", "2025-03-21", "2025-03-22", null, null]);
    const first = path.join(dir, "register.xlsx");
    expect(await main(["import", source, "--out", first, "--lang", "zh-CN"], quiet)).toBe(0);
    expect(dueDays((await readRegisterWorkbook(first)).records.Complaints)).toEqual({
      "1": "2025-03-20",
      "2": "2025-03-21",
      "3": "2025-03-22",
      "4": null,
      "5": null,
    });

    // The person types due days: over the source's (1) and where the formula was (4).
    const label = (key: string) =>
      sheetDef("Complaints").fields.find((f) => f.key === key)!.label["zh-CN"];
    const set = (id: number, day: string) => [
      "tblComplaints",
      label("complaintId"),
      String(id),
      label("dueOn"),
      day,
    ];
    const edits = path.join(dir, "edits.json");
    await fs.writeFile(
      edits,
      JSON.stringify({ set: [set(1, "2025-05-20"), set(4, "2025-06-01")] })
    );
    const edited = path.join(dir, "edited.xlsx");
    await openpyxl("edit", first, edited, edits);
    expect(dueDays((await readRegisterWorkbook(edited)).records.Complaints)).toMatchObject({
      "1": "2025-05-20",
      "4": "2025-06-01",
    });

    // The ledger moves the due days of 1 and 2; 3 stays; 5 still gives none.
    await writeLedger(source, ["2025-04-10", "2025-04-11", "2025-03-22", null, null]);
    const second = path.join(dir, "register2.xlsx");
    expect(
      await main(["import", source, "--into", edited, "--out", second, "--lang", "zh-CN"], quiet)
    ).toBe(0);
    const again = await readRegisterWorkbook(second);
    expect(dueDays(again.records.Complaints)).toEqual({
      "1": "2025-05-20", // the person's day, never overwritten by the import
      "2": "2025-04-11", // the source's new day: nobody had changed it
      "3": "2025-03-22",
      "4": "2025-06-01", // the person's day where the formula was
      "5": null, // still the formula
    });
  });
});
