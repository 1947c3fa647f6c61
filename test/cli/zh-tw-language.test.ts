/**
 * A zh-TW book that none of the register's code was written against (invented: a Taiwanese
 * wealth manager's clients, policies, assets, complaints and visits, in Taiwan's own words),
 * imported and reviewed through the CLI as a manager would. Every text a person can meet in the
 * register, the review and the masked review — cells, dropdowns, formulas' texts, notes, tabs,
 * document properties — is scanned: no English value key (the register's enum keys, TRUE/FALSE,
 * the Settings codes), Import Issues in Chinese, every register sheet kept in the review, and no
 * original phone, e-mail or birth date anywhere in the masked one.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { isImportIssuesTab } from "../../src/register/tabs";
import { excelSerial } from "../../src/register/workflow/dates";
import { unzip } from "../workbook/support/unzip";
import { xlsxTexts, type FoundText } from "../support/xlsx-texts";
import {
  BIRTHDAYS,
  EMAILS,
  ENGLISH_KEYS,
  PHONES,
  STORED_BIRTHDAYS as STORED,
  writeZhTwBook,
} from "../support/zh-tw-book";

/** The birthdays as date cells hold them: serial numbers. */
const SERIALS = STORED.map((day) => String(excelSerial(day)));

let dir = "";
const files = { source: "", register: "", review: "", masked: "", simplified: "" };
/** The zh-TW register, its review and masked review, and the same book as a zh-CN register. */
const texts: Record<"register" | "review" | "masked" | "simplified", FoundText[]> = {
  register: [],
  review: [],
  masked: [],
  simplified: [],
};
const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "zh-tw-language-"));
  for (const name of ["source", "register", "review", "masked", "simplified"] as const)
    files[name] = path.join(dir, `${name}.xlsx`);
  await writeZhTwBook(files.source);
  expect(
    await main(["import", files.source, "--out", files.register, "--lang", "zh-TW"], quiet)
  ).toBe(0);
  const review = ["review", files.register, "--today", "2026-11-30"];
  expect(await main([...review, "--out", files.review], quiet)).toBe(0);
  expect(await main([...review, "--out", files.masked, "--mask"], quiet)).toBe(0);
  expect(
    await main(["import", files.source, "--out", files.simplified, "--lang", "zh-CN"], quiet)
  ).toBe(0);
  for (const name of ["register", "review", "masked", "simplified"] as const)
    texts[name] = xlsxTexts(await fs.readFile(files[name]));
}, 120_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const sheetTabs = (found: FoundText[]) =>
  found.filter((t) => t.where === "sheet tab").map((t) => t.text);

describe("a zh-TW register and its reviews, made from a book nobody tuned for", () => {
  test("the book came through: clients, policies, assets, complaints and visits", () => {
    const cells = texts.register.map((t) => t.text);
    for (const expected of ["蔡宜庭", "宏碩精密股份有限公司", "PL-88002", "CS-01", "積極型"])
      expect(cells).toContain(expected);
  });

  test.each(["register", "review", "masked", "simplified"] as const)(
    "the %s holds no English value key in any cell, dropdown, formula text, note or property",
    (name) => {
      const english = texts[name].filter((t) => ENGLISH_KEYS.has(t.text.trim().toLowerCase()));
      expect(english).toEqual([]);
      // Enum notes list labels, never "key = label".
      const pairs = texts[name].filter((t) => /^[a-z]+ = /.test(t.text));
      expect(pairs).toEqual([]);
    }
  );

  test("sheet tabs and document properties are in Chinese", () => {
    for (const name of ["register", "review", "masked"] as const) {
      for (const tab of sheetTabs(texts[name])) expect(tab).toMatch(/[\u4e00-\u9fff]/);
      const properties = texts[name].filter((t) => t.where.startsWith("docProps/"));
      expect(properties.length).toBeGreaterThan(0);
      for (const p of properties) expect(p.text).toBe("客戶名冊");
    }
    for (const tab of sheetTabs(texts.simplified)) expect(tab).toMatch(/[\u4e00-\u9fff]/);
    const simplified = texts.simplified.filter((t) => t.where.startsWith("docProps/"));
    for (const p of simplified) expect(p.text).toBe("客户台账");
  });

  test("Import Issues speak Chinese", () => {
    const issuesTab = sheetTabs(texts.register).find(isImportIssuesTab);
    expect(issuesTab).toBeDefined();
    const cells = texts.register.filter((t) => t.where.startsWith(`${issuesTab}!`));
    // Each issue's message (the longest text of its row) is Chinese, with no run of English words.
    const byRow = new Map<string, string>();
    for (const cell of cells) {
      const row = /!([A-Z]+)(\d+)$/.exec(cell.where)?.[2];
      if (!row || row === "1") continue;
      if ((byRow.get(row) ?? "").length < cell.text.length) byRow.set(row, cell.text);
    }
    expect(byRow.size).toBeGreaterThan(0);
    for (const message of byRow.values()) {
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(/\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}\b/);
    }
  });

  test("the review keeps every sheet of the register, Import Issues included", async () => {
    const reviewTabs = sheetTabs(texts.review);
    for (const tab of sheetTabs(texts.register)) expect(reviewTabs).toContain(tab);
    expect(reviewTabs.some(isImportIssuesTab)).toBe(true);
    // The very hidden import state goes along too, so the next import still merges.
    const parts = unzip(await fs.readFile(files.review));
    expect(parts.get("xl/workbook.xml")).toMatch(/state="veryHidden"/);
  });

  test("the masked review holds no original phone, e-mail or birth date in any cell", () => {
    const all = texts.masked.map((t) => t.text).join("\n");
    const digits = texts.masked.map((t) => t.text.replace(/\D/g, "")).join("\n");
    for (const original of [...PHONES, ...EMAILS, ...BIRTHDAYS, ...STORED])
      expect(all).not.toContain(original);
    const numbers = new Set(texts.masked.map((t) => t.text));
    for (const serial of SERIALS) expect(numbers.has(serial)).toBe(false);
    // Nor the phone's digits written another way.
    for (const phone of PHONES) expect(digits).not.toContain(phone.replace(/\D/g, ""));
    // The register's own file does hold them: the scan would see a leak.
    const plain = texts.register.map((t) => t.text).join("\n");
    expect(plain).toContain(EMAILS[0]);
    expect(plain).toContain("0935");
    expect(new Set(texts.register.map((t) => t.text)).has(SERIALS[0])).toBe(true);
  });
});
