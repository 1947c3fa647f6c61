/**
 * Recalculates .xlsx files in headless LibreOffice and returns the re-saved files, whose cells
 * then hold LibreOffice's own results. LibreOffice keeps the cached results of an .xlsx unless
 * told to recalculate on load, so each run gets a fresh profile with OOXMLRecalcMode (and
 * ODFRecalcMode) = 0, "always"; separate profiles also let parallel test files run at once.
 * Convert many files in one call: each LibreOffice start costs about a second or two.
 * Also prints workbooks to PDF and reads or renders the PDF's pages (pdftotext, pdftoppm).
 */
import { execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

const SOFFICE = process.env.SOFFICE ?? "soffice";
const TIMEOUT_MS = 120_000;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface Workbook {
  /** A file name such as "register.xlsx"; unique within one call. */
  name: string;
  data: Buffer;
}

function run(file: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${file} ${args.join(" ")} failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      }
    );
  });
}

/** Opens each workbook in LibreOffice, recalculates every formula and saves it as .xlsx again. */
export async function recalculate(workbooks: Workbook[]): Promise<Map<string, Buffer>> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "lo-recalc-"));
  try {
    const profile = path.join(root, "profile");
    const input = path.join(root, "in");
    const output = path.join(root, "out");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.mkdir(input);
    await fs.mkdir(output);
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const files = await Promise.all(
      workbooks.map(async (wb) => {
        const file = path.join(input, wb.name);
        await fs.writeFile(file, wb.data);
        return file;
      })
    );
    const { stdout, stderr } = await run(SOFFICE, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      output,
      ...files,
    ]);
    const results = new Map<string, Buffer>();
    for (const wb of workbooks) {
      const converted = path.join(output, wb.name);
      try {
        results.set(wb.name, await fs.readFile(converted));
      } catch {
        throw new Error(
          `LibreOffice did not convert ${wb.name}.\nstdout: ${stdout}\nstderr: ${stderr}`
        );
      }
    }
    return results;
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

/**
 * Prints the workbooks to PDF in `outDir` in one LibreOffice run with a fresh profile; with
 * `recalculate` formulas are calculated on load, without it they print their cached values (as a
 * mail or Quick Look preview shows them).
 */
export async function toPdf(
  files: string[],
  outDir: string,
  options: { recalculate: boolean }
): Promise<void> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), "lo-pdf-"));
  try {
    if (options.recalculate) {
      await fs.mkdir(path.join(profile, "user"), { recursive: true });
      await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    }
    await run(SOFFICE, [
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

/** The PDF's text page by page (pdftotext ends each page with a form feed). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-layout", pdf, "-"]);
  return stdout.split("\f").filter((page, i, all) => i < all.length - 1 || page.trim() !== "");
}

/** Renders pages of a PDF (all, or first..last) as PNG files `<prefix>-<page>.png`. */
export async function renderPng(
  pdf: string,
  prefix: string,
  options: { dpi: number; first?: number; last?: number }
): Promise<void> {
  const range =
    options.first === undefined
      ? []
      : ["-f", `${options.first}`, "-l", `${options.last ?? options.first}`];
  await run("pdftoppm", ["-png", "-r", `${options.dpi}`, ...range, pdf, prefix]);
}
