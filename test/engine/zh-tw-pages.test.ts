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
import { sheetDef } from "../../src/register/sheets";
import { registerTab } from "../../src/register/tabs";
import { REVIEW_TEXT } from "../../src/review/captions";
import { CAPTIONS } from "../../src/workbook/captions";
import { ENGLISH_KEYS, writeZhTwBook } from "../support/zh-tw-book";
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

/**
 * Cells of printed pages whose whole text is an English key, or a code printed beside its value
 * ("5,000,000 diamond"). Cells are as the page prints them: -layout keeps two or more spaces
 * between columns, so a sentence of data ("Renewal of cash management") stays one cell.
 */
function printedKeys(pages: string[]): string[] {
  const cells = pages.flatMap((page) =>
    page.split("\n").flatMap((line) => line.trim().split(/\s{2,}/))
  );
  return cells.filter((cell) => {
    const text = cell.toLowerCase();
    if (ENGLISH_KEYS.has(text)) return true;
    const code = /^[\d,.\s]+\s([a-z]+)$/i.exec(text)?.[1];
    return code !== undefined && ENGLISH_KEYS.has(code);
  });
}

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
    expect(printedKeys(register)).toEqual([]);
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

describe("a fresh zh-TW book (none of the code was written against it), imported, reviewed and printed", () => {
  const pages: Record<"register" | "review", string[]> = { register: [], review: [] };
  const rendered: string[] = [];

  beforeAll(async () => {
    const source = path.join(OUTPUT, "fresh-source.xlsx");
    const registerFile = path.join(OUTPUT, "fresh-register.xlsx");
    const reviewFile = path.join(OUTPUT, "fresh-review.xlsx");
    await writeZhTwBook(source);
    expect(await main(["import", source, "--out", registerFile, "--lang", "zh-TW"], quiet)).toBe(0);
    expect(await main(["review", registerFile, "--out", reviewFile], quiet)).toBe(0);
    await toPdf([registerFile, reviewFile], OUTPUT, { recalculate: false });
    pages.register = await pdfPages(path.join(OUTPUT, "fresh-register.pdf"));
    pages.review = await pdfPages(path.join(OUTPUT, "fresh-review.pdf"));
    const book = pages.review.findIndex((p) => p.includes(REVIEW_TEXT.bookTitle["zh-TW"])) + 1;
    rendered.push(
      ...(await render(
        path.join(OUTPUT, "fresh-register.pdf"),
        path.join(OUTPUT, "fresh-register"),
        1,
        1
      )),
      ...(book > 0
        ? await render(
            path.join(OUTPUT, "fresh-review.pdf"),
            path.join(OUTPUT, "fresh-book-review"),
            book,
            book
          )
        : [])
    );
  }, 240_000);

  test("no ### and no English value key on any page of the register or the review", () => {
    expect(pages.register.length).toBeGreaterThanOrEqual(SHEET_COUNT_AT_LEAST);
    expect(pages.review.length).toBeGreaterThan(pages.register.length);
    for (const printed of [pages.register, pages.review]) {
      expect(printed.join("\n")).not.toContain("###");
      expect(printedKeys(printed)).toEqual([]);
    }
    expect(pages.register.join("\n")).toContain("蔡宜庭");
  });

  test("its first register page and its book review were rendered to PNG", () => {
    expect(rendered).toHaveLength(2);
  });
});
