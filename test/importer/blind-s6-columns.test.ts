/**
 * Columns session 6's blind tester's books showed a person maps at a glance: an "Account" of
 * company names is the client (not a count, not a number), the contact beside it is the contact;
 * a visit log's 下步计划, Notes, Follow-up by and both 拜访人 and 拜访对象; a complaint's Summary,
 * its only 日期 and its 處理情形; a company's 职务 is its contact's post, not an occupation.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const COMPANIES = [
  "Harrowgate Logistics Ltd",
  "Kowloon Pearl Trading Co.",
  "Bramley & Finch LLP",
  "Tsing Yi Marine Services Ltd",
  "Northbridge Healthcare plc",
  "Castlegate Retail Group",
];
const CONTACTS = [
  "James Porter",
  "Winnie Lau",
  "Eleanor Finch",
  "Kelvin Ho",
  "Helen Marsh",
  "Tom Ashworth",
];

describe("a key-account list", () => {
  const rows: SourceCell[][] = [["Account", "Sector", "RM", "Main contact", "Email", "Tel"]];
  COMPANIES.forEach((company, i) =>
    rows.push([
      company,
      ["Logistics", "Trading", "Legal"][i % 3],
      ["Sarah Whitfield", "Daniel Cheung"][i % 2],
      CONTACTS[i],
      `contact${i}@client${i}.example.co.uk`,
      `+44 20 7946 010${i}`,
    ])
  );

  it("names each client by its Account, and the person beside it is the main contact", () => {
    const r = importWorkbook([sheet("Key Accounts", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      "industry",
      "owner",
      "mainContact",
      "email",
      "phone",
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(COMPANIES);
    expect(r.records.Clients[1].mainContact).toBe("Winnie Lau");
  });

  it("but an employee count is still a count, not a name", () => {
    const counted: SourceCell[][] = [["Company", "Headcount", "Employee count"]];
    COMPANIES.forEach((company, i) => counted.push([company, 10 * (i + 1), 12 * (i + 1)]));
    const r = importWorkbook([sheet("Accounts", counted)]);
    expect(r.mappings[0].columns[0].field).toBe("name");
    expect(r.mappings[0].columns.slice(1).every((c) => c.field !== "name")).toBe(true);
  });
});

describe("a visit log", () => {
  it("reads 下步计划 as the next steps and puts 拜访人 and 拜访对象 both among the attendees", () => {
    const rows: SourceCell[][] = [
      ["拜访日期", "集团名称", "拜访人", "拜访对象", "拜访方式", "沟通内容", "下步计划"],
    ];
    for (let i = 1; i <= 6; i++)
      rows.push([
        `2025-11-0${i}`,
        `杭州云栖智造科技有限公司${i}`,
        "周晓明",
        `林建华${i}`,
        "上门",
        `介绍5G专网方案${i}`,
        `11月中旬安排技术交流${i}`,
      ]);
    const r = importWorkbook([sheet("拜访记录", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "visitOn",
      "clientName",
      "attendees",
      "attendees",
      "method",
      "keyPoints",
      "nextSteps",
    ]);
    expect(r.records.Visits[0].attendees).toBe("周晓明、林建华1");
    expect(r.records.Visits[0].nextSteps).toBe("11月中旬安排技术交流1");
  });

  it("reads a meeting's Notes as what was discussed and Follow-up by as the next visit's date", () => {
    const rows: SourceCell[][] = [["Date", "Client", "Attendees", "Type", "Notes", "Follow-up by"]];
    COMPANIES.forEach((company, i) =>
      rows.push([
        `2025-10-0${i + 1}`,
        company,
        `Sarah Whitfield, ${CONTACTS[i]}`,
        "Office visit",
        `Discussed succession planning ${i}`,
        `2025-10-2${i}`,
      ])
    );
    const r = importWorkbook([sheet("Meetings", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "visitOn",
      "clientName",
      "attendees",
      "method",
      "keyPoints",
      "nextVisitOn",
    ]);
    expect(r.records.Visits[0].attendees).toBe("Sarah Whitfield, James Porter");
  });
});

describe("a complaint log", () => {
  it("reads Summary as the complaint's description", () => {
    const rows: SourceCell[][] = [["Ref", "Date Received", "Client", "Category", "Summary"]];
    COMPANIES.forEach((company, i) =>
      rows.push([
        `CR-2025-00${i + 1}`,
        `2025-0${i + 1}-04`,
        company,
        "Billing",
        `Invoice ${i} twice`,
      ])
    );
    const r = importWorkbook([sheet("Complaints Register", rows)]);
    expect(r.mappings[0].columns[4].field).toBe("description");
  });

  it("reads its only 日期 as the day it came in and 處理情形 (已結案/處理中) as its status", () => {
    const rows: SourceCell[][] = [["日期", "戶名", "類別", "內容", "處理情形"]];
    const states = ["已結案", "已結案", "處理中", "已結案", "處理中", "已結案"];
    states.forEach((state, i) =>
      rows.push([`2025-09-1${i}`, `王淑芬${i}`, "服務態度", `臨櫃等候過久${i}`, state])
    );
    const r = importWorkbook([sheet("客訴紀錄", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "receivedOn",
      "clientName",
      "category",
      "description",
      "status",
    ]);
  });
});

describe("a list of enterprise clients", () => {
  it("keeps 职务 beside the key contact as the contact's post, not the company's occupation", () => {
    const rows: SourceCell[][] = [["集团名称", "关键联系人", "职务", "联系电话"]];
    ["总经理", "信息中心主任", "财务总监", "总经理", "副总裁", "办公室主任"].forEach((title, i) =>
      rows.push([
        [
          "浙江钱塘港务集团有限公司",
          "杭州云栖智造科技有限公司",
          "杭州市第二人民医院",
          "西湖文旅集团",
          "拱墅物流有限公司",
          "临平制造有限公司",
        ][i],
        `陈立群${i}`,
        title,
        `1385711230${i}`,
      ])
    );
    const r = importWorkbook([sheet("集团客户清单", rows)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[0]).toBe("name");
    expect(fields[2]).toBeNull();
    expect(r.records.Clients[0].occupation ?? null).toBeNull();
    expect(String(r.records.Clients[0].notes)).toContain("总经理");
  });

  it("while a person's 职务 is still the occupation", () => {
    const rows: SourceCell[][] = [["姓名", "职务", "联系电话"]];
    ["总经理", "教师", "医生", "会计", "工程师", "律师"].forEach((title, i) =>
      rows.push([`王小明${i}`, title, `1385711230${i}`])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("occupation");
  });
});
