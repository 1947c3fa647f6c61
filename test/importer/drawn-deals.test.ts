/**
 * A lead tracker keeps its contacts on one sheet and, on another, the same people again with
 * columns of their own a deal has — what the sale may bring, the next action — a working list
 * drawn from the contacts that is their pipeline: one deal per row, each linked to the client its
 * name column names, not a copy to leave out and not a new prospect.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    people: [
      "Owen Northcott",
      "Amelia Jessop",
      "Mason Greyson",
      "Zoe Marlow",
      "Ava Holloway",
      "Liam Pryce",
    ],
    firms: [
      "Northcott Plumbing",
      "Jessop Bakery",
      "Greyson Dental",
      "Marlow Florists",
      "Holloway Gym",
      "Pryce Motors",
    ],
    contacts: ["Name", "Company", "Phone", "Email"],
    tracker: [
      "Name",
      "Company",
      "Estimated Sale",
      "Last Call",
      "Next Action",
      "Lead Status",
      "Lead Source",
      "Owner",
    ],
    actions: ["Send quote", "Call back", "Book demo"],
    statuses: ["Cold", "Active", "Warm"],
    sources: ["Referral", "Facebook", "Walk-in"],
    owners: ["Dana", "Cole"],
  },
  {
    label: "简体",
    people: ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"],
    firms: [
      "建国水暖有限公司",
      "秀英食品有限公司",
      "张氏牙科诊所",
      "刘洋花店",
      "陈静健身中心",
      "杨帆汽修厂",
    ],
    contacts: ["客户姓名", "公司", "电话", "邮箱"],
    tracker: [
      "客户姓名",
      "公司",
      "预计销售额",
      "上次联系",
      "下一步",
      "线索状态",
      "线索来源",
      "负责人",
    ],
    actions: ["发报价", "回电", "约演示"],
    statuses: ["冷", "活跃", "温"],
    sources: ["转介绍", "微信", "上门"],
    owners: ["赵敏", "孙强"],
  },
  {
    label: "繁體",
    people: ["陳怡君", "林志明", "黃淑芬", "張家豪", "李美玲", "王俊傑"],
    firms: [
      "怡君水電有限公司",
      "志明食品有限公司",
      "淑芬牙醫診所",
      "家豪花店",
      "美玲健身中心",
      "俊傑汽車修理廠",
    ],
    contacts: ["客戶姓名", "公司", "電話", "電子郵件"],
    tracker: [
      "客戶姓名",
      "公司",
      "預計銷售額",
      "上次聯絡",
      "下一步",
      "線索狀態",
      "線索來源",
      "負責人",
    ],
    actions: ["寄報價", "回電", "約展示"],
    statuses: ["冷", "活躍", "溫"],
    sources: ["轉介紹", "LINE", "來店"],
    owners: ["吳宗翰", "蔡佩珊"],
  },
];

describe("a working list of the contacts with a deal's columns of its own", () => {
  it.each(VARIANTS)("$label: is the pipeline of those clients", (v) => {
    const contacts: SourceCell[][] = [
      v.contacts,
      ...v.people.map((p, i): SourceCell[] => [
        p,
        v.firms[i],
        `309-555-01${10 + i}`,
        `lead${i}@example.com`,
      ]),
    ];
    // The leads being worked: four of the six contacts.
    const leads = v.people.slice(0, 4);
    const tracker: SourceCell[][] = [
      v.tracker,
      ...leads.map((p, i): SourceCell[] => [
        p,
        v.firms[i],
        (i + 1) * 2500,
        `2024-05-${10 + i}`,
        v.actions[i % v.actions.length],
        v.statuses[i % v.statuses.length],
        v.sources[i % v.sources.length],
        v.owners[i % 2],
      ]),
    ];
    const r = importWorkbook([sheet("ContactDetails", contacts), sheet("CRM", tracker)]);
    expect(readAs(r, "ContactDetails")).toBe("Clients");
    expect(readAs(r, "CRM")).toBe("Pipeline");
    expect(r.records.Clients).toHaveLength(v.people.length);
    expect(r.records.Pipeline).toHaveLength(leads.length);
    const ids = new Set(r.records.Clients.map((c) => c.clientId));
    expect(r.records.Pipeline.every((d) => ids.has(d.clientId))).toBe(true);
    expect(r.records.Pipeline.map((d) => d.expectedValue)).toEqual(
      leads.map((_, i) => (i + 1) * 2500)
    );
  });
});
