/**
 * The ribbon's "Generate reviews" job, run on the preview adapter over the bundled sample:
 * one book review plus one review per client, all marked as generated sheets.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { generatedSheetNames } from "../../src/review/sheet-names";
import { createPreviewActions } from "../../src/taskpane/host/preview-actions";
import { generateAllReviews } from "../../src/taskpane/ribbon-reviews";
import { patchTableColumns } from "../../src/workbook/xlsx/calculated-columns";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "..", "..", "assets", "samples", "messy-clients.xlsx");

function previewActions() {
  return createPreviewActions({
    sampleUrl: "samples/messy-clients.xlsx",
    fetchBytes: async () => {
      const data = readFileSync(SAMPLE);
      return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    },
    today: () => "2024-06-15",
    now: () => new Date("2024-06-15T09:30:00Z"),
  });
}

async function markedSheets(bytes: Uint8Array): Promise<{ sheets: string[]; marked: string[] }> {
  patchTableColumns();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const model = (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
  ).model;
  const names = model.flatMap((n) => n.ranges.map((ref) => ({ name: n.name, ref })));
  return { sheets: workbook.worksheets.map((w) => w.name), marked: generatedSheetNames(names) };
}

describe("generateAllReviews (ribbon)", () => {
  test("on an empty register it writes the book review only", async () => {
    const actions = previewActions();
    await actions.file!.openSample();
    await actions.setUp("en");
    expect(await actions.listClients()).toEqual([]);

    expect(await generateAllReviews(actions, "en")).toEqual([]);
    const { marked } = await markedSheets((await actions.file!.save()).bytes);
    expect(marked).toEqual(["Book Review"]);
  });

  test("after an import it writes the book review and one review per client, in the pane's language", async () => {
    const actions = previewActions();
    await actions.file!.openSample();
    const sources = (await actions.listSourceSheets()).map((s) => s.name);
    await actions.runImport(
      { sheets: sources, kinds: [], overrides: [], lang: "zh-TW" },
      () => undefined
    );
    const clients = await actions.listClients();
    expect(clients.length).toBeGreaterThan(1);

    const clientSheets = await generateAllReviews(actions, "zh-TW");
    expect(clientSheets).toHaveLength(clients.length);
    const { sheets, marked } = await markedSheets((await actions.file!.save()).bytes);
    expect(marked).toHaveLength(clients.length + 1);
    for (const sheet of clientSheets) expect(marked).toContain(sheet);
    const book = marked.filter((name) => !clientSheets.includes(name));
    expect(book).toHaveLength(1);
    expect(sheets).toContain(book[0]);
    expect(book[0]).not.toBe("Book Review");

    // Run again: the generated sheets are replaced, not duplicated.
    await generateAllReviews(actions, "zh-TW");
    const again = await markedSheets((await actions.file!.save()).bytes);
    expect(again.marked.sort()).toEqual([...marked].sort());
    expect(again.sheets).toHaveLength(sheets.length);
  });
});
