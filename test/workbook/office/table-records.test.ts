/** writeTableRecords against the fake: rows follow the records, formulas and a person's columns stay. */
import type { RegisterRecord } from "../../../src/register/types";
import { applyPlan } from "../../../src/workbook/office/apply-plan";
import { RegisterWriteError } from "../../../src/workbook/office/errors";
import { readRegister } from "../../../src/workbook/office/read-register";
import {
  matchColumns,
  placeRecords,
  typedRuns,
  writeTableRecords,
} from "../../../src/workbook/office/table-records";
import { buildRegisterPlan } from "../../../src/workbook/register-plan";
import {
  a1,
  asExcelContext,
  FakeRequestContext,
  WorkbookModel,
  type CellModel,
  type TableModel,
} from "./fake-excel";

const client = (n: number, extra: RegisterRecord = {}): RegisterRecord => ({
  clientId: `C-${String(n).padStart(4, "0")}`,
  name: `Client ${n}`,
  kind: "person",
  phone: `0${n}`,
  birthday: "1980-02-29",
  annualRevenue: n * 1000,
  ...extra,
});

async function register(lang: "en" | "zh-CN" = "zh-CN"): Promise<FakeRequestContext> {
  const ctx = new FakeRequestContext(new WorkbookModel());
  await applyPlan(asExcelContext(ctx), buildRegisterPlan({ lang, formulaStyle: "live" }));
  return ctx;
}

const write = (
  ctx: FakeRequestContext,
  key: Parameters<typeof writeTableRecords>[1],
  records: RegisterRecord[],
  options = {}
) => writeTableRecords(asExcelContext(ctx), key, records, { lang: "en", ...options });

const readBack = async (ctx: FakeRequestContext) =>
  (await readRegister(asExcelContext(ctx))).records;

describe("writeTableRecords", () => {
  test("fills an empty table with the records, typed as the register types them", async () => {
    const ctx = await register();
    const records = [client(1, { married: true, riskProfile: "moderate" }), client(2), client(3)];
    await write(ctx, "Clients", records);

    const table = ctx.model.table("tblClients")!;
    expect(table.rect.rows).toBe(1 + records.length);
    const back = (await readBack(ctx)).Clients!;
    expect(back.map((r) => r.clientId)).toEqual(["C-0001", "C-0002", "C-0003"]);
    expect(back[0]).toMatchObject({
      phone: "01",
      birthday: "1980-02-29",
      married: true,
      riskProfile: "moderate",
      annualRevenue: 1000,
    });
    // Phones stay text with their leading zero; the birthday is a date serial in the sheet.
    const headers = table.headers();
    const column = (label: string) => table.rect.column + headers.indexOf(label);
    expect(table.sheet.cell(1, column("电话"))?.value).toBe("01");
    expect(typeof table.sheet.cell(1, column("生日"))?.value).toBe("number");
  });

  test("grows and shrinks at the end; calculated columns get their formula in new rows", async () => {
    const ctx = await register("en");
    const complaint = (n: number): RegisterRecord => ({
      complaintId: `TS-${n}`,
      clientId: "C-0001",
      receivedOn: "2026-03-02",
      severity: "high",
      description: `Complaint ${n}`,
      status: "open",
    });
    await write(ctx, "Complaints", [1, 2, 3, 4, 5].map(complaint));
    const table = ctx.model.table("tblComplaints")!;
    expect(table.rect.rows).toBe(6);
    const headers = table.headers();
    const due = table.rect.column + headers.indexOf("Due on");
    expect(due).toBeGreaterThanOrEqual(0);
    for (let r = 1; r <= 5; r++) expect(table.sheet.cell(r, due)?.formula).toMatch(/^=/);

    await write(ctx, "Complaints", [1, 2].map(complaint));
    expect(table.rect.rows).toBe(3);
    expect((await readBack(ctx)).Complaints!.map((c) => c.complaintId)).toEqual(["TS-1", "TS-2"]);
    expect(table.sheet.cell(2, due)?.formula).toMatch(/^=/);

    await write(ctx, "Complaints", []);
    expect(table.rect.rows).toBe(2); // Excel keeps one (empty) body row
    expect((await readBack(ctx)).Complaints ?? []).toEqual([]);
  });

  test("a person's own column keeps its cells beside the rows that stay", async () => {
    const ctx = await register("en");
    await write(ctx, "Clients", [client(1), client(2)]);
    const table = ctx.model.table("tblClients")!;
    const own = table.rect.column + table.rect.columns;
    table.sheet.seed(a1({ row: 0, column: own, rows: 3, columns: 1 }), [
      ["My notes"],
      ["call Monday"],
      ["golf"],
    ]);
    table.rect = { ...table.rect, columns: table.rect.columns + 1 };

    await write(ctx, "Clients", [client(1, { name: "Client One" }), client(2), client(3)]);
    expect(table.rect.rows).toBe(4);
    expect([1, 2, 3].map((r) => table.sheet.cell(r, own)?.value ?? "")).toEqual([
      "call Monday",
      "golf",
      "",
    ]);
    expect(table.headers()[table.rect.columns - 1]).toBe("My notes");
    expect((await readBack(ctx)).Clients!.map((c) => c.name)).toEqual([
      "Client One",
      "Client 2",
      "Client 3",
    ]);
  });

  test("text that looks like a formula or a number stays text", async () => {
    const ctx = await register("en");
    await write(ctx, "Clients", [
      client(1, { name: '=HYPERLINK("http://x")', notes: "+1 555", email: "@me" }),
    ]);
    const back = (await readBack(ctx)).Clients![0];
    expect(back).toMatchObject({ name: '=HYPERLINK("http://x")', notes: "+1 555", email: "@me" });
    const sheet = ctx.model.table("tblClients")!.sheet;
    for (const cells of sheet.rows.values())
      for (const cell of cells.values())
        expect(cell.formula ?? "").not.toMatch(/HYPERLINK|555|@me/);
  });

  test("a record with a column the table lacks adds the column at the table's right end", async () => {
    const ctx = await register("en");
    await write(ctx, "Clients", [client(1, { 客户来源: "展会" })]);
    const table = ctx.model.table("tblClients")!;
    expect(table.headers()).toContain("客户来源");
    expect((await readBack(ctx)).Clients![0]["客户来源"]).toBe("展会");
  });

  test("10,000 records: syncs grow per chunk, never per row, and no request passes the budget", async () => {
    const ctx = await register("en");
    const before = ctx.stats.syncs;
    const records = Array.from({ length: 10_000 }, (_, i) =>
      client(i + 1, { notes: "x".repeat(50) })
    );
    const progress: number[] = [];
    await write(ctx, "Clients", records, {
      chunkRows: 2_000,
      onProgress: (done: number) => progress.push(done),
    });
    const syncs = ctx.stats.syncs - before;
    expect(syncs).toBeLessThanOrEqual(3 + 2 * Math.ceil(10_000 / 2_000));
    expect(Math.max(...ctx.stats.requestBytes)).toBeLessThan(4_000_000);
    expect(progress[progress.length - 1]).toBe(10_000);
    expect(ctx.model.table("tblClients")!.rect.rows).toBe(10_001);
  });

  test("a long table is converted in slices: the pane's timers run meanwhile, and the table ends the same", async () => {
    const sheetCells = (ctx: FakeRequestContext) =>
      JSON.stringify(
        [...ctx.model.table("tblClients")!.sheet.rows.entries()].map(([r, c]) => [r, [...c]])
      );
    const records = Array.from({ length: 12_000 }, (_, i) => client(i + 1, { notes: `n${i}` }));
    // The import hands them back in another order, a third changed, some gone, some new.
    const again = [
      ...records.slice(500).map((r, i) => (i % 3 ? r : { ...r, notes: "changed" })),
      ...Array.from({ length: 700 }, (_, i) => client(20_000 + i)),
    ].reverse();
    const run = async (yieldEveryMs: number) => {
      const ctx = await register("zh-CN");
      await write(ctx, "Clients", records, { yieldEveryMs: 0 });
      let ticks = 0;
      let ended = false;
      let tickBeforeEnd = false;
      const timer = setInterval(() => {
        ticks++;
        if (!ended) tickBeforeEnd = true;
      }, 1);
      try {
        await write(ctx, "Clients", again, { yieldEveryMs });
        ended = true;
      } finally {
        clearInterval(timer);
      }
      return { cells: sheetCells(ctx), ticks, tickBeforeEnd, records: await readBack(ctx) };
    };
    const blocking = await run(0);
    const sliced = await run(2);
    // The stand-in's syncs never give the event loop a turn: every tick came from a yield.
    expect(blocking.ticks).toBe(0);
    expect(sliced.tickBeforeEnd).toBe(true);
    expect(sliced.ticks).toBeGreaterThan(3);
    expect(sliced.cells).toBe(blocking.cells);
    expect(sliced.records.Clients).toHaveLength(again.length);
    expect(sliced.records.Clients!.find((c) => c.clientId === "C-0501")?.notes).toBe("changed");
  });

  test("without the register's table it says to set up first and writes nothing", async () => {
    const ctx = new FakeRequestContext(new WorkbookModel());
    ctx.model.addSheet("Sheet1");
    await expect(write(ctx, "Visits", [])).rejects.toThrow(RegisterWriteError);
    await expect(write(ctx, "Visits", [])).rejects.toThrow(
      /no Visits table \(tblVisits\)\. Set up the register first/
    );
    expect(ctx.stats.writeActions).toBe(0);
  });

  test("matchColumns and typedRuns: headers in any language, own columns left out", () => {
    const plan = buildRegisterPlan({ lang: "en", formulaStyle: "live" }).sheets.find(
      (s) => s.registerKey === "Tiers"
    )!.table!.columns;
    const slots = matchColumns(
      "Tiers",
      ["客户编号", "Mine", ...plan.slice(1).map((c) => c.header)],
      plan
    );
    expect(slots[0]?.column.key).toBe("clientId");
    expect(slots[1]).toBeNull();
    const runs = typedRuns(slots);
    expect(runs[0]).toEqual([0, 1]);
    for (const [first, count] of runs)
      for (let j = first; j < first + count; j++) expect(slots[j]?.typed).toBe(true);
    expect(slots.filter((s) => s?.typed).length).toBe(runs.reduce((n, [, c]) => n + c, 0));
  });
});

/** Sorts a table's body rows in the stand-in as Excel's sort does: whole rows move, own columns too. */
function sortTable(table: TableModel, header: string, descending = false): void {
  const { row, column, rows, columns } = table.bodyRect();
  const at = column + table.headers().indexOf(header);
  const body = Array.from({ length: rows }, (_, i) => {
    const cells = new Map<number, CellModel>();
    for (let c = column; c < column + columns; c++) {
      const cell = table.sheet.cell(row + i, c);
      if (cell) cells.set(c, cell);
    }
    return cells;
  });
  body.sort((a, b) => {
    const order = String(a.get(at)?.value ?? "").localeCompare(String(b.get(at)?.value ?? ""));
    return descending ? -order : order;
  });
  body.forEach((cells, i) => {
    const target = table.sheet.rows.get(row + i) ?? new Map<number, CellModel>();
    for (let c = column; c < column + columns; c++) {
      const cell = cells.get(c);
      if (cell) target.set(c, cell);
      else target.delete(c);
    }
    table.sheet.rows.set(row + i, target);
  });
}

/** Adds a column of one's own at the table's right end, values by clientId. */
function addOwnColumn(table: TableModel, header: string, byClient: Record<string, string>): number {
  const own = table.rect.column + table.rect.columns;
  const idAt = table.rect.column + table.headers().indexOf("Client ID");
  table.sheet.seed(a1({ row: table.rect.row, column: own, rows: 1, columns: 1 }), [[header]]);
  for (let r = table.rect.row + 1; r < table.rect.row + table.rect.rows; r++) {
    const id = String(table.sheet.cell(r, idAt)?.value ?? "");
    if (byClient[id])
      table.sheet.seed(a1({ row: r, column: own, rows: 1, columns: 1 }), [[byClient[id]]]);
  }
  table.rect = { ...table.rect, columns: table.rect.columns + 1 };
  return own;
}

describe("writeTableRecords matches rows by identity, never by position", () => {
  const byRow = (table: TableModel, own: number) => {
    const idAt = table.rect.column + table.headers().indexOf("Client ID");
    return Array.from({ length: table.rect.rows - 1 }, (_, i) => [
      table.sheet.cell(table.rect.row + 1 + i, idAt)?.value ?? "",
      table.sheet.cell(table.rect.row + 1 + i, own)?.value ?? "",
    ]);
  };

  test("a table sorted since the last import keeps the person's cells with their clients", async () => {
    const ctx = await register("en");
    await write(ctx, "Clients", [client(1), client(2), client(3)]);
    const table = ctx.model.table("tblClients")!;
    const own = addOwnColumn(table, "My notes", { "C-0001": "call Monday", "C-0003": "golf" });
    sortTable(table, "Name", true); // Client 3, Client 2, Client 1

    // The import hands the records back in its own order, one changed, one new.
    await write(ctx, "Clients", [client(1, { phone: "0999" }), client(2), client(3), client(4)]);
    expect(byRow(table, own)).toEqual([
      ["C-0003", "golf"],
      ["C-0002", ""],
      ["C-0001", "call Monday"],
      ["C-0004", ""],
    ]);
    const back = (await readBack(ctx)).Clients!;
    expect(back.find((c) => c.clientId === "C-0001")?.phone).toBe("0999");
    expect(back.map((c) => c.clientId)).toEqual(["C-0003", "C-0002", "C-0001", "C-0004"]);
  });

  test("re-importing the same records into a sorted table changes no cell", async () => {
    const ctx = await register("en");
    const records = [client(1), client(2), client(3), client(4)];
    await write(ctx, "Clients", records);
    const table = ctx.model.table("tblClients")!;
    const own = addOwnColumn(table, "Tag", { "C-0002": "VIP", "C-0004": "new" });
    sortTable(table, "Tag", true);
    const before = JSON.stringify([...table.sheet.rows.entries()].map(([r, c]) => [r, [...c]]));
    await write(ctx, "Clients", records);
    expect(JSON.stringify([...table.sheet.rows.entries()].map(([r, c]) => [r, [...c]]))).toBe(
      before
    );
    expect(byRow(table, own).slice(0, 2)).toEqual([
      ["C-0002", "VIP"],
      ["C-0004", "new"],
    ]);
  });

  test("a record no longer there loses its row; the others keep theirs", async () => {
    const ctx = await register("en");
    await write(ctx, "Clients", [client(1), client(2), client(3)]);
    const table = ctx.model.table("tblClients")!;
    const own = addOwnColumn(table, "Mine", { "C-0001": "a", "C-0002": "b", "C-0003": "c" });
    await write(ctx, "Clients", [client(3), client(1)]);
    expect(byRow(table, own)).toEqual([
      ["C-0001", "a"],
      ["C-0003", "c"],
    ]);
  });

  test("placeRecords: id first, then natural key, then content, then what is left in order", () => {
    const existing: RegisterRecord[] = [
      { complaintId: "TS-2", clientId: "C-1", description: "b" },
      { complaintId: null, clientId: "C-1", receivedOn: "2026-01-02", description: "no id" },
      { complaintId: null, clientId: null, description: "typed by hand" },
      { complaintId: null, clientId: null, description: null },
      { complaintId: "TS-1", clientId: "C-1", description: "a" },
    ];
    const records: RegisterRecord[] = [
      { complaintId: "TS-1", clientId: "C-1", description: "a, edited" },
      { complaintId: "TS-2", clientId: "C-1", description: "b" },
      { complaintId: null, clientId: "C-1", receivedOn: "2026-01-02", description: "no id" },
      { complaintId: null, clientId: null, description: "typed by hand" },
      { complaintId: "TS-9", clientId: "C-2", description: "new" },
      { complaintId: "TS-10", clientId: "C-2", description: "newer" },
    ];
    // Rows stay in table order; the blank row takes the first record nothing else claimed.
    expect(placeRecords("Complaints", existing, records)).toEqual({
      order: [1, 2, 3, 4, 0, 5],
      removed: [],
    });
    expect(placeRecords("Complaints", existing, records.slice(0, 2))).toEqual({
      order: [1, 0],
      removed: [1, 2, 3],
    });
  });
});
