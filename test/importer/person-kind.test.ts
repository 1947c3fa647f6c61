/**
 * On a list whose names are, as a whole, people's names (a common surname and two or three
 * characters; a first and last name with no legal-form word) beside people's details (mobile
 * numbers, a sex, birthdays), each client named like a person is a person. A list mixing
 * companies and people is read row by row when most of its names read as people's; one with no
 * person's detail, or few names a person's, is not guessed at.
 */
import { importWorkbook } from "../../src/importer";
import { looksLikePersonName } from "../../src/importer/person-name";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("a name that reads as a person's", () => {
  it.each([
    "林美華",
    "陈晓燕",
    "歐陽娜娜",
    "黃淑芬 小姐",
    "王先生",
    "Emily Clarke",
    "Mrs Arthur Jones",
  ])("%s is a person's", (name) => expect(looksLikePersonName(name)).toBe(true));
  it.each([
    "华联商贸有限公司",
    "悦城生活超市",
    "信義之星",
    "Clarke Trading Ltd",
    "Brightwater Pumps Ltd",
    "ACME",
    "A1",
  ])("%s is not", (name) => expect(looksLikePersonName(name)).toBe(false));
});

describe("kind on a list of persons", () => {
  const people = ["林美華", "陳志明", "王淑芬", "張家豪 先生", "黃雅婷 小姐", "吳建國"];
  const mobiles = people.map((_, i) => `0912-345-6${10 + i}`);

  it("names of people beside mobile numbers: every client is a person, said once", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "手機", "備註"],
      ...people.map((n, i) => [n, mobiles[i], ""]),
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(people.map(() => "person"));
    const said = r.issues.filter((i) => i.code === "import.kind-from-person-names");
    expect(said).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code ?? "", said[0].params ?? {}, lang)).toContain("客戶姓名");
  });

  it("English first-and-last names beside mobiles", () => {
    const names = ["Emily Clarke", "Tobias Wren", "Ada Finch", "Imogen Hale", "Owen Rusk"];
    const rows: SourceCell[][] = [
      ["Name", "Mobile"],
      ...names.map((n, i) => [n, `07700 90010${i}`]),
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(names.map(() => "person"));
  });

  it("a mixed list is read row by row: the shop an enterprise, the people persons, a brand open", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "手機"],
      ...people.slice(0, 4).map((n, i) => [n, mobiles[i]]),
      ["悅城生活超市", "0912-345-699"],
      ["信義之星", "0912-345-698"],
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.map((c) => c.kind ?? null)).toEqual([
      "person",
      "person",
      "person",
      "person",
      "enterprise",
      null,
    ]);
  });

  it("a mixed list where few names read as people's is not guessed at", () => {
    const rows: SourceCell[][] = [
      ["客戶名稱", "手機"],
      ...people.slice(0, 2).map((n, i) => [n, mobiles[i]]),
      ["悅城生活超市", "0912-345-699"],
      ["信義之星", "0912-345-698"],
      ["大同之光", "0912-345-697"],
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.slice(0, 2).every((c) => (c.kind ?? null) === null)).toBe(true);
    expect(r.issues.some((i) => i.code === "import.kind-from-person-names")).toBe(false);
  });

  // 客戶姓名 would be such a detail: only a person's name is a 姓名 (person-name-header.test.ts).
  it("names alone, with no person's detail beside them, are not guessed at", () => {
    const rows: SourceCell[][] = [["客戶名稱", "地區"], ...people.map((n) => [n, "台北"])];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients.every((c) => (c.kind ?? null) === null)).toBe(true);
  });

  it("a kind column a person filled is read, not guessed", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "手機", "類型"],
      ...people.map((n, i) => [n, mobiles[i], i === 0 ? "法人" : "自然人"]),
    ];
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(r.records.Clients[0].kind).toBe("enterprise");
    expect(r.issues.some((i) => i.code === "import.kind-from-person-names")).toBe(false);
  });
});
