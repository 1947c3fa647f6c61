/**
 * A zh-TW book that none of the register's code was written against (invented: a Taiwanese
 * wealth manager's clients, policies, assets, complaints and visits, in Taiwan's own words; every
 * name, number and address is made up), and the English keys a Chinese register must not show.
 */
import ExcelJS from "exceljs";
import { SHEETS } from "../../src/register/sheets";
import { DEFAULT_SETTINGS } from "../../src/register/settings";

// prettier-ignore
export const CLIENTS = [
  ["客戶編號", "客戶姓名", "身分別", "行動電話", "電子信箱", "出生日期", "通訊地址", "風險屬性", "年收入(萬)", "理專", "備註"],
  ["K-101", "蔡宜庭", "自然人", "0935-271-846", "tsai.yt@mail.example.tw", "民國70年8月14日", "高雄市苓雅區四維三路6號", "積極型", 180, "許家豪", "生日 1981/08/14，備用電話 07-2251-3347"],
  ["K-102", "鄭文雄", "自然人", "0988 604 215", "wh.cheng@example.com.tw", "055/12/03", "臺南市東區大學路1號", "保守型", 95, "許家豪", ""],
  ["K-103", "宏碩精密股份有限公司", "法人", "(04)2358-6100", "service@hongshuo.example.tw", "", "臺中市西屯區工業區一路10號", "穩健型", 5200, "許家豪", "統一編號 24536807"],
  ["K-104", "廖思妤", "自然人", "0921-558-903", "", "1990-02-27", "新竹市東區光復路二段101號", "穩健型", 120, "林雅婷", ""],
];
// prettier-ignore
export const POLICIES = [
  ["保單號碼", "要保人", "保險公司", "險種", "生效日", "年繳保費", "保單狀態"],
  ["PL-88001", "蔡宜庭", "國泰人壽", "壽險", "2019/04/01", 48000, "有效"],
  ["PL-88002", "鄭文雄", "富邦人壽", "醫療險", "2015/10/20", 23600, "有效"],
  ["PL-88003", "廖思妤", "新光人壽", "意外險", "2021/01/05", 3200, "停效"],
];
// prettier-ignore
export const ASSETS = [
  ["客戶", "商品類別", "往來機構", "金額", "幣別"],
  ["蔡宜庭", "基金", "本行", 1800000, "TWD"],
  ["蔡宜庭", "股票", "他行", 650000, "TWD"],
  ["鄭文雄", "定存", "本行", 3200000, "TWD"],
];
// prettier-ignore
export const COMPLAINTS = [
  ["客訴編號", "客戶", "受理日期", "嚴重程度", "客訴內容", "處理狀態"],
  ["CS-01", "鄭文雄", "2026-10-02", "高", "轉帳延遲兩天入帳", "處理中"],
  ["CS-02", "蔡宜庭", "2026-06-15", "中", "對帳單寄送地址錯誤", "已結案"],
];
// prettier-ignore
export const VISITS = [
  ["拜訪日期", "客戶", "拜訪方式", "拜訪重點", "下次拜訪日"],
  ["2026-09-10", "蔡宜庭", "面訪", "基金定期定額檢視", "2026-10-15"],
  ["2026-08-01", "宏碩精密股份有限公司", "電話", "企業員工團保需求", "2026-12-20"],
];

export const PHONES = [
  "0935-271-846",
  "0988 604 215",
  "(04)2358-6100",
  "0921-558-903",
  "07-2251-3347",
];
export const EMAILS = [
  "tsai.yt@mail.example.tw",
  "wh.cheng@example.com.tw",
  "service@hongshuo.example.tw",
];
export const BIRTHDAYS = ["民國70年8月14日", "055/12/03", "1990-02-27", "1981/08/14"];
/** The birthdays as the register stores them (ISO days). */
export const STORED_BIRTHDAYS = ["1981-08-14", "1966-12-03", "1990-02-27"];

/**
 * Every key of every register enum (not the letters A–D of grades, which every language writes),
 * TRUE/FALSE, and the codes of the Settings sheet, lower case.
 */
export const ENGLISH_KEYS: ReadonlySet<string> = new Set(
  [
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

/** Writes the book as an .xlsx file, one sheet per ledger. */
export async function writeZhTwBook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("客戶名單").addRows(CLIENTS);
  book.addWorksheet("保單").addRows(POLICIES);
  book.addWorksheet("資產").addRows(ASSETS);
  book.addWorksheet("客訴").addRows(COMPLAINTS);
  book.addWorksheet("拜訪紀錄").addRows(VISITS);
  await book.xlsx.writeFile(file);
}
