import ExcelJS from "exceljs";
import { importWorkbook, previewMapping } from "../../src/importer";
import type { ImportResult, SourceSheet } from "../../src/importer/types";
import { validateRow } from "../../src/register/schemas";
import { SHEET_KEYS } from "../../src/register/types";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";
import { addSheet, threeLanguageWorkbook, toBuffer } from "../fixtures/messy-workbooks";
import { sheet } from "./helpers";

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !(value instanceof Date)) {
    Object.values(value as object).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const byName = (r: ImportResult, name: string) => r.records.Clients.find((c) => c.name === name);

describe("importWorkbook on a messy three-language workbook", () => {
  let sheets: SourceSheet[];
  let result: ImportResult;

  beforeAll(async () => {
    sheets = deepFreeze(await readSourceWorkbook(await threeLanguageWorkbook()));
    // Frozen grids: any attempt to change the source throws.
    result = importWorkbook(sheets);
  });

  it("accounts for every row: 10 client rows, 4 policies, 4 asset rows", () => {
    // Clients: 5 imported (rows 4, 5, 8, 12, 13), merged: row 6 (second contact) and row 9
    // (duplicate of row 4), skipped: section label and 合计, rejected: the #N/A name.
    expect(result.summary).toEqual({
      sourceRows: 18,
      imported: 12,
      merged: 2,
      skipped: 3,
      rejected: 1,
    });
    const { imported, merged, skipped, rejected, sourceRows } = result.summary;
    expect(imported + merged + skipped + rejected).toBe(sourceRows);
    expect(result.rows.find((r) => r.sheet === "客户信息" && r.row === 7)).toMatchObject({
      outcome: "skipped",
      reason: "section label",
    });
    expect(result.rows.find((r) => r.sheet === "客户信息" && r.row === 10)?.reason).toMatch(
      /total/
    );
  });

  it("recognises the sheets and their header rows", () => {
    expect(result.mappings.map((m) => [m.sheet, m.registerSheet, m.headerRows])).toEqual([
      ["客户信息", "Clients", [3]],
      ["保單", "Insurance", [2]],
      ["Assets", "Assets", [1, 2]],
    ]);
  });

  it("reads amounts with header units: 万元 columns, 萬 in values, formulas by their cached result", () => {
    expect(byName(result, "林志明")?.annualRevenue).toBe(125_000); // 12.5 万元
    expect(byName(result, "华东机械有限公司")?.annualRevenue).toBe(11_000_000); // "1,100" 万元
    expect(byName(result, "陈静")?.annualRevenue).toBe(11_000_000); // "1,100万" in a 万元 column: the value's own unit
    expect(byName(result, "刘洋")?.annualRevenue).toBe(80_000); // =4*2 cached 8, 万元
  });

  it("reads birthdays written as a date, a serial, 年月日 and flags an ambiguous d/m order", () => {
    expect(byName(result, "林志明")?.birthday).toBe("1985-05-15");
    expect(byName(result, "陈静")?.birthday).toBe("1985-05-15"); // serial 31182
    expect(byName(result, "刘洋")?.birthday).toBe("1990-06-05");
    const zhou = byName(result, "周杰");
    expect(zhou?.birthday).toBeNull();
    expect(zhou?.notes).toContain("生日: 05/06/1990");
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        sheet: "客户信息",
        row: 13,
        column: "G (生日)",
        field: "birthday",
        severity: "warning",
      })
    );
  });

  it("merges the duplicate client and keeps both rows' notes", () => {
    const lin = result.records.Clients.filter((c) => c.name === "林志明");
    expect(lin).toHaveLength(1);
    expect(lin[0].notes).toContain("VIP客户");
    expect(lin[0].notes).toContain("老客户");
    expect(lin[0].notes).toContain("来源渠道: 网点");
    expect(lin[0].notes).not.toContain("序号");
  });

  it("turns one company on two rows into one client with both contacts", () => {
    const company = byName(result, "华东机械有限公司");
    expect(result.records.Clients.filter((c) => c.name === "华东机械有限公司")).toHaveLength(1);
    const contacts = result.records.Contacts.filter((c) => c.clientId === company?.clientId);
    expect(contacts.map((c) => [c.name, c.phone])).toEqual([
      ["李强", "021-62345678"],
      ["王芳", "13900001111"],
    ]);
    expect(company?.phone).toBe("021-62345678");
  });

  it("keeps formula-looking text as text and invalid e-mails with a warning", () => {
    const chen = byName(result, "陈静");
    expect(chen?.notes).toMatch(/^=1\+1/);
    expect(chen?.email).toBe("chen@@bad");
    expect(result.issues).toContainEqual(
      expect.objectContaining({ row: 8, column: "F (电子邮箱)", severity: "warning" })
    );
  });

  it("rejects the row whose required name is #N/A, with the row's content in the issue", () => {
    const issue = result.issues.find((i) => i.severity === "error");
    expect(issue).toMatchObject({ sheet: "客户信息", row: 11 });
    expect(String(issue?.value)).toContain("13600000000");
  });

  it("reads the 繁體 insurance sheet: 保額(萬), 民國 dates, merged client cells, unknown clients", () => {
    const lin = byName(result, "林志明")?.clientId;
    const policies = result.records.Insurance;
    expect(
      policies
        .filter((p) => p.clientId === lin)
        .map((p) => [
          p.type,
          p.sumInsured,
          p.annualPremium,
          p.startDate,
          p.criticalIllnessCovered,
          p.status,
        ])
    ).toEqual([
      ["life", 5_000_000, 12_000, "1984-05-26", true, "in-force"],
      ["medical", 500_000, 3_600, "1984-05-26", false, "in-force"],
    ]);
    const orphan = policies.find((p) => p.type === "accident");
    expect(orphan).toMatchObject({
      clientId: null,
      startDate: "2023-01-01",
      status: "lapsed",
      criticalIllnessCovered: false,
    });
    expect(orphan?.notes).toContain("不存在的人");
    const ci = policies.find((p) => p.type === "critical-illness");
    expect(ci).toMatchObject({
      clientId: byName(result, "陈静")?.clientId,
      annualPremium: null,
      startDate: "2022-12-31",
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        sheet: "保單",
        row: 6,
        column: "D (年繳保費)",
        value: "#N/A",
        severity: "warning",
      })
    );
  });

  it("reads the English assets sheet with its two-row header and M/k/parenthesised amounts", () => {
    expect(
      result.records.Assets.map((a) => [a.assetClass, a.heldAt, a.marketValue, a.asOf])
    ).toEqual([
      ["fund", "elsewhere", 1_200_000, "2024-03-31"],
      ["loan", "ours", -50_000, "2024-03-31"],
      ["deposit", "ours", 3_500, "2024-03-31"],
    ]);
  });

  it("produces records that pass the register's schemas, except invalid e-mails kept on purpose", () => {
    for (const key of SHEET_KEYS) {
      for (const record of result.records[key]) {
        const problems = validateRow(key, record).filter(
          (p) => !(p.field === "email" && record.email === "chen@@bad")
        );
        expect(problems).toEqual([]);
      }
    }
  });

  it("changes nothing when the result is imported again into itself", () => {
    const again = importWorkbook(sheets, { existing: result.records });
    expect(again.records).toEqual(result.records);
    expect(again.summary.imported).toBe(0);
  });

  it("reads ambiguous dates day-first when told", () => {
    const dayFirst = importWorkbook(sheets, { dayFirst: true });
    expect(byName(dayFirst, "周杰")?.birthday).toBe("1990-06-05");
    const monthFirst = importWorkbook(sheets, { dayFirst: false });
    expect(byName(monthFirst, "周杰")?.birthday).toBe("1990-05-06");
  });
});

describe("importWorkbook: other shapes", () => {
  it("settles a column's day/month order from its unambiguous dates", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["Account Name", "Client Since"],
        ["A", "25/12/2020"],
        ["B", "03/04/2021"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.clientSince)).toEqual(["2020-12-25", "2021-04-03"]);
  });

  it("reports an unrecognised sheet and skips its rows with the reason, unless the caller names it", () => {
    const lookup = sheet("Lookup", [
      ["Colour", "Hex"],
      ["Red", "#f00"],
      ["Blue", "#00f"],
    ]);
    const r = importWorkbook([lookup]);
    expect(r.summary).toEqual({ sourceRows: 2, imported: 0, merged: 0, skipped: 2, rejected: 0 });
    // Two columns of labels and codes: named as a lookup list, not register data.
    expect(r.rows[0].reason).toMatch(/lookup list/);
    expect(r.issues.some((i) => i.severity === "warning" && i.message.includes("Lookup!*="))).toBe(
      true
    );

    const named = importWorkbook([lookup], {
      mapping: { "Lookup!*": "Clients", "Lookup!Colour": "name" },
    });
    expect(named.records.Clients.map((c) => [c.name, c.notes])).toEqual([
      ["Red", "Hex: #f00"],
      ["Blue", "Hex: #00f"],
    ]);
  });

  it("applies a global header override", () => {
    const r = importWorkbook(
      [
        sheet("客户", [
          ["Kunde", "电话"],
          ["甲", "1"],
        ]),
      ],
      { mapping: { Kunde: "name" } }
    );
    expect(r.records.Clients[0]).toMatchObject({ name: "甲", phone: "1" });
  });

  it("links a blank client cell to the client of the row above, with a warning", () => {
    const r = importWorkbook([
      sheet("Clients", [["Name"], ["Ann"]]),
      sheet("Visits", [
        ["Client", "Visit date", "Method"],
        ["Ann", "2024-01-02", "phone"],
        [null, "2024-02-03", "visit"],
      ]),
    ]);
    expect(r.records.Visits.map((v) => v.clientId)).toEqual(["C-0001", "C-0001"]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ sheet: "Visits", row: 3, severity: "warning" })
    );
  });

  it("rejects a visit without a date (required) and keeps the row's content in the issue", () => {
    const r = importWorkbook([
      sheet("Visits", [
        ["Client", "Visit date", "Method"],
        ["Ann", null, "phone"],
      ]),
    ]);
    expect(r.summary.rejected).toBe(1);
    // The row's own error (the sheet-level "nothing was imported" line comes first since issue 9).
    expect(r.issues.find((i) => i.severity === "error" && i.row === 2)?.value).toContain("Ann");
    expect(r.issues[0]).toMatchObject({ code: "import.nothing-imported", severity: "error" });
  });

  it("rejects every row of a sheet that has no column for a required field, saying how to map one", () => {
    const r = importWorkbook([
      sheet("家庭成员", [
        ["客户编号", "关系", "年龄"],
        ["C-0001", "配偶", 40],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Family");
    expect(r.summary).toMatchObject({ sourceRows: 1, rejected: 1 });
    expect(r.issues).toContainEqual(
      expect.objectContaining({ row: null, field: "memberName", severity: "error" })
    );
  });

  // Changed with issue 9: a complaint log without received dates (a real bank's export) is still
  // a complaint log; its rows are imported and the missing column reported once.
  it("imports the rows of a sheet that has no column for a required date, reporting it once", () => {
    const r = importWorkbook([
      sheet(
        "投诉",
        [
          ["投诉内容", "处理状态"],
          ["柜台排队", "已解决"],
        ],
        []
      ),
    ]);
    expect(r.summary).toMatchObject({ sourceRows: 1, imported: 1, rejected: 0 });
    expect(r.issues.filter((i) => i.field === "receivedOn")).toEqual([
      expect.objectContaining({
        row: null,
        severity: "warning",
        code: "import.required-date-unmapped",
      }),
    ]);
  });

  it("fills an empty currency from the amount's header", () => {
    const r = importWorkbook([
      sheet("Assets", [
        ["Asset class", "Market Value (USD)", "Currency"],
        ["Fund", "1,000", null],
        ["Stock", "5", "HKD"],
      ]),
    ]);
    expect(r.records.Assets.map((a) => [a.marketValue, a.currency])).toEqual([
      [1000, "USD"],
      [5, "HKD"],
    ]);
  });

  it("reports title rows above the table instead of dropping them silently", () => {
    const r = importWorkbook([
      sheet("Clients", [["制表人：张三"], ["Name", "Phone"], ["Ann", "1"]]),
    ]);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ row: 1, value: "制表人：张三", severity: "info" })
    );
  });

  it("keeps an unmapped column as an extra column on sheets without notes", () => {
    const r = importWorkbook([
      sheet("商机", [
        ["潜在客户", "开发阶段", "Region"],
        ["甲", "3", "North"],
      ]),
    ]);
    expect(r.records.Pipeline[0]).toMatchObject({
      prospect: "甲",
      stage: "assess",
      Region: "North",
    });
  });

  it("imports an English client list from a real .xlsx with rich text and hyperlinks", async () => {
    const wb = new ExcelJS.Workbook();
    addSheet(wb, "Customers", [
      ["Customer list Q1"],
      ["Account Name", "E-mail", "Annual Revenue ($)", "Risk profile"],
      [
        { richText: [{ text: "Acme " }, { text: "Ltd", font: { bold: true } }] },
        { text: "a@acme.com", hyperlink: "mailto:a@acme.com" },
        "$1,200",
        "Balanced",
      ],
    ]);
    const r = importWorkbook(await readSourceWorkbook(await toBuffer(wb)));
    expect(r.records.Clients[0]).toMatchObject({
      name: "Acme Ltd",
      email: "a@acme.com",
      annualRevenue: 1200,
      riskProfile: "moderate",
    });
  });
});

describe("previewMapping", () => {
  it("shows each sheet's kind and column mapping with samples, without importing", async () => {
    const preview = previewMapping(await readSourceWorkbook(await threeLanguageWorkbook()));
    const clients = preview[0];
    expect(clients.registerSheet).toBe("Clients");
    const revenue = clients.columns.find((c) => c.field === "annualRevenue");
    expect(revenue).toMatchObject({
      letter: "H",
      header: "年通信消费（万元）",
      confidence: 1,
      unitMultiplier: 10000,
    });
    expect(revenue?.samples[0]).toBe("12.5");
  });
});
