/**
 * Mr / Ms / Dr / Mdm under "Title", 先生 / 女士 under 头衔: how a person is addressed, never the job
 * they hold, whatever the header says; the job is the column that holds jobs (Position, 职务).
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, readAs, sheet } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["Contact Name", "Title", "Position", "Mobile", "Company Name"],
    people: [
      "Mei Ling Tan",
      "Choon Chye Sim",
      "Ronnie Koh",
      "Susan Eng",
      "Budi Santoso",
      "Ada Quill",
    ],
    forms: ["Ms", "Mr", "Dr", "Mdm", "Mr", "Ms"],
    jobs: ["Plant Manager", "Director", "Lab Manager", "Buyer", "Sales Manager", "Engineer"],
    companies: INVENTED_COMPANIES.en,
  },
  {
    label: "简体",
    headers: ["联系人", "头衔", "职务", "手机", "客户名称"],
    people: ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"],
    forms: ["先生", "女士", "先生", "女士", "女士", "先生"],
    jobs: ["厂长", "采购经理", "技术总监", "财务主管", "销售经理", "工程师"],
    companies: INVENTED_COMPANIES["zh-CN"],
  },
  {
    label: "繁體",
    headers: ["聯絡人", "頭銜", "職務", "手機", "客戶名稱"],
    people: ["陳怡君", "林志明", "黃淑芬", "張家豪", "李美玲", "王俊傑"],
    forms: ["小姐", "先生", "小姐", "先生", "小姐", "先生"],
    jobs: ["廠長", "採購經理", "技術總監", "財務主管", "業務經理", "工程師"],
    companies: INVENTED_COMPANIES["zh-TW"],
  },
];

describe("a form of address is no job title", () => {
  it.each(VARIANTS)("$label: the job column gives the contacts' titles", (v) => {
    const rows: SourceCell[][] = [
      v.headers,
      ...v.people.map((p, i): SourceCell[] => [
        p,
        v.forms[i],
        v.jobs[i],
        `+65 9555 01${10 + i}`,
        v.companies[i % 2],
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Contacts");
    expect(r.records.Contacts.map((c) => [c.name, c.title])).toEqual(
      v.people.map((p, i) => [p, v.jobs[i]])
    );
  });
});
