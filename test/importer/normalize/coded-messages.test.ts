/**
 * Every message the normalisers produce carries a catalogue code, so the Import Issues sheet of a
 * Chinese register speaks Chinese. Invented workbooks full of values that cannot be read (or are
 * read with a warning), in Traditional and Simplified Chinese.
 */
import { importWorkbook } from "../../../src/importer";
import { importIssuesSheet } from "../../../src/importer/issues-sheet";
import type { SourceCell, SourceSheet } from "../../../src/importer/types";
import { isMessageCode, renderIssueMessage } from "../../../src/register/messages";
import type { Lang } from "../../../src/register/types";

const sheet = (name: string, rows: SourceCell[][]): SourceSheet => ({ name, rows, merges: [] });

const LONG_ADDRESS = "臺北市信義區松仁路".repeat(4000); // 36,000 characters: more than a cell holds

/** One client per bad value, so each problem lands in its own row; `row` fills the rest. */
function clientRows(
  headers: string[],
  badValues: Record<string, SourceCell[]>,
  good: Record<string, SourceCell>
): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  let n = 0;
  for (const [header, values] of Object.entries(badValues))
    for (const value of values) {
      n += 1;
      rows.push(
        headers.map((h, i) => {
          if (i === 0) return `客戶${n}`;
          if (h === "電話" || h === "电话") return `0912${String(100000 + n)}`;
          return h === header ? value : (good[h] ?? null);
        })
      );
    }
  return rows;
}

const TW_BAD: Record<string, SourceCell[]> = {
  生日: [
    "不知道",
    "03/04/2020",
    "2020/13/45",
    "5月3日",
    "2020年5月",
    "1984",
    "12/25/84",
    "32/33/2020",
    "2020-05-03 上班時間",
    "民國200年1月1日",
    "民國1984年1月1日",
    "45438",
    60,
    99999999,
    { error: "#N/A" },
    "#REF!",
    "-",
  ],
  風險屬性: ["超級積極", "maybe aggressive or not", 3.5, "#VALUE!"],
  個人年收入: [
    "abc",
    "1,23",
    "1,2345",
    "3萬5",
    "1.2.3",
    "3兆",
    "--5",
    "50%萬",
    "5千億萬",
    "NT$",
    "1.5,3",
    "1萬千",
  ],
  已婚: ["也許", "maybe", 2],
  子女數: ["2.5", "three kids", "1e20"],
  電子郵件: ["not an email address", new Date(Date.UTC(2020, 0, 1))],
  電話: [],
  地址: [LONG_ADDRESS],
};

const TW_HEADERS = [
  "客戶名稱",
  "電話",
  "生日",
  "風險屬性",
  "個人年收入",
  "已婚",
  "子女數",
  "電子郵件",
  "地址",
];
const TW_GOOD = {
  生日: "1984-05-26",
  風險屬性: "穩健型",
  個人年收入: "120萬",
  已婚: "是",
  子女數: 1,
};

const CN_BAD: Record<string, SourceCell[]> = {
  生日: [
    "不知道",
    "03/04/2020",
    "2020/02/30",
    "5月3日",
    "99/05/03",
    "1900-02-29",
    { error: "#DIV/0!" },
  ],
  风险偏好: ["超级积极", "#NAME?"],
  个人年收入: ["abc", "1,23", "3万5", "3兆", "(-5)", "1,2,3"],
  已婚: ["也许", "perhaps yes"],
  子女数: ["2.5", "二十个"],
  电子邮件: ["no-at-sign.example"],
};
const CN_HEADERS = [
  "客户名称",
  "电话",
  "生日",
  "风险偏好",
  "个人年收入",
  "已婚",
  "子女数",
  "电子邮件",
];

function twBook(): SourceSheet[] {
  return [
    sheet("客戶資料", clientRows(TW_HEADERS, TW_BAD, TW_GOOD)),
    sheet("保單", [
      ["客戶名稱", "保單號碼", "保險公司", "年期", "保費", "保額"],
      ["客戶1", "P-1", "國泰", "7天", "1,2345", "abc"],
      ["客戶2", "P-2", "國泰", "終身", "(5,000)", "1兆"],
      ["客戶3", "P-3", "國泰", "很久", 12000, "NaN"],
      ["客戶4", "P-4", "國泰", "20年", 12000, 100],
    ]),
  ];
}

function cnBook(): SourceSheet[] {
  return [sheet("客户资料", clientRows(CN_HEADERS, CN_BAD, { 生日: "1984-05-26", 已婚: "否" }))];
}

/** Three or more English words in a row: an English sentence (or a piece of one) left untranslated. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[\s,]+[A-Za-z]{2,}){2,}/;

/** The message without the source values it quotes (the user's own text, in any language). */
const withoutQuotedValues = (message: string) => message.replace(/"[^"]*"/g, "");

describe.each([
  ["zh-TW" as Lang, twBook],
  ["zh-CN" as Lang, cnBook],
])("a %s register's Import Issues", (lang, book) => {
  const result = importWorkbook(book());
  const issues = result.issues;
  // A cell's own issue, or a column's (the cells of one column with one kind of problem, told once).
  const isColumnIssue = (i: (typeof issues)[number]) =>
    i.code?.startsWith("value.column-") ?? false;
  const valueIssues = issues.filter(
    (i) => i.code?.startsWith("value.") && (i.row !== null || isColumnIssue(i))
  );
  /** The cells the issues tell of: a column issue tells of its count of cells. */
  const cellsTold = issues.reduce(
    (n, i) => n + (isColumnIssue(i) ? Number(i.params?.count) : 1),
    0
  );

  it("come from many different normaliser messages", () => {
    const problems = new Set(valueIssues.map((i) => i.params?.problem));
    expect(problems.size).toBeGreaterThanOrEqual(lang === "zh-TW" ? 30 : 12);
    for (const problem of problems) expect(isMessageCode(problem)).toBe(true);
  });

  it("every issue has a code whose English text is its message", () => {
    expect(cellsTold).toBeGreaterThan(lang === "zh-TW" ? 50 : 18);
    for (const issue of issues) {
      expect(issue.code).toBeDefined();
      expect(renderIssueMessage(issue, "en")).toBe(issue.message);
    }
  });

  it("no rendered message holds an English sentence", () => {
    for (const issue of issues) {
      // The check would catch the message left in English.
      expect(withoutQuotedValues(issue.message)).toMatch(ENGLISH_RUN);
      const message = renderIssueMessage(issue, lang);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      if (ENGLISH_RUN.test(withoutQuotedValues(message)))
        throw new Error(`English left in ${lang}: ${message}`);
    }
    // The sheet shows those texts (a text too long for one cell continues on the next row).
    const shown = (importIssuesSheet(issues, lang).grid ?? [])
      .slice(1)
      .map((row) => String(row[5]));
    for (const issue of issues) expect(shown).toContain(renderIssueMessage(issue, lang));
  });
});

describe("specific normaliser messages in Chinese", () => {
  const issues = importWorkbook(twBook()).issues;
  const rendered = (problem: string, lang: Lang) =>
    issues.filter((i) => i.params?.problem === problem).map((i) => renderIssueMessage(i, lang));

  it("an ambiguous date names both readings in Chinese order", () => {
    expect(rendered("date.ambiguous-order", "zh-TW")).toContain(
      '日期 "03/04/2020" 的日月順序不明確：可能是 4 月 3 日，也可能是 3 月 4 日。請寫成 YYYY-MM-DD，或說明該欄的順序。 該儲存格留空，原值已放入備註。'
    );
  });

  it("an unknown enum word lists the allowed values by their labels", () => {
    const [text] = rendered("enum.not-allowed", "zh-TW");
    // Told once for the column with the other unread words of that column.
    expect(text).toMatch(
      /^D \(風險屬性\) 欄有 \d+ 個值無法讀取，例如：內容 "超級積極" 不是允許的選項之一：.*穩健.*/
    );
    expect(text).not.toMatch(/moderate|conservative/);
    const [en] = rendered("enum.not-allowed", "en");
    expect(en).toMatch(/allowed values: conservative, moderate, aggressive\./);
  });

  it("an Excel error is named in Chinese", () => {
    expect(rendered("cell.excel-error", "zh-TW")).toContain(
      "儲存格中是 Excel 錯誤值 #N/A。 該儲存格留空。"
    );
    expect(rendered("cell.excel-error", "zh-CN")).toContain(
      "单元格中是 Excel 错误值 #N/A。 该单元格留空。"
    );
  });

  it("overlong text is cut with a Chinese note", () => {
    const cut = issues.filter((i) => i.code === "import.cell-cut");
    expect(cut).toHaveLength(1);
    expect(renderIssueMessage(cut[0], "zh-TW")).toMatch(/^「地址」中的文字有 36000 個字元/);
  });
});
