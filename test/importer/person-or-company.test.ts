/**
 * Who the client of a row is when a list names both a person and a company (issue 9, session 18):
 * a business centre's tenants (姓名 | 公司 | 身分證字號 | 生日), a sole traders' register, a
 * contacts sheet. A person decides from how the two repeat and from what the other columns
 * describe — an ID number and a birthday are a person's — never from one header; and keys the
 * clients by the list's own number, not by their company's.
 */
import { importWorkbook } from "../../src/importer";
import { cnResidentCheck, twNationalCheck } from "../../src/importer/normalize/ids";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet, table } from "./helpers";

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

function reasonsOf(r: ReturnType<typeof importWorkbook>, header: string): string[] {
  return (r.mappings[0].columns.find((c) => c.header === header)?.reasons ?? []).map((x) => x.code);
}

const TW_PEOPLE = ["林志明", "陳美玲", "張家豪", "黃淑芬", "李俊傑", "王怡君", "吳建宏", "蔡佩珊"];
const CN_PEOPLE = ["周佩君", "郭志远", "刘晓东", "陈静怡", "杨建国", "赵敏", "孙立新", "马丽娟"];
const EN_PEOPLE = [
  "Olivia Grant",
  "Marcus Webb",
  "Priya Nair",
  "Tom Hollis",
  "Grace Okafor",
  "Liam Chen",
  "Sofia Reyes",
  "Noah Patel",
];
const TW_COMPANIES = [
  "晨光工作室",
  "立湟商行",
  "福樂國際行",
  "洛酷有限公司",
  "天原企業社",
  "隱士設計",
  "超省貿易",
  "微笑有限公司",
];
const CN_COMPANIES = [
  "远帆科技有限公司",
  "恒达贸易有限公司",
  "华信商贸有限公司",
  "东方设计工作室",
  "鑫源实业有限公司",
  "蓝海咨询有限公司",
  "金石建材有限公司",
  "云杉文化传媒有限公司",
];
const EN_COMPANIES = [
  "Grant Studio Ltd",
  "Webb Trading Pty Ltd",
  "Nair Consulting LLC",
  "Hollis & Co",
  "Okafor Design Ltd",
  "Chen Logistics Inc",
  "Reyes Bakery LLC",
  "Patel Imports Ltd",
];

/** A valid Taiwanese national ID number for row i. */
function twId(i: number): string {
  const letter = "ABEFHKMN"[i % 8];
  const body = `${1 + (i % 2)}${String(2345670 + i * 13).padStart(7, "0")}`;
  return `${letter}${body}${twNationalCheck(letter, body)}`;
}

/** A valid mainland resident ID number for row i (born 1970 + i). */
function cnId(i: number): string {
  const first17 = `11010519${70 + i}0${(i % 9) + 1}1${i % 10}12${i % 10}`;
  return `${first17}${cnResidentCheck(first17)}`;
}

describe("each person with a company of their own: the ID number and birthday say the row is the person's", () => {
  it.each<[string, string[], (i: number) => SourceCell[], string, string, string, string]>([
    [
      "繁體, a business centre's tenants",
      ["編號", "姓名", "公司名稱", "身分證字號", "生日", "手機"],
      (i) => [
        `A-${101 + i}`,
        TW_PEOPLE[i],
        TW_COMPANIES[i],
        twId(i),
        `19${60 + i}-0${(i % 9) + 1}-1${i}`,
        `09123456${String(10 + i)}`,
      ],
      "姓名",
      "公司名稱",
      "zh-TW",
      "身分證字號",
    ],
    [
      "简体, a sole traders' register with the columns in another order",
      ["企业名称", "手机号", "出生日期", "身份证号", "姓名"],
      (i) => [
        CN_COMPANIES[i],
        `1380000${String(7000 + i)}`,
        `19${70 + i}-0${(i % 9) + 1}-1${i}`,
        cnId(i),
        CN_PEOPLE[i],
      ],
      "姓名",
      "企业名称",
      "zh-CN",
      "身份证号",
    ],
    [
      "English, a members' export",
      ["Company Name", "Name", "Date of Birth", "ID Number", "Mobile"],
      (i) => [
        EN_COMPANIES[i],
        EN_PEOPLE[i],
        `19${60 + i}-0${(i % 9) + 1}-2${i}`,
        twId(i),
        `+1 415 555 01${String(10 + i)}`,
      ],
      "Name",
      "Company Name",
      "en",
      "ID Number",
    ],
  ])("%s", (_, header, row, person, company, lang, idHeader) => {
    const rows: SourceCell[][] = [header, ...TW_PEOPLE.map((__, i) => row(i))];
    const r = importWorkbook([sheet("Sheet1", rows)], {
      phoneRegion: lang === "zh-CN" ? "CN" : "TW",
    });
    expect(fieldsOf(r)).toMatchObject({ [person]: "name", [company]: "employer" });
    expect(r.records.Clients).toHaveLength(8);
    const names = lang === "zh-CN" ? CN_PEOPLE : lang === "en" ? EN_PEOPLE : TW_PEOPLE;
    const companies = lang === "zh-CN" ? CN_COMPANIES : lang === "en" ? EN_COMPANIES : TW_COMPANIES;
    expect(r.records.Clients.map((c) => [c.name, c.employer])).toEqual(
      names.map((n, i) => [n, companies[i]])
    );
    // The decision is said, naming the columns that describe a person, in every language.
    const why = r.mappings[0].columns.find((c) => c.header === person)?.reasons ?? [];
    const described = why.find((x) => x.code === "map.why.person-described");
    expect(described?.params?.fields).toContain(idHeader);
    expect(described?.params?.fields).toContain(header.find((h) => /生日|出生|Birth/.test(h)));
  });

  it("says the decision in en, 简体 and 繁體", () => {
    const rows = table(["姓名", "公司名稱", "身分證字號", "生日"], 8, (h, i) =>
      h === "姓名"
        ? TW_PEOPLE[i]
        : h === "公司名稱"
          ? TW_COMPANIES[i]
          : h === "生日"
            ? `1980-01-1${i}`
            : twId(i)
    );
    const r = importWorkbook([sheet("租戶", rows)]);
    const described = r.mappings[0].columns
      .find((c) => c.header === "姓名")
      ?.reasons?.find((x) => x.code === "map.why.person-described");
    expect(described).toBeDefined();
    const issue = { code: described!.code, params: described!.params } as never;
    expect(renderIssueMessage(issue, "en")).toBe(
      'the row is a person\'s: "身分證字號", "生日" describe a person (an ID number, a birthday), never a company'
    );
    expect(renderIssueMessage(issue, "zh-CN")).toBe(
      "这一行说的是人：“身分證字號”、“生日”描述的是个人（身份证号、生日），不是公司"
    );
    expect(renderIssueMessage(issue, "zh-TW")).toBe(
      "這一列說的是人：「身分證字號」、「生日」描述的是個人（身分證字號、生日），不是公司"
    );
  });
});

describe("a company list with its contact stays a company list", () => {
  it.each<[string, string[], (i: number) => SourceCell[], string, string]>([
    [
      "简体: 公司名称 | 联系人 | 统一社会信用代码 | 企业性质",
      ["公司名称", "姓名", "企业性质", "电话"],
      (i) => [CN_COMPANIES[i], CN_PEOPLE[i], i % 2 ? "民营" : "国企", `1380000${String(7100 + i)}`],
      "公司名称",
      "姓名",
    ],
    [
      "English: each company one person and nothing personal",
      ["Company Name", "Name", "Phone", "Industry"],
      (i) => [EN_COMPANIES[i], EN_PEOPLE[i], `+1 415 555 02${String(10 + i)}`, "Retail"],
      "Company Name",
      "Name",
    ],
  ])("%s", (_, header, row, company, person) => {
    const rows: SourceCell[][] = [header, ...EN_PEOPLE.map((__, i) => row(i))];
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(fieldsOf(r)).toMatchObject({ [company]: "name", [person]: "mainContact" });
  });
});

describe("a second company column beside the employer", () => {
  it("the people are the clients; the company column read first stays the employer and the other goes to the notes", () => {
    // Two branches' tenants in one table: 公司 filled on the first branch, 公司名稱 on the second.
    const rows: SourceCell[][] = [
      ["編號", "姓名", "公司", "生日", "身分證字號", "公司名稱"],
      ...TW_PEOPLE.map((p, i) => [
        String(i + 1),
        p,
        i < 6 ? TW_COMPANIES[i] : "",
        `1975-03-0${i + 1}`,
        twId(i),
        i >= 6 ? TW_COMPANIES[i] : "",
      ]),
    ];
    const r = importWorkbook([sheet("合約", rows)], { phoneRegion: "TW" });
    expect(fieldsOf(r)).toMatchObject({ 姓名: "name", 公司: "employer", 公司名稱: null });
    expect(reasonsOf(r, "公司名稱")).toContain("map.why.second-employer");
    expect(r.records.Clients.map((c) => c.name)).toEqual(TW_PEOPLE);
    // Nothing is lost: the second branch's company is in the notes.
    expect(String(r.records.Clients[7].notes)).toContain(TW_COMPANIES[7]);
  });
});

describe("the list's own number keys the clients, not their company's", () => {
  it.each<[string, string[], (i: number) => SourceCell[], string, string]>([
    [
      "English snake_case: legacy_id beside company_tax_id",
      ["legacy_id", "name", "company_name", "company_tax_id", "id_number", "birthday"],
      (i) => [
        `HQ-${20 + i * 7}`,
        TW_PEOPLE[i],
        TW_COMPANIES[i],
        String(61929316 + i * 1011),
        twId(i),
        `1976-07-2${i}`,
      ],
      "legacy_id",
      "company_tax_id",
    ],
    [
      "繁體: 會員卡號 beside 公司統編",
      ["卡號", "姓名", "公司", "公司編號", "生日"],
      (i) => [
        `M${880120 + i * 31}`,
        TW_PEOPLE[i],
        TW_COMPANIES[i],
        String(80842130 + i * 977),
        `1980-02-1${i}`,
      ],
      "卡號",
      "公司編號",
    ],
  ])("%s", (_, header, row, own, companyNumber) => {
    const rows: SourceCell[][] = [header, ...TW_PEOPLE.map((__, i) => row(i))];
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "TW" });
    const fields = fieldsOf(r);
    expect(fields[companyNumber]).toBeNull();
    expect(fields[own]).toBe("clientId");
    expect(reasonsOf(r, companyNumber)).toContain("map.why.employer-number");
    expect(r.records.Clients.map((c) => c.clientId)).toEqual(rows.slice(1).map((x) => x[0]));
  });

  it("a card number is the client's number on a list that has no other; a running serial never is", () => {
    const rows: SourceCell[][] = [
      ["S/No", "Cardno", "Last Name", "Other Names", "Telephone", "Address", "Opening Balance"],
      ...[...EN_PEOPLE, ...EN_PEOPLE.map((p) => `MRS ${p}`)].map((p, i) => [
        i + 1,
        `${77 + i}${9225 + i * 37}`,
        p.toUpperCase(),
        null,
        null,
        null,
        -3255 + i * 100,
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(fieldsOf(r)).toMatchObject({ "S/No": null, Cardno: "clientId", "Last Name": "name" });
    // Said in the mapping: the list's own number (or, read by its values, the rows' key).
    expect(
      reasonsOf(r, "Cardno").some(
        (c) => c === "map.why.own-number" || c === "map.why.key-by-values"
      )
    ).toBe(true);
    expect(r.records.Clients[0].clientId).toBe("779225");
  });

  it("two columns that could each be the number: neither is guessed", () => {
    const rows: SourceCell[][] = [
      ["Ref", "Card No", "Name", "Telephone", "Address"],
      ...EN_PEOPLE.map((p, i) => [
        `R-${500 + i * 3}`,
        `C${9100 + i * 17}`,
        p,
        `+1 415 555 03${String(10 + i)}`,
        `${10 + i} Elm St`,
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(fieldsOf(r)).toMatchObject({ Ref: null, "Card No": null, Name: "name" });
  });
});
