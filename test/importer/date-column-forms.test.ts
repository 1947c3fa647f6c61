/**
 * Dates a column writes in a form of its own, read as a person reads them: yyyymmdd (SAP's ERDAT
 * 20190315, as text or as a number), month words ("March 3, 2024", "3 Mar 2024", "Mar-03-2024")
 * with blank cells between, and days typed as Excel serial numbers (46207 is 2026-07-04) among
 * written dates or under a date header. A customer number padded with zeros (0000100234) is an
 * id, never a phone. All values invented.
 */
import { importWorkbook } from "../../src/importer";
import { profileColumn, valueFit } from "../../src/importer/profile";
import { scoreHeader, targetsFor } from "../../src/importer/header-match";
import { sheetDef } from "../../src/register/sheets";
import type { FieldDef, SheetKey } from "../../src/register/types";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldDef(sheetKey: SheetKey, key: string): FieldDef {
  const def = sheetDef(sheetKey).fields.find((f) => f.key === key);
  if (!def) throw new Error(key);
  return def;
}

const since = () => fieldDef("Clients", "clientSince");

describe("the profile of a date column", () => {
  it("counts yyyymmdd text and numbers as dates", () => {
    expect(profileColumn(["20190315", "20150702", "20201130", "20180505"]).date).toBe(1);
    expect(profileColumn([20190315, 20150702, 20201130, 20180505]).date).toBe(1);
  });

  it("but not eight-digit phones or account numbers that are no calendar day", () => {
    const p = profileColumn(["21234567", "23456789", "27654321", "29876543", "20230001"]);
    expect(p.date).toBe(0);
    expect(valueFit(p, since())).toBeLessThan(0);
    // Round amounts end in 00: no day 00 exists.
    expect(profileColumn([20100000, 19500000, 20000000]).date).toBe(0);
  });

  it("counts dates with the month as a word, in the forms of English exports", () => {
    const p = profileColumn([
      "March 3, 2024",
      "",
      "3 Mar 2024",
      "Mar-03-2024",
      "January 15, 2023",
      "Sunday, 3rd of March 2024",
    ]);
    expect(p.date).toBe(1);
    expect(valueFit(p, since())).toBe(1);
  });

  it("does not take text that merely holds a month word for a date", () => {
    const p = profileColumn(["March madness", "Mark Daniels", "May 2024 plan", "Dec team"]);
    expect(p.date).toBe(0);
  });

  it("counts serial numbers of days apart from dates: they are days only among written dates", () => {
    const alone = profileColumn([46207, 45838, 46022, 45500]);
    expect(alone.date).toBe(0);
    expect(alone.daySerial).toBe(1);
    expect(alone.numeric).toBe(1);
    expect(valueFit(alone, since())).toBeLessThan(0);
    expect(valueFit(alone, fieldDef("Clients", "annualRevenue"))).toBeGreaterThan(0);
    const mixed = profileColumn(["2025.6.30", 45838, "2025年6月30日", "2024-01-05", 46022]);
    expect(mixed.date).toBeCloseTo(0.6);
    expect(valueFit(mixed, since())).toBe(1);
  });
});

describe("a date column of an export maps to the date field its header names", () => {
  it("SAP's Created On in yyyymmdd gives clientSince", () => {
    const rows: SourceCell[][] = [
      ["Customer", "Name 1", "City", "Created On"],
      ["0000100234", "Harbor Freight Lines Inc.", "Springfield", "20190315"],
      ["0000100235", "Cobalt Ridge Foods Corp.", "Dayton", "20150702"],
      ["0000100871", "Maple Crest Tooling LLC", "Akron", "20201130"],
      ["0000101002", "Bluewater Paper Co.", "Toledo", "20180505"],
      ["0000101377", "Granite Peak Supply Inc.", "Lima", "20111212"],
    ];
    const r = importWorkbook([sheet("KNA1", rows)]);
    const harbor = r.records.Clients.find((c) => c.name === "Harbor Freight Lines Inc.");
    expect(harbor?.clientSince).toBe("2019-03-15");
    expect(harbor?.clientId).toBe("0000100234");
    expect(r.records.Clients.map((c) => c.clientId)).toContain("0000101377");
  });

  it("a registration date written with month words and blanks gives clientSince", () => {
    const rows: SourceCell[][] = [
      ["Name", "Date Registered", "Email", "City"],
      ["Olivia Brandt", "March 3, 2024", "olivia.b@example.com", "Salem"],
      ["Peter Quill", "", "p.quill@example.net", "Eugene"],
      ["Rosa Lind", "January 15, 2023", "rosa.lind@example.org", "Bend"],
      ["Samuel Ortiz", "June 25, 2023", "s.ortiz@example.com", "Medford"],
      ["Tara Voss", "", "tara.voss@example.net", "Albany"],
      ["Uma Patel", "November 2, 2022", "uma.p@example.org", "Corvallis"],
    ];
    const r = importWorkbook([sheet("customers", rows)]);
    const olivia = r.records.Clients.find((c) => c.name === "Olivia Brandt");
    expect(olivia?.clientSince).toBe("2024-03-03");
    expect(r.records.Clients.find((c) => c.name === "Peter Quill")?.clientSince ?? null).toBeNull();
  });

  it("開戶日期 with serial numbers among written dates gives clientSince (繁體)", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "開戶日期", "電話"],
      ["台中精密機械股份有限公司", 44377, "04-23581234"],
      ["高雄港灣物流有限公司", "2020/01/01", "07-5512345"],
      ["新竹晶圓材料股份有限公司", "民國112年9月30日", "03-5771234"],
      ["台南糖業食品有限公司", "2015.1.2", "06-2345678"],
      ["基隆海運報關有限公司", 43500, "02-24251234"],
    ];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    const byName = (name: string) => r.records.Clients.find((c) => c.name === name);
    expect(byName("台中精密機械股份有限公司")?.clientSince).toBe("2021-06-30");
    expect(byName("新竹晶圓材料股份有限公司")?.clientSince).toBe("2023-09-30");
    expect(byName("台南糖業食品有限公司")?.clientSince).toBe("2015-01-02");
  });
});

describe("an unmapped date column keeps its days readable in notes", () => {
  const rows: SourceCell[][] = [
    ["集团名称", "联系电话", "合同到期日"],
    ["江门市远航船务有限公司", "0750-3112001", "2027.11.28"],
    ["佛山市联晟陶瓷有限公司", "0757-8223002", "2026年9月30日"],
    ["韶关市华岭矿业有限公司", "0751-6334003", 46207],
    ["清远市北江物流有限公司", "0763-3445004", "2027-03-01"],
    ["云浮市石艺建材有限公司", "0766-8556005", "2026/12/15"],
  ];

  it("a serial among written dates is written as the day it stands for (简体)", () => {
    const r = importWorkbook([sheet("集团客户", rows)], { phoneRegion: "CN" });
    const client = r.records.Clients.find((c) => c.name === "韶关市华岭矿业有限公司");
    expect(String(client?.notes)).toContain("合同到期日: 2026-07-04");
    expect(String(client?.notes)).not.toContain("46207");
    const other = r.records.Clients.find((c) => c.name === "江门市远航船务有限公司");
    expect(String(other?.notes)).toContain("合同到期日: 2027.11.28");
  });

  it("under a date header, serials alone are days too (English)", () => {
    const english: SourceCell[][] = [
      ["Account", "Phone", "Contract End Date"],
      ["Kestrel Freight Ltd", "+44 20 7946 0011", 46207],
      ["Ashdown Bakery Ltd", "+44 20 7946 0012", 46022],
      ["Fenwick Joinery Ltd", "+44 20 7946 0013", 45838],
    ];
    const r = importWorkbook([sheet("Accounts", english)]);
    const k = r.records.Clients.find((c) => c.name === "Kestrel Freight Ltd");
    expect(String(k?.notes)).toContain("Contract End Date: 2026-07-04");
  });

  it("but a column of figures stays figures", () => {
    const figures = rows.map((row, i) =>
      i === 0 ? [row[0], row[1], "年费(元)"] : [row[0], row[1], 45000 + i * 611]
    );
    const r = importWorkbook([sheet("集团客户", figures)], { phoneRegion: "CN" });
    for (const c of r.records.Clients) expect(String(c.notes)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe("a customer number padded with zeros", () => {
  it("is no phone, so an id column of such numbers fits a client number", () => {
    const numbers = ["0000100234", "0000100235", "0000100871", "0000101002", "0000101377"];
    const p = profileColumn(numbers);
    expect(p.bareDigits).toBe(1);
    expect(valueFit(p, fieldDef("Clients", "clientId"))).toBeGreaterThan(0);
  });

  it("while 0 then an area code, or 00 then a country code, is still dialled", () => {
    expect(profileColumn(["02087654321", "0085291234567", "075583001234"]).bareDigits).toBe(0);
  });
});

describe("a header that names an end is never a start", () => {
  const clientSinceOf = (header: string) =>
    scoreHeader(header, targetsFor("Clients")).find((s) => s.target.key === "clientSince");

  it.each([
    "Contract End Date",
    "Contract end",
    "Renewal date",
    "Valid until",
    "合同到期日",
    "合約到期日",
    "合同终止日期",
  ])("%s does not name clientSince", (header) => {
    expect(clientSinceOf(header)).toBeUndefined();
  });

  it("while contract and start dates still do", () => {
    expect(clientSinceOf("Contract date")?.confidence).toBe(1);
    expect(clientSinceOf("签约日期")?.confidence).toBe(1);
    expect(clientSinceOf("簽約日期")?.confidence).toBe(1);
  });

  it("an end date column on a client list stays in notes, dated", () => {
    const rows: SourceCell[][] = [
      ["Company", "Contract End Date", "Phone"],
      ["Kestrel Freight Ltd", "2026-12-31", "+44 20 7946 0011"],
      ["Ashdown Bakery Ltd", "31/1/2027", "+44 20 7946 0012"],
      ["Fenwick Joinery Ltd", 46207, "+44 20 7946 0013"],
      ["Harrow Glass Ltd", "15 Mar 2027", "+44 20 7946 0014"],
    ];
    const r = importWorkbook([sheet("Renewals", rows)]);
    for (const c of r.records.Clients) expect(c.clientSince ?? null).toBeNull();
    const f = r.records.Clients.find((c) => c.name === "Fenwick Joinery Ltd");
    expect(String(f?.notes)).toContain("Contract End Date: 2026-07-04");
  });
});
