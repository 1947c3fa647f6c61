/**
 * Columns repeating one record under a running number (Policy 1 | Policy 2 | Policy 3, 险种1 +
 * 保额1 | 险种2 + 保额2) hold one record per filled group; a policy cell "Plan 12345678" is a plan's
 * name and the policy's number.
 */
import { importWorkbook } from "../../src/importer";
import { numberedHeader } from "../../src/importer/numbered-groups";
import { planAndNumber } from "../../src/importer/normalize-row";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const AGENT_LIST: SourceCell[][] = [
  ["Client", "Date of Birth", "Mobile", "Policy 1", "Policy 2", "Policy 3", "Sum Assured"],
  [
    "Aaron Koh",
    "12/02/1980",
    "+65 9100 0001",
    "GreatLife 70010001",
    "ShieldPlus 70010002",
    null,
    "S$400k",
  ],
  ["Bella Ong", "03/09/1975", "+65 9100 0002", "GreatLife 70010003", null, null, "S$200k"],
  [
    "Chandra Pillai",
    "21/07/1969",
    "+65 9100 0003",
    "EduSaver 70010004",
    "ShieldPlus 70010005",
    "CareMax 70010006",
    "S$1m",
  ],
  ["Daphne Yeo", "30/11/1990", "+65 9100 0004", null, "ShieldPlus 70010007", null, "S$150k"],
  ["Edwin Lau", "05/05/1985", "+65 9100 0005", "GreatLife 70010008", null, null, "S$300k"],
];

describe("Policy 1 | Policy 2 | Policy 3 on an agent's list", () => {
  const r = importWorkbook([sheet("Clients of mine", AGENT_LIST)], {});
  const policiesOf = (name: string) => {
    const id = r.records.Clients.find((c) => c.name === name)?.clientId;
    return r.records.Insurance.filter((p) => p.clientId === id).map((p) => p.policyNo);
  };

  it("gives one policy per filled cell, each of its row's client", () => {
    expect(r.records.Clients).toHaveLength(5);
    expect(r.records.Insurance).toHaveLength(8);
    expect(policiesOf("Aaron Koh")).toEqual(["70010001", "70010002"]);
    expect(policiesOf("Chandra Pillai")).toEqual(["70010004", "70010005", "70010006"]);
    expect(policiesOf("Daphne Yeo")).toEqual(["70010007"]);
    expect(r.summary).toMatchObject({ sourceRows: 5, imported: 5, rejected: 0 });
  });

  it("keeps the plan's name in notes under the column it was written in", () => {
    const second = r.records.Insurance.find((p) => p.policyNo === "70010005");
    expect(String(second?.notes)).toContain("Policy 2: ShieldPlus");
    expect(second?.sumInsured ?? null).toBeNull();
  });

  it("says so once for the sheet, and the later columns are not reported as notes", () => {
    const told = r.issues.filter((i) => i.code === "import.numbered-groups");
    expect(told).toHaveLength(1);
    expect(told[0].params).toMatchObject({ count: 3, first: "D (Policy 1)" });
    expect(renderIssueMessage(told[0], "zh-CN")).toContain("编号栏");
    expect(renderIssueMessage(told[0], "zh-TW")).toContain("編號欄");
    const notes = r.issues.filter((i) => i.code === "map.unmapped-notes").map((i) => i.column);
    expect(notes).not.toContain("E (Policy 2)");
    const why = r.mappings[0].columns.find((c) => c.header === "Policy 3")?.reasons?.[0];
    expect(why?.code).toBe("map.why.numbered-group");
  });
});

describe("被保險人１ | 被保險人２: numbered people on one policy", () => {
  it("are a second insured on the row's policy, not a second policy", () => {
    const rows: SourceCell[][] = [
      ["續保保單號", "被保險人１", "總保險金額", "被保險人２", "總保險費", "要保人", "要保人 ID"],
    ];
    const people = ["江淑芬", "黃志明", "林美玲", "陳建宏", "吳雅婷", "蔡承翰"];
    people.forEach((p, i) =>
      rows.push([
        `22R85183${10 + i}`,
        p,
        590000 + i * 10000,
        i % 3 === 0 ? people[(i + 1) % people.length] : null,
        1472 + i,
        p,
        `E2509146${10 + i}`,
      ])
    );
    const r = importWorkbook([sheet("工作表1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(people.length);
    expect(r.records.Insurance.every((p) => p.policyNo !== null)).toBe(true);
    expect(r.issues.filter((i) => i.code === "import.numbered-groups")).toHaveLength(0);
    const first = r.records.Insurance.find((p) => p.policyNo === "22R8518310");
    expect(String(first?.notes)).toContain("黃志明");
  });
});

describe("险种1 + 保额1 | 险种2 + 保额2", () => {
  it("pairs each group's own columns", () => {
    const r = importWorkbook(
      [
        sheet("保单", [
          ["投保人", "手机", "险种1", "保额1", "险种2", "保额2"],
          ["周海燕", "13911110001", "平安福终身寿险", "50万", "e生保医疗险", "200万"],
          ["邓志刚", "13911110002", "金瑞人生年金险", "30万", null, null],
          ["邵丽华", "13911110003", "安心意外伤害险", "100万", "重疾保终身重大疾病保险", "40万"],
          ["冯建军", "13911110004", "平安福终身寿险", "80万", null, null],
        ]),
      ],
      { phoneRegion: "CN" }
    );
    expect(r.records.Insurance.map((p) => [p.clientId, p.type, p.sumInsured])).toEqual([
      ["C-0001", "life", 500000],
      ["C-0001", "medical", 2000000],
      ["C-0002", "annuity", 300000],
      ["C-0003", "accident", 1000000],
      ["C-0003", "critical-illness", 400000],
      ["C-0004", "life", 800000],
    ]);
  });
});

describe("numbered headers", () => {
  it.each([
    ["Policy 2", "policy#", 2],
    ["保单1", "保单#", 1],
    ["险种2名称", "险种#名称", 2],
    ["Sum Assured (3)", "sumassured#", 3],
  ])("%s → %s %d", (header, stem, n) => {
    expect(numberedHeader(header)).toEqual({ stem, n });
  });

  it.each(["1月", "6月日均", "Q2", "2024年", "Month 3", "Policy", "Plan 123", "第1期"])(
    "%s is no numbered group",
    (header) => expect(numberedHeader(header)).toBeNull()
  );
});

describe("a plan's name before the policy number", () => {
  it.each([
    ["PRUlife 12345678", "PRUlife", "12345678"],
    ["AIA Secure Flexi 34567890", "AIA Secure Flexi", "34567890"],
    ["安心保终身寿险 P2023000451", "安心保终身寿险", "P2023000451"],
  ])("%s is %s + %s", (text, plan, number) => {
    expect(planAndNumber(text)).toEqual({ plan, number });
  });

  it.each(["12345678", "NB 1234567", "Plan 12", "PRUlife"])("%s stays one value", (text) =>
    expect(planAndNumber(text)).toBeNull()
  );
});
