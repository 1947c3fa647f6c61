/**
 * Headers as programs write them: snake_case in any case, camelCase and PascalCase, a report's
 * prefixes (txt, tbl, fld), abbreviations (cust, addr, dob, nbr), and control names that are no
 * header at all (textBox12, Column1, "Unnamed: 0", 列1), whose columns are read by their values.
 */
import { importWorkbook } from "../../src/importer";
import { expandedHeader, headerWords, isPlaceholderHeader } from "../../src/importer/header-words";
import { scoreHeader, targetsFor } from "../../src/importer/header-match";
import { mappingLines } from "../../src/importer/mapping-file";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { clientListSheet, sheet } from "./helpers";

function best(header: string, registerSheet: Parameters<typeof targetsFor>[0]): string | null {
  const scored = scoreHeader(header, targetsFor(registerSheet));
  return scored.length > 0 && scored[0].confidence >= 0.6 ? scored[0].target.key : null;
}

describe("a header's words", () => {
  it("splits camelCase, PascalCase, snake_case, kebab-case and a change of script", () => {
    expect(headerWords("customerName")).toEqual(["customer", "name"]);
    expect(headerWords("CustMobile")).toEqual(["cust", "mobile"]);
    expect(headerWords("Cust-Mobile")).toEqual(["cust", "mobile"]);
    expect(headerWords("textBox12")).toEqual(["text", "box", "12"]);
    expect(headerWords("PolicyNO")).toEqual(["policy", "no"]);
    expect(headerWords("客户Name")).toEqual(["客户", "name"]);
  });

  it("keeps a word whose last letter alone is a capital (policY_NUMBER is policy, number)", () => {
    expect(headerWords("policY_NUMBER")).toEqual(["policy", "number"]);
    expect(headerWords("intermediarY_ID")).toEqual(["intermediary", "id"]);
    expect(headerWords("POLICY_NUMBER")).toEqual(["policy", "number"]);
  });

  it("drops a program's prefix and spells out abbreviations", () => {
    expect(expandedHeader("txtCustAddr")).toBe("customer address");
    expect(expandedHeader("POL_NBR")).toBe("policy number");
    expect(expandedHeader("tbl_client_dob")).toBe("client date of birth");
    // A schema's customer first and last name: CustFN, CustLN.
    expect(expandedHeader("CustFN")).toBe("customer first name");
    expect(expandedHeader("CustLN")).toBe("customer last name");
    // A bare "No" is no one's number in particular; a plain header changes nothing.
    expect(expandedHeader("No")).toBeNull();
    expect(expandedHeader("Customer Name")).toBeNull();
  });
});

describe("header matching on words", () => {
  it("reads the same field in every program's spelling of it", () => {
    for (const h of [
      "policY_NUMBER",
      "POLICY_NUMBER",
      "policyNumber",
      "PolicyNo",
      "policy-number",
      "POL_NBR",
    ])
      expect([h, best(h, "Insurance")]).toEqual([h, "policyNo"]);
    for (const h of ["customeR_NAME", "CustomerName", "CUST_NAME", "txtCustomerName"])
      expect([h, best(h, "Clients")]).toEqual([h, "name"]);
    for (const h of ["DOB", "dob", "dateOfBirth", "Date_Of_Birth"])
      expect([h, best(h, "Clients")]).toEqual([h, "birthday"]);
    expect(best("txtEmailAddress", "Clients")).toBe("email");
    for (const h of ["PRM.", "Prm", "PREM", "Annual Prm"])
      expect([h, best(h, "Insurance")]).toEqual([h, "annualPremium"]);
  });

  it("does not find a word inside another word (action in transaction_type)", () => {
    const keys = (h: string) =>
      scoreHeader(h, targetsFor("Complaints"))
        .filter((s) => s.confidence >= 0.6)
        .map((s) => s.target.key);
    for (const h of ["transactioN_TYPE", "TransactionDate", "transaction-type"])
      expect([h, keys(h)]).not.toEqual([h, expect.arrayContaining(["correctiveAction"])]);
    // The word itself still names the field.
    expect(keys("corrective_action")).toContain("correctiveAction");
  });
});

const PEOPLE = [
  "Owen Barker",
  "Maya Collins",
  "Ravi Desai",
  "Lena Fischer",
  "Tom Grady",
  "Nina Holt",
  "Ian Keller",
  "Zoe Lambert",
];

function policyRows(headers: string[], order: number[]): SourceCell[][] {
  const rows: SourceCell[][] = [];
  for (let i = 0; i < 8; i++) {
    const row: SourceCell[] = [
      "AG-1001",
      `P-${7000 + i * 13}/00`,
      i % 2 === 0 ? "New Business" : "Renewal",
      `2025-0${1 + (i % 8)}-1${i} 10:0${i}:00`,
      PEOPLE[i],
      String(1200 + i * 35),
      i % 3 === 0 ? "Cheque" : "Online",
    ];
    rows.push(order.map((j) => row[j]));
  }
  return [order.map((j) => headers[j]), ...rows];
}

describe("a policy export headed in a program's spelling", () => {
  const styles = [
    [
      "intermediarY_ID",
      "policY_NUMBER",
      "transactioN_TYPE",
      "transactioN_DATE",
      "customeR_NAME",
      "totaL_PREMIUM",
      "paymenT_TYPE",
    ],
    [
      "AgentCode",
      "PolicyNumber",
      "TransactionType",
      "TransactionDate",
      "CustomerName",
      "TotalPremium",
      "PaymentType",
    ],
    [
      "agent-code",
      "policy-no",
      "transaction-type",
      "transaction-date",
      "cust-name",
      "total-premium",
      "payment-type",
    ],
  ];
  it.each(styles)("imports one policy per row, held by its customer (%s …)", (...headers) => {
    for (const order of [
      [0, 1, 2, 3, 4, 5, 6],
      [4, 1, 5, 3, 2, 6, 0],
    ]) {
      const r = importWorkbook([sheet("data", policyRows(headers, order))]);
      expect(r.mappings[0].registerSheet).toBe("Insurance");
      const fields = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
      expect(fields[headers[1]]).toBe("policyNo");
      expect(fields[headers[4]]).toBe("clientName");
      expect(r.records.Insurance).toHaveLength(8);
      const policy = r.records.Insurance.find((p) => p.policyNo === "P-7013/00");
      const holder = r.records.Clients.find((c) => c.clientId === policy?.clientId);
      expect(holder?.name).toBe("Maya Collins");
      // The transaction's own columns are kept, in notes.
      expect(policy?.notes).toContain("Renewal");
    }
  });

  it("reads the same in Chinese: a policy number on every row makes it no transaction log", () => {
    const headers = [
      "代理人代码",
      "保单号",
      "交易类型",
      "交易日期",
      "客户名称",
      "保费",
      "付款方式",
    ];
    const rows = policyRows(headers, [0, 1, 2, 3, 4, 5, 6]);
    const zh = ["王明", "李静", "陈美玲", "张伟", "刘洋", "黄磊", "赵桂英", "林志强"];
    rows.slice(1).forEach((row, i) => (row[4] = zh[i]));
    const r = importWorkbook([sheet("数据", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(8);
  });
});

const PHONES: SourceCell[] = [
  "585-555-0138",
  "(716) 555-0134",
  5855550185,
  "585.555.0177",
  "716 555 0106",
  7165550151,
  "585-555-0122",
  "(585) 555-0190",
  "716-555-0143",
  "585 555 0111",
];

function controlNamedList(headers: string[]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  PHONES.forEach((phone, i) => {
    rows.push([
      `${PEOPLE[i % PEOPLE.length]}${i >= PEOPLE.length ? " Jr." : ""}`,
      phone,
      `client${i}@example.com`,
    ]);
  });
  return rows;
}

describe("a column headed by a control's or a tool's name", () => {
  it("recognises control names and placeholders, not real headers", () => {
    for (const h of [
      "textBox12",
      "TextBox1",
      "Column1",
      "Field3",
      "Unnamed: 0",
      "Unnamed: 2_level_1",
      "F1",
      "列1",
      "欄 2",
      "txt3",
    ])
      expect([h, isPlaceholderHeader(h)]).toEqual([h, true]);
    for (const h of ["Phone", "F-1 visa", "Column", "Name1st", "电话1"])
      expect([h, isPlaceholderHeader(h)]).toEqual([h, false]);
  });

  it.each([
    [["txtCustomerName", "textBox1", "txtEmailAddress"]],
    [["Customer Name", "Column2", "Email"]],
    [["客户名称", "列2", "电子邮箱"]],
    [["客戶名稱", "欄2", "電子郵件"]],
    [["Name", "Unnamed: 1", "E-mail"]],
  ])("maps the column by its values and says why (%s)", (headers) => {
    const r = importWorkbook([sheet("List", controlNamedList(headers))]);
    const column = r.mappings[0].columns[1];
    expect(column.field).toBe("phone");
    expect(column.source).toBe("values");
    expect(column.confidence).toBeLessThan(0.65);
    expect(column.reasons?.map((x) => x.code)).toContain("map.why.placeholder-header");
    expect(r.records.Clients).toHaveLength(10);
    expect(r.records.Clients.find((c) => c.name === "Ravi Desai")?.phone).toContain("5550185");
  });

  it("says so in the register's three languages", () => {
    const params = { header: "textBox1" };
    expect(renderMessage("map.why.placeholder-header", params, "en")).toContain("textBox1");
    expect(renderMessage("map.why.placeholder-header", params, "zh-CN")).toContain("按数据判断");
    expect(renderMessage("map.why.placeholder-header", params, "zh-TW")).toContain("依資料判斷");
    const r = importWorkbook([sheet("List", controlNamedList(["Name", "Column2", "Email"]))]);
    expect(mappingLines(r.mappings, "en").join("\n")).toContain("phone");
  });

  it("leaves a placeholder column of mixed values unmapped (the stricter threshold)", () => {
    const rows = controlNamedList(["Name", "Column2", "Email"]);
    // Half the column is notes, not phones.
    for (let i = 1; i <= 5; i++) rows[i][1] = `call back after ${i} pm`;
    const r = importWorkbook([sheet("List", rows)]);
    expect(r.mappings[0].columns[1].field).toBeNull();
    expect(r.records.Clients.find((c) => c.name === PEOPLE[0])?.notes).toContain(
      "call back after 1 pm"
    );
  });
});

describe("names beside the subject's name in a bilingual form", () => {
  it("takes the first name column, not a social-network name", () => {
    for (const [name, english, social] of [
      ["中文姓名 Chinese Name", "英文姓名 English Name", "Facebook 名字 (FB Name)"],
      ["中文姓名", "英文姓名", "FB Name"],
      ["Name (Chinese)", "Name (English)", "Instagram Name"],
    ]) {
      const headers = [
        name,
        english,
        social,
        "性别 Gender",
        "职业 Occupation",
        "手机电话号码 Telephone No.",
        "电子邮件 Email",
      ];
      const rows: SourceCell[][] = [headers];
      const zh = ["王雯", "陈喜", "林锦", "吳淑", "黄磊", "张伟"];
      zh.forEach((n, i) =>
        rows.push([
          n,
          `NAME ${i}`,
          `user${i}${i * 7}`,
          i % 2 ? "男 Male" : "女 Female",
          "Therapist",
          `+60 12-000-${1000 + i}`,
          `m${i}@example.net`,
        ])
      );
      const r = importWorkbook([sheet("Form", rows)]);
      const fields = r.mappings[0].columns.map((c) => c.field);
      expect([name, social, fields[0], fields[2]]).toEqual([name, social, "name", null]);
      expect(r.records.Clients.map((c) => c.name)).toEqual(zh);
      // The social-network name is kept, in notes.
      expect(r.records.Clients[1].notes).toContain("user17");
    }
  });
});

describe("transaction words said in two headers of a log", () => {
  it.each([
    [["Invoice No.", "Invoice Date", "Customer", "Item", "Amount"]],
    [["invoice_no", "invoice_date", "customer_name", "item", "amount"]],
    [["InvoiceNo", "InvoiceDate", "CustomerName", "Item", "Amount"]],
    [["Order ID", "Order Date", "Buyer", "Product", "Total"]],
    [["订单号", "订单日期", "客户", "商品", "金额"]],
    [["訂單編號", "訂單日期", "客戶", "商品", "金額"]],
  ])("stays a transaction log when no number on it is a policy's (%s)", (headers) => {
    const rows: SourceCell[][] = [headers];
    for (let i = 0; i < 20; i++)
      rows.push([
        `N-${900 + i}`,
        `2025-03-${String((i % 27) + 1).padStart(2, "0")}`,
        PEOPLE[i % 4],
        `Widget ${i % 5}`,
        30 + i,
      ]);
    // Beside the workbook's client list: alone, its buyers would be read as the clients.
    const r = importWorkbook([clientListSheet(), sheet("Log", rows)]);
    const log = r.mappings.find((m) => m.sheet === "Log");
    expect(log?.registerSheet).toBeNull();
    expect(log?.kind).toBe("transactions");
  });
});

describe("a coverage's name", () => {
  it("is the policy's type, not its amount", () => {
    for (const h of ["Coverage Name", "coverage_name", "CoverName", "Cover Name"])
      expect([h, best(h, "Insurance")]).toEqual([h, "type"]);
    expect(best("Cover", "Insurance")).toBe("sumInsured");
  });
});
