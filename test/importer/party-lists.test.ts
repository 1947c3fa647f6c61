/**
 * A sheet whose rows are distinct people or firms is client data even when it carries words a
 * transaction log or a pivot carries: the order that sold an attendee a ticket, one total row under
 * the list, or headers a dealer or a shop uses for its owners (車主, 業代, 購車日, Date Registered).
 * Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRST = ["Anna", "Ben", "Clara", "Dev", "Erin", "Farid", "Gina", "Hugo", "Iris", "Jon"];
const LAST = ["Moss", "Pike", "Quill", "Rowe", "Shaw", "Tate", "Vance", "Wren"];

describe("an attendee or customer export with order columns", () => {
  it("is a list of people when each row is a different person with their own e-mail", () => {
    const rows: SourceCell[][] = [
      ["Order #", "Order Date", "First Name", "Last Name", "Email", "Ticket Type", "Company"],
    ];
    for (let i = 0; i < 24; i++) {
      const first = FIRST[i % FIRST.length];
      const last = LAST[(i * 3) % LAST.length];
      rows.push([
        String(7000 + Math.floor(i / 2)),
        `2025-05-${String((i % 27) + 1).padStart(2, "0")} 10:00:00`,
        first,
        last,
        `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.test`,
        i % 3 === 0 ? "Early Bird" : "General",
        ["Northwind Ltd", "Blue Fern Inc", "Kappa Co"][i % 3],
      ]);
    }
    const r = importWorkbook([sheet("Guests", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.mappings[0].kind).not.toBe("transactions");
    expect(r.records.Clients.length).toBeGreaterThanOrEqual(20);
    expect(r.issues.some((i) => i.code === "import.nothing-imported")).toBe(false);
  });

  it("reads a transaction log whose customers come back on many rows as its buyers, one client each", () => {
    const rows: SourceCell[][] = [
      ["Order #", "Order Date", "Customer", "Email", "Item", "Qty", "Amount"],
    ];
    const buyers = ["Anna Moss", "Ben Pike", "Clara Quill"];
    for (let i = 0; i < 24; i++) {
      const b = buyers[i % 3];
      rows.push([
        String(9000 + i),
        new Date(Date.UTC(2025, 0, i + 1)),
        b,
        `${b.split(" ")[0].toLowerCase()}@example.test`,
        `Widget ${i % 4}`,
        (i % 5) + 1,
        20 + i,
      ]);
    }
    const r = importWorkbook([sheet("Orders", rows)]);
    // Not a list of 24 people: with no client list in the workbook, each buyer is one client.
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(buyers);
    expect(r.issues.some((i) => i.code === "sheet.why.buyer-log")).toBe(true);
  });
});

describe("a list with one Grand Total row", () => {
  const ageing = (): SourceCell[][] => {
    const rows: SourceCell[][] = [
      [
        "Customer",
        "Credit Limit",
        "Current",
        "1-30 days",
        "Total Outstanding",
        "Terms",
        "Sales Rep",
      ],
    ];
    const firms = [
      "Alder Hardware Sdn Bhd",
      "Birch Bakery",
      "Cedar Clinic",
      "Dahlia Florist",
      "Elm Motors Sdn Bhd",
      "Fir Printing",
      "Gum Tree Cafe",
      "Hazel Pharmacy",
    ];
    firms.forEach((f, i) =>
      rows.push([
        f,
        10000 + i * 1000,
        100 * i,
        50 * i,
        150 * i,
        i % 2 ? "30 days" : "COD",
        ["Kim", "Raj"][i % 2],
      ])
    );
    rows.push([null, null, null, null, null, null, null]);
    rows.push(["Grand Total", null, 2800, 1400, 4200, null, null]);
    return rows;
  };

  it("imports the customers and skips the total: text columns beside the figures make it a list, not a pivot", () => {
    const r = importWorkbook([sheet("Ageing", ageing())]);
    expect(r.mappings[0].kind).not.toBe("pivot");
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).not.toContain("Grand Total");
    expect(r.records.Clients).toHaveLength(8);
  });

  it("still calls a cross-tab of labels and figures with a Grand Total row a pivot", () => {
    const rows: SourceCell[][] = [
      ["Region", "Jan", "Feb", "Mar"],
      ["North", 10, 12, 9],
      ["South", 7, 8, 11],
      ["East", 3, 5, 4],
      ["Grand Total", 20, 25, 24],
    ];
    const r = importWorkbook([sheet("Sheet2", rows)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
  });
});

describe("a car dealer's owners and a shop's registration date", () => {
  it("reads 車主 as the client, 業代 as the owner and 購車日 as client since", () => {
    const rows: SourceCell[][] = [["車主", "車牌", "聯絡電話", "業代", "購車日"]];
    const owners = ["林志明", "陳美玲", "黃建國", "張雅婷", "吳宗翰", "劉怡君"];
    owners.forEach((o, i) =>
      rows.push([
        o,
        `ABC-${100 + i}`,
        `0912-345-${600 + i}`,
        ["王業務", "李業務"][i % 2],
        `2021/0${i + 1}/15`,
      ])
    );
    const r = importWorkbook([sheet("保養追蹤", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    const field = (h: string) => r.mappings[0].columns.find((c) => c.header === h)?.field;
    expect(field("車主")).toBe("name");
    expect(field("業代")).toBe("owner");
    expect(field("購車日")).toBe("clientSince");
    expect(r.records.Clients).toHaveLength(6);
    expect(r.records.Clients[0]).toMatchObject({
      name: "林志明",
      owner: "王業務",
      clientSince: "2021-01-15",
    });
  });

  it("reads 车主 / 业代 / 购车日 the same in simplified Chinese, and Date Registered as client since", () => {
    const zh = importWorkbook([
      sheet("车主", [
        ["车主", "联系电话", "业代", "购车日"],
        ["李强", "13800001111", "周一", "2020-03-01"],
        ["赵敏", "13800002222", "周一", "2020-04-01"],
        ["孙磊", "13800003333", "吴二", "2020-05-01"],
      ]),
    ]);
    const zhField = (h: string) => zh.mappings[0].columns.find((c) => c.header === h)?.field;
    expect([zhField("车主"), zhField("业代"), zhField("购车日")]).toEqual([
      "name",
      "owner",
      "clientSince",
    ]);
    const en = importWorkbook([
      sheet("Customers", [
        ["Name", "Email", "Date Registered"],
        ["Ann Moss", "ann@example.test", "2024-03-03"],
        ["Ben Pike", "ben@example.test", "2023-01-15"],
        ["Cy Rowe", "cy@example.test", "2022-07-09"],
      ]),
    ]);
    expect(en.mappings[0].columns.find((c) => c.header === "Date Registered")?.field).toBe(
      "clientSince"
    );
    expect(en.records.Clients[0]).toMatchObject({ name: "Ann Moss", clientSince: "2024-03-03" });
  });
});
