/**
 * "Unsure" is an outcome. A table read as a register sheet whose rows mostly name no party (a
 * help-desk log of anonymous callers, a pivot's outline that names its client once per group) is
 * not imported: it is said once, with the reading, its runner-up and the --map that forces it in,
 * and the mapping records the outcome and the competing readings. A real list — even of few
 * columns, with numbered empty slots, or with one-cell continuation rows — is imported as before.
 * Invented sheets only (English, 简体, 繁體; different column orders).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { mappingLines } from "../../src/importer/mapping-file";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const AGENTS = ["Sandy", "Mo", "Priya"];
const TOPICS = ["Billing", "Login", "Delivery", "Other"];

/** A help-desk log: who took the call, when, how long, the topic; the caller's name almost never. */
function englishCallLog(order: "name-first" | "name-late"): SourceCell[][] {
  const header = ["Call #", "Date", "Agent", "Caller Name", "Duration", "Queue", "Topic", "Resolved"];
  const rows: SourceCell[][] = [];
  for (let i = 0; i < 40; i++)
    rows.push([
      i + 1,
      `2025-03-${pad((i % 27) + 1)}`,
      AGENTS[i % 3],
      i === 7 ? "Walter" : i === 21 ? "Ms Ray" : null,
      `00:${pad((i * 7) % 60)}:${pad((i * 13) % 60)}`,
      ["Sales", "Support"][i % 2],
      TOPICS[i % 4],
      i % 5 === 0 ? "No" : "Yes",
    ]);
  const table = [header, ...rows];
  return order === "name-first"
    ? table.map((r) => [r[3], ...r.slice(0, 3), ...r.slice(4)])
    : table;
}

/** 简体：来电记录，客户姓名几乎全空。 */
function chineseCallLog(): SourceCell[][] {
  const rows: SourceCell[][] = [["来电时间", "坐席", "客户姓名", "通话时长", "队列", "问题类型"]];
  for (let i = 0; i < 30; i++)
    rows.push([
      `2025-04-${pad((i % 28) + 1)} 09:${pad(i)}`,
      ["王芳", "李强"][i % 2],
      i === 3 ? "张先生" : null,
      `00:0${i % 9}:${pad((i * 11) % 60)}`,
      ["售前", "售后"][i % 2],
      ["账单", "开户", "投诉"][i % 3],
    ]);
  return rows;
}

const CLINICS = ["信安診所", "德和診所", "明光診所", "仁愛診所", "康寧診所", "福田診所"];
const PRODUCTS = ["安眠錠 30mg", "舒心膠囊 100mg", "寧神錠 25mg"];

/** 繁體：樞紐分析表的大綱：客戶名稱只寫在每組第一列，其下每產品兩列（數量、金額）。 */
function pivotOutline(): SourceCell[][] {
  const rows: SourceCell[][] = [["業代碼", "客戶名稱", "產品名稱", "數值", "202501", "202502", "202503"]];
  CLINICS.forEach((clinic, c) => {
    PRODUCTS.forEach((product, p) => {
      for (const measure of ["加總 - 數量", "加總 - 金額"]) {
        const first = p === 0 && measure.endsWith("數量");
        rows.push([
          first ? `GM1${c % 2}` : null,
          first ? clinic : null,
          product,
          measure,
          (c + 1) * (p + 2) * 10,
          null,
          (c + 2) * (p + 1) * 100,
        ]);
      }
    });
  });
  rows.push(["總計", null, null, null, 9999, null, 8888]);
  return rows;
}

const run = (name: string, rows: SourceCell[][], mapping?: Record<string, string>): ImportResult =>
  importWorkbook([sheet(name, rows)], mapping ? { mapping } : {});

const unsureIssues = (r: ImportResult) => r.issues.filter((i) => i.code === "import.sheet-unsure");

describe("a table whose rows mostly name no party is left out as unsure", () => {
  it.each(["name-first", "name-late"] as const)(
    "an English help-desk log of anonymous callers (%s)",
    (order) => {
      const r = run("Calls", englishCallLog(order));
      expect(r.records.Clients).toHaveLength(0);
      const issues = unsureIssues(r);
      expect(issues).toHaveLength(1);
      expect(issues[0].sheet).toBe("Calls");
      expect(issues[0].params).toMatchObject({ named: 2, rows: 40, header: "Caller Name" });
      // A log of calls reads as a register sheet of records (Visits) or as clients; either way
      // the line names it, and the --map that forces exactly that reading.
      const looked = String(issues[0].params?.registerSheet);
      expect(["Clients", "Visits"]).toContain(looked);
      expect(issues[0].message).toContain(`unsure whether it is ${looked}`);
      expect(issues[0].message).toContain(`--map "Calls!*=${looked}"`);
      // Nothing landed: the honest outcome says so.
      expect(r.issues.some((i) => i.code === "import.nothing-imported")).toBe(true);
      const m = r.mappings.find((x) => x.sheet === "Calls");
      expect(m?.registerSheet).toBeNull();
      expect(m?.kind).toBe("unsure");
      expect(m?.decision?.outcome).toBe("unsure");
      expect(m?.decision?.subject).toMatchObject({ header: "Caller Name", named: 2, rows: 40 });
      // The readings keep the register sheet it looked like and "not register data".
      const readings = m?.decision?.readings ?? [];
      expect(readings.some((x) => x.registerSheet === looked)).toBe(true);
      expect(readings.some((x) => x.registerSheet === null)).toBe(true);
      expect(m?.decision?.margin).toBeGreaterThanOrEqual(0);
      // One line in the CLI's mapping print.
      const lines = mappingLines(r.mappings, "en").filter((l) => l.startsWith("Calls"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Calls: not imported, unsure/);
    }
  );

  it("forcing it with --map still imports it", () => {
    const r = run("Calls", englishCallLog("name-late"), { "Calls!*": "Clients" });
    expect(unsureIssues(r)).toHaveLength(0);
    const m = r.mappings.find((x) => x.sheet === "Calls");
    expect(m?.registerSheet).toBe("Clients");
    expect(m?.decision?.outcome).toBe("forced");
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(["Ms Ray", "Walter"]);
  });

  it("简体来电记录：一行说明，中文", () => {
    const r = run("来电记录", chineseCallLog());
    expect(r.records.Clients).toHaveLength(0);
    const [issue] = unsureIssues(r);
    expect(issue.params).toMatchObject({ named: 1, rows: 30, header: "客户姓名" });
    const zh = renderMessage(issue.code as "import.sheet-unsure", issue.params ?? {}, "zh-CN");
    expect(zh).toContain("无法确定它是");
    expect(zh).toContain("30 行中只有 1 行");
    expect(zh).toContain('--map "来电记录!*=Clients"');
    expect(zh).not.toMatch(/unsure|runner-up|sheet\.unsure/);
  });

  it("繁體樞紐分析大綱：客戶只寫在每組第一列", () => {
    const r = run("出貨明細", pivotOutline());
    expect(r.records.Clients).toHaveLength(0);
    const [issue] = unsureIssues(r);
    expect(issue).toBeDefined();
    const tw = renderMessage(issue.code as "import.sheet-unsure", issue.params ?? {}, "zh-TW");
    expect(tw).toContain("無法確定它是");
    expect(tw).toContain("「客戶名稱」");
    expect(tw).not.toMatch(/unsure|runner-up|sheet\.unsure/);
  });
});

describe("a real list stays imported", () => {
  it("a client list of two columns (姓名, 手机)", () => {
    const names = ["赵一鸣", "钱雨晴", "孙浩然", "李思远", "周若兰", "吴承志"];
    const rows: SourceCell[][] = [["姓名", "手机"]];
    names.forEach((n, i) => rows.push([n, `1380013${pad(i)}00`]));
    const r = run("客户", rows);
    expect(r.records.Clients).toHaveLength(6);
    const m = r.mappings.find((x) => x.sheet === "客户");
    expect(m?.decision?.outcome).toBe("imported");
    expect(m?.decision?.subject).toMatchObject({ field: "name", named: 6, rows: 6 });
    expect(unsureIssues(r)).toHaveLength(0);
  });

  it("numbered empty slots under a sign-up list are no rows of their own", () => {
    const rows: SourceCell[][] = [["No.", "First Name", "Last Name", "Email"]];
    const people = ["Ava Stone", "Ben Cole", "Cy Dunn", "Di Eads", "Ed Fay", "Flo Gage", "Gus Hale"];
    people.forEach((p, i) => {
      const [first, last] = p.split(" ");
      rows.push([i + 1, first, last, i % 2 ? `${first.toLowerCase()}@example.org` : null]);
    });
    for (let i = people.length; i < 30; i++) rows.push([i + 1, null, null, null]);
    const r = run("Sign-ups", rows);
    expect(unsureIssues(r)).toHaveLength(0);
    expect(r.records.Clients).toHaveLength(people.length);
  });

  it("one-cell continuation rows (a further tag under its client) are no rows of their own", () => {
    const rows: SourceCell[][] = [["客戶名稱", "電話", "標籤"]];
    const tw = ["陳冠宇", "林怡君", "黃柏翰", "張雅筑", "李承恩", "王品妤"];
    tw.forEach((n, i) => {
      rows.push([n, `0912-345-6${pad(i)}`, "VIP"]);
      rows.push([null, null, "保險"]);
      rows.push([null, null, "基金"]);
    });
    const r = run("客戶", rows);
    expect(unsureIssues(r)).toHaveLength(0);
    expect(r.records.Clients.length).toBeGreaterThanOrEqual(6);
  });
});
