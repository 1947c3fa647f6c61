/**
 * Stage and status words of the common families (CRM, HubSpot lifecycle, loan pipelines, 中文
 * pipelines in 简体 and 繁體) read as the register's five stages; how a deal ended without a sale
 * (Lost, Withdrawn, 输单, 撤回) is no stage: the cell stays empty, the word is kept and told as an
 * outcome. A complaint the client withdrew (撤回, Withdrawn) is closed and the word is kept in notes.
 */
import { importWorkbook } from "../../src/importer";
import { enumChoices, parseEnum, parseStage } from "../../src/importer/normalize/enums";
import { renderMessage } from "../../src/register/messages";
import { COMPLAINT_STATUS, PIPELINE_STAGE } from "../../src/register/enums";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

/** The register's five pipeline stages, first to last. */
const STAGE_ORDER = ["identify", "gather", "assess", "relate", "close"] as const;

const stages = enumChoices(PIPELINE_STAGE);
const stage = (raw: string) => {
  const r = parseStage(raw, stages);
  return r.ok ? r.value : (r.code ?? "failed");
};
const complaintStatus = (raw: string) => {
  const r = parseEnum(raw, enumChoices(COMPLAINT_STATUS));
  return r.ok ? r.value : null;
};

describe("stage words of the common pipeline families", () => {
  it.each([
    // CRM
    ["Lead", "identify"],
    ["New", "identify"],
    ["Prospecting", "identify"],
    ["Contacted", "gather"],
    ["Qualified", "gather"],
    ["Engaging", "gather"],
    ["Proposal", "assess"],
    ["Proposal Sent", "assess"],
    ["Quote", "assess"],
    ["Negotiation", "relate"],
    ["Negotiations Started", "relate"],
    ["Review", "relate"],
    ["Won", "close"],
    ["Closed Won", "close"],
    ["closed-won", "close"],
    ["Signed", "close"],
    // HubSpot lifecycle, in the export's and the API's spelling
    ["Subscriber", "identify"],
    ["lead", "identify"],
    ["Marketing Qualified Lead", "gather"],
    ["marketingqualifiedlead", "gather"],
    ["salesqualifiedlead", "gather"],
    ["Opportunity", "assess"],
    ["Customer", "close"],
    // loans
    ["Application", "identify"],
    ["Processing", "gather"],
    ["Underwriting", "assess"],
    ["Approved", "relate"],
    ["Conditional Approval", "relate"],
    ["Clear to Close", "relate"],
    ["Funded", "close"],
    ["Closed", "close"],
    // 简体 and 繁體 (folded, never listed twice)
    ["线索", "identify"],
    ["验证客户", "identify"],
    ["驗證客戶", "identify"],
    ["谈判审核", "relate"],
    ["初步接觸", "identify"],
    ["需求确认", "gather"],
    ["需求確認", "gather"],
    ["方案报价", "assess"],
    ["方案報價", "assess"],
    ["已报价", "assess"],
    ["商务谈判", "relate"],
    ["商務談判", "relate"],
    ["签约成交", "close"],
    ["簽約成交", "close"],
    ["贏單", "close"],
    // the register's own labels and numbers still read
    ["3 Assess", "assess"],
    ["4", "relate"],
  ])("%s is %s", (raw, key) => {
    expect(stage(raw)).toBe(key);
  });

  it("keeps the steps of Salesforce's and Pipedrive's default pipelines in their order", () => {
    const rank = (raw: string) => (STAGE_ORDER as readonly string[]).indexOf(String(stage(raw)));
    const salesforce = [
      "Prospecting",
      "Qualification",
      "Needs Analysis",
      "Value Proposition",
      "Id. Decision Makers",
      "Perception Analysis",
      "Proposal/Price Quote",
      "Negotiation/Review",
      "Closed Won",
    ];
    const pipedrive = [
      "Lead In",
      "Contact Made",
      "Demo Scheduled",
      "Proposal Made",
      "Negotiations Started",
      "Won",
    ];
    for (const steps of [salesforce, pipedrive]) {
      const ranks = steps.map(rank);
      expect(ranks.every((r) => r >= 0)).toBe(true);
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });

  it.each([
    "Lost",
    "Closed Lost",
    "Closed - Lost",
    "Dead",
    "Unqualified",
    "Withdrawn",
    "已流失",
    "撤回",
    "輸單",
    "丟單",
  ])("%s is an outcome, not a stage", (raw) => {
    expect(stage(raw)).toBe("stage.outcome");
  });

  it("says an outcome is no stage in every language", () => {
    const r = parseStage("Withdrawn", stages);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("stage.outcome", r.params ?? {}, lang) ?? "";
      expect(text).toContain('"Withdrawn"');
      expect(text).not.toMatch(/\{\w+/);
    }
    expect(renderMessage("stage.outcome", r.params ?? {}, "zh-TW")).toContain("階段");
  });

  it("leaves a word of no family unread, and a negated one too", () => {
    expect(stage("Banana")).toBe("enum.not-allowed");
    expect(stage("Not Qualified")).toBe("enum.not-allowed");
  });
});

describe("a pipeline sheet with stage and outcome words", () => {
  const pipeline = (name: string, header: SourceCell[], rows: SourceCell[][]) =>
    importWorkbook([sheet(name, [header, ...rows])]).records.Pipeline;

  it("reads an English CRM export's stages; a lost deal has no stage and keeps its word", () => {
    const deals = pipeline(
      "Deals",
      ["Deal ID", "Account", "Deal Stage", "Amount", "Deal Owner"],
      [
        ["D-1", "Acme Ltd", "Lead", 1000, "Ann Lee"],
        ["D-2", "Beta Co", "Contacted", 2000, "Ann Lee"],
        ["D-3", "Gamma Inc", "Proposal Sent", 3000, "Bo Chen"],
        ["D-4", "Delta LLC", "Negotiation", 4000, "Bo Chen"],
        ["D-5", "Epsilon Ltd", "Closed Won", 5000, "Ann Lee"],
        ["D-6", "Zeta Co", "Closed Lost", 6000, "Bo Chen"],
      ]
    );
    expect(deals.map((d) => d.stage)).toEqual([...STAGE_ORDER, null]);
    expect(Object.values(deals[5])).toContain("Closed Lost");
  });

  it("reads a loan officer's pipeline, columns in another order", () => {
    const loans = pipeline(
      "Loans",
      ["Loan #", "Stage", "Loan Amount", "Client", "Loan Officer"],
      [
        ["L-1", "Application", 250000, "Joan Park", "Priya Nair"],
        ["L-2", "Processing", 310000, "Mark Hale", "Priya Nair"],
        ["L-3", "Underwriting", 420000, "Lena Ortiz", "Sam Wu"],
        ["L-4", "Clear to Close", 380000, "Tom Reyes", "Sam Wu"],
        ["L-5", "Funded", 500000, "Ana Costa", "Priya Nair"],
        ["L-6", "Withdrawn", 275000, "Raj Mehta", "Sam Wu"],
      ]
    );
    expect(loans.map((d) => d.stage)).toEqual([...STAGE_ORDER, null]);
    expect(Object.values(loans[5])).toContain("Withdrawn");
  });

  it.each([
    [
      "简体",
      "商机跟进表",
      ["商机编号", "客户名称", "阶段", "预计金额", "负责人"],
      ["线索", "需求确认", "方案报价", "商务谈判", "签约成交", "已流失"],
    ],
    [
      "繁體",
      "商機追蹤表",
      ["負責人", "客戶名稱", "商機編號", "階段", "預計金額"],
      ["線索", "需求確認", "方案報價", "商務談判", "簽約成交", "已流失"],
    ],
  ])("reads a %s pipeline's stages, columns in its own order", (_script, name, header, words) => {
    // Each header's role, whatever the script: 编号 an id, 名称 the client, 阶段 the stage …
    const role = (h: string) =>
      /编号|編號/.test(h)
        ? "id"
        : /名称|名稱/.test(h)
          ? "client"
          : /阶段|階段/.test(h)
            ? "stage"
            : /金额|金額/.test(h)
              ? "amount"
              : "owner";
    const rows = words.map((word, i) =>
      header.map((h): SourceCell => {
        const cell: Record<string, SourceCell> = {
          id: `S-${i + 1}`,
          client: `客户${"甲乙丙丁戊己"[i]}有限公司`,
          stage: word,
          amount: (i + 1) * 10000,
          owner: i % 2 ? "王经理" : "李经理",
        };
        return cell[role(h)];
      })
    );
    const deals = pipeline(name, header, rows);
    expect(deals.map((d) => d.stage)).toEqual([...STAGE_ORDER, null]);
    expect(Object.values(deals[5])).toContain("已流失");
  });
});

describe("complaint status words", () => {
  it.each([
    ["撤回", "closed"],
    ["已撤回", "closed"],
    ["撤銷", "closed"],
    ["Withdrawn", "closed"],
    ["處理中", "in-progress"],
    ["跟進中", "in-progress"],
    ["跟进中", "in-progress"],
  ])("%s is %s", (raw, key) => {
    expect(complaintStatus(raw)).toBe(key);
  });

  it.each([
    ["繁體", ["案件編號", "客戶姓名", "受理日期", "投訴內容", "處理狀態"], "撤回"],
    ["简体", ["处理状态", "投诉编号", "客户姓名", "受理日期", "投诉内容"], "撤回"],
    [
      "English",
      ["Complaint ID", "Customer Name", "Date Received", "Status", "Description"],
      "Withdrawn",
    ],
  ])("a %s complaint the client withdrew is closed, the word kept in notes", (_s, header, word) => {
    const h = header as string[];
    const statusAt = h.findIndex((x) => /狀態|状态|Status/.test(x));
    const cell = (i: number, status: string): SourceCell[] =>
      h.map((x, c) =>
        c === statusAt
          ? status
          : /編號|编号|ID/.test(x)
            ? `CP-${i}`
            : /姓名|Name/.test(x)
              ? ["陳美玲", "林志強", "王小明"][i % 3]
              : /日期|Date/.test(x)
                ? `2026-01-0${i + 1}`
                : `理赔进度太慢 ${i}`
      );
    const r = importWorkbook([
      sheet("客訴", [h, cell(1, "處理中"), cell(2, word as string), cell(3, "已結案")]),
    ]);
    const complaints = r.records.Complaints;
    expect(complaints.map((c) => c.status)).toEqual(["in-progress", "closed", "closed"]);
    expect(String(complaints[1].notes)).toContain(word as string);
    expect(String(complaints[2].notes ?? "")).not.toContain("已結案");
  });
});

describe("a deal's win rate", () => {
  it.each([
    ["简体", ["商机名称", "客户名称", "销售阶段", "赢率(%)", "负责人"]],
    ["繁體", ["負責人", "贏率(%)", "客戶名稱", "商機名稱", "銷售階段"]],
    ["English", ["Deal", "Account", "Stage", "Win Probability (%)", "Owner"]],
  ])("in percent under a %s header is the deal's probability", (_s, header) => {
    const rates = [70, 10, 100, 0];
    const role = (h: string) =>
      /率|Probability/.test(h)
        ? "rate"
        : /阶段|階段|Stage/.test(h)
          ? "stage"
          : /客户|客戶|Account/.test(h)
            ? "client"
            : /负责|負責|Owner/.test(h)
              ? "owner"
              : "deal";
    const rows = rates.map((rate, i) =>
      header.map((h): SourceCell => {
        const cell: Record<string, SourceCell> = {
          deal: `Deal ${i + 1}`,
          client: `Client ${"ABCD"[i]} Ltd`,
          stage: ["验证客户", "需求确定", "赢单", "输单"][i],
          rate,
          owner: i % 2 ? "王经理" : "李经理",
        };
        return cell[role(h)];
      })
    );
    const r = importWorkbook([sheet("商机", [header, ...rows])]);
    expect(r.records.Pipeline.map((d) => d.probability)).toEqual([0.7, 0.1, 1, 0]);
    expect(r.records.Pipeline.map((d) => d.stage)).toEqual(["identify", "gather", "close", null]);
  });
});

describe("a loan's interest rate", () => {
  it.each([["Rate"], ["Interest Rate"], ["利率"]])(
    "under %s is no deal's probability",
    (header) => {
      const r = importWorkbook([
        sheet("Loans", [
          ["Loan #", "Borrower", "Stage", "Loan Amount", header],
          ["L-1", "Joan Park", "Application", 250000, 0.06625],
          ["L-2", "Mark Hale", "Processing", 310000, "6.125%"],
          ["L-3", "Lena Ortiz", "Funded", 420000, 0.05875],
        ]),
      ]);
      expect(r.records.Pipeline.map((d) => d.probability ?? null)).toEqual([null, null, null]);
    }
  );
});
