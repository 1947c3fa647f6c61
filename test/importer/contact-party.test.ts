/**
 * Contacts are people attached to a party named on the row or beside the table. A list of people
 * with no party column (no account or client name, no client number several of them share) and no
 * client list in the workbook is a list of clients — members, devotees — however many division,
 * role, phone and e-mail columns it has. With a party column, or beside a client list, they stay
 * contacts.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import { namesRole } from "../../src/importer/contact-party";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, readAs, sheet, table } from "./helpers";

interface Variant {
  label: string;
  sheet: string;
  /** Headers of a people list: name, division, role, phone, e-mail, own number. */
  headers: string[];
  /** The party column's header (an account / client name). */
  party: string;
  names: string[];
  divisions: string[];
  roles: string[];
  companies: readonly string[];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    sheet: "members",
    headers: ["Contact Name", "Division", "Position", "Phone", "Email", "Member ID"],
    party: "Account Name",
    names: [
      "Nora Ellery",
      "Harper Marlow",
      "Caleb Greyson",
      "Ivy Lorne",
      "Owen Pratt",
      "Mia Holt",
      "Lena Hart",
      "Theo Banks",
      "Ruth Calder",
      "Simon Yates",
      "Ada Quill",
      "Felix Moreau",
    ],
    divisions: ["Youth Division", "Women's Division", "Men's Division"],
    roles: ["Chair", "Member", "Member", "Treasurer"],
    companies: INVENTED_COMPANIES.en.slice(0, 3),
  },
  {
    label: "简体",
    sheet: "会员名单",
    headers: ["联系人", "部门", "职位", "手机", "邮箱", "会员编号"],
    party: "客户名称",
    names: [
      "王建国",
      "李秀英",
      "张伟",
      "刘洋",
      "陈静",
      "杨帆",
      "赵磊",
      "孙丽",
      "周杰",
      "吴敏",
      "郑强",
      "冯雪",
    ],
    divisions: ["青年部", "妇女部", "财务部"],
    roles: ["主委", "委员", "会员", "会员"],
    companies: INVENTED_COMPANIES["zh-CN"].slice(0, 3),
  },
  {
    label: "繁體",
    sheet: "信眾名冊",
    headers: ["姓名", "部門", "職位名稱", "電話", "電子郵件", "會員編號"],
    party: "客戶名稱",
    names: [
      "陳怡君",
      "林志明",
      "黃淑芬",
      "張家豪",
      "李美玲",
      "王俊傑",
      "吳宗翰",
      "蔡佩珊",
      "許文彬",
      "鄭雅婷",
      "謝承恩",
      "洪詩涵",
    ],
    divisions: ["青年部", "婦女部", "總務部"],
    roles: ["主委", "委員", "信士", "信士"],
    companies: INVENTED_COMPANIES["zh-TW"].slice(0, 3),
  },
];

/** A list of people; `withParty` adds the account column, `order` permutes the columns. */
function people(v: Variant, withParty: boolean, order: number[]): SourceCell[][] {
  const headers = withParty ? [...v.headers, v.party] : v.headers;
  const index = withParty ? [...order, v.headers.length] : order;
  const person = (i: number): SourceCell[] => [
    v.names[i],
    v.divisions[i % v.divisions.length],
    v.roles[i % v.roles.length],
    `+1 415 555 01${String(10 + i)}`,
    `person${i}@example.com`,
    `M-${2040 + i * 7}`,
    v.companies[i % v.companies.length],
  ];
  return table(
    index.map((k) => headers[k]),
    v.names.length,
    (_, i, k) => person(i)[index[k]]
  );
}

const ORDERS = [
  [0, 1, 2, 3, 4, 5],
  [5, 2, 0, 4, 3, 1],
];

describe("a list of people with no party is a list of clients", () => {
  it.each(VARIANTS)("$label: people with division and role, no party column → Clients", (v) => {
    for (const order of ORDERS) {
      const r = importWorkbook([sheet(v.sheet, people(v, false, order))]);
      expect(readAs(r, v.sheet)).toBe("Clients");
      expect(r.records.Contacts).toEqual([]);
      expect(r.records.Clients.map((c) => c.name)).toEqual(v.names);
      const told = r.issues.find((i) => i.code === "import.people-as-clients");
      expect(told).toMatchObject({ sheet: v.sheet, severity: "info" });
      for (const lang of ["zh-CN", "zh-TW"] as const)
        expect(renderIssueMessage(told!, lang)).not.toMatch(/[a-z]{4,}/);
    }
  });

  it.each(VARIANTS)("$label: the same people with an account column stay contacts", (v) => {
    for (const order of ORDERS) {
      const r = importWorkbook([sheet(v.sheet, people(v, true, order))]);
      expect(readAs(r, v.sheet)).toBe("Contacts");
      expect(r.records.Contacts).toHaveLength(v.names.length);
      expect(r.issues.some((i) => i.code === "import.people-as-clients")).toBe(false);
    }
  });

  it("people sharing a client number (several at one client) stay contacts", () => {
    const rows: SourceCell[][] = [["Client No", "Contact Name", "Position", "Phone", "Email"]];
    const names = ["Nora Ellery", "Harper Marlow", "Caleb Greyson", "Ivy Lorne", "Owen Pratt"];
    names.forEach((name, i) =>
      rows.push([
        `C-${100 + (i % 2)}`,
        name,
        "Buyer",
        `+1 415 555 01${20 + i}`,
        `p${i}@example.com`,
      ])
    );
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(readAs(r, "Contacts")).toBe("Contacts");
    expect(r.issues.some((i) => i.code === "import.people-as-clients")).toBe(false);
  });

  it("a contact list beside a client sheet stays contacts", () => {
    const clients: SourceCell[][] = [["Client Name", "Phone", "Address"]];
    const contacts: SourceCell[][] = [["Contact Name", "Job Title", "Phone", "Email"]];
    const titles = ["Buyer", "CFO", "Office Manager", "Owner", "Head of IT"];
    for (let i = 0; i < 5; i++) {
      clients.push([`Client ${i} Ltd`, `+1 415 555 01${20 + i}`, `${10 + i} Main St`]);
      contacts.push([
        VARIANTS[0].names[i],
        titles[i],
        `+1 415 555 02${20 + i}`,
        `c${i}@client${i}.com`,
      ]);
    }
    const r = importWorkbook([sheet("Clients", clients), sheet("Contacts", contacts)]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(readAs(r, "Contacts")).toBe("Contacts");
    expect(r.issues.some((i) => i.code === "import.people-as-clients")).toBe(false);
  });

  it("a person's --map holds: forced Contacts stay contacts", () => {
    const v = VARIANTS[0];
    const r = importWorkbook([sheet(v.sheet, people(v, false, ORDERS[0]))], {
      mapping: { "members!*": "Contacts" },
    });
    expect(readAs(r, v.sheet)).toBe("Contacts");
    expect(r.records.Clients).toEqual([]);
    expect(r.issues.some((i) => i.code === "import.people-as-clients")).toBe(false);
  });

  it("a header naming a role is no party, whatever name word follows it", () => {
    for (const h of ["职位名称", "職位名稱", "Position Name", "Role", "job_title"])
      expect(namesRole(h)).toBe(true);
    for (const h of ["Account Name", "客户名称", "客戶名稱", "Company", "Entitlement"])
      expect(namesRole(h)).toBe(false);
  });
});
