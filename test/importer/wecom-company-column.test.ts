/**
 * A WeCom (企业微信) customer export with a 企业名称 column: each row is a person some staff member
 * added, and 企业名称 is the company the person gave (blank for a plain WeChat user). The person is
 * the client and the company their employer — decided by the list's evidence (the company blank
 * where the person is not, staff who added them, a WeChat source), never by one header.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

const PEOPLE: [string, string, string, string][] = [
  // person, company (blank for a WeChat user), staff who added them, source
  ["余婷", "", "赵丽娜", "微信"],
  ["石磊", "上海远帆科技有限公司", "赵丽娜", "企业微信"],
  ["Lucy", "", "陈思远", "微信"],
  ["刘洋", "北京恒达贸易有限公司", "陈思远", "企业微信"],
  ["阳光小雨", "", "赵丽娜", "微信"],
];

function wecomList(header: string[], row: (p: (typeof PEOPLE)[number], i: number) => SourceCell[]) {
  return [header, ...PEOPLE.map(row)];
}

describe("a WeCom customer export with a 企业名称 column", () => {
  const rows = wecomList(
    ["外部联系人", "企业名称", "添加人", "添加时间", "标签", "备注", "手机号", "来源"],
    ([person, company, staff, source], i) => [
      person,
      company,
      staff,
      `2024-06-1${i} 10:00`,
      "",
      "",
      `1361612345${i}`,
      source,
    ]
  );
  const r = importWorkbook([sheet("客户列表", rows)], { phoneRegion: "CN" });

  it("takes the person as the client and the company as their employer", () => {
    expect(fieldsOf(r)).toMatchObject({
      外部联系人: "name",
      企业名称: "employer",
      添加人: "owner",
      添加时间: "clientSince",
      手机号: "phone",
    });
    expect(r.records.Clients.map((c) => [c.name, c.employer ?? null])).toEqual([
      ["余婷", null],
      ["石磊", "上海远帆科技有限公司"],
      ["Lucy", null],
      ["刘洋", "北京恒达贸易有限公司"],
      ["阳光小雨", null],
    ]);
  });

  it("rejects no WeChat user's row and marks every client a person, told once in every language", () => {
    expect(r.rows.map((x) => x.outcome)).toEqual(Array(PEOPLE.length).fill("imported"));
    expect(r.records.Clients.every((c) => c.kind === "person")).toBe(true);
    const told = r.issues.filter((i) => i.code === "import.kind-from-contact-list");
    expect(told).toHaveLength(1);
    expect(renderIssueMessage(told[0], "zh-CN")).toContain("企业微信");
    expect(renderIssueMessage(told[0], "zh-TW")).toContain("標為個人");
    expect(r.issues.some((i) => i.code === "import.kind-from-company-columns")).toBe(false);
  });

  it("says why in the mapping", () => {
    const name = r.mappings[0].columns.find((c) => c.header === "外部联系人");
    expect(name?.reasons?.map((x) => x.code)).toContain("map.why.contact-is-client");
  });
});

describe("the same evidence, two witnesses at a time", () => {
  it("a company blank where the person is not, and staff who added them, are enough", () => {
    const rows = wecomList(["联系人", "企业名称", "添加人", "手机号"], ([p, c, s], i) => [
      p,
      c,
      s,
      `1361612345${i}`,
    ]);
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(fieldsOf(r)).toMatchObject({ 联系人: "name", 企业名称: "employer" });
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
  });

  it("an external-contact header alone is not enough: a company list with its contacts stays one", () => {
    const rows: SourceCell[][] = [
      ["外部联系人", "企业名称", "手机号"],
      ["郑经理", "海城物业管理有限公司", "13800008001"],
      ["韩先生", "金桥建材有限公司", "13800008002"],
      ["李主任", "宏达机械有限公司", "13800008003"],
    ];
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(fieldsOf(r)).toMatchObject({ 外部联系人: "mainContact", 企业名称: "name" });
    expect(r.records.Clients.map((c) => c.kind)).toEqual([
      "enterprise",
      "enterprise",
      "enterprise",
    ]);
  });

  it("a company list's contact column with a few blank companies and nothing else stays the contact", () => {
    const rows: SourceCell[][] = [
      ["联系人", "企业名称", "手机号"],
      ["郑经理", "海城物业管理有限公司", "13800008001"],
      ["韩先生", "", "13800008002"],
      ["李主任", "宏达机械有限公司", "13800008003"],
    ];
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(fieldsOf(r)).toMatchObject({ 联系人: "mainContact", 企业名称: "name" });
  });
});
