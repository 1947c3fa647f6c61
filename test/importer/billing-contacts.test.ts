/**
 * A company list that names the person who receives or pays its invoices — Billing Contact,
 * Accounts Payable Contact, 财务联系人, 財務聯絡人 — names a contact of the client: each such person
 * is a Contacts row linked to the company, with the phone or e-mail given beside them; the
 * company stays the client.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("billing and accounts-payable contacts", () => {
  it.each([
    [
      [
        "Account Name",
        "Phone",
        "Contact",
        "Accounts Payable Contact",
        "Accounts Payable Contact Phone",
      ],
      ["Harrowgate Logistics Ltd", "Avon Mills plc", "Bristol Dental LLP"],
    ],
    [
      ["公司名称", "电话", "联系人", "财务联系人", "财务联系人电话"],
      ["杭州云栖智造有限公司", "钱塘港务集团有限公司", "浙江星河数据有限公司"],
    ],
    [
      ["公司名稱", "電話", "聯絡人", "財務聯絡人", "財務聯絡人電話"],
      ["台北天成物流有限公司", "新竹晶圓科技股份有限公司", "高雄港灣貿易有限公司"],
    ],
  ] as const)("%j: the payer is a contact of the company", (headers, companies) => {
    const people = [
      ["Jane Smith", "Tom Reed", "020 7946 0099"],
      ["Raj Patel", "Lucy Hart", "0117 496 0001"],
      ["Mia Wong", "Ken Ito", "0117 496 0101"],
    ];
    const rows: SourceCell[][] = [
      [...headers],
      ...companies.map((name, i): SourceCell[] => [
        name,
        `0571-8765023${i}`,
        people[i][0],
        people[i][1],
        people[i][2],
      ]),
    ];
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([...companies]);
    expect(r.records.Clients.every((c) => c.kind === "enterprise")).toBe(true);
    const first = r.records.Clients[0].clientId;
    const contacts = r.records.Contacts.filter((c) => c.clientId === first);
    expect(contacts.map((c) => c.name)).toEqual(["Jane Smith", "Tom Reed"]);
    expect(String(contacts[1].phone)).toContain("7946 0099");
    // No person became a client, and the company's own phone stayed its own.
    expect(r.records.Clients.map((c) => c.name)).not.toContain("Tom Reed");
    expect(r.records.Clients[0].phone).toBe("0571-87650230");
  });

  it("a billing contact with an e-mail of their own", () => {
    const rows: SourceCell[][] = [
      ["Account Name", "Main Phone", "Billing Contact", "Billing Contact Email", "Invoice Contact"],
      ["Harrowgate Logistics Ltd", "+44 20 7946 0018", "Jane Smith", "jane@h.example", "Tom Reed"],
      ["Avon Mills plc", "+44 117 496 0000", "Raj Patel", "raj@a.example", "Lucy Hart"],
    ];
    const r = importWorkbook([sheet("Accounts", rows)]);
    const contacts = r.records.Contacts.filter((c) => c.clientId === r.records.Clients[0].clientId);
    expect(contacts.find((c) => c.name === "Jane Smith")?.email).toBe("jane@h.example");
    expect(contacts.map((c) => c.name)).toContain("Tom Reed");
  });
});
