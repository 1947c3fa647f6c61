/**
 * A zh-TW register and its review as a person sees them printed: the CLI imports the bundled
 * sample in zh-TW and reviews it, LibreOffice turns both files into PDF as they were written
 * (no recalculation, as a mail or Quick Look preview shows them, so the formula cells print their
 * cached values), and pdftoppm renders the first pages of the register and of the book review
 * to test-output/zh-TW/ for anyone to look at.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { SHEETS, sheetDef } from "../../src/register/sheets";
import { registerTab } from "../../src/register/tabs";
import { REVIEW_TEXT } from "../../src/review/captions";
import { CAPTIONS } from "../../src/workbook/captions";
import { pdfPages, renderPng, toPdf } from "./support/libreoffice";

const ROOT = path.join(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "samples", "messy-clients.xlsx");
const OUTPUT = path.join(ROOT, "test-output", "zh-TW");

/** Renders pages first..last of a PDF as PNG files named `<prefix>-<page>.png`; returns their names. */
async function render(pdf: string, prefix: string, first: number, last: number) {
  await renderPng(pdf, prefix, { dpi: 70, first, last });
  return (await fs.readdir(path.dirname(prefix))).filter(
    (f) => f.startsWith(`${path.basename(prefix)}-`) && f.endsWith(".png")
  );
}

const quiet = { out: () => undefined, err: (line: string) => process.stderr.write(`${line}\n`) };
let register: string[] = [];
let review: string[] = [];
let bookPage = -1;
const pngs: Record<"register" | "book", string[]> = { register: [], book: [] };

beforeAll(async () => {
  await fs.rm(OUTPUT, { recursive: true, force: true });
  await fs.mkdir(OUTPUT, { recursive: true });
  const registerFile = path.join(OUTPUT, "register.xlsx");
  const reviewFile = path.join(OUTPUT, "review.xlsx");
  expect(await main(["import", SAMPLE, "--out", registerFile, "--lang", "zh-TW"], quiet)).toBe(0);
  expect(await main(["review", registerFile, "--out", reviewFile], quiet)).toBe(0);
  await toPdf([registerFile, reviewFile], OUTPUT, { recalculate: false });
  register = await pdfPages(path.join(OUTPUT, "register.pdf"));
  review = await pdfPages(path.join(OUTPUT, "review.pdf"));
  bookPage = review.findIndex((page) => page.includes(REVIEW_TEXT.bookTitle["zh-TW"])) + 1;
  pngs.register = await render(
    path.join(OUTPUT, "register.pdf"),
    path.join(OUTPUT, "register"),
    1,
    2
  );
  if (bookPage > 0)
    pngs.book = await render(
      path.join(OUTPUT, "review.pdf"),
      path.join(OUTPUT, "book-review"),
      bookPage,
      bookPage + 1
    );
});

const clientsHeader = (key: string) =>
  sheetDef("Clients").fields.find((f) => f.key === key)!.label["zh-TW"];

describe("the zh-TW register and review, printed", () => {
  test("the register prints its sheets with Chinese headers, landscape pages and no ###", () => {
    expect(register.length).toBeGreaterThanOrEqual(SHEET_COUNT_AT_LEAST);
    const text = register.join("\n");
    expect(register[0]).toContain(clientsHeader("clientId"));
    expect(register[0]).toContain(clientsHeader("name"));
    expect(text).toContain(registerTab("Clients", "zh-TW")); // the page header names the sheet
    expect(text).not.toContain("###");
    expect(text).toContain("TWD");
  });

  test("no English value keys on any printed page of the register, Settings included", () => {
    expect(register.some((page) => page.includes(CAPTIONS.settingsTitle["zh-TW"]))).toBe(true);
    // Cells as the page prints them: -layout keeps two or more spaces between columns.
    const cells = register.flatMap((page) =>
      page.split("\n").flatMap((line) => line.trim().split(/\s{2,}/))
    );
    const keys = [
      ...SHEETS.flatMap((s) =>
        s.fields.flatMap((f) => (f.values ?? []).filter((v) => v.key.length > 1).map((v) => v.key))
      ),
      ...["TRUE", "FALSE", "portable", "live", "gradeValueCut", "businessDays", "currency"],
    ];
    // The sample's own English cells ("Renewal of cash management") are data; a key is a cell's
    // whole text, or a code printed beside its value ("5,000,000 diamond").
    const keyed = cells.filter((cell) =>
      keys.some(
        (key) =>
          cell === key ||
          (cell.endsWith(` ${key}`) && /^[\d,.\s]+$/.test(cell.slice(0, -key.length)))
      )
    );
    expect(keyed).toEqual([]);
    // Settings prints 否 for a FALSE (LibreOffice prints a bare boolean as 0).
    const settings = register.find((page) => page.includes(CAPTIONS.settingsTitle["zh-TW"]))!;
    expect(settings).toMatch(new RegExp(`${CAPTIONS.businessDays["zh-TW"]}\\s+否`));
  });

  test("the review keeps the register, prints the book review and no ###", () => {
    expect(bookPage).toBeGreaterThan(1);
    const text = review.join("\n");
    expect(text).not.toContain("###");
    expect(review[bookPage - 1]).toContain(REVIEW_TEXT.tiersSection["zh-TW"]);
    expect(text).toContain(clientsHeader("clientId"));
    // Figures are formulas; printed without recalculation they show their cached values.
    expect(review[bookPage - 1]).toMatch(/\d{1,3}(,\d{3})+/);
  });

  test("the first pages were rendered to PNG under test-output/zh-TW", () => {
    expect(pngs.register).toHaveLength(2);
    expect(pngs.book.length).toBeGreaterThanOrEqual(1);
  });
});

/** Clients alone prints several pages wide; with the other sheets, the register has at least this many pages. */
const SHEET_COUNT_AT_LEAST = 4;
