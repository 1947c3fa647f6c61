/**
 * Headers that span two rows: a group word merged (or written once, blank to its right) over the
 * sub-headers of its columns. The two rows are one header: each column is named by both (存款 时点),
 * the sub-header row is never a data row, and the fields are read from the right row.
 */
import { detectTable } from "../../src/importer/detect-table";
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function rejectedRows(rows: SourceCell[][], merges: string[] = [], name = "台账") {
  const r = importWorkbook([sheet(name, rows, merges)]);
  return {
    result: r,
    rejected: r.issues.filter((i) => i.code === "import.row-rejected").map((i) => i.row),
  };
}

describe("two-row headers: group words over sub-headers", () => {
  it("reads a WPS ledger's merged groups over 时点 / 日均 and 1月…3月 as one header (简体)", () => {
    const rows: SourceCell[][] = [
      ["某支行 2025年上半年客户营销台账"],
      ["填报网点：城东支行", null, null, "统计截止：2025年6月30日", null, null, "单位：万元"],
      ["序号", "客户姓名", "联系电话", "存款(万元)", null, "金融资产(万元)", null, null, "备注"],
      [null, null, null, "时点", "日均", "1月", "2月", "3月", null],
      [1, "钱多多", "13800001111", 12.5, 11.2, 30.1, 31.2, 32.3, null],
      [2, "孙小美", "13800002222", 8.25, 7.5, 20, 21, 22, "有房贷"],
    ];
    const merges = ["A1:I1", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:H3", "I3:I4"];
    const t = detectTable(sheet("台账", rows, merges));
    expect(t?.headerRows).toEqual([3, 4]);
    expect(t?.firstDataRow).toBe(5);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "序号",
      "客户姓名",
      "联系电话",
      "存款(万元) 时点",
      "存款(万元) 日均",
      "金融资产(万元) 1月",
      "金融资产(万元) 2月",
      "金融资产(万元) 3月",
      "备注",
    ]);
    const { result, rejected } = rejectedRows(rows, merges);
    expect(rejected).toEqual([]);
    expect(result.mappings[0].headerRows).toEqual([3, 4]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["钱多多", "孙小美"]);
  });

  it("finds the same header when the groups are written once with no merge (LibreOffice, CSV)", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "存款(万元)", null, "客户经理", "理财(万元)", null],
      [null, "时点", "日均", null, "时点", "日均"],
      ["周一鸣", 100, 98.5, "王经理", 20, 21],
      ["吴二娘", 50.5, 49, "李经理", 0, 0],
    ];
    const t = detectTable(sheet("Sheet1", rows));
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "客户姓名",
      "存款(万元) 时点",
      "存款(万元) 日均",
      "客户经理",
      "理财(万元) 时点",
      "理财(万元) 日均",
    ]);
    const { result, rejected } = rejectedRows(rows);
    expect(rejected).toEqual([]);
    expect(result.records.Clients.map((c) => c.owner)).toEqual(["王经理", "李经理"]);
  });

  it("reads 繁體 groups above a full row of field headers (group row sparse, leaf row complete)", () => {
    const rows: SourceCell[][] = [
      ["客戶資料", null, null, "保單", null, null],
      ["要保人", "手機", "生日", "保單號碼", "險種名稱", "年繳保費"],
      ["林美華", "0912345678", "1980/05/06", "AB1234567", "終身壽險", 36000],
      ["陳志明", "0922333444", "1975/11/30", "CD7654321", "醫療險", 12000],
    ];
    const t = detectTable(sheet("保單", rows));
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "客戶資料 要保人",
      "客戶資料 手機",
      "客戶資料 生日",
      "保單 保單號碼",
      "保單 險種名稱",
      "保單 年繳保費",
    ]);
    // The column's own header is tried first when mapping.
    expect(t?.columns[3].candidates[0]).toBe("保單號碼");
  });

  it("reads English groups in another order: Policy over No. / Type, Deposits over Balance / Avg", () => {
    const rows: SourceCell[][] = [
      ["Deposits", null, "Client Name", "Policy", null, "Phone"],
      ["Balance", "Avg", null, "No.", "Type", null],
      [12000, 11500.5, "Harriet Vane", "PL-1001", "Term Life", "+44 20 7946 0001"],
      [800, 950, "Peter Wimsey", "PL-1002", "Home", "+44 20 7946 0002"],
    ];
    const t = detectTable(sheet("Book", rows));
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "Deposits Balance",
      "Deposits Avg",
      "Client Name",
      "Policy No.",
      "Policy Type",
      "Phone",
    ]);
    const { rejected } = rejectedRows(rows, [], "Book");
    expect(rejected).toEqual([]);
  });

  it("reads years written as numbers under a group (Revenue over 2023 | 2024 | 2025)", () => {
    const rows: SourceCell[][] = [
      ["Company", "Revenue (USD)", null, null, "Owner"],
      [null, 2023, 2024, 2025, null],
      ["Acme Widgets Ltd", 1000, 1200, 1500, "Jo"],
      ["Bolt & Nut Co", 300, 280, 310, "Sam"],
    ];
    const t = detectTable(sheet("Accounts", rows));
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "Company",
      "Revenue (USD) 2023",
      "Revenue (USD) 2024",
      "Revenue (USD) 2025",
      "Owner",
    ]);
  });

  it("names a note by group and period when the sub-header is a period or measure", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", "存款(万元)", null],
      [null, null, "时点", "日均"],
      ["赵大有", "13800003333", 10, 9],
      ["钱多多", "13800004444", 12, 11],
    ];
    const r = importWorkbook([sheet("客户", rows, ["A1:A2", "B1:B2", "C1:D1"])]);
    const notes = String(r.records.Clients[0].notes ?? "");
    expect(notes).toContain("存款(万元) 时点");
    expect(notes).toContain("存款(万元) 日均");
  });

  it("does not join a 'label：value' line above a one-row header", () => {
    const rows: SourceCell[][] = [
      ["填报网点：城东支行", null, null, "统计截止：2025年6月30日", null],
      ["客户姓名", "联系电话", "开户日期", "客户等级", "备注"],
      ["钱多多", "13800001111", "2020-01-02", "金卡", null],
      ["孙小美", "13800002222", "2021-03-04", "白金", null],
    ];
    expect(detectTable(sheet("Sheet1", rows))?.headerRows).toEqual([2]);
  });

  it("does not take a first row of short texts for sub-headers under a header with a blank column", () => {
    const rows: SourceCell[][] = [
      ["Name", "City", "Tier", null],
      ["Ann Lee", "Leeds", "Gold", "VIP"],
      ["Bob Ray", "York", "Silver", "new"],
      ["Cy Dee", "Bath", "Gold", null],
    ];
    expect(detectTable(sheet("Clients", rows))?.headerRows).toEqual([1]);
  });

  it("does not take a data row of words and numbers for sub-headers", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系人", null, "行业"],
      ["宁波海天机械有限公司", "张工", "总经理", "制造业"],
      ["杭州西湖茶业有限公司", "李总", "董事长", "农业"],
    ];
    expect(detectTable(sheet("Sheet1", rows))?.headerRows).toEqual([1]);
  });

  it("keeps a sub-header that only begins like a month or a measure as the column's own name", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Personal", null, "Policy", null],
      [null, "Marital Status", "Date of Birth", "No.", "Plan"],
      ["Harriet Vane", "Single", "1980-05-06", "PL-1001", "Term Life 20"],
      ["Peter Wimsey", "Married", "1975-11-30", "PL-1002", "Whole Life"],
    ];
    const t = detectTable(sheet("Book", rows));
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.columns[1].candidates[0]).toBe("Marital Status");
    expect(t?.columns[4].candidates[0]).toBe("Plan");
    expect(t?.columns[4].label).toBe("Plan");
  });
});

describe("a two-row header made by its merges alone", () => {
  // Every heading merged down over both rows but one group merged across, whose columns the lower
  // row heads with names no vocabulary holds (products, brands): the merges say it is one header.
  const cases: [string, SourceCell[][], string[], string[]][] = [
    [
      "English, product names under a group, long headings with units",
      [
        [
          "Team",
          "Rep",
          "Customer",
          "HCP",
          "Monthly patients (auto-calculated from CRM data)",
          "Competitor Tracking",
          null,
          null,
          "Action Plan",
        ],
        [null, null, null, null, null, "Alvexa", "Brontil", "Corvida", null],
        ["North", "J. Tan", "City Hospital", "Dr. Lim", 40, "yes", "no", "no", "visit monthly"],
      ],
      ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2", "F1:H1", "I1:I2"],
      ["Competitor Tracking Alvexa", "Competitor Tracking Brontil", "Competitor Tracking Corvida"],
    ],
    [
      "繁體, the group in the middle of the header",
      [
        ["客戶", "門市", "競品", null, "備註"],
        [null, null, "甲牌", "乙牌", null],
        ["晨光藥局", "台北", "有", "無", "每月拜訪"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
      ["競品 甲牌", "競品 乙牌"],
    ],
  ];

  it.each(cases)("reads both rows as the header (%s)", (_, rows, merges, grouped) => {
    const t = detectTable(sheet("Plan", rows, merges));
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.firstDataRow).toBe(3);
    for (const text of grouped) expect(t?.columns.map((c) => c.text)).toContain(text);
  });

  it("does not join a record under a header whose only merge is a title's", () => {
    const t = detectTable(
      sheet(
        "Plan",
        [
          ["客戶", "門市", "競品", "備註"],
          ["晨光藥局", "台北", "甲牌", "每月拜訪"],
          ["遠揚藥局", "台中", "乙牌", "季度拜訪"],
        ],
        ["A1:A1"]
      )
    );
    expect(t?.headerRows).toEqual([1]);
  });
});
