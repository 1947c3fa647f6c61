/**
 * A contacts list naming each contact's account by name and number, with the rep on every row:
 * each account becomes one client under its own number (never a generated C-0001), owned by the
 * rep; the department column (科別, 科室, Dept) is the contact's department.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const clientsOf = (r: ReturnType<typeof importWorkbook>) =>
  r.records.Clients.map((c) => [c.name, c.clientId, c.owner ?? null]);

describe("the accounts made from a contacts list keep their own number and their rep", () => {
  it("繁體: 員工姓名 | 客戶代號 | 客戶名稱 | 聯絡人姓名 | 科別 | 職稱", () => {
    const rows: SourceCell[][] = [
      ["員工姓名", "客戶代號", "客戶名稱", "聯絡人姓名", "科別", "職稱"],
      ["陳怡君", "C100201", "仁濟醫院", "林家豪", "胸腔內科", "主治醫師"],
      ["陳怡君", "C100201", "仁濟醫院", "張雅婷", "藥局", "藥師"],
      ["王志明", "C100305", "安康診所", "李淑芬", "家醫科", "院長"],
      ["王志明", "2023110034", "博愛藥局", "黃建宏", "藥局", "藥師"],
    ];
    const r = importWorkbook([sheet("客戶清單", rows)]);
    expect(clientsOf(r)).toEqual([
      ["仁濟醫院", "C100201", "陳怡君"],
      ["安康診所", "C100305", "王志明"],
      ["博愛藥局", "2023110034", "王志明"],
    ]);
    const contacts = r.records.Contacts.map((c) => [c.name, c.clientId, c.department]);
    expect(contacts).toEqual([
      ["林家豪", "C100201", "胸腔內科"],
      ["張雅婷", "C100201", "藥局"],
      ["李淑芬", "C100305", "家醫科"],
      ["黃建宏", "2023110034", "藥局"],
    ]);
  });

  it("English, id after the name, an extra column: Account Name | Account ID | Sales Rep | …", () => {
    const rows: SourceCell[][] = [
      ["Account Name", "Account ID", "Sales Rep", "First Name", "Last Name", "Email", "Region"],
      [
        "Ashgrove School District",
        "001AA00001",
        "Jane Holt",
        "Kathy",
        "Lind",
        "kl@ash.test",
        "West",
      ],
      [
        "Ashgrove School District",
        "001AA00001",
        "Jane Holt",
        "Julie",
        "Ell",
        "je@ash.test",
        "West",
      ],
      [
        "Birch Hollow District",
        "001AA00007",
        "Omar Reyes",
        "Tom",
        "Birch",
        "tb@birch.test",
        "East",
      ],
    ];
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(clientsOf(r)).toEqual([
      ["Ashgrove School District", "001AA00001", "Jane Holt"],
      ["Birch Hollow District", "001AA00007", "Omar Reyes"],
    ]);
    expect(r.records.Contacts.map((c) => c.clientId)).toEqual([
      "001AA00001",
      "001AA00001",
      "001AA00007",
    ]);
  });

  it("简体, no rep column: the accounts keep their number and have no owner", () => {
    const rows: SourceCell[][] = [
      ["客户编码", "客户名称", "联系人姓名", "科室", "职位"],
      ["K0031", "杭州云栖医院", "周敏", "心内科", "主任"],
      ["K0032", "宁波海曙医院", "李强", "药剂科", "药师"],
      ["K0031", "杭州云栖医院", "王丽", "药剂科", "药师"],
    ];
    const r = importWorkbook([sheet("联系人", rows)]);
    expect(clientsOf(r)).toEqual([
      ["杭州云栖医院", "K0031", null],
      ["宁波海曙医院", "K0032", null],
    ]);
  });
});
