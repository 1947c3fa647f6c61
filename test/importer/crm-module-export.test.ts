/**
 * A CRM's module exports gathered in one workbook (Zoho, Salesforce): Accounts, Contacts, and Deals
 * with their own Record Id, a Stage in the CRM's words and a Closing Date. Each deal is its own
 * opportunity (even two of one account), at the step of the five its stage belongs to.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const ACCOUNTS = [
  ["zcrm_5100000000000011", "Birchwood Dental Group", "+61 2 9011 2040", "Healthcare"],
  ["zcrm_5100000000000027", "Kestrel Marine Supplies", "+61 7 3222 0180", "Retail"],
  ["zcrm_5100000000000043", "Orchard Lane Bakeries", "+61 3 9555 1202", "Food & Beverage"],
];

const accounts: SourceCell[][] = [["Record Id", "Account Name", "Phone", "Industry"], ...ACCOUNTS];

const contacts: SourceCell[][] = [
  ["Record Id", "First Name", "Last Name", "Account Name", "Account Name.id", "Email"],
  [
    "zcrm_5100000001000001",
    "Imogen",
    "Hale",
    ACCOUNTS[0][1],
    ACCOUNTS[0][0],
    "imogen@birchwood.example",
  ],
  [
    "zcrm_5100000001000002",
    "Rafael",
    "Ortiz",
    ACCOUNTS[0][1],
    ACCOUNTS[0][0],
    "rafael@birchwood.example",
  ],
  ["zcrm_5100000001000003", "Mei", "Tanaka", ACCOUNTS[1][1], ACCOUNTS[1][0], "mei@kestrel.example"],
  [
    "zcrm_5100000001000004",
    "Owen",
    "Price",
    ACCOUNTS[2][1],
    ACCOUNTS[2][0],
    "owen@orchard.example",
  ],
  [
    "zcrm_5100000001000005",
    "Lena",
    "Fischer",
    ACCOUNTS[2][1],
    ACCOUNTS[2][0],
    "lena@orchard.example",
  ],
];

const STAGES: [string, string | null][] = [
  ["Qualification", "identify"],
  ["Needs Analysis", "gather"],
  ["Value Proposition", "assess"],
  ["Id. Decision Makers", "relate"],
  // Salesforce's quote comes after Perception Analysis and a negotiation is still open: stage 4.
  ["Proposal/Price Quote", "relate"],
  ["Negotiation/Review", "relate"],
  ["Closed Won", "close"],
  ["Closed Lost", null],
];

const deals: SourceCell[][] = [
  ["Record Id", "Deal Name", "Account Name", "Amount", "Closing Date", "Stage"],
  ...STAGES.map(([stage], i) => [
    `zcrm_51000000020000${10 + i}`,
    `${ACCOUNTS[i % 3][1].split(" ")[0]} - deal ${i + 1}`,
    ACCOUNTS[i % 3][1],
    10000 * (i + 1),
    "2026-09-30",
    stage,
  ]),
];

describe("a CRM's module exports in one workbook", () => {
  const r = importWorkbook([
    sheet("Accounts", accounts),
    sheet("Contacts", contacts),
    sheet("Deals", deals),
  ]);
  const idOf = new Map(r.records.Clients.map((c) => [c.name, c.clientId]));

  it("keeps every deal as its own opportunity, with its Record Id", () => {
    expect(r.records.Pipeline).toHaveLength(8);
    expect(r.records.Pipeline.map((d) => d.opportunityId)).toEqual(deals.slice(1).map((d) => d[0]));
    expect(r.records.Pipeline.map((d) => d.clientId)).toEqual(
      STAGES.map((_, i) => idOf.get(ACCOUNTS[i % 3][1]))
    );
  });

  it("two deals of one account alike in all but their Record Id and name stay two", () => {
    const twins: SourceCell[][] = [
      deals[0],
      [
        "zcrm_5100000002000101",
        "Birchwood - Clinic fit-out",
        ACCOUNTS[0][1],
        25000,
        "2026-10-31",
        "Needs Analysis",
      ],
      [
        "zcrm_5100000002000102",
        "Birchwood - Imaging suite",
        ACCOUNTS[0][1],
        25000,
        "2026-10-31",
        "Needs Analysis",
      ],
    ];
    const t = importWorkbook([sheet("Accounts", accounts), sheet("Deals", twins)]);
    expect(t.records.Pipeline.map((d) => d.opportunityId)).toEqual([
      "zcrm_5100000002000101",
      "zcrm_5100000002000102",
    ]);
  });

  it("reads the CRM's stages and the closing date", () => {
    expect(r.records.Pipeline.map((d) => d.stage)).toEqual(STAGES.map(([, key]) => key));
    expect(r.records.Pipeline.every((d) => d.expectedClose === "2026-09-30")).toBe(true);
    // A lost deal is no stage of the five: its word is kept beside the record, with a warning.
    expect(Object.values(r.records.Pipeline[7])).toContain("Closed Lost");
    expect(
      r.issues.some((i) => i.sheet === "Deals" && i.row === 9 && i.value === "Closed Lost")
    ).toBe(true);
  });
});
