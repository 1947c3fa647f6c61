/**
 * A book whose sheets share no identifier (an Accounts sheet and a Contacts sheet whose "Account"
 * column holds the account's name, an id column with ids no client has): a row links to the
 * client its name names when exactly one client of the book has that name.
 */
import { importWorkbook } from "../../src/importer";
import { linkAndMerge } from "../../src/importer/link-merge";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { candidateRows, sheet } from "./helpers";

const { cand, reset } = candidateRows();
beforeEach(reset);

describe("a child row whose client id is no client's id", () => {
  it("links when the id column holds the name of exactly one client", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "ACC-01", name: "Northwind Traders" }),
      cand("Clients", { clientId: "ACC-02", name: "Harbour Lane Ltd" }),
      cand("Contacts", { clientId: "northwind traders", name: "Ada Brooks" }),
    ]);
    expect(r.records.Contacts[0].clientId).toBe("ACC-01");
    expect(r.issues.filter((i) => i.severity === "warning")).toEqual([]);
  });

  it("links by its client name, keeping the unknown id in notes and saying so", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "ACC-01", name: "Northwind Traders" }),
      cand(
        "Contacts",
        { clientId: "zcrm_4876000000123456", name: "Ada Brooks" },
        { clientName: "Northwind Traders", clientIdLabel: "Account Id" }
      ),
      cand(
        "Contacts",
        { clientId: "zcrm_4876000000123457", name: "Ben Ortiz" },
        { clientName: "Northwind Traders", clientIdLabel: "Account Id" }
      ),
    ]);
    const contact = r.records.Contacts[0];
    expect(contact.clientId).toBe("ACC-01");
    expect(String(contact.notes)).toContain("Account Id: zcrm_4876000000123456");
    const said = r.issues.find((i) => i.code === "link.unknown-id-by-name");
    expect(said).toMatchObject({ severity: "info", row: 2 });
    expect(r.records.Contacts[1]).toMatchObject({ clientId: "ACC-01" });
    // Told once per sheet and id column, not once per row.
    expect(r.issues.filter((i) => i.code === "link.unknown-id-by-name")).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said!.code!, said!.params!, lang)).toContain("ACC-01");
  });

  it("stays unlinked when two clients have that name", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "ACC-01", name: "Northwind Traders", phone: "1" }),
      cand("Clients", { clientId: "ACC-02", name: "Northwind Traders", phone: "2" }),
      cand("Contacts", { clientId: "Northwind Traders", name: "Ada Brooks" }),
    ]);
    expect(r.records.Contacts[0].clientId).toBeNull();
    expect(r.issues.some((i) => i.code === "link.unknown-id")).toBe(true);
  });

  it("links to the register's one client of that name when the book has none", () => {
    const r = linkAndMerge(
      [cand("Contacts", { clientId: "Harbour Lane Ltd", name: "Ben Ortiz" })],
      {},
      { registerClients: [{ clientId: "C-0007", name: "Harbour Lane Ltd" }] }
    );
    expect(r.records.Contacts[0].clientId).toBe("C-0007");
  });
});

describe("an accounts sheet and a contacts sheet linked by the account's name", () => {
  const accounts: SourceCell[][] = [["Account Name", "Phone", "Industry", "Account Owner"]];
  const contacts: SourceCell[][] = [["First Name", "Last Name", "Account", "Email", "Title"]];
  const COMPANIES = ["Northwind Traders", "Harbour Lane Ltd", "Bluegate Foods", "Kestrel Labs"];
  COMPANIES.forEach((c, i) => {
    accounts.push([c, `+1 415 555 01${20 + i}`, "Retail", "Mia Chen"]);
    contacts.push([
      ["Ada", "Ben", "Cleo", "Dan"][i],
      ["Brooks", "Ortiz", "Hale", "Ng"][i],
      c,
      `person${i}@example.com`,
      "Buyer",
    ]);
  });

  it("links every contact to its account", () => {
    const r = importWorkbook([sheet("Accounts", accounts), sheet("Contacts", contacts)]);
    const ids = new Map(r.records.Clients.map((c) => [c.name, c.clientId]));
    expect(r.records.Clients).toHaveLength(COMPANIES.length);
    expect(r.records.Contacts.map((c) => c.clientId)).toEqual(COMPANIES.map((c) => ids.get(c)));
  });
});

describe("an account list and a sheet of its contacts read as clients", () => {
  const COMPANIES = ["Northwind Traders", "Harbour Lane Ltd", "Bluegate Foods", "Kestrel Labs"];
  const accounts: SourceCell[][] = [["Account Name", "Phone", "Industry"]];
  const people: SourceCell[][] = [["Account", "Contact", "Title", "Phone"]];
  COMPANIES.forEach((c, i) => {
    accounts.push([c, `+1 415 555 01${20 + i}`, "Retail"]);
    people.push([
      c,
      `${["Ada", "Ben", "Cleo", "Dan"][i]} Smith`,
      "Buyer",
      `+1 415 555 02${20 + i}`,
    ]);
  });

  it("has one client per account: the same name, once on each sheet, is the same client", () => {
    const r = importWorkbook([sheet("Accounts", accounts), sheet("Sheet2", people)]);
    expect(r.records.Clients).toHaveLength(COMPANIES.length);
    const northwind = r.records.Clients.find((c) => c.name === "Northwind Traders");
    expect(northwind).toMatchObject({ phone: "+1 415 555 0120", mainContact: "Ada Smith" });
    expect(String(northwind?.notes)).toContain("+1 415 555 0220");
    const told = r.issues.filter((i) => i.code === "link.same-client-rows");
    expect(told).toHaveLength(COMPANIES.length);
    expect(renderMessage(told[0].code!, told[0].params!, "zh-CN")).toContain("唯一");
  });

  it("keeps two clients apart when the name is twice on one sheet, or the ID numbers differ", () => {
    const r = linkAndMerge([
      cand(
        "Clients",
        { name: "王伟", phone: "13800000001" },
        { origin: { sheet: "客户", row: 2 } }
      ),
      cand(
        "Clients",
        { name: "李娜", idNumber: "A123456789" },
        { origin: { sheet: "客户", row: 3 } }
      ),
      cand("Clients", { name: "王伟", phone: "13800000002" }, { origin: { sheet: "KYC", row: 2 } }),
      cand("Clients", { name: "王伟", phone: "13800000003" }, { origin: { sheet: "KYC", row: 3 } }),
      cand(
        "Clients",
        { name: "李娜", idNumber: "B223456789" },
        { origin: { sheet: "KYC", row: 4 } }
      ),
    ]);
    expect(r.records.Clients).toHaveLength(5);
  });

  it("merges a person named once on each of two sheets, nothing saying otherwise", () => {
    const r = linkAndMerge([
      cand(
        "Clients",
        { name: "李娜", phone: "13800000001" },
        { origin: { sheet: "客户", row: 2 } }
      ),
      cand(
        "Clients",
        { name: "李娜", email: "lina@example.com" },
        { origin: { sheet: "KYC", row: 2 } }
      ),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(r.records.Clients[0]).toMatchObject({ phone: "13800000001", email: "lina@example.com" });
  });
});
