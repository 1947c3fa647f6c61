/**
 * What real Excel does to a batch and the adapter must survive: cell-edit mode (every Excel.run
 * waits it out with delayForCellEdit), the user's selection (the selected client is read from two
 * cells, only in the Clients table), and errors told apart by their code.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join, relative } from "path";
import { explain } from "../../../src/taskpane/host/convert";
import { officeWorkbook } from "../../../src/taskpane/host/excel-actions";
import {
  readOpenRegister,
  readOpenSettings,
  replaceOpenGeneratedSheets,
  setUpRegister,
  writeOpenSettings,
} from "../../../src/workbook/office/excel-run";
import { readSelectedClient } from "../../../src/workbook/office/selection";
import { buildRegisterPlan } from "../../../src/workbook/register-plan";
import { DEFAULT_SETTINGS } from "../../../src/register/settings";
import type { RegisterRecord } from "../../../src/register/types";
import {
  asExcelContext,
  FakeExcelError,
  FakeRequestContext,
  installFakeExcel,
  WorkbookModel,
} from "./fake-excel";

const ROOT = join(__dirname, "..", "..", "..");

const clients = (n: number): RegisterRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `C-${String(i + 1).padStart(5, "0")}`,
    name: `Client ${i + 1}`,
    kind: "person",
    annualRevenue: 1000 * (i + 1),
  }));

async function registerModel(
  records: RegisterRecord[],
  lang: "en" | "zh-TW" = "en"
): Promise<WorkbookModel> {
  const model = new WorkbookModel();
  const ctx = new FakeRequestContext(model);
  await (
    await import("../../../src/workbook/office/apply-plan")
  ).applyPlan(
    asExcelContext(ctx),
    buildRegisterPlan({ lang, formulaStyle: "portable", records: { Clients: records } })
  );
  return model;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("cell-edit mode", () => {
  it("fails a batch run without delayForCellEdit, as Excel does", async () => {
    const model = new WorkbookModel();
    model.addSheet("Data");
    model.enterCellEdit();
    const ctx = new FakeRequestContext(model);
    ctx.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(model.sheet("Data")?.valuesOf("A1")).toEqual([[""]]);
  });

  it("set-up waits until the user leaves the cell, then writes the register", async () => {
    const model = new WorkbookModel();
    model.addSheet("Sheet1");
    const excel = installFakeExcel(model);
    try {
      model.enterCellEdit();
      const done = setUpRegister(buildRegisterPlan({ lang: "en", formulaStyle: "live" }));
      await tick();
      expect(model.waitingForCellEdit).toBe(1);
      expect(model.table("tblClients")).toBeUndefined();
      model.leaveCellEdit();
      const report = await done;
      expect(report.tablesCreated).toContain("tblClients");
      expect(model.table("tblClients")).toBeDefined();
      expect(excel.runOptions).toEqual([{ delayForCellEdit: true }]);
    } finally {
      excel.uninstall();
    }
  });

  it("every Excel.run the adapter makes asks Excel to wait out cell-edit mode", async () => {
    const model = await registerModel(clients(3));
    const excel = installFakeExcel(model);
    try {
      model.enterCellEdit();
      const port = officeWorkbook();
      const work = Promise.all([
        readOpenRegister(),
        readOpenSettings(),
        writeOpenSettings(
          { ...DEFAULT_SETTINGS, slaDays: { ...DEFAULT_SETTINGS.slaDays, low: 20 } },
          "en"
        ),
        replaceOpenGeneratedSheets([], "reviews", "en"),
        port.sheetNames(),
        port.registerSheetNames(),
        port.activate("Clients"),
        port.selectedClient(),
      ]);
      await tick();
      model.leaveCellEdit();
      const [register, , , , names] = await work;
      expect(register.records.Clients).toHaveLength(3);
      expect(names).toContain("Clients");
      expect(excel.runOptions.length).toBeGreaterThanOrEqual(8);
      for (const options of excel.runOptions) expect(options).toEqual({ delayForCellEdit: true });
    } finally {
      excel.uninstall();
    }
  });

  it("nothing in src calls Excel.run except excel-run.ts's runExcel", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(ROOT, "src"));
    const callers = files.filter((f) => /\bExcel\.run\s*\(/.test(readFileSync(f, "utf8")));
    expect(callers.map((f) => relative(ROOT, f))).toEqual(["src/workbook/office/excel-run.ts"]);
  });
});

describe("errors by their code", () => {
  it("explains Office.js errors by error.code, whatever the message says", () => {
    const busy = explain(new FakeExcelError("InvalidOperationInCellEditMode", "Bearbeitungsmodus"));
    expect(busy.code).toBe("busy");
    expect(explain(new FakeExcelError("AccessDenied", "拒绝访问")).code).toBe("protected");
    expect(explain(new FakeExcelError("ItemNotFound", "introuvable")).code).toBe("not-found");
    expect(explain(new FakeExcelError("ApiNotFound", "?")).code).toBe("unavailable");
    // An English message is no evidence: only AccessDenied (or our own refusal) means protected.
    expect(
      explain(new FakeExcelError("GeneralException", "The cell is protected, maybe.")).code
    ).toBe("unknown");
  });
});

describe("the selected client", () => {
  const select = (model: WorkbookModel, sheet: string, address: string) => {
    model.selection = { sheet, address };
  };

  it("reads the id and name of the selected row from two cells, whatever the table's size", async () => {
    const model = await registerModel(clients(20_000));
    const ctx = new FakeRequestContext(model);
    select(model, "Clients", "D15001");
    expect(await readSelectedClient(asExcelContext(ctx))).toEqual({
      clientId: "C-15000",
      name: "Client 15000",
    });
    expect(ctx.stats.syncs).toBe(3);
    // The header row and two cells, not 20,000 rows of 31 columns.
    expect(Math.max(...ctx.stats.responseBytes)).toBeLessThan(20_000);
  });

  it("is null outside the Clients table's body: header, beside it, another sheet, a shape", async () => {
    const model = await registerModel(clients(5));
    const read = () => readSelectedClient(asExcelContext(new FakeRequestContext(model)));
    select(model, "Clients", "A1");
    expect(await read()).toBeNull();
    select(model, "Clients", "AZ3");
    expect(await read()).toBeNull();
    select(model, "Clients", "A7");
    expect(await read()).toBeNull();
    select(model, "Tiers", "A3");
    expect(await read()).toBeNull();
    model.selection = "shape";
    expect(await read()).toBeNull();
    select(model, "Clients", "B3:C9");
    expect(await read()).toEqual({ clientId: "C-00002", name: "Client 2" });
  });

  it("finds the id and name columns by their headers in the table's own language", async () => {
    const model = await registerModel(clients(2), "zh-TW");
    select(model, "客戶", "C3");
    expect(await readSelectedClient(asExcelContext(new FakeRequestContext(model)))).toEqual({
      clientId: "C-00002",
      name: "Client 2",
    });
  });
});
