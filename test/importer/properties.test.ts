import fc from "fast-check";
import ExcelJS from "exceljs";
import { importWorkbook, withImportIssues } from "../../src/importer";
import type { SourceCell, SourceMerge, SourceSheet } from "../../src/importer/types";
import { isBlankCell } from "../../src/importer/grid";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";

const WORDS = [
  "客户名称",
  "姓名",
  "电话",
  "Name",
  "Phone",
  "险种",
  "保额(万)",
  "合计",
  "Total",
  "以下为新客户",
  "Section:",
  "张三",
  "李四",
  "Acme",
  "=1+1",
  "+86",
  "-",
  "@x",
  "是",
  "否",
  "1,100万",
  "民國73年5月26日",
  "2024-05-26",
  "05/06/1990",
  "n/a",
  "   ",
  "",
];
const cell: fc.Arbitrary<SourceCell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 60000 }) },
  {
    weight: 1,
    arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom<SourceCell>({ error: "#N/A" }, { error: "#REF!" }) },
  {
    weight: 1,
    arbitrary: fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
      noInvalidDate: true,
    }),
  }
);

/** Non-overlapping merges: each picks its own column band, so none can intersect. */
function mergesFor(rows: number, cols: number): fc.Arbitrary<SourceMerge[]> {
  return fc
    .array(
      fc.record({
        top: fc.integer({ min: 1, max: Math.max(1, rows) }),
        height: fc.integer({ min: 0, max: 3 }),
        width: fc.integer({ min: 0, max: 1 }),
      }),
      { maxLength: 3 }
    )
    .map((specs) =>
      specs
        .map((s, i) => ({
          top: s.top,
          left: i * 2 + 1,
          bottom: s.top + s.height,
          right: i * 2 + 1 + s.width,
        }))
        .filter((m) => m.right <= cols && (m.bottom > m.top || m.right > m.left))
    );
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** "B3:F90" (or "C3") as 1-based bounds. */
function blockOf(range: string): { top: number; left: number; bottom: number; right: number } {
  const [start, end = start] = range.split(":");
  const parse = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    return { col: columnIndex(m[1]), row: Number(m[2]) };
  };
  const a = parse(start);
  const b = parse(end);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

const grid: fc.Arbitrary<SourceSheet> = fc
  .record({
    name: fc.constantFrom(
      "客户",
      "Sheet1",
      "保單",
      "Visits",
      "Lookup",
      "constructor",
      "Settings",
      "Import Issues"
    ),
    cols: fc.integer({ min: 1, max: 6 }),
    rows: fc.integer({ min: 0, max: 14 }),
  })
  .chain(({ name, cols, rows }) =>
    fc.record({
      name: fc.constant(name),
      rows: fc.array(fc.array(cell, { minLength: 0, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      merges: mergesFor(rows, cols),
    })
  )
  .map((s) => {
    // Cells under a merge (other than its top-left) are empty in a source grid.
    for (const m of s.merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if ((r !== m.top || c !== m.left) && s.rows[r - 1] && s.rows[r - 1].length >= c)
            s.rows[r - 1][c - 1] = null;
        }
      }
    }
    return s;
  });

const uniqueNames = (sheets: SourceSheet[]) =>
  sheets.map((s, i) => ({ ...s, name: i === 0 ? s.name : `${s.name}${i}` }));

describe("properties", () => {
  it("row conservation: every non-blank row below a header is imported, merged, skipped or rejected, once", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }).map(uniqueNames), (sheets) => {
        const result = importWorkbook(sheets);
        const { sourceRows, imported, merged, skipped, rejected } = result.summary;
        expect(imported + merged + skipped + rejected).toBe(sourceRows);

        // Each table (or block of loose cells) accounts for its non-blank rows below its header;
        // a sheet holding one block has no range and spans the whole sheet. A block left out
        // (loose cells, a table not imported) leaves the rows an imported table of its sheet spans
        // to that table. A template's header-only table shows the register sheet it would feed but
        // imports nothing ("no-rows"): it spans no rows of anyone else's.
        const readBlock = (m: (typeof result.mappings)[number]) =>
          m.registerSheet !== null &&
          m.decision?.outcome !== "no-rows" &&
          m.range !== undefined &&
          m.range !== "";
        let expected = 0;
        for (const m of result.mappings) {
          const spans = readBlock(m)
            ? []
            : result.mappings
                .filter((o) => o.sheet === m.sheet && o !== m && readBlock(o))
                .map((o) => blockOf(o.range as string));
          const sheet = sheets.find((s) => s.name === m.sheet) as SourceSheet;
          const block = m.range
            ? blockOf(m.range)
            : { top: 1, left: 1, bottom: Infinity, right: Infinity };
          // A form (label–value pairs) has its labels and values on the same rows: all are data.
          const form = result.issues.some(
            (i) => i.code === "import.form-read" && i.sheet === m.sheet && i.row === m.headerRows[0]
          );
          const below =
            m.headerRows.length > 0 && !form ? Math.max(...m.headerRows) : block.top - 1;
          sheet.rows.forEach((row, r) => {
            if (r + 1 <= below || r + 1 > block.bottom) return;
            if (spans.some((b) => b.top <= r + 1 && r + 1 <= b.bottom)) return;
            const inside = (row ?? []).slice(block.left - 1, block.right);
            if (!inside.every(isBlankCell)) expected++;
          });
        }
        expect(sourceRows).toBe(expected);
        const keys = result.rows.map((r) => `${r.sheet}#${r.row}#${r.table ?? ""}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      {
        numRuns: Number(process.env.FC_RUNS ?? 300),
        // Found by a CI run: a table of our own Import Issues sheet with a cell beside its first
        // record counted that row twice, once for the table and once for the cell.
        examples: [
          [
            [
              {
                name: "Import Issues",
                rows: [
                  ["客户名称"],
                  ["客户名称", null, null, null, 0],
                  [new Date("1970-01-01T00:00:00.000Z")],
                  ["-"],
                ],
                merges: [],
              },
            ],
          ],
        ],
      }
    );
  });

  const NAMES = ["张三", "李四", "王五", "Ａｃｍｅ", "acme", "林志明"];
  const PHONES = [null, "13800138000", "138-0013-8000", "021-1234"];
  const clientRow = fc.tuple(
    fc.option(fc.constantFrom("K1", "K2", "C-0005"), { freq: 4 }),
    fc.constantFrom(...NAMES),
    fc.constantFrom(...PHONES),
    fc.option(fc.constantFrom("a@x.cn", "b@y.com")),
    fc.option(fc.constantFrom("备注", "=1+1", "VIP"))
  );
  const policyRow = fc.tuple(
    fc.constantFrom(...NAMES, "陌生人"),
    fc.constantFrom("寿险", "医疗险", "意外"),
    fc.option(fc.constantFrom("P1", "P2", "P3")),
    fc.integer({ min: 1, max: 500 })
  );

  it("idempotent re-import: importing the result's source again into the result changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(clientRow, { maxLength: 10 }),
        fc.array(policyRow, { maxLength: 8 }),
        (clients, policies) => {
          const sheets: SourceSheet[] = [
            {
              name: "客户",
              rows: [
                ["客户编号", "客户名称", "电话", "邮箱", "备注"],
                ...clients.map((c) => c.map((v) => v ?? null)),
              ],
              merges: [],
            },
            {
              name: "保险",
              rows: [
                ["客户姓名", "险种", "保单号", "保额（万元）"],
                ...policies.map((p) => p.map((v) => v ?? null)),
              ],
              merges: [],
            },
          ];
          const first = importWorkbook(sheets);
          const second = importWorkbook(sheets, { existing: first.records });
          expect(second.records).toEqual(first.records);
          expect(second.summary.imported).toBe(0);
          expect(second.summary.sourceRows).toBe(first.summary.sourceRows);
        }
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 200) }
    );
  });

  it("no text ever becomes a formula in the written register", async () => {
    const formulaLike = fc
      .tuple(
        fc.constantFrom("=", "+", "-", "@", "＝"),
        // A letter or digit after the sign: "-" and "- " alone are blank placeholders, read as empty.
        // No run of X: "=Xx" is a template's left-out characters (王XX, hint-rows.ts), and a first
        // row of them is rightly skipped as the template's example, not kept as a record.
        fc
          .string({ minLength: 1, maxLength: 10 })
          .filter((s) => /[\p{L}\p{N}]/u.test(s) && !/[Xx×]{2,}/u.test(s))
      )
      .map(([a, b]) => `${a}${b}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(formulaLike, formulaLike), { minLength: 1, maxLength: 4 }),
        async (pairs) => {
          const rows: SourceCell[][] = [
            ["Name", "Notes", "Address"],
            ...pairs.map(([a, b], i) => [`${a}#${i}`, b, a]),
          ];
          const result = importWorkbook([{ name: "Clients", rows, merges: [] }]);
          const plan = withImportIssues(
            buildRegisterPlan({ lang: "en", formulaStyle: "portable", records: result.records }),
            result.issues
          );
          const buffer = await writeWorkbook(plan);

          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(buffer as unknown as ArrayBuffer);
          const userTexts = pairs.flat();
          wb.eachSheet((ws) =>
            ws.eachRow((row) =>
              row.eachCell((c) => {
                const v = c.value as { formula?: string; sharedFormula?: string } | null;
                if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
                  const f = String(v.formula ?? v.sharedFormula);
                  for (const t of userTexts) expect(f).not.toBe(t.replace(/^[=＝]/, ""));
                }
              })
            )
          );
          const back = await readRegisterWorkbook(buffer);
          expect(back.records.Clients.map((c) => c.name)).toEqual(
            result.records.Clients.map((c) => c.name)
          );
          expect(back.records.Clients.map((c) => c.address)).toEqual(
            result.records.Clients.map((c) => c.address)
          );
          // The importer kept the text as text: its first character is still the formula-like one.
          result.records.Clients.forEach((c, i) =>
            expect(String(c.address)[0]).toBe(pairs[i][0][0])
          );
        }
      ),
      {
        numRuns: 25,
        // Found by a CI run: a first record whose texts start "=" and contain "name" was read as a
        // second header row, so that record was lost.
        examples: [
          [
            [
              ["=nAme", "-A "],
              ["=0 ", "=0 "],
            ],
          ],
        ],
      }
    );
  }, 120_000);
});
