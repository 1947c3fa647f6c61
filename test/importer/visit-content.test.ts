/**
 * A visit log says what happened at each contact: two calls to one client on one day are two
 * visits when they say different things, and a column the register has no field for (時長,
 * 狀態) is kept in the visit's notes under its header.
 */
import { importWorkbook } from "../../src/importer";
import { childKey } from "../../src/importer/link-merge";
import { SHEETS, sheetDef } from "../../src/register/sheets";
import { validateRow } from "../../src/register/schemas";
import { fieldLabel } from "../../src/register/catalog";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const CLIENTS: SourceCell[][] = [
  ["客戶姓名", "手機"],
  ["周佩君", "0912-000-101"],
  ["郭志遠", "0922-000-202"],
];
const HEADER = ["拜訪日期", "客戶", "方式", "討論重點", "時長", "備註"];
const LOG: SourceCell[][] = [
  HEADER,
  ["2026/10/05", "周佩君", "電話", "確認保單續保意願", "10 分鐘", ""],
  ["2026/10/05", "周佩君", "電話", "補寄理賠申請表", "5 分鐘", "下午回撥"],
  ["2026/10/07", "郭志遠", "面訪", "年金規劃說明", "1 小時", ""],
  ["2026/10/07", "郭志遠", "面訪", "年金規劃說明", "1 小時", ""],
];

function book(rows: SourceCell[][] = LOG) {
  return [sheet("客戶", CLIENTS), sheet("拜訪紀錄", rows)];
}

describe("the Visits sheet has notes", () => {
  it("is a field of the register, labelled in every language, validated as text", () => {
    const visits = SHEETS.find((s) => s.key === "Visits");
    expect(visits?.fields.map((f) => f.key)).toContain("notes");
    const notes = sheetDef("Visits").fields.find((f) => f.key === "notes");
    expect(notes && fieldLabel(notes, "en")).toBe("Notes");
    expect(notes && fieldLabel(notes, "zh-CN")).toBe("备注");
    expect(notes && fieldLabel(notes, "zh-TW")).toBe("備註");
    expect(validateRow("Visits", { visitOn: "2026-10-05", notes: "時長: 10 分鐘" })).toEqual([]);
    expect(validateRow("Visits", { visitOn: "2026-10-05", notes: 3 })).not.toEqual([]);
  });
});

describe("two contacts with one client on one day", () => {
  const result = importWorkbook(book(), { today: "2026-11-30" });
  const visits = result.records.Visits;

  it("are two visits when they say different things; the same row twice is one", () => {
    expect(visits.map((v) => [v.visitOn, v.keyPoints])).toEqual([
      ["2026-10-05", "確認保單續保意願"],
      ["2026-10-05", "補寄理賠申請表"],
      ["2026-10-07", "年金規劃說明"],
    ]);
    expect(result.rows.filter((r) => r.sheet === "拜訪紀錄").map((r) => r.outcome)).toEqual([
      "imported",
      "imported",
      "imported",
      "merged",
    ]);
  });

  it("keep a column the register has no field for in notes, beside the log's own remarks", () => {
    expect(result.mappings[1].columns.map((c) => c.field)).toEqual([
      "visitOn",
      "clientName",
      "method",
      "keyPoints",
      null,
      "notes",
    ]);
    expect(visits[0].notes).toBe("時長: 10 分鐘");
    expect(String(visits[1].notes)).toContain("下午回撥");
    expect(String(visits[1].notes)).toContain("時長: 5 分鐘");
  });

  it("are not imported again by a second import of the same log", () => {
    const second = importWorkbook(book(), {
      existing: result.records,
      state: result.state,
      today: "2026-11-30",
    });
    expect(second.records.Visits).toEqual(visits);
    expect(second.summary.imported).toBe(0);
  });

  it("are found again in a register written before visits had notes", () => {
    // Such a register kept the log's 時長 in a column of its own and has no notes column.
    const older = result.records.Visits.map((v) => {
      const { notes, ...rest } = v;
      return { ...rest, 時長: String(notes ?? "").replace("時長: ", "") };
    });
    const again = importWorkbook(book(), {
      existing: { ...result.records, Visits: older },
      today: "2026-11-30",
    });
    expect(again.records.Visits).toHaveLength(3);
    expect(again.records.Visits[0]).toMatchObject({ 時長: "10 分鐘", notes: "時長: 10 分鐘" });
    expect(again.summary.imported).toBe(0);
  });

  it("differ in their dedupe key by what was discussed", () => {
    const a = { clientId: "C-0001", visitOn: "2026-10-05", method: "phone", keyPoints: "甲" };
    expect(childKey("Visits", a)).not.toBe(childKey("Visits", { ...a, keyPoints: "乙" }));
    expect(childKey("Visits", a)).toBe(childKey("Visits", { ...a, expense: 100 }));
  });
});

describe("a visit log whose only free text is headed Notes", () => {
  it("reads it as what was discussed", () => {
    const rows: SourceCell[][] = [["Date", "Client", "Type", "Notes", "Duration"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`2025-10-0${i}`, `Harbour Lane Ltd ${i}`, "Call", `Renewal terms ${i}`, "15 min"]);
    const r = importWorkbook([sheet("Call log", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "visitOn",
      "clientName",
      "method",
      "keyPoints",
      null,
    ]);
    expect(r.records.Visits[0].keyPoints).toBe("Renewal terms 1");
    expect(String(r.records.Visits[0].notes)).toContain("Duration: 15 min");
  });
});

describe("a planned visit marked only in a status column", () => {
  it("is still told apart although the status now goes to notes", () => {
    const rows: SourceCell[][] = [
      ["拜訪日期", "客戶", "方式", "討論重點", "狀態"],
      ["2026/09/10", "周佩君", "面訪", "保單健診", "已完成"],
      ["2026/10/15", "周佩君", "面訪", "續保說明", "預定"],
    ];
    const r = importWorkbook([sheet("客戶", CLIENTS), sheet("拜訪紀錄", rows)], {
      today: "2026-11-30",
    });
    expect(r.records.Visits.map((v) => [v.visitOn, v.nextVisitOn])).toEqual([
      ["2026-09-10", "2026-10-15"],
    ]);
    expect(r.issues.some((i) => i.code === "import.planned-visit-next")).toBe(true);
  });
});
