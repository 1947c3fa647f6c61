/**
 * A client's kind read the way a person reads a list with no kind column: a legal form or a kind of
 * body or works makes a company's name (… Ltd, … S.A.E, …养殖场), a surname and a given name or a
 * first and last name a person's — row by row where the list mixes both. A name that reads as
 * neither (a lone given name, a shop's nickname) stays open.
 */
import { importWorkbook } from "../../src/importer";
import { looksLikePersonName } from "../../src/importer/person-name";
import { namesOrganisation } from "../../src/register/catalog";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const kinds = (r: ReturnType<typeof importWorkbook>) =>
  Object.fromEntries(r.records.Clients.map((c) => [c.name, c.kind ?? null]));

describe("a legal form or a kind of works makes an organisation's name", () => {
  it.each([
    "Ossory Freight S.A.E",
    "Damietta Marine WLL",
    "Keshav Polymers Pvt Ltd",
    "ORLO LIMITED\n欧乐家",
    "清远市银湾水产养殖场",
    "南平县和顺纸业",
    "瑞穗工業",
  ])("%s is an organisation's and no person's", (name) => {
    expect(namesOrganisation(name)).toBe(true);
    expect(looksLikePersonName(name)).toBe(false);
  });
  it.each(["Maeve Corrigan", "Dr. Kofi Mensah", "Ines Ferreira", "周海燕", "歐陽青"])(
    "%s is not",
    (name) => expect(namesOrganisation(name)).toBe(false)
  );
});

describe("a list mixing companies and people is read row by row", () => {
  it("companies by their form, people by their names; a lone given name stays open", () => {
    const rows: SourceCell[][] = [
      ["Client", "Town", "Phone"],
      ["Maeve Corrigan", "Tralee", "066 712 0001"],
      ["Brackwater Ltd", "Tralee", "066 712 0002"],
      ["Ines Ferreira", "Killarney", "066 712 0003"],
      ["Dr. Kofi Mensah", "Dingle", "066 712 0004"],
      ["Ferncliff Hospital", "Dingle", "066 712 0005"],
      ["Oisin Dunleavy", "Listowel", "066 712 0006"],
      ["Rory", "Listowel", "066 712 0007"],
      ["Aoife Brennan", "Tralee", "066 712 0008"],
      ["Padraig Hurley", "Tralee", "066 712 0009"],
      ["Sorcha Nolan", "Killarney", "066 712 0010"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(kinds(r)).toMatchObject({
      "Maeve Corrigan": "person",
      "Brackwater Ltd": "enterprise",
      "Dr. Kofi Mensah": "person",
      "Ferncliff Hospital": "enterprise",
      Rory: null,
      "Sorcha Nolan": "person",
    });
    expect(r.issues.some((i) => i.code === "import.kind-from-person-names")).toBe(true);
  });

  it("the same in Chinese: a firm's form, a surname and a given name, a brand left open", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "地址"],
      ["清远市银湾水产养殖场", "清远"],
      ["周海燕", "清远"],
      ["吴建伟", "英德"],
      ["南平县和顺纸业", "南平"],
      ["郑丽娟", "英德"],
      ["何志强", "清远"],
      ["林晓明", "清远"],
      ["陈桂兰", "英德"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(kinds(r)).toEqual({
      清远市银湾水产养殖场: "enterprise",
      周海燕: "person",
      吴建伟: "person",
      南平县和顺纸业: "enterprise",
      郑丽娟: "person",
      何志强: "person",
      林晓明: "person",
      陈桂兰: "person",
    });
  });

  it("a list of mostly companies does not make its few plain names people", () => {
    const rows: SourceCell[][] = [
      ["Customer", "City"],
      ["Brackwater Ltd", "Cork"],
      ["Corrib Brewing Inc", "Galway"],
      ["Tolka Coaching LLC", "Dublin"],
      ["Ossory Freight S.A.E", "Kilkenny"],
      ["Lough Mask Foods Ltd", "Mayo"],
      ["Maeve Corrigan", "Cork"],
    ];
    const r = importWorkbook([sheet("Customers", rows)]);
    expect(kinds(r)["Maeve Corrigan"]).toBeNull();
    expect(kinds(r)["Corrib Brewing Inc"]).toBe("enterprise");
  });

  it("many names that read as neither leave the people open too", () => {
    const rows: SourceCell[][] = [
      ["Client", "Phone"],
      ["Brackwater Ltd", "066 712 0001"],
      ["Maeve Corrigan", "066 712 0002"],
      ["Ines Ferreira", "066 712 0003"],
      ["Rory", "066 712 0004"],
      ["Sunnyside", "066 712 0005"],
      ["Aoife Brennan", "066 712 0006"],
      ["Big Tom's", "066 712 0007"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(kinds(r)["Maeve Corrigan"]).toBeNull();
    expect(kinds(r)["Brackwater Ltd"]).toBe("enterprise");
  });
});

describe("a list of people with no other detail", () => {
  it("a Full Name header says its names are people's", () => {
    const names = [
      "Maeve Corrigan",
      "Ines Ferreira",
      "Oisin Dunleavy",
      "Aoife Brennan",
      "Sorcha Nolan",
    ];
    const rows: SourceCell[][] = [
      ["Full Name", "Email"],
      ...names.map((n, i) => [n, `c${i}@example.com`]),
    ];
    const r = importWorkbook([sheet("Leads", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(names.map(() => "person"));
  });

  it("an employer beside the names makes them people (a company has none)", () => {
    const names = [
      "Maeve Corrigan",
      "Ines Ferreira",
      "Oisin Dunleavy",
      "Aoife Brennan",
      "Sorcha Nolan",
    ];
    const employers = [
      "Lough Mask Foods Ltd",
      "Corrib Brewing Inc",
      "Lough Mask Foods Ltd",
      "Tolka Ltd",
      "Tolka Ltd",
    ];
    const rows: SourceCell[][] = [
      ["Name", "Employer", "Email"],
      ...names.map((n, i) => [n, employers[i], `c${i}@example.com`]),
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(names.map(() => "person"));
  });

  it("one name under 姓名 is a person's", () => {
    const rows: SourceCell[][] = [
      ["姓名", "电话"],
      ["周海燕", "13800001234"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients[0].kind).toBe("person");
  });
});
