/**
 * What a sheet of events is. A log of visits or calls names whom each row met, or says what the
 * contact was; a ledger of charges or payments does neither and is no register data. A dialer's
 * rows labelled by a status's name name no client. Invented tables in English and 简体.
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

  it("says why in every language", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.no-contact", { headers: ["Date", "Charge"] }, lang);
      expect(text).toBeTruthy();
      expect(text).not.toContain("sheet.why");
    }
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
