/**
 * The import hands its own working records to the three-way merge, which then takes a new record
 * into the register as it is instead of copying it (memory at 100,000 rows). What it writes must
 * be the same either way, and records a caller did not give up must stay untouched.
 */
import { valueHash } from "../../src/importer/import-state";
import { MAX_CELL_TEXT } from "../../src/register/excel-limits";
import {
  threeWayMerge,
  type SourceRecord,
  type ThreeWayInput,
} from "../../src/importer/three-way-merge";
import { EMPTY_IMPORT_STATE, decodeHashes } from "../../src/importer/import-state";
import type { RegisterRecord } from "../../src/register/types";

const LONG_NOTE = "长".repeat(MAX_CELL_TEXT + 10);

function sources(): SourceRecord[] {
  const at = (row: number) => ({ sheet: "客户", row });
  const record = (r: RegisterRecord) => ({ clientId: null, ...r });
  return [
    {
      sheet: "Clients",
      record: record({ name: "林志明", phone: "0912345678" }),
      origin: at(2),
      layout: "L1-a",
      sourceId: false,
    },
    {
      sheet: "Clients",
      record: { clientId: "K-7", name: "华东机械", phone: "021-5555-0000" },
      origin: at(3),
      layout: "L1-a",
      sourceId: true,
    },
    {
      sheet: "Clients",
      record: record({ name: "陈静", notes: LONG_NOTE }),
      origin: at(4),
      layout: "L1-a",
      sourceId: false,
    },
    {
      sheet: "Insurance",
      record: { clientId: "K-7", policyNo: "P-1", insurer: "国寿" },
      origin: { sheet: "保单", row: 2 },
      layout: "L1-b",
      sourceId: false,
    },
    {
      sheet: "Insurance",
      record: { clientId: "C-0001", policyNo: "P-2", insurer: "平安" },
      origin: { sheet: "保单", row: 3 },
      layout: "L1-b",
      sourceId: false,
    },
  ];
}

const input = (source: SourceRecord[], take: boolean): ThreeWayInput => ({
  source,
  register: { Clients: [{ clientId: "C-0009", name: "王五", phone: "13800000000" }] },
  state: EMPTY_IMPORT_STATE,
  ...(take ? { takeSourceRecords: true } : {}),
});

describe("three-way merge taking the import's own records", () => {
  it("writes the same records, state and issues as when it copies them", () => {
    const copied = threeWayMerge(input(sources(), false));
    const taken = threeWayMerge(input(sources(), true));
    expect(taken.records).toEqual(copied.records);
    expect(taken.state).toEqual(copied.state);
    expect(taken.issues).toEqual(copied.issues);
    expect(copied.records.Clients.map((c) => c.clientId)).toEqual([
      "C-0009",
      "C-0010",
      "K-7",
      "C-0011",
    ]);
  });

  it("leaves the records passed in untouched unless they are given up", () => {
    const source = sources();
    const before = JSON.parse(JSON.stringify(source)) as unknown;
    const result = threeWayMerge(input(source, false));
    expect(JSON.parse(JSON.stringify(source))).toEqual(before);
    for (const r of result.records.Clients) expect(source.map((s) => s.record)).not.toContain(r);
  });

  it("takes a new record as it is, numbered in place, but copies one whose cell it cuts", () => {
    const source = sources();
    const result = threeWayMerge(input(source, true));
    const [lin, huadong, chen] = source;
    expect(result.records.Clients).toContain(lin.record);
    expect(lin.record.clientId).toBe("C-0010");
    expect(result.records.Clients).toContain(huadong.record);
    // The cut note: the register holds a shortened copy, the source and the state the whole text.
    const registerChen = result.records.Clients.find((c) => c.name === "陈静")!;
    expect(registerChen).not.toBe(chen.record);
    expect(String(registerChen.notes)).toHaveLength(MAX_CELL_TEXT);
    expect(chen.record.notes).toBe(LONG_NOTE);
    const chenState = result.state.records.find((r) => r.id === registerChen.clientId)!;
    expect(decodeHashes(chenState.hashes).notes).toBe(valueHash("notes", LONG_NOTE));
  });
});
