/**
 * Structures a person meets in real workbooks around and inside a table, each read as a person
 * would: Excel's subtotal rows, signature lines, a header repeated in a second language, index
 * and scorecard sheets, transaction logs keyed by client number.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const NAMES = ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽"];

describe("subtotal and total rows", () => {
  it("a client list grouped by Excel's Subtotal command keeps its clients; the group totals are skipped", () => {
    const rows: SourceCell[][] = [
      ["Branch", "Client Name", "Balance"],
      ["North", "Acme Ltd", 100],
      ["North", "Bolt Inc", 50],
      ["North Total", null, 150],
      ["South", "Crane Co", 80],
      ["South", "Delta LLC", 20],
      ["South Total", null, 100],
      ["Grand Total", null, 250],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Acme Ltd",
      "Bolt Inc",
      "Crane Co",
      "Delta LLC",
    ]);
    expect(r.summary).toMatchObject({ imported: 4, skipped: 3, rejected: 0 });
  });

  it("reads 汇总 and 小计 after a group's name the same way (Chinese Excel's subtotals)", () => {
    const rows: SourceCell[][] = [
      ["支行", "客户名称", "存款余额（万元）"],
      ["城东支行", "甲科技有限公司", 100],
      ["城东支行", "乙贸易有限公司", 50],
      ["城东支行 汇总", null, 150],
      ["城西支行", "丙建材有限公司", 80],
      ["城西支行小计", null, 80],
      ["总计", null, 230],
    ];
    const r = importWorkbook([sheet("存款客户", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(3);
    expect(r.summary).toMatchObject({ imported: 3, skipped: 3, rejected: 0 });
  });

  it("a client named like a total word is still a client when its row holds no figure", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Phone"],
      ["Acme Ltd", "555-0101"],
      ["Fitness Total", "555-0102"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Acme Ltd", "Fitness Total"]);
  });
});

describe("lines around a table", () => {
  const clients = (): SourceCell[][] => [
    ["序号", "客户姓名", "手机", "地址", "资产（万元）"],
    ...NAMES.map((n, i) => [
      i + 1,
      n,
      `1380000${6100 + i}`,
      `北京市海淀区中关村大街${i + 1}号`,
      (i + 1) * 10,
    ]),
  ];

  it("a signature line under the table (制表人：… 审核：…) is a note, not a client", () => {
    const rows = [...clients(), [], ["制表人：张三", null, "审核：李四", null, "日期：2024-05-01"]];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients).toHaveLength(8);
    expect(r.summary).toMatchObject({ imported: 8, skipped: 1, rejected: 0 });
    expect(r.rows.find((row) => row.row === 11)?.outcome).toBe("skipped");
  });

  it("a second header row in another language under the header is part of the header", () => {
    const rows: SourceCell[][] = [
      ["Name", "Mobile", "Email", "Address"],
      ["姓名", "手机", "邮箱", "地址"],
      ...NAMES.slice(0, 6).map((n, i) => [
        n,
        `1380000${2100 + i}`,
        `c${i}@example.com`,
        `上海市浦东新区张江路${i + 1}号`,
      ]),
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    const m = r.mappings[0];
    expect(m.headerRows).toEqual([1, 2]);
    expect(m.columns.map((c) => c.field)).toEqual(["name", "phone", "email", "address"]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(NAMES.slice(0, 6));
    expect(r.summary).toMatchObject({ imported: 6, skipped: 0, rejected: 0 });
  });
});

describe("sheets that are about the workbook, not about clients", () => {
  const clientSheet = sheet(
    "工作表 1 - 客戶資料",
    [
      ["客戶資料"],
      ["客戶編號", "姓名", "性別", "電話", "地址"],
      ["C001", "王小明", "男", "0912-345-678", "台北市信義區松仁路1號"],
      ["C002", "陳美玲", "女", "0922-111-222", "台北市大安區敦化南路2號"],
      ["C003", "林志強", "男", "0933-222-333", "新北市板橋區文化路3號"],
      ["C004", "張雅婷", "女", "0955-333-444", "台中市西屯區台灣大道4號"],
    ],
    ["A1:E1"]
  );

  it("an export summary listing the workbook's sheets is an index, not clients", () => {
    const summary = sheet("Export Summary", [
      [
        "This document was exported from Numbers. Each table was converted to an Excel worksheet. All other objects on each Numbers sheet were placed on separate worksheets.",
      ],
      [],
      ["Numbers Sheet Name", "Numbers Table Name", "Excel Worksheet Name"],
      ["工作表 1", "客戶資料", "工作表 1 - 客戶資料"],
      ["工作表 1", "交易紀錄", "工作表 1 - 交易紀錄"],
    ]);
    const log = sheet("工作表 1 - 交易紀錄", [
      ["交易編號", "客戶編號", "金額"],
      ["T001", "C001", 500],
    ]);
    const r = importWorkbook([summary, clientSheet, log]);
    const index = r.mappings.filter((m) => m.sheet === "Export Summary");
    expect(index.map((m) => m.registerSheet)).toEqual(index.map(() => null));
    expect(index.some((m) => m.kind === "lookup")).toBe(true);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["王小明", "陳美玲", "林志強", "張雅婷"]);
  });

  it("a contents sheet naming the other sheets is an index, even when its words sound like clients", () => {
    const contents = sheet("Index", [
      ["KYC Pivot Analysis — Index"],
      [],
      ["Sheet", "Description"],
      ["Master_Data", "All clients with their KYC status"],
      ["Pivot_Risk", "Clients by risk rating"],
      ["Scorecard", "KPI scorecard"],
    ]);
    const master = sheet("Master_Data", [
      ["Client Name", "Phone", "Risk Rating"],
      ["Acme Ltd", "555-0101", "Low"],
      ["Bolt Inc", "555-0102", "High"],
      ["Crane Co", "555-0103", "Medium"],
    ]);
    const r = importWorkbook([
      contents,
      master,
      sheet("Pivot_Risk", [
        ["Row Labels", "Count of Client Name"],
        ["High", 1],
        ["Grand Total", 1],
      ]),
      sheet("Scorecard", [["x"]]),
    ]);
    expect(r.mappings.filter((m) => m.sheet === "Index").map((m) => m.registerSheet)).toEqual(
      r.mappings.filter((m) => m.sheet === "Index").map(() => null)
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Acme Ltd", "Bolt Inc", "Crane Co"]);
  });

  it("a scorecard of metrics, values and targets is a summary, not policies or clients", () => {
    const card = sheet("Sheet3", [
      ["KYC Compliance Scorecard"],
      [],
      ["Metric", "Value", "Target", "Status"],
      ["Total Clients", 12, null, null],
      ["KYC Complete %", "85%", "95%", "Below target"],
      ["Overdue Reviews", 3, 0, "Action needed"],
      ["High Risk Clients", 4, null, "Monitor"],
      ["PEP Clients", 1, null, "Monitor"],
    ]);
    const r = importWorkbook([card]);
    expect(r.mappings.map((m) => m.registerSheet)).toEqual(r.mappings.map(() => null));
    expect(r.summary.imported).toBe(0);
    expect(r.summary.rejected).toBe(0);
  });

  it("a log of transactions keyed by client number, with dates and amounts, is not a client list", () => {
    const log: SourceCell[][] = [["交易紀錄"], ["交易編號", "客戶編號", "日期", "金額", "類型"]];
    const kinds = ["存款", "提款", "轉帳"];
    for (let i = 0; i < 12; i++)
      log.push([
        `T${String(i + 1).padStart(3, "0")}`,
        `C00${(i % 4) + 1}`,
        new Date(Date.UTC(2024, 0, i + 5)),
        (i + 1) * 500,
        kinds[i % 3],
      ]);
    const r = importWorkbook([clientSheet, sheet("工作表 1 - 交易紀錄", log, ["A1:E1"])]);
    const m = r.mappings.find((s) => s.sheet === "工作表 1 - 交易紀錄");
    expect(m?.registerSheet).toBeNull();
    expect(m?.kind).toBe("transactions");
    expect(r.records.Clients).toHaveLength(4);
    expect(r.summary.rejected).toBe(0);
  });
});

describe("a note written beside the table", () => {
  const rows = (): SourceCell[][] => {
    const out: SourceCell[][] = [["客戶姓名", "手機", "通訊地址", "備註"]];
    NAMES.forEach((n, i) =>
      out.push([
        n,
        `0912-000-10${i}`,
        `台北市大安區敦化南路二段${i + 1}號`,
        i === 0 ? "穩健" : null,
      ])
    );
    // Two empty columns, then a remark on the first two clients' rows (R4:R5 in a banker's book).
    out[1].push(null, null, "備忘：王伟、李娜 同屬宏遠紡織");
    out[2].push(null, null, "张敏 明年初退休");
    return out;
  };

  it("is a note on the sheet: no client's notes hold it, and it is reported once with its words", () => {
    const r = importWorkbook([sheet("客戶", rows())]);
    expect(r.records.Clients).toHaveLength(8);
    for (const c of r.records.Clients) expect(String(c.notes ?? "")).not.toMatch(/備忘|退休/);
    expect(r.records.Clients[0].notes).toBe("穩健");
    const notes = r.issues.filter((i) => i.code === "import.side-note");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", params: { range: "G2:G3" } });
    expect(notes[0].value).toContain("備忘：王伟、李娜 同屬宏遠紡織");
    expect(notes[0].value).toContain("张敏 明年初退休");
    expect(r.mappings[0].columns.map((c) => c.letter)).toEqual(["A", "B", "C", "D"]);
    // The note's rows are the clients' rows: each is accounted once, by the table.
    expect(r.rows.filter((row) => row.table === "G2:G3")).toEqual([]);
    expect(r.summary).toMatchObject({ sourceRows: 8, imported: 8, skipped: 0 });
  });

  it("a column without a header that runs down the table's rows is still one of its columns", () => {
    const full = rows().map((row, i) =>
      i === 0 ? row : [...row.slice(0, 4), null, null, `L${i}`]
    );
    const r = importWorkbook([sheet("客戶", full)]);
    expect(r.mappings).toHaveLength(1);
    expect(r.records.Clients[1].notes).toContain("L2");
  });
});

describe("a section's subtotal in the name column", () => {
  it("对公小计 under the company clients is a total row even when its sum was never calculated", () => {
    const rows: SourceCell[][] = [
      ["序号", "客户名称", "类型", "手机", "存款（万元）"],
      ["一、对公客户"],
      [1, "杭州恒瑞精密机械有限公司", "对公", "13805711234", 120],
      [2, "杭州云帆物流有限公司", "对公", "13805711235", 80],
      // =SUM(E3:E4) written by a script without a cached value: the reader sees nothing there.
      [null, "对公小计"],
      ["二、零售客户"],
      [3, "张丽华", "零售", "13900001111", 12],
      [null, "零售小计", null, null, 12],
      [null, "合计", null, null, 212],
    ];
    const r = importWorkbook([sheet("客户名单", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "杭州恒瑞精密机械有限公司",
      "杭州云帆物流有限公司",
      "张丽华",
    ]);
    expect(r.summary.rejected).toBe(0);
  });
});

describe("a sheet kept in Google Sheets", () => {
  it("a column headed in the header row between empty columns is one of the table's columns", () => {
    const header: SourceCell[] = ["電話", "姓名", null, "userid", null, "id", null, null, "時間"];
    const rows: SourceCell[][] = [["日期：2026/03/10 11:28:57"], header];
    NAMES.forEach((n, i) =>
      rows.push([
        `0900${String(100000 + i)}`,
        n,
        null,
        `U${String(i).repeat(8)}`,
        null,
        `ANG06${10 + i}`,
        null,
        null,
        new Date(Date.UTC(2026, 1, 11 + i)),
      ])
    );
    const r = importWorkbook([sheet("Main_member", rows)]);
    expect(r.mappings).toHaveLength(1);
    expect(r.mappings[0].headerRows).toEqual([2]);
    expect(r.mappings[0].columns.map((c) => c.letter)).toEqual(
      expect.arrayContaining(["A", "B", "D", "F", "I"])
    );
    expect(r.records.Clients).toHaveLength(8);
    expect(r.records.Assets).toHaveLength(0);
    expect(r.records.Clients[0]).toMatchObject({ name: NAMES[0], clientId: "ANG0610" });
  });

  it("a settings sheet of keys and values is not register data, whatever its words", () => {
    const rows: SourceCell[][] = [
      ["key", "value", "note"],
      ["member_id_prefix", "ANG", "會員編號前綴"],
      ["default_level", "normal", "預設會員等級"],
      ["default_status", "active", "預設會員狀態"],
      ["line_only_source", "line_only", "只有 LINE 的會員來源值"],
      ["pos_source", "pos", "POS 會員來源值"],
    ];
    const r = importWorkbook([sheet("系統設定", rows)]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "lookup" });
    expect(r.summary.imported).toBe(0);
  });
});
