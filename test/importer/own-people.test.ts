/**
 * Lists of the holder's own people told from what the rows hold, not from a staff word: a team's
 * contact list giving each member's part (Role, 角色, 分工) and no firm, user accounts to be set up
 * with one initial password on every row (headed or not), sign-in names beside posts, and a
 * template's lists of choices. Lists that name the people's firms, give everyone one title
 * (founders of many firms), or repeat a code (not a password) down a column stay client data.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const EN = [
  "Tyler Ardmore",
  "Robert Jungblut",
  "Jake Cambridge",
  "Nicholas Hornsby",
  "Christian Holman",
  "Shandra Bealey",
  "Dan Turchin",
  "Colby Pauley",
  "Scott Torrance",
  "Isaac Woodley",
];
const ZH_CN = [
  "邵平",
  "万强浩",
  "高桂",
  "白明琳",
  "司马国生",
  "方芳欣",
  "秦丽海",
  "刘玲",
  "顾思娜",
  "卢玉怡",
];
const ZH_TW = [
  "陳怡君",
  "林志明",
  "黃淑芬",
  "張家豪",
  "李雅婷",
  "王俊傑",
  "吳美玲",
  "劉建宏",
  "蔡宗翰",
  "鄭雅文",
];

function kindOf(name: string, rows: SourceCell[][]) {
  const r = importWorkbook([sheet(name, rows)]);
  const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
  return { r, mapping: r.mappings[0], issue };
}

function people(names: readonly string[], row: (name: string, i: number) => SourceCell[]) {
  return names.map((n, i) => row(n, i));
}

describe("a team's own contact list, told by the part each member plays", () => {
  const ROLES = {
    en: ["Lead", "Art Lead", "Design Lead", "Programmer", "Programmer", "Artist", "Artist"],
    "zh-CN": ["组长", "美术", "策划", "程序", "程序", "美术", "测试"],
    "zh-TW": ["組長", "美術", "企劃", "程式", "程式", "美術", "測試"],
  };

  it("passes over Name | Role | Phone | Email with a remark on a row or two, in every language", () => {
    const cases = [
      { names: EN, header: ["Name:", "Role:", "Phone:", "Email:", "Notes:"], roles: ROLES.en },
      { names: ZH_CN, header: ["姓名", "角色", "电话", "邮箱", "备注"], roles: ROLES["zh-CN"] },
      { names: ZH_TW, header: ["姓名", "分工", "電話", "電子郵件", "備註"], roles: ROLES["zh-TW"] },
    ];
    for (const { names, header, roles } of cases) {
      const { r, mapping, issue } = kindOf("Sheet1", [
        header,
        ...people(names, (n, i) => [
          n,
          roles[i % roles.length],
          8015550100 + i * 7,
          `member${i}@example.com`,
          i === 8 ? "Original lead" : null,
        ]),
      ]);
      expect(mapping.registerSheet ?? null).toBeNull();
      expect(r.records.Clients ?? []).toHaveLength(0);
      expect(issue?.message).toContain(String(header[1]));
    }
  });

  it("keeps a list naming the firm each person works at as contacts of those firms", () => {
    const firms = ["Brixton Health", "City of Lakemont", "Westvale University", "Maplewood Dev"];
    const { r, mapping } = kindOf("Sheet1", [
      ["Name", "Company", "Role", "Phone", "Email"],
      ...people(EN, (n, i) => [
        n,
        firms[i % firms.length],
        ROLES.en[i % ROLES.en.length],
        `612-555-01${10 + i}`,
        `p${i}@firm${i % firms.length}.test`,
      ]),
    ]);
    expect(mapping.registerSheet).not.toBeNull();
    expect((r.records.Contacts ?? []).length + (r.records.Clients ?? []).length).toBeGreaterThan(0);
  });

  it("keeps a directory of office-holders at one place, each with a post of their own", () => {
    const posts = [
      "Head of Civil Engineering",
      "Head of Aerospace Engineering",
      "Honours Convenor",
    ];
    const { r, mapping } = kindOf("Engineering", [
      ["Email", "Forename", "Surname", "Title", "Role"],
      ...people(EN.slice(0, 6), (n, i) => [
        `${n.split(" ")[0].toLowerCase()}@uni.ac.test`,
        n.split(" ")[0],
        n.split(" ")[1],
        "Dr",
        `${posts[i % 3]} ${i}`,
      ]),
    ]);
    expect(mapping.registerSheet).not.toBeNull();
    expect(r.records.Clients ?? []).toHaveLength(6);
  });

  it("does not read a contact's role at the client (Contact Role) as a part in our team", () => {
    const { r } = kindOf("Sheet1", [
      ["Name", "Contact Role", "Phone", "Email"],
      ...people(EN, (n, i) => [
        n,
        i % 2 ? "Decision maker" : "Influencer",
        `612-555-01${10 + i}`,
        `p${i}@example.com`,
      ]),
    ]);
    expect(r.mappings[0].registerSheet).not.toBeNull();
  });
});

describe("user accounts with one initial password on every row", () => {
  const row = (names: readonly string[], password: string) =>
    people(names, (n, i) => [
      i % 2 ? "Mrs" : "Mr",
      n,
      `user${i}@example.com`,
      `04915700${10 + i}`,
      password,
      i % 3 ? "Reader" : "Cleaner",
    ]);

  it("passes over a headerless list of people sharing one password, in every language", () => {
    for (const [names, password] of [
      [EN, "Welcome@100"],
      [ZH_CN, "Abc#123456"],
      [ZH_TW, "Pass!2024"],
    ] as const) {
      const { r, mapping, issue } = kindOf("Users", row(names, password));
      expect(mapping.registerSheet ?? null).toBeNull();
      expect(r.records.Clients ?? []).toHaveLength(0);
      expect(issue).toBeDefined();
    }
  });

  it("keeps a client list whose shared column is a code or a period, not a password", () => {
    for (const code of ["FY2024-25", "BR-001", "Q1/2024", "Welcome"]) {
      const { r } = kindOf("Users", row(EN, code));
      expect(r.records.Clients ?? []).toHaveLength(EN.length);
    }
  });

  it("keeps a list whose passwords differ from row to row and name no login", () => {
    const { r } = kindOf(
      "Users",
      people(EN, (n, i) => [n, `user${i}@example.com`, `04915700${10 + i}`, `Pw@${1000 + i * 7}x`])
    );
    // Not one password shared by all: no initial password of accounts to be set up.
    expect(r.issues.find((i) => i.message?.includes("same password"))).toBeUndefined();
  });

  it("says why in every language of the register", () => {
    const expected = { en: '"G"', "zh-CN": "“G”", "zh-TW": "「G」" };
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("sheet.why.shared-password", { header: "G" }, lang);
      expect(text).toContain(expected[lang]);
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    }
  });
});

describe("the organisation's own system users: sign-in names beside posts", () => {
  it("passes over a user-import template even one row long, in every language", () => {
    const cases: SourceCell[][][] = [
      [
        ["Username", "Full Name", "Department", "Is Supervisor"],
        ["devwjh", "Jonah Lindqvist", "IT", "No"],
      ],
      [
        ["用户编号", "用户名称", "是否主管", "职位编号"],
        ["devwjh", "devwjh", "否", "特殊"],
      ],
      [
        ["使用者編號", "使用者名稱", "部門", "職位"],
        ["devwjh", "王俊傑", "資訊部", "工程師"],
      ],
    ];
    for (const rows of cases) {
      const { r, mapping, issue } = kindOf("用户信息", rows);
      expect(mapping.registerSheet ?? null).toBeNull();
      expect(r.records.Clients ?? []).toHaveLength(0);
      expect(issue).toBeDefined();
    }
  });

  it("keeps a client list that names its clients beside their app user names and posts", () => {
    const { r } = kindOf("Sheet1", [
      ["客户名称", "用户名", "职位", "手机"],
      ...people(ZH_CN, (n, i) => [n, `user${i}`, i % 2 ? "经理" : "主管", `1380000${1000 + i}`]),
    ]);
    expect(r.records.Clients ?? []).toHaveLength(ZH_CN.length);
  });

  it("says why in every language of the register", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(
        "sheet.why.staff-logins",
        { headers: ["用户名称", "职位编号"] },
        lang
      );
      expect(text).toContain("用户名称");
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    }
  });
});

describe("a template's drop-down lists beside it", () => {
  it("reads lists of different lengths as choices, one of them headed with a user word", () => {
    const posts = ["总经理", "副总经理", "本部长", "部长", "总管", "代理部长", "副部长", "课长"];
    const rows: SourceCell[][] = [
      ["是否主管", "用户级别", "职位编号"],
      ...posts.map((post, i) => [
        ["是", "否"][i] ?? null,
        ["一般", "管理员", "超级用户", "开发者", "PM"][i] ?? null,
        post,
      ]),
    ];
    const { r, mapping } = kindOf("输入项目", rows);
    expect(mapping.registerSheet ?? null).toBeNull();
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("keeps a client list whose later columns were filled for the first rows only", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "级别", "备注"],
      ...ZH_CN.map((n, i) => [
        n,
        i < 4 ? ["A", "B", "C", "D"][i] : null,
        i < 2 ? `备注${i}` : null,
      ]),
    ];
    const { r } = kindOf("客户", rows);
    expect(r.records.Clients ?? []).toHaveLength(ZH_CN.length);
  });
});
