/**
 * A header naming a thing's number or name (a device's, an order's, a contract's) is never the
 * client's, whatever its values: the thing is the header's last word, or its last but the word for
 * number or name, in 简体, 繁體 or English.
 */
import { importWorkbook } from "../../src/importer";
import { namesAThing } from "../../src/importer/value-subject";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, sheet } from "./helpers";

describe("a header naming a thing's number or name", () => {
  it.each([
    "设备号",
    "機上盒編號",
    "Order No",
    "合同名称",
    "Policy Number",
    "invoice_id",
    "SKU",
    "Quote No",
    "quotation_id",
    "报价单编号",
    "報價單編號",
    "工單號碼",
    "Vehicle No.",
    "車輛編號",
    "Loan_ID",
    "Application No",
    "借據號",
    "理赔编号",
    "运单号",
    "Container #",
  ])("%s names a thing", (header) => expect(namesAThing(header)).toBe(true));

  it.each(["客户编号", "Policyholder", "Member No", "姓名", "Customer Name", "編號"])(
    "%s names no thing",
    (header) => expect(namesAThing(header)).toBe(false)
  );
});

describe("a transport log's vehicle numbers", () => {
  it.each([
    ["en", ["Trip Date", "Customer Name", "Vehicle No.", "Charges"]],
    ["zh-CN", ["日期", "客户名称", "车辆编号", "运费"]],
    ["zh-TW", ["日期", "客戶名稱", "車輛編號", "運費"]],
  ] as const)(
    "number the trucks, not the clients: one client per customer (%s)",
    (lang, header) => {
      const firms = INVENTED_COMPANIES[lang].slice(0, 4);
      const rows: SourceCell[][] = [[...header]];
      for (let i = 0; i < 30; i++)
        rows.push([
          `2026-04-${String((i % 28) + 1).padStart(2, "0")}`,
          firms[(i * 3) % 4],
          `MH${10 + (i % 40)}AB${4100 + i * 7}`,
          19000 + (i % 6) * 1500,
        ]);
      const r = importWorkbook([sheet("Trips", rows)]);
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...firms].sort());
    }
  );
});

describe("anonymous applications keyed by the loan's number", () => {
  it.each([
    [
      "en",
      ["Loan_ID", "Gender", "Married", "County", "ApplicantIncome", "LoanAmount", "Loan_Status"],
    ],
    ["zh-CN", ["贷款编号", "性别", "婚否", "县", "申请人收入", "贷款金额", "审批结果"]],
    ["zh-TW", ["貸款編號", "性別", "婚否", "縣", "申請人收入", "貸款金額", "審批結果"]],
  ] as const)("make no client of each loan (%s)", (_lang, header) => {
    const places = ["Mombasa", "Kiambu", "Nakuru", "Kisumu"];
    const rows: SourceCell[][] = [[...header]];
    for (let i = 0; i < 30; i++)
      rows.push([
        `LP00${1002 + i * 7}`,
        i % 3 ? "Male" : "Female",
        i % 2 ? "Yes" : "No",
        places[i % 4],
        3000 + i * 137,
        80 + (i % 9) * 10,
        i % 4 ? "Y" : "N",
      ]);
    const r = importWorkbook([sheet("in", rows)]);
    expect(r.records.Clients).toHaveLength(0);
  });
});
