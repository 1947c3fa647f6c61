/**
 * Continuation rows: a contact export that does not quote its memo field writes each line break of
 * a memo as a row of its own — the rest of the memo in the first column (split again at commas),
 * sometimes a date that spilled into the next column, blank rows between. A person reads those rows
 * as the memo of the record above: its text joins that record's notes, and no row becomes a client.
 */
import { importWorkbook } from "../../src/importer";
import { isMemoText } from "../../src/importer/classify-rows";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function run(rows: SourceCell[][], name = "Customers") {
  const r = importWorkbook([sheet(name, rows)]);
  const clients = r.records.Clients;
  const byName = Object.fromEntries(clients.map((c) => [String(c.name), c]));
  return { r, clients, notes: (n: string) => String(byName[n]?.notes ?? "") };
}

describe("memo lines that continue the record above", () => {
  const EXPORT: SourceCell[][] = [
    ["Last Name", "First Name", "Cell Phone", "City", "Email", "Birth Date", "Memo", "Created"],
    [
      "Okafor",
      "Nadia",
      "(555) 201-0101",
      "Tampa",
      "nadia.o@example.com",
      "3/4/1970",
      "",
      "1/2/2015",
    ],
    [
      "Lindqvist",
      "Paul",
      "(555) 201-0102",
      "Ocala",
      "paul.l@example.com",
      "5/6/1981",
      "Call after 5pm",
      "",
    ],
    ["left a voicemail about the lease 2/3/19", "", "", "", "", "", "", ""],
    ['"Gift card sent, tracking # 4411 2290"', "4/4/2016", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", ""],
    [
      "Moreau",
      "Claire",
      "(555) 201-0103",
      "Lutz",
      "claire.m@example.com",
      "7/8/1990",
      "",
      "2/2/2017",
    ],
    ["Brandt", "Jonas", "(555) 201-0104", "Tampa", "", "9/10/1975", "Spanish speaking", ""],
    ["", "", "", "spoke to the daughter instead of the client", "", "", "", ""],
    ["Sato", "Ken", "(555) 201-0105", "Ocala", "ken.s@example.com", "1/1/1966", "", "3/3/2018"],
  ];

  it("joins the lines to the notes of the record above, not as clients", () => {
    const { r, clients, notes } = run(EXPORT);
    expect(clients.map((c) => c.name)).toEqual([
      "Nadia Okafor",
      "Paul Lindqvist",
      "Claire Moreau",
      "Jonas Brandt",
      "Ken Sato",
    ]);
    expect(notes("Paul Lindqvist")).toContain("Call after 5pm");
    expect(notes("Paul Lindqvist")).toContain("left a voicemail about the lease 2/3/19");
    expect(notes("Paul Lindqvist")).toContain("Gift card sent, tracking # 4411 2290");
    expect(notes("Jonas Brandt")).toContain("spoke to the daughter instead of the client");
    expect(notes("Claire Moreau")).not.toContain("voicemail");
    expect(r.summary.imported).toBe(5);
    expect(r.summary.merged).toBe(0);
    const said = r.issues.filter((i) => i.code === "import.memo-lines");
    expect(said).toHaveLength(1);
    expect(said[0].params).toEqual({ count: 3 });
  });

  it("holds in another column order (name in the middle, the memo line in the first column)", () => {
    const rows: SourceCell[][] = [
      ["ID", "Phone", "Customer Name", "Address", "Email", "Notes"],
      [
        "A-17",
        "(555) 301-0001",
        "Harbor Dental Group",
        "12 Bay Rd, Tampa",
        "office@example.org",
        "Invoice quarterly",
      ],
      ["asked for the new price list before renewal", "", "", "", "", ""],
      ["A-18", "(555) 301-0002", "Redwood Printing", "4 Elm St, Ocala", "info@example.net", ""],
      ["A-19", "(555) 301-0003", "Summit Analytics", "9 Oak Ave, Lutz", "hello@example.com", ""],
    ];
    const { clients, notes } = run(rows);
    expect(clients.map((c) => c.name)).toEqual([
      "Harbor Dental Group",
      "Redwood Printing",
      "Summit Analytics",
    ]);
    expect(notes("Harbor Dental Group")).toContain("asked for the new price list before renewal");
  });

  it("reads a Chinese memo line (简体) between records the same way", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", "地址", "邮箱", "备注", "建档日期"],
      [
        "张伟",
        "13800138000",
        "上海市浦东新区世纪大道100号",
        "zw@example.com",
        "老客户",
        "2020-01-02",
      ],
      ["客户说下周再联系，先别打电话", "", "", "", "", ""],
      ["李娜", "13900139000", "北京市朝阳区建国路8号", "ln@example.com", "", "2021-03-04"],
      ["王芳", "13700137000", "广州市天河区体育西路1号", "wf@example.com", "", "2022-05-06"],
    ];
    const { clients, notes } = run(rows, "客户");
    expect(clients.map((c) => c.name)).toEqual(["张伟", "李娜", "王芳"]);
    expect(notes("张伟")).toContain("客户说下周再联系，先别打电话");
  });

  it("reads a Traditional Chinese memo line (繁體) split over two cells", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "聯絡電話", "地址", "電子郵件", "備註", "建檔日期"],
      ["陳美玲", "0912345678", "台北市信義區松仁路1號", "ml@example.com", "", "2019-07-08"],
      [
        "林志豪",
        "0923456789",
        "台中市西屯區台灣大道2號",
        "zh@example.com",
        "保單到期前提醒",
        "2020-09-10",
      ],
      ["客戶希望改用電子帳單。", "下次拜訪再確認", "", "", "", ""],
      ["黃淑芬", "0934567890", "高雄市前鎮區中山二路3號", "sf@example.com", "", "2021-11-12"],
    ];
    const { clients, notes } = run(rows, "客戶");
    expect(clients.map((c) => c.name)).toEqual(["陳美玲", "林志豪", "黃淑芬"]);
    expect(notes("林志豪")).toContain("客戶希望改用電子帳單。");
    expect(notes("林志豪")).toContain("下次拜訪再確認");
  });

  it("keeps a sparse record, a footnote and a line under the last record as they were", () => {
    const rows: SourceCell[][] = [
      ["Last Name", "First Name", "Cell Phone", "City", "Email", "Memo"],
      ["Okafor", "Nadia", "(555) 201-0101", "Tampa", "nadia.o@example.com", "VIP"],
      ["Greenfield Holdings", "", "", "", "", ""],
      ["Moreau", "Claire", "(555) 201-0103", "Lutz", "claire.m@example.com", ""],
      ["Note: phones were checked in March", "", "", "", "", ""],
      ["figures are as of the last export run", "", "", "", "", ""],
    ];
    const { r, clients, notes } = run(rows);
    expect(clients.map((c) => c.name)).toEqual([
      "Nadia Okafor",
      "Greenfield Holdings",
      "Claire Moreau",
    ]);
    expect(notes("Claire Moreau")).not.toContain("phones were checked");
    expect(notes("Claire Moreau")).not.toContain("last export run");
    expect(r.issues.some((i) => i.code === "import.memo-lines")).toBe(false);
  });

  it("tells a line of free text from a name", () => {
    expect(isMemoText("Prefers text messages")).toBe(true);
    expect(isMemoText("changed phone # 11/1/10")).toBe(true);
    expect(isMemoText('Medicaid #: 6860"')).toBe(true);
    expect(isMemoText("客户说下周再联系，先别打电话")).toBe(true);
    expect(isMemoText("Bank of the West")).toBe(false);
    expect(isMemoText("Ludwig van Beethoven")).toBe(false);
    expect(isMemoText("Spine & Orthopedic Center")).toBe(false);
    expect(isMemoText("上海申丰贸易有限公司")).toBe(false);
    expect(isMemoText("Abernathy - Harris")).toBe(false);
  });
});

describe("a person's name in two columns, family name first", () => {
  it("writes the given name first in Latin letters (Last | First → First Last)", () => {
    const { clients } = run([
      ["Surname", "Given Name", "Mobile", "Email"],
      ["Okafor", "Nadia", "(555) 201-0101", "nadia.o@example.com"],
      ["Lindqvist", "Paul", "(555) 201-0102", "paul.l@example.com"],
    ]);
    expect(clients.map((c) => c.name)).toEqual(["Nadia Okafor", "Paul Lindqvist"]);
  });

  it("keeps a Chinese name family name first with nothing between (姓 | 名)", () => {
    const { clients } = run(
      [
        ["姓", "名", "手机", "邮箱"],
        ["王", "小明", "13800138000", "xm@example.com"],
        ["陳", "美玲", "0912345678", "ml@example.com"],
      ],
      "客户"
    );
    expect(clients.map((c) => c.name)).toEqual(["王小明", "陳美玲"]);
  });
});

describe("headers that all carry a system's prefix", () => {
  it("reads each column by its own words (CUS_First_Name, CUS_Main_City, CUS_DOB)", () => {
    const r = importWorkbook([
      sheet("export", [
        ["CUS_Last_Name", "CUS_First_Name", "CUS_Mobile", "CUS_Main_City", "CUS_Email", "CUS_DOB"],
        ["Okafor", "Nadia", "(555) 201-0101", "Tampa", "nadia.o@example.com", "3/24/1970"],
        ["Lindqvist", "Paul", "(555) 201-0102", "Ocala", "paul.l@example.com", "5/6/1981"],
        ["Moreau", "Claire", "(555) 201-0103", "Lutz", "claire.m@example.com", "7/8/1990"],
      ]),
    ]);
    const fields = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(fields).toMatchObject({
      CUS_Last_Name: "name",
      CUS_First_Name: "name",
      CUS_Main_City: "address",
      CUS_DOB: "birthday",
    });
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Nadia Okafor",
      "Paul Lindqvist",
      "Claire Moreau",
    ]);
    expect(r.records.Clients[0].birthday).toBe("1970-03-24");
  });

  it("leaves a prefix on a few columns alone (it names what they are)", () => {
    const r = importWorkbook([
      sheet("clients", [
        ["Name", "Phone", "Email", "Bank_Name", "Bank_Account"],
        ["Nadia Okafor", "(555) 201-0101", "nadia.o@example.com", "First Bank", "12345678"],
        ["Paul Lindqvist", "(555) 201-0102", "paul.l@example.com", "Union Bank", "87654321"],
      ]),
    ]);
    const bank = r.mappings[0].columns.find((c) => c.header === "Bank_Name");
    expect(bank?.field).not.toBe("name");
  });
});

describe("a record after a blank row, all text", () => {
  it("is the table's next record, not the header of a second table", () => {
    const rows: SourceCell[][] = [
      ["Last Name", "First Name", "Cell Phone", "Address", "City", "Status"],
      ["Okafor", "Nadia", "(555) 201-0101", "12 Bay Rd", "Tampa", "Married"],
      ["Lindqvist", "Paul", "(555) 201-0102", "4 Elm St", "Ocala", "Single"],
      ["", "", "", "", "", ""],
      ["Moreau", "Claire", "(555) 201-0103", "9 Oak Ave", "Lutz", "Married"],
      ["Sato", "Ken", "(555) 201-0105", "3 Pine Ct", "Ocala", "Single"],
    ];
    const r = importWorkbook([sheet("Customers", rows)]);
    expect(r.mappings).toHaveLength(1);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Nadia Okafor",
      "Paul Lindqvist",
      "Claire Moreau",
      "Ken Sato",
    ]);
  });
});
