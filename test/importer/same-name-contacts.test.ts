/**
 * Two contacts of one name at one client: in two departments, or with two e-mail addresses, they
 * are two people with a common name, not one person written twice. The same name, department and
 * e-mail on two rows is one contact. Invented contact lists in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

describe("same-name contacts at one client", () => {
  const cases: [string, string[], SourceCell[][]][] = [
    [
      "en, departments",
      ["Account", "Contact Name", "Department", "Phone"],
      [
        ["Northwind Pharma", "Chris Lee", "Purchasing", "555-0101"],
        ["Northwind Pharma", "Chris Lee", "Oncology", "555-0188"],
        ["Northwind Pharma", "Dana Wu", "Purchasing", "555-0102"],
        ["Harbor Clinic", "Eli Moss", "Front Desk", "555-0103"],
      ],
    ],
    [
      "简体, 科室",
      ["客户名称", "联系人", "科室", "电话"],
      [
        ["华东医院", "王伟", "药剂科", "021-55501010"],
        ["华东医院", "王伟", "心内科", "021-55501020"],
        ["华东医院", "李娜", "药剂科", "021-55501030"],
        ["仁和诊所", "张敏", "前台", "021-55501040"],
      ],
    ],
    [
      "繁體, e-mail",
      ["客戶名稱", "聯絡人", "電子郵件", "電話"],
      [
        ["康寧醫院", "陳怡君", "yijun.chen@kangning.example", "02-2555-0101"],
        ["康寧醫院", "陳怡君", "chen.yj@kangning.example", "02-2555-0102"],
        ["康寧醫院", "林志豪", "zhihao.lin@kangning.example", "02-2555-0103"],
        ["仁愛診所", "黃雅婷", "yating@renai.example", "02-2555-0104"],
      ],
    ],
  ];
  for (const [label, header, rows] of cases) {
    it(`are two people when they differ (${label})`, () => {
      const r = importWorkbook([sheet("Contacts", [header, ...rows])]);
      expect(readAs(r, "Contacts")).toBe("Contacts");
      expect(r.records.Contacts).toHaveLength(4);
    });
  }

  it("are one when the same row is written twice", () => {
    const header = ["Account", "Contact Name", "Department", "Phone"];
    const rows: SourceCell[][] = [
      ["Northwind Pharma", "Chris Lee", "Purchasing", "555-0101"],
      ["Northwind Pharma", "Chris Lee", "Purchasing", "555-0101"],
      ["Northwind Pharma", "Dana Wu", "Purchasing", "555-0102"],
      ["Harbor Clinic", "Eli Moss", "Front Desk", "555-0103"],
    ];
    const r = importWorkbook([sheet("Contacts", [header, ...rows])]);
    expect(r.records.Contacts).toHaveLength(3);
  });
});
