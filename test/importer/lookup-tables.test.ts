/**
 * A table explaining the values another table's column takes again and again (the branches a
 * client list files its clients under, the kinds of policy a policy list sells, the stages of a
 * pipeline) is a lookup beside the data: left out, naming the column it serves. A client list
 * an order log names again and again is no lookup: it reaches its clients, or it is the
 * workbook's only client list.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const FIRMS = [
  "Alder & Finch Joinery",
  "Brightwater Dental",
  "Corvid Print Works",
  "Dunmore Haulage",
  "Eastgate Florists",
  "Fenwick Opticians",
  "Galloway Tiling",
  "Hartley Bakehouse",
  "Ivybridge Motors",
  "Juniper Yoga Studio",
  "Kestrel Locksmiths",
  "Linden Vets",
  "Marlow Cycle Hire",
  "Northcote Pharmacy",
  "Oakham Roofing",
  "Penrose Tailors",
];
const BRANCHES = [
  ["BR-N", "Northern branch", "Ayla Stroud"],
  ["BR-S", "Southern branch", "Corin Vale"],
  ["BR-E", "Eastern branch", "Dara Penhale"],
];

/** The client list: each firm filed under a branch code. */
function clients(): SourceCell[][] {
  return [
    ["Client No", "Company Name", "Telephone", "Branch code", "Opened"],
    ...FIRMS.map((f, i) => [
      `AC${3100 + i}`,
      f,
      `01632 96${String(1000 + i * 37).slice(-4)}`,
      BRANCHES[i % 3][0],
      `2025-0${(i % 9) + 1}-1${i % 10}`,
    ]),
  ];
}

/** What the branch codes mean: code, branch, who runs it. */
function branches(): SourceCell[][] {
  return [["Code", "Branch", "Branch manager"], ...BRANCHES];
}

describe("a lookup of the codes a client list files its clients under", () => {
  it("is left out, naming the column it explains and the sheet it serves", () => {
    const r = importWorkbook([sheet("Clients", clients()), sheet("Branches", branches())]);
    const got = r.mappings.find((m) => m.sheet === "Branches");
    expect(got?.registerSheet).toBeNull();
    expect(got?.kind).toBe("lookup");
    expect(got?.reasonCoded?.code).toBe("sheet.why.lookup-of");
    expect(got?.reasonCoded?.params).toMatchObject({
      column: "Code",
      sheet: "Clients",
      other: "Branch code",
      found: 3,
      count: 3,
      rows: FIRMS.length,
    });
    expect(r.records.Clients?.map((c) => c.name)).toEqual(FIRMS);
  });

  it("the reason reads in Chinese without an English word but the headers it names", () => {
    const r = importWorkbook([sheet("Clients", clients()), sheet("Branches", branches())]);
    const issue = r.issues.find(
      (i) => i.sheet === "Branches" && i.code === "import.sheet-not-data"
    );
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const text = renderMessage("import.sheet-not-data", issue?.params ?? {}, lang) ?? "";
      expect(text).toContain("Branch code");
      expect(text.replace(/Branch code|Branches|Clients|Code|BR-[NSE]/g, "")).not.toMatch(
        /[A-Za-z]{3,}/
      );
    }
  });

  it("a code the list uses that the lookup lacks is one in ten at most: here one of three, imported", () => {
    const half = [["Code", "Branch", "Branch manager"], ...BRANCHES.slice(0, 2)];
    const r = importWorkbook([sheet("Clients", clients()), sheet("Branches", half)]);
    expect(r.mappings.find((m) => m.sheet === "Branches")?.reasonCoded?.code).not.toBe(
      "sheet.why.lookup-of"
    );
  });
});

describe("a few small counts meeting a table's record numbers by chance make no lookup", () => {
  it("visits counted 2, 3, 4 on six rows leave the numbered notes imported", () => {
    const notes = [
      ["Note no", "Company Name", "Spoke with", "Said"],
      ...FIRMS.slice(0, 5).map((f, i) => [i + 1, f, ["Ayla", "Bron", "Cass"][i % 3], "call back"]),
    ];
    const tally = [
      ["Company Name", "Visits"],
      ...FIRMS.slice(0, 6).map((f, i) => [f, [2, 3, 4][i % 3]]),
    ];
    const r = importWorkbook([
      sheet("Clients", clients()),
      sheet("Notes", notes),
      sheet("Tally", tally),
    ]);
    expect(r.mappings.find((m) => m.sheet === "Notes")?.reasonCoded?.code).not.toBe(
      "sheet.why.lookup-of"
    );
  });
});

describe("a long numbered list holding a few small numbers by chance is no lookup", () => {
  it("tickets numbered 1, 4, 7 … 178 out of order beside orders priced 4, 7, 40 stay tickets", () => {
    // Out of order and headed "No.", so the numbers are neither a running row number nor a ticket
    // number: the lookup test weighs them.
    const tickets = [
      ["No.", "Company Name", "Issue", "Status"],
      ...Array.from({ length: 60 }, (_, k) => [
        1 + ((k * 7) % 60) * 3,
        FIRMS[k % FIRMS.length],
        ["late", "cold", "missing item"][k % 3],
        k % 4 ? "closed" : "open",
      ]),
    ];
    const orders = [
      ["Order ref", "Dish", "Price"],
      ...Array.from({ length: 40 }, (_, k) => [
        `OR-${900 + k}`,
        ["soup", "bun", "tart"][k % 3],
        [4, 7, 40][k % 3],
      ]),
    ];
    const r = importWorkbook([sheet("Tickets", tickets), sheet("Orders", orders)]);
    expect(r.mappings.find((m) => m.sheet === "Tickets")?.reasonCoded?.code).not.toBe(
      "sheet.why.lookup-of"
    );
  });
});

describe("a column whose values stand on a few rows each is no column of codes", () => {
  it("a short numbered list 1 … 10 beside visit counts 1 … 10 on twelve clients stays a list", () => {
    const complaints = [
      ["Case", "Company Name", "Issue", "Status"],
      ...Array.from({ length: 10 }, (_, k) => [
        k + 1,
        FIRMS[k],
        ["late delivery", "damaged box", "wrong invoice"][k % 3],
        k % 2 ? "closed" : "open",
      ]),
    ];
    const clientsWithVisits = [
      ["Client No", "Company Name", "Telephone", "Visits"],
      ...Array.from({ length: 12 }, (_, k) => [
        `C-${310 + k}`,
        FIRMS[15 - (k % 16)],
        `020 7946 ${String(1200 + k * 7).padStart(4, "0")}`,
        (k % 10) + 1,
      ]),
    ];
    const r = importWorkbook([sheet("Cases", complaints), sheet("Clients", clientsWithVisits)]);
    const cases = r.mappings.find((m) => m.sheet === "Cases");
    expect(cases?.registerSheet).not.toBeNull();
    expect(cases?.reasonCoded?.code).not.toBe("sheet.why.lookup-of");
  });
});

describe("a client list an order log names again and again is no lookup", () => {
  const orders = (): SourceCell[][] => [
    ["Order", "Customer", "Item", "Qty", "Amount"],
    ...Array.from({ length: 48 }, (_, k) => [
      `SO-${7700 + k}`,
      FIRMS[(k * 5) % 6],
      ["grout", "tiles", "sealant"][k % 3],
      (k % 4) + 1,
      12.5 * ((k % 7) + 1),
    ]),
  ];

  it("the only client list, names and no phones, stays the client list", () => {
    const list = [
      ["Customer", "Town"],
      ...FIRMS.slice(0, 6).map((f, i) => [f, ["Bude", "Looe"][i % 2]]),
    ];
    const r = importWorkbook([sheet("Customers", list), sheet("Orders", orders())]);
    expect(r.mappings.find((m) => m.sheet === "Customers")?.reasonCoded?.code).not.toBe(
      "sheet.why.lookup-of"
    );
  });

  it("a list reaching its clients by phone stays, beside another client list", () => {
    const list = [
      ["Customer", "Phone"],
      ...FIRMS.slice(0, 6).map((f, i) => [f, `01632 97${String(2000 + i * 41).slice(-4)}`]),
    ];
    const r = importWorkbook([
      sheet("Clients", clients()),
      sheet("Trade counter", list),
      sheet("Orders", orders()),
    ]);
    expect(r.mappings.find((m) => m.sheet === "Trade counter")?.reasonCoded?.code).not.toBe(
      "sheet.why.lookup-of"
    );
  });
});
