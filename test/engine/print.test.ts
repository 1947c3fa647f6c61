/**
 * The reviewed workbook prints: LibreOffice turns it into a PDF in each language, pdftoppm
 * renders the pages as PNG under test-output/print/ (to look at), and the PDF's text holds the
 * client's name and the localized headings. Review sheets print on A4 portrait, one page wide.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { LANGS, type Lang } from "../../src/register/types";
import { REVIEW_TEXT } from "../../src/review/captions";
import { buildReviewPlan } from "../../src/review/plan";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { fixtureRecords, SETTINGS, TODAY } from "../review/fixture";
import { pdfPages, renderPng, toPdf } from "./support/libreoffice";

const OUTPUT = path.join(__dirname, "..", "..", "test-output", "print");
const CLIENTS = ["C-0001", "C-0002"];

const pages = new Map<Lang, string[]>();

beforeAll(async () => {
  await fs.rm(OUTPUT, { recursive: true, force: true });
  await fs.mkdir(OUTPUT, { recursive: true });
  const records = fixtureRecords();
  const files = await Promise.all(
    LANGS.map(async (lang) => {
      const plan = buildReviewPlan(
        { records, settings: SETTINGS },
        { lang, today: TODAY, clients: CLIENTS, formulaStyle: "portable" }
      );
      const file = path.join(OUTPUT, `review-${lang}.xlsx`);
      await fs.writeFile(file, await writeWorkbook(plan));
      return file;
    })
  );
  await toPdf(files, OUTPUT, { recalculate: true });
  for (const lang of LANGS) {
    const pdf = path.join(OUTPUT, `review-${lang}.pdf`);
    pages.set(lang, await pdfPages(pdf));
    await renderPng(pdf, path.join(OUTPUT, `review-${lang}`), { dpi: 60 });
  }
});

describe.each(LANGS)("the reviewed workbook as PDF (%s)", (lang) => {
  test("has pages, with the book review and the client's review", () => {
    const all = pages.get(lang)!;
    expect(all.length).toBeGreaterThanOrEqual(1);
    const text = all.join("\n");
    expect(text).toContain("王建国");
    expect(text).toContain(REVIEW_TEXT.bookTitle[lang]);
    expect(text).toContain(REVIEW_TEXT.clientTitle[lang].replace("{name}", "王建国"));
    for (const heading of [
      "tiersSection",
      "protectionSection",
      "complaintsSection",
      "insuranceSection",
      "nextStepsSection",
    ] as const) {
      expect(text).toContain(REVIEW_TEXT[heading][lang]);
    }
  });

  test("a review sheet is one page wide: each row's first and last columns print on the same line", () => {
    const all = pages.get(lang)!;
    const clientPage = all.find((page) =>
      page.includes(REVIEW_TEXT.clientTitle[lang].replace("{name}", "王建国"))
    )!;
    // Policy CI-1: its number in column A, its annual premium (20,000) in column H.
    expect(clientPage.split("\n").find((line) => /^\s*CI-1\s/.test(line))).toMatch(/20,000\s*$/);
    const bookPage = all.find((page) => page.includes(REVIEW_TEXT.tiersSection[lang]))!;
    // The tier table's revenue share (column D) beside the tier label (column A).
    expect(
      bookPage
        .split("\n")
        .find((line) => line.includes(REVIEW_TEXT.total[lang]) && line.includes("33,769,000"))
    ).toBeDefined();
    expect(bookPage).toMatch(/83\.5%/);
  });

  test("the pages were rendered to PNG for a person to look at", async () => {
    const pngs = (await fs.readdir(OUTPUT)).filter(
      (f) => f.startsWith(`review-${lang}-`) && f.endsWith(".png")
    );
    expect(pngs.length).toBe(pages.get(lang)!.length);
  });
});
