/**
 * A person's first and last name beside the firm's name. A firm's customer table (CompanyName |
 * CustFN | CustLN) names each business with the person to contact there, and names a private
 * customer by first and last name alone, the company left blank: the business is the client, the
 * person its main contact, and where no business is written the person is the client. A scrape of
 * places (name on every row, first_name | last_name of someone found there on some) keeps the
 * place's name whole, so the rows of one place still make one client.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

type Row = [firm: string | null, given: string, family: string, phone: string];

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

function customerTable(headers: string[], rows: Row[]): SourceCell[][] {
  return [headers, ...rows.map((row, i) => [String(i + 1), ...row])];
}

const LANGS = ["en", "zh-CN", "zh-TW"] as const;

describe("a firm's customer table: CompanyName beside CustFN | CustLN (en)", () => {
  const rows: Row[] = [
    ["Pinecrest Real Estate", "Terry", "Ashdown", "(509) 555-0113"],
    ["McAllister Construction", "Terese", "Brightwell", "(503) 555-0148"],
    ["Dunmore Law Firm", "Susan", "Carrow", "(509) 555-0165"],
    [null, "Felicia", "Ellery", "(307) 555-0133"],
    [null, "Rebecca", "Fairbank", "(509) 555-0134"],
    ["Woodhaven Furniture", "Jeff", "Greyson", "(206) 555-0185"],
    [null, "Zara", "Holloway", "(307) 555-0147"],
    // A broken copy: a surname alone and nothing to say who the row is.
    [null, "Jessop", "", "(509) 555-0182"],
    ["County Booksellers", "Rosalind", "Jessop", "(307) 555-0111"],
    ["Physical Therapy Group", "Martha", "Northcott", "(307) 555-0141"],
    [null, "Melissa", "Pembury", "(509) 555-0189"],
    ["County Hospital", "Angela", "Oakes", "(206) 555-0111"],
  ];
  const r = importWorkbook([
    sheet("Customers", customerTable(["CustID", "CompanyName", "CustFN", "CustLN", "Phone"], rows)),
  ]);
  const client = (name: string) => r.records.Clients.find((c) => c.name === name);

  it("takes the business as the client and the person, first and last name, as its contact", () => {
    expect(fieldsOf(r)).toMatchObject({
      CompanyName: "name",
      CustFN: "mainContact",
      CustLN: "mainContact",
    });
    expect(client("Dunmore Law Firm")).toMatchObject({
      kind: "enterprise",
      mainContact: "Susan Carrow",
      phone: "(509) 555-0165",
    });
  });

  it("takes a row with no business as the private customer it names", () => {
    const felicia = client("Felicia Ellery");
    expect(felicia).toMatchObject({ kind: "person", phone: "(307) 555-0133" });
    expect(felicia?.mainContact ?? null).toBeNull();
    expect(r.records.Clients).toHaveLength(11);
  });

  it("passes over the row naming no one whole, with the reason", () => {
    expect(r.records.Clients.some((c) => c.name === "Jessop")).toBe(false);
    expect(r.records.Clients.some((c) => c.name === "(509) 555-0182")).toBe(false);
    expect(r.summary.skipped).toBe(1);
  });

  it("says why, in every language", () => {
    const given = r.mappings[0].columns.find((c) => c.header === "CustFN");
    const reason = given?.reasons?.find((x) => x.code === "map.why.firm-contact");
    expect(reason).toBeDefined();
    const told = r.issues.find((i) => i.code === "import.name-stand-in");
    expect(told?.params).toMatchObject({ count: 4 });
    for (const lang of LANGS) {
      const why = renderMessage(reason!.code, reason!.params, lang) ?? "";
      expect(why).toContain("CompanyName");
      const issue = renderMessage(told!.code!, told!.params, lang) ?? "";
      expect(issue).toContain("CustFN");
      expect(issue).toContain("CustLN");
      expect(issue).toContain("Felicia Ellery");
      for (const text of [why, issue]) expect(text).not.toMatch(/\{\w+\}|map\.why|import\./);
    }
  });
});

describe("公司名称 beside 姓 | 名 (简体)", () => {
  const rows: Row[] = [
    ["华东物流有限公司", "王", "建国", "13800001111"],
    ["恒信贸易有限公司", "李", "秀英", "13800002222"],
    [null, "张", "伟", "13800003333"],
    ["金桥科技股份有限公司", "刘", "洋", "13800004444"],
    [null, "陈", "静", "13800005555"],
    ["新元建材有限公司", "赵", "磊", "13800006666"],
    ["宏达机械有限公司", "孙", "丽", "13800007777"],
  ];
  const r = importWorkbook([
    sheet("客户", customerTable(["客户编号", "公司名称", "姓", "名", "电话"], rows)),
  ]);

  it("takes each company as the client, the person its contact, a private customer as themself", () => {
    expect(fieldsOf(r)).toMatchObject({ 公司名称: "name", 姓: "mainContact", 名: "mainContact" });
    const firm = r.records.Clients.find((c) => c.name === "华东物流有限公司");
    expect(firm?.mainContact).toBe("王建国");
    const own = r.records.Clients.find((c) => c.name === "张伟");
    expect(own).toMatchObject({ kind: "person", phone: "13800003333" });
    expect(r.records.Clients).toHaveLength(7);
    const told = r.issues.find((i) => i.code === "import.name-stand-in");
    expect(renderMessage(told!.code!, told!.params, "zh-CN")).toContain("张伟");
  });
});

describe("公司名稱 beside 姓 | 名 (繁體)", () => {
  const rows: Row[] = [
    ["台北精密股份有限公司", "林", "志明", "0912345601"],
    ["永豐貿易有限公司", "黃", "美玲", "0912345602"],
    [null, "吳", "俊傑", "0912345603"],
    ["大同電機有限公司", "鄭", "雅婷", "0912345604"],
    [null, "蔡", "宗翰", "0912345605"],
    ["新光建設有限公司", "許", "家豪", "0912345606"],
    ["宏碁零件有限公司", "楊", "淑芬", "0912345607"],
  ];
  const r = importWorkbook([
    sheet("客戶", customerTable(["客戶編號", "公司名稱", "姓", "名", "電話"], rows)),
  ]);

  it("takes each company as the client, the person its contact, a private customer as themself", () => {
    expect(fieldsOf(r)).toMatchObject({ 公司名稱: "name", 姓: "mainContact", 名: "mainContact" });
    const firm = r.records.Clients.find((c) => c.name === "永豐貿易有限公司");
    expect(firm?.mainContact).toBe("黃美玲");
    expect(r.records.Clients.find((c) => c.name === "吳俊傑")).toMatchObject({ kind: "person" });
    const firmWhy = r.mappings[0].columns
      .find((c) => c.header === "姓")
      ?.reasons?.find((x) => x.code === "map.why.firm-contact");
    expect(renderMessage(firmWhy!.code, firmWhy!.params, "zh-TW")).toContain("公司名稱");
  });
});

describe("several people at one company: each person's name is the row's (en)", () => {
  const rows: SourceCell[][] = [
    ["First Name", "Last Name", "Company Name", "Email"],
    ["Hannah", "Abbott", "Harbour Wealth Ltd", "hannah@harbourw.example.com"],
    ["Jason", "Calder", "Harbour Wealth Ltd", "jason@harbourw.example.com"],
    ["Will", "Fenwick", "Clearwater Advisers", "will@clearwater.example.com"],
    ["Dan", "Carver", null, "dan@oakridge.example.com"],
    ["Helen", "Birch", "Clearwater Advisers", "helen@clearwater.example.com"],
    ["Owen", "Hale", "Harbour Wealth Ltd", "owen@harbourw.example.com"],
  ];
  const r = importWorkbook([sheet("People", rows)]);

  it("joins each person's name as the client's", () => {
    expect(fieldsOf(r)).toMatchObject({ "First Name": "name", "Last Name": "name" });
    expect(fieldsOf(r)["Company Name"]).not.toBe("name");
    expect(r.records.Clients.map((c) => c.name)).toContain("Dan Carver");
  });
});

describe("a contacts export with the company typed on a few rows (en)", () => {
  const people = [
    ["Hannah", "Abbott"],
    ["Jason", "Calder"],
    ["Will", "Fenwick"],
    ["Dan", "Carver"],
    ["Helen", "Birch"],
    ["Owen", "Hale"],
    ["Mara", "Kettering"],
    ["Tessa", "Lindqvist"],
    ["Walter", "Marlow"],
    ["Angela", "Oakes"],
    ["Martha", "Northcott"],
    ["Jeff", "Greyson"],
  ];
  const rows: SourceCell[][] = [
    ["First Name", "Last Name", "Email", "Company Name"],
    ...people.map(([given, family], i) => [
      given,
      family,
      `${given.toLowerCase()}@mail${i}.example.com`,
      i === 2 ? "Clearwater Advisers" : i === 7 ? "Harbour Wealth Ltd" : null,
    ]),
  ];
  const r = importWorkbook([sheet("Contacts", rows)]);

  it("reads the people's names, first and last name joined, as the rows' names", () => {
    expect(fieldsOf(r)).toMatchObject({ "First Name": "name", "Last Name": "name" });
    expect(fieldsOf(r)["Company Name"]).not.toBe("name");
    expect(r.records.Clients.map((c) => c.name)).toContain("Hannah Abbott");
  });
});

describe("a scrape of places: Listing Name on every row, first_name | last_name on some (en)", () => {
  const places = [
    ["Breezeway Air Conditioning", "+1 214-555-0171"],
    ["Arctic Air Heating", "+1 254-555-0173"],
    ["Summit Climate Control", "+1 210-555-0182"],
    ["Alamo Air Conditioning", "+1 214-555-0157"],
  ];
  // One row per e-mail found at the place; a person's name only beside a personal address.
  const people = [
    ["Ella", "Fairbank", "ella"],
    [null, null, "info"],
    ["Ethan", "Marlow", "ethan"],
  ];
  const rows: SourceCell[][] = [
    ["Listing Name", "first_name", "last_name", "phone", "email"],
    ...places.flatMap(([name, phone], p) =>
      people.map(([given, family, box]) => [
        name,
        given,
        family,
        phone,
        `${box}@place${p}.example.com`,
      ])
    ),
  ];
  const r = importWorkbook([sheet("Places", rows)]);

  it("keeps the place's name whole and merges its rows into one client", () => {
    expect(fieldsOf(r)).toMatchObject({
      "Listing Name": "name",
      first_name: null,
      last_name: null,
    });
    expect(r.records.Clients.map((c) => c.name)).toEqual(places.map((p) => p[0]));
    expect(r.records.Clients.find((c) => c.name === "Arctic Air Heating")?.phone).toBe(
      "+1 254-555-0173"
    );
  });

  it("says why both parts are a second name, in every language", () => {
    for (const header of ["first_name", "last_name"]) {
      const part = r.mappings[0].columns.find((c) => c.header === header);
      const reason = part?.reasons?.find((x) => x.code === "map.why.second-name");
      expect(reason?.params).toMatchObject({ filled: 8, rows: 12 });
      for (const lang of LANGS) {
        const text = renderMessage(reason!.code, reason!.params, lang) ?? "";
        expect(text).toContain("Listing Name");
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
