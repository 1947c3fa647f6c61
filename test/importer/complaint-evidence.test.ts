/**
 * A table is read as complaints only when it shows a complaint: a complaint word, the complaint's
 * own number or cause, or a ticket's handling laid out in full. A status, a date, a type and a
 * note alone make an order book, a production log, a site master or a client list look like one;
 * a status history numbers each complaint again on every change. Invented tables in English, 简体
 * and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { complaintEvidence } from "../../src/importer/complaint-evidence";
import { profileColumn } from "../../src/importer/profile";
import { renderIssueMessage, renderMessage } from "../../src/register/messages";
import type { ImportResult } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, readAs, sheet } from "./helpers";

const day = (i: number) =>
  `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`;

/** The reason code of the line saying why a sheet was left out, or null. */
function leftOutWhy(r: ImportResult, sheetName: string): string | null {
  const issue = r.issues.find((i) => i.sheet === sheetName && i.code === "import.sheet-not-data");
  return (issue?.params?.reason as string | undefined) ?? null;
}

describe("tables that only look like complaint logs are none", () => {
  it("简体: a production log (日期, 单据类型, raw materials) imports nothing", () => {
    const rows: SourceCell[][] = [
      ["生产日期", "单据类型", "单据号", "水泥", "砂", "减水剂", "缓凝剂", "产量"],
      ...Array.from({ length: 14 }, (_, i) => [
        day(i),
        i % 3 ? "生产单" : "返工单",
        `SC${5100 + i}`,
        120 + i,
        300 + i * 2,
        3.5,
        0.8,
        400 + i,
      ]),
    ];
    const r = importWorkbook([sheet("车间记录", rows)]);
    expect(readAs(r, "车间记录")).toBeNull();
    expect(r.records.Complaints ?? []).toHaveLength(0);
    expect(leftOutWhy(r, "车间记录")).toBe("sheet.why.no-complaint");
  });

  it("English: a store master (code, manager, state, town, store name) imports nothing", () => {
    const rows: SourceCell[][] = [
      ["Site", "Manager", "STATE", "CITY", "STORE NAME"],
      ...Array.from({ length: 20 }, (_, i) => [
        `S${310 + i}`,
        INVENTED_PEOPLE.en[i % 10],
        i % 2 ? "Kerala" : "Goa",
        i % 3 ? "Kochi" : "Panaji",
        `Quickmart ${i + 1}`,
      ]),
    ];
    const r = importWorkbook([sheet("Stores", rows)]);
    expect(readAs(r, "Stores")).not.toBe("Complaints");
    expect(r.records.Complaints ?? []).toHaveLength(0);
  });

  it("English: a field specification (No, Field Name, Description, Remarks) is no complaint log", () => {
    const fields = [
      "Customer Code",
      "Customer Name",
      "GST No",
      "Credit Days",
      "Region",
      "Pin Code",
    ];
    const rows: SourceCell[][] = [
      ["No", "Field Name", "Description", "Remarks"],
      ...fields.map((f, i) => [
        i + 1,
        f,
        `The ${f.toLowerCase()} as on the master screen`,
        i % 2 ? "mandatory" : "",
      ]),
    ];
    const r = importWorkbook([sheet("Spec", rows)]);
    expect(readAs(r, "Spec")).not.toBe("Complaints");
    expect(r.records.Complaints ?? []).toHaveLength(0);
  });

  it("简体: a client tracker with a subject, a priority and contacts is no complaint log", () => {
    const names = INVENTED_COMPANIES["zh-CN"].slice(0, 8);
    const rows: SourceCell[][] = [
      ["主题", "状态", "优先级", "下单日期", "客户类型", "联系人", "电话", "跟踪日期"],
      ...names.map((name, i) => [
        name,
        "下单",
        i % 2 ? "高" : "中",
        day(i),
        i % 2 ? "代理商" : "一级客户",
        INVENTED_PEOPLE["zh-CN"][i],
        `1390000${String(1000 + i)}`,
        day(i + 2),
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).not.toBe("Complaints");
    expect(r.records.Complaints ?? []).toHaveLength(0);
  });

  it("English: a status history numbers each complaint on several rows: left out as a history", () => {
    const rows: SourceCell[][] = [
      ["ID", "ComplaintID", "StatusCode", "StatusDate"],
      ...Array.from({ length: 30 }, (_, i) => [
        i + 1,
        700 + Math.floor(i / 3),
        1 + (i % 3),
        day(i),
      ]),
    ];
    const r = importWorkbook([sheet("History", rows)]);
    expect(readAs(r, "History")).toBeNull();
    expect(r.records.Complaints ?? []).toHaveLength(0);
    expect(leftOutWhy(r, "History")).toBe("sheet.why.complaint-history");
  });
});

describe("real complaint logs stay complaint logs", () => {
  it("English: a ticket number, a customer, the day and the problem (no complaint word)", () => {
    const rows: SourceCell[][] = [
      ["Ticket No", "Customer", "Opened", "Description", "Status"],
      ...INVENTED_COMPANIES.en
        .slice(0, 8)
        .map((c, i) => [
          `TK-${880 + i}`,
          c,
          day(i),
          i % 2 ? "Invoice sent twice" : "Router keeps dropping",
          i % 3 ? "Open" : "Closed",
        ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(8);
  });

  it("繁體: 客訴編號 and 客訴日期 make a complaint log", () => {
    const rows: SourceCell[][] = [
      ["客訴編號", "客戶名稱", "客訴日期", "問題描述", "處理狀態"],
      ...INVENTED_COMPANIES["zh-TW"]
        .slice(0, 6)
        .map((c, i) => [`C${2400 + i}`, c, day(i), "交貨延遲", i % 2 ? "結案" : "處理中"]),
    ];
    const r = importWorkbook([sheet("工作表1", rows)]);
    expect(readAs(r, "工作表1")).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(6);
  });

  it("English: a helpdesk export laid out as tickets (priority, source, subject, type, due)", () => {
    const headers = [
      "priority",
      "source",
      "status",
      "subject",
      "type",
      "due_by",
      "created_at",
      "company_id",
    ];
    expect(complaintEvidence({ headers, context: ["export"] }).kind).toBe("complaints");
  });

  it("a complaint's own number, once a row, is no history", () => {
    const numbers = Array.from({ length: 12 }, (_, i) => `CP${100 + i}`);
    const headers = ["Complaint No", "Client", "Date"];
    const profiles = [
      profileColumn(numbers),
      profileColumn(numbers.map(() => "x")),
      profileColumn(numbers.map((_, i) => day(i))),
    ];
    expect(complaintEvidence({ headers, context: ["Sheet1"], profiles }).kind).toBe("complaints");
  });

  it("a priority, a subject and a completion day alone show no complaint", () => {
    expect(
      complaintEvidence({
        headers: ["Priority", "Subject", "Status", "Completed On"],
        context: ["Sheet1"],
      }).kind
    ).toBe("none");
  });
});

describe("the line saying why", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)("reads in %s", (lang) => {
    const none = renderMessage("sheet.why.no-complaint", { headers: ["Status", "Date"] }, lang);
    const history = renderMessage(
      "sheet.why.complaint-history",
      { header: "ComplaintID", rows: 30, complaints: 10 },
      lang
    );
    expect(none).toContain("Status");
    expect(history).toContain("ComplaintID");
    expect(history).toContain("30");
  });
});

describe("complaints against many firms, by no one named", () => {
  const MAKERS = {
    en: ["Northwind Motors", "Arcadia Auto", "Bluepeak Cars", "Corvan", "Delmora", "Estelle"],
    "zh-CN": ["吉星汽车", "比亚途", "长城岭", "东风行", "红旗岭", "奇瑞途"],
    "zh-TW": ["裕隆行", "國瑞車業", "三陽行", "中華車業", "福特行", "和泰行"],
  } as const;
  const HEADERS = {
    en: ["id", "brand", "car", "issue", "date", "status"],
    "zh-CN": ["编号", "品牌", "车型", "问题", "日期", "状态"],
    "zh-TW": ["編號", "品牌", "車型", "問題", "日期", "狀態"],
  } as const;
  const WORDS = { en: "firms", "zh-CN": "企业", "zh-TW": "企業" } as const;

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "a public complaint site's records name no client to file them under (%s)",
    (lang) => {
      const rows: SourceCell[][] = [
        [...HEADERS[lang]],
        ...Array.from({ length: 30 }, (_, i) => [
          1081542 - i * 3,
          MAKERS[lang][i % 6],
          `M${i % 7}`,
          lang === "en" ? "engine stalls" : "发动机异响",
          day(i),
          lang === "en" ? "responded" : "处理反馈",
        ]),
      ];
      const r = importWorkbook([sheet("complaints", rows)]);
      expect(r.records.Complaints).toHaveLength(0);
      expect(leftOutWhy(r, "complaints")).toBe("sheet.why.complaints-against-others");
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data")!;
      expect(renderIssueMessage(issue, lang)).toContain(WORDS[lang]);
    }
  );

  it("a holder's own log naming the client who complained stays complaints, brand or not", () => {
    const rows: SourceCell[][] = [
      ["Complaint No", "Customer Name", "Brand", "Issue", "Date", "Status"],
      ...Array.from({ length: 30 }, (_, i) => [
        `C${4100 + i}`,
        INVENTED_PEOPLE.en[i % INVENTED_PEOPLE.en.length],
        MAKERS.en[i % 6],
        "engine stalls",
        day(i),
        "open",
      ]),
    ];
    const r = importWorkbook([sheet("complaints", rows)]);
    expect(r.records.Complaints.length).toBeGreaterThan(0);
  });
});
