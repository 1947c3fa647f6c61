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
    "档口编号",
    "攤位編號",
    "铺位号",
    "Stall No",
    "Booth #",
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

describe("a market's stalls, numbered by the stall", () => {
  // A landlord's stall inventory: where each stall is, its area, whether it is let and the lease's
  // dates, a colleague following some up; no column names who rents it.
  const cases = [
    [
      "en",
      [
        "Building",
        "Floor",
        "Stall No",
        "Area",
        "Rent",
        "Service Charge",
        "Status",
        "Deposit",
        "Contract Notes",
        "Signed On",
        "Lease Start",
        "Lease End",
        "Let Area",
        "Vacant Area",
        "Followed Up By",
      ],
      ["Let", "Vacant", "Paid"],
      "Tenant",
    ],
    [
      "zh-CN",
      [
        "主体",
        "楼层",
        "档口编号",
        "合同出租面积",
        "招商租金单价",
        "管理费",
        "档口状态",
        "定金情况",
        "合同情况",
        "签合同日期",
        "合同起租日",
        "合同到期日",
        "已出租面积",
        "未出租面积",
        "跟进人员",
      ],
      ["已出租", "未出租", "已交定金"],
      "商户名称",
    ],
    [
      "zh-TW",
      [
        "主體",
        "樓層",
        "攤位編號",
        "合約出租面積",
        "招商租金單價",
        "管理費",
        "攤位狀態",
        "訂金情況",
        "合約情況",
        "簽約日期",
        "合約起租日",
        "合約到期日",
        "已出租面積",
        "未出租面積",
        "跟進人員",
      ],
      ["已出租", "未出租", "已交訂金"],
      "商戶名稱",
    ],
  ] as const;
  const stalls = (words: readonly string[], tenant?: (i: number) => string): SourceCell[][] =>
    Array.from({ length: 30 }, (_, i) => {
      const let_ = tenant !== undefined || i % 4 !== 0;
      const area = 40 + (i % 7) * 5;
      const day = (d: number, y = 2025) => (let_ ? `${y}-0${(i % 9) + 1}-0${d}` : "");
      return [
        "A",
        `${1 + (i % 3)}F`,
        `${1 + (i % 3)}-B${String(100 + i).padStart(3, "0")}`,
        area,
        "",
        "",
        let_ ? words[0] : words[1],
        let_ ? words[2] : "",
        "",
        day(1),
        day(5),
        day(4, 2026),
        let_ ? area : 0,
        let_ ? 0 : area,
        i % 3 === 0 ? "Cheng Duoli" : "",
        ...(tenant ? [tenant(i)] : []),
      ];
    });

  it.each(cases)(
    "an inventory naming no tenant makes no client of each stall (%s)",
    (_l, h, words) => {
      const r = importWorkbook([sheet("Stalls", [[...h], ...stalls(words)])]);
      expect(r.records.Clients).toHaveLength(0);
    }
  );

  it.each(cases)(
    "the tenants named beside the stalls are the clients (%s)",
    (lang, h, words, tenant) => {
      const firms = INVENTED_COMPANIES[lang].slice(0, 6);
      const rows = [[...h, tenant], ...stalls(words, (i) => firms[Math.floor(i / 5)])];
      const r = importWorkbook([sheet("Stalls", rows)]);
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
