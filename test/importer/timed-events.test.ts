/**
 * Rows timed as events (event-rows.ts, `timedColumns`): a log whose every row began and ended the
 * same day at a time of day (Start DateTime / End DateTime, 开始时间 / 结束时间) is a log of
 * meetings or visits, imported as Visits dated by the start, even when each party comes once and
 * the headers fit a client list or a policy's start and end. A membership's start and end days, an
 * exhibition's one schedule on every exhibitor's row and a viewer's first and last view stay what
 * they were. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { timedColumns } from "../../src/importer/event-rows";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const at = (day: number, hour: number, minute = 0) =>
  new Date(Date.UTC(2025, 2, day, hour, minute));
const text = (day: number, hour: number, minute = 0) =>
  `2025-03-${pad(day)} ${pad(hour)}:${pad(minute)}`;

/** A centre's visits by organisations, each coming once, an unknown end typed NIL. */
function centreVisits(
  headers: string[],
  firms: readonly string[],
  moment: (day: number, hour: number, minute?: number) => SourceCell,
  count: number
): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  for (let i = 0; i < count; i++) {
    const hour = 9 + (i % 6);
    rows.push([
      i + 1,
      moment(i + 1, hour),
      i % 5 === 3 ? "NIL" : moment(i + 1, hour + 1, 30),
      firms[i % firms.length],
      5 + ((i * 7) % 20),
      ["Host A", "Host B"][i % 2],
    ]);
  }
  return rows;
}

const fieldOf = (r: ReturnType<typeof importWorkbook>, header: string) =>
  r.mappings[0].columns.find((c) => c.header === header)?.field ?? null;

describe("rows timed by a start and an end the same day", () => {
  it("imports a centre's visits by organisations as visits dated by their start", () => {
    const firms = INVENTED_COMPANIES.en;
    const rows = centreVisits(
      ["No", "Start DateTime", "End DateTime", "Name", "Pax", "Host"],
      firms,
      at,
      8
    );
    const r = importWorkbook([sheet("2025-03", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(fieldOf(r, "Start DateTime")).toBe("visitOn");
    expect(fieldOf(r, "End DateTime")).toBeNull();
    expect(fieldOf(r, "Name")).toBe("clientName");
    expect(r.records.Visits).toHaveLength(8);
    expect(r.records.Visits[0].visitOn).toBe("2025-03-01");
    expect(r.records.Clients).toHaveLength(Math.min(8, firms.length));
  });

  it("reads a month's few meetings written as text moments, in Simplified script", () => {
    const rows = centreVisits(
      ["序号", "开始时间", "结束时间", "单位名称", "人数", "接待人"],
      INVENTED_COMPANIES["zh-CN"],
      text,
      4
    );
    const r = importWorkbook([sheet("三月", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(fieldOf(r, "开始时间")).toBe("visitOn");
    expect(fieldOf(r, "结束时间")).toBeNull();
    expect(r.records.Visits).toHaveLength(4);
    expect(r.records.Visits[1].visitOn).toBe("2025-03-02");
  });

  it("reads visits timed in Traditional script", () => {
    const rows = centreVisits(
      ["編號", "開始時間", "結束時間", "公司名稱", "人數", "接待人"],
      INVENTED_COMPANIES["zh-TW"],
      at,
      7
    );
    const r = importWorkbook([sheet("參訪", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(fieldOf(r, "開始時間")).toBe("visitOn");
    expect(r.records.Visits).toHaveLength(7);
  });

  it("finds the start and the end only where the end falls later the same day", () => {
    const headers = ["Start Time", "End Time", "Name"];
    const sameDay = [at(1, 9), at(2, 10), at(3, 11), at(4, 14)];
    const later = [at(1, 10), at(2, 12), at(3, 12), at(4, 15)];
    const nextDay = [at(2, 10), at(3, 12), at(4, 12), at(5, 15)];
    const names = ["A", "B", "C", "D"];
    expect(timedColumns(headers, [sameDay, later, names])).toEqual({ start: 0, end: 1 });
    expect(timedColumns(headers, [sameDay, nextDay, names])).toBeNull();
    // Days without a time of day (a contract's, a membership's) time nothing.
    const days = [1, 2, 3, 4].map((d) => at(d, 0));
    expect(timedColumns(headers, [days, days, names])).toBeNull();
  });

  it("keeps a member list with its membership's start and end days as the client list", () => {
    const rows: SourceCell[][] = [["Member", "Phone", "Start Date", "End Date", "Plan"]];
    for (let i = 0; i < 10; i++)
      rows.push([
        INVENTED_COMPANIES.en[i % INVENTED_COMPANIES.en.length] + ` ${i}`,
        `0412 555 ${100 + i}`,
        new Date(Date.UTC(2024, i % 12, 1 + i)),
        new Date(Date.UTC(2025, i % 12, i + 1)),
        ["Gold", "Silver"][i % 2],
      ]);
    const r = importWorkbook([sheet("Members", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Visits).toHaveLength(0);
  });

  it("keeps exhibitors sharing one exhibition's start and end as the client list", () => {
    const rows: SourceCell[][] = [
      ["code", "Company name", "Booth", "Exhibition start time", "Exhibition end time", "City"],
    ];
    for (let i = 0; i < 12; i++)
      rows.push([
        `S${1000 + i}`,
        `${INVENTED_COMPANIES.en[i % INVENTED_COMPANIES.en.length]} ${i}`,
        `A${i}`,
        "2025-11-26 09:00:00",
        "2025-11-26 18:00:00",
        ["Ningbo", "Wenzhou", "Foshan"][i % 3],
      ]);
    const columns = rows[0].map((_, c) => rows.slice(1).map((r) => r[c]));
    expect(timedColumns(rows[0] as string[], columns)).toBeNull();
    const r = importWorkbook([sheet("exhibitors", rows)]);
    expect(r.mappings[0].registerSheet).not.toBe("Visits");
    expect(r.records.Visits).toHaveLength(0);
  });

  it("keeps viewers with their first and last view of a broadcast as the client list (简体)", () => {
    const rows: SourceCell[][] = [
      ["用户昵称", "联系电话", "首次观看时间", "最近观看时间", "观看时长"],
    ];
    for (let i = 0; i < 10; i++)
      rows.push([
        `用户${i}`,
        `1380013${pad(i)}00`,
        text(1, 18, i),
        text(1, 20, i),
        `${60 + i}分钟`,
      ]);
    const r = importWorkbook([sheet("观众", rows)]);
    expect(r.mappings[0].registerSheet).not.toBe("Visits");
    expect(r.records.Visits).toHaveLength(0);
  });
});
