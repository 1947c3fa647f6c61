/**
 * A table of holdings that names each client only by the client master's number (a loan book, a
 * deposit list): each row is a holding of that class, linked by the number, several rows for a
 * client with several loans — not a transaction log and not a client list. Imported on its own, the
 * numbers are kept as given (no client of the import has them) and told once for the sheet; with
 * the client master beside it, or in the register imported into, the rows link. A table whose
 * amount names no class, or that names its people, stays as it was read. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const CLIENTS = 9;

interface Book {
  label: string;
  header: string[];
  row: (i: number, client: string) => SourceCell[];
  id: (c: number) => string;
  assetClass: string;
  /** Index of the start-date column, when the book has one the register reads. */
  start?: number;
}

const books: Book[] = [
  {
    label: "English loan book, the client's id second",
    header: [
      "CreditID",
      "ClientID",
      "CreditAmount",
      "CreditDurationMonths",
      "DateofFirstDisbursement",
      "CreditStatus",
      "CreditAgent",
      "AnnualInterestRate",
    ],
    id: (c) => `CL${c + 1}`,
    row: (i, client) => [
      2000001 + i,
      client,
      5000 + i * 450,
      12 + (i % 36),
      new Date(Date.UTC(2022, i % 12, (i % 27) + 1)),
      "ADC"[i % 3],
      ["ANNA.K", "LEO.M"][i % 2],
      9 + (i % 7),
    ],
    assetClass: "loan",
    start: 4,
  },
  {
    label: "简体 贷款台账, the client's number last",
    header: ["贷款编号", "贷款金额", "期限（月）", "放款日期", "年利率", "客户号"],
    id: (c) => `KH${String(c + 1).padStart(6, "0")}`,
    row: (i, client) => [
      `DK2023${pad(i)}`,
      100000 + i * 5000,
      24 + (i % 4) * 12,
      `2023-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
      "4.35%",
      client,
    ],
    assetClass: "loan",
    start: 3,
  },
  {
    label: "繁體 存款明細, the balance naming the class",
    header: ["客戶編號", "帳號", "存款餘額", "開戶日期", "分行"],
    id: (c) => `C${String(c + 1).padStart(5, "0")}`,
    row: (i, client) => [
      client,
      `0123-45-${String(600000 + i * 13)}`,
      30000 + i * 1200,
      `2020/${pad((i % 12) + 1)}/${pad((i % 27) + 1)}`,
      ["信義分行", "板橋分行"][i % 2],
    ],
    assetClass: "deposit",
    start: 3,
  },
];

/** 20 rows over 9 clients: several holdings for some. */
function book(b: Book): SourceCell[][] {
  const rows: SourceCell[][] = [b.header];
  for (let i = 0; i < 20; i++) rows.push(b.row(i, b.id((i * 4) % CLIENTS)));
  return rows;
}

function master(b: Book): SourceCell[][] {
  const rows: SourceCell[][] = [["ClientID", "FirstName", "LastName", "BirthDate"]];
  for (let c = 0; c < CLIENTS; c++) {
    const [first, last] = INVENTED_PEOPLE.en[c].split(" ");
    rows.push([b.id(c), first, last, new Date(Date.UTC(1970 + c, c, 10))]);
  }
  return rows;
}

describe("holdings named by the client master's number", () => {
  for (const b of books) {
    it(`is one ${b.assetClass} per row, linked by the number kept as given (${b.label})`, () => {
      const r = importWorkbook([sheet("Sheet1", book(b))]);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Assets");
      expect(m.kind).toBeUndefined();
      expect(r.records.Assets).toHaveLength(20);
      expect(r.records.Clients).toHaveLength(0);
      expect(r.records.Assets.every((a) => a.assetClass === b.assetClass)).toBe(true);
      expect(r.records.Assets[0].clientId).toBe(b.id(0));
      expect(r.records.Assets[1].clientId).toBe(b.id(4));
      if (b.start !== undefined)
        expect(r.records.Assets[0].startDate).toMatch(/^20\d\d-\d\d-\d\d$/);
      // Told once for the sheet, not once per row.
      expect(r.issues.filter((i) => i.code === "link.unknown-id")).toEqual([]);
      const told = r.issues.filter((i) => i.code === "link.ids-elsewhere");
      expect(told).toHaveLength(1);
      expect(told[0].params).toMatchObject({ rows: 20, count: CLIENTS });
      for (const lang of ["en", "zh-CN", "zh-TW"] as const)
        expect(renderMessage(told[0].code!, told[0].params!, lang)).toContain("20");
    });
  }

  it("links each row to its client when the client master is in the workbook", () => {
    const b = books[0];
    const r = importWorkbook([sheet("Clients", master(b)), sheet("Credits", book(b))]);
    expect(r.records.Clients).toHaveLength(CLIENTS);
    const ids = new Set(r.records.Clients.map((c) => c.clientId));
    expect(r.records.Assets).toHaveLength(20);
    expect(r.records.Assets.every((a) => ids.has(a.clientId))).toBe(true);
    expect(r.issues.some((i) => i.code === "link.ids-elsewhere")).toBe(false);
  });

  it("links to the register's clients when imported into a register that has them", () => {
    const b = books[1];
    const first = importWorkbook([sheet("客户", master(b))]);
    const r = importWorkbook([sheet("贷款", book(b))], { existing: first.records });
    expect(r.records.Assets.filter((a) => a.clientId === b.id(4))).toHaveLength(
      book(b)
        .slice(1)
        .filter((row) => row[5] === b.id(4)).length
    );
    expect(r.issues.some((i) => i.code === "link.ids-elsewhere")).toBe(false);
  });

  it("keeps a few unknown ids out of the link, one warning each, when the other ids are known", () => {
    const b = books[0];
    const rows = book(b);
    rows[3][1] = "CL999";
    const r = importWorkbook([sheet("Clients", master(b)), sheet("Credits", rows)]);
    const unknown = r.issues.filter((i) => i.code === "link.unknown-id");
    expect(unknown).toHaveLength(1);
    expect(r.records.Assets.filter((a) => a.clientId === null)).toHaveLength(1);
  });

  it("is not read so when the amount names no class (Amount beside a client id)", () => {
    const rows: SourceCell[][] = [["TxnRef", "CustomerID", "Amount", "Date"]];
    for (let i = 0; i < 20; i++)
      rows.push([`R${900 + i}`, `CL${(i % 5) + 1}`, 100 + i, `2024-03-${pad(i + 1)}`]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).not.toBe("Assets");
  });

  it("is not read so when the rows name their people (a borrower list with a loan amount)", () => {
    const rows: SourceCell[][] = [["Client ID", "Client Name", "Phone", "Loan Amount"]];
    INVENTED_PEOPLE.en.forEach((name, i) =>
      rows.push([`CL${i + 1}`, name, `(312) 555-01${pad(i)}`, 10000 + i * 1000])
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(10);
  });
});

/**
 * Ledgers keyed by the same client number, whose amount names a class just as a holding's does:
 * many rows per client, each a dated movement (a direction both ways, a running balance, a posting
 * or voucher header), and no number, term or product of its own. A person keeps them as logs.
 */
describe("a ledger keyed by the client master's number stays a log", () => {
  const ledgers: { label: string; header: string[]; row: (i: number) => SourceCell[] }[] = [
    {
      label: "English deposit postings, direction as values",
      header: ["Date", "Deposit Amount", "Customer Number", "Dr/Cr"],
      row: (i) => [
        `2025-04-${pad(i + 1)}`,
        300 + i * 17,
        `CN-${(i % 4) + 11}`,
        ["CR", "DR"][i % 2],
      ],
    },
    {
      label: "English loan repayments with a running balance",
      header: ["ClientID", "Date", "Loan Amount", "Running Balance"],
      row: (i) => [`CL${(i % 3) + 1}`, `2024-0${(i % 9) + 1}-15`, 1200 + i, 50000 - i * 1200],
    },
    {
      label: "简体 贷款流水, 借方/贷方 columns",
      header: ["记账日期", "客户号", "贷款金额", "借方", "贷方"],
      row: (i) => [
        `2025-03-${pad(i + 1)}`,
        `KH00${(i % 4) + 1}`,
        80000 + i * 1000,
        i % 2 ? 500 : "",
        i % 2 ? "" : 500,
      ],
    },
    {
      label: "繁體 存款明細, 存入/支取 as values",
      header: ["交易日", "客戶編號", "存款金額", "摘要"],
      row: (i) => [
        `2025/05/${pad(i + 1)}`,
        `C0000${(i % 3) + 1}`,
        2000 + i * 50,
        ["存入", "支取"][i % 2],
      ],
    },
    {
      label: "繁體 撥款, no number or term of its own",
      header: ["撥款日期", "客戶編號", "放款", "類型"],
      row: (i) => [`2025-06-${pad(i + 1)}`, `KH${(i % 3) + 201}`, 120000 + i * 20000, "房貸"],
    },
  ];
  for (const l of ledgers) {
    it(`is no Assets (${l.label})`, () => {
      const rows: SourceCell[][] = [l.header];
      for (let i = 0; i < 16; i++) rows.push(l.row(i));
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.mappings[0].kind).toBe("transactions");
      expect(r.records.Assets).toHaveLength(0);
    });
  }

  it("a transaction's own number is no holding's (TxnRef beside a deposit amount)", () => {
    const rows: SourceCell[][] = [["TxnRef", "CustomerID", "Deposit Amount", "Date"]];
    for (let i = 0; i < 20; i++)
      rows.push([`R${900 + i}`, `CL${(i % 5) + 1}`, 100 + i, `2024-03-${pad(i + 1)}`]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).not.toBe("Assets");
  });

  it("the same rows with a loan number of their own and a term are holdings again", () => {
    const rows: SourceCell[][] = [["貸款編號", "客戶編號", "貸款金額", "期限（月）", "撥款日期"]];
    for (let i = 0; i < 16; i++)
      rows.push([
        `L${7000 + i}`,
        `KH${(i % 3) + 201}`,
        120000 + i * 20000,
        36,
        `2025-06-${pad(i + 1)}`,
      ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.records.Assets).toHaveLength(16);
    expect(r.records.Assets.every((a) => a.assetClass === "loan")).toBe(true);
  });
});

/**
 * One client's two holdings of one kind that nothing else tells apart (no number, insurer or start
 * date: two Trade Credit policies of one company, two 定期存款 of one client) are two records when
 * their sums differ; the same row written twice is one; imported again into the register they
 * update the records they made, not add more.
 */
describe("holdings of one kind at one client", () => {
  const policies = (lang: "en" | "zh-CN" | "zh-TW"): SourceCell[][] => {
    const header = {
      en: ["Company ID", "Product", "Sum Insured", "Annual Premium"],
      "zh-CN": ["客户编号", "险种", "保额", "年缴保费"],
      "zh-TW": ["客戶編號", "險種", "保額", "年繳保費"],
    }[lang];
    const product = { en: "Term Life", "zh-CN": "定期寿险", "zh-TW": "定期壽險" }[lang];
    return [
      header,
      ["C-0101", product, 500000, 1200],
      ["C-0101", product, 800000, 1900],
      ["C-0102", product, 300000, 700],
      ["C-0102", product, 300000, 700],
      ["C-0103", product, 250000, 650],
    ];
  };
  for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
    it(`keeps two policies with different sums apart and one written twice once (${lang})`, () => {
      const master: SourceCell[][] = [["Client ID", "Client Name"]];
      ["C-0101", "C-0102", "C-0103"].forEach((id, i) => master.push([id, INVENTED_PEOPLE.en[i]]));
      const r = importWorkbook([sheet("Clients", master), sheet("Policies", policies(lang))]);
      expect(r.records.Clients).toHaveLength(3);
      const held = r.records.Insurance;
      expect(held).toHaveLength(4);
      expect(held.filter((p) => p.clientId === "C-0101").map((p) => p.sumInsured)).toEqual([
        500000, 800000,
      ]);
      expect(held.filter((p) => p.clientId === "C-0102")).toHaveLength(1);
      // Imported again into the register it made: the same four, none added.
      const again = importWorkbook([sheet("Clients", master), sheet("Policies", policies(lang))], {
        existing: r.records,
      });
      expect(again.records.Insurance).toHaveLength(4);
    });
  }
});
