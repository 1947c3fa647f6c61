/**
 * Re-importing into a register a person has edited: per field, whoever changed since the last
 * import wins; when both did, the register wins (or the source, when preferred) and the conflict
 * is listed with both values; identity goes through the remembered row keys.
 */
import { importWorkbook } from "../../src/importer";
import {
  decodeHashes,
  encodeHashes,
  encodeKeys,
  hashFields,
  IMPORT_STATE_FORMAT,
  importStateRows,
  keysOf,
  parseImportState,
  valueHash,
  type ImportState,
} from "../../src/importer/import-state";
import { childKey } from "../../src/importer/link-merge";
import { mergeFields } from "../../src/importer/three-way-merge";
import type { ImportResult, RegisterRecords, SourceCell } from "../../src/importer/types";
import type { RegisterRecord } from "../../src/register/types";
import { sheet } from "./helpers";

const CLIENT_HEADER = ["客户名称", "联系电话", "电子邮箱", "地址", "备注"];
const POLICY_HEADER = ["客户名称", "保单号", "险种", "保险公司"];

function source(clients: SourceCell[][], policies: SourceCell[][] = []) {
  return [sheet("客户", [CLIENT_HEADER, ...clients]), sheet("保单", [POLICY_HEADER, ...policies])];
}

const CLIENTS: SourceCell[][] = [
  ["林志明", "0912-345-678", "lin@example.com", "台北市信义路1号", "老客户"],
  ["华东机械", "021-5555-0000", "hd@example.com", "上海浦东", null],
  ["陈静", "13800000000", null, "杭州", null],
];
const POLICIES: SourceCell[][] = [
  ["林志明", "P-001", "寿险", "国寿"],
  ["陈静", "P-002", "医疗险", "平安"],
];

const copy = (records: RegisterRecords): RegisterRecords =>
  JSON.parse(JSON.stringify(records)) as RegisterRecords;
const clientNamed = (records: RegisterRecords, name: string) =>
  records.Clients.find((c) => c.name === name) as RegisterRecord;

describe("three-way merge through importWorkbook", () => {
  let first: ImportResult;
  let edited: RegisterRecords;

  beforeAll(() => {
    first = importWorkbook(source(CLIENTS, POLICIES));
    edited = copy(first.records);
    const lin = clientNamed(edited, "林志明");
    lin.phone = "0912-000-111"; // a correction typed in the register
    lin.notes = "老客户; 喜欢下午见面"; // the person's own note
    lin["我的标签"] = "重点"; // a column of the person's own
    clientNamed(edited, "华东机械").name = "华东机械股份有限公司"; // renamed in the register
    edited.Clients.push({ clientId: "C-0100", name: "手工客户", phone: "0200000000" }); // typed by hand
    edited.Clients.reverse(); // the table sorted
    edited.Insurance.find((p) => p.policyNo === "P-002")!.insurer = "平安人寿"; // edited policy
  });

  it("remembers every imported record with its layout, keys and the hashes of its values", () => {
    expect(first.state.records.filter((r) => r.sheet === "Clients")).toHaveLength(3);
    const lin = first.state.records.find((r) => r.sheet === "Clients" && r.id === "C-0001");
    expect(keysOf(lin!)).toContain("name|林志明|phone|0912345678");
    const hashes = decodeHashes(lin!.hashes);
    expect(hashes.phone).toBe(valueHash("phone", "0912-345-678"));
    expect(hashes.clientId).toBe(valueHash("clientId", "C-0001"));
    expect(hashes).toEqual(hashFields(clientNamed(first.records, "林志明")));
    // Only hashes are kept, never the values again.
    expect(lin!.hashes).not.toContain("0912");
    expect(lin!.hashes).not.toContain("林志明");
    expect(lin?.layout).toMatch(/^[A-Z0-9]+-[0-9a-f]{8}$/);
    expect(first.state.mappings.map((m) => m.sheet)).toEqual(["客户", "保单"]);
  });

  it("an unchanged source changes nothing: edits, renames, own columns and typed rows stay", () => {
    const again = importWorkbook(source(CLIENTS, POLICIES), {
      existing: edited,
      state: first.state,
    });
    expect(again.records).toEqual(edited);
    expect(again.summary.imported).toBe(0);
    expect(again.issues.filter((i) => i.code === "import.merge-conflict")).toEqual([]);
  });

  it("a client renamed in the register is never duplicated", () => {
    const again = importWorkbook(source(CLIENTS, POLICIES), {
      existing: edited,
      state: first.state,
    });
    expect(again.records.Clients.filter((c) => String(c.name).startsWith("华东机械"))).toEqual([
      expect.objectContaining({ clientId: "C-0002", name: "华东机械股份有限公司" }),
    ]);
  });

  describe("a changed source", () => {
    const changed = CLIENTS.map((row) => [...row]);
    changed[0][1] = "0912-999-999"; // both changed: conflict
    changed[2][3] = "杭州西湖区"; // only the source changed: it wins
    changed.push(["周杰", "0933000000", null, "台中", null]); // new client
    const policies = POLICIES.map((row) => [...row]);
    policies[1][3] = "平安产险"; // both changed the insurer

    it("updates what only the source changed, keeps what only the register changed, lists conflicts", () => {
      const r = importWorkbook(source(changed, policies), { existing: edited, state: first.state });
      expect(clientNamed(r.records, "陈静").address).toBe("杭州西湖区");
      expect(clientNamed(r.records, "林志明")).toMatchObject({
        phone: "0912-000-111",
        notes: "老客户; 喜欢下午见面",
        我的标签: "重点",
      });
      expect(clientNamed(r.records, "周杰").clientId).toBe("C-0101");
      expect(r.records.Clients).toHaveLength(5);
      const conflicts = r.issues.filter((i) => i.code === "import.merge-conflict");
      expect(conflicts.map((c) => [c.field, c.sheet, c.row])).toEqual([
        ["phone", "客户", 2],
        ["insurer", "保单", 3],
      ]);
      expect(conflicts[0].message).toContain('"0912-000-111"');
      expect(conflicts[0].message).toContain('"0912-999-999"');
      expect(conflicts[0].message).toContain("客户 row 2, column B (联系电话)");
      expect(conflicts[0].column).toBe("B (联系电话)");
      expect(r.records.Insurance.find((p) => p.policyNo === "P-002")?.insurer).toBe("平安人寿");
      expect(r.summary).toMatchObject({ imported: 1, merged: 5 });
    });

    it("--prefer source takes the source's value where both changed", () => {
      const r = importWorkbook(source(changed, policies), {
        existing: edited,
        state: first.state,
        prefer: "source",
      });
      expect(clientNamed(r.records, "林志明").phone).toBe("0912-999-999");
      expect(r.records.Insurance.find((p) => p.policyNo === "P-002")?.insurer).toBe("平安产险");
      expect(clientNamed(r.records, "林志明").我的标签).toBe("重点");
    });

    it("the next import remembers the new base: re-importing the changed source changes nothing", () => {
      const r = importWorkbook(source(changed, policies), { existing: edited, state: first.state });
      const again = importWorkbook(source(changed, policies), {
        existing: r.records,
        state: r.state,
      });
      expect(again.records).toEqual(r.records);
      expect(again.issues.filter((i) => i.code === "import.merge-conflict")).toEqual([]);
    });
  });

  it("a state written by version 1 (the values themselves) is read as their hashes and merges the same", () => {
    // Version 1 kept every record's source values: at the first import they are the records written.
    const written = (sheet: keyof RegisterRecords, id: string) =>
      first.records[sheet].find((r) =>
        sheet === "Clients" ? r.clientId === id : childKey(sheet, r) === id
      ) as RegisterRecord;
    const v1 = importStateRows(first.state).map((row) => [...row]);
    v1[0][1] = 1;
    for (const row of v1.slice(2))
      if (row[0] === "record")
        row.splice(6, row.length, JSON.stringify(written(row[1] as "Clients", String(row[2]))));
    const old = parseImportState(v1);
    expect(old).toEqual(first.state);
    const changed = CLIENTS.map((row) => [...row]);
    changed[0][1] = "0912-999-999";
    changed[2][3] = "杭州西湖区";
    const r = importWorkbook(source(changed, POLICIES), { existing: edited, state: old });
    expect(clientNamed(r.records, "陈静").address).toBe("杭州西湖区");
    expect(clientNamed(r.records, "林志明").phone).toBe("0912-000-111");
    expect(r.issues.filter((i) => i.code === "import.merge-conflict").map((i) => i.field)).toEqual([
      "phone",
    ]);
    // Written again, it is version 2.
    expect(importStateRows(r.state)[0].slice(0, 2)).toEqual([IMPORT_STATE_FORMAT, 2]);
  });

  it("without a state (a register from elsewhere) empty fields are filled and differences kept as conflicts", () => {
    const register = copy(first.records);
    clientNamed(register, "陈静").address = null;
    clientNamed(register, "林志明").address = "高雄";
    const r = importWorkbook(source(CLIENTS, POLICIES), { existing: register });
    expect(clientNamed(r.records, "陈静").address).toBe("杭州");
    expect(clientNamed(r.records, "林志明").address).toBe("高雄");
    expect(r.issues.filter((i) => i.code === "import.merge-conflict").map((i) => i.field)).toEqual([
      "address",
    ]);
  });
});

describe("mergeFields", () => {
  const base = { a: "1", b: "1", c: "1", d: "1" };
  it("applies the three-way rule per field", () => {
    const register = { a: "1", b: "2", c: "2", d: "1", own: "x" };
    const sourceNow = { a: "2", b: "1", c: "3", d: "1" };
    const r = mergeFields(register, sourceNow, hashFields(base), "register");
    expect(r.record).toEqual({ a: "2", b: "2", c: "2", d: "1", own: "x" });
    expect(r.conflicts).toEqual([{ key: "c", register: "2", source: "3" }]);
    expect(r.updates).toEqual([{ key: "a", from: "1", to: "2" }]);
    expect(mergeFields(register, sourceNow, hashFields(base), "source").record.c).toBe("3");
  });

  it("compares with the base as merging compares values: text folded, phones by digits, types apart", () => {
    const base = hashFields({
      name: " Lin  Zhiming ",
      phone: "0912-345-678",
      revenue: 12,
      vip: true,
    });
    const register = { name: "old", phone: "old", revenue: 1, vip: false };
    // Each source value is the base's in another spelling: nothing changed in the source.
    const same = { name: "lin zhiming", phone: "(0912) 345 678", revenue: 12, vip: true };
    expect(mergeFields(register, same, base, "register")).toMatchObject({
      record: register,
      conflicts: [],
    });
    // A number and its text are different values; so are an empty and a filled field (all three
    // changed on both sides here: conflicts).
    const other = { name: "lin zhiming", phone: "0912345679", revenue: "12", vip: null };
    expect(mergeFields(register, other, base, "register").conflicts.map((c) => c.key)).toEqual([
      "phone",
      "revenue",
      "vip",
    ]);
  });
});

describe("import state in a sheet", () => {
  it("round-trips, splitting hashes longer than a cell holds", () => {
    const wide: RegisterRecord = { name: "x", notes: "长".repeat(70_000), annualRevenue: 12.5 };
    for (let i = 0; i < 3_000; i++) wide[`自定义栏位${i}`] = i % 2 === 0 ? `值${i}` : i;
    const state: ImportState = {
      records: [
        {
          sheet: "Clients",
          id: "C-0001",
          layout: "H-0000abcd",
          keys: encodeKeys(["name|x|phone|1"]),
          hashes: encodeHashes(hashFields(wide)),
        },
      ],
      mappings: [
        {
          layout: "H-0000abcd",
          sheet: "客户",
          registerSheet: "Clients",
          columns: [{ letter: "A", header: "客户名称", field: "name", chosen: true }],
        },
      ],
    };
    const rows = importStateRows(state);
    expect(rows[2].length).toBeGreaterThan(7);
    for (const row of rows)
      for (const cell of row)
        if (typeof cell === "string") expect(cell.length).toBeLessThan(32_767);
    expect(parseImportState(rows)).toEqual(state);
  });

  it("reads a version 1 row whose values were split over cells", () => {
    const values = { name: "x", notes: "长".repeat(70_000), annualRevenue: 12.5, vip: true };
    const json = JSON.stringify(values);
    const rows = [
      [IMPORT_STATE_FORMAT, 1],
      ["kind", "sheet", "id", "layout", "rowKey", "keys", "json"],
      [
        "record",
        "Clients",
        "C-0001",
        "L1-0000abcd",
        "k",
        '["k"]',
        json.slice(0, 30_000),
        json.slice(30_000, 60_000),
        json.slice(60_000),
      ],
    ];
    expect(decodeHashes(parseImportState(rows).records[0].hashes)).toEqual(hashFields(values));
  });

  it("refuses a sheet it does not understand, naming the row", () => {
    const rows = importStateRows({ records: [], mappings: [] });
    expect(() => parseImportState([["something else"]])).toThrow(/A1/);
    expect(() => parseImportState([...rows, ["record", "Nope", "x", "", "", "[]", "{}"]])).toThrow(
      /row 3: unknown register sheet "Nope"/
    );
    expect(() =>
      parseImportState([...rows, ["record", "Clients", "x", "", "", "[]", '{"name":"林"}']])
    ).toThrow(/row 3: field "name" has no hash/);
    expect(() => parseImportState([[IMPORT_STATE_FORMAT, 3]])).toThrow(/version 3/);
  });
});

describe("one oversized cell never stops the import", () => {
  it("cuts text longer than a cell holds and keeps the whole text in an issue", () => {
    const wide: SourceCell[] = ["客户名称", "联系电话"];
    const row: SourceCell[] = ["林志明", "0912345678"];
    for (let i = 0; i < 40; i++) {
      wide.push(`备用栏${i}`);
      row.push("字".repeat(1_000));
    }
    const r = importWorkbook([sheet("客户", [wide, row, ["陈静", "13800000000"]])]);
    expect(r.records.Clients).toHaveLength(2);
    const lin = clientNamed(r.records, "林志明");
    expect(String(lin.notes)).toHaveLength(32_767);
    const cut = r.issues.find((i) => i.code === "import.cell-cut");
    expect(cut).toMatchObject({ sheet: "客户", row: 2, field: "notes", severity: "warning" });
    expect(String(cut?.value).length).toBeGreaterThan(40_000);
    expect(String(cut?.value).startsWith(String(lin.notes))).toBe(true);
  });
});
