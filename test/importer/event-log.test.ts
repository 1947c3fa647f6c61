/**
 * A log of events (tickets, visits) whose party comes back down the rows, each row carrying the
 * event's own number or day, is read as the records of the register sheet the events are, each
 * keyed to its client — not as a list of clients, and not refused as transactions. A list naming
 * each party once stays the client list, whatever dates it carries. Invented sheets only, in
 * shapes no corpus file has (other headers, column orders and sizes).
 */
import { importWorkbook } from "../../src/importer";
import { eventLogReading } from "../../src/importer/event-log";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, clientListSheet, profilesOf, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
/** Row i's party among `parties`, coming back unevenly (the first on many rows, some on two). */
const partyOf = (i: number, parties: number) => (i % 4 === 0 ? 0 : 1 + ((i * 5) % (parties - 1)));

/** A plumbing firm's help desk: a ticket a row, the customer with phone, e-mail and street. */
function helpDesk(rows: number, people: readonly string[]): SourceCell[][] {
  const out: SourceCell[][] = [
    [
      "Customer",
      "Phone",
      "Street",
      "Account No",
      "Contacted",
      "Ticket No.",
      "Handled by",
      "E-mail",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const p = partyOf(i, people.length);
    out.push([
      people[p],
      `+61 4 1200 ${String(3100 + p * 17)}`,
      `${12 + p} Wattle Rd`,
      // A number new on every row, written where the customer's number would be.
      `AC-${40500 + i * 9}`,
      `2025-${pad((i % 11) + 1)}-${pad((i % 25) + 3)}`,
      `HD-${7700 + i}`,
      ["Jo Pratt", "Kim Vale"][i % 2],
      `${people[p].split(" ")[0].toLowerCase()}@example.net`,
    ]);
  }
  return out;
}

/** A sales rep's round of shops: the day of each visit, the shop, its phone, what was said. */
function shopRounds(rows: number, shops: readonly string[]): SourceCell[][] {
  const out: SourceCell[][] = [
    ["客戶", "聯絡電話", "電子郵件", "地址", "統一編號", "拜訪日期", "業務員", "備註"],
  ];
  for (let i = 0; i < rows; i++) {
    const s = partyOf(i, shops.length);
    out.push([
      shops[s],
      `02-2700-${String(1200 + s * 31)}`,
      `shop${s}@example.tw`,
      `台北市信義路${s + 3}段${10 + s}號`,
      String(24500310 + s * 7),
      `2024/${pad((i % 6) + 4)}/${pad((i % 27) + 1)}`,
      "陳志明",
      ["介紹新品", "補貨", "收款", "陳列調整"][i % 4],
    ]);
  }
  return out;
}

describe("a log of events whose parties come back", () => {
  it("reads a help desk's tickets as complaints, one client per customer, not a list of clients", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 6);
    const rows = helpDesk(37, people);
    const r = importWorkbook([sheet("Desk", rows)]);
    const m = r.mappings.find((x) => x.sheet === "Desk");
    expect(m?.registerSheet).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(37);
    const field = (header: string) => m?.columns.find((c) => c.header === header)?.field;
    expect(field("Ticket No.")).toBe("complaintId");
    expect(field("Contacted")).toBe("receivedOn");
    // The number new on every row of one customer numbers the tickets, not the customer.
    expect(field("Account No")).toBeNull();
    const customers = [...new Set(rows.slice(1).map((row) => row[0] as string))].sort();
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(customers);
    const ticket = r.records.Complaints.find((c) => c.complaintId === "HD-7701");
    expect(ticket?.receivedOn).toBe("2025-02-04");
  });

  it("reads a rep's dated rounds of shops as visits, each keyed to its shop", () => {
    const shops = INVENTED_COMPANIES["zh-TW"].slice(0, 7);
    const rows = shopRounds(29, shops);
    const r = importWorkbook([sheet("拜訪", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.records.Visits).toHaveLength(29);
    const visited = new Set(rows.slice(1).map((row) => row[1]));
    expect(r.records.Clients).toHaveLength(visited.size);
    expect(r.records.Visits.every((v) => typeof v.visitOn === "string")).toBe(true);
  });

  it("keys the tickets to the clients of the workbook's client list when it has one", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 8);
    const r = importWorkbook([clientListSheet(), sheet("Desk", helpDesk(22, people))]);
    expect(r.mappings.find((x) => x.sheet === "Desk")?.registerSheet).toBe("Complaints");
    expect(r.records.Clients).toHaveLength(8);
    expect(r.records.Complaints).toHaveLength(22);
  });

  it("keeps a list naming each customer once as the client list, a last-visit day on every row", () => {
    const people = [...INVENTED_PEOPLE.en, ...INVENTED_PEOPLE["zh-CN"]].slice(0, 12);
    const rows: SourceCell[][] = [["Customer", "Phone", "Street", "Last Visit Date", "Ticket No."]];
    people.forEach((p, i) =>
      rows.push([
        p,
        `+61 4 1300 ${String(2000 + i * 13)}`,
        `${3 + i} Banksia St`,
        `2025-03-${pad(i + 2)}`,
        `HD-${900 + i}`,
      ])
    );
    const r = importWorkbook([sheet("Customers", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });

  it("finds no log where the party comes back but no number or day of the event's own stands", () => {
    const shops = INVENTED_COMPANIES.en.slice(0, 4);
    const rows: SourceCell[][] = [["Account", "Phone", "Region", "Notes"]];
    for (let i = 0; i < 16; i++) {
      const s = partyOf(i, shops.length);
      rows.push([shops[s], `555-01${pad(s)}`, ["East", "West"][s % 2], `note ${i}`]);
    }
    const headers = rows[0] as string[];
    const data = rows.slice(1);
    const columnValues = headers.map((_, c) => data.map((row) => row[c]));
    expect(
      eventLogReading({ headers, columnValues, profiles: profilesOf(data), partyOf: () => 0 })
    ).toBeNull();
  });

  it("takes the record the rows' own number names over the one a day header suggests", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 5);
    const headers = ["Visit Date", "Client", "Case Number", "Outcome"];
    const data: SourceCell[][] = [];
    for (let i = 0; i < 20; i++)
      data.push([`2025-06-${pad(i + 1)}`, people[partyOf(i, 5)], `CS-${300 + i}`, "done"]);
    const columnValues = headers.map((_, c) => data.map((row) => row[c]));
    const reading = eventLogReading({
      headers,
      columnValues,
      profiles: profilesOf(data),
      partyOf: () => 1,
    });
    expect(reading).toMatchObject({ registerSheet: "Complaints", numberAt: 2, partyAt: 1 });
    expect(reading?.parties).toBe(new Set(data.map((row) => row[1])).size);
  });

  it("reads a service line's cases as complaints of their callers, not as its clerks' staff list", () => {
    const callers = [...INVENTED_PEOPLE["zh-TW"].slice(0, 4), "民眾"];
    const clerks = ["林雅婷", "黃冠宇", "吳佩珊"];
    const rows: SourceCell[][] = [
      [
        "案件編號",
        "承辦員工號",
        "承辦人員",
        "來電人",
        "受理日期",
        "案由",
        "處理單位",
        "轉辦人工號",
      ],
    ];
    for (let i = 0; i < 45; i++) {
      const k = i % clerks.length;
      rows.push([
        `1130${String(52000 + i * 37)}`,
        String(8810 + k),
        clerks[k],
        callers[i % 3 === 0 ? 4 : partyOf(i, 4)],
        `2024-${pad((i % 9) + 1)}-${pad((i % 23) + 4)}`,
        ["路燈不亮", "噪音", "違規停車", "垃圾未清"][i % 4],
        ["本局", "區公所"][i % 2],
        i % 2 === 0 ? "" : String(8830 + (i % 4)),
      ]);
    }
    const r = importWorkbook([sheet("陳情案件", rows)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Complaints");
    expect(m.columns.find((c) => c.header === "來電人")?.field).toBe("clientName");
    expect(r.records.Complaints).toHaveLength(45);
  });
});
