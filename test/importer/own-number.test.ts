/**
 * A client list's own number (session 20): every client has one and it stays with one client,
 * even where the client comes back on a second row (a student's second application). A number
 * only some clients have (a visa form's, half the rows "无") is something they hold; when another
 * column gives every client a number, that one keys the clients, so the same students on an
 * application sheet and on a summary sheet are imported once.
 */
import { importWorkbook } from "../../src/importer";
import { repeatsOnlyWithItsName, valueCoverage } from "../../src/importer/own-number";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const STUDENTS = [
  "韩思远",
  "邵佳宁",
  "贝雨桐",
  "柏文涛",
  "舒可欣",
  "阮浩然",
  "滕诗涵",
  "殷子墨",
  "罗梓萱",
  "毕嘉懿",
];
const CONSULTANTS = ["庞立群", "祁海燕", "庞立群", "祁海燕", "庞立群"];
const numberOf = (i: number) => String(52000 + i * 137);
const birthdayOf = (i: number) => `199${i % 10}-0${(i % 9) + 1}-1${i % 9}`;

/** One row per application: the first three students applied twice. */
function applications(): SourceCell[][] {
  const rows: SourceCell[][] = [
    ["备注", "学号", "学生姓名", "生日", "签约日期", "顾问", "签证表编号"],
  ];
  const order = [...STUDENTS.map((_, i) => i), 0, 1, 2];
  order.forEach((i, k) =>
    rows.push([
      k % 3 === 0 ? "家长催进度" : "无",
      numberOf(i),
      STUDENTS[i],
      birthdayOf(i),
      `2016-1${i % 3}-2${i % 8}`,
      CONSULTANTS[i % CONSULTANTS.length],
      k % 2 === 0 ? `AA00${81234 + k * 7}` : "无",
    ])
  );
  return rows;
}

function summary(): SourceCell[][] {
  return [
    ["学号", "学生姓名", "生日", "签约日期", "顾问"],
    ...STUDENTS.map((s, i) => [
      numberOf(i),
      s,
      birthdayOf(i),
      `2016-1${i % 3}-2${i % 8}`,
      CONSULTANTS[i % CONSULTANTS.length],
    ]),
  ];
}

function fieldOf(r: ReturnType<typeof importWorkbook>, sheetName: string, header: string) {
  const columns = r.mappings.find((m) => m.sheet === sheetName)?.columns ?? [];
  return columns.find((c) => c.header === header);
}

describe("a client list's own number", () => {
  it("counts rows holding a value, blanks and 无 / n/a / - holding none", () => {
    expect(valueCoverage(["A1", "无", null, "", "n/a", "-", "B2", 7])).toBeCloseTo(3 / 8);
    expect(valueCoverage([])).toBe(0);
  });

  it("a number that comes back only beside the same name is one client's; beside two names it is not", () => {
    expect(repeatsOnlyWithItsName(["1", "2", "1"], ["Ann Lee", "Bo Chan", "ann lee"])).toBe(true);
    expect(repeatsOnlyWithItsName(["1", "2", "1"], ["Ann Lee", "Bo Chan", "Cy Wong"])).toBe(false);
    // Nothing comes back: no evidence of repetition either way.
    expect(repeatsOnlyWithItsName(["1", "2", "3"], ["Ann Lee", "Bo Chan", "Cy Wong"])).toBe(false);
    // Rows without a number or a name are not looked at.
    expect(repeatsOnlyWithItsName(["无", "无", "4"], ["Ann Lee", "Bo Chan", "Bo Chan"])).toBe(
      false
    );
  });

  it("keys the students by the number every one has, not by a form number half of them have", () => {
    const r = importWorkbook([sheet("申请", applications())]);
    expect(fieldOf(r, "申请", "学号")?.field).toBe("clientId");
    const form = fieldOf(r, "申请", "签证表编号");
    expect(form?.field).toBeNull();
    expect(form?.reasons?.map((x) => x.code)).toContain("map.why.number-of-some");
    // A student's second application is the same student.
    expect(r.records.Clients).toHaveLength(STUDENTS.length);
    expect(r.records.Clients.map((c) => c.clientId).sort()).toEqual(
      STUDENTS.map((_, i) => numberOf(i)).sort()
    );
  });

  it("imports students listed on an application sheet and on a summary sheet once each", () => {
    const r = importWorkbook([sheet("申请", applications()), sheet("总表", summary())]);
    expect(fieldOf(r, "总表", "学号")?.field).toBe("clientId");
    expect(r.records.Clients).toHaveLength(STUDENTS.length);
    const first = r.records.Clients.find((c) => c.name === STUDENTS[0]);
    expect(first?.birthday).toBe(birthdayOf(0));
  });

  it("a number shared by different students is no one's own number", () => {
    const rows = applications().map((row, k) =>
      k === 4 ? [row[0], numberOf(1), ...row.slice(2)] : row
    );
    const r = importWorkbook([sheet("申请", rows)]);
    expect(fieldOf(r, "申请", "学号")?.field).not.toBe("clientId");
  });
});
