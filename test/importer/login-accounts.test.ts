/**
 * A list of login accounts (a login name and a password on every row) is not client data,
 * whatever else it holds; a member list that keeps its members' passwords says whose they are
 * (会员密码, a client word) and stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const NAMES = ["陳怡君", "林志明", "黃淑芬", "張家豪", "李雅婷", "王俊傑", "吳美玲", "劉建宏"];
const NICKS = ["amy", "bella", "chris", "doris", "eric", "fiona", "gary", "helen"];

function rows(header: SourceCell[], row: (i: number) => SourceCell[]): SourceCell[][] {
  return [header, ...NAMES.map((_, i) => row(i))];
}

function notData(name: string, data: SourceCell[][]) {
  const r = importWorkbook([sheet(name, data)]);
  return {
    r,
    issue: r.issues.find((i) => i.code === "import.sheet-not-data"),
  };
}

describe("login accounts", () => {
  it("passes over a list of accounts with passwords and staff names", () => {
    const { r, issue } = notData(
      "工作表1",
      rows(["account", "password", "empindex", "empname", "pmark"], (i) => [
        NICKS[i],
        String(1000 + i * 37),
        `09${i}701`,
        NAMES[i],
        "0",
      ])
    );
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(r.mappings[0].registerSheet ?? null).toBeNull();
    expect(issue?.message).toContain('"account"');
    expect(issue?.message).toContain('"password"');
  });

  it("reads 帳號 and 密碼 the same way", () => {
    const { r } = notData(
      "名單",
      rows(["帳號", "密碼", "姓名", "手機"], (i) => [
        NICKS[i],
        `pw${i}${i}`,
        NAMES[i],
        `0900-00${i}-10${i}`,
      ])
    );
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("reads a password column beside a number different on every row as the login list", () => {
    const cases: [string, SourceCell[]][] = [
      ["Sheet1", ["id", "name", "passwd", "class", "email"]],
      ["工作表1", ["学号", "姓名", "密码", "班级", "邮箱"]],
      ["工作表1", ["學號", "姓名", "密碼", "班級", "電子郵件"]],
    ];
    for (const [name, header] of cases) {
      const { r, issue } = notData(
        name,
        rows(header, (i) => [
          `00240${10 + i}`,
          NAMES[i],
          `00240${10 + i}`,
          "資2B",
          `u00240${10 + i}@univ.test`,
        ])
      );
      expect(r.records.Clients ?? []).toHaveLength(0);
      expect(issue?.message).toContain(String(header[2]));
    }
  });

  it("keeps a list whose only column beside the passwords that differs on every row is a name", () => {
    const { r } = notData(
      "Sheet1",
      rows(["name", "pwd", "city"], (i) => [NAMES[i], "1234", i % 2 ? "Taipei" : "Tainan"])
    );
    expect(r.mappings[0].registerSheet).toBe("Clients");
  });

  it("keeps a member list that carries its members' passwords", () => {
    const { r, issue } = notData(
      "Sheet1",
      rows(["会员卡号", "会员姓名", "会员密码", "手机"], (i) => [
        `VIP${100 + i}`,
        NAMES[i],
        String(8000 + i),
        `1380000${String(1000 + i)}`,
      ])
    );
    expect(issue).toBeUndefined();
    expect(r.records.Clients).toHaveLength(NAMES.length);
  });

  it("keeps a client list whose password column is empty", () => {
    const { r } = notData(
      "Sheet1",
      rows(["account", "name", "phone", "password"], (i) => [
        NICKS[i],
        NAMES[i],
        `1380000${String(2000 + i)}`,
        null,
      ])
    );
    expect(r.records.Clients).toHaveLength(NAMES.length);
  });

  it("says why in every language of the register", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.logins", { headers: ["帳號", "密碼"] }, lang);
      const quoted = {
        en: '"帳號", "密碼"',
        "zh-CN": "“帳號”、“密碼”",
        "zh-TW": "「帳號」、「密碼」",
      };
      expect(text).toContain(quoted[lang]);
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    }
  });
});
