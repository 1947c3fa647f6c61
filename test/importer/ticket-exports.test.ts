/**
 * Help-desk, complaint and service-ticket exports read as a person reads an event log: the date the
 * ticket was created or the service given is the event's own, while updated, due, solved and typed-in
 * dates are bookkeeping; a ticket's bare id is its own number; a fault's symptom is the complaint's
 * text, its located cause the root cause, its fix the corrective action; 是否解决 | 是 / 否 is the
 * status. A log of services given at client sites (服务单, 报修, 上门, Work Order, Technician) with
 * no complaint word is the client's contact history (Visits), the client's company its client and
 * the person there an attendee. Invented books in English, 简体 and 繁體, from several producers.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet, preferVisitsForServiceCalls } from "../../src/importer/classify-sheet";
import { leadingShortYearIn, parseDate } from "../../src/importer/normalize";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import type { RegisterRecord } from "../../src/register/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const ORGS = [
  "Northwind Traders",
  "Contoso Ltd",
  "Fabrikam Inc",
  "Tailspin Toys",
  "Adatum Corp",
  "Litware Inc",
  "Proseware LLC",
  "Wingtip Supply",
];
const PEOPLE = INVENTED_PEOPLE.en;
const AGENTS = [
  "Sam Ortiz",
  "Kim Yu",
  "Lee Park",
  "Sam Ortiz",
  "Kim Yu",
  "Lee Park",
  "Sam Ortiz",
  "Kim Yu",
];
const SUBJECTS = [
  "Login fails after reset",
  "Invoice shows wrong tax",
  "Export to PDF hangs",
  "Cannot add new user",
  "Report totals off by one",
  "Password email never arrives",
  "Dashboard loads slowly",
  "Duplicate charges on card",
];
const day = (n: number) => String(n).padStart(2, "0");

function columnsOf(result: ReturnType<typeof importWorkbook>, index = 0) {
  return Object.fromEntries(result.mappings[index].columns.map((c) => [c.header, c.field]));
}

function byId(records: RegisterRecord[], key: string, id: string): RegisterRecord {
  const found = records.find((r) => r[key] === id);
  if (!found) throw new Error(`no record ${key}=${id}`);
  return found;
}

describe("a help desk's dates: created is received, updated/due/solved are bookkeeping", () => {
  // A Zendesk-style export: Title Case headers, date-times.
  const zendesk: SourceCell[][] = [
    [
      "Ticket ID",
      "Subject",
      "Requester",
      "Organization",
      "Status",
      "Priority",
      "Channel",
      "Assignee",
      "Updated at",
      "Due date",
      "Created at",
      "Solved at",
      "Description",
    ],
    ...ORGS.map((org, i) => [
      String(4101 + i * 7),
      SUBJECTS[i],
      PEOPLE[i],
      org,
      i % 3 ? "Solved" : "Open",
      ["Low", "Normal", "High", "Urgent"][i % 4],
      i % 2 ? "Email" : "Web",
      AGENTS[i],
      `2025-04-${day(10 + i)} 16:05`,
      `2025-03-${day(20 + i)}`,
      `2025-03-${day(3 + i)} 09:15`,
      i % 3 ? `2025-03-${day(13 + i)} 11:00` : "",
      `Hello, ${SUBJECTS[i].toLowerCase()} since Monday.`,
    ]),
  ];

  it("maps Created at to the received date and leaves Updated at and Due date out of it", () => {
    const r = importWorkbook([sheet("Tickets", zendesk)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    const cols = columnsOf(r);
    expect(cols["Ticket ID"]).toBe("complaintId");
    expect(cols["Created at"]).toBe("receivedOn");
    expect(cols["Solved at"]).toBe("resolvedOn");
    expect(cols["Updated at"]).toBeNull();
    expect(cols["Due date"]).not.toBe("receivedOn");
    const first = byId(r.records.Complaints, "complaintId", "4101");
    expect(first.receivedOn).toBe("2025-03-03");
    const second = byId(r.records.Complaints, "complaintId", "4108");
    expect(second.receivedOn).toBe("2025-03-04");
    expect(second.resolvedOn).toBe("2025-03-14");
  });

  // A Freshdesk API dump: snake_case, the ticket's own number under a bare "id", ISO date-times.
  const freshdesk: SourceCell[][] = [
    [
      "group_id",
      "priority",
      "company_id",
      "subject",
      "id",
      "type",
      "due_by",
      "fr_due_by",
      "description_text",
      "created_at",
      "updated_at",
    ],
    ...ORGS.map((_, i) => [
      "67000578163",
      String(1 + (i % 4)),
      String(67001992000 + (i % 5) * 17),
      SUBJECTS[i],
      String(52011 + i * 13),
      i % 2 ? "Incident" : "Question",
      `2025-03-${day(16 + i)}T08:10:21Z`,
      `2025-03-${day(13 + i)}T10:10:21Z`,
      `Please help: ${SUBJECTS[i].toLowerCase()}.`,
      `2025-03-${day(13 + i)}T08:10:21Z`,
      `2025-04-${day(10 + i)}T12:46:11Z`,
    ]),
  ];

  it("reads a bare id as the ticket's own number, never the client's, and created_at as received", () => {
    const r = importWorkbook([sheet("Sheet1", freshdesk)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    const cols = columnsOf(r);
    expect(cols.id).toBe("complaintId");
    expect(cols.created_at).toBe("receivedOn");
    expect(cols.updated_at).toBeNull();
    expect(cols.due_by).not.toBe("receivedOn");
    expect(cols.fr_due_by).not.toBe("receivedOn");
    expect(cols.description_text).toBe("description");
    const ticket = byId(r.records.Complaints, "complaintId", "52024");
    expect(ticket.receivedOn).toBe("2025-03-14");
    expect(ticket.clientId).toBe("67001992017");
  });

  // A Jira service-desk export: one-word date headers, the issue key, a resolution's notes.
  const jira: SourceCell[][] = [
    [
      "Issue key",
      "Summary",
      "Customer",
      "Assignee",
      "Priority",
      "Status",
      "Updated",
      "Created",
      "Resolved",
      "Root Cause",
      "Resolution Notes",
    ],
    ...ORGS.map((org, i) => [
      `SUP-${120 + i}`,
      SUBJECTS[i],
      org,
      AGENTS[i],
      ["Minor", "Major", "Critical", "Minor"][i % 4],
      i % 2 ? "Done" : "In Progress",
      `2025-04-${day(12 + i)}`,
      `2025-03-${day(13 + i)}`,
      i % 2 ? `2025-03-${day(20 + i)}` : "",
      ["Config error", "Software bug", "User error", "Network"][i % 4],
      i % 2 ? "Patched the tax table and re-issued the invoice" : "",
    ]),
  ];

  it("never takes Updated for the received date; Created is it", () => {
    const r = importWorkbook([sheet("Issues", jira)]);
    const cols = columnsOf(r);
    expect(cols["Issue key"]).toBe("complaintId");
    expect(cols.Created).toBe("receivedOn");
    expect(cols.Updated).toBeNull();
    expect(cols.Resolved).toBe("resolvedOn");
    expect(cols["Root Cause"]).toBe("rootCause");
    expect(cols["Resolution Notes"]).toBe("correctiveAction");
    expect(byId(r.records.Complaints, "complaintId", "SUP-121").receivedOn).toBe("2025-03-14");
  });
});

describe("a telecom's fault tickets (简体): symptom, cause, fix and a yes/no status", () => {
  const rows: SourceCell[][] = [
    [
      "工单编号",
      "地市",
      "用户号码",
      "故障地址",
      "故障现象",
      "问题定位",
      "处理结果",
      "是否解决",
      "要求完成时间",
      "最后修改时间",
    ],
    ...Array.from({ length: 8 }, (_, i) => [
      `GD2025031${i}0${i}${i}`,
      ["杭州", "宁波", "温州", "金华"][i % 4],
      `1390571${1000 + i * 37}`,
      `${["西湖区文三路", "鄞州区中山路", "鹿城区人民路", "婺城区八一街"][i % 4]}${10 + i}号`,
      ["室内信号弱", "无法接通", "上网慢", "通话断续"][i % 4],
      ["覆盖不足", "基站故障", "用户终端", "参数设置"][i % 4],
      ["已调整天线方位角", "更换基站板卡", "建议更换手机", "优化切换参数"][i % 4],
      i % 3 ? "是" : "否",
      `2025-04-${day(1 + i)}`,
      `2025-05-${day(2 + i)} 10:00:00`,
    ]),
  ];

  it("maps the ticket's columns by what they say about the fault", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    const cols = columnsOf(r);
    expect(cols["工单编号"]).toBe("complaintId");
    expect(cols["用户号码"]).toBe("clientId");
    expect(cols["故障现象"]).toBe("description");
    expect(cols["问题定位"]).toBe("rootCause");
    expect(cols["处理结果"]).toBe("correctiveAction");
    expect(cols["是否解决"]).toBe("status");
    // A required-by day is a plan, never the day the fault was resolved; the last edit is nobody's.
    expect(cols["要求完成时间"]).not.toBe("resolvedOn");
    expect(cols["最后修改时间"]).toBeNull();
  });

  it("reads 是 as resolved and 否 as still open, and keeps the subscriber's number as the client's", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const open = byId(r.records.Complaints, "complaintId", "GD20250310000");
    const done = byId(r.records.Complaints, "complaintId", "GD20250311011");
    expect(open.status).toBe("open");
    expect(done.status).toBe("resolved");
    expect(done.clientId).toBe("13905711037");
    expect(done.rootCause).toBe("基站故障");
  });
});

describe("a complaint investigation log (繁體): assigned engineer, true cause and countermeasure", () => {
  const rows: SourceCell[][] = [
    [
      "客訴單號",
      "立案日期",
      "客戶名稱",
      "指派人員",
      "異常類別",
      "問題描述",
      "真因分析",
      "改善對策",
      "結案日期",
      "狀態",
      "更新時間",
    ],
    ...Array.from({ length: 8 }, (_, i) => [
      `QC2503${10 + i}-00${(i % 3) + 1}`,
      `2025/3/${3 + i}`,
      ["宏遠電子股份有限公司", "華新精密有限公司", "台灣光學股份有限公司", "聯和科技有限公司"][
        i % 4
      ],
      ["陳志明", "林美玲", "王建國", "陳志明"][i % 4],
      ["部品異常", "組裝異常", "設計缺失", "部品異常"][i % 4],
      ["馬達異音", "螺絲鬆脫", "外殼刮傷", "電源無法開啟"][i % 4],
      ["來料不良", "作業疏失", "設計公差", "來料不良"][i % 4],
      ["更換備品", "加強教育訓練", "修改圖面", "要求供應商改善"][i % 4],
      i % 2 ? `2025/4/${5 + i}` : "",
      i % 2 ? "結案" : "處理中",
      `2025/5/${1 + i}`,
    ]),
  ];

  it("maps owner, category, root cause and corrective action; the update time stays out", () => {
    const r = importWorkbook([sheet("客訴紀錄", rows)]);
    const cols = columnsOf(r);
    expect(cols["客訴單號"]).toBe("complaintId");
    expect(cols["立案日期"]).toBe("receivedOn");
    expect(cols["指派人員"]).toBe("owner");
    expect(cols["異常類別"]).toBe("category");
    expect(cols["真因分析"]).toBe("rootCause");
    expect(cols["改善對策"]).toBe("correctiveAction");
    expect(cols["更新時間"]).toBeNull();
    const c = byId(r.records.Complaints, "complaintId", "QC250311-002");
    expect(c).toMatchObject({ receivedOn: "2025-03-04", rootCause: "作業疏失", owner: "林美玲" });
  });
});

describe("a log of services at client sites is Visits", () => {
  // A Taiwanese dispatch system: year-first two-digit dates, zero time limits, typed-in times.
  const tw: SourceCell[][] = [
    [
      "服務單號",
      "客戶公司名稱",
      "客戶編號",
      "客戶姓名",
      "工程師",
      "報修時間",
      "服務型式",
      "到場時限",
      "完成時限",
      "服務內容",
      "後續追蹤事項",
      "案件建立時間",
      "案件修改時間",
    ],
    ...Array.from({ length: 8 }, (_, i) => [
      String(61900 - i * 11),
      "台灣數聯電信股份有限公司",
      "760512",
      ["許秀涵", "施明建", "李承柏", "黃雅婷"][i % 4],
      ["葉志豪", "林家宏"][i % 2],
      `18-10-${day(20 - i)} 14:00:00`,
      ["到場", "遠端", "e-mail"][i % 3],
      0,
      0,
      ["資料庫健檢", "系統升級支援", "效能調校", "備份還原演練"][i % 4],
      i % 2 ? "下季再安排健檢" : "",
      `18-10-${day(19 - i)} 10:00:00`,
      `18-10-${day(22 - i)} 18:00:00`,
    ]),
  ];

  it("reads the service book as visits to the client company, not as a transaction log", () => {
    const r = importWorkbook([sheet("Sheet1", tw)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    const cols = columnsOf(r);
    expect(cols["報修時間"]).toBe("visitOn");
    expect(cols["服務型式"]).toBe("method");
    expect(cols["客戶公司名稱"]).toBe("clientName");
    expect(cols["客戶姓名"]).toBe("attendees");
    expect(cols["案件建立時間"]).toBeNull();
    expect(cols["案件修改時間"]).toBeNull();
    expect(r.records.Visits).toHaveLength(8);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["台灣數聯電信股份有限公司"]);
    const first = r.records.Visits[0];
    expect(first).toMatchObject({ visitOn: "2018-10-20", method: "visit" });
    expect(String(first.attendees)).toContain("許秀涵");
    expect(String(first.attendees)).toContain("葉志豪");
  });

  it("says once why the service book was read as visits, and how to read it as complaints", () => {
    const r = importWorkbook([sheet("Sheet1", tw)]);
    const said = r.issues.filter((i) => i.code === "import.service-calls-as-visits");
    expect(said).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(said[0].code ?? "", said[0].params ?? {}, lang) ?? "";
      expect(text).toContain("報修");
      // The sheet in the reader's language: --map takes a sheet's label as well as its key.
      const complaints = { en: "Complaints", "zh-CN": "客户投诉", "zh-TW": "客訴" }[lang];
      expect(text).toContain(`--map "Sheet1!*=${complaints}"`);
      expect(text).not.toContain("import.");
    }
  });

  it("says once why the two-digit years were read first, in every language", () => {
    const r = importWorkbook([sheet("Sheet1", tw)]);
    const said = r.issues.find((i) => i.code === "value.short-years-first");
    expect(said).toBeDefined();
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(said?.code ?? "", said?.params ?? {}, lang) ?? "";
      expect(text).toContain("18-10-20 14:00:00");
      expect(text).not.toContain("value.");
    }
  });

  const cn: SourceCell[][] = [
    [
      "服务单号",
      "客户名称",
      "联系人",
      "服务日期",
      "服务方式",
      "服务工程师",
      "服务内容",
      "费用",
      "创建时间",
      "更新时间",
    ],
    ...Array.from({ length: 8 }, (_, i) => [
      `FW2503${String(i).padStart(3, "0")}`,
      ["华东机械有限公司", "南方电气股份有限公司", "北辰物流有限公司"][i % 3],
      ["张伟", "李娜", "王强"][i % 3],
      `2025-03-${day(3 + i)}`,
      ["上门", "远程", "电话"][i % 3],
      ["刘洋", "赵磊"][i % 2],
      ["设备保养", "故障排查", "安装调试", "巡检"][i % 4],
      "0",
      `2025-03-${day(1 + i)} 09:00`,
      `2025-03-${day(9 + i)} 17:30`,
    ]),
  ];

  it("a 简体 on-site service book: the service date, not the record's created or updated time", () => {
    const r = importWorkbook([sheet("上门服务", cn)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    const cols = columnsOf(r);
    expect(cols["服务日期"]).toBe("visitOn");
    expect(cols["创建时间"]).toBeNull();
    expect(cols["更新时间"]).toBeNull();
    expect(cols["服务工程师"]).toBe("attendees");
    expect(r.records.Visits.map((v) => v.method)).toEqual([
      "visit",
      "phone",
      "phone",
      "visit",
      "phone",
      "phone",
      "visit",
      "phone",
    ]);
    expect(r.records.Visits[1]).toMatchObject({ visitOn: "2025-03-04", keyPoints: "故障排查" });
  });

  const en: SourceCell[][] = [
    [
      "Work Order",
      "Account",
      "Site Contact",
      "Technician",
      "Visit Date",
      "Service Type",
      "Work Performed",
      "Follow-up",
      "Created On",
      "Modified On",
    ],
    ...ORGS.map((org, i) => [
      `WO-${7700 + i}`,
      org,
      PEOPLE[i],
      AGENTS[i],
      `2025-03-${day(3 + i)}`,
      ["On-site", "Remote", "Phone"][i % 3],
      ["Preventive maintenance", "Replaced pump seal", "Firmware update", "Calibration"][i % 4],
      i % 2 ? "Return in June" : "",
      `2025-02-${day(13 + i)}`,
      `2025-03-${day(20 + i)}`,
    ]),
  ];

  it("an English field-service export: visits on the visit date with our technician and their contact", () => {
    const r = importWorkbook([sheet("Field Service", en)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    const cols = columnsOf(r);
    expect(cols["Visit Date"]).toBe("visitOn");
    expect(cols["Created On"]).toBeNull();
    expect(cols["Modified On"]).toBeNull();
    expect(cols["Work Performed"]).toBe("keyPoints");
    const visit = r.records.Visits[3];
    expect(visit).toMatchObject({ visitOn: "2025-03-06", method: "visit" });
    expect(String(visit.attendees)).toContain("Lena Fischer");
    expect(String(visit.attendees)).toContain("Sam Ortiz");
  });

  it("with a complaint word the same shape stays a complaint log (faults the client reported)", () => {
    const headers = ["投诉单号", "客户名称", "报修时间", "上门工程师", "服务方式", "投诉内容"];
    const classification = classifySheet("Sheet1", headers);
    expect(classification.key).toBe("Complaints");
    expect(preferVisitsForServiceCalls(classification, headers, ["Sheet1"]).key).toBe("Complaints");
  });

  it("a customer × service-role matrix of last-visit dates has no service date: no visit log", () => {
    const headers = [
      "",
      "Customer",
      "Territory",
      "Area Service Manager",
      "Service Engineer",
      "Sr. Service Engineer",
      "Sales Executive",
    ];
    const rows: SourceCell[][] = [
      headers,
      ...ORGS.map((org, i) => [
        i,
        org,
        ["Goa", "Karnataka", "Telangana", "Mumbai"][i % 4],
        "No Visits",
        i % 3 ? "No Visits" : `2023-0${1 + (i % 8)}-24`,
        "No Visits",
        i % 2 ? "No Visits" : "2023-06-24",
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).not.toBe("Visits");
    expect(r.records.Visits).toHaveLength(0);
  });
});

describe("two-digit years written first", () => {
  it("reads yy-mm-dd when the first two digits stay and the last run through the days", () => {
    const values = [
      "18-10-17 14:00:00",
      "18-10-11 15:31:50",
      "18-09-07 21:18:28",
      "18-05-20",
      "18-03-13 09:00:00",
    ];
    expect(leadingShortYearIn(values)).toBe("18-10-17 14:00:00");
    expect(parseDate("18-10-17 14:00:00", { shortYearFirst: true })).toEqual({
      ok: true,
      value: "2018-10-17",
    });
  });

  it("leaves dd-mm-yy (the last part stays) and mixed columns alone", () => {
    expect(
      leadingShortYearIn(["17-10-18", "11-10-18", "07-09-18", "20-05-18", "13-03-18"])
    ).toBeNull();
    expect(
      leadingShortYearIn(["18-10-17", "2018-10-11", "18-09-07", "18-05-20", "18-03-13"])
    ).toBeNull();
    expect(parseDate("18-10-17")).toMatchObject({ ok: false });
  });
});

describe("a service book's cancelled calls and twin texts", () => {
  function book(headers: string[], cancelWords: string[], purposes: [string, string][]) {
    return [
      headers,
      ...purposes.map(([problem, purpose], i) => [
        `2025-05-${day(2 + i)}`,
        ["Harbor Logistics Ltd", "Delta Foods Inc"][i % 2],
        ["Ana Ruiz", "Ben Cole"][i % 2],
        problem,
        purpose,
        i === 1 || i === 4 ? cancelWords[i % cancelWords.length] : "",
      ]),
    ];
  }
  const purposes: [string, string][] = [
    ["Health check", "Health check"],
    ["Upgrade support", "Upgrade support"],
    ["Backup restore drill", "Backup restore drill"],
    ["", "Move the database to the new host"],
    ["Slow queries", "Slow queries"],
    ["Index rebuild", ""],
    ["Test run of the new release", "Test run of the new release"],
  ];

  it.each([
    [
      "en",
      [
        "Visit Date",
        "Account",
        "Technician",
        "Problem Description",
        "Purpose of Service",
        "Cancellation Reason",
      ],
      ["customer postponed", "duplicate call"],
    ],
    [
      "简体",
      ["服务日期", "客户名称", "服务工程师", "问题描述", "服务目的或问题现象", "取消原因"],
      ["客户改期", "重复报修"],
    ],
    [
      "繁體",
      [
        "服務日期",
        "客戶名稱",
        "服務工程師",
        "問題描述",
        "服務之目的或問題徵候之描述",
        "取消報修原因",
      ],
      ["客戶改期", "重複報修"],
    ],
  ])(
    "%s: a call cancelled with a reason is no visit; the twin purpose columns read as one",
    (_, headers, cancel) => {
      const r = importWorkbook([sheet("Service Calls", book(headers, cancel, purposes))]);
      expect(r.mappings[0].registerSheet).toBe("Visits");
      expect(r.records.Visits).toHaveLength(5);
      const skipped = r.issues.filter(
        (i) => i.code === "import.row-skipped" && i.params?.reason === "reason.cancelled"
      );
      expect(skipped.map((i) => i.row)).toEqual([3, 6]);
      // The reason reads in the user's language, never as its key.
      const said = (["en", "zh-CN", "zh-TW"] as const).map((lang) =>
        renderMessage("reason.cancelled", {}, lang)
      );
      expect(said[0]).toContain("cancelled visit");
      expect(said[1]).toContain("已取消的拜访");
      expect(said[2]).toContain("已取消的拜訪");
      for (const text of said) expect(text).not.toContain("reason.");
      const purposesRead = r.records.Visits.map((v) => v.purpose);
      // Written in one column only, either one: still the visit's purpose; written in both: once.
      expect(purposesRead).toEqual([
        "Health check",
        "Backup restore drill",
        "Move the database to the new host",
        "Index rebuild",
        "Test run of the new release",
      ]);
    }
  );
});

describe("more ticket systems: ServiceNow, a 简体 工单 export, a 繁體 案件 export", () => {
  it("ServiceNow: Number, Opened, Close notes; Updated stays out", () => {
    const rows: SourceCell[][] = [
      [
        "Number",
        "Opened",
        "Short description",
        "Company",
        "Priority",
        "State",
        "Assigned to",
        "Updated",
        "Resolved",
        "Close notes",
      ],
      ...ORGS.map((org, i) => [
        `INC00${1040 + i}`,
        `2025-03-${day(13 + i)} 08:00:00`,
        SUBJECTS[i],
        org,
        ["1 - Critical", "2 - High", "3 - Moderate", "4 - Low"][i % 4],
        i % 2 ? "Resolved" : "In Progress",
        AGENTS[i],
        `2025-04-${day(13 + i)} 09:00:00`,
        i % 2 ? `2025-03-${day(20 + i)} 10:00:00` : "",
        i % 2 ? "Reset the user profile and cleared the cache" : "",
      ]),
    ];
    const r = importWorkbook([sheet("incident", rows)]);
    const cols = columnsOf(r);
    expect(cols).toMatchObject({
      Number: "complaintId",
      Opened: "receivedOn",
      Resolved: "resolvedOn",
      "Close notes": "correctiveAction",
      Updated: null,
    });
    expect(byId(r.records.Complaints, "complaintId", "INC001041")).toMatchObject({
      receivedOn: "2025-03-14",
      resolvedOn: "2025-03-21",
      status: "resolved",
    });
  });

  it.each([
    [
      "简体",
      [
        "工单号",
        "创建时间",
        "更新时间",
        "工单状态",
        "处理人",
        "客户名称",
        "问题描述",
        "处理结果",
        "完成时间",
      ],
      ["华东机械有限公司", "南方电气股份有限公司"],
    ],
    [
      "繁體",
      [
        "案件編號",
        "建立時間",
        "最後更新時間",
        "狀態",
        "負責人",
        "客戶",
        "問題描述",
        "處理說明",
        "結案時間",
      ],
      ["宏遠電子股份有限公司", "華新精密有限公司"],
    ],
  ])(
    "%s: the creation time is the received date, the last update is nobody's",
    (_, headers, firms) => {
      const rows: SourceCell[][] = [
        headers,
        ...Array.from({ length: 8 }, (_, i) => [
          `WO${20250300 + i}`,
          `2025-03-${day(13 + i)} 09:30`,
          `2025-04-${day(1 + i)} 18:00`,
          i % 2 ? "已完成" : "处理中",
          ["刘洋", "赵磊"][i % 2],
          firms[i % 2],
          ["系统无法登录", "发票金额错误", "报表导出失败", "账号被锁定"][i % 4],
          i % 2 ? "重置密码" : "",
          i % 2 ? `2025-03-${day(20 + i)} 16:00` : "",
        ]),
      ];
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.mappings[0].registerSheet).toBe("Complaints");
      const cols = columnsOf(r);
      expect(cols[headers[0]]).toBe("complaintId");
      expect(cols[headers[1]]).toBe("receivedOn");
      expect(cols[headers[2]]).toBeNull();
      expect(cols[headers[7]]).toBe("correctiveAction");
      expect(cols[headers[8]]).toBe("resolvedOn");
      expect(byId(r.records.Complaints, "complaintId", "WO20250301")).toMatchObject({
        receivedOn: "2025-03-14",
        resolvedOn: "2025-03-21",
      });
    }
  );
});

describe("a ticket's subject line is its text only when nothing describes it more fully", () => {
  const rows = (headers: string[]): SourceCell[][] => [
    headers,
    ...SUBJECTS.map((subject, i) =>
      headers.map((h) =>
        /key|编号|編號/i.test(h)
          ? `SUP-${200 + i}`
          : /created|创建|建立/i.test(h)
            ? `2025-03-${day(13 + i)}`
            : /customer|客户|客戶/i.test(h)
              ? ORGS[i]
              : /description|描述/i.test(h)
                ? `Since Monday: ${subject.toLowerCase()}, for every user of the team.`
                : subject
      )
    ),
  ];

  it.each([
    ["Jira", ["Issue key", "Summary", "Customer", "Created", "Description"]],
    ["简体", ["工单编号", "主题", "客户名称", "创建时间", "问题描述"]],
    ["繁體", ["案件編號", "標題", "客戶名稱", "建立時間", "問題描述"]],
  ])("%s: beside a description the subject stays in notes", (_, headers) => {
    const r = importWorkbook([sheet("Tickets", rows(headers))]);
    const cols = columnsOf(r);
    expect(cols[headers[4]]).toBe("description");
    expect(cols[headers[1]]).toBeNull();
    expect(String(r.records.Complaints[0].description)).toContain("Since Monday");
    expect(String(r.records.Complaints[0].notes)).toContain(SUBJECTS[0]);
  });

  it.each([
    ["Zendesk", ["Ticket ID", "Subject", "Customer", "Created at"]],
    ["简体", ["工单编号", "主题", "客户名称", "创建时间"]],
  ])("%s: alone, the subject is the complaint's text", (_, headers) => {
    const r = importWorkbook([sheet("Tickets", rows(headers))]);
    expect(columnsOf(r)[headers[1]]).toBe("description");
    expect(r.records.Complaints[2].description).toBe(SUBJECTS[2]);
  });
});
