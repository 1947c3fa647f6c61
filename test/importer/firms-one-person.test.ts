/**
 * A list of firms with the one person to call at each (Company Name | Person in Charge | Phone,
 * 公司名称 | 负责人 | 电话) is the list of clients: the firms, with whom to ask for there. Unless another
 * sheet of the workbook lists those firms as clients — then the people are those clients' contacts —
 * or a firm names two people (a decision map), or the list leads with the person (people with
 * their employer).
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, readAs, sheet } from "./helpers";

interface Variant {
  label: string;
  sheet: string;
  headers: [firm: string, person: string, phone: string, email: string, end: string];
  accounts: [sheet: string, name: string, city: string];
  people: string[];
  companies: readonly string[];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    sheet: "Renewals",
    headers: ["COMPANY NAME", "PERSON IN CHARGE", "PHONE NO", "EMAIL", "END DATE"],
    accounts: ["Accounts", "Account Name", "City"],
    people: ["Nora Ellery", "Harper Marlow", "Caleb Greyson", "Ivy Lorne"],
    companies: INVENTED_COMPANIES.en.slice(0, 4),
  },
  {
    label: "简体",
    sheet: "续约",
    headers: ["客户名称", "联系人姓名", "联系电话", "邮箱", "到期日"],
    accounts: ["客户", "客户名称", "城市"],
    people: ["王建国", "李秀英", "张伟", "刘洋"],
    companies: INVENTED_COMPANIES["zh-CN"].slice(0, 4),
  },
  {
    label: "繁體",
    sheet: "續約",
    headers: ["客戶名稱", "聯繫人姓名", "聯繫電話", "電子郵件", "到期日"],
    accounts: ["客戶", "客戶名稱", "城市"],
    people: ["陳怡君", "林志明", "黃淑芬", "張家豪"],
    companies: INVENTED_COMPANIES["zh-TW"].slice(0, 4),
  },
];

/**
 * The renewal rows: each firm with its person, the first firm on two rows (two licences), the
 * second of them naming the person at `second`.
 */
function renewals(v: Variant, second = 0): SourceCell[][] {
  const rows: SourceCell[][] = [[...v.headers]];
  const firms = [0, 0, 1, 2, 3];
  firms.forEach((f, r) =>
    rows.push([
      v.companies[f],
      v.people[r === 1 ? second : f],
      `+60 3 5550 ${String(1000 + f * 37)}`,
      `p${f}@example.com`,
      `2027-0${1 + r}-15`,
    ])
  );
  return rows;
}

function accounts(v: Variant): SourceCell[][] {
  return [
    [v.accounts[1], v.accounts[2], "Industry"],
    ...v.companies.map((c, i) => [c, ["Penang", "Ipoh", "Melaka", "Johor"][i], "Retail"]),
  ];
}

describe("a list of firms with one person each is the client list", () => {
  it.each(VARIANTS)("$label: the firms are the clients, the person their main contact", (v) => {
    const r = importWorkbook([sheet(v.sheet, renewals(v))]);
    expect(readAs(r, v.sheet)).toBe("Clients");
    expect(r.records.Contacts).toEqual([]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(v.companies);
    expect(r.records.Clients.map((c) => c.mainContact)).toEqual(v.people);
    const told = r.issues.find((i) => i.code === "import.firms-as-clients");
    expect(told).toMatchObject({ sheet: v.sheet, severity: "info" });
    for (const lang of ["zh-CN", "zh-TW"] as const)
      expect(renderIssueMessage(told!, lang)).not.toMatch(/[a-z]{4,}/);
  });

  it.each(VARIANTS)("$label: beside a sheet listing those firms as clients, contacts", (v) => {
    const r = importWorkbook([sheet(v.accounts[0], accounts(v)), sheet(v.sheet, renewals(v))]);
    expect(readAs(r, v.accounts[0])).toBe("Clients");
    expect(readAs(r, v.sheet)).toBe("Contacts");
    expect(r.records.Contacts.map((c) => c.name)).toEqual(v.people);
    expect(r.issues.some((i) => i.code === "import.firms-as-clients")).toBe(false);
  });

  it.each(VARIANTS)("$label: a firm naming two people is no list of firms", (v) => {
    const r = importWorkbook([sheet(v.sheet, renewals(v, 1))]);
    expect(r.issues.some((i) => i.code === "import.firms-as-clients")).toBe(false);
  });

  it.each(VARIANTS)("$label: a list leading with the person is no list of firms", (v) => {
    const rows = renewals(v).map((row) => [row[1], row[0], ...row.slice(2)]);
    const r = importWorkbook([sheet(v.sheet, rows)]);
    expect(r.issues.some((i) => i.code === "import.firms-as-clients")).toBe(false);
  });
});
