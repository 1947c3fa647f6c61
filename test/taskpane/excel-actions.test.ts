/**
 * The Excel adapter's orchestration against a fake workbook port (no Office.js): which reads and
 * writes each action asks for, with the engine's results. The Office.js side of the port is the
 * office modules' job and is tested there.
 */
import {
  SHEET_TABS,
  importIssuesTab,
  isImportIssuesTab,
  isSettingsTab,
} from "../../src/register/tabs";
import { join } from "path";
import { importWorkbook } from "../../src/importer";
import { IMPORT_ISSUES_SHEET } from "../../src/importer/issues-sheet";
import type { SourceSheet } from "../../src/importer/types";
import { DEFAULT_SETTINGS, type RegisterSettings } from "../../src/register/settings";
import { SHEET_KEYS, type RegisterRecord, type SheetKey } from "../../src/register/types";
import type { RegisterRecords } from "../../src/register/workflow/records";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";
import { cellValueOf, type SheetPlan } from "../../src/workbook/plan";
import { createExcelActions, type WorkbookPort } from "../../src/taskpane/host/excel-actions";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "messy-clients.xlsx");
const TODAY = "2024-06-15";

/** An in-memory workbook: register tables as records, other sheets as source grids. */
class FakeWorkbook implements WorkbookPort {
  records: RegisterRecords = {};
  settings: RegisterSettings | null = null;
  generated: string[] = [];
  activated: string[] = [];
  selected: { clientId: string; name: string } | null = null;
  writes: SheetKey[] = [];
  constructor(public sources: SourceSheet[]) {}
  /** As set-up does in Excel: a register sheet whose name a person's sheet already has gets a suffix. */
  registerSheet(key: string): string {
    return this.sources.some((s) => s.name === key) ? `${key} (2)` : key;
  }
  async sheetNames() {
    return [
      ...this.sources.map((s) => s.name),
      ...(await this.registerSheetNames()),
      ...(this.settings ? ["Settings"] : []),
      ...this.generated,
    ];
  }
  async registerSheetNames() {
    return Object.keys(this.records).map((k) => this.registerSheet(k));
  }
  async readRegister() {
    return { records: this.records, lang: this.settings?.lang };
  }
  async readSettings() {
    return this.settings;
  }
  async readSourceSheet(name: string, onProgress?: (done: number, total: number) => void) {
    const sheet = this.sources.find((s) => s.name === name);
    if (!sheet) throw new Error(`There is no sheet named '${name}' in this workbook.`);
    onProgress?.(sheet.rows.length, sheet.rows.length);
    return sheet;
  }
  setUpPlans: SheetPlan[][] = [];
  /** As applyPlan does: adds the register sheets and Settings that are missing, with the plan's rows; keeps what exists. */
  async setUp(plan: { sheets: SheetPlan[]; lang: RegisterSettings["lang"] }) {
    this.setUpPlans.push(plan.sheets);
    const created: string[] = [];
    for (const sheet of plan.sheets) {
      if (sheet.registerKey && sheet.table && !this.records[sheet.registerKey]) {
        const columns = sheet.table.columns;
        this.records[sheet.registerKey] = sheet.table.rows.map((row) =>
          Object.fromEntries(
            columns.flatMap((c, i) => (row[i] === null ? [] : [[c.key, cellValueOf(row[i])]]))
          )
        );
        created.push(sheet.name);
      } else if (isSettingsTab(sheet.name) && !this.settings) {
        this.settings = { ...DEFAULT_SETTINGS, lang: plan.lang };
        created.push(sheet.name);
      } else if (
        !sheet.registerKey &&
        !isSettingsTab(sheet.name) &&
        !this.generated.includes(sheet.name)
      ) {
        this.generated.push(sheet.name);
        created.push(sheet.name);
      }
    }
    return { sheetsCreated: created };
  }
  async writeRecords(sheet: SheetKey, rows: RegisterRecord[]) {
    this.writes.push(sheet);
    this.records[sheet] = rows;
  }
  async writeSettings(settings: RegisterSettings) {
    this.settings = settings;
  }
  async replaceGenerated(sheets: SheetPlan[], kind: "reviews" | "import-issues") {
    if (kind === "reviews") this.generated = this.generated.filter(isImportIssuesTab);
    this.generated.push(...sheets.map((s) => s.name).filter((n) => !this.generated.includes(n)));
    return sheets.map((s) => s.name);
  }
  async activate(sheet: string) {
    this.activated.push(sheet);
  }
  async selectedClient() {
    return this.selected;
  }
}

async function setup() {
  const sources = await readSourceWorkbook(SAMPLE);
  const port = new FakeWorkbook(sources);
  let lastImport: string | null = null;
  const actions = createExcelActions({
    port,
    today: () => TODAY,
    now: () => new Date("2024-06-15T08:00:00Z"),
    lastImport: { get: () => lastImport, set: (v) => (lastImport = v) },
  });
  return { port, actions, sources };
}

describe("Excel adapter", () => {
  test("an empty workbook: status says set up; set-up creates every register sheet in the chosen language", async () => {
    const { port, actions } = await setup();
    const before = await actions.status();
    expect(before.sheetsPresent).toEqual([]);
    expect(before.hasSettings).toBe(false);
    const outcome = await actions.setUp("zh-TW");
    expect(outcome.added).toEqual([...SHEET_KEYS.map((k) => SHEET_TABS[k]["zh-TW"]), "設定"]);
    expect(port.settings?.lang).toBe("zh-TW");
    expect((await actions.setUp("zh-TW")).added).toEqual([]);
    await expect(actions.recomputeTiers()).resolves.toEqual({
      counts: { diamond: 0, platinum: 0, gold: 0, vip: 0, standard: 0 },
      changed: 0,
    });
  });

  test("the first import sets up the register with the imported rows and the Import Issues sheet", async () => {
    const { port, actions, sources } = await setup();
    const names = (await actions.listSourceSheets()).map((s) => s.name);
    expect(names).toEqual(sources.map((s) => s.name));
    const request = {
      sheets: names,
      kinds: [],
      overrides: [{ sheet: "客户信息清单", header: "客户来源", field: "industry" }],
      lang: "zh-CN" as const,
    };
    const engine = importWorkbook(sources, { mapping: { "客户信息清单!客户来源": "industry" } });
    expect((await actions.previewImport(request)).counts).toEqual(engine.summary);
    const progress: number[] = [];
    const outcome = await actions.runImport(request, (f) => progress.push(f));
    expect(outcome.counts).toEqual(engine.summary);
    expect(outcome.issuesSheet).toBe(importIssuesTab(request.lang));
    expect(port.writes).toEqual([]);
    const [plan] = port.setUpPlans;
    const clients = plan.find((p) => p.registerKey === "Clients")!.table!;
    expect(clients.columns.find((c) => c.key === "name")?.header).toBe("客户名称");
    expect(port.records.Clients?.map((c) => [c.clientId, c.name, c.industry ?? null])).toEqual(
      engine.records.Clients.map((c) => [c.clientId, c.name, c.industry ?? null])
    );
    expect(port.generated).toEqual(["导入问题"]);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    const status = await actions.status();
    expect(status.clients).toBe(engine.records.Clients.length);
    expect(status.lastImport).toBe("2024-06-15T08:00:00.000Z");
    // The register's sheets, Settings and Import Issues are not offered as sources; the sample's own "Visits" still is.
    expect(await port.sheetNames()).toEqual(
      expect.arrayContaining(["Visits", "Visits (2)", "Settings", "导入问题"])
    );
    expect((await actions.listSourceSheets()).map((s) => s.name)).toEqual(names);
  });

  test("an import into an existing register writes each sheet's updated records", async () => {
    const { port, actions, sources } = await setup();
    await actions.setUp("en");
    const engine = importWorkbook(sources, {});
    await actions.runImport(
      { sheets: sources.map((s) => s.name), kinds: [], overrides: [], lang: "en" },
      () => undefined
    );
    expect(port.writes).toEqual(
      expect.arrayContaining(["Clients", "Insurance", "Assets", "Complaints", "Visits"])
    );
    expect(port.records.Clients).toEqual(engine.records.Clients);
    expect(port.records.Insurance).toEqual(engine.records.Insurance);
    expect(port.generated).toEqual([IMPORT_ISSUES_SHEET]);
  });

  test("complaints, visits and reviews write through the port; the selected row picks the client", async () => {
    const { port, actions, sources } = await setup();
    await actions.runImport(
      { sheets: sources.map((s) => s.name), kinds: [], overrides: [], lang: "en" },
      () => undefined
    );
    const [client] = await actions.listClients();

    port.writes = [];
    const added = await actions.addComplaint({
      clientId: client.clientId,
      severity: "low",
      receivedOn: "2024-06-01",
      description: "Late card",
    });
    expect(added.dueOn).toBe("2024-06-16");
    expect(port.writes).toEqual(["Complaints"]);
    await actions.setComplaintStatus(added.complaintId, "in-progress", TODAY);
    expect(port.records.Complaints?.find((c) => c.complaintId === added.complaintId)?.status).toBe(
      "in-progress"
    );

    await actions.addVisit({ clientId: client.clientId, visitOn: TODAY, method: "visit" });
    expect(port.records.Visits?.at(-1)).toMatchObject({
      clientId: client.clientId,
      visitOn: TODAY,
      method: "visit",
    });

    port.selected = client;
    expect(await actions.selectedClient()).toEqual(client);
    port.selected = null;
    expect(await actions.selectedClient()).toBeNull();

    port.writes = [];
    const book = await actions.generateBookReview({ lang: "en", mask: false });
    expect(port.writes).toEqual(["Tiers"]);
    expect(port.records.Tiers?.map((t) => t.clientId)).toEqual(
      (await actions.listClients()).map((c) => c.clientId)
    );
    const reviews = await actions.generateClientReviews([client.clientId], {
      lang: "zh-CN",
      mask: true,
    });
    expect(reviews.sheets).toHaveLength(1);
    // Regenerating replaces the earlier review sheets: the English book is gone, the Chinese one and the client's sheet are in.
    expect(book.sheet).toBe("Book Review");
    expect(port.generated).toEqual([IMPORT_ISSUES_SHEET, "客户总览", reviews.sheets[0]]);

    expect(await actions.showSheet(IMPORT_ISSUES_SHEET)).toBeNull();
    expect(port.activated).toEqual([IMPORT_ISSUES_SHEET]);
  });

  test("without a register, register actions explain that set-up comes first", async () => {
    const { actions } = await setup();
    await expect(
      actions.addVisit({ clientId: "C-0001", visitOn: TODAY, method: "visit" })
    ).rejects.toMatchObject({ code: "no-register" });
    await expect(actions.generateBookReview({ lang: "en", mask: false })).rejects.toMatchObject({
      code: "no-register",
    });
  });
});
