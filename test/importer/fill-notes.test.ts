/**
 * A template's header says in brackets how to fill a column — required or optional, unique, a
 * format, an example, what its codes stand for — and the column is read from what the header says
 * it is, without them. A member list with one row per card, whose remarks column repeats, is a
 * list of members: the member's remarks (会员备注) are no party coming back on a row per card.
 */
import { importWorkbook } from "../../src/importer";
import { headerCodeLegend, isFillNote, withoutFillNotes } from "../../src/importer/fill-notes";
import { isPartyWordAlone } from "../../src/importer/subject";
import type { ImportResult } from "../../src/importer/types";
import { INVENTED_PEOPLE, readAs, sheet, table } from "./helpers";

function fieldOf(r: ImportResult, header: string): string | null | undefined {
  for (const m of r.mappings) {
    const c = m.columns.find((col) => col.header === header);
    if (c) return c.field;
  }
  return undefined;
}

describe("a header explained to the person filling it in sentences", () => {
  it.each([
    [
      "zh-CN",
      "客户名称（必填）（黄色表示名称改变，红色表示查找不到地址或保密客户，绿色不需要对接）",
      "商行",
    ],
    ["zh-TW", "客戶名稱（紅色表示已停止往來，藍色表示新客戶，請勿刪除任何一列，只改顏色）", "公司"],
    [
      "en",
      "Client (red means the account is on hold, green means it signed this year, never delete a row)",
      "Co",
    ],
  ])("is read by its name, not its explanation (%s)", (_, header, suffix) => {
    const names = ["东湖", "南湖", "西山", "北岸", "天府", "凤凰", "翠湖", "云台"].map(
      (n, i) => `${n}${suffix}${i + 1}`
    );
    const rows = [[header, "电话"], ...names.map((n, i) => [n, `1380000${1000 + i}`])];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(fieldOf(r, header)).toBe("name");
    expect(r.records.Clients.map((c) => c.name)).toEqual(names);
  });
});

describe("a header's notes on how to fill it", () => {
  it.each([
    ["姓名(必填)", "姓名"],
    ["卡号(必填[唯一])", "卡号"],
    ["开卡时间(格式：YYYY-mm-dd)", "开卡时间"],
    ["性别(必填[“0”代表男，“1”代表女])", "性别"],
    ["客户单位地址（非必填）", "客户单位地址"],
    ["身分證字號(必須填寫)", "身分證字號"],
    ["手機(選填)", "手機"],
    ["客户编号【系统生成】", "客户编号"],
    ["(必填)联系电话", "联系电话"],
    ["Email (optional)", "Email"],
    ["Member ID [required, unique]", "Member ID"],
    ["Date of Birth (dd/mm/yyyy)", "Date of Birth"],
    ["Gender (1=M, 2=F)", "Gender"],
    ["Status (A = active; C = closed)", "Status"],
    ["推荐人（如：张三）", "推荐人"],
    ["项目名称（黄色表示名称改变，红色表示查找不到地址或保密项目，绿色不需要对接）", "项目名称"],
    ["客戶名稱（紅色表示已停止往來，藍色表示新客戶，請勿刪除任何一列，只改顏色）", "客戶名稱"],
    [
      "Client (red means the account is on hold, green means it signed this year, never delete a row)",
      "Client",
    ],
  ])("%s is read as %s", (header, bare) => {
    expect(withoutFillNotes(header)).toBe(bare);
  });

  it.each([
    "电话（本人）",
    "DOB (Spouse)",
    "金额(万元)",
    "Premium (annual)",
    "年龄(0-6岁)",
    "工作年限(1-3年)",
    "(必填)",
    "Address (Line 2)",
    "联系人(2)",
    "项目地址(省，市，详细地址)",
    "项目类型（房屋、市政、公路、水利工程等）",
    "Address (street, city, postcode)",
  ])("%s keeps its bracket: it says what the column is", (header) => {
    expect(withoutFillNotes(header)).toBe(header);
  });

  it("tells a note from a qualifier", () => {
    expect(isFillNote("非必填")).toBe(true);
    expect(isFillNote("格式：YYYY-mm-dd")).toBe(true);
    expect(isFillNote("本人")).toBe(false);
    expect(isFillNote("2024-2025")).toBe(false);
  });

  it("reads what a legend says the codes stand for", () => {
    expect(headerCodeLegend("性别(必填[“0”代表男，“1”代表女])")).toEqual(
      new Map([
        ["0", "男"],
        ["1", "女"],
      ])
    );
    expect(headerCodeLegend("Status (A=Active, C=Closed)")).toEqual(
      new Map([
        ["a", "active"],
        ["c", "closed"],
      ])
    );
    expect(headerCodeLegend("工作年限(1-3年)")).toBeNull();
    expect(headerCodeLegend("姓名(必填)")).toBeNull();
  });
});

describe("a template filled in with notes in its header", () => {
  const people = INVENTED_PEOPLE["zh-CN"];

  it("简体: the member template maps its columns and reads as clients", () => {
    const headers = [
      "会员编号(必填[唯一])",
      "姓名(必填)",
      "手机号(必填[唯一])",
      "生日(格式：YYYY-mm-dd)",
      "地址(非必填)",
      "会员备注",
    ];
    const r = importWorkbook([
      sheet(
        "会员导入",
        table(
          headers,
          10,
          (_, i, k) =>
            [
              `M${2000 + i}`,
              people[i],
              `139${String(10000000 + i * 7919).padStart(8, "0")}`,
              `198${i}-0${(i % 9) + 1}-1${i % 10}`,
              `杭州市西湖区文三路${10 + i}号`,
              i % 3 === 0 ? "喜欢周末来" : null,
            ][k]
        )
      ),
    ]);
    expect(readAs(r, "会员导入")).toBe("Clients");
    expect(fieldOf(r, "姓名(必填)")).toBe("name");
    expect(fieldOf(r, "手机号(必填[唯一])")).toBe("phone");
    expect(fieldOf(r, "生日(格式：YYYY-mm-dd)")).toBe("birthday");
    expect(fieldOf(r, "地址(非必填)")).toBe("address");
    expect(r.records.Clients[3].birthday).toBe("1983-04-13");
  });

  it("English: optional and format notes leave the field its header names", () => {
    const en = INVENTED_PEOPLE.en;
    const headers = ["Full Name (required)", "Email (optional)", "Date of Birth (dd/mm/yyyy)"];
    const r = importWorkbook([
      sheet(
        "Import",
        table(
          headers,
          8,
          (_, i, k) =>
            [en[i], `${en[i].split(" ")[0].toLowerCase()}@example.com`, `1${i}/0${i + 1}/1975`][k]
        )
      ),
    ]);
    expect(readAs(r, "Import")).toBe("Clients");
    expect(fieldOf(r, "Full Name (required)")).toBe("name");
    expect(fieldOf(r, "Email (optional)")).toBe("email");
    expect(fieldOf(r, "Date of Birth (dd/mm/yyyy)")).toBe("birthday");
  });
});

describe("a member list with one row per card", () => {
  it("the member's remarks are no party: a party header is the party's word alone", () => {
    expect(isPartyWordAlone("借款人")).toBe(true);
    expect(isPartyWordAlone("Borrower")).toBe(true);
    expect(isPartyWordAlone("會員")).toBe(true);
    expect(isPartyWordAlone("会员备注")).toBe(false);
    expect(isPartyWordAlone("Customer Notes")).toBe(false);
  });

  it("cards of members, a few with two, and a remark the shop repeats read as the members", () => {
    const people = INVENTED_PEOPLE["zh-CN"];
    // Twelve cards of nine members; the shop writes one of three remarks on every card.
    const member = [0, 0, 1, 2, 3, 3, 4, 5, 6, 6, 7, 8];
    const remarks = ["要发票", "电话回访", "周末来"];
    const r = importWorkbook([
      sheet(
        "Sheet1",
        table(
          ["卡号", "姓名", "手机号", "卡类型", "卡金余额", "生日", "会员备注"],
          member.length,
          (_, i, k) =>
            [
              String(610000 + i * 37),
              people[member[i]],
              `1380000${String(1000 + member[i] * 11)}`,
              ["年卡", "次卡", "体验卡"][i % 3],
              (i * 137.5).toFixed(2),
              `198${member[i]}-05-2${member[i]}`,
              remarks[i % 3],
            ][k]
        )
      ),
    ]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
    expect(r.records.Assets).toHaveLength(0);
  });
});
