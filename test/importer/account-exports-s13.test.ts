/**
 * Session 13, account exports and complaint logs: a name spelt another way (English Name, 英文名称)
 * comes after a plainer name column, a company has no employer (Parent Company is another
 * organisation), a column headed Category is a complaint's category even beside a Product column,
 * and "Unresolved" is a complaint still open.
 */
import { importWorkbook } from "../../src/importer";
import { enumChoices, parseEnum } from "../../src/importer/normalize";
import type { SourceCell } from "../../src/importer/types";
import { sheetDef } from "../../src/register/sheets";
import { sheet } from "./helpers";

const rowsOf = (header: string[], row: (i: number) => SourceCell[], n = 12): SourceCell[][] => [
  header,
  ...Array.from({ length: n }, (_, k) => row(k + 1)),
];
const fieldsOf = (r: ReturnType<typeof importWorkbook>) =>
  Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));

const TRADES = ["TRADING", "FOODS", "DESIGN", "TRAVEL"];
const company = (i: number) => `HARBOUR ${TRADES[i % 4]} ${i} LIMITED`;

describe("a name spelt another way", () => {
  it("comes after the plain Name column of an account export", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        rowsOf(
          [
            "Reference",
            "Name",
            "Customer Code",
            "Primary Sales person",
            "Business Registration English Name",
            "Business Registration Code",
          ],
          (i) => [
            `Company${i}`,
            company(i),
            `H-00000${i}`,
            i % 2 ? "BON CHAN" : "NIKI NG",
            company(i).toLowerCase(),
            `${10000000 + i * 37}`,
          ]
        )
      ),
    ]);
    const fields = fieldsOf(r);
    expect(fields.Name).toBe("name");
    expect(fields["Business Registration English Name"]).toBeNull();
    expect(r.records.Clients).toHaveLength(12);
    expect(r.records.Clients[0].name).toBe(company(1));
    expect(r.records.Clients[0].notes).toContain(
      `Business Registration English Name: ${company(1).toLowerCase()}`
    );
    const english = r.mappings[0].columns.find((c) => c.header.includes("English"));
    expect(english?.reasons?.some((x) => x.code === "map.why.alternate-name")).toBe(true);
  });

  it("reads the same in 简体 and 繁體, whatever the column order", () => {
    const cn = importWorkbook([
      sheet(
        "客户",
        rowsOf(["企业英文名称", "客户经理", "企业名称"], (i) => [
          `Shenzhen Hongda ${i} Trading Co Ltd`,
          i % 2 ? "张伟" : "李娜",
          `深圳宏达${i}贸易有限公司`,
        ])
      ),
    ]);
    expect(fieldsOf(cn)).toMatchObject({ 企业名称: "name", 企业英文名称: null, 客户经理: "owner" });
    expect(cn.records.Clients[0].name).toBe("深圳宏达1贸易有限公司");
    const tw = importWorkbook([
      sheet(
        "客戶",
        rowsOf(["英文名稱", "客戶名稱", "負責業務"], (i) => [
          `Taipei Hongda ${i} Trading Co Ltd`,
          `台北宏達${i}貿易有限公司`,
          i % 2 ? "陳怡君" : "林家豪",
        ])
      ),
    ]);
    expect(fieldsOf(tw)).toMatchObject({ 客戶名稱: "name", 英文名稱: null });
  });

  it("is still the name when the sheet has no other", () => {
    const r = importWorkbook([
      sheet(
        "Clients",
        rowsOf(["English Name", "Mobile", "Email"], (i) => [
          `Chan Tai Man ${String.fromCharCode(64 + i)}`,
          `9123 45${10 + i}`,
          `tm${i}@example.com`,
        ])
      ),
    ]);
    expect(fieldsOf(r)["English Name"]).toBe("name");
    expect(r.records.Clients[0].name).toBe("Chan Tai Man A");
  });
});

describe("a list of companies", () => {
  it("has no employer: a Parent Company column stays in notes", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        rowsOf(["Name", "Parent Company", "Owner"], (i) => [
          company(i),
          company(1 + (i % 3)),
          i % 2 ? "BON CHAN" : "NIKI NG",
        ])
      ),
    ]);
    expect(fieldsOf(r)).toMatchObject({ Name: "name", "Parent Company": null, Owner: "owner" });
    const fourth = r.records.Clients.find((c) => c.name === company(4));
    expect(fourth?.employer ?? null).toBeNull();
    expect(fourth?.notes).toContain(`Parent Company: ${company(2)}`);
    const parent = r.mappings[0].columns.find((c) => c.header === "Parent Company");
    expect(parent?.reasons?.map((x) => x.code)).toEqual(["map.why.company-no-employer"]);
  });

  it("in 简体 and 繁體 too, while a list of people keeps its employer", () => {
    const cn = importWorkbook([
      sheet(
        "客户",
        rowsOf(["企业名称", "上级单位", "客户经理"], (i) => [
          `深圳宏达${i}贸易有限公司`,
          "宏达集团有限公司",
          i % 2 ? "张伟" : "李娜",
        ])
      ),
    ]);
    expect(fieldsOf(cn)).toMatchObject({ 企业名称: "name", 上级单位: null });
    const tw = importWorkbook([
      sheet(
        "客戶",
        rowsOf(["公司名稱", "母公司", "統一編號"], (i) => [
          `台北宏達${i}貿易有限公司`,
          "宏達集團股份有限公司",
          `${12345670 + i}`,
        ])
      ),
    ]);
    expect(fieldsOf(tw)).toMatchObject({ 公司名稱: "name", 母公司: null });
    const people = importWorkbook([
      sheet(
        "客户",
        rowsOf(["姓名", "工作单位", "手机"], (i) => [
          `${["张伟", "李娜", "王芳", "刘洋"][i % 4]}${i}`,
          `深圳宏达${i}贸易有限公司`,
          `1380013${1000 + i}`,
        ])
      ),
    ]);
    expect(fieldsOf(people).工作单位).toBe("employer");
    expect(people.records.Clients[0].employer).toBe("深圳宏达1贸易有限公司");
  });
});

describe("a complaint log with a product and a category column", () => {
  const products = ["Fitness Tracker", "Digital Scale", "Cloud Storage"];
  const categories = ["Billing", "Delivery", "Service"];

  it("takes the column headed Category as the category and keeps the product in notes", () => {
    const r = importWorkbook([
      sheet(
        "Complaints",
        rowsOf(
          ["Complaint ID", "Customer ID", "Product", "Complaint Category", "Date Filed", "Status"],
          (i) => [
            `${500000 + i}`,
            `${20000 + i}`,
            products[i % 3],
            categories[i % 3],
            `2024-05-${String(10 + i).padStart(2, "0")}`,
            i % 3 ? "Resolved" : "Unresolved",
          ]
        )
      ),
    ]);
    expect(fieldsOf(r)).toMatchObject({ Product: null, "Complaint Category": "category" });
    const third = r.records.Complaints.find((c) => c.complaintId === "500003");
    expect(third).toMatchObject({ category: "Billing", status: "open" });
    expect(third?.notes).toContain("Product: Fitness Tracker");
    expect(r.records.Complaints.find((c) => c.complaintId === "500001")?.status).toBe("resolved");
  });

  it("in another order, and in 简体 and 繁體", () => {
    const en = importWorkbook([
      sheet(
        "Complaints",
        rowsOf(["Status", "Category", "Product", "Complaint No", "Received"], (i) => [
          i % 3 ? "Resolved" : "Unresolved",
          categories[i % 3],
          products[i % 3],
          `T${100 + i}`,
          `2024-05-0${1 + (i % 9)}`,
        ])
      ),
    ]);
    expect(fieldsOf(en)).toMatchObject({ Category: "category", Product: null });
    const cn = importWorkbook([
      sheet(
        "投诉登记",
        rowsOf(["投诉编号", "客户号", "产品", "投诉类别", "投诉日期", "状态"], (i) => [
          `T${100 + i}`,
          `C${200 + i}`,
          ["信用卡", "房贷", "理财"][i % 3],
          ["服务态度", "收费", "系统故障"][i % 3],
          `2024-05-0${1 + (i % 9)}`,
          i % 3 ? "已解决" : "未解决",
        ])
      ),
    ]);
    expect(fieldsOf(cn)).toMatchObject({ 产品: null, 投诉类别: "category" });
    expect(cn.records.Complaints.find((c) => c.complaintId === "T103")).toMatchObject({
      category: "服务态度",
      status: "open",
    });
    const tw = importWorkbook([
      sheet(
        "客訴紀錄",
        rowsOf(["客訴編號", "客戶編號", "產品", "問題分類", "受理日期", "處理狀態"], (i) => [
          `T${100 + i}`,
          `C${200 + i}`,
          ["信用卡", "房貸", "基金"][i % 3],
          ["服務態度", "收費", "系統故障"][i % 3],
          `2024-05-0${1 + (i % 9)}`,
          i % 3 ? "已解決" : "未解決",
        ])
      ),
    ]);
    expect(fieldsOf(tw)).toMatchObject({ 產品: null, 問題分類: "category" });
  });

  it("reads Unresolved as open, but closed - unresolved as closed", () => {
    const choices = enumChoices(
      sheetDef("Complaints").fields.find((f) => f.key === "status")?.values ?? []
    );
    for (const word of ["Unresolved", "Not resolved", "未解决", "未解決", "Outstanding"])
      expect(parseEnum(word, choices)).toEqual({ ok: true, value: "open" });
    expect(parseEnum("Closed - Unresolved", choices)).toEqual({ ok: true, value: "closed" });
    expect(parseEnum("Resolved", choices)).toEqual({ ok: true, value: "resolved" });
  });
});

describe("a row of placeholders under the header", () => {
  it("is skipped as a placeholder, not rejected, in any script", () => {
    for (const placeholders of [
      ["--", "--", "--"],
      ["N/A", "N/A", ""],
      ["无", "—", "/"],
      ["無", "-", "-"],
    ]) {
      const rows: SourceCell[][] = [["Name", "Phone", "Email"], placeholders];
      for (let i = 1; i <= 6; i++)
        rows.push([`Agency ${i} Insurance LLC`, `374-555-01${10 + i}`, `a${i}@example.org`]);
      const r = importWorkbook([sheet("leads", rows)]);
      expect(r.summary).toMatchObject({ imported: 6, skipped: 1, rejected: 0 });
      expect(r.issues.find((i) => i.row === 2)?.code).toBe("import.row-skipped");
    }
  });

  it("but a row naming someone Na is a record", () => {
    const rows: SourceCell[][] = [
      ["Name", "Phone", "Email"],
      ["Na", "", ""],
    ];
    for (let i = 1; i <= 6; i++)
      rows.push([`Agency ${i} Insurance LLC`, `374-555-01${10 + i}`, `a${i}@example.org`]);
    const r = importWorkbook([sheet("leads", rows)]);
    expect(r.summary).toMatchObject({ imported: 7, skipped: 0 });
  });
});

describe("a table none of whose columns is a field", () => {
  const pivots = (): SourceCell[][] => {
    const rows: SourceCell[][] = [
      ["PIVOT 1 – Portfolio risk"],
      [],
      ["2a | Risk Tier Summary", null, null, null, null, "2c | PEP Clients"],
      [
        "Risk Tier",
        "# Clients",
        "% of Portfolio",
        "Avg Completeness %",
        "Audit Flags",
        "Risk Tier",
        "PEP Count",
        "Avg Completeness %",
        "Audit Flags",
      ],
      ["High", 19, 12.7, 95.1, 10, "High", 3, 95.2, 1],
      ["Low", 103, 68.7, 88.4, 75, "Low", 7, 94.6, 2],
      ["Medium", 28, 18.7, 88.8, 23, "Medium", 3, 84.1, 3],
      [],
      ["2b | Risk Tier by Jurisdiction"],
      ["incorporation_jurisdiction", "High", "Low", "Medium", "TOTAL"],
    ];
    const places = ["BEL", "CAN", "CYM", "DEU", "GBR", "LUX", "NLD", "USA", "VGB"];
    places.forEach((place, k) =>
      rows.push([place, k % 4, 2 * k + 4, k % 3, (k % 4) + 2 * k + 4 + (k % 3)])
    );
    rows.push(["TOTAL", 14, 104, 9, 127]);
    rows.push([" HOW TO READ THIS"]);
    rows.push(["→ High-risk clients demand the most compliance resource."]);
    return rows;
  };

  it("is not imported: a cross-tab of counts below a pivot makes no records of notes only", () => {
    const r = importWorkbook([sheet("02 Portfolio Risk", pivots())]);
    expect(r.mappings.map((m) => m.registerSheet)).toEqual([null, null]);
    expect(r.summary.imported).toBe(0);
    expect(r.records.Assets).toHaveLength(0);
    // Said, not dropped silently: unrecognised, or unsure as its rows name no party.
    expect(
      r.issues.some((i) =>
        ["import.sheet-unrecognised", "import.sheet-unsure"].includes(i.code ?? "")
      )
    ).toBe(true);
  });

  it("unless the user forces the sheet in", () => {
    const r = importWorkbook([sheet("02 Portfolio Risk", pivots())], {
      mapping: { "02 Portfolio Risk!*": "Clients" },
    });
    expect(r.mappings.some((m) => m.registerSheet === "Clients")).toBe(true);
    expect(r.summary.imported).toBeGreaterThan(0);
  });
});
