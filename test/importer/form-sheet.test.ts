/**
 * A form sheet (客户档案卡): label–value pairs in two or four columns are ONE client, the small
 * tables below the card (家庭成员, 最近拜访) are that client's, and a contents sheet listing the cards
 * adds no clients. The same reading for several cards one under another on one sheet.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Card {
  name: string;
  born: string;
  mobile: string;
  employer: string;
  post: string;
  risk: string;
  /** With a wrong check digit: the warning must name the form's line 6, column B. */
  id: string;
  family: SourceCell[][];
  visits: SourceCell[][];
}

const CARDS: Card[] = [
  {
    name: "孙立新",
    born: "1979年4月9日",
    mobile: "13611112222",
    employer: "苏州立新机电有限公司",
    post: "董事长",
    risk: "保守",
    id: "320503197904091230",
    family: [
      ["钱梅", "配偶", "1981-05-06"],
      ["孙小北", "儿子", "2010-02-14"],
    ],
    visits: [
      ["2024-02-11", "上门拜访", "介绍设备按揭方案"],
      ["2024-06-03", "电话", "确认放款日期"],
    ],
  },
  {
    name: "何佳慧",
    born: "1991年10月2日",
    mobile: "13722223333",
    employer: "宁波佳慧文具店",
    post: "店主",
    risk: "积极",
    id: "330204199110022340",
    family: [["何建平", "父亲", "1962-08-20"]],
    visits: [["2024-03-19", "上门拜访", "了解进货周期"]],
  },
];

/** The card's rows: title, blank, five lines of pairs, then the two small tables. */
function cardRows(c: Card, withFamily = true): SourceCell[][] {
  const family = withFamily ? [["家庭成员"], ["姓名", "关系", "生日"], ...c.family, []] : [];
  return [
    [`客户档案卡——${c.name}`],
    [],
    ["姓名：", c.name, "性别：", "男"],
    ["出生日期：", c.born, "手机：", c.mobile],
    ["单位：", c.employer, "职务：", c.post],
    ["身份证号：", c.id, "风险偏好：", c.risk],
    ["住址：", "江苏省苏州市工业园区星湖街1号", "客户经理：", "吴青"],
    [],
    ...family,
    ["最近拜访"],
    ["日期", "方式", "内容"],
    ...c.visits,
  ];
}

const index = sheet("目录", [
  ["客户档案目录"],
  [],
  ["序号", "客户名称", "档案页"],
  ...CARDS.map((c, i) => [i + 1, c.name, "查看"]),
]);

describe("a workbook with one form sheet per client", () => {
  const r = importWorkbook([index, ...CARDS.map((c) => sheet(c.name, cardRows(c), ["A1:D1"]))]);

  it("reads each form as one client, its labels naming the fields", () => {
    expect(
      r.records.Clients.map((c) => [
        c.name,
        c.birthday,
        c.phone,
        c.employer,
        c.occupation,
        c.riskProfile,
        c.owner,
      ])
    ).toEqual([
      [
        "孙立新",
        "1979-04-09",
        "13611112222",
        "苏州立新机电有限公司",
        "董事长",
        "conservative",
        "吴青",
      ],
      ["何佳慧", "1991-10-02", "13722223333", "宁波佳慧文具店", "店主", "aggressive", "吴青"],
    ]);
    expect(r.records.Clients.some((c) => /姓名|档案|家庭|拜访/.test(String(c.name)))).toBe(false);
  });

  it("links each family member and visit below a card to that card's client", () => {
    const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
    expect(r.records.Family.map((f) => [f.memberName, f.clientId])).toEqual([
      ["钱梅", idOf("孙立新")],
      ["孙小北", idOf("孙立新")],
      ["何建平", idOf("何佳慧")],
    ]);
    expect(r.records.Visits.map((v) => [v.visitOn, v.clientId])).toEqual([
      ["2024-02-11", idOf("孙立新")],
      ["2024-06-03", idOf("孙立新")],
      ["2024-03-19", idOf("何佳慧")],
    ]);
    expect(r.issues.filter((i) => i.code?.startsWith("link."))).toEqual([]);
  });

  it("accounts for every line of the form with its client, and adds no client from the index", () => {
    expect(r.summary).toEqual({
      sourceRows: 2 + 2 * 5 + 3 + 3,
      imported: 2 + 3 + 3,
      merged: 2 * 4,
      skipped: 2,
      rejected: 0,
    });
    const lines = r.rows.filter((row) => row.sheet === "孙立新" && row.row >= 3 && row.row <= 7);
    expect(lines.map((l) => l.outcome)).toEqual([
      "imported",
      "merged",
      "merged",
      "merged",
      "merged",
    ]);
  });

  it("says where the form is and names the line of a field in its messages", () => {
    const read = r.issues.find((i) => i.code === "import.form-read" && i.sheet === "孙立新");
    expect(read).toMatchObject({ row: 3, severity: "info" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(read!.code!, read!.params!, lang)).toMatch(/3.+7/);
    expect(renderMessage(read!.code!, read!.params!, "zh-CN")).toContain("客户信息");
    const linked = r.issues.filter((i) => i.code === "import.linked-to-form");
    expect(linked.map((i) => [i.sheet, i.row])).toEqual([
      ["孙立新", 11],
      ["孙立新", 16],
      ["何佳慧", 11],
      ["何佳慧", 15],
    ]);
    expect(renderMessage(linked[0].code!, linked[0].params!, "zh-TW")).toContain("孙立新");
    const id = r.issues.find((i) => i.sheet === "孙立新" && i.field === "idNumber");
    expect(id).toMatchObject({ row: 6, column: "B (身份证号)", severity: "warning" });
  });
});

describe("other form layouts", () => {
  it("reads a two-column form in English, without colons", () => {
    const r = importWorkbook([
      sheet("Client card", [
        ["Name", "Grace Lin"],
        ["Date of birth", "1984-07-21"],
        ["Mobile", "+1 415 555 0199"],
        ["Email", "grace.lin@example.com"],
        ["Employer", "Bayview Dental"],
      ]),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(r.records.Clients[0]).toMatchObject({
      name: "Grace Lin",
      birthday: "1984-07-21",
      email: "grace.lin@example.com",
      employer: "Bayview Dental",
    });
    expect(r.summary).toMatchObject({ sourceRows: 5, imported: 1, merged: 4, rejected: 0 });
  });

  it("reads several cards one under another, each with the visits below it", () => {
    const rows = CARDS.flatMap((c) => [...cardRows(c, false), []]);
    const r = importWorkbook([sheet("档案", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["孙立新", "何佳慧"]);
    const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
    expect(r.records.Visits.map((v) => [v.keyPoints, v.clientId])).toEqual([
      ["介绍设备按揭方案", idOf("孙立新")],
      ["确认放款日期", idOf("孙立新")],
      ["了解进货周期", idOf("何佳慧")],
    ]);
  });

  it.each([
    [
      "简体",
      [
        ["姓名", "郑海涛", "性别", "男"],
        ["出生日期", "1976-03-12", "民族", "汉"],
        ["手机", "13922223333", "婚姻状况", "已婚"],
        ["工作单位", "厦门海涛贸易有限公司", "学历", "本科"],
        ["家庭住址", "厦门市思明区湖滨南路1号", "职务", "总经理"],
      ],
      "郑海涛",
    ],
    [
      "English",
      [
        ["Name", "Nora Quinn", "Gender", "F"],
        ["Date of birth", "1982-09-30", "Nationality", "Irish"],
        ["Mobile", "+353 85 555 0101", "Marital status", "Married"],
        ["Employer", "Quinn Dental", "Education", "MSc"],
        ["Address", "4 Harbour Road, Cork", "Job title", "Dentist"],
      ],
      "Nora Quinn",
    ],
  ] as [string, SourceCell[][], string][])(
    "reads a card whose right-hand labels are mostly words no field has as a form (%s)",
    (_, rows, name) => {
      const r = importWorkbook([sheet("Card", rows)]);
      expect(r.records.Clients.map((c) => c.name)).toEqual([name]);
      expect(r.issues.some((i) => i.code === "import.form-read")).toBe(true);
    }
  );

  it("reads a card whose phone and birthday say nothing (无, 不详) as a form still", () => {
    const r = importWorkbook([
      sheet("档案卡", [
        ["姓名", "周海燕", "电话", "无"],
        ["出生日期", "不详", "邮箱", "暂无"],
        ["单位", "青岛海燕渔具店", "职务", "店主"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周海燕"]);
    expect(r.issues.some((i) => i.code === "import.form-read")).toBe(true);
  });

  it.each([
    [
      "繁體, a name and a note under one word each",
      [
        ["客戶姓名", "電話", "備註"],
        ["林志豪", "0912-000-101", "老客戶"],
        ["黃美玲", "0912-000-102", "介紹人"],
      ],
      ["林志豪", "黃美玲"],
    ],
    [
      "English, three columns in another order",
      [
        ["Notes", "Mobile", "Name"],
        ["Met at the fair", "+44 7700 900101", "Ruth Pike"],
        ["Referred by Ruth", "+44 7700 900102", "Owen Hale"],
      ],
      ["Ruth Pike", "Owen Hale"],
    ],
  ] as [string, SourceCell[][], string[]][])(
    "reads a short table as a table, not as pairs: its records are no labels (%s)",
    (_, rows, names) => {
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.issues.some((i) => i.code === "import.form-read")).toBe(false);
      expect(r.records.Clients.map((c) => c.name)).toEqual(names);
    }
  );

  it("leaves a list with a header row a list, and a list of field pairs no form", () => {
    const list = importWorkbook([
      sheet("客户", [
        ["姓名", "手机"],
        ["赵一", "13800000001"],
        ["钱二", "13800000002"],
        ["孙三", "13800000003"],
        ["李四", "13800000004"],
      ]),
    ]);
    expect(list.records.Clients.map((c) => c.name)).toEqual(["赵一", "钱二", "孙三", "李四"]);
    expect(list.issues.some((i) => i.code === "import.form-read")).toBe(false);
    const pairs = importWorkbook([
      sheet("字段对照", [
        ["姓名", "客户名称"],
        ["手机", "电话"],
        ["单位", "工作单位"],
        ["生日", "出生日期"],
      ]),
    ]);
    expect(pairs.issues.some((i) => i.code === "import.form-read")).toBe(false);
    expect(pairs.records.Clients.map((c) => c.name)).not.toEqual(["客户名称"]);
  });

  it("leaves a header of three field words a table, whatever short text stands under it", () => {
    // Found by the formula-text property: short codes under Name | Notes | Address are records.
    const r = importWorkbook([
      sheet("Clients", [
        ["Name", "Notes", "Address"],
        ["=A#0", "=0", "=A"],
        ["=B#1", "=0", "=B"],
        ["=vAlue #2", "=0", "=vAlue "],
      ]),
    ]);
    expect(r.issues.some((i) => i.code === "import.form-read")).toBe(false);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["=A#0", "=B#1", "=vAlue #2"]);
  });
});
