/**
 * A complaint log's own dates and number, read as a person reads them: a date the header says is
 * planned, due, promised or "should" (Due By, Target Resolution Date, 预计解决时间, 应结案日期,
 * 應完成日) is the complaint's due day — the source's own, kept over the service-level formula —
 * and one it says actually happened (Actual Close Date, 实际完成日期, 實際結案日) is the day it was
 * resolved; a ledger's bare 编号 / ID counting 1, 2, 3 … is each complaint's number, while a 序号 or
 * "No." only counts rows. Invented books in English, 简体 and 繁體, columns in several orders.
 */
import { importWorkbook } from "../../src/importer";
import { namesActualDay, namesDueDay } from "../../src/register/catalog";
import type { SourceCell } from "../../src/importer/types";
import type { RegisterRecord } from "../../src/register/types";
import { INVENTED_COMPANIES, sheet } from "./helpers";

const day = (month: number, d: number) =>
  `2025-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function fieldsOf(result: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(result.mappings[0].columns.map((c) => [c.header, c.field]));
}

function complaint(records: RegisterRecord[] | undefined, id: string): RegisterRecord {
  const found = (records ?? []).find((r) => r.complaintId === id);
  if (!found) throw new Error(`no complaint ${id}`);
  return found;
}

describe("what a date header says of the day: due or actual", () => {
  it.each([
    "Due By",
    "due_by",
    "Target Resolution Date",
    "Expected close date",
    "SLA deadline",
    "预计解决时间",
    "要求完成日期",
    "应结案日期",
    "應完成日",
    "承諾回覆日期",
  ])("%s is a due day", (header) => {
    expect(namesDueDay(header)).toBe(true);
    expect(namesActualDay(header)).toBe(false);
  });

  it.each(["Actual Close Date", "actual_resolution_date", "实际完成日期", "實際結案日"])(
    "%s is a day that happened",
    (header) => {
      expect(namesActualDay(header)).toBe(true);
      expect(namesDueDay(header)).toBe(false);
    }
  );

  it.each(["响应时间", "供应商交货日期", "Created at", "结案日期", "Date Closed", "投诉日期"])(
    "%s names no due day (应 in 响应 or 供应 is no 'should')",
    (header) => expect(namesDueDay(header)).toBe(false)
  );
});

describe("a complaint ledger: serial 编号, should-close and actually-done dates", () => {
  const companies = INVENTED_COMPANIES["zh-CN"];
  // 编号 | 投诉日期 | 应结案日期 | 实际完成日期 …: the due day sits between received and done.
  const ledger: SourceCell[][] = [
    ["编号", "分公司", "投诉日期", "应结案日期", "实际完成日期", "问题描述", "跟进人", "结案状态"],
    ...companies
      .slice(0, 6)
      .map((name, i) => [
        i + 1,
        i % 2 ? "华东" : "华南",
        day(3, i + 2),
        day(3, i + 22),
        i === 4 ? "" : day(3, i + 10),
        `${name}反馈发货少件，第${i + 1}批`,
        i % 2 ? "周敏" : "陈立",
        i === 4 ? "未结案" : "结案",
      ]),
  ];

  it("maps 应结案日期 to the due day, 实际完成日期 to the resolution and 编号 to the number", () => {
    const r = importWorkbook([sheet("客诉台账", ledger)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(fieldsOf(r)).toMatchObject({
      编号: "complaintId",
      投诉日期: "receivedOn",
      应结案日期: "dueOn",
      实际完成日期: "resolvedOn",
    });
  });

  it("each complaint is found by its own number, with the source's due day kept", () => {
    const r = importWorkbook([sheet("客诉台账", ledger)]);
    const second = complaint(r.records.Complaints, "2");
    expect(second).toMatchObject({
      receivedOn: day(3, 3),
      dueOn: day(3, 23),
      resolvedOn: day(3, 11),
      status: "closed",
    });
    const open = complaint(r.records.Complaints, "5");
    expect(open).toMatchObject({ dueOn: day(3, 26), resolvedOn: null, status: "open" });
  });

  it("繁體, columns reordered: 實際結案日 before 應結案日期, 編號 still the number", () => {
    const rows: SourceCell[][] = [
      ["客訴日期", "實際結案日", "編號", "客訴內容", "應結案日期", "處理人"],
      ...INVENTED_COMPANIES["zh-TW"]
        .slice(0, 5)
        .map((name, i) => [
          day(5, i + 1),
          day(5, i + 9),
          i + 1,
          `${name}反映帳單金額有誤`,
          day(5, i + 15),
          "林怡君",
        ]),
    ];
    const r = importWorkbook([sheet("客訴紀錄", rows)]);
    expect(fieldsOf(r)).toMatchObject({
      客訴日期: "receivedOn",
      實際結案日: "resolvedOn",
      編號: "complaintId",
      應結案日期: "dueOn",
    });
    expect(complaint(r.records.Complaints, "3")).toMatchObject({
      dueOn: day(5, 17),
      resolvedOn: day(5, 11),
    });
  });

  it("English: Target Resolution Date is due, Actual Resolution Date resolved, serial ID the number", () => {
    const rows: SourceCell[][] = [
      [
        "ID",
        "Customer",
        "Date Logged",
        "Actual Resolution Date",
        "Issue",
        "Target Resolution Date",
        "Status",
      ],
      ...INVENTED_COMPANIES.en
        .slice(0, 6)
        .map((name, i) => [
          i + 1,
          name,
          day(7, i + 1),
          i === 2 ? "" : day(7, i + 6),
          "Delivery arrived damaged",
          day(7, i + 14),
          i === 2 ? "Open" : "Closed",
        ]),
    ];
    const r = importWorkbook([sheet("Complaints", rows)]);
    expect(fieldsOf(r)).toMatchObject({
      ID: "complaintId",
      "Actual Resolution Date": "resolvedOn",
      "Target Resolution Date": "dueOn",
    });
    expect(complaint(r.records.Complaints, "3")).toMatchObject({
      dueOn: day(7, 16),
      resolvedOn: null,
    });
  });

  it("a 序号 counting rows beside the complaint's own number stays a row number", () => {
    const rows: SourceCell[][] = [
      ["序号", "投诉单号", "客户名称", "投诉日期", "预计解决时间", "投诉内容"],
      ...companies
        .slice(0, 5)
        .map((name, i) => [
          i + 1,
          `TS2025${String(40 + i * 3).padStart(4, "0")}`,
          name,
          day(4, i + 1),
          day(4, i + 8),
          "宽带频繁掉线",
        ]),
    ];
    const r = importWorkbook([sheet("投诉清单", rows)]);
    expect(fieldsOf(r)).toMatchObject({
      序号: null,
      投诉单号: "complaintId",
      预计解决时间: "dueOn",
    });
    expect(r.mappings[0].columns[0].source).toBe("row-number");
    expect(complaint(r.records.Complaints, "TS20250043").dueOn).toBe(day(4, 9));
  });
});
