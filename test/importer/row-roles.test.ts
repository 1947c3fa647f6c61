/**
 * Who are the rows of a table? A list whose sheet name, title or naming header says its people or
 * firms are suppliers, staff, students, voters or players is not imported as clients, with one
 * line saying why in en, zh-CN and zh-TW; a plain list of names and ways to reach them, or one a
 * client word speaks for, stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import { rowRoleOf } from "../../src/importer/row-roles";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const FIRST = ["Olivia", "Noah", "Emma", "Liam", "Ava", "Mason", "Isla", "Ethan", "Mia", "Lucas"];
const LAST = ["Hart", "Price", "Stone", "Ford", "Reid", "Cole", "Lane", "Webb", "Shaw", "Pike"];
const person = (i: number) => `${FIRST[i % 10]} ${LAST[(i * 3 + 1) % 10]}`;
const phone = (i: number) => `0412 ${String(345000 + i * 17).slice(0, 3)} ${100 + i}`;
const mail = (i: number) => `${FIRST[i % 10].toLowerCase()}${i}@example.com`;

const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"];
const FAMILY = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const cnName = (i: number) => FAMILY[i % 10] + GIVEN[(i * 3) % 10] + "明";
const mobile = (i: number) => `138${String(10000000 + i * 7919).slice(0, 8)}`;

function list(headers: string[], row: (i: number) => SourceCell[], count = 12, title?: string) {
  const rows: SourceCell[][] = title ? [[title], headers] : [headers];
  for (let i = 0; i < count; i++) rows.push(row(i));
  return rows;
}

function notImported(name: string, rows: SourceCell[][], words: [string, string, string]) {
  const r = importWorkbook([sheet(name, rows)]);
  expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "people" });
  expect(r.records.Clients).toHaveLength(0);
  const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === name);
  expect(issue).toBeDefined();
  expect(renderIssueMessage(issue!, "en")).toContain(words[0]);
  expect(renderIssueMessage(issue!, "zh-CN")).toContain(words[1]);
  expect(renderIssueMessage(issue!, "zh-TW")).toContain(words[2]);
}

describe("a list the workbook says is not of clients", () => {
  it("is left out when its sheet name says suppliers", () => {
    notImported(
      "Vendor List",
      list(["Company", "Contact", "Phone", "Email"], (i) => [
        `${LAST[i % 10]} Fasteners ${i} Ltd`,
        person(i),
        phone(i),
        mail(i),
      ]),
      ["suppliers", "供应商", "供應商"]
    );
  });

  it("is left out when the header naming each row says voters", () => {
    notImported(
      "Sheet1",
      list(["Serial", "Voter Name", "Age", "Address"], (i) => [
        i + 1,
        person(i),
        20 + i,
        `${10 + i} Mill Road`,
      ]),
      ["voters", "选民", "選民"]
    );
  });

  it("is left out when the title above the table says players", () => {
    notImported(
      "2024",
      list(
        ["Name", "Phone", "Email", "Position"],
        (i) => [person(i), phone(i), mail(i), ["Forward", "Keeper", "Defender"][i % 3]],
        12,
        "Registered players — spring season"
      ),
      ["players", "运动员", "運動員"]
    );
  });

  it("is left out in Chinese: 学生名单 with 学生姓名 (繁體 folded alike)", () => {
    notImported(
      "學生名單",
      list(["学号", "学生姓名", "手机", "班级"], (i) => [
        `S${1000 + i}`,
        cnName(i),
        mobile(i),
        `${1 + (i % 3)}班`,
      ]),
      ["students", "学生", "學生"]
    );
  });

  it("is left out when its tab names a year of study (IInd Year, 大二), headers or none", () => {
    notImported(
      "IInd Year",
      list(["Name", "Email", "Mobile"], (i) => [person(i), mail(i), phone(i)]),
      ["students", "学生", "學生"]
    );
    notImported(
      "大二",
      list([], (i) => [`BZC`, `19219CHE${100 + i}`, cnName(i), mobile(i)]).slice(1),
      ["students", "学生", "學生"]
    );
  });

  it("leaves out a selection of such a list on another tab (its Gents), said in every language", () => {
    const all = list(["Name", "Email", "Mobile"], (i) => [person(i), mail(i), phone(i)]);
    const gents = [all[0], ...all.slice(1).filter((_, i) => i % 2 === 0)];
    const r = importWorkbook([sheet("IInd Year", all), sheet("Gents", gents)]);
    expect(r.records.Clients).toHaveLength(0);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === "Gents");
    expect(issue?.params?.reason).toBe("sheet.why.role-people");
    expect(renderIssueMessage(issue!, "en")).toContain("students");
    expect(renderIssueMessage(issue!, "zh-CN")).toContain("学生");
    expect(renderIssueMessage(issue!, "zh-TW")).toContain("學生");
  });

  it("is left out when a column gives each row's year of study (Fourth under Year, 2nd Year, 大二)", () => {
    const years = ["First", "Second", "Third", "Fourth"];
    notImported(
      "Table 1",
      list(["Name", "Branch", "Year", "Mobile", "Email"], (i) => [
        person(i),
        ["CSE", "ECE", "MECH"][i % 3],
        years[i % 4],
        phone(i),
        mail(i),
      ]),
      ["students", "学生", "學生"]
    );
    notImported(
      "Sheet1",
      list(["Name", "Class", "Phone"], (i) => [
        person(i),
        `${["1st", "2nd", "3rd"][i % 3]} Year`,
        phone(i),
      ]),
      ["students", "学生", "學生"]
    );
    notImported(
      "名單",
      list(["姓名", "年級", "手機"], (i) => [
        cnName(i),
        ["大一", "大二", "大三"][i % 3],
        mobile(i),
      ]),
      ["students", "学生", "學生"]
    );
  });

  it("stays a client list when a Year column holds years, not years of study", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        list(["Name", "Year", "Phone", "Email"], (i) => [
          person(i),
          2015 + (i % 5),
          phone(i),
          mail(i),
        ])
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });

  it("is left out when a staff number keys the rows beside a plain name", () => {
    notImported(
      "Sheet1",
      list(["员工编号", "姓名", "手机"], (i) => [`E${2000 + i}`, cnName(i), mobile(i)]),
      ["staff", "员工", "員工"]
    );
  });

  it("is left out when its tab names the holder's friends or classmates (friends, 大學同學)", () => {
    notImported(
      "friends",
      list(["First Name", "Last Name", "E-mail Address"], (i) => [
        FIRST[i % 10],
        LAST[(i * 3 + 1) % 10],
        mail(i),
      ]),
      ["friends", "亲友", "親友"]
    );
    notImported(
      "大學同學",
      list(["姓名", "手機", "生日"], (i) => [cnName(i), mobile(i), `1990-0${(i % 9) + 1}-15`]),
      ["classmates", "同学", "同學"]
    );
  });

  it("a friend who became a client is still one: 朋友介绍的客户 keeps the list", () => {
    const r = importWorkbook([
      sheet(
        "朋友介绍的客户",
        list(["姓名", "手机"], (i) => [cnName(i), mobile(i)])
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});

describe("a list that stays a client list", () => {
  it("a plain Name, Phone, Email list with no word saying otherwise", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        list(["Name", "Phone", "Email"], (i) => [person(i), phone(i), mail(i)])
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });

  it("a client word beside the role word keeps it (Customer Name, Supplier)", () => {
    const r = importWorkbook([
      sheet(
        "Suppliers",
        list(["Customer Name", "Phone", "Email"], (i) => [person(i), phone(i), mail(i)])
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });

  it("a staff member serving each client, named beside the client's Name", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        list(["Name", "Phone", "Email", "Staff Name"], (i) => [
          person(i),
          phone(i),
          mail(i),
          person(i + 5),
        ])
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});

describe("rowRoleOf", () => {
  const profile = (filled: number, distinctRatio: number) =>
    ({ filled, distinctRatio }) as Parameters<typeof rowRoleOf>[0]["profiles"][number];

  it("reads a role from a naming header, not from one describing the row", () => {
    const profiles = [profile(10, 1), profile(10, 1)];
    expect(
      rowRoleOf({ sheetName: "Sheet1", title: "", headers: ["供應商名稱", "電話"], profiles })
    ).toEqual({ role: "supplier", evidence: ["供應商名稱"] });
    expect(
      rowRoleOf({ sheetName: "Sheet1", title: "", headers: ["员工职位", "电话"], profiles })
    ).toBeNull();
    expect(
      rowRoleOf({ sheetName: "Sheet1", title: "", headers: ["Employee Count", "Region"], profiles })
    ).toBeNull();
  });

  it("reads a possessive header and a team's members, not a club's", () => {
    const profiles = [profile(10, 1), profile(10, 1)];
    expect(
      rowRoleOf({ sheetName: "Sheet1", title: "", headers: ["Elector's Name", "Age"], profiles })
    ).toEqual({ role: "voter", evidence: ["Elector's Name"] });
    expect(
      rowRoleOf({ sheetName: "Team Members", title: "", headers: ["Name", "Email"], profiles })
    ).toEqual({ role: "team", evidence: ["Team Members"] });
    expect(
      rowRoleOf({ sheetName: "Members", title: "", headers: ["Name", "Player ID"], profiles })
    ).toBeNull();
  });

  it("compares English words whole and gives up when two roles disagree", () => {
    const profiles = [profile(10, 1)];
    expect(
      rowRoleOf({ sheetName: "Staffing plan", title: "", headers: ["Name"], profiles })
    ).toBeNull();
    expect(
      rowRoleOf({ sheetName: "Students", title: "Teachers", headers: ["Name"], profiles })
    ).toBeNull();
  });

  it("reads words a database joined in a tab's name or a header", () => {
    const profiles = [profile(10, 1), profile(10, 1)];
    expect(
      rowRoleOf({ sheetName: " VoterList", title: "", headers: ["Name", "Age"], profiles })
    ).toEqual({ role: "voter", evidence: ["VoterList"] });
    expect(
      rowRoleOf({ sheetName: "Sheet1", title: "", headers: ["StudentID", "Mobile"], profiles })
    ).toEqual({ role: "student", evidence: ["StudentID"] });
    expect(
      rowRoleOf({ sheetName: "StaffList", title: "", headers: ["Name", "CustomerID"], profiles })
    ).toBeNull();
  });

  it("reads a year of study in a tab's name as its students", () => {
    const profiles = [profile(10, 1), profile(10, 1)];
    for (const sheetName of ["IInd year", "1st Year", "Final Year", "大二", "三年級"])
      expect(rowRoleOf({ sheetName, title: "", headers: ["Name", "Email"], profiles })).toEqual({
        role: "student",
        evidence: [sheetName],
      });
    for (const sheetName of ["Year 2024", "First Year Policies", "2nd Quarter", "大客户"])
      expect(rowRoleOf({ sheetName, title: "", headers: ["Name", "Email"], profiles })).toBeNull();
  });

  it("does not take a repeating role column as the rows' name", () => {
    const profiles = [profile(10, 1), profile(10, 0.3)];
    expect(
      rowRoleOf({ sheetName: "Sheet1", title: "", headers: ["Company", "Supplier"], profiles })
    ).toBeNull();
  });
});
