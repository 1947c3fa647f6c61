/**
 * A Family sheet lists relatives: a family member beside the client they belong to. A shop's or a
 * club's member list (Member ID, Member Name, Member Type Gold/Silver, phone, e-mail) sounds like
 * one by its headers, but its members are the clients themselves.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { holdsRelatives } from "../../src/importer/family-sheet";
import { profilesOf, sheet } from "./helpers";
import type { ColumnMapping } from "../../src/importer/types";

const MEMBERS = [
  "Chan Tai Man",
  "Wong Siu Ling",
  "Emily Fairbank",
  "Lee Ka Wai",
  "Ho Chun Kit",
  "Cheung Mei Yee",
  "Daniel Osei",
  "Lam Wing Sze",
  "Ng Ho Yin",
  "Yeung Pui Shan",
  "Tsang Kin Fai",
  "Sophie Marchetti",
];
const LEVELS = ["Silver", "Gold", "Platinum"];

describe("a shop's member list whose headers sound like Family", () => {
  const rows: SourceCell[][] = [
    ["Member ID", "Member Name", "Age", "Gender", "Member Type", "Phone Number", "Email"],
    ...MEMBERS.map((name, i) => [
      608800 + i * 37,
      name,
      20 + ((i * 7) % 50),
      i % 2 === 0 ? "M" : "F",
      LEVELS[i % 3],
      51234000 + i * 91,
      `${name.split(" ")[0].toLowerCase()}${i}@example.com`,
    ]),
  ];
  const r = importWorkbook([sheet("Sheet1", rows)]);

  it("imports the members as clients, not as anyone's family", () => {
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Family).toHaveLength(0);
    expect(r.records.Clients.map((c) => c.name)).toEqual(MEMBERS);
    expect(r.records.Clients[0].email).toBe("chan0@example.com");
  });
});

describe("a family sheet with its relation column", () => {
  const rows: SourceCell[][] = [
    ["客户姓名", "成员姓名", "关系", "生日"],
    ["王伟", "李娜", "配偶", "1982-03-04"],
    ["王伟", "王小明", "儿子", "2010-09-01"],
    ["张敏", "陈刚", "配偶", "1979-11-20"],
  ];
  const r = importWorkbook([sheet("家庭成员", rows)]);

  it("stays a family sheet", () => {
    expect(r.mappings[0].registerSheet).toBe("Family");
    expect(r.records.Family.map((m) => m.memberName)).toEqual(["李娜", "王小明", "陈刚"]);
  });
});

describe("holdsRelatives", () => {
  const mapping = (field: string | null): ColumnMapping => ({
    index: 1,
    letter: "A",
    header: "",
    field,
    confidence: 1,
    source: "alias",
    samples: [],
  });
  const people = profilesOf([
    ["Client", "Member", "Level"],
    ["C-1", "Chan Tai Man", "Gold"],
    ["C-1", "Wong Siu Ling", "Gold"],
    ["C-2", "Lee Ka Wai", "Silver"],
    ["C-3", "Ho Chun Kit", "Gold"],
  ]);

  it("takes a member column of people's names beside a different client link", () => {
    expect(
      holdsRelatives([mapping("clientId"), mapping("memberName"), mapping(null)], people)
    ).toBe(true);
  });

  it("refuses a member column that names a grade, not people", () => {
    expect(
      holdsRelatives([mapping("clientId"), mapping(null), mapping("memberName")], people)
    ).toBe(false);
  });

  it("refuses people's names with no client link beside them", () => {
    expect(holdsRelatives([mapping(null), mapping("memberName"), mapping(null)], people)).toBe(
      false
    );
  });

  it("takes a relation column whatever else the rows hold", () => {
    const relation = profilesOf([["关系"], ["配偶"], ["儿子"]]);
    expect(holdsRelatives([mapping("relation")], relation)).toBe(true);
  });
});
