/**
 * A workbook of linked tables names its client list by its links: the table whose own row ids
 * (ID, UUID, 编号) another table's client-id column names is the list of those clients, even when
 * its lifecycle Status and Deal Value read like a pipeline. A pipeline's "Client ID" (the client
 * its deal is with) never makes the pipeline a client list, and a workbook that has a client list
 * keeps it.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const uuid = (i: number) =>
  `${(0x1a2b3c00 + i * 7919).toString(16)}-4c1d-4e2f-9a3b-${String(100000000000 + i * 37)}`;

interface Variant {
  label: string;
  list: string;
  listHeaders: string[];
  log: string;
  logHeaders: string[];
  names: string[];
  companies: string[];
  statuses: string[];
  actions: string[];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    list: "Customers",
    listHeaders: ["ID", "Full Name", "Email", "Company", "Status", "Deal Value", "Created Date"],
    log: "Activity Log",
    logHeaders: ["Log ID", "Customer ID", "Action", "Notes", "Timestamp"],
    names: ["Nora Ellery", "Harper Marlow", "Caleb Greyson", "Ivy Lorne", "Owen Pratt", "Mia Holt"],
    companies: [
      "Brightwave Inc.",
      "Cobalt Group",
      "Harbor Retail Co",
      "Nimbus Labs",
      "Keystone Finance",
      "Maple Health",
    ],
    statuses: ["Active", "Lead", "Prospect", "Churned"],
    actions: ["Call", "Email", "Meeting"],
  },
  {
    label: "简体",
    list: "客户",
    listHeaders: ["编号", "姓名", "邮箱", "公司", "状态", "商机金额", "创建日期"],
    log: "跟进记录",
    logHeaders: ["记录编号", "客户ID", "跟进方式", "跟进内容", "跟进时间"],
    names: ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"],
    companies: [
      "星河科技有限公司",
      "蓝海贸易有限公司",
      "华信物流有限公司",
      "金石投资有限公司",
      "云帆软件有限公司",
      "安和医疗有限公司",
    ],
    statuses: ["潜在", "跟进中", "成交", "流失"],
    actions: ["电话", "拜访", "微信"],
  },
  {
    label: "繁體",
    list: "客戶",
    listHeaders: ["編號", "姓名", "電子郵件", "公司", "狀態", "商機金額", "建立日期"],
    log: "跟進紀錄",
    logHeaders: ["紀錄編號", "客戶ID", "跟進方式", "跟進內容", "跟進時間"],
    names: ["陳怡君", "林志明", "黃淑芬", "張家豪", "李美玲", "王俊傑"],
    companies: [
      "星河科技股份有限公司",
      "藍海貿易有限公司",
      "華信物流股份有限公司",
      "金石投資有限公司",
      "雲帆軟體有限公司",
      "安和醫療有限公司",
    ],
    statuses: ["潛在", "跟進中", "成交", "流失"],
    actions: ["電話", "拜訪", "LINE"],
  },
];

function workbook(v: Variant, order: number[]) {
  const list: SourceCell[][] = [order.map((k) => v.listHeaders[k])];
  v.names.forEach((name, i) => {
    const row: SourceCell[] = [
      uuid(i),
      name,
      `user${i}@example.com`,
      v.companies[i],
      v.statuses[i % v.statuses.length],
      (i + 2) * 15000,
      `2024-01-${String(i + 3).padStart(2, "0")}`,
    ];
    list.push(order.map((k) => row[k]));
  });
  const log: SourceCell[][] = [v.logHeaders];
  for (let i = 0; i < 9; i++)
    log.push([
      uuid(100 + i),
      uuid(i % v.names.length),
      v.actions[i % v.actions.length],
      `${v.label} note ${i + 1}`,
      `2024-02-${String(i + 1).padStart(2, "0")} 10:30:00`,
    ]);
  return [sheet(v.list, list), sheet(v.log, log)];
}

describe("the table other sheets link to by its row ids is the client list", () => {
  it.each(VARIANTS)("$label: Customers with a Status and a Deal Value are the clients", (v) => {
    for (const order of [
      [0, 1, 2, 3, 4, 5, 6],
      [1, 3, 4, 5, 0, 2, 6],
    ]) {
      const r = importWorkbook(workbook(v, order));
      const list = r.mappings.find((m) => m.sheet === v.list);
      expect(list?.registerSheet).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name)).toEqual(v.names);
      expect(r.records.Pipeline).toEqual([]);
      // Said when the links overrule another first reading (Pipeline from a stage column); a
      // status and an amount without a stage read as the client list on their own evidence.
      const told = r.issues.find((i) => i.code === "sheet.why.linked-client-list");
      if (told) {
        expect(told).toMatchObject({ sheet: v.list, severity: "info" });
        expect(told.message).toContain(v.log);
        for (const lang of ["zh-CN", "zh-TW"] as const) {
          const text = renderIssueMessage(told, lang);
          expect(text).toContain(v.log);
          expect(text).not.toMatch(/client list|Read as/);
        }
      }
      // The log's rows are linked to their clients through the ids.
      const ids = new Set(r.records.Clients.map((c) => c.clientId));
      const linked = Object.entries(r.records)
        .filter(([key]) => key !== "Clients")
        .flatMap(([, records]) => records)
        .filter((rec) => rec.clientId !== null && rec.clientId !== undefined);
      expect(linked.length).toBeGreaterThanOrEqual(9);
      for (const rec of linked) expect(ids.has(rec.clientId)).toBe(true);
    }
  });

  it("a pipeline's Client ID column (the client a deal is with) keeps the pipeline a pipeline", () => {
    const deals: SourceCell[][] = [["Client ID", "Prospect", "Stage", "Amount"]];
    const visits: SourceCell[][] = [["Client ID", "Visit Date", "Notes"]];
    for (let i = 0; i < 6; i++) {
      deals.push([
        `C-${100 + i}`,
        `Company ${String.fromCharCode(65 + i)} Ltd`,
        "Proposal",
        1000 * (i + 1),
      ]);
      visits.push([`C-${100 + i}`, `2024-03-0${i + 1}`, `met ${i}`]);
    }
    const r = importWorkbook([sheet("Pipeline", deals), sheet("Visits", visits)]);
    expect(r.mappings.find((m) => m.sheet === "Pipeline")?.registerSheet).toBe("Pipeline");
    expect(r.issues.some((i) => i.code === "sheet.why.linked-client-list")).toBe(false);
  });

  it("a workbook with a client list keeps it, and a deals sheet with its own ID stays deals", () => {
    const clients: SourceCell[][] = [["Client Name", "Phone"]];
    const deals: SourceCell[][] = [["ID", "Client Name", "Stage", "Amount"]];
    const log: SourceCell[][] = [["Deal ID", "Client ID", "Date", "Notes"]];
    for (let i = 0; i < 5; i++) {
      clients.push([`Client ${i} Ltd`, `+1 415 555 01${20 + i}`]);
      deals.push([`D-${i}`, `Client ${i} Ltd`, "Proposal", 1000 * (i + 1)]);
      log.push([`D-${i}`, `D-${i}`, `2024-03-0${i + 1}`, `call ${i}`]);
    }
    const r = importWorkbook([sheet("Clients", clients), sheet("Deals", deals), sheet("Log", log)]);
    expect(r.mappings.find((m) => m.sheet === "Deals")?.registerSheet).toBe("Pipeline");
    expect(r.issues.some((i) => i.code === "sheet.why.linked-client-list")).toBe(false);
  });
});
