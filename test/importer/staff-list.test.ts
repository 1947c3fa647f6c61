/**
 * A list of the organisation's own people (a staff directory, phone list, roster) is not client
 * data, and a person tells so from more than two header words: the sheet's name or title, values
 * that are internal units (财务部, 信贷科) and job titles (科长, 柜员) repeating down the rows,
 * short extension numbers under a phone header. A client list with a department or post column
 * (the client's own) stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import {
  looksLikeAddress,
  looksLikeDepartment,
  looksLikeJobTitle,
} from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const NAMES = [
  "赵桂英",
  "王明",
  "林志强",
  "陈美玲",
  "张伟",
  "李静",
  "刘洋",
  "黄磊",
  "周敏",
  "吴刚",
];
const UNITS = ["办公室", "财务科", "信贷部", "营业室", "综合管理部"];
const POSTS = ["科长", "科员", "主任", "柜员", "客户经理"];

function kindOf(name: string, rows: SourceCell[][]) {
  const r = importWorkbook([sheet(name, rows)]);
  const mapping = r.mappings[0];
  const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
  return { r, mapping, issue };
}

function people(count: number, row: (i: number) => SourceCell[]): SourceCell[][] {
  return Array.from({ length: count }, (_, i) => row(i));
}

describe("value recognisers", () => {
  it("tells departments, job titles and addresses from names and companies", () => {
    for (const d of [
      "财务部",
      "信贷科",
      "营业室",
      "综合管理部",
      "城东支行",
      "Sales",
      "HR",
      "IT Department",
    ])
      expect(looksLikeDepartment(d)).toBe(true);
    for (const d of ["天津华宇建材经营部", "滨海新区", "张伟", "Acme Ltd", "302室"])
      expect(looksLikeDepartment(d)).toBe(false);
    for (const t of ["科长", "客户经理", "柜员", "Sales Manager", "Loan Officer"])
      expect(looksLikeJobTitle(t)).toBe(true);
    for (const t of ["会员", "张伟", "Olivia Ashdown"]) expect(looksLikeJobTitle(t)).toBe(false);
    for (const a of ["天津市滨海新区海泰发展五道16号", "徐州市鼓楼区民主路12号", "12 Ocean Drive"])
      expect(looksLikeAddress(a)).toBe(true);
    for (const a of ["天津瑞丰物流有限公司", "滨海新区", "张伟", "13800001234"])
      expect(looksLikeAddress(a)).toBe(false);
  });
});

describe("a list of the organisation's own people", () => {
  it("name, department and phone: the department values make it a staff list", () => {
    const rows = [
      ["姓名", "部门", "电话"],
      ...people(15, (i) => [NAMES[i % 10] + i, UNITS[i % 5], `1380000${2000 + i}`]),
    ];
    const { r, mapping, issue } = kindOf("Sheet1", rows);
    expect(mapping).toMatchObject({ registerSheet: null, kind: "lookup" });
    expect(issue?.params?.reason).toBe("sheet.why.staff-evidence");
    expect(r.summary.imported).toBe(0);
    expect(r.records.Clients).toHaveLength(0);
  });

  it("a phone list of units, posts and extensions under a 通讯录 title", () => {
    const rows: SourceCell[][] = [
      ["机关内部通讯录"],
      ["单位", "姓名", "职务", "办公电话", "手机"],
      ...people(20, (i) => [
        UNITS[i % 5],
        NAMES[i % 10] + i,
        POSTS[i % 5],
        8100 + i,
        `1380000${3000 + i}`,
      ]),
    ];
    const { r, mapping } = kindOf("Sheet1", rows);
    expect(mapping.registerSheet).toBeNull();
    expect(mapping.reasonCoded?.code).toBe("sheet.why.staff-evidence");
    expect(r.summary.imported).toBe(0);
  });

  it("an English directory with departments, titles and extensions", () => {
    const depts = ["Sales", "Finance", "HR", "Operations"];
    const titles = ["Sales Manager", "Accountant", "Officer", "Clerk"];
    const rows = [
      ["Name", "Dept", "Title", "Ext", "Email"],
      ...people(12, (i) => [
        `Person ${i}`,
        depts[i % 4],
        titles[i % 4],
        200 + i,
        `p${i}@example.com`,
      ]),
    ];
    const { r, mapping } = kindOf("Sheet1", rows);
    expect(mapping.registerSheet).toBeNull();
    expect(r.summary.imported).toBe(0);
  });

  it("a sheet named for employees, with personal columns only", () => {
    const rows = [
      ["姓名", "身份证号", "手机", "住址"],
      ...people(10, (i) => [
        NAMES[i] + i,
        `11010119900101${String(1000 + i)}`,
        `1380000${4000 + i}`,
        `北京市朝阳区建设路${i + 1}号`,
      ]),
    ];
    const { r, mapping } = kindOf("员工信息", rows);
    expect(mapping.registerSheet).toBeNull();
    expect(r.summary.imported).toBe(0);
  });
});

describe("a phone list of names and numbers only", () => {
  const rows = (): SourceCell[][] => [
    ["姓名", "手机", "邮箱"],
    ...people(10, (i) => [NAMES[i] + "某", `1380000${3100 + i}`, `n${i}@example.com`]),
  ];
  it("under a phone-book name is the organisation's own list", () => {
    const { mapping } = kindOf("通讯录", rows());
    expect(mapping.registerSheet).toBeNull();
    expect(mapping.reasonCoded?.code).toBe("sheet.why.staff-evidence");
  });
  it("under any other name says nothing by itself: a client list", () => {
    expect(kindOf("Sheet1", rows()).mapping.registerSheet).toBe("Clients");
  });
});

describe("client lists with a department or post column stay client lists", () => {
  it("a B2B contact list: many different companies, each contact's department and post", () => {
    const companies = [
      "天津瑞丰物流有限公司",
      "天津博远机械设备有限公司",
      "天津金诚商贸有限公司",
      "天津宏达电子科技有限公司",
    ];
    const rows = [
      ["单位", "部门", "职务", "姓名", "手机"],
      ...people(12, (i) => [
        companies[i % 4].replace("有限公司", `${i}有限公司`),
        UNITS[i % 5],
        POSTS[i % 5],
        NAMES[i % 10] + i,
        `1380000${5000 + i}`,
      ]),
    ];
    const { r, mapping } = kindOf("Sheet1", rows);
    expect(mapping.registerSheet).toBe("Clients");
    expect(r.summary.imported).toBe(12);
  });

  it("clients with their occupation and the branch that serves them", () => {
    const rows = [
      ["姓名", "职业", "手机", "所属支行"],
      ...people(12, (i) => [
        NAMES[i % 10] + i,
        ["教师", "会计", "工程师", "经理"][i % 4],
        `1380000${6000 + i}`,
        ["城东支行", "城西支行"][i % 2],
      ]),
    ];
    const { r, mapping } = kindOf("Sheet1", rows);
    expect(mapping.registerSheet).toBe("Clients");
    expect(r.summary.imported).toBe(12);
  });

  it("a client phone book is a client list, whatever else it holds", () => {
    const rows = [
      ["姓名", "部门", "手机"],
      ...people(12, (i) => [NAMES[i % 10] + i, UNITS[i % 5], `1380000${7000 + i}`]),
    ];
    const { mapping } = kindOf("客户通讯录", rows);
    expect(mapping.registerSheet).toBe("Clients");
  });
});

describe("sheets about the same people as a staff list", () => {
  const staffRows: SourceCell[][] = [
    ["姓名", "部门", "职务", "手机"],
    ...people(10, (i) => [NAMES[i] + "某", UNITS[i % 5], POSTS[i % 5], `1380000${8000 + i}`]),
  ];

  it("an HR workbook's contract records of the staff are staff records too", () => {
    const contracts: SourceCell[][] = [
      ["姓名", "身份证号", "开始日期", "合同类型"],
      ...people(10, (i) => [
        NAMES[i] + "某",
        `11010119800101${1000 + i}`,
        "2024-01-01",
        "劳动合同",
      ]),
    ];
    const r = importWorkbook([sheet("人员", staffRows), sheet("合同", contracts)]);
    const m = r.mappings.find((x) => x.sheet === "合同");
    expect(m?.registerSheet).toBeNull();
    expect(m?.reasonCoded?.code).toBe("sheet.why.staff-people");
    expect(r.summary.imported).toBe(0);
  });

  it("a client sheet whose relationship managers are the staff is still clients", () => {
    const clients: SourceCell[][] = [
      ["客户名称", "手机", "客户经理"],
      ...people(12, (i) => [`客户${i}号`, `1380000${9000 + i}`, NAMES[i % 3] + "某"]),
    ];
    const r = importWorkbook([sheet("人员", staffRows), sheet("客户", clients)]);
    expect(r.mappings.find((x) => x.sheet === "客户")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});

describe("e-mail addresses at the organisation's own domain", () => {
  const titles = ["Sales Manager", "Accountant", "Officer", "Clerk"];
  it("with job titles they make a staff list", () => {
    const rows = [
      ["Name", "Position", "Email"],
      ...people(10, (i) => [`Person ${i}`, titles[i % 4], `p${i}@northwind-traders.com`]),
    ];
    const { mapping } = kindOf("Sheet1", rows);
    expect(mapping.registerSheet).toBeNull();
    expect(JSON.stringify(mapping.reasonCoded?.params)).toContain("@northwind-traders.com");
  });

  it("clients' addresses at public providers say nothing", () => {
    const hosts = ["gmail.com", "qq.com", "163.com"];
    const rows = [
      ["Name", "Occupation", "Email"],
      ...people(10, (i) => [`Person ${i}`, titles[i % 4], `p${i}@${hosts[i % 3]}`]),
    ];
    expect(kindOf("Sheet1", rows).mapping.registerSheet).toBe("Clients");
  });
});

describe("people from outside the organisation are never a staff list", () => {
  const titles = ["CFO", "Sales Manager", "Accountant", "Officer"];
  const firms = [
    "Harbor Tools",
    "Bluefin Media",
    "Quarry Lane Foods",
    "Northgate Labs",
    "Tallow Works",
  ];
  const domains = [
    "harbortools.test",
    "bluefin.test",
    "quarrylane.test",
    "northgate.test",
    "tallow.test",
  ];

  it("a sign-up form's responses: timestamp, company and job title", () => {
    const rows = [
      ["Timestamp", "Email Address", "Full name", "Company", "Job title", "Phone number"],
      ...people(12, (i) => [
        `2026/03/0${(i % 9) + 1} 10:1${i % 10}:00`,
        `person${i}@${domains[i % 5]}`,
        `Person ${i}`,
        firms[i % 5],
        titles[i % 4],
        `(555) 555-01${10 + i}`,
      ]),
    ];
    const { r, mapping, issue } = kindOf("Form Responses 1", rows);
    expect(mapping.registerSheet).toBe("Clients");
    expect(issue).toBeUndefined();
    expect(r.records.Clients).toHaveLength(12);
  });

  it("a company column naming many companies, without a timestamp", () => {
    const rows = [
      ["Name", "Company", "Job title", "Dept"],
      ...people(10, (i) => [
        `Person ${i}`,
        firms[i % 5],
        titles[i % 4],
        ["Sales", "Finance"][i % 2],
      ]),
    ];
    const { mapping, issue } = kindOf("Sheet1", rows);
    expect(mapping.registerSheet).not.toBeNull();
    expect(issue).toBeUndefined();
  });

  it("e-mails at many different organisations' domains", () => {
    const rows = [
      ["Name", "Position", "Email"],
      ...people(10, (i) => [`Person ${i}`, titles[i % 4], `p${i}@${domains[i % 5]}`]),
    ];
    expect(kindOf("Sheet1", rows).mapping.registerSheet).toBe("Clients");
  });

  it("a 问卷 export with 提交时间 and 单位 is not a staff list either", () => {
    const units = ["天津瑞丰物流", "博远机械", "金诚商贸", "宏达电子"];
    const rows = [
      ["提交时间", "姓名", "单位", "职务", "手机"],
      ...people(10, (i) => [
        `2026-03-0${(i % 9) + 1} 09:00`,
        NAMES[i] + "某",
        units[i % 4],
        POSTS[i % 5],
        `1390000${6000 + i}`,
      ]),
    ];
    expect(kindOf("Sheet1", rows).mapping.registerSheet).toBe("Clients");
  });

  it("a staff directory whose company column repeats one or two companies is still staff", () => {
    const rows = [
      ["Name", "Company", "Dept", "Title", "Ext"],
      ...people(12, (i) => [
        `Person ${i}`,
        i % 2 ? "Northwind Traders" : "Northwind Logistics",
        ["Sales", "Finance", "HR", "Operations"][i % 4],
        titles[i % 4],
        200 + i,
      ]),
    ];
    expect(kindOf("Sheet1", rows).mapping.registerSheet).toBeNull();
  });
});

describe("a column no one filled in says nothing about the rows", () => {
  // A mail program's address-book export has the same columns whatever its user filled in.
  const exportRows = (post: (i: number) => string, unit: (i: number) => string): SourceCell[][] => [
    ["名字", "显示名称", "主要电子邮件", "工作电话", "职务", "部门", "公司", "注释"],
    ...people(12, (i) => [
      NAMES[i % 10],
      NAMES[i % 10] + i,
      `user${i}@example.com`,
      "",
      post(i),
      unit(i),
      "",
      "",
    ]),
  ];

  it("an address-book export whose 职务 and 部门 are empty everywhere is a client list", () => {
    const { r, mapping } = kindOf(
      "Sheet1",
      exportRows(
        () => "",
        () => ""
      )
    );
    expect(mapping.registerSheet).toBe("Clients");
    expect(r.summary.imported).toBe(12);
  });

  it("the same columns filled with the organisation's units and posts are a staff list", () => {
    const { mapping } = kindOf(
      "Sheet1",
      exportRows(
        (i) => POSTS[i % 5],
        (i) => UNITS[i % 5]
      )
    );
    expect(mapping.registerSheet).toBeNull();
    expect(mapping.reasonCoded?.code).toBe("sheet.why.staff");
  });
});

describe("a team that names its founders", () => {
  const FIRST = ["Asha", "Bikash", "Sujan", "Nisha", "Ramesh", "Priya"];
  const LAST = ["Thapa", "Adhikari", "Gurung", "Shrestha", "Karki", "Rai"];
  const person = (i: number) => `${FIRST[i % 6]} ${LAST[(i + 2) % 6]}`;
  const mobile = (i: number) => `98${String(10000000 + i * 7919).slice(0, 8)}`;
  const mail = (i: number) => `${FIRST[i % 6].toLowerCase()}${i}@example.com`;
  const table = (headers: string[], rows: SourceCell[][]): SourceCell[][] => [headers, ...rows];

  it("is the organisation's own team: roles with a founder among them, no firm named (en, 简, 繁)", () => {
    const roles = [
      "Founder",
      "Co-founder",
      "Web Designer",
      "Developer",
      "Content Writer",
      "Analyst",
    ];
    const { r, mapping, issue } = kindOf(
      "Sheet1",
      table(
        ["Name", "Email", "Phone", "Address", "Joined", "Role"],
        people(6, (i) => [person(i), mail(i), mobile(i), "Tulsipur, Dang", "2021-03-02", roles[i]])
      )
    );
    expect(mapping).toMatchObject({ registerSheet: null, kind: "people" });
    expect(r.records.Clients).toHaveLength(0);
    expect(issue).toBeDefined();
    expect(renderIssueMessage(issue!, "en")).toContain("founders");
    expect(renderIssueMessage(issue!, "zh-CN")).toContain("创始人");
    expect(renderIssueMessage(issue!, "zh-TW")).toContain("創辦人");

    const posts = ["創辦人", "联合创始人", "工程师", "会计", "秘书"];
    const zh = kindOf(
      "团队",
      table(
        ["姓名", "手机", "职位"],
        people(5, (i) => [NAMES[i], `138${String(10000000 + i * 7919).slice(0, 8)}`, posts[i]])
      )
    );
    expect(zh.mapping.registerSheet).toBeNull();
    expect(zh.r.records.Clients).toHaveLength(0);
  });

  it("stays a client list when founders stand on most rows: founders of many firms", () => {
    const { r, mapping } = kindOf(
      "Sheet1",
      table(
        ["Name", "Role", "Email", "Phone"],
        people(6, (i) => [person(i), i % 3 ? "Founder" : "Co-founder", mail(i), mobile(i)])
      )
    );
    expect(mapping.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(6);
  });

  it("stays a client list when a column names the firms the founders run", () => {
    const { r, mapping } = kindOf(
      "Sheet1",
      table(
        ["Name", "Company", "Title", "Email"],
        people(6, (i) => [
          person(i),
          `${LAST[i]} Trading Ltd`,
          i % 2 ? "Founder & CEO" : "Co-founder",
          mail(i),
        ])
      )
    );
    expect(mapping.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(6);
  });
});
