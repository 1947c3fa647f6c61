/**
 * The import state is held packed while an import runs (a million records are imported at once):
 * per field a code and the hash's four bytes, the keys as UTF-8, all in one-byte characters. The
 * state sheet still gets the JSON it always had, and reads back to the same packed state.
 */
import fc from "fast-check";
import { importWorkbook } from "../../src/importer";
import {
  decodeHashes,
  encodeHashes,
  encodeKeys,
  hashFields,
  importStateRows,
  keysJson,
  keysOf,
  parseImportState,
  type FieldHashes,
} from "../../src/importer/import-state";
import type { SourceCell } from "../../src/importer/types";

const HEADER: SourceCell[] = ["客户名称", "联系电话", "电子邮箱", "生日", "风险偏好", "备注"];
const ROWS: SourceCell[][] = [
  ["林志明", "0912345678", "lin@example.com", "1980-03-04", "稳健", "VIP"],
  ["陳靜怡", "0922333444", null, "1975-12-01", "保守型", null],
  ["华东机械有限公司", "021-5555-0000", "info@hd.cn", null, null, "老客户"],
];

function imported() {
  return importWorkbook([{ name: "客户", rows: [HEADER, ...ROWS], merges: [] }], {
    today: "2026-01-01",
  });
}

const oneByte = (text: string) => [...text].every((c) => c.charCodeAt(0) < 256);

describe("the import state, packed in memory", () => {
  const result = imported();
  const { records } = result.state;

  it("takes five one-byte characters per register field's hash", () => {
    expect(records).toHaveLength(3);
    for (const r of records) {
      const fields = Object.keys(decodeHashes(r.hashes));
      expect(fields.length).toBeGreaterThanOrEqual(3);
      expect(r.hashes).toHaveLength(5 * fields.length);
      expect(oneByte(r.hashes)).toBe(true);
      expect(oneByte(r.keys)).toBe(true);
    }
  });

  it("gives back the keys and the hashes of the values the source gave", () => {
    const lin = records.find((r) => keysOf(r).includes("name|林志明|phone|0912345678"))!;
    const client = result.records.Clients.find((c) => c.name === "林志明")!;
    expect(lin.id).toBe(client.clientId);
    expect(decodeHashes(lin.hashes)).toEqual(hashFields(client));
    expect(keysOf(records[1])[0]).toMatch(/^name\|陳靜怡\|/);
  });

  it("writes the sheet's JSON as before: the keys as a list, the hashes field by field in order", () => {
    const rows = importStateRows(result.state);
    records.forEach((r, i) => {
      const row = rows[2 + i];
      const client = result.records.Clients.find((c) => c.clientId === r.id)!;
      expect(row[4]).toBe(keysOf(r)[0]);
      expect(row[5]).toBe(JSON.stringify(keysOf(r)));
      expect(row[6]).toBe(JSON.stringify(hashFields(client)));
    });
    expect(parseImportState(rows)).toEqual(result.state);
  });

  it("gives back any keys exactly, in every script, with emoji and a lone surrogate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "binary", maxLength: 20 }), { maxLength: 4 }),
        (keys) => {
          const packed = encodeKeys(keys);
          expect(oneByte(packed)).toBe(true);
          expect(keysOf({ keys: packed })).toEqual(keys);
        }
      ),
      { numRuns: 2_000 }
    );
    const odd = [
      "name|林志明|phone|0912",
      "é ü ß",
      "😀👍🏽",
      "\ud800 alone",
      "\udfff",
      "x".repeat(70_000),
    ];
    expect(keysOf({ keys: encodeKeys(odd) })).toEqual(odd);
    expect(keysJson({ keys: encodeKeys(odd) })).toBe(JSON.stringify(odd));
  });

  it("keeps a field no register sheet has, in any script, and its place among the others", () => {
    const hashes: FieldHashes = {
      name: "0123abcd",
      自定义栏位: "ffffffff",
      "a key with spaces": "00000000",
      notes: "80000001",
    };
    const packed = encodeHashes(hashes);
    expect(oneByte(packed)).toBe(true);
    expect(decodeHashes(packed)).toEqual(hashes);
    expect(Object.keys(decodeHashes(packed))).toEqual(Object.keys(hashes));
    expect(() => decodeHashes(packed.slice(0, -1))).toThrow(/cut/);
  });
});
