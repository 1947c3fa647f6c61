/**
 * A client row with a blank name cell is kept when another column names the person: the nickname
 * column (a shop's member export), else the phone, e-mail or client number. Only a row with none
 * of these is rejected, and the stand-in is told once per column.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import { isNicknameHeader } from "../../src/register/catalog";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function run(rows: SourceCell[][]) {
  return importWorkbook([sheet("会员", rows)], { phoneRegion: "CN" });
}

const MEMBERS: SourceCell[][] = [
  ["会员昵称", "真实姓名", "手机号", "性别", "生日"],
  ["小鹿乱撞🦌", "钟秀兰", "13900001001", "女", "1990-02-03"],
  ["蓝色海洋🌊", "", "13900001002", "男", "1988-07-21"],
  ["阿木", "", "13900001003", "男", ""],
  ["晴天", "罗志明", "13900001004", "男", "1979-11-30"],
  ["", "", "13900001005", "女", ""],
  ["云朵朵", "", "13900001006", "女", "1995-05-05"],
  ["老周", "周建国", "13900001007", "男", "1969-01-12"],
  ["米粒", "何丽", "13900001008", "女", "1992-09-09"],
];

describe("a member whose real-name cell is blank", () => {
  it("is a client named by the nickname, and the real name wins where it is filled", () => {
    const r = run(MEMBERS);
    expect(r.summary.rejected).toBe(0);
    const names = r.records.Clients.map((c) => [c.name, c.phone]);
    expect(names).toEqual([
      ["钟秀兰", "13900001001"],
      ["蓝色海洋🌊", "13900001002"],
      ["阿木", "13900001003"],
      ["罗志明", "13900001004"],
      ["13900001005", "13900001005"],
      ["云朵朵", "13900001006"],
      ["周建国", "13900001007"],
      ["何丽", "13900001008"],
    ]);
  });

  it("is told once per stand-in column, in the register's languages, not once per row", () => {
    const r = run(MEMBERS);
    const told = r.issues.filter((i) => i.code === "import.name-stand-in");
    expect(told).toHaveLength(2);
    expect(told.map((i) => [i.params?.count, i.params?.from])).toEqual([
      [3, "A (会员昵称)"],
      [1, "C (手机号)"],
    ]);
    expect(told.every((i) => i.row === null && i.severity === "warning")).toBe(true);
    expect(renderIssueMessage(told[0], "zh-CN")).toContain("为空");
    expect(renderIssueMessage(told[0], "zh-CN")).toContain(
      "（例如“蓝色海洋🌊”、“阿木”、“云朵朵”）"
    );
    expect(renderIssueMessage(told[0], "zh-TW")).toContain("空白");
    expect(renderIssueMessage(told[0], "zh-TW")).toContain(
      "（例如「蓝色海洋🌊」、「阿木」、「云朵朵」）"
    );
    expect(renderIssueMessage(told[0], "en")).toContain(
      '3 rows have an empty B (真实姓名); they were kept, each named by its A (会员昵称) (e.g. "蓝色海洋🌊", "阿木", "云朵朵").'
    );
    expect(r.issues.some((i) => i.code === "import.row-rejected")).toBe(false);
  });
});

describe("a client row with no name and no nickname column", () => {
  it("keeps the row under its e-mail when the phone is blank too", () => {
    const r = importWorkbook(
      [
        sheet("Customers", [
          ["Customer Name", "Email", "Phone", "City"],
          ["Harriet Vane", "hv@example.com", "+1 415 555 0101", "Oxford"],
          ["", "pw@example.com", "", "London"],
          ["Mervyn Bunter", "", "+1 415 555 0103", "London"],
        ]),
      ],
      { phoneRegion: "US" }
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Harriet Vane",
      "pw@example.com",
      "Mervyn Bunter",
    ]);
    expect(r.records.Clients[1].email).toBe("pw@example.com");
    expect(r.summary.rejected).toBe(0);
  });

  it("never names a client by a column that does not identify anyone (a city)", () => {
    const r = importWorkbook(
      [
        sheet("Customers", [
          ["Customer Name", "Email", "Phone", "City"],
          ["Harriet Vane", "hv@example.com", "+1 415 555 0101", "Oxford"],
          ["", "", "", "London"],
          ["Mervyn Bunter", "", "+1 415 555 0103", "London"],
        ]),
      ],
      { phoneRegion: "US" }
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Harriet Vane", "Mervyn Bunter"]);
    expect(r.issues.some((i) => i.code === "import.name-stand-in")).toBe(false);
  });
});

describe("nickname headers", () => {
  it.each(["会员昵称", "網名", "微信昵称", "Nickname", "Member Nick Name", "Display name"])(
    "%s is a nickname column",
    (h) => expect(isNicknameHeader(h)).toBe(true)
  );
  it.each(["真实姓名", "Name", "Nickel grade", "会员等级"])("%s is not", (h) =>
    expect(isNicknameHeader(h)).toBe(false)
  );
});
