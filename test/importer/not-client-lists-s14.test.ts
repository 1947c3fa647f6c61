/**
 * Session 14: lists of people that are not a client book.
 * - An event's guest list (groups, tables, how many come, gift money, a title naming the wedding)
 *   is not imported; the phone book kept beside it neither.
 * - Rows that name no client, only the staff who handled them (their names and branches on every
 *   row, masked card numbers), are not imported: each officer would become a client.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"];
const FAMILY = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
const cnName = (i: number) => FAMILY[i % FAMILY.length] + GIVEN[(i * 5) % GIVEN.length] + "华";
const mobile = (i: number) => `13${(800000000 + i * 7919).toString().slice(0, 9)}`;

function guestsCn(): SourceCell[][] {
  const rows: SourceCell[][] = [
    ["婚  礼  名  单"],
    [null, null, null, null, null, "更新日期：2025-11-06"],
    ["序号", "姓名", "联系方式", "客人类别", "召集人", "桌号", "邀请人数", "确认人数", "备注"],
  ];
  for (let i = 0; i < 16; i++)
    rows.push([
      i + 1,
      cnName(i),
      i % 2 ? Number(mobile(i)) : null,
      ["娘家人", "高中同学", "朋友"][i % 3],
      cnName(40 + (i % 3)),
      null,
      1 + (i % 2),
      null,
      i % 5 === 0 ? "退休" : null,
    ]);
  rows.push(["累计", null, null, null, null, null, 24]);
  return rows;
}

function guestsTw(): SourceCell[][] {
  const rows: SourceCell[][] = [["姓名", "電話", "關係", "桌次", "禮金"]];
  for (let i = 0; i < 12; i++)
    rows.push([
      cnName(i),
      `09${String(12345670 + i * 31).slice(0, 8)}`,
      "同事",
      `第${1 + (i % 4)}桌`,
      3600,
    ]);
  return rows;
}

function guestsEn(): SourceCell[][] {
  const people = ["Olivia Hart", "Noah Price", "Emma Stone", "Liam Ford", "Ava Reid", "Mason Cole"];
  const rows: SourceCell[][] = [["Guest Name", "Email", "Table No", "RSVP", "Plus One"]];
  people.forEach((name, i) =>
    rows.push([name, `guest${i}@example.com`, 1 + (i % 3), i % 2 ? "Yes" : "No", i % 2 ? 1 : 0])
  );
  return rows;
}

function phoneBook(): SourceCell[][] {
  const rows: SourceCell[][] = [["姓名", "姓名", "姓名", "联系方式", null, "联系方式"]];
  for (let i = 0; i < 20; i++) {
    const name = cnName(i + 7);
    rows.push(
      i % 2
        ? [null, name, name, mobile(i + 3), null, null]
        : [name, null, name, null, null, `+86 ${mobile(i + 3)}`]
    );
  }
  return rows;
}

describe("a guest list", () => {
  const cases: [string, string, () => SourceCell[][]][] = [
    ["简体, under a merged wedding title", "20251225海景请柬名单", guestsCn],
    ["繁體, tables and gift money", "喜宴", guestsTw],
    ["English, seats and RSVP", "Wedding RSVP", guestsEn],
  ];
  for (const [label, name, rows] of cases) {
    it(`is not imported, with one line saying why (${label})`, () => {
      const r = importWorkbook([sheet(name, rows())]);
      expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "guests" });
      expect(r.summary.imported).toBe(0);
      expect(r.records.Clients).toHaveLength(0);
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
      expect(issue?.sheet).toBe(name);
      expect(renderIssueMessage(issue!, "zh-CN")).toContain("宾客");
      expect(renderIssueMessage(issue!, "zh-TW")).toContain("賓客");
    });
  }

  it("can still be forced in", () => {
    const r = importWorkbook([sheet("Wedding RSVP", guestsEn())], {
      mapping: { "Wedding RSVP!*": "Clients" },
    });
    expect(r.records.Clients).toHaveLength(6);
  });

  it("is a client list when its rows are clients (a client dinner's seating)", () => {
    const rows: SourceCell[][] = [["客户名称", "联系电话", "桌号"]];
    for (let i = 0; i < 8; i++) rows.push([cnName(i), mobile(i), 1 + (i % 2)]);
    const r = importWorkbook([sheet("客户答谢宴", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(8);
  });

  it("needs two witnesses: a sign-up list asking who attends is still read", () => {
    const rows: SourceCell[][] = [["姓名", "手机", "单位", "是否出席"]];
    for (let i = 0; i < 8; i++)
      rows.push([
        cnName(i),
        mobile(i),
        `天津${["瑞丰", "博远", "金诚", "宏达"][i % 4]}科技有限公司`,
        "是",
      ]);
    const r = importWorkbook([sheet("投资策略会报名", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
  });
});

describe("a phone book beside a guest list", () => {
  it("is the family's phone book, not clients", () => {
    const r = importWorkbook([sheet("婚礼名单", guestsCn()), sheet("Sheet2", phoneBook())]);
    expect(r.mappings.map((m) => m.registerSheet)).toEqual([null, null]);
    expect(r.records.Clients).toHaveLength(0);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === "Sheet2");
    expect(issue?.message).toContain("婚礼名单");
  });

  it("is read as a list when no guest list stands beside it", () => {
    const r = importWorkbook([sheet("Sheet2", phoneBook())]);
    expect(r.mappings[0].registerSheet).not.toBeNull();
  });
});

describe("rows naming only the staff who handled them", () => {
  const staff = ["廖霞", "梁刚", "崔涛燕", "沈怡婷"];
  function extract(headers: string[], branches: string[], masked: boolean): SourceCell[][] {
    const rows: SourceCell[][] = [headers];
    for (let i = 0; i < 30; i++)
      rows.push([
        String(10000 * (1 + (i % 7))),
        `2024-0${1 + (i % 9)}-1${i % 10}`,
        masked ? `623162*********${String(1000 + i * 37).slice(-4)}` : `LN-${5000 + i}`,
        "本行卡",
        staff[i % staff.length],
        String(74850 + (i % staff.length)),
        branches[i % branches.length],
      ]);
    return rows;
  }

  it("are not imported (简体 loan extract with masked cards)", () => {
    const r = importWorkbook([
      sheet(
        "授信数据",
        extract(
          ["放款金额", "放款日期", "卡号", "卡类型", "营销客户经理", "工号", "机构"],
          ["北蔡支行", "张江支行", "金桥支行"],
          true
        )
      ),
    ]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "unnamed" });
    expect(r.records.Clients).toHaveLength(0);
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(issue?.message).toMatch(/廖霞/);
  });

  it("are not imported under a header overwritten with placeholders (繁體 branches)", () => {
    const rows = extract(["a", "b", "1", "1", "1", "1", "1"], ["信義分行", "板橋分行"], true);
    const r = importWorkbook([sheet("借據資料", rows)]);
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
  });

  it("are not imported (English, units by name)", () => {
    const rows = extract(
      ["Amount", "Date", "Card No", "Card", "Officer", "Staff No", "Unit"],
      ["Sales", "Operations", "Retail Credit"],
      true
    );
    rows.forEach((row, i) => {
      if (i > 0) row[4] = ["Priya Shah", "Tom Lee", "Ana Costa"][i % 3];
    });
    const r = importWorkbook([sheet("Drawdowns", rows)]);
    expect(r.mappings[0]).toMatchObject({ registerSheet: null, kind: "unnamed" });
    expect(r.records.Clients).toHaveLength(0);
  });

  it("are imported when a column names each row's client", () => {
    const rows = extract(
      ["Amount", "Date", "Loan No", "Card", "Officer", "Staff No", "Unit"],
      ["Sales", "Operations"],
      false
    );
    rows[0].push("Borrower");
    const borrowers = ["Priya Shah", "Tom Lee", "Ana Costa", "Wei Zhang", "Omar Haddad"];
    for (let i = 1; i < rows.length; i++) rows[i].push(`${borrowers[i % 5]} ${i}`);
    const r = importWorkbook([sheet("Loans", rows)]);
    expect(r.mappings[0].kind).not.toBe("unnamed");
  });
});
