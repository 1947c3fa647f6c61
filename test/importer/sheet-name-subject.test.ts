/**
 * A sheet of records that names no client in its rows (a meeting log of one sheet per key
 * account) takes its client from the sheet's name or a title line, when that reads as a name;
 * "Sheet1", "Visits", a month or a region name no one, and then nothing is guessed.
 */
import { importWorkbook } from "../../src/importer";
import { sheetNameSubject, titleLineSubject } from "../../src/importer/sheet-subject";
import { sheet } from "./helpers";

describe("a sheet's name as its rows' client", () => {
  it.each([
    "Kestrel Precision Tech",
    "Harbor Logistics Ltd",
    "Ada Novak",
    "华信科技",
    "宏達精密股份有限公司",
    "陳柏宏",
    "ACME Foods",
  ])("%s names a client", (name) => {
    expect(sheetNameSubject(name)).toBe(name);
  });

  it.each([
    "Sheet1",
    "Sheet 2",
    "工作表1",
    "Data",
    "Visits",
    "Meeting Log",
    "Client Visits",
    "拜访记录",
    "拜訪紀錄",
    "2025年3月",
    "Jan 2025",
    "Sep",
    "Q3",
    "North Region",
    "Sales Team",
    "华东区域",
    "投诉登记",
    "Upcoming",
    "2024",
  ])("%s names no client", (name) => {
    expect(sheetNameSubject(name)).toBeNull();
  });

  it("a title line naming the client: 客戶：…, Client: …", () => {
    expect(titleLineSubject([["客戶：宏達精密股份有限公司"]])?.name).toBe("宏達精密股份有限公司");
    expect(titleLineSubject([["Client: Northwind Ltd"], []])?.name).toBe("Northwind Ltd");
    expect(titleLineSubject([["拜訪紀錄 2025"]])).toBeNull();
    expect(titleLineSubject([["客户：华信科技"], ["客户：远航物流"]])).toBeNull();
  });
});

const EN_HEADER = ["Meeting No", "Title", "Date", "Participants", "Notes"];

describe("a meeting log of one sheet per account, English", () => {
  const result = importWorkbook([
    sheet("Harbor Logistics Ltd", [
      EN_HEADER,
      ["M1", "Kick-off", "2025-03-04", "Owen Barker (us), Lena Fischer", "Scope agreed"],
      ["M2", "Pricing Review", "2025-03-18", "Owen Barker (us), Tom Grady", "Discount asked"],
    ]),
    sheet("Ada Novak", [
      EN_HEADER,
      ["M3", "Annual Review", "2025-04-02", "Maya Collins (us), Ada Novak", "Portfolio fine"],
    ]),
  ]);

  it("makes one client per sheet and links every visit to it", () => {
    expect(result.records.Clients.map((c) => c.name).sort()).toEqual([
      "Ada Novak",
      "Harbor Logistics Ltd",
    ]);
    const harbor = result.records.Clients.find((c) => c.name === "Harbor Logistics Ltd")!;
    const visits = result.records.Visits.filter((v) => v.clientId === harbor.clientId);
    expect(visits.map((v) => v.visitOn)).toEqual(["2025-03-04", "2025-03-18"]);
    expect(visits[0].purpose).toBe("Kick-off");
    expect(result.summary.rejected).toBe(0);
  });

  it("says so once per sheet, with the way to map a column instead", () => {
    const said = result.issues.filter((i) => i.code === "import.sheet-subject-name");
    expect(said.map((i) => i.sheet).sort()).toEqual(["Ada Novak", "Harbor Logistics Ltd"]);
    expect(said[0].message).toContain("--map");
  });
});

describe("简体 and 繁體 logs", () => {
  it("简体: a sheet named after the company, its visits the company's", () => {
    const result = importWorkbook([
      sheet("华信科技", [
        ["拜访日期", "拜访目的", "参与人员", "沟通内容"],
        ["2025-05-06", "产品介绍", "刘晓梅、杨建华", "介绍了新方案"],
        ["2025-05-20", "报价沟通", "刘晓梅", "对方要求再议价"],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["华信科技"]);
    expect(result.records.Visits).toHaveLength(2);
    expect(new Set(result.records.Visits.map((v) => v.clientId))).toEqual(
      new Set([result.records.Clients[0].clientId])
    );
  });

  it("繁體: a title line names the client above a sheet called Sheet1", () => {
    const result = importWorkbook([
      sheet("Sheet1", [
        ["客戶：宏達精密股份有限公司"],
        ["拜訪日期", "拜訪目的", "參與人員", "洽談內容"],
        ["2025-06-03", "續約說明", "陳柏宏", "客戶同意續約"],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["宏達精密股份有限公司"]);
    expect(result.issues.some((i) => i.code === "import.sheet-subject-title")).toBe(true);
  });

  it("a sheet named for what it is names no client: nothing is guessed", () => {
    const result = importWorkbook([
      sheet("拜访记录", [
        ["拜访日期", "拜访目的", "参与人员", "沟通内容"],
        ["2025-05-06", "产品介绍", "刘晓梅", "介绍了新方案"],
      ]),
    ]);
    expect(result.records.Clients).toHaveLength(0);
    expect(result.issues.some((i) => i.code?.startsWith("import.sheet-subject"))).toBe(false);
  });
});

describe("with a client list in the workbook", () => {
  it("the sheet's client is the list's client of that name, not a new one", () => {
    const result = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Phone"],
        ["Harbor Logistics Ltd", "+1 212 555 0101"],
        ["Blue Ridge Foods Inc", "+1 212 555 0102"],
      ]),
      sheet("Harbor Logistics Ltd", [
        EN_HEADER,
        ["M1", "Kick-off", "2025-03-04", "Owen Barker (us), Lena Fischer", "Scope agreed"],
      ]),
    ]);
    expect(result.records.Clients).toHaveLength(2);
    const harbor = result.records.Clients.find((c) => c.name === "Harbor Logistics Ltd")!;
    expect(result.records.Visits.map((v) => v.clientId)).toEqual([harbor.clientId]);
  });

  it("a column naming the client still decides", () => {
    const result = importWorkbook([
      sheet("Ada Novak", [
        ["Client", "Date", "Purpose"],
        ["Harbor Logistics Ltd", "2025-03-04", "Kick-off"],
        ["Blue Ridge Foods Inc", "2025-03-05", "Review"],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.name).sort()).toEqual([
      "Blue Ridge Foods Inc",
      "Harbor Logistics Ltd",
    ]);
    expect(result.issues.some((i) => i.code?.startsWith("import.sheet-subject"))).toBe(false);
  });
});
