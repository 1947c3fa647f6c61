/**
 * The corpus itself is consistent: every label names a file that exists, sheets and header
 * cells that are really in it, register sheets and fields that exist, a generator that made it
 * and a source listed in SOURCES.md; and no committed file carries what looks like a real
 * person's phone number or e-mail address (the generators only invent values in reserved
 * ranges, see test/corpus/make/fake.py). How well the importer does on the corpus is
 * `npm run corpus`, a scoreboard, not this test.
 */
import * as fs from "fs";
import * as path from "path";
import * as XLSX from "@e965/xlsx";
import iconv from "iconv-lite";
import { sheetDef } from "../../src/register/sheets";
import { SHEET_KEYS, type SheetKey } from "../../src/register/types";

const CORPUS = __dirname;
const FILES = path.join(CORPUS, "files");

interface ColumnLabel {
  col: string;
  header: string;
  field: string | null;
  alt?: (string | null)[];
}
interface SheetLabel {
  sheet: string;
  registerSheet: SheetKey | null;
  headerRow?: number | number[];
  subject?: string;
  columns?: ColumnLabel[];
  rows?: { records?: number; skipped?: number };
  reason?: string;
}
interface Label {
  file: string;
  source: string;
  generator: string;
  description: string;
  lang: string;
  heldOut: boolean;
  encoding?: string;
  importOptions?: Record<string, unknown>;
  sheets: SheetLabel[];
  counts: Partial<Record<SheetKey, number | null>>;
  values: { sheet: SheetKey; match: Record<string, unknown>; expect: Record<string, unknown> }[];
}

const labelNames = fs
  .readdirSync(CORPUS)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.slice(0, -".expected.json".length))
  .sort();
const labels = new Map<string, Label>(
  labelNames.map((name) => [
    name,
    JSON.parse(fs.readFileSync(path.join(CORPUS, `${name}.expected.json`), "utf8")) as Label,
  ])
);
const sources = fs.readFileSync(path.join(CORPUS, "SOURCES.md"), "utf8");

/** Field keys a column of a register sheet may map to; linked sheets also name their client. */
function fieldsOf(sheet: SheetKey): Set<string> {
  const keys = new Set(sheetDef(sheet).fields.map((f) => f.key));
  if (sheet !== "Clients") keys.add("clientName");
  return keys;
}

const books = new Map<string, XLSX.WorkBook>();

/** Each file is read once (SheetJS reads every format in the corpus). */
function readWorkbook(label: Label): XLSX.WorkBook {
  const cached = books.get(label.file);
  if (cached) return cached;
  const file = path.join(CORPUS, label.file);
  const bytes = fs.readFileSync(file);
  let book: XLSX.WorkBook;
  if (/\.(csv|txt)$/i.test(file)) {
    const text = iconv.decode(bytes, label.encoding ?? "utf8");
    book = XLSX.read(text, { type: "string", raw: true });
  } else {
    // SheetJS logs LibreOffice's conditional number formats in .ods as errors; the cells are read
    // all the same, so only that notice is kept out of the test output.
    const error = console.error;
    console.error = (...args: unknown[]) => {
      if (!String(args[0]).startsWith("ODS number format")) error(...args);
    };
    try {
      book = XLSX.read(bytes, { type: "buffer", cellDates: false });
    } finally {
      console.error = error;
    }
  }
  books.set(label.file, book);
  return book;
}

function cellText(ws: XLSX.WorkSheet, address: string): string {
  const cell = ws[address] as XLSX.CellObject | undefined;
  if (!cell || cell.v === undefined || cell.v === null) return "";
  return String(cell.w ?? cell.v).trim();
}

/** Every text a sheet holds, numbers included as written, for the privacy scan. */
function texts(ws: XLSX.WorkSheet): string[] {
  const out: string[] = [];
  for (const [address, cell] of Object.entries(ws)) {
    if (address.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    if (c.v === undefined || c.v === null) continue;
    // A fraction (a date-time serial such as 45145.14583333334) is never a phone number.
    if (typeof c.v === "number" && !Number.isInteger(c.v)) continue;
    out.push(String(c.v));
  }
  return out;
}

describe("corpus labels", () => {
  it("has labelled files to measure, some of them held out", () => {
    expect(labelNames.length).toBeGreaterThanOrEqual(8);
    expect([...labels.values()].some((l) => l.heldOut)).toBe(true);
    expect([...labels.values()].some((l) => !l.heldOut)).toBe(true);
  });

  it("labels every file under files/, and every label's file exists", () => {
    const files = fs.readdirSync(FILES).sort();
    const labelled = [...labels.values()].map((l) => path.basename(l.file)).sort();
    expect(files).toEqual(labelled);
  });

  describe.each(labelNames)("%s", (name) => {
    const label = labels.get(name) as Label;

    it("names its source in SOURCES.md and a generator that exists", () => {
      const [repo, ...rest] = label.source.split(" ");
      const row = sources.split("\n").find((line) => line.startsWith(`| ${name} |`)) ?? "";
      expect(row).toContain(`| ${repo} |`);
      expect(row).toContain(`| ${rest.join(" ")} |`);
      expect(row).toMatch(/\| [0-9a-f]{40} \|$/);
      expect(row.includes("| yes |")).toBe(label.heldOut);
      expect(fs.existsSync(path.join(CORPUS, label.generator))).toBe(true);
      expect(["en", "zh-CN", "zh-TW"]).toContain(label.lang);
    });

    it("uses register sheets and field keys that exist", () => {
      for (const sheet of label.sheets) {
        if (sheet.registerSheet === null) {
          expect(sheet.columns ?? []).toEqual([]);
          continue;
        }
        expect(SHEET_KEYS).toContain(sheet.registerSheet);
        const keys = fieldsOf(sheet.registerSheet);
        for (const col of sheet.columns ?? []) {
          for (const field of [col.field, ...(col.alt ?? [])]) {
            if (field === null || field === "*") continue;
            expect(`${sheet.sheet}!${col.col} ${field}: ${keys.has(field)}`).toBe(
              `${sheet.sheet}!${col.col} ${field}: true`
            );
          }
        }
        if (sheet.subject) expect((sheet.columns ?? []).map((c) => c.col)).toContain(sheet.subject);
      }
      for (const key of Object.keys(label.counts)) expect(SHEET_KEYS).toContain(key);
      for (const value of label.values) {
        const keys = fieldsOf(value.sheet);
        for (const field of [...Object.keys(value.match), ...Object.keys(value.expect)])
          expect(`${value.sheet}.${field}: ${keys.has(field)}`).toBe(
            `${value.sheet}.${field}: true`
          );
      }
    });

    it("matches the workbook's sheets and header cells", () => {
      const wb = readWorkbook(label);
      for (const sheet of label.sheets) {
        expect(wb.SheetNames).toContain(sheet.sheet);
        const ws = wb.Sheets[sheet.sheet];
        const headerRows = [].concat((sheet.headerRow ?? []) as never) as number[];
        for (const col of sheet.columns ?? []) {
          const seen = headerRows.map((row) => cellText(ws, `${col.col}${row}`)).filter(Boolean);
          if (col.header === "") expect(`${col.col}: ${seen.join("|")}`).toBe(`${col.col}: `);
          else expect(`${col.col}: ${seen.join(" ")}`).toBe(`${col.col}: ${col.header}`);
        }
      }
    });
  });
});

describe("corpus privacy", () => {
  const CN_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
  const TW_MOBILE = /(?<!\d)09\d{2}-?\d{3}-?\d{3}(?!\d)/g;
  const EMAIL = /[\w.+-]+@([\w-]+\.)+[A-Za-z]{2,}/g;
  const ALLOWED_MAIL = /@(example\.(com|org|net)|[\w.-]+\.test)$/i;

  it.each(labelNames)("%s holds only invented phone numbers and e-mail addresses", (name) => {
    const label = labels.get(name) as Label;
    const wb = readWorkbook(label);
    const offending: string[] = [];
    for (const sheetName of wb.SheetNames) {
      for (const t of texts(wb.Sheets[sheetName])) {
        for (const m of t.match(CN_MOBILE) ?? []) if (!m.startsWith("1380000")) offending.push(m);
        for (const m of t.match(TW_MOBILE) ?? []) if (!m.startsWith("0900")) offending.push(m);
        for (const m of t.match(EMAIL) ?? []) if (!ALLOWED_MAIL.test(m)) offending.push(m);
      }
    }
    expect(offending).toEqual([]);
  });
});
