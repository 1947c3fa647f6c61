/**
 * A workbook saved with the 1904 date system (old Mac Excel) holds its dates as serials counted
 * from 1904-01-01. Office.js has no property for the date system, so the pane asks Excel how it
 * shows a few dates and reads every serial accordingly: the same dates as the file reader gives.
 */
import { officeWorkbook } from "../../src/taskpane/host/excel-actions";
import { installFakeExcel, WorkbookModel } from "../workbook/office/fake-excel";

/** Serial of a date in the 1900 or 1904 system. */
function serialOf(iso: string, date1904: boolean): number {
  return (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000 - (date1904 ? 1_462 : 0);
}

function clientsBook(date1904: boolean, format = "yyyy-mm-dd"): WorkbookModel {
  const workbook = new WorkbookModel();
  workbook.date1904 = date1904;
  for (const name of ["Clients", "Visits"]) {
    const sheet = workbook.addSheet(name);
    sheet.seed("A1:B1", [["Name", name === "Clients" ? "Birthday" : "Visited"]]);
    sheet.seed("A2:A3", [["Ann Lee"], ["Bo Chan"]]);
    sheet.seed(
      "B2:B3",
      [[serialOf("1985-05-15", date1904)], [serialOf("1990-12-31", date1904)]],
      format
    );
  }
  return workbook;
}

async function readBoth(workbook: WorkbookModel) {
  const excel = installFakeExcel(workbook);
  try {
    const port = officeWorkbook();
    const clients = await port.readSourceSheet("Clients");
    const textLoads = () =>
      excel.contexts.reduce((n, c) => n + c.stats.loads.filter((l) => l === "text").length, 0);
    const afterFirst = textLoads();
    const visits = await port.readSourceSheet("Visits");
    return {
      clients,
      visits,
      textLoadsFirst: afterFirst,
      textLoadsSecond: textLoads() - afterFirst,
    };
  } finally {
    excel.uninstall();
  }
}

describe("the pane reads dates in the workbook's own date system", () => {
  test.each([false, true])(
    "date1904 = %s: the dates Excel shows, once asked per workbook",
    async (date1904) => {
      const read = await readBoth(clientsBook(date1904));
      for (const sheet of [read.clients, read.visits]) {
        expect(sheet.rows[1][1]).toEqual(new Date(Date.UTC(1985, 4, 15)));
        expect(sheet.rows[2][1]).toEqual(new Date(Date.UTC(1990, 11, 31)));
      }
      expect(read.textLoadsFirst).toBeGreaterThan(0);
      expect(read.textLoadsSecond).toBe(0);
    }
  );

  test("dates whose format shows no year cannot tell; they are read from 1900, as before", async () => {
    const read = await readBoth(clientsBook(false, "mmm d"));
    expect(read.clients.rows[1][1]).toEqual(new Date(Date.UTC(1985, 4, 15)));
    expect(read.textLoadsFirst + read.textLoadsSecond).toBe(0);
  });
});
