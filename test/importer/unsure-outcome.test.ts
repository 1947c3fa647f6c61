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
import { sheetDef } from "../../src/register/sheets";
import type { SheetKey } from "../../src/register/types";

const pad = (n: number) => String(n).padStart(2, "0");
const AGENTS = ["Sandy", "Mo", "Priya"];
const TOPICS = ["Billing", "Login", "Delivery", "Other"];

/** A help-desk log: who took the call, when, how long, the topic; the caller's name almost never. */
function englishCallLog(order: "name-first" | "name-late"): SourceCell[][] {
  const header = [
    "Call #",
    "Date",
    "Agent",
    "Caller Name",
    "Duration",
    "Queue",
    "Topic",
    "Resolved",
  ];
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
  return order === "name-first" ? table.map((r) => [r[3], ...r.slice(0, 3), ...r.slice(4)]) : table;
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

/**
 * A pivot's outline: the client named on its group's first row only, a row per product and data
 * field below. With two data fields Excel writes their captions down a Values column.
 */
function pivotOutline(captions: readonly string[] | null): SourceCell[][] {
  const header = [
    "業代碼",
    "客戶名稱",
    "產品名稱",
    ...(captions ? ["數值"] : []),
    "202501",
    "202502",
    "202503",
  ];
  const rows: SourceCell[][] = [header];
  CLINICS.forEach((clinic, c) => {
    PRODUCTS.forEach((product, p) => {
      for (const [k, caption] of (captions ?? [null]).entries()) {
        const first = p === 0 && k === 0;
        rows.push([
          first ? `GM1${c % 2}` : null,
          first ? clinic : null,
          product,
          ...(caption ? [caption] : []),
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
    expect(zh).toContain('--map "来电记录!*=客户信息"');
    expect(zh).not.toMatch(/unsure|runner-up|sheet\.unsure/);
  });

  it("繁體樞紐分析大綱（一個資料欄位）：客戶只寫在每組第一列", () => {
    const r = run("出貨明細", pivotOutline(null));
    expect(r.records.Clients).toHaveLength(0);
    const [issue] = unsureIssues(r);
    expect(issue).toBeDefined();
    const tw = renderMessage(issue.code as "import.sheet-unsure", issue.params ?? {}, "zh-TW");
    expect(tw).toContain("無法確定它是");
    expect(tw).toContain("「客戶名稱」");
    expect(tw).not.toMatch(/unsure|runner-up|sheet\.unsure/);
  });

  it("a grouped record sheet starting with rows that name no one is no grouped layout", () => {
    // A visit-like log whose first rows name nobody: the few names are not group heads.
    const rows = englishCallLog("name-late");
    const r = run("Calls", rows);
    expect(r.records.Visits).toHaveLength(0);
    expect(unsureIssues(r)).toHaveLength(1);
  });
});

describe("a pivot's Values column of data-field captions makes it a pivot", () => {
  it.each([
    ["English", ["Sum of Qty", "Sum of Amount"]],
    ["简体", ["求和项:数量", "求和项:金额"]],
    ["繁體", ["加總 - 業績數量", "加總 - 業績金額"]],
  ])("%s captions", (_, captions) => {
    const r = run("Pivot", pivotOutline(captions));
    expect(r.summary.imported).toBe(0);
    const m = r.mappings.find((x) => x.sheet === "Pivot");
    expect(m?.kind).toBe("pivot");
    expect(m?.decision?.outcome).toBe("not-data");
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(issue?.params).toMatchObject({ label: captions[0] });
  });

  it("a column that only mentions a sum now and then is no Values column", () => {
    const rows: SourceCell[][] = [["姓名", "手机", "备注"]];
    const names = [
      "赵一鸣",
      "钱雨晴",
      "孙浩然",
      "李思远",
      "周若兰",
      "吴承志",
      "郑晓光",
      "王梦琪",
      "冯子轩",
      "陈嘉怡",
      "褚明远",
    ];
    names.forEach((n, i) =>
      rows.push([n, `1390013${pad(i)}00`, i === 2 ? "求和项:年度保费" : "老客户"])
    );
    const r = run("客户", rows);
    expect(r.records.Clients).toHaveLength(names.length);
  });
});

describe("a real list stays imported", () => {
  it("a client list of two columns (姓名, 手机)", () => {
    const names = [
      "赵一鸣",
      "钱雨晴",
      "孙浩然",
      "李思远",
      "周若兰",
      "吴承志",
      "郑晓光",
      "王梦琪",
      "冯子轩",
      "陈嘉怡",
    ];
    const rows: SourceCell[][] = [["姓名", "手机"]];
    names.forEach((n, i) => rows.push([n, `1380013${pad(i)}00`]));
    const r = run("客户", rows);
    expect(r.records.Clients).toHaveLength(10);
    const m = r.mappings.find((x) => x.sheet === "客户");
    expect(m?.decision?.outcome).toBe("imported");
    expect(m?.decision?.subject).toMatchObject({ field: "name", named: 10, rows: 10 });
    expect(m?.decision?.readings[0].registerSheet).toBe("Clients");
    expect(unsureIssues(r)).toHaveLength(0);
  });

  it("numbered empty slots under a sign-up list are no rows of their own", () => {
    const rows: SourceCell[][] = [["No.", "First Name", "Last Name", "Email"]];
    const people = [
      "Ava Stone",
      "Ben Cole",
      "Cy Dunn",
      "Di Eads",
      "Ed Fay",
      "Flo Gage",
      "Gus Hale",
    ];
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
    const tw = [
      "陳冠宇",
      "林怡君",
      "黃柏翰",
      "張雅筑",
      "李承恩",
      "王品妤",
      "吳俊傑",
      "劉佳蓉",
      "蔡宗翰",
      "鄭雅婷",
    ];
    tw.forEach((n, i) => {
      rows.push([n, `0912-345-6${pad(i)}`, "VIP"]);
      rows.push([null, null, "保險"]);
      rows.push([null, null, "基金"]);
    });
    const r = run("客戶", rows);
    expect(unsureIssues(r)).toHaveLength(0);
    expect(r.records.Clients.length).toBeGreaterThanOrEqual(10);
  });
});

describe("rows that name someone another way stay imported", () => {
  it("a roster's dependants' rows (the member's name blank, the dependant's filled)", () => {
    const rows: SourceCell[][] = [
      ["No", "Member Name", "Dependant Name", "Relationship", "Date of Birth"],
    ];
    const members = ["Ava Stone", "Ben Cole", "Cy Dunn", "Di Eads"];
    let n = 1;
    members.forEach((m, i) => {
      rows.push([n++, m, null, null, `1980-0${i + 1}-11`]);
      rows.push([n++, null, `Kid ${i} Stone`, "Child", `2012-0${i + 1}-02`]);
      rows.push([n++, null, `Pat ${i} Cole`, "Spouse", `1982-0${i + 1}-21`]);
    });
    const r = run("Plan", rows);
    expect(unsureIssues(r)).toHaveLength(0);
    expect(r.records.Clients.map((c) => c.name)).toEqual(members);
  });

  it("a policy schedule naming each insured on the first row of their group (简体)", () => {
    const rows: SourceCell[][] = [["被保险人", "保单号", "险种", "年缴保费"]];
    const people = ["赵一鸣", "钱雨晴", "孙浩然"];
    people.forEach((p, i) => {
      for (let k = 0; k < 4; k++)
        rows.push([
          k === 0 ? p : null,
          `P20${i}${k}88`,
          ["重疾险", "医疗险", "意外险", "寿险"][k],
          1000 * (k + 1),
        ]);
    });
    const r = run("保单", rows);
    expect(unsureIssues(r)).toHaveLength(0);
    expect(r.records.Insurance).toHaveLength(12);
  });
});

describe("a table no register sheet fits well is unsure, said with the sheet it came closest to", () => {
  /**
   * A nameless export of devices: their numbers (no party's: a number the header gives a client,
   * member or subscriber names its row, number-named-clients.test.ts), a status, a package, dates.
   */
  function subscribers(lang: "zh-CN" | "zh-TW"): SourceCell[][] {
    const header =
      lang === "zh-CN"
        ? ["设备号", "用户状态", "套餐", "入网时间", "机顶盒编号"]
        : ["設備號", "用戶狀態", "套餐", "入網時間", "機上盒編號"];
    const rows: SourceCell[][] = [header];
    for (let i = 0; i < 12; i++)
      rows.push([
        String(10400 + i * 17),
        lang === "zh-CN" ? "正常" : "正常",
        ["普通套餐", "融合套餐"][i % 2],
        `2019${pad((i % 12) + 1)}${pad((i % 27) + 1)}`,
        String(20001 + i),
      ]);
    return rows;
  }

  it.each(["zh-CN", "zh-TW"] as const)(
    "%s: one line with the closest sheet and the --map",
    (lang) => {
      const r = run("用户", subscribers(lang));
      expect(r.summary.imported).toBe(0);
      const issues = unsureIssues(r);
      expect(issues).toHaveLength(1);
      // The closest sheet as the user reads it: --map takes a sheet's label as well as its key.
      const closest = issues[0].params?.registerSheet as SheetKey;
      const text = renderMessage("import.sheet-unsure", issues[0].params ?? {}, lang) ?? "";
      expect(text).toContain(lang === "zh-CN" ? "无法确定它是" : "無法確定它是");
      expect(text).toContain(`--map "用户!*=${sheetDef(closest).label[lang]}"`);
      const m = r.mappings.find((x) => x.sheet === "用户");
      expect(m?.decision?.outcome).toBe("unsure");
      expect(m?.decision?.readings[0]).toEqual({ registerSheet: null, score: 1 });
      expect(m?.decision?.readings.some((x) => x.registerSheet === closest)).toBe(true);
    }
  );
});
