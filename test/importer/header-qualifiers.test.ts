/**
 * What a client list's header says of its subject: a bracketed qualifier naming the client
 * ("DOB (Primary)", 电话（本人）) leaves the field the header's, one naming a relative ("DOB (Spouse)")
 * sends it to Family; a job title (职称, 職稱) is the person's occupation; a contract start is the
 * day the client came; the bank's own branch (所属支行, 營業部, Branch) is kept in the notes.
 */
import { importWorkbook } from "../../src/importer";
import { namesOwnUnit, withoutSubjectQualifier } from "../../src/importer/map-columns";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const EN = [
  "Alice Tan",
  "Brian Ho",
  "Carol Lim",
  "David Ng",
  "Emma Chua",
  "Frank Koh",
  "Grace Lee",
  "Henry Ong",
];
const ZH = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵敏", "孙强"];
const TW = ["陳大文", "李美玲", "黃志強", "吳家明", "何嘉欣", "梁小芬", "林志強", "張雅婷"];

function list(name: string, headers: string[], row: (i: number) => SourceCell[]): ImportResult {
  const rows: SourceCell[][] = [headers];
  for (let i = 0; i < 8; i++) rows.push(row(i));
  return importWorkbook([sheet(name, rows)]);
}

function fieldOf(r: ImportResult, header: string): string | null | undefined {
  for (const m of r.mappings) {
    const c = m.columns.find((col) => col.header === header);
    if (c) return c.field;
  }
  return undefined;
}

describe("bracketed qualifiers in headers", () => {
  it("strip only a qualifier naming the subject", () => {
    expect(withoutSubjectQualifier("DOB (Primary)")).toBe("DOB");
    expect(withoutSubjectQualifier("Name (Client)")).toBe("Name");
    expect(withoutSubjectQualifier("电话（本人）")).toBe("电话");
    expect(withoutSubjectQualifier("出生日期（主）")).toBe("出生日期");
    expect(withoutSubjectQualifier("Email [Main]")).toBe("Email");
    expect(withoutSubjectQualifier("DOB (Spouse)")).toBeNull();
    expect(withoutSubjectQualifier("金额（万元）")).toBeNull();
    expect(withoutSubjectQualifier("Primary Client")).toBeNull();
  });

  it("English: DOB (Primary) is the client's birthday, DOB (Spouse) the spouse's", () => {
    const r = list(
      "Review 2026",
      ["Name (Client)", "DOB (Primary)", "Spouse", "DOB (Spouse)", "Email (Main)", "Phone (Self)"],
      (i) => [
        EN[i],
        `03/1${i}/19${60 + i}`,
        `Spouse ${EN[i]}`,
        `19${62 + i}-05-2${i}`,
        `p${i}@example.com`,
        `+65 9123 45${10 + i}`,
      ]
    );
    expect(fieldOf(r, "DOB (Primary)")).toBe("birthday");
    expect(fieldOf(r, "Email (Main)")).toBe("email");
    expect(fieldOf(r, "Phone (Self)")).toBe("phone");
    const alice = r.records.Clients.find((c) => c.name === "Alice Tan");
    expect(alice?.birthday).toBe("1960-03-10");
    expect(r.records.Family.length).toBe(8);
    expect(r.records.Family[0].birthday).toBe("1962-05-20");
  });

  it("简体 and 繁體: 本人 / 主 qualifiers keep the field", () => {
    const zh = list("客户", ["姓名（本人）", "出生日期（主）", "电话（本人）"], (i) => [
      ZH[i],
      `19${60 + i}-03-1${i}`,
      `1391234${5600 + i}`,
    ]);
    expect(fieldOf(zh, "出生日期（主）")).toBe("birthday");
    expect(fieldOf(zh, "电话（本人）")).toBe("phone");
    expect(zh.records.Clients[0].birthday).toBe("1960-03-10");
    const tw = list("客戶", ["客戶名稱", "生日(本人)", "電話（本人）"], (i) => [
      TW[i],
      `19${60 + i}/03/1${i}`,
      `0912-345-6${10 + i}`,
    ]);
    expect(fieldOf(tw, "生日(本人)")).toBe("birthday");
    expect(fieldOf(tw, "電話（本人）")).toBe("phone");
  });
});

describe("job titles and contract starts on a client list", () => {
  // A seminar's attendees: each person's employer and title beside their phone (a staff list
  // would have departments and extensions instead).
  it.each([
    [
      "简体",
      ["姓名", "单位", "职称", "电话"],
      ["董事长", "医师", "财务总监"],
      ZH,
      ["华信科技有限公司", "市第一医院", "东方贸易有限公司"],
    ],
    [
      "繁體",
      ["姓名", "單位", "職稱", "電話"],
      ["董事長", "醫師", "財務長"],
      TW,
      ["華信科技有限公司", "市立第一醫院", "東方貿易有限公司"],
    ],
    [
      "English",
      ["Client Name", "Employer", "Job Title", "Phone"],
      ["Director", "Doctor", "CFO"],
      EN,
      ["Acme Pte Ltd", "City Hospital", "Orient Trading Ltd"],
    ],
  ])("%s: the title is the occupation", (_l, headers, titles, names, firms) => {
    const header = headers[2];
    const r = list("講座出席名單", headers, (i) => [
      names[i],
      firms[i % 3],
      titles[i % 3],
      `0912-345-6${10 + i}`,
    ]);
    expect(fieldOf(r, header)).toBe("occupation");
    expect(r.records.Clients[1].occupation).toBe(titles[1]);
  });

  it("Contract Start is the client's since-date; Contract End is not", () => {
    const r = list(
      "Accounts",
      ["Account Name", "Account Number", "Contract Start", "Contract End"],
      (i) => [`Acme ${EN[i]} Ltd`, `ACCT-70010${i}`, `2023-0${1 + i}-15`, `2026-0${1 + i}-14`]
    );
    expect(fieldOf(r, "Contract Start")).toBe("clientSince");
    expect(fieldOf(r, "Contract End")).not.toBe("clientSince");
    expect(r.records.Clients[0].clientSince).toBe("2023-01-15");
  });
});

describe("our own organisation is not the client's", () => {
  it("recognises branch headers in each script", () => {
    for (const h of [
      "所属支行",
      "所屬分行",
      "网点",
      "營業部",
      "开户网点",
      "Branch",
      "Home Branch",
      "Branch Name",
    ])
      expect(namesOwnUnit(h)).toBe(true);
    for (const h of ["所属行业", "单位", "Industry", "Employer"])
      expect(namesOwnUnit(h)).toBe(false);
  });

  it.each([
    [
      "简体",
      ["客户名称", "所属支行", "网点", "电话"],
      ["高新支行", "滨江支行"],
      ["城东网点", "城西网点"],
      ZH,
    ],
    [
      "繁體",
      ["客戶名稱", "所屬分行", "營業部", "電話"],
      ["信義分行", "大安分行"],
      ["第一營業部", "第二營業部"],
      TW,
    ],
    [
      "English",
      ["Client Name", "Branch", "Servicing Branch", "Phone"],
      ["Central", "East"],
      ["Jurong", "Tampines"],
      EN,
    ],
  ])(
    "%s: branch columns go to the notes, never industry or employer",
    (_l, headers, branches, units, names) => {
      const r = list("Clients", headers, (i) => [
        names[i],
        branches[i % 2],
        units[i % 2],
        `1391234${5600 + i}`,
      ]);
      expect(fieldOf(r, headers[1])).toBeNull();
      expect(fieldOf(r, headers[2])).toBeNull();
      const first = r.records.Clients[0];
      expect(first.industry ?? null).toBeNull();
      expect(first.employer ?? null).toBeNull();
      expect(String(first.notes)).toContain(branches[0]);
      expect(String(first.notes)).toContain(units[0]);
    }
  );
});
