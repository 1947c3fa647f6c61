/**
 * A CRM's contact export (a numeric record id, first and last name, the company each person works
 * at, e-mail, phone, a create date) is a list of people, not a transaction log: the record id is
 * no amount and the repeating company is no client number. A log whose client number repeats
 * beside a date and a real amount stays a log, and its reason names exactly those columns.
 * Invented sheets only (English, 简体, 繁體; different column orders).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRST = ["Avery", "Blake", "Corin", "Dana", "Eli", "Fern", "Gale", "Hale", "Ira", "Jules"];
const LAST = ["Abbot", "Birch", "Crane", "Doyle", "Ennis", "Frost", "Greer", "Hardy", "Irwin"];
const FIRMS = ["Alder Works", "Brook Foods", "Cedar Labs", "Dune Freight", "Elm Legal LLP"];
const CN_NAMES = ["赵一鸣", "钱雨晴", "孙浩然", "李思远", "周若兰", "吴承志", "郑晓光", "王梦琪"];
const CN_FIRMS = ["远航物流有限公司", "青松食品有限公司", "恒达机械有限公司", "明德律师事务所"];
const TW_NAMES = ["陳冠宇", "林怡君", "黃柏翰", "張雅筑", "李承恩", "王品妤", "吳俊傑", "劉佳蓉"];
const TW_FIRMS = [
  "宏遠貿易股份有限公司",
  "大成食品股份有限公司",
  "志興科技有限公司",
  "永信會計師事務所",
];

/** Everyone arrives: as person clients, or as the contacts of the companies they work at. */
const persons = (r: ImportResult) =>
  r.records.Clients.filter((c) => c.kind !== "enterprise").length + r.records.Contacts.length;

const pad = (n: number) => String(n).padStart(2, "0");
const when = (i: number) => `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)} 0${i % 10}:15`;

/** An English contacts export: record ids of six digits rising, 5 companies over 30 people. */
function englishExport(order: "id-first" | "id-last"): SourceCell[][] {
  const header = [
    "Record ID",
    "First Name",
    "Last Name",
    "Company Name",
    "Email",
    "Phone Number",
    "Contact owner",
    "Create Date",
  ];
  const rows: SourceCell[][] = [];
  for (let i = 0; i < 30; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 4) % LAST.length];
    rows.push([
      100017 + i * 37,
      first,
      last,
      FIRMS[i % FIRMS.length],
      `${first.toLowerCase()}.${last.toLowerCase()}${i}@firm${i % 5}.example.net`,
      i % 3 === 0 ? null : `(212) 555-01${pad(i)}`,
      ["Casey Morgan", "Jordan Blake"][i % 2],
      when(i),
    ]);
  }
  if (order === "id-first") return [header, ...rows];
  const move = (r: SourceCell[]) => [...r.slice(1), r[0]];
  return [move(header), ...rows.map(move)];
}

/** A Chinese contacts export: 记录编号 (8-digit ids), one name, the employer, phone, 创建日期. */
function chineseExport(traditional: boolean): SourceCell[][] {
  const header = traditional
    ? ["姓名", "公司名稱", "手機", "電子郵件", "記錄編號", "建立日期"]
    : ["姓名", "公司名称", "手机", "电子邮箱", "记录编号", "创建日期"];
  const names = traditional ? TW_NAMES : CN_NAMES;
  const firms = traditional ? TW_FIRMS : CN_FIRMS;
  const rows: SourceCell[][] = [header];
  for (let i = 0; i < 24; i++) {
    const name = `${names[i % names.length]}${i >= names.length ? String.fromCharCode(0x4e00 + i) : ""}`;
    rows.push([
      name,
      firms[i % firms.length],
      traditional
        ? `09${pad(10 + i)}-${String(100000 + i * 7).slice(0, 6)}`
        : `1380013${String(1000 + i)}`,
      `user${i}@mail${i % 4}.example.org`,
      20250000 + i * 13,
      when(i),
    ]);
  }
  return rows;
}

describe("a CRM contact export with record ids, employers and dates", () => {
  it.each([
    ["English, id first", "Contacts", englishExport("id-first"), 30],
    ["English, id last", "contacts export", englishExport("id-last"), 30],
    ["简体", "联系人导出", chineseExport(false), 24],
    ["繁體", "聯絡人匯出", chineseExport(true), 24],
  ])("is a list of people, every row imported (%s)", (_, name, rows, people) => {
    const r = importWorkbook([sheet(name as string, rows as SourceCell[][])]);
    expect(r.mappings[0].kind).not.toBe("transactions");
    expect(persons(r)).toBe(people);
    expect(r.issues.filter((i) => i.code === "import.sheet-not-data")).toEqual([]);
    expect(r.summary.rejected).toBe(0);
  });

  it("is a list of people without the e-mail column too (distinct phones beside a name)", () => {
    const rows = englishExport("id-first").map((r) => [...r.slice(0, 4), ...r.slice(5)]);
    // Every row has a phone here, so the phones tell the people apart.
    rows.forEach((r, i) => {
      if (i > 0) r[4] = `(212) 555-02${pad(i)}`;
    });
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(r.mappings[0].kind).not.toBe("transactions");
    expect(persons(r)).toBe(30);
  });
});

/** A deposit log: the client number repeats, each row with a date and an amount. */
function depositLog(lang: "en" | "zh-CN" | "zh-TW"): { name: string; rows: SourceCell[][] } {
  const header = {
    en: ["Posting Date", "Customer No", "Deposit Amount", "Entry"],
    "zh-CN": ["日期", "客户编号", "金额", "类型"],
    "zh-TW": ["日期", "客戶編號", "金額", "類型"],
  }[lang];
  const rows: SourceCell[][] = [header];
  for (let i = 0; i < 15; i++)
    rows.push([
      `2026-03-${pad(i + 1)}`,
      `C${String((i % 4) + 1).padStart(3, "0")}`,
      [1200, 350.5, 8800, 460, 2750][i % 5] + i,
      { en: ["Credit", "Debit"], "zh-CN": ["存款", "取款"], "zh-TW": ["存款", "提款"] }[lang][
        i % 2
      ],
    ]);
  return { name: { en: "Ledger", "zh-CN": "台账", "zh-TW": "台帳" }[lang], rows };
}

describe("a log whose client number repeats beside a date and an amount", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)("stays a transaction log (%s)", (lang) => {
    const { name, rows } = depositLog(lang);
    const r = importWorkbook([sheet(name, rows)]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "transactions" });
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    // The reason names the three columns that carried the evidence, and only those.
    expect(issue?.params).toMatchObject({
      reason: "sheet.why.client-repeats",
      header: rows[0][1],
      date: rows[0][0],
      amount: rows[0][2],
    });
    for (const l of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.client-repeats", issue?.params ?? {}, l) ?? "";
      expect(text).toContain(String(rows[0][2]));
      expect(text).not.toMatch(/\{/);
    }
  });

  it("is not a log when the only figures are record ids (no amount at all)", () => {
    const { rows } = depositLog("en");
    rows[0][2] = "Record ID";
    rows.slice(1).forEach((r, i) => (r[2] = 500100 + i * 11));
    const r = importWorkbook([sheet("Ledger", rows)]);
    expect(r.mappings[0].kind).not.toBe("transactions");
  });

  it("is not a log when the only figures are years", () => {
    const { rows } = depositLog("zh-CN");
    rows[0][2] = "年份";
    rows.slice(1).forEach((r, i) => (r[2] = 2015 + (i % 8)));
    const r = importWorkbook([sheet("台账", rows)]);
    expect(r.mappings[0].kind).not.toBe("transactions");
  });

  it("is not a log when what repeats is a company's name, not a number", () => {
    const { rows } = depositLog("en");
    rows[0][1] = "Company Name";
    rows.slice(1).forEach((r, i) => (r[1] = FIRMS[i % 4]));
    const r = importWorkbook([sheet("Ledger", rows)]);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(issue?.params?.reason).not.toBe("sheet.why.client-repeats");
  });
});

describe("a number that goes with many clients' names numbers no client", () => {
  /** A broker's contracts: each client on two, the supplying company and its number beside them. */
  function contracts(lang: "en" | "zh-CN" | "zh-TW"): SourceCell[][] {
    const header = {
      en: ["Signed", "Client Name", "Phone", "Postcode", "Company", "Company ID", "Fee"],
      "zh-CN": ["签约日期", "客户名称", "电话", "邮编", "公司", "公司编号", "费用"],
      "zh-TW": ["簽約日期", "客戶名稱", "電話", "郵遞區號", "公司", "公司編號", "費用"],
    }[lang];
    const names = { en: FIRMS, "zh-CN": CN_FIRMS, "zh-TW": TW_FIRMS }[lang];
    const rows: SourceCell[][] = [header];
    for (let i = 0; i < 24; i++) {
      const c = i % 12;
      rows.push([
        `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
        `${names[c % names.length]} ${c + 1}`,
        `(212) 555-01${pad(c)}`,
        10000 + c * 137,
        ["Northgas", "Sunpower", "Riverlight"][i % 3],
        [1, 9, 12][i % 3],
        [12.5, 40, 7.25, 19][i % 4],
      ]);
    }
    return rows;
  }

  /** A list of the broker's other clients beside it: a log's buyers would not be read as clients. */
  const others = sheet("Leads", [
    ["Client Name", "Phone"],
    ...LAST.slice(0, 5).map((l, i) => [`${l} Holdings`, `(646) 555-02${pad(i)}`]),
  ]);

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "the supplying company's number beside every client is no client number: the contracts are the clients' (%s)",
    (lang) => {
      const r = importWorkbook([sheet("Contracts", contracts(lang)), others]);
      expect(r.mappings[0]).toMatchObject({ registerSheet: "Clients" });
      expect(r.records.Clients).toHaveLength(12 + 5);
    }
  );

  it("a postcode is no amount: clients on two contracts each, with their postcodes, are no log", () => {
    const rows = contracts("en").map((r) => r.slice(0, 6));
    rows[0][5] = "Client No";
    rows.slice(1).forEach((r, i) => (r[5] = `C${100 + (i % 12)}`));
    const r = importWorkbook([sheet("Contracts", rows), others]);
    expect(r.mappings[0].kind).not.toBe("transactions");
  });
});

describe("figures that name rows are no amount, whatever their header", () => {
  it("six-digit record numbers under a plain header do not make a contact list a log", () => {
    const rows = englishExport("id-first");
    rows[0][0] = "HubSpot";
    const r = importWorkbook([sheet("People", rows)]);
    expect(r.mappings[0].kind).not.toBe("transactions");
    expect(persons(r)).toBe(30);
  });

  it("round six-digit sums beside a repeating client number are amounts (a loan ledger)", () => {
    const rows: SourceCell[][] = [["放款日期", "客户编号", "放款", "类型"]];
    for (let i = 0; i < 12; i++)
      rows.push([`2026-02-${pad(i + 1)}`, `KH${(i % 3) + 101}`, 150000 + i * 25000, "按揭"]);
    const r = importWorkbook([sheet("台账", rows)]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "transactions" });
  });
});
