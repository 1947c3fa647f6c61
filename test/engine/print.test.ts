/**
 * The reviewed workbook prints: LibreOffice turns it into a PDF in each language, pdftoppm
 * renders the pages as PNG under test-output/print/ (to look at), and the PDF's text holds the
 * client's name and the localized headings. Review sheets print on A4 portrait, one page wide.
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { LANGS, type Lang } from "../../src/register/types";
import { REVIEW_TEXT } from "../../src/review/captions";
import { buildReviewPlan } from "../../src/review/plan";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { fixtureRecords, SETTINGS, TODAY } from "../review/fixture";

const OUTPUT = path.join(__dirname, "..", "..", "test-output", "print");
const CLIENTS = ["C-0001", "C-0002"];

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(file: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${file} ${args.join(" ")} failed: ${error.message}\n${stderr}`));
        else resolve(stdout);
      }
    );
  });
}

/** Converts the workbooks to PDF in one LibreOffice run, recalculating formulas on load. */
async function toPdf(files: string[], outDir: string): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "lo-pdf-"));
  try {
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    await run(process.env.SOFFICE ?? "soffice", [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ]);
  } finally {
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** The PDF's text, page by page (pdftotext separates pages with form feeds). */
async function pdfPages(pdf: string): Promise<string[]> {
  const text = await run("pdftotext", ["-layout", pdf, "-"]);
  return text.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim() !== "");
}

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
  await toPdf(files, OUTPUT);
  for (const lang of LANGS) {
    const pdf = path.join(OUTPUT, `review-${lang}.pdf`);
    pages.set(lang, await pdfPages(pdf));
    await run("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUTPUT, `review-${lang}`)]);
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
