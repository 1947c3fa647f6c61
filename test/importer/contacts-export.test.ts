/**
 * A CRM's contacts export without a client list (Salesforce "Account Name" / 帳戶名稱, HubSpot and
 * Dynamics "Company Name", 客户名称 beside each person's name and title): one enterprise client
 * per account, each person a contact of it with their title, e-mail, phone and birthday; a person
 * at no account a client of their own. With a client list in the workbook, the contacts link to it.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const salesforce: SourceCell[][] = [
  [
    "Contact ID",
    "First Name",
    "Last Name",
    "Account Name",
    "Title",
    "Email",
    "Mobile",
    "Birthdate",
  ],
  [
    "003A1",
    "Nora",
    "Quill",
    "Brightwater Pumps Ltd",
    "CFO",
    "nora@bw.example.com",
    "07700 900101",
    "1979-04-02",
  ],
  [
    "003A2",
    "Owen",
    "Rusk",
    "Brightwater Pumps Ltd",
    "Buyer",
    "owen@bw.example.com",
    "07700 900102",
    "",
  ],
  [
    "003A3",
    "Pia",
    "Stone",
    "Carrow Mills plc",
    "Plant manager",
    "pia@cm.example.com",
    "07700 900103",
    "1985-11-20",
  ],
  ["003A4", "Quentin", "Tate", "Carrow Mills plc", "Engineer", "", "07700 900104", ""],
  [
    "003A5",
    "Rhea",
    "Underhill",
    "Dunmore Foods Limited",
    "Owner",
    "rhea@df.example.com",
    "07700 900105",
    "",
  ],
  [
    "003A6",
    "Silas",
    "Vane",
    "",
    "Consultant",
    "silas@mail.example.com",
    "07700 900106",
    "1990-01-15",
  ],
];

describe("a contacts export with an account column", () => {
  it("makes one enterprise client per account and a contact per person", () => {
    const r = importWorkbook([sheet("Contacts export", salesforce)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Contacts");
    const cols = Object.fromEntries(m.columns.map((c) => [c.header, c.field]));
    expect(cols["Account Name"]).toBe("clientName");
    expect(cols.Title).toBe("title");
    const accounts = r.records.Clients.filter((c) => c.kind === "enterprise");
    expect(accounts.map((c) => c.name).sort()).toEqual([
      "Brightwater Pumps Ltd",
      "Carrow Mills plc",
      "Dunmore Foods Limited",
    ]);
    expect(r.records.Contacts).toHaveLength(5);
    const nora = r.records.Contacts.find((c) => c.name === "Nora Quill");
    expect(nora).toMatchObject({
      title: "CFO",
      email: "nora@bw.example.com",
      phone: "07700 900101",
      birthday: "1979-04-02",
    });
    const idOf = new Map(r.records.Clients.map((c) => [c.name, c.clientId]));
    expect(r.records.Contacts.map((c) => c.clientId)).toEqual([
      idOf.get("Brightwater Pumps Ltd"),
      idOf.get("Brightwater Pumps Ltd"),
      idOf.get("Carrow Mills plc"),
      idOf.get("Carrow Mills plc"),
      idOf.get("Dunmore Foods Limited"),
    ]);
    expect(r.issues.some((i) => i.code === "link.no-client")).toBe(false);
    expect(r.summary.rejected).toBe(0);
  });

  it("a person at no account stays a client of their own", () => {
    const r = importWorkbook([sheet("Contacts export", salesforce)]);
    const silas = r.records.Clients.find((c) => c.name === "Silas Vane");
    expect(silas).toMatchObject({
      kind: "person",
      email: "silas@mail.example.com",
      phone: "07700 900106",
      birthday: "1990-01-15",
      occupation: "Consultant",
    });
    expect(r.records.Contacts.some((c) => c.name === "Silas Vane")).toBe(false);
    expect(r.records.Clients).toHaveLength(4);
  });

  it("says once, in each language, where the clients came from", () => {
    const r = importWorkbook([sheet("Contacts export", salesforce)]);
    const said = r.issues.filter((i) => i.code === "import.clients-from-accounts");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", value: 3 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(said[0].code ?? "", said[0].params ?? {}, lang) ?? "";
      expect(text).toContain("Account Name");
      expect(text).toContain("3");
      expect(text).not.toMatch(/import\.|\{/);
    }
  });

  const TW_PEOPLE: SourceCell[][] = [
    ["林", "雅婷", "瑞光電子股份有限公司", "採購經理", "a1@rg.example.com"],
    ["張", "家豪", "瑞光電子股份有限公司", "工程師", "a2@rg.example.com"],
    ["黃", "淑芬", "永順物流有限公司", "財務長", "a3@ys.example.com"],
    ["吳", "志明", "永順物流有限公司", "業務", "a4@ys.example.com"],
  ];
  const TW_ACCOUNTS = ["瑞光電子股份有限公司", "永順物流有限公司"];
  const TW_CONTACTS = [
    ["林雅婷", "採購經理"],
    ["張家豪", "工程師"],
    ["黃淑芬", "財務長"],
    ["吳志明", "業務"],
  ];
  it.each<[string, string, SourceCell[][], string[], string[][]]>([
    [
      "zh-TW Salesforce",
      "Sheet1",
      [["姓氏", "名字", "帳戶名稱", "職稱", "電子郵件"], ...TW_PEOPLE],
      TW_ACCOUNTS,
      TW_CONTACTS,
    ],
    [
      "zh-CN",
      "Sheet1",
      [["姓", "名", "客户名称", "职务", "邮箱"], ...TW_PEOPLE],
      TW_ACCOUNTS,
      TW_CONTACTS,
    ],
    [
      "HubSpot's Company Name beside First and Last Name and Job Title",
      "hubspot-crm-exports-all-contacts",
      [
        ["First Name", "Last Name", "Company Name", "Job Title", "Email"],
        ["Ada", "Finch", "Harbour Tooling Ltd", "Buyer", "ada@ht.example.com"],
        ["Ben", "Garth", "Harbour Tooling Ltd", "CEO", "ben@ht.example.com"],
        ["Cleo", "Hart", "Ivybridge Dairy Ltd", "Finance lead", "cleo@id.example.com"],
      ],
      ["Harbour Tooling Ltd", "Ivybridge Dairy Ltd"],
      [
        ["Ada Finch", "Buyer"],
        ["Ben Garth", "CEO"],
        ["Cleo Hart", "Finance lead"],
      ],
    ],
  ])("%s is read as people at accounts", (_, name, rows, accounts, people) => {
    const r = importWorkbook([sheet(name, rows)]);
    expect(r.mappings[0].registerSheet).toBe("Contacts");
    expect(r.mappings[0].columns[2].field).toBe("clientName");
    expect(r.records.Clients.map((c) => [c.name, c.kind])).toEqual(
      accounts.map((a) => [a, "enterprise"])
    );
    expect(r.records.Contacts.map((c) => [c.name, c.title])).toEqual(people);
  });

  const accountRows = (header: string): SourceCell[][] => [
    ["姓氏", "名字", header, "職稱"],
    ["林", "雅婷", "瑞光電子股份有限公司", "採購經理"],
    ["張", "家豪", "瑞光電子股份有限公司", "工程師"],
    ["黃", "淑芬", "永順物流有限公司", "財務長"],
  ];

  it("the 帳戶名稱 column names the account by its header (帳 folds as 账: 账户名称)", () => {
    const r = importWorkbook([sheet("Sheet1", accountRows("帳戶名稱"))]);
    const account = r.mappings[0].columns[2];
    expect(account.field).toBe("clientName");
    expect(account.reasons?.[0]).toMatchObject({
      code: "map.why.header-resembles",
      params: { header: "帳戶名稱", field: "clientName" },
    });
  });

  it("an Organization column is linked by evidence: people at fewer accounts", () => {
    const r = importWorkbook([sheet("Sheet1", accountRows("Organization"))]);
    const account = r.mappings[0].columns[2];
    expect(account.field).toBe("clientName");
    expect(account.reasons?.[0]).toMatchObject({
      code: "map.why.contacts-account",
      params: { accounts: 2, people: 3 },
    });
  });

  it("with a client list in the workbook, the contacts link to its clients", () => {
    const clients: SourceCell[][] = [
      ["Client ID", "Client Name", "Industry"],
      ["C-0001", "Brightwater Pumps Ltd", "Manufacturing"],
      ["C-0002", "Carrow Mills plc", "Textiles"],
      ["C-0003", "Dunmore Foods Limited", "Food"],
    ];
    const r = importWorkbook([sheet("Clients", clients), sheet("Contacts export", salesforce)]);
    expect(r.records.Clients).toHaveLength(3);
    expect(r.records.Contacts.slice(0, 5).map((c) => c.clientId)).toEqual([
      "C-0001",
      "C-0001",
      "C-0002",
      "C-0002",
      "C-0003",
    ]);
    expect(r.issues.some((i) => i.code === "import.clients-from-accounts")).toBe(false);
  });

  it("a list of people each at a different company, with no title, is no contacts export", () => {
    const rows: SourceCell[][] = [
      ["First Name", "Last Name", "Company Name", "Email"],
      ["Nora", "Quill", "Brightwater Pumps Ltd", "nora@bw.example.com"],
      ["Owen", "Rusk", "Carrow Mills plc", "owen@cm.example.com"],
      ["Pia", "Stone", "Dunmore Foods Limited", "pia@df.example.com"],
    ];
    const r = importWorkbook([sheet("Customers", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(3);
    expect(r.records.Contacts).toHaveLength(0);
    expect(r.issues.some((i) => i.code === "import.clients-from-accounts")).toBe(false);
  });
});
