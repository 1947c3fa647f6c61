/**
 * What a sheet of events is. A log of visits or calls names whom each row met, or says what the
 * contact was; a ledger of charges or payments does neither and is no register data. A dialer's
 * rows labelled by a status's name name no client. A CRM's export of people, each at a lifecycle
 * or lead stage, is a client list: a pipeline is deals, named by their party or weighed by their
 * value. Invented tables in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, readAs, sheet } from "./helpers";

/** The field a sheet's column was read as. */
function fieldOf(r: ImportResult, sheetName: string, header: string): string | null | undefined {
  const m = r.mappings.find((x) => x.sheet === sheetName);
  return m?.columns.find((c) => c.header === header)?.field;
}

const day = (i: number) =>
  `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`;

describe("a ledger of charges or payments is no visit log", () => {
  it("English: a premium schedule (payment method, due date, frequency, premium) imports no visits", () => {
    const rows: SourceCell[][] = [
      ["POLICIES", "PAYMENT_METHOD", "DUE_DATE", "BILLING_FREQUENCY", "MODAL_PREMIUM"],
      ...Array.from({ length: 16 }, (_, i) => [
        String(4028033 + i * 17),
        i % 2 ? "Direct Debit" : "Credit Card",
        day(i),
        i % 3 ? "MONTHLY" : "ANNUAL",
        1500 + i * 100,
      ]),
    ];
    const r = importWorkbook([sheet("PAYMENT_INFORMATION", rows)]);
    expect(readAs(r, "PAYMENT_INFORMATION")).not.toBe("Visits");
    expect(r.records.Visits ?? []).toHaveLength(0);
  });

  it("简体: 付款记录 (付款日期, 金额, 付款方式) with no client named imports no visits", () => {
    const rows: SourceCell[][] = [
      ["序号", "付款日期", "费用", "付款方式"],
      ...Array.from({ length: 14 }, (_, i) => [
        i + 1,
        day(i),
        200 + i * 10,
        i % 2 ? "微信" : "现金",
      ]),
    ];
    const r = importWorkbook([sheet("付款", rows)]);
    expect(r.records.Visits ?? []).toHaveLength(0);
  });

  it("says why in every language, quoting the headers in that language's marks", () => {
    const why = (lang: "en" | "zh-CN" | "zh-TW") =>
      renderMessage("sheet.why.no-contact", { headers: ["Date", "Charge"] }, lang);
    expect(why("en")).toContain('("Date", "Charge")');
    expect(why("en")).toContain("a ledger, not visits");
    expect(why("zh-CN")).toContain("（“Date”、“Charge”）");
    expect(why("zh-CN")).toContain("是账目，不是拜访记录");
    expect(why("zh-TW")).toContain("（「Date」、「Charge」）");
    expect(why("zh-TW")).toContain("是帳目，不是拜訪記錄");
  });
});

describe("a dialer's call list names no client", () => {
  const calls = (withId: boolean): SourceCell[][] => [
    [...(withId ? ["id"] : []), "user", "status_name", "call_date", "agent_comment"],
    ...Array.from({ length: 20 }, (_, i) => [
      ...(withId ? [String(93737334 - i * 311)] : []),
      INVENTED_PEOPLE.en[i % 4],
      i % 3 ? "Meeting Set" : "No Answer",
      `${day(i)} 17:${String(10 + i).padStart(2, "0")}:09`,
      i % 3 ? "Wants to redo the kitchen, call back next week" : "",
    ]),
  ];

  it("English: a status's name is not the client's", () => {
    const r = importWorkbook([sheet("calls", calls(true))]);
    expect(fieldOf(r, "calls", "status_name")).not.toBe("clientName");
  });

  it("English: calls that name no one are not imported as visits", () => {
    const r = importWorkbook([sheet("calls", calls(false))]);
    expect(readAs(r, "calls")).not.toBe("Visits");
    expect(r.records.Visits ?? []).toHaveLength(0);
  });

  it("简体: 阶段名称 names a stage, not the client", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "阶段名称", "拜访日期", "拜访内容"],
      ...Array.from({ length: 12 }, (_, i) => [
        `客户${i % 4}`,
        i % 2 ? "初次拜访" : "报价",
        day(i),
        "介绍产品，约下次见面",
      ]),
    ];
    const r = importWorkbook([sheet("拜访记录", rows)]);
    expect(readAs(r, "拜访记录")).toBe("Visits");
    expect(fieldOf(r, "拜访记录", "客户名称")).toBe("clientName");
    expect(fieldOf(r, "拜访记录", "阶段名称")).not.toBe("clientName");
  });
});

describe("a CRM's export of people at lifecycle stages is a client list", () => {
  it("English: HubSpot contacts (Record ID, First/Last Name, Lifecycle Stage, Contact owner)", () => {
    const rows: SourceCell[][] = [
      [
        "Record ID",
        "First Name",
        "Last Name",
        "Lead Status",
        "Phone Number",
        "Email",
        "Contact owner",
        "Close Date",
        "Lifecycle Stage",
      ],
      ...Array.from({ length: 14 }, (_, i) => {
        const [first, last] = INVENTED_PEOPLE.en[i % 10].split(" ");
        return [
          String(240439544954 - i * 5658),
          first,
          `${last}${i}`,
          i % 2 ? "New" : "Attempted to contact",
          `+30690000${String(1000 + i)}`,
          `${first.toLowerCase()}${i}@example.test`,
          INVENTED_PEOPLE.en[(i + 3) % 10],
          i % 4 ? "" : day(i),
          i % 4 ? "Lead" : "Customer",
        ];
      }),
    ];
    const r = importWorkbook([sheet("contacts", rows)]);
    expect(readAs(r, "contacts")).toBe("Clients");
    expect(r.records.Clients ?? []).toHaveLength(14);
    expect(r.records.Pipeline ?? []).toHaveLength(0);
  });

  it("繁體: 名字 / 姓氏 / 電話 / 電子郵件 / 生命週期階段 / 潛在客戶狀態", () => {
    const rows: SourceCell[][] = [
      ["記錄編號", "姓氏", "名字", "電話", "電子郵件", "潛在客戶狀態", "生命週期階段", "負責人"],
      ...Array.from({ length: 12 }, (_, i) => [
        String(880001 + i * 7),
        INVENTED_PEOPLE["zh-TW"][i % 10].slice(0, 1),
        `${INVENTED_PEOPLE["zh-TW"][i % 10].slice(1)}${i}`,
        `09${String(12345670 + i * 13)}`,
        `lead${i}@example.test`,
        i % 2 ? "新名單" : "已聯絡",
        i % 3 ? "潛在客戶" : "商機",
        INVENTED_PEOPLE["zh-TW"][(i + 2) % 10],
      ]),
    ];
    const r = importWorkbook([sheet("名單", rows)]);
    expect(readAs(r, "名單")).toBe("Clients");
    expect(r.records.Pipeline ?? []).toHaveLength(0);
  });

  it("a pipeline that weighs its deals stays a pipeline", () => {
    const rows: SourceCell[][] = [
      ["Deal ID", "Contact Name", "Phone", "Email", "Deal Stage", "Amount", "Close Date"],
      ...Array.from({ length: 12 }, (_, i) => [
        `D-${100 + i}`,
        INVENTED_PEOPLE.en[i % 10],
        `+1 555 010${String(i).padStart(2, "0")}`,
        `deal${i}@example.test`,
        i % 2 ? "Proposal" : "Negotiation",
        5000 + i * 250,
        day(i),
      ]),
    ];
    const r = importWorkbook([sheet("Deals", rows)]);
    expect(readAs(r, "Deals")).toBe("Pipeline");
  });
});

describe("a pipeline's deals are someone's", () => {
  const deals = (withCustomer: boolean): SourceCell[][] => [
    [
      "Opportunity ID",
      ...(withCustomer ? ["Customer"] : []),
      "Deal Stage",
      "Opportunity Name",
      "Win Rate (Prospect)",
      "Sales Amount",
    ],
    ...Array.from({ length: 14 }, (_, i) => [
      `CA-2024-${107832 + i * 97}`,
      ...(withCustomer ? [`Customer ${String.fromCharCode(65 + (i % 7))} Ltd`] : []),
      i % 2 ? "Proposing" : "Closed Won",
      i % 3 ? "Label Maker LM-160" : "Smart Whiteboard 65in",
      4.829268293 - i * 0.0123,
      18636.2 + i * 91.5,
    ]),
  ];

  it("English: a win rate's fractions name no prospect", () => {
    const r = importWorkbook([sheet("Deals", deals(true))]);
    expect(fieldOf(r, "Deals", "Win Rate (Prospect)")).not.toBe("prospect");
  });

  it("English: opportunities known only by number and product are not imported", () => {
    const r = importWorkbook([sheet("Deals", deals(false))]);
    expect(readAs(r, "Deals")).not.toBe("Pipeline");
    expect(r.records.Pipeline ?? []).toHaveLength(0);
  });

  it("English: with the customer named they are", () => {
    const r = importWorkbook([sheet("Deals", deals(true))]);
    expect(readAs(r, "Deals")).toBe("Pipeline");
  });
});
