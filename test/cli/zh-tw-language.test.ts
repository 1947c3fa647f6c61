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
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { SHEETS } from "../../src/register/sheets";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { isImportIssuesTab } from "../../src/register/tabs";
import { excelSerial } from "../../src/register/workflow/dates";
import { unzip } from "../workbook/support/unzip";
import { xlsxTexts, type FoundText } from "../support/xlsx-texts";

// prettier-ignore
const CLIENTS = [
  ["客戶編號", "客戶姓名", "身分別", "行動電話", "電子信箱", "出生日期", "通訊地址", "風險屬性", "年收入(萬)", "理專", "備註"],
  ["K-101", "蔡宜庭", "自然人", "0935-271-846", "tsai.yt@mail.example.tw", "民國70年8月14日", "高雄市苓雅區四維三路6號", "積極型", 180, "許家豪", "生日 1981/08/14，備用電話 07-2251-3347"],
  ["K-102", "鄭文雄", "自然人", "0988 604 215", "wh.cheng@example.com.tw", "055/12/03", "臺南市東區大學路1號", "保守型", 95, "許家豪", ""],
  ["K-103", "宏碩精密股份有限公司", "法人", "(04)2358-6100", "service@hongshuo.example.tw", "", "臺中市西屯區工業區一路10號", "穩健型", 5200, "許家豪", "統一編號 24536807"],
  ["K-104", "廖思妤", "自然人", "0921-558-903", "", "1990-02-27", "新竹市東區光復路二段101號", "穩健型", 120, "林雅婷", ""],
];
// prettier-ignore
const POLICIES = [
  ["保單號碼", "要保人", "保險公司", "險種", "生效日", "年繳保費", "保單狀態"],
  ["PL-88001", "蔡宜庭", "國泰人壽", "壽險", "2019/04/01", 48000, "有效"],
  ["PL-88002", "鄭文雄", "富邦人壽", "醫療險", "2015/10/20", 23600, "有效"],
  ["PL-88003", "廖思妤", "新光人壽", "意外險", "2021/01/05", 3200, "停效"],
];
// prettier-ignore
const ASSETS = [
  ["客戶", "商品類別", "往來機構", "金額", "幣別"],
  ["蔡宜庭", "基金", "本行", 1800000, "TWD"],
  ["蔡宜庭", "股票", "他行", 650000, "TWD"],
  ["鄭文雄", "定存", "本行", 3200000, "TWD"],
];
// prettier-ignore
const COMPLAINTS = [
  ["客訴編號", "客戶", "受理日期", "嚴重程度", "客訴內容", "處理狀態"],
  ["CS-01", "鄭文雄", "2026-10-02", "高", "轉帳延遲兩天入帳", "處理中"],
  ["CS-02", "蔡宜庭", "2026-06-15", "中", "對帳單寄送地址錯誤", "已結案"],
];
// prettier-ignore
const VISITS = [
  ["拜訪日期", "客戶", "拜訪方式", "拜訪重點", "下次拜訪日"],
  ["2026-09-10", "蔡宜庭", "面訪", "基金定期定額檢視", "2026-10-15"],
  ["2026-08-01", "宏碩精密股份有限公司", "電話", "企業員工團保需求", "2026-12-20"],
];

const PHONES = ["0935-271-846", "0988 604 215", "(04)2358-6100", "0921-558-903", "07-2251-3347"];
const EMAILS = [
  "tsai.yt@mail.example.tw",
  "wh.cheng@example.com.tw",
  "service@hongshuo.example.tw",
];
const BIRTHDAYS = ["民國70年8月14日", "055/12/03", "1990-02-27", "1981/08/14"];
/** The birthdays as the register stores them: ISO days, and the date cells' serial numbers. */
const STORED = ["1981-08-14", "1966-12-03", "1990-02-27"];
const SERIALS = STORED.map((day) => String(excelSerial(day)));

/** Every key of every register enum, TRUE/FALSE, and the codes of the Settings sheet. */
const ENGLISH_KEYS = new Set(
  [
    // (Grades are the letters A–D in every language, as factors are A–G: not English words.)
    ...SHEETS.flatMap((s) =>
      s.fields.flatMap((f) => (f.values ?? []).filter((v) => v.key.length > 1).map((v) => v.key))
    ),
    "true",
    "false",
    "portable",
    "live",
    ...Object.keys(DEFAULT_SETTINGS),
    "gradeValueCut",
    "gradeDifficultyCut",
  ].map((k) => k.toLowerCase())
);

let dir = "";
const files = { source: "", register: "", review: "", masked: "" };
const texts: Record<"register" | "review" | "masked", FoundText[]> = {
  register: [],
  review: [],
  masked: [],
};
const quiet = { out: () => undefined, err: () => undefined };

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "zh-tw-language-"));
  for (const name of ["source", "register", "review", "masked"] as const)
    files[name] = path.join(dir, `${name}.xlsx`);
  const book = new ExcelJS.Workbook();
  book.addWorksheet("客戶名單").addRows(CLIENTS);
  book.addWorksheet("保單").addRows(POLICIES);
  book.addWorksheet("資產").addRows(ASSETS);
  book.addWorksheet("客訴").addRows(COMPLAINTS);
  book.addWorksheet("拜訪紀錄").addRows(VISITS);
  await book.xlsx.writeFile(files.source);
  expect(
    await main(["import", files.source, "--out", files.register, "--lang", "zh-TW"], quiet)
  ).toBe(0);
  const review = ["review", files.register, "--today", "2026-11-30"];
  expect(await main([...review, "--out", files.review], quiet)).toBe(0);
  expect(await main([...review, "--out", files.masked, "--mask"], quiet)).toBe(0);
  for (const name of ["register", "review", "masked"] as const)
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

  test.each(["register", "review", "masked"] as const)(
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
