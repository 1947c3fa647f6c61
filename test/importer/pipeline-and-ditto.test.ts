/**
 * Two deals of one account are two opportunities; and a contact list that writes the account on
 * every row does not lend the account above to a contact whose account cell is blank.
 */
import { importWorkbook } from "../../src/importer";
import { linkAndMerge } from "../../src/importer/link-merge";
import type { SourceCell } from "../../src/importer/types";
import { candidateRows, sheet } from "./helpers";

const { cand, reset } = candidateRows();
beforeEach(reset);

describe("two deals of one account", () => {
  it("stay two opportunities when their amounts differ", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "C-0001", name: "Harbour Lane Ltd" }),
      cand(
        "Pipeline",
        { prospect: "Harbour Lane Ltd", expectedValue: 48000 },
        { clientName: "Harbour Lane Ltd" }
      ),
      cand(
        "Pipeline",
        { prospect: "Harbour Lane Ltd", expectedValue: 9800 },
        { clientName: "Harbour Lane Ltd" }
      ),
      cand(
        "Pipeline",
        { prospect: "Harbour Lane Ltd", expectedValue: 9800 },
        { clientName: "Harbour Lane Ltd" }
      ),
    ]);
    expect(r.records.Pipeline.map((p) => p.expectedValue)).toEqual([48000, 9800]);
    expect(r.issues.filter((i) => i.code === "link.conflict")).toEqual([]);
  });
});

describe("a contact list that names the account on every row", () => {
  const ACCOUNTS = ["Northwind Traders", "Harbour Lane Ltd", "Bluegate Foods"];
  const accounts: SourceCell[][] = [["Account Name", "Phone"]];
  ACCOUNTS.forEach((a, i) => accounts.push([a, `+1 415 555 01${20 + i}`]));
  const contacts: SourceCell[][] = [["First Name", "Last Name", "Account Name", "Email"]];
  const FIRST = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Fay", "Gus", "Hal", "Ivy"];
  FIRST.forEach((f, i) =>
    contacts.push([f, "Smith", i === 4 ? null : ACCOUNTS[i % 3], `${f.toLowerCase()}@example.com`])
  );

  it("leaves a contact whose account cell is blank without a client", () => {
    const r = importWorkbook([sheet("Accounts", accounts), sheet("Contacts", contacts)]);
    expect(r.records.Contacts).toHaveLength(FIRST.length);
    const eve = r.records.Contacts.find((c) => String(c.name).startsWith("Eve"));
    expect(eve?.clientId ?? null).toBeNull();
    expect(r.issues.some((i) => i.code === "import.client-filled-down")).toBe(false);
    expect(r.issues.filter((i) => i.code === "link.no-client")).toEqual([
      expect.objectContaining({
        sheet: "Contacts",
        row: 6,
        field: "clientId",
        severity: "warning",
      }),
    ]);
  });

  it("but a log that names each client once above its rows still fills them down", () => {
    const log: SourceCell[][] = [["Client", "Visit date", "Method"]];
    for (const a of ACCOUNTS) {
      log.push([a, "2024-01-02", "phone"]);
      log.push([null, "2024-02-03", "visit"]);
    }
    const r = importWorkbook([sheet("Accounts", accounts), sheet("Visits", log)]);
    expect(r.records.Visits.every((v) => v.clientId !== null)).toBe(true);
  });
});
