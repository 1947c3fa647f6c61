/**
 * Rows that are events about named parties (event-rows.ts): a log of calls or visits whose party
 * seldom comes back is still read as the events, by a day headed as the event's own and headers
 * speaking of it; a tracker whose party comes back is read as its event sheet by one event header
 * and a day on every row; a list naming each party once with its profile, a contact list of people
 * at their firms and a ledger of dated sales stay what they were. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { eventRowsReading, partyRepetition } from "../../src/importer/event-rows";
import type { SourceCell } from "../../src/importer/types";
import { profileColumn } from "../../src/importer/profile";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

/** The pure reading's input for a header row and its data rows. */
function inputOf(rows: SourceCell[][], partyAt: number) {
  const headers = rows[0] as string[];
  const data = rows.slice(1);
  const columnValues = headers.map((_, c) => data.map((row) => row[c] ?? null));
  return {
    headers,
    columnValues,
    profiles: columnValues.map((v) => profileColumn(v)),
    partyOf: () => partyAt,
  };
}

/** An outreach desk's calls to firms, most called once, a few twice, each firm with its profile. */
function outreachCalls(rows: number): SourceCell[][] {
  const firms = [...INVENTED_COMPANIES.en, ...INVENTED_COMPANIES["zh-CN"]];
  const out: SourceCell[][] = [
    [
      "Firm",
      "Street",
      "Sector",
      "Staff",
      "Called On",
      "Caller",
      "Person Reached",
      "Call Outcome",
      "Call Back By",
      "Notes",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    // Every seventh call is a second call to the firm called just before.
    const f = i % 7 === 6 ? i - 1 : i;
    out.push([
      firms[f % firms.length] + (f >= firms.length ? ` ${f}` : ""),
      `${20 + f} Quarry Lane`,
      ["Retail", "Logistics", "Care"][f % 3],
      10 + f * 3,
      `2025-${pad((i % 9) + 1)}-${pad((i % 26) + 2)}`,
      ["desk-a@example.org", "desk-b@example.org"][i % 2],
      INVENTED_PEOPLE.en[i % INVENTED_PEOPLE.en.length],
      ["No answer", "Interested", "Not now"][i % 3],
      i % 3 === 1 ? `2025-10-${pad((i % 20) + 1)}` : "",
      i % 4 === 0 ? "asked for a brochure" : "",
    ]);
  }
  return out;
}

describe("rows that are events about named parties", () => {
  it("measures how often the party comes back", () => {
    expect(partyRepetition(["A", "B", "A", "C", "", "A", "B"])).toEqual({
      rows: 6,
      parties: 3,
      returning: 2,
      repeatedShare: 5 / 6,
    });
    expect(partyRepetition(["A", "B", "C"]).repeatedShare).toBe(0);
  });

  it("reads an outreach log calling most firms once as calls, dated by the call's own day", () => {
    const rows = outreachCalls(40);
    expect(eventRowsReading(inputOf(rows, 0))).toMatchObject({
      registerSheet: "Visits",
      dayAt: 4,
      partyAt: 0,
    });
  });

  it("imports the calls as visits of their firms, the firms made clients from them", () => {
    const rows = outreachCalls(40);
    const r = importWorkbook([sheet("Outreach", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.records.Visits).toHaveLength(40);
    const firms = new Set(rows.slice(1).map((row) => row[0]));
    expect(r.records.Clients).toHaveLength(firms.size);
    // The call's own day dates the visit, not the day to call back.
    const field = (header: string) => r.mappings[0].columns.find((c) => c.header === header)?.field;
    expect(field("Called On")).toBe("visitOn");
    expect(field("Firm")).toBe("clientName");
    expect(r.records.Visits[0].visitOn).toBe("2025-01-02");
  });

  it("keeps a list naming each firm once with its last call and outcome as the client list", () => {
    const rows = outreachCalls(24)
      .filter((_, i) => i === 0 || i % 7 !== 0)
      .map((row, i) => (i === 0 ? row.map((h) => (h === "Called On" ? "Last Call" : h)) : row));
    expect(eventRowsReading(inputOf(rows, 0))).toBeNull();
  });

  it("reads a quote tracker whose agencies come back as the pipeline, by one event word", () => {
    const agencies = INVENTED_COMPANIES["zh-CN"].slice(0, 5);
    const rows: SourceCell[][] = [["客户", "联系人", "销售", "询价日期", "线路", "人数", "阶段"]];
    for (let i = 0; i < 18; i++)
      rows.push([
        agencies[(i * 3) % agencies.length],
        INVENTED_PEOPLE["zh-CN"][i % 4],
        ["王磊", "李娜"][i % 2],
        `2025/${pad((i % 8) + 1)}/${pad((i % 20) + 5)}`,
        ["华东五日", "云南七日", "海南四日"][i % 3],
        12 + i,
        ["报价中", "已成交", "未成交"][i % 3],
      ]);
    expect(eventRowsReading(inputOf(rows, 0))).toMatchObject({
      registerSheet: "Pipeline",
      dayAt: 3,
    });
  });

  it("reads no events in a contact list of people at their firms, whatever it follows up", () => {
    const firms = INVENTED_COMPANIES.en.slice(0, 4);
    const rows: SourceCell[][] = [["Firm", "Name", "E-mail", "Added", "Follow Up"]];
    for (let i = 0; i < 16; i++)
      rows.push([
        firms[i % 4],
        INVENTED_PEOPLE.en[i % INVENTED_PEOPLE.en.length],
        `p${i}@example.com`,
        `2025-04-${pad(i + 1)}`,
        ["yes", "no"][i % 2],
      ]);
    expect(eventRowsReading(inputOf(rows, 0), {}, "Contacts")).toBeNull();
  });

  it("reads no events in a ledger of dated sales whose buyers come back", () => {
    const buyers = INVENTED_COMPANIES["zh-TW"].slice(0, 4);
    const rows: SourceCell[][] = [["客戶", "日期", "品名", "數量", "金額"]];
    for (let i = 0; i < 20; i++)
      rows.push([
        buyers[i % 4],
        `2025-05-${pad(i + 1)}`,
        ["螺絲", "墊片"][i % 2],
        10 + i,
        1200 + i * 35,
      ]);
    expect(eventRowsReading(inputOf(rows, 0))).toBeNull();
  });

  it("reads a rep's visits to prospects with their profiles as visits, in Traditional script", () => {
    const firms = INVENTED_COMPANIES["zh-TW"];
    const rows: SourceCell[][] = [
      ["公司名稱", "電話", "地址", "產業", "員工數", "拜訪日期", "拜訪人", "洽談結果", "下一步"],
    ];
    for (let i = 0; i < 14; i++) {
      const f = i % 7 === 6 ? i - 1 : i;
      rows.push([
        firms[f % firms.length] + (f >= firms.length ? `${f}` : ""),
        `02-2311-${String(4000 + f * 13)}`,
        `台北市中山路${f + 1}號`,
        ["製造", "零售"][f % 2],
        20 + f,
        `2024/${pad((i % 9) + 1)}/${pad((i % 25) + 2)}`,
        "林志豪",
        ["有興趣", "再聯絡"][i % 2],
        ["寄報價", "約下次"][i % 2],
      ]);
    }
    const r = importWorkbook([sheet("業務紀錄", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.records.Visits).toHaveLength(14);
    expect(r.records.Visits.every((v) => typeof v.visitOn === "string")).toBe(true);
  });
});
