/**
 * A broker's renewal list: its status words (Renewed, Reinstated, 已續保, 待續保, 復效 …) are read, its
 * plan words give the policy type (Home Contents Cover → property, Travel Annual → other), the
 * Handler is the client's owner, the HKID the client's ID number and Policy Expiry the policy's
 * expiry date; a warning that holds for most
 * of a column is said once for the column with a count and examples, its values still in notes.
 */
import { importWorkbook } from "../../src/importer";
import { gatherColumnWarnings, MIN_GATHERED_ROWS } from "../../src/importer/column-warnings";
import { parseEnum, enumChoices } from "../../src/importer/normalize/enums";
import { renderMessage } from "../../src/register/messages";
import { INSURANCE_TYPE, POLICY_STATUS } from "../../src/register/enums";
import type { ImportIssue, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const status = enumChoices(POLICY_STATUS);
const type = enumChoices(INSURANCE_TYPE);
const read = (raw: string, choices = status) => {
  const r = parseEnum(raw, choices);
  return r.ok ? r.value : null;
};

describe("policy status words of a renewal list", () => {
  it.each([
    ["Renewed", "in-force"],
    ["Reinstated", "in-force"],
    ["In Force", "in-force"],
    ["Pending renewal", "in-force"],
    ["已續保", "in-force"],
    ["待續保", "in-force"],
    ["有效", "in-force"],
    ["復效", "in-force"],
    ["Cancelled", "lapsed"],
    ["Surrendered", "lapsed"],
    ["Not renewed", "lapsed"],
    ["失效", "lapsed"],
    ["停效", "lapsed"],
    ["未續保", "lapsed"],
    ["Expired", "matured"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw)).toBe(key);
  });

  it("leaves a bare Pending unread: a pending application is not yet in force", () => {
    expect(read("Pending")).toBeNull();
  });
});

describe("plan words of a renewal list", () => {
  it.each([
    ["Home Contents Cover", "property"],
    ["Home Contents", "property"],
    ["家居保險", "property"],
    ["Travel Annual", "other"],
    ["Travel Insurance", "other"],
    ["旅遊保險", "other"],
    ["旅平險", "accident"],
  ])("%s is %s", (raw, key) => {
    expect(read(raw, type)).toBe(key);
  });
});

const HEADER = [
  "Client Name",
  "HKID",
  "Policy No.",
  "Plan",
  "Policy Expiry",
  "Renewal Status",
  "Handler",
];
const ROWS: SourceCell[][] = [
  [
    "Wong Siu Ming",
    "A123456(7)",
    "HP-1001",
    "Home Contents Cover",
    "14/03/2027",
    "Renewed",
    "Carmen Lo",
  ],
  ["Wong Siu Ming", "A123456(7)", "TR-1002", "Travel Annual", "02/11/2026", "Renewed", "Carmen Lo"],
  [
    "Leung Ka Yan",
    "B234567(8)",
    "HP-1003",
    "Home Contents Cover",
    "30/06/2026",
    "Lapsed",
    "Derek Ho",
  ],
  ["Cheung Wai Kit", "C345678(9)", "TR-1004", "Travel Annual", "21/01/2027", "Pending", "Derek Ho"],
  [
    "Ho Mei Ling",
    "D456789(0)",
    "HP-1005",
    "Home Contents Cover",
    "05/09/2027",
    "Renewed",
    "Carmen Lo",
  ],
];

describe("a renewal list without a client sheet", () => {
  const r = importWorkbook([sheet("Renewals", [HEADER, ...ROWS])]);
  const client = (name: string) => r.records.Clients.find((c) => c.name === name);

  it("makes the Handler the client's owner and the HKID the client's ID number", () => {
    expect(r.records.Clients).toHaveLength(4);
    expect(client("Wong Siu Ming")).toMatchObject({ owner: "Carmen Lo", idNumber: "A123456(7)" });
    expect(client("Cheung Wai Kit")).toMatchObject({ owner: "Derek Ho", idNumber: "C345678(9)" });
  });

  it("reads the statuses and plans; a bare Pending stays in the policy's notes", () => {
    const policies = r.records.Insurance;
    expect(policies.map((p) => p.status)).toEqual([
      "in-force",
      "in-force",
      "lapsed",
      null,
      "in-force",
    ]);
    expect(policies.map((p) => p.type)).toEqual([
      "property",
      "other",
      "property",
      "other",
      "property",
    ]);
    expect(String(policies[3].notes)).toContain("Renewal Status: Pending");
  });

  it("reads Policy Expiry, day first, as the policy's expiry date", () => {
    expect(r.records.Insurance.map((p) => p.expiryDate)).toEqual([
      "2027-03-14",
      "2026-11-02",
      "2026-06-30",
      "2027-01-21",
      "2027-09-05",
    ]);
  });
});

describe("a warning that holds for most of a column", () => {
  const birthdays = ["03/15", "07/02", "11/30", "01/06", "05/13", "09/09"];
  const people = (values: SourceCell[]) =>
    importWorkbook([
      sheet("Members", [
        ["Name", "Email", "Birthday"],
        ...values.map((b, i) => [`Member ${"ABCDEFGH"[i]} Lund`, `m${i}@example.com`, b]),
      ]),
    ]);

  it("is one issue for the column, with the count and examples, the values kept in notes", () => {
    const r = people(birthdays);
    const rows = r.issues.filter((i) => i.column?.includes("Birthday") && i.row !== null);
    expect(rows).toEqual([]);
    const column = r.issues.filter((i) => i.code === "value.column-kept");
    expect(column).toHaveLength(1);
    expect(column[0]).toMatchObject({
      sheet: "Members",
      row: null,
      column: "C (Birthday)",
      severity: "warning",
      params: { count: 6 },
    });
    expect(column[0].params?.examples).toBe('"03/15", "07/02", "11/30"');
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(column[0].code as never, column[0].params ?? {}, lang) ?? "";
      expect(text).toContain("6");
      expect(text).toContain('"03/15"');
      expect(text).not.toMatch(/\{\w+/);
    }
    expect(r.records.Clients.every((c) => (c.birthday ?? null) === null)).toBe(true);
    expect(String(r.records.Clients[3].notes)).toContain("Birthday: 01/06");
  });

  it("stays one issue, naming its row, when a single cell of the column has it", () => {
    const r = people([
      "1990-03-15",
      "1985-07-02",
      "1979-11-30",
      "01/06",
      "1992-05-13",
      "1988-09-09",
    ]);
    expect(r.issues.filter((i) => i.code === "value.column-kept")).toEqual([]);
    const rows = r.issues.filter((i) => i.code === "value.unreadable-kept");
    expect(rows.map((i) => [i.row, i.value])).toEqual([[5, "01/06"]]);
  });
});

describe("gatherColumnWarnings", () => {
  const warning = (row: number, column: string, value: string, problem = "date.no-year") =>
    ({
      sheet: "S",
      row,
      column,
      field: "birthday",
      value,
      severity: "warning",
      message: "m",
      code: "value.unreadable-kept",
      params: { problem, value: `"${value}"` },
    }) as ImportIssue;

  it("gathers only warnings of one kind in one column, in place of the first, others in order", () => {
    const info: ImportIssue = {
      ...warning(1, "A", "x"),
      severity: "info",
      code: "import.title-row",
    };
    const many = Array.from({ length: MIN_GATHERED_ROWS }, (_, i) =>
      warning(i + 2, "B", `0${i + 1}/01`)
    );
    const other = warning(3, "C", "??", "date.incomplete");
    const out = gatherColumnWarnings([info, ...many.slice(0, 2), other, ...many.slice(2)]);
    expect(out.map((i) => i.code)).toEqual([
      "import.title-row",
      "value.column-kept",
      "value.unreadable-kept",
    ]);
    expect(out[1].params).toMatchObject({ count: MIN_GATHERED_ROWS, problem: "date.no-year" });
    expect(out[2]).toBe(other);
  });

  it("gathers a column's warnings however few of its cells they are, listing their rows", () => {
    const two = [warning(4, "B", "v1"), warning(9, "B", "v2")];
    const out = gatherColumnWarnings(two);
    expect(out).toHaveLength(1);
    expect(out[0].params).toMatchObject({ count: 2, rows: "4, 9", values: '"v1" ×1, "v2" ×1' });
  });

  it("leaves fewer rows than the minimum alone, however much of the column they are", () => {
    const few = Array.from({ length: MIN_GATHERED_ROWS - 1 }, (_, i) =>
      warning(i + 2, "B", `v${i}`)
    );
    expect(gatherColumnWarnings(few)).toEqual(few);
  });
});
