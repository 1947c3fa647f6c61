/**
 * The preview adapter on real .xlsx files in Node (exceljs), against the bundled sample: what the
 * pane shows and what it downloads must match the engine run directly on the same file.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { importWorkbook } from "../../src/importer";
import { IMPORT_STATE_SHEET } from "../../src/importer/import-state";
import { IMPORT_ISSUES_SHEET } from "../../src/importer/issues-sheet";
import { patchTableColumns } from "../../src/workbook/xlsx/calculated-columns";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";
import { generatedSheetNames } from "../../src/review/sheet-names";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { SHEET_KEYS } from "../../src/register/types";
import { createPreviewActions } from "../../src/taskpane/host/preview-actions";
import { ActionError, type ImportRequest, type RegisterActions } from "../../src/taskpane/actions";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "messy-clients.xlsx");
const TODAY = "2024-06-15";
const sampleBytes = () => {
  const data = readFileSync(SAMPLE);
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
};
const actionsFor = () =>
  createPreviewActions({
    sampleUrl: "samples/messy-clients.xlsx",
    fetchBytes: async () => sampleBytes(),
    today: () => TODAY,
    now: () => new Date("2024-06-15T09:30:00Z"),
  });

async function sheetNamesOf(
  bytes: Uint8Array
): Promise<{ sheets: string[]; names: { name: string; ref: string }[] }> {
  patchTableColumns();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  return {
    sheets: wb.worksheets.map((w) => w.name),
    names: model.flatMap((n) => n.ranges.map((ref) => ({ name: n.name, ref }))),
  };
}

async function reopen(
  actions: RegisterActions
): Promise<{ actions: RegisterActions; bytes: Uint8Array }> {
  const saved = await actions.file!.save();
  const again = actionsFor();
  await again.file!.open(
    saved.fileName,
    saved.bytes.buffer.slice(
      saved.bytes.byteOffset,
      saved.bytes.byteOffset + saved.bytes.byteLength
    ) as ArrayBuffer
  );
  return { actions: again, bytes: saved.bytes };
}

describe("preview adapter on the bundled sample", () => {
  test("before a workbook is open every action says to open one", async () => {
    const actions = actionsFor();
    await expect(actions.status()).rejects.toMatchObject({ code: "no-workbook" });
    await expect(actions.file!.save()).rejects.toBeInstanceOf(ActionError);
  });

  test("a file that is not a workbook is refused with the bad-file explanation", async () => {
    const actions = actionsFor();
    await expect(
      actions.file!.open("notes.xlsx", new TextEncoder().encode("just text").buffer as ArrayBuffer)
    ).rejects.toMatchObject({ code: "bad-file" });
    expect(actions.file!.currentFile()).toBeNull();
  });

  test("lists the sample's sheets with the kinds the importer recognises; no register yet", async () => {
    const actions = actionsFor();
    await actions.file!.openSample();
    expect(actions.file!.currentFile()).toBe("messy-clients.xlsx");
    const sources = await actions.listSourceSheets();
    const engine = await readSourceWorkbook(SAMPLE);
    expect(sources.map((s) => s.name)).toEqual(engine.map((s) => s.name));
    expect(sources.find((s) => s.name === "客户信息清单")?.kind).toBe("Clients");
    const status = await actions.status();
    expect(status.sheetsPresent).toEqual([]);
    expect(status.sheetsMissing).toEqual([...SHEET_KEYS]);
    expect(status.clients).toBe(0);
  });

  test("import with a changed mapping gives exactly the engine's records, and survives download and reopening", async () => {
    const actions = actionsFor();
    await actions.file!.openSample();
    const sheets = (await actions.listSourceSheets()).map((s) => s.name);
    const mapping = await actions.previewMapping({ sheets, kinds: [] });
    const source = mapping
      .find((m) => m.sheet === "客户信息清单")!
      .columns.find((c) => c.header === "客户来源")!;
    expect(source.field).toBeNull();
    const request: ImportRequest = {
      sheets,
      kinds: [],
      overrides: [{ sheet: "客户信息清单", header: "客户来源", field: "industry" }],
      lang: "en",
    };

    const engine = importWorkbook(await readSourceWorkbook(SAMPLE), {
      mapping: { "客户信息清单!客户来源": "industry" },
    });
    const preview = await actions.previewImport(request);
    expect(preview.counts).toEqual(engine.summary);
    expect(preview.issueCount).toBe(engine.issues.length);
    expect(preview.issues.length).toBe(Math.min(10, engine.issues.length));

    const progress: number[] = [];
    const outcome = await actions.runImport(request, (f) => progress.push(f));
    expect(outcome.counts).toEqual(engine.summary);
    expect(outcome.issuesSheet).toBe(IMPORT_ISSUES_SHEET);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);

    const status = await actions.status();
    expect(status.sheetsMissing).toEqual([]);
    expect(status.clients).toBe(engine.records.Clients.length);
    expect(status.lastImport).toBe("2024-06-15T09:30:00.000Z");
    const industries = engine.records.Clients.map((c) => c.industry).filter(
      (v) => v !== null && v !== undefined
    );
    expect(industries.length).toBeGreaterThan(0);

    const { actions: reopened, bytes } = await reopen(actions);
    const read = await readRegisterWorkbook(Buffer.from(bytes));
    expect(read.records.Clients.map((c) => [c.clientId, c.name, c.industry ?? null])).toEqual(
      engine.records.Clients.map((c) => [c.clientId, c.name, c.industry ?? null])
    );
    expect(read.records.Insurance.length).toBe(engine.records.Insurance.length);
    const { sheets: names } = await sheetNamesOf(bytes);
    // The sample's own "Visits" sheet keeps its name; the register's Visits sheet gets a suffix.
    expect(names).toEqual([
      ...sheets,
      ...SHEET_KEYS.map((k) => (k === "Visits" ? "Visits (2)" : k)),
      "Settings",
      IMPORT_ISSUES_SHEET,
      IMPORT_STATE_SHEET,
    ]);
    expect((await reopened.listSourceSheets()).map((s) => s.name)).toEqual(sheets);
    expect((await reopened.status()).clients).toBe(engine.records.Clients.length);
    // The register remembers the column chosen by hand: the next mapping step shows it again.
    const remembered = (await reopened.previewMapping({ sheets, kinds: [] }))
      .find((m) => m.sheet === "客户信息清单")!
      .columns.find((c) => c.header === "客户来源")!;
    expect(remembered.field).toBe("industry");
    expect(remembered.evidence?.[0]).toMatch(/earlier import of this layout/);
  });

  test("reviews are generated, marked, and replaced (not duplicated) when generated again after reopening", async () => {
    const actions = actionsFor();
    await actions.file!.openSample();
    const sheets = (await actions.listSourceSheets()).map((s) => s.name);
    await actions.runImport({ sheets, kinds: [], overrides: [], lang: "en" }, () => undefined);
    const clients = await actions.listClients();
    const book = await actions.generateBookReview({ lang: "zh-CN", mask: false });
    const perClient = await actions.generateClientReviews([clients[0].clientId], {
      lang: "en",
      mask: true,
    });
    expect(perClient.sheets).toHaveLength(1);

    const { actions: reopened, bytes } = await reopen(actions);
    const first = await sheetNamesOf(bytes);
    const marked = generatedSheetNames(first.names);
    expect(marked).toHaveLength(2);
    expect(marked).toContain(perClient.sheets[0]);
    expect(first.sheets).not.toContain(book.sheet);
    expect((await reopened.listSourceSheets()).map((s) => s.name)).toEqual(sheets);

    await reopened.generateClientReviews([clients[0].clientId], { lang: "en", mask: true });
    const second = await sheetNamesOf((await reopened.file!.save()).bytes);
    expect(second.sheets).toEqual(first.sheets);
    expect(generatedSheetNames(second.names)).toEqual(marked);
    const tiers = (await readRegisterWorkbook(Buffer.from(bytes))).records.Tiers;
    expect(tiers.map((t) => t.clientId)).toEqual(clients.map((c) => c.clientId));
  });

  test("complaints, visits, tiers and settings work on the imported register", async () => {
    const actions = actionsFor();
    await actions.file!.openSample();
    await expect(
      actions.addVisit({ clientId: "C-0001", visitOn: TODAY, method: "visit" })
    ).rejects.toMatchObject({ code: "no-register" });
    const sheets = (await actions.listSourceSheets()).map((s) => s.name);
    await actions.runImport({ sheets, kinds: [], overrides: [], lang: "en" }, () => undefined);
    const [client] = await actions.listClients();

    expect(await actions.complaintDueDate({ severity: "high", receivedOn: "2024-06-10" })).toBe(
      "2024-06-13"
    );
    const before = (await actions.listOpenComplaints()).length;
    const added = await actions.addComplaint({
      clientId: client.clientId,
      severity: "critical",
      receivedOn: "2024-06-14",
      description: "Wrong statement",
    });
    expect(added.dueOn).toBe("2024-06-15");
    const open = await actions.listOpenComplaints();
    expect(open).toHaveLength(before + 1);
    const mine = open.find((c) => c.complaintId === added.complaintId)!;
    expect(mine).toMatchObject({
      clientName: client.name,
      status: "open",
      nextStatuses: ["in-progress"],
      overdue: false,
    });
    await expect(
      actions.setComplaintStatus(added.complaintId, "closed", TODAY)
    ).rejects.toMatchObject({ code: "invalid" });
    await actions.setComplaintStatus(added.complaintId, "in-progress", TODAY);
    await actions.setComplaintStatus(added.complaintId, "resolved", TODAY);
    expect(
      (await actions.listOpenComplaints()).some((c) => c.complaintId === added.complaintId)
    ).toBe(false);

    await actions.addVisit({
      clientId: client.clientId,
      visitOn: TODAY,
      method: "phone",
      purpose: "Check-in",
      expense: 12.5,
      reportFiled: true,
    });
    await expect(
      actions.addVisit({ clientId: "C-9999", visitOn: TODAY, method: "phone" })
    ).rejects.toMatchObject({ code: "not-found" });

    await actions.saveSettings({ ...DEFAULT_SETTINGS, tierThresholds: [1, 1, 1, 1] });
    const tiers = await actions.recomputeTiers();
    const total = Object.values(tiers.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe((await actions.listClients()).length);
    await expect(
      actions.saveSettings({ ...DEFAULT_SETTINGS, tierThresholds: [1, 2, 3, 4] })
    ).rejects.toMatchObject({ code: "invalid" });

    const { bytes } = await reopen(actions);
    const read = await readRegisterWorkbook(Buffer.from(bytes));
    expect(read.settings.tierThresholds).toEqual([1, 1, 1, 1]);
    const visit = read.records.Visits.find((v) => v.purpose === "Check-in")!;
    expect(visit).toMatchObject({
      clientId: client.clientId,
      visitOn: TODAY,
      method: "phone",
      expense: 12.5,
      reportFiled: true,
    });
    expect(read.records.Complaints.find((c) => c.complaintId === added.complaintId)).toMatchObject({
      status: "resolved",
      resolvedOn: TODAY,
    });
  });

  test("the Import Issues sheet can be shown inside the pane", async () => {
    const actions = actionsFor();
    await actions.file!.openSample();
    const sheets = (await actions.listSourceSheets()).map((s) => s.name);
    const outcome = await actions.runImport(
      { sheets, kinds: [], overrides: [], lang: "zh-TW" },
      () => undefined
    );
    const view = await actions.showSheet(outcome.issuesSheet!);
    expect(view!.header[0]).toBe("來源工作表");
    expect(view!.rows).toHaveLength(outcome.issueCount);
    await expect(actions.showSheet("Nope")).rejects.toMatchObject({ code: "not-found" });
  });
});
