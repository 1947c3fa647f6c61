/**
 * Recalculates an .xlsx in headless LibreOffice and returns the re-saved file, whose formula
 * cells then hold LibreOffice's results. LibreOffice keeps cached results unless told to
 * recalculate on load, so each run gets its own profile with OOXMLRecalcMode = 0 ("always").
 */
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export async function recalculate(data, soffice = process.env.SOFFICE ?? "soffice") {
  const root = await fs.mkdtemp(join(tmpdir(), "e2e-recalc-"));
  try {
    const profile = join(root, "profile");
    await fs.mkdir(join(profile, "user"), { recursive: true });
    await fs.writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
    await fs.mkdir(join(root, "out"));
    const input = join(root, "book.xlsx");
    await fs.writeFile(input, data);
    await new Promise((resolve, reject) =>
      execFile(
        soffice,
        [
          `-env:UserInstallation=${pathToFileURL(profile).href}`,
          "--headless",
          "--norestore",
          "--nolockcheck",
          "--convert-to",
          "xlsx:Calc MS Excel 2007 XML",
          "--outdir",
          join(root, "out"),
          input,
        ],
        { timeout: 180_000 },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`LibreOffice failed: ${error.message}\n${stderr}`)) : resolve()
      )
    );
    return await fs.readFile(join(root, "out", "book.xlsx"));
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
