/**
 * A key-account plan: one sheet per account, each with a facts block (Industry / Annual revenue /
 * Tier / Account manager) under a title naming the account, then Contacts, Opportunities and
 * Actions tables under their captions, with a "Total pipeline" row. A person imports one client per
 * account sheet, its people as that client's contacts, its deals as its pipeline (no total row),
 * and its action items as visits, never complaints.
 */
import { importWorkbook } from "../../src/importer";
import { captionSheet } from "../../src/importer/classify-sheet";
import { childKey } from "../../src/importer/link-merge";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Account {
  full: string;
  tab: string;
  industry: string;
  revenue: number;
  tier: string;
  manager: string;
  people: [string, string, string][];
  deals: [string, number, string, string][];
  actions: [string, string, string, string][];
}

const ACCOUNTS: Account[] = [
  {
    full: "Bluefin Shipping Co",
    tab: "Bluefin",
    industry: "Shipping",
    revenue: 1_800_000,
    tier: "Gold",
    manager: "Ruth Ames",
    people: [
      ["Omar Diaz", "COO", "Decision maker"],
      ["Lena Hoff", "Buyer", "Veto"],
      ["Ivo Brandt", "Analyst", "Recommender"],
    ],
    deals: [
      ["Route planner", 90_000, "Proposal", "2026-03-10"],
      ["Port sensors", 40_000, "Qualify", "2026-06-01"],
    ],
    actions: [
      ["2026-01-12", "Kick-off call", "Ruth Ames", "Done"],
      ["2026-02-02", "Send price list", "Ruth Ames", "Open"],
    ],
  },
  {
    full: "Greyhill Foods plc",
    tab: "Greyhill",
    industry: "Food",
    revenue: 950_000,
    tier: "Silver",
    manager: "Tom Lee",
    people: [
      ["Ana Ruiz", "CEO", "Decision maker"],
      ["Ben Okoro", "IT lead", "User"],
    ],
    deals: [
      ["Route planner", 60_000, "Negotiation", "2026-04-10"],
      ["Cold storage", 120_000, "Closed Won", "2026-01-15"],
      ["Yard cameras", 30_000, "Discovery", "2026-09-30"],
    ],
    actions: [["2026-01-20", "Quarterly review", "Tom Lee", "Done"]],
  },
];

function mail(name: string, tab: string): string {
  return `${name.toLowerCase().replace(" ", ".")}@${tab.toLowerCase()}.example.org`;
}

/** One account's sheet; `title` replaces the "Account: …" line (null: no title at all). */
function planRows(a: Account, title: string | null = `Account: ${a.full}`): SourceCell[][] {
  const total = a.deals.reduce((s, d) => s + d[1], 0);
  return [
    ...(title === null ? [] : [[title], ["Plan FY2026 — reviewed monthly"], []]),
    ["Industry", a.industry],
    ["Annual revenue", a.revenue],
    ["Tier", a.tier],
    ["Account manager", a.manager],
    [],
    ["Contacts"],
    ["Name", "Job title", "Email", "Phone", "Role in decision"],
    ...a.people.map(([n, t, r], i) => [n, t, mail(n, a.tab), `+1 415-555-01${i}${i}`, r]),
    [],
    ["Opportunities"],
    ["Opportunity", "Value", "Stage", "Close date"],
    ...a.deals,
    ["Total pipeline", total],
    [],
    ["Actions"],
    ["Date", "Action", "Owner", "Status"],
    ...a.actions,
  ];
}

const summary = sheet("Summary", [
  ["Portfolio summary"],
  [],
  ["Account", "Tier", "Annual revenue", "Open pipeline"],
  ...ACCOUNTS.map((a) => [a.full, a.tier, a.revenue, a.deals.reduce((s, d) => s + d[1], 0)]),
  ["Total", "", 2_750_000, 340_000],
]);

describe("a key-account plan, one sheet per account", () => {
  const r = importWorkbook([summary, ...ACCOUNTS.map((a) => sheet(a.tab, planRows(a)))]);
  const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;

  it("makes one client per account sheet, named by its title, with its facts as fields", () => {
    expect(
      r.records.Clients.map((c) => [c.name, c.industry, c.annualRevenue, c.owner, c.notes])
    ).toEqual([
      ["Bluefin Shipping Co", "Shipping", 1_800_000, "Ruth Ames", "Tier: Gold"],
      ["Greyhill Foods plc", "Food", 950_000, "Tom Lee", "Tier: Silver"],
    ]);
  });

  it("reads the people under the account as its contacts, not as clients or staff", () => {
    expect(
      r.records.Contacts.map((c) => [c.name, c.title, c.email, c.influence, c.clientId])
    ).toEqual(
      ACCOUNTS.flatMap((a) =>
        a.people.map(([n, t, role]) => [
          n,
          t,
          mail(n, a.tab),
          { "Decision maker": "decide", Veto: "veto", Recommender: "recommend", User: "use" }[role],
          idOf(a.full),
        ])
      )
    );
    const sheets = r.mappings.filter((m) => m.sheet === "Bluefin").map((m) => m.registerSheet);
    expect(sheets).toEqual(["Clients", "Contacts", "Pipeline", "Visits"]);
  });

  it("links each deal to its account; same-named deals of two accounts stay two; no total row", () => {
    expect(
      r.records.Pipeline.map((p) => [p.opportunityId, p.expectedValue, p.stage, p.clientId])
    ).toEqual([
      // A proposal is the plan of stage 3; a negotiation still open is stage 4, not yet closed.
      ["Route planner", 90_000, "assess", idOf("Bluefin Shipping Co")],
      ["Port sensors", 40_000, "identify", idOf("Bluefin Shipping Co")],
      ["Route planner", 60_000, "relate", idOf("Greyhill Foods plc")],
      ["Cold storage", 120_000, "close", idOf("Greyhill Foods plc")],
      ["Yard cameras", 30_000, "gather", idOf("Greyhill Foods plc")],
    ]);
  });

  it("reads the action items as the account's visits, never as complaints", () => {
    expect(r.records.Complaints).toEqual([]);
    expect(r.records.Visits.map((v) => [v.visitOn, v.clientId, v.notes])).toEqual([
      [
        "2026-01-12",
        idOf("Bluefin Shipping Co"),
        "Action: Kick-off call; Owner: Ruth Ames; Status: Done",
      ],
      [
        "2026-02-02",
        idOf("Bluefin Shipping Co"),
        "Action: Send price list; Owner: Ruth Ames; Status: Open",
      ],
      [
        "2026-01-20",
        idOf("Greyhill Foods plc"),
        "Action: Quarterly review; Owner: Tom Lee; Status: Done",
      ],
    ]);
  });
});

describe("where the account's name comes from", () => {
  it("takes it from a document title on either side of a dash, not from a remark", () => {
    const [a, b] = ACCOUNTS;
    const r = importWorkbook([
      sheet("One", planRows(a, `Account Plan — ${a.full}`)),
      sheet("Two", [
        ["Key Account Plan FY2026 — reviewed quarterly"],
        ...planRows(b, `${b.full} – Account Profile`),
      ]),
      sheet("Three", planRows(b, "Key Account Plan FY2026 — reviewed quarterly")),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([a.full, b.full]);
  });

  it("takes the sheet's name when several sheets hold facts blocks of one layout and no title", () => {
    const r = importWorkbook(ACCOUNTS.map((a) => sheet(a.tab, planRows(a, null))));
    expect(r.records.Clients.map((c) => [c.name, c.industry])).toEqual([
      ["Bluefin", "Shipping"],
      ["Greyhill", "Food"],
    ]);
    expect(r.records.Contacts).toHaveLength(5);
  });

  it("never names a client after a lone sheet's name", () => {
    const r = importWorkbook([sheet("Bluefin", planRows(ACCOUNTS[0], null))]);
    expect(r.records.Clients.map((c) => c.name)).not.toContain("Bluefin");
  });

  it("reads a Chinese plan: 客户 in the title, 联系人 / 商机 / 行动计划 under their captions", () => {
    const rows: SourceCell[][] = [
      ["客户：华东精密机械有限公司"],
      [],
      ["行业", "机械制造"],
      ["年营业额", 52_000_000],
      ["客户经理", "周敏"],
      ["客户等级", "金卡"],
      [],
      ["联系人"],
      ["姓名", "职务", "手机", "邮箱"],
      ["王立群", "采购总监", "13900001111", "wlq@hdjx.example.cn"],
      ["赵一鸣", "总工程师", "13900002222", "zym@hdjx.example.cn"],
      [],
      ["商机"],
      ["商机名称", "金额", "阶段", "预计成交日期"],
      ["二期产线改造", 800_000, "评估", "2026-05-30"],
      ["备件年度合同", 120_000, "签约", "2026-02-28"],
      ["合计金额", 920_000],
      [],
      ["行动计划"],
      ["日期", "事项", "负责人", "状态"],
      ["2026-01-08", "拜访采购总监", "周敏", "已完成"],
      ["2026-02-15", "技术交流会", "周敏", "进行中"],
    ];
    const r = importWorkbook([sheet("华东精密", rows)]);
    const id = r.records.Clients[0]?.clientId;
    expect(r.records.Clients.map((c) => [c.name, c.industry, c.owner])).toEqual([
      ["华东精密机械有限公司", "机械制造", "周敏"],
    ]);
    expect(r.records.Contacts.map((c) => [c.name, c.title, c.clientId])).toEqual([
      ["王立群", "采购总监", id],
      ["赵一鸣", "总工程师", id],
    ]);
    expect(r.records.Pipeline.map((p) => [p.opportunityId, p.expectedValue, p.clientId])).toEqual([
      ["二期产线改造", 800_000, id],
      ["备件年度合同", 120_000, id],
    ]);
    expect(r.records.Complaints).toEqual([]);
    expect(r.records.Visits.map((v) => [v.visitOn, v.clientId])).toEqual([
      ["2026-01-08", id],
      ["2026-02-15", id],
    ]);
  });
});

describe("action lists and complaint logs", () => {
  it("keeps a log with a complaint word or a resolution as complaints", () => {
    const r = importWorkbook([
      sheet("Log", [
        ["Date", "Client", "Complaint", "Action", "Status"],
        ["2026-01-03", "Kim Ode", "Late delivery", "Refund shipping", "Closed"],
        ["2026-01-09", "Pat Ruel", "Wrong invoice", "Reissued", "Open"],
        ["2026-01-21", "Lou Fenn", "Rude driver", "Apology call", "Open"],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
  });

  it("reads Date / Action / Owner / Status without a complaint word as visits", () => {
    const r = importWorkbook([
      sheet("Follow-up", [
        ["Date", "Action", "Owner", "Status"],
        ["2026-01-03", "Call back about renewal", "Ruth Ames", "Done"],
        ["2026-01-09", "Send brochure", "Tom Lee", "Open"],
        ["2026-01-21", "Visit the new office", "Tom Lee", "Open"],
      ]),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.records.Complaints).toEqual([]);
  });
});

describe("total rows that name what they total", () => {
  const deals = (last: SourceCell[]) =>
    importWorkbook([
      sheet("Deals", [
        ["Opportunity", "Client", "Value", "Stage", "Close date"],
        ["Fleet renewal", "Acme Ltd", 40_000, "Proposal", "2026-03-01"],
        ["Data pilot", "Birch plc", 25_000, "Qualify", "2026-04-01"],
        last,
      ]),
    ]).records.Pipeline.map((p) => p.opportunityId);

  it("skips a 'Total pipeline' row whose figure sums the rows above", () => {
    expect(deals(["Total pipeline", null, 65_000])).toEqual(["Fleet renewal", "Data pilot"]);
  });

  it("keeps a deal whose name starts with Total when its figure is no sum", () => {
    expect(deals(["Total care plan", "Cedar Inc", 12_000, "Proposal", "2026-05-01"])).toEqual([
      "Fleet renewal",
      "Data pilot",
      "Total care plan",
    ]);
  });
});

describe("the words of a caption", () => {
  it.each([
    ["Key Contacts", "Contacts"],
    ["Contacts (5):", "Contacts"],
    ["聯絡人", "Contacts"],
    ["Opportunities", "Pipeline"],
    ["商機", "Pipeline"],
    ["Next steps", "Visits"],
    ["行動計劃", "Visits"],
    ["Complaint log", "Complaints"],
    ["Northwind Logistics", null],
  ])("%s → %s", (caption, key) => {
    expect(captionSheet(caption)).toBe(key);
  });
});

describe("deal keys", () => {
  it("keeps a named deal within its account and a coded deal across accounts", () => {
    const deal = (opportunityId: string, clientId: string) => ({ opportunityId, clientId });
    expect(childKey("Pipeline", deal("Route planner", "C-1"))).not.toBe(
      childKey("Pipeline", deal("Route planner", "C-2"))
    );
    expect(childKey("Pipeline", deal("OPP-0042", "C-1"))).toBe(
      childKey("Pipeline", deal("OPP-0042", "C-2"))
    );
  });
});
