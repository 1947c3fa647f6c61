/**
 * People nobody could reach, kept for something other than business: an exam's candidates, firms
 * an authority penalised, visitors checking in and out, employees on a pay run, and lists of first
 * names beside birthdays and birth years. No phone, e-mail or address reaches anyone, so nothing
 * is imported and the reason is shown in the user's language. The same lists with a way to reach
 * each person, a client word, or full names beside an amount stay client lists.
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
const FIRMS_CN = [
  "安丘宝利生物科技有限公司",
  "青州宏达铸造厂",
  "寿光润达化工有限公司",
  "昌邑恒丰纺织有限公司",
  "龙口金桥机械有限公司",
  "莱州瑞祥食品有限公司",
  "招远永盛热电有限公司",
  "沂水聚丰建材厂",
];
const FIRMS_TW = [
  "宏達精密股份有限公司",
  "永盛化工有限公司",
  "金橋機械股份有限公司",
  "瑞祥食品有限公司",
  "聚豐建材行",
  "恆豐紡織股份有限公司",
  "泰和塑膠有限公司",
  "鑫源金屬有限公司",
];
const FIRMS_EN = [
  "Brixton Castings Ltd",
  "Westvale Chemicals Inc",
  "Maplewood Plastics LLC",
  "Harbor Tannery Co",
  "Lakemont Foundry Ltd",
  "Redfern Paper Mills Inc",
  "Oakridge Dyeworks LLC",
  "Summit Cement Co",
];

function read(name: string, rows: SourceCell[][]) {
  const r = importWorkbook([sheet(name, rows)]);
  const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
  return { r, mapping: r.mappings[0], issue };
}

function day(m: number, d: number, y = 2026): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function time(h: number, m: number): Date {
  return new Date(Date.UTC(1899, 11, 31, h, m));
}

function leftOut(name: string, rows: SourceCell[][], shown: string) {
  const { r, mapping, issue } = read(name, rows);
  expect(mapping.registerSheet ?? null).toBeNull();
  expect(r.records.Clients ?? []).toHaveLength(0);
  expect(issue?.message).toContain(shown);
  return mapping;
}

function kept(name: string, rows: SourceCell[][]) {
  const { r, mapping } = read(name, rows);
  expect(mapping.registerSheet).toBe("Clients");
  expect((r.records.Clients ?? []).length).toBeGreaterThan(0);
}

describe("people kept for an exam, a penalty, check-ins or a pay run, reaching no one", () => {
  it("leaves out an exam office's candidates in every language", () => {
    const cases: { header: string[]; names: string[] }[] = [
      { header: ["考生姓名", "报考级别", "报考专业", "证书管理号", "报名地市"], names: ZH_CN },
      { header: ["考生姓名", "報考級別", "報考科目", "證書號碼", "報名縣市"], names: ZH_TW },
      { header: ["Examinee", "Exam Level", "Subject", "Certificate No", "City"], names: EN },
    ];
    for (const { header, names } of cases) {
      const rows: SourceCell[][] = [
        header,
        ...names.map((n, i) => [n, (i % 2) * 3 + 1, 11 + (i % 4), 3420250942000 + i * 17, "武汉"]),
      ];
      leftOut("Sheet1", rows, header[1]);
    }
  });

  it("leaves out firms an authority penalised, one row per notice", () => {
    const cases = [
      { header: ["企业名称", "统一社会信用代码", "处罚公布时间", "罚款"], firms: FIRMS_CN },
      { header: ["公司名稱", "統一編號", "處罰日期", "罰款金額"], firms: FIRMS_TW },
      { header: ["Company", "Registration No", "Penalty Date", "Penalty Amount"], firms: FIRMS_EN },
    ];
    for (const { header, firms } of cases) {
      const rows: SourceCell[][] = [
        header,
        ...firms.map((f, i) => [f, `91370784K1PHG24E${i}9`, day(1 + i, 3, 2017), 10000 * (i + 1)]),
      ];
      leftOut("Sheet1", rows, header[2]);
    }
  });

  it("leaves out visitors checking in and out of places", () => {
    const venues = ["Lucky Plaza", "AMK Hub", "Bugis Junction"];
    const cases = [
      { header: ["Name", "Location", "Date", "Check-In", "Check-Out"], names: EN },
      { header: ["姓名", "地点", "日期", "签到时间", "签退时间"], names: ZH_CN },
      { header: ["姓名", "地點", "日期", "簽到時間", "簽退時間"], names: ZH_TW },
    ];
    for (const { header, names } of cases) {
      const rows: SourceCell[][] = [
        header,
        ...names.map((n, i) => [
          n,
          venues[i % 3],
          day(1, 4 + i, 2021),
          time(9 + (i % 5), 0),
          time(17, 30),
        ]),
      ];
      leftOut("1", rows, header[3]);
    }
  });

  it("leaves out employees' pay inputs", () => {
    const cases = [
      {
        header: ["First name", "Last name", "Salary", "Super"],
        rows: EN.map((n, i) => [n.split(" ")[0], n.split(" ")[1], 64250 + i * 1000, 0.095]),
      },
      {
        header: ["姓名", "基本工资", "绩效", "实发工资"],
        rows: ZH_CN.map((n, i) => [n, 5200 + i * 100, 800, 5600 + i * 100]),
      },
      {
        header: ["姓名", "本薪", "加給", "實發薪資"],
        rows: ZH_TW.map((n, i) => [n, 36000 + i * 500, 2000, 37000 + i * 500]),
      },
    ];
    for (const { header, rows } of cases) leftOut("Sheet1", [header, ...rows], header[3]);
  });

  it("says why in English, 简体 and 繁體, never a raw key", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      for (const pursuit of ["exam", "penalty", "attendance", "pay"]) {
        const text = renderMessage(
          "sheet.why.unreached-pursuit",
          { headers: ["罚款"], pursuit: `pursuit.${pursuit}` },
          lang
        );
        expect(text).toContain("罚款");
        expect(text).not.toMatch(/pursuit\.|sheet\.why/);
      }
      const names = renderMessage(
        "sheet.why.unreached-first-names",
        { header: ["Family"], examples: ["Mom", "Beth"] },
        lang
      );
      expect(names).toContain("Family");
      expect(names).toContain("Beth");
      expect(names).not.toMatch(/sheet\.why/);
    }
    expect(renderMessage("pursuit.exam", {}, "zh-TW")).toBe("考試及考生");
    expect(renderMessage("pursuit.pay", {}, "zh-CN")).toBe("员工的工资");
  });
});

describe("first names only, beside dates and years, reaching no one", () => {
  it("leaves out a family birthday list", () => {
    const names = ["Mom", "Beth", "Kyle", "Lacey", "Jordan", "Megan", "Rusty", "Casey"];
    const rows: SourceCell[][] = [
      ["Family", "Birthday", "Sobriety Date"],
      ...names.map((n, i) => [n, day(1 + i, 10 + i), i < 3 ? "na" : day(12 - i, 2 + i)]),
    ];
    leftOut("Sheet1", rows, "Family");
  });

  it("leaves out an audience whose surnames and e-mails were emptied", () => {
    const names = ["Adam", "Adèle", "Catherine", "Catherine", "Julie", "Olivier", "Zoé", "Pierre"];
    const rows: SourceCell[][] = [
      ["PRENOM", "NOM", "EMAIL", "CODE POSTAL", "ANNÉE DE NAISSANCE"],
      ...names.map((n, i) => [n, null, null, 1003 + i * 7, i === 2 ? "30.08.1994" : 1950 + i * 5]),
    ];
    leftOut("Rencontres_2026", rows, "PRENOM");
  });
});

describe("client lists, however thin, stay client lists", () => {
  it("keeps the same lists when a phone reaches each person", () => {
    kept("Sheet1", [
      ["考生姓名", "报考级别", "手机"],
      ...ZH_CN.map((n, i) => [n, 4, `1380013${String(8000 + i)}`]),
    ]);
    kept("Sheet1", [
      ["姓名", "地點", "簽到時間", "電話"],
      ...ZH_TW.map((n, i) => [n, "台北", time(9, i), `0912-345-${String(600 + i)}`]),
    ]);
    kept("Sheet1", [
      ["Name", "Salary", "Phone"],
      ...EN.map((n, i) => [n, 60000 + i * 1000, `(520) 555-01${10 + i}`]),
    ]);
  });

  it("keeps a list that calls its rows clients, whatever else it records", () => {
    kept("Sheet1", [
      ["客户名称", "罚款", "处罚日期"],
      ...FIRMS_CN.map((f, i) => [f, 1000 * (i + 1), day(2, 1 + i, 2024)]),
    ]);
    kept("Sheet1", [
      ["Client", "Birthday"],
      ...["Mom", "Beth", "Kyle", "Lacey", "Jordan", "Megan"].map((n, i) => [n, day(1 + i, 3)]),
    ]);
  });

  it("keeps first names beside an amount; full names are not first names only", () => {
    kept("Sheet1", [
      ["Name", "Balance", "Plan"],
      ...["Beth", "Kyle", "Lacey", "Jordan", "Megan", "Rusty"].map((n, i) => [
        n,
        1200 + i * 35,
        "Gold",
      ]),
    ]);
    // Full names beside birthdays say nothing of business either, but they are not this list.
    const { mapping } = read("Sheet1", [
      ["First Name", "Last Name", "Birthday"],
      ...EN.map((n, i) => [n.split(" ")[0], n.split(" ")[1], day(1 + (i % 12), 5, 1970 + i)]),
    ]);
    expect(mapping.reasonCoded?.code ?? "").not.toMatch(/unreached/);
  });
});
