/**
 * What is not a record stays out, in lists of any kind: bilingual total labels ("總計 Total"), a
 * report's named total ("Report Total" with a figure written as money text), a line counting the
 * records ("115 policies", "78 張保單", "共 12 笔记录"), a labelled count ("Total calls logged:" |
 * 120) and a signature line written as label cells and value cells (承辦人： | 廖素月 | 主管： | …).
 * Each is skipped quietly (an info), never a client, policy or visit. Invented sheets.
 */
import { importWorkbook } from "../../src/importer";
import { figureOf, isCountOnly, isTotalLabel } from "../../src/importer/classify-rows";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function skipped(r: ReturnType<typeof importWorkbook>, row: number) {
  return r.issues.find((i) => i.code === "import.row-skipped" && i.row === row);
}

describe("total labels in two languages and counts of records", () => {
  it.each([
    "總計 Total",
    "合计 Total",
    "Total / 合计",
    "小计Subtotal",
    "Grand Total 總計",
    "总计：",
  ])("%s is a total label", (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it.each(["Total Care Clinic", "總計師事務所", "Sum Yuen Trading", "合一 Total Fitness"])(
    "%s is not a total label",
    (label) => {
      expect(isTotalLabel(label)).toBe(false);
    }
  );

  it.each([
    "115 policies",
    "62 clients",
    "78 張保單",
    "共 12 笔记录",
    "43 位客戶",
    "120 calls logged",
  ])("%s counts records", (text) => {
    expect(isCountOnly(text)).toBe(true);
  });

  it.each(["7 Eleven Stores", "3M Company", "P880085", "99 Ranch Market", "王小明"])(
    "%s is no count",
    (text) => {
      expect(isCountOnly(text)).toBe(false);
    }
  );

  it("reads figures written as money text", () => {
    expect(figureOf("$253,448.53")).toBeCloseTo(253448.53);
    expect(figureOf("HK$1,500,000")).toBe(1500000);
    expect(figureOf("(1,200)")).toBe(-1200);
    expect(figureOf("Report Total")).toBeNull();
  });
});

describe("footers of policy lists (English, 繁體)", () => {
  it("a 'Report Total' line with a money-text figure and a '3 policies' line are not policies or clients", () => {
    const rows: SourceCell[][] = [
      ["Run date: 11/30/2026 07:42 AM"],
      ["Named Insured", "Policy Number", "Carrier", "Written Premium", "Phone"],
      ["Dana Whitfield", "HO-1000001", "Acme Mutual", "$1,200.00", "555-555-0100"],
      ["Dana Whitfield", "PA-1000002", "Acme Mutual", "$800.50", "555-555-0100"],
      ["Birchwood Bakery LLC", "BOP-1000003", "Harbor Ins", "$2,000.00", "555-555-0101"],
      ["Report Total", null, null, "$4,000.50", null],
      ["3 policies", null, null, null, null],
    ];
    const r = importWorkbook([sheet("Renewals", rows)]);
    expect(r.records.Insurance).toHaveLength(3);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([
      "Birchwood Bakery LLC",
      "Dana Whitfield",
    ]);
    const premiums = r.records.Insurance.map((p) => p.annualPremium as number);
    expect(premiums.reduce((a, b) => a + b, 0)).toBeCloseTo(4000.5);
    expect(skipped(r, 6)?.severity).toBe("info");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a bilingual 總計 Total row counting the policies in the policy number column is skipped", () => {
    const rows: SourceCell[][] = [
      [
        "客戶姓名 Client Name",
        "電話 Tel",
        "保單號碼 Policy No.",
        "保險公司 Insurer",
        "年繳保費 Premium",
      ],
      ["陳美玲", "55550001", "P700001", "富衛 FWD", "HK$12,000"],
      ["陳美玲", null, "P700002", "永明 Sun Life", "HK$6,000"],
      ["黃志強", "55550002", "P700003", "富衛 FWD", "HK$9,500"],
      [null, null, null, null, null],
      ["總計 Total", null, "3 張保單", null, null],
    ];
    const r = importWorkbook([sheet("客戶保單 Policies", rows)]);
    expect(r.records.Insurance.map((p) => p.policyNo)).toEqual(["P700001", "P700002", "P700003"]);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(["陳美玲", "黃志強"]);
    expect(skipped(r, 6)).toBeDefined();
  });

  it("a 简体 count line alone under a policy list (共 3 张保单) is not a policy", () => {
    const rows: SourceCell[][] = [
      ["投保人", "保单号", "险种", "年缴保费"],
      ["王建国", "P900001", "重疾险", 5000],
      ["李秀英", "P900002", "医疗险", 1200],
      ["张伟", "P900003", "意外险", 300],
      ["共 3 张保单", null, null, null],
    ];
    const r = importWorkbook([sheet("保单", rows)]);
    expect(r.records.Insurance).toHaveLength(3);
    expect(r.records.Clients.map((c) => c.name)).not.toContain("共 3 张保单");
  });
});

describe("a labelled count under a visit log", () => {
  it("'Total calls logged:' beside the count of calls is a footer, not a rejected visit", () => {
    const names = ["Leong Mei Ling", "Ravi Menon", "Tan Wei Ming", "Priya Nair"];
    const types = ["Call", "Meeting", "Email", "Call"];
    const rows: SourceCell[][] = [
      ["Call Date", "Client Name", "CIF No", "Contact Type", "Outcome", "Follow-up Date", "RM"],
    ];
    for (let i = 0; i < 8; i++)
      rows.push([
        new Date(Date.UTC(2026, 0, 5 + i)),
        names[i % 4],
        `000100${i % 4}`,
        types[i % 4],
        "Discussed renewal",
        new Date(Date.UTC(2026, 1, 5 + i)),
        i % 2 ? "Aaron Goh" : "Bea Lim",
      ]);
    rows.push([], ["Total calls logged:", 8]);
    const r = importWorkbook([sheet("Call Log", rows)]);
    expect(r.records.Visits).toHaveLength(8);
    expect(r.issues.filter((i) => i.code === "import.row-rejected")).toEqual([]);
    expect(skipped(r, 11)?.severity).toBe("info");
  });

  it("a 简体 visit log's 共计拜访 3 次 footer is skipped", () => {
    const rows: SourceCell[][] = [
      ["拜访日期", "客户名称", "拜访方式", "拜访内容"],
      ["2026-01-05", "华兴贸易有限公司", "上门", "介绍理财产品"],
      ["2026-01-06", "宏达机械有限公司", "电话", "确认到期"],
      ["2026-01-09", "华兴贸易有限公司", "电话", "回访"],
      ["合计：3次", null, null, null],
    ];
    const r = importWorkbook([sheet("拜访记录", rows)]);
    expect(r.records.Visits).toHaveLength(3);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("signature lines under a table", () => {
  it("承辦人： | name | 主管： | name under a 繁體 depositor list is not a client", () => {
    const rows: SourceCell[][] = [
      ["序號", "戶名", "電話", "存款餘額"],
      [1, "林美華", "0912000001", 5000],
      [2, "張志明", "0912000002", 3000],
      [3, "吳淑芬", "0912000003", 2000],
      [null, "總計", null, 10000],
      [null, null, null, null],
      ["承辦人：", "黃雅婷", null, "主管：", "蔡明哲"],
    ];
    const r = importWorkbook([sheet("存款大戶", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["林美華", "張志明", "吳淑芬"]);
    expect(skipped(r, 7)?.severity).toBe("info");
  });

  it("制表人： | 审核： in 简体 and Prepared by: | Approved by: in English are notes", () => {
    const cn: SourceCell[][] = [
      ["客户名称", "手机号码"],
      ["刘洋", "13800000001"],
      ["陈静", "13800000002"],
      ["制表：", "周敏", "审核：", "吴刚"],
    ];
    const en: SourceCell[][] = [
      ["Client Name", "Phone"],
      ["Ann Moss", "555-0101"],
      ["Ben Pike", "555-0102"],
      ["Prepared by:", "Tom Reyes", "Approved by:", "Sara Patel"],
    ];
    const a = importWorkbook([sheet("客户", cn)]);
    const b = importWorkbook([sheet("Clients", en)]);
    expect(a.records.Clients.map((c) => c.name)).toEqual(["刘洋", "陈静"]);
    expect(b.records.Clients.map((c) => c.name)).toEqual(["Ann Moss", "Ben Pike"]);
  });

  it("label pairs below the records whose labels are no header (Branch: | X | Officer: | Y) are a note", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Phone", "Segment"],
      ["Ann Moss", "555-0101", "Priority"],
      ["Ben Pike", "555-0102", "Private"],
      ["Branch:", "Orchard", "Officer:", "Dee Tan"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Ann Moss", "Ben Pike"]);
  });

  it("rows labelled by their own headers between records stay records", () => {
    const rows: SourceCell[][] = [
      ["Account", "Owner"],
      ["Account: Northwind Ltd", "Owner: Kim Lee"],
      ["Account: Harbor Foods Ltd", "Owner: Raj Patel"],
      ["Account: Cedar Clinic Ltd", "Owner: Kim Lee"],
    ];
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(r.records.Clients).toHaveLength(3);
  });
});
