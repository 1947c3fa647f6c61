/**
 * One client list per workbook: a copy of the list, an older version or a subset of it that says
 * nothing the list does not is left out, said which sheet holds its records; of two sheets holding
 * each other's rows, the one naming its rows in its name column is imported, once.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const PEOPLE = [
  "Odette Marchand",
  "Rafael Quintero",
  "Ingrid Solberg",
  "Tomasz Wieczorek",
  "Amara Nwosu",
  "Henrik Dahl",
  "Lucía Ferrer",
  "Kenji Watanabe",
  "Priya Raman",
  "Mateus Albuquerque",
  "Sigrid Holm",
  "Yusuf Demir",
  "Clara Bianchi",
  "Emeka Obi",
];
const mobile = (i: number): string => `07700 9${String(31000 + i * 173).padStart(5, "0")}`;
const mail = (i: number): string =>
  `${PEOPLE[i].toLowerCase().replace(/[^a-z]+/g, ".")}@mailbox.example`;
const town = (i: number): string => ["Leeds", "Hull", "York", "Ripon"][i % 4];

/** The society's register: member number, name, mobile, e-mail, town. */
function register(count = PEOPLE.length): SourceCell[][] {
  return [
    ["Member No", "Full Name", "Mobile", "E-mail", "Town"],
    ...PEOPLE.slice(0, count).map((n, i) => [`M-${410 + i}`, n, mobile(i), mail(i), town(i)]),
  ];
}

describe("a copy or an older version of the client list beside it", () => {
  const backupRows = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  // Saved before the last member joined: fewer columns, another order.
  const backup = (): SourceCell[][] => [
    ["Mobile", "Full Name", "Town"],
    ...backupRows.map((i) => [mobile(i), PEOPLE[i], town(i)]),
  ];

  it("an older subset in other columns is left out, naming the list that holds its members", () => {
    const r = importWorkbook([sheet("Register", register()), sheet("Backup 2024", backup())]);
    const got = r.mappings.find((m) => m.sheet === "Backup 2024");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.copy-held");
    expect(got?.reasonCoded?.params).toMatchObject({
      source: "Register",
      found: backupRows.length,
      held: 100,
    });
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
    expect(r.records.Clients?.map((c) => c.email)).toEqual(PEOPLE.map((_, i) => mail(i)));
  });

  it("the copy placed first in the workbook is still the one left out", () => {
    const r = importWorkbook([sheet("Backup 2024", backup()), sheet("Register", register())]);
    expect(r.mappings.find((m) => m.sheet === "Backup 2024")?.registerSheet).toBeNull();
    expect(r.mappings.find((m) => m.sheet === "Register")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
  });

  it("a subset naming a member the list lacks is imported: nothing is lost", () => {
    const rows = backup();
    rows.push([mobile(40), "Zeynep Arslan", "Selby"]);
    const r = importWorkbook([sheet("Register", register()), sheet("Backup 2024", rows)]);
    expect(r.mappings.find((m) => m.sheet === "Backup 2024")?.registerSheet).toBe("Clients");
    expect(r.records.Clients?.map((c) => c.name)).toContain("Zeynep Arslan");
  });

  it("a few members picked out in other columns name a group by who is on it: imported, merging", () => {
    const owing = [
      ["Mobile", "Full Name", "Town"],
      ...[3, 7, 12].map((i) => [mobile(i), PEOPLE[i], town(i)]),
    ];
    const r = importWorkbook([sheet("Register", register()), sheet("Fees owing", owing)]);
    expect(r.mappings.find((m) => m.sheet === "Fees owing")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
    const rows = r.rows.filter((x) => x.sheet === "Fees owing");
    expect(rows.every((x) => x.outcome === "merged")).toBe(true);
  });

  it("a version where several members moved town is imported and merges: it says more", () => {
    const moved = backup().map((row, k) =>
      k > 0 && k % 3 === 0 ? [row[0], row[1], "Whitby"] : row
    );
    const r = importWorkbook([sheet("Register", register()), sheet("Backup 2024", moved)]);
    expect(r.mappings.find((m) => m.sheet === "Backup 2024")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
  });

  it("the same members with a column of their own (kit size) are no copy: imported, merging", () => {
    const kit = [
      ["Mobile", "Full Name", "Kit size"],
      ...backupRows.map((i) => [mobile(i), PEOPLE[i], ["S", "M", "L", "XL"][i % 4]]),
    ];
    const r = importWorkbook([sheet("Register", register()), sheet("Kit", kit)]);
    expect(r.mappings.find((m) => m.sheet === "Kit")?.reasonCoded?.code).not.toBe(
      "sheet.why.copy-held"
    );
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
  });

  it("an export writing names with dots or underscores for spaces is still a copy", () => {
    const exported = [
      ["Mobile", "Full Name", "Town"],
      ...backupRows.map((i) => [mobile(i), PEOPLE[i].replace(/ /g, i % 2 ? "." : "_"), town(i)]),
    ];
    const r = importWorkbook([sheet("Register", register()), sheet("csv", exported)]);
    const got = r.mappings.find((m) => m.sheet === "csv");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.copy-held");
    expect(r.records.Clients?.map((c) => c.name)).toEqual(PEOPLE);
  });

  it("a version whose e-mail addresses differ by a dot is no copy: imported, merging", () => {
    const mails = [
      ["Mobile", "Full Name", "E-mail"],
      ...backupRows.map((i) => [mobile(i), PEOPLE[i], mail(i).replace(".", "")]),
    ];
    const r = importWorkbook([sheet("Register", register()), sheet("Mails", mails)]);
    expect(r.mappings.find((m) => m.sheet === "Mails")?.registerSheet).toBe("Clients");
  });

  it("the same list twice, cell for cell: the first is imported, the second left out", () => {
    const r = importWorkbook([sheet("Register", register()), sheet("Register (2)", register())]);
    expect(r.mappings.find((m) => m.sheet === "Register")?.registerSheet).toBe("Clients");
    const got = r.mappings.find((m) => m.sheet === "Register (2)");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.params).toMatchObject({ source: "Register" });
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
  });

  it("the reason reads in every language with the sheet it copies and no English word", () => {
    const r = importWorkbook([sheet("Register", register()), sheet("Backup 2024", backup())]);
    const issue = r.issues.find(
      (i) => i.sheet === "Backup 2024" && i.code === "import.sheet-not-data"
    );
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("import.sheet-not-data", issue?.params ?? {}, lang) ?? "";
      expect(text).toContain("Register");
      expect(text).not.toMatch(/sheet\.why|\{/);
      if (lang !== "en") expect(text).not.toMatch(/copy|records|values/);
    }
  });
});

describe("a raw export and the tidied list made from it, each holding the other's rows", () => {
  const NAMED = 4;
  // The form's export: members' names under 名字 only for the first few; the others wrote theirs
  // in the remark, which the list's keeper moved into the name column.
  const raw = (): SourceCell[][] => [
    ["手机号码", "电子邮箱", "名字", "留言"],
    ...PEOPLE.slice(0, 12).map((n, i) => [
      `139${String(20000000 + i * 7919)}`,
      mail(i),
      i < NAMED ? n : "",
      i < NAMED ? "" : n,
    ]),
  ];
  const tidied = (): SourceCell[][] => [
    ["会员姓名", "手机号码", "电子邮箱"],
    ...PEOPLE.slice(0, 12).map((n, i) => [n, `139${String(20000000 + i * 7919)}`, mail(i)]),
  ];

  it.each([
    ["raw first", true],
    ["tidied first", false],
  ])("%s: the list naming every row is imported, the export left out saying why", (_, first) => {
    const sheets = [sheet("导出", raw()), sheet("会员名单", tidied())];
    const r = importWorkbook(first ? sheets : sheets.reverse());
    expect(r.mappings.find((m) => m.sheet === "会员名单")?.registerSheet).toBe("Clients");
    const got = r.mappings.find((m) => m.sheet === "导出");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.same-list-kept");
    expect(got?.reasonCoded?.params).toMatchObject({ source: "会员名单", namedSource: 100 });
    expect(r.records.Clients).toHaveLength(12);
    expect(r.records.Clients?.map((c) => c.name).sort()).toEqual(PEOPLE.slice(0, 12).sort());
    const issue = r.issues.find((i) => i.sheet === "导出" && i.code === "import.sheet-not-data");
    const zh = renderMessage("import.sheet-not-data", issue?.params ?? {}, "zh-CN") ?? "";
    expect(zh).toContain("会员名单");
    expect(zh).not.toMatch(/[A-Za-z]{4,}/);
  });
});
