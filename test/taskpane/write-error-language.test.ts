import { transition } from "../../src/register/workflow/complaints";
import { errorDetail } from "../../src/taskpane/actions";
import { explain } from "../../src/taskpane/host/convert";
import { applyPlan } from "../../src/workbook/office/apply-plan";
import { MissingRegisterColumnError } from "../../src/workbook/structured-ref";
import { asExcelContext, FakeRequestContext, WorkbookModel } from "../workbook/office/fake-excel";
import { bulkPlan, registerPlan } from "../workbook/office/plan-fixtures";

/** Latin words left in a Chinese text once the names the user gave (sheets, tables, sizes) are removed. */
function englishWords(text: string, names: string[]): string[] {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    rest = rest.split(name).join(" ");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  return run().then(
    () => {
      throw new Error("expected the write to fail");
    },
    (error: unknown) => error
  );
}

function protectedClients(): FakeRequestContext {
  const model = new WorkbookModel();
  model.addTable("Clients", "A1:B2", "tblClients", [
    ["Client ID", "Name"],
    ["C-1", "Li"],
  ]).sheet.protected = true;
  return new FakeRequestContext(model);
}

describe("a register write Excel refuses is explained in the pane's language", () => {
  const cases: [string, () => Promise<unknown>, string[]][] = [
    [
      "a protected sheet",
      () => failure(() => applyPlan(asExcelContext(protectedClients()), registerPlan())),
      [],
    ],
    [
      "a protected workbook structure",
      () => {
        const model = new WorkbookModel();
        model.addSheet("Sheet1");
        model.structureProtected = true;
        return failure(() =>
          applyPlan(asExcelContext(new FakeRequestContext(model)), registerPlan())
        );
      },
      [],
    ],
    [
      "a row too large for one request",
      () => {
        const model = new WorkbookModel();
        model.addSheet("Sheet1");
        return failure(() =>
          applyPlan(
            asExcelContext(new FakeRequestContext(model)),
            bulkPlan(3, (i) => (i === 1 ? "y".repeat(30_000) : "ok")),
            { maxRequestBytes: 20_000 }
          )
        );
      },
      ["kB"],
    ],
    [
      "a cell Excel cannot hold",
      () => {
        const model = new WorkbookModel();
        model.addSheet("Sheet1");
        return failure(() =>
          applyPlan(
            asExcelContext(new FakeRequestContext(model)),
            bulkPlan(2, (i) => (i === 1 ? "z".repeat(40_000) : "ok"))
          )
        );
      },
      ["Excel"],
    ],
  ];

  it.each(cases)("%s", async (_what, run, names) => {
    const action = explain(await run());
    // English keeps the engine's own text, word for word.
    expect(errorDetail(action, "en")).toBe(action.detail);
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const text = errorDetail(action, lang);
      expect(text).not.toBe(action.detail);
      // The names in it are the workbook's own (its sheets, tables and headers) or units.
      const given = Object.values(action.coded?.params ?? {}).flatMap((v) =>
        Array.isArray(v) ? v.map(String) : [String(v)]
      );
      expect(englishWords(text, [...given, ...names])).toEqual([]);
      expect(text).not.toMatch(/\{\w+(:\w+)?\}/);
    }
  });

  it("names the sheet of a missing review column by its label in Chinese", () => {
    const action = explain(
      new MissingRegisterColumnError("review.missing-table", {
        table: "tblVisits",
        sheetKey: "Visits",
      })
    );
    expect(action.code).toBe("invalid");
    expect(errorDetail(action, "en")).toContain("(sheet Visits)");
    expect(errorDetail(action, "zh-CN")).toContain("拜访");
    expect(errorDetail(action, "zh-TW")).toContain("拜訪");
  });

  it("says why a complaint cannot move in the user's language", () => {
    let thrown: unknown;
    try {
      transition({ complaintId: "CP-2026-001", status: "closed" }, "in-progress", "2026-03-01");
    } catch (error) {
      thrown = error;
    }
    const action = explain(thrown);
    expect(action.code).toBe("invalid");
    expect(errorDetail(action, "en")).toBe(
      "CP-2026-001 is closed; it cannot move to in-progress (a closed complaint stays closed)."
    );
    expect(errorDetail(action, "zh-CN")).toBe(
      "CP-2026-001 目前为“已关闭”，不能改为“处理中”（已关闭的投诉保持关闭）。"
    );
    expect(englishWords(errorDetail(action, "zh-TW"), ["CP"])).toEqual([]);
  });

  it("keeps the detail as written for an error that carries no code", () => {
    const action = explain(new Error("Something Excel said"));
    expect(errorDetail(action, "zh-CN")).toBe("Something Excel said");
  });
});
