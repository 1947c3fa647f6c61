/**
 * Columns a person reads by what they hold (session 9, issue 9): a visit log's 沟通要点 / 談話重點
 * are what was discussed and 下次追蹤日 the next visit's date; a leads template's 类型 holding kinds
 * of property or business (物业, 工厂, 写字楼) is no client kind; an ID number whose check digit
 * fails is still a person's, and a column of them is told once, not on every row.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { ImportIssue, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(
  r: ReturnType<typeof importWorkbook>,
  sheetName: string
): Record<string, string | null> {
  const mapping = r.mappings.find((m) => m.sheet === sheetName);
  return Object.fromEntries((mapping?.columns ?? []).map((c) => [c.header, c.field]));
}

const CLIENTS: SourceCell[][] = [
  ["客户姓名", "手机"],
  ["周佩君", "13800007001"],
  ["郭志远", "13800007002"],
];

describe("a visit log's key points and next date", () => {
  it.each([
    ["沟通要点", "下次跟进时间"],
    ["談話重點", "下次追蹤日"],
    ["洽谈要点", "下次拜访日"],
    ["拜访要点", "Next Follow-up"],
  ])("%s is what was discussed and %s the next visit's date", (points, next) => {
    const log: SourceCell[][] = [
      ["拜访日期", "客户", points, next],
      ["2026/10/05", "周佩君", "确认续保意愿", "2026/11/05"],
      ["2026/10/07", "郭志远", "年金规划说明", "2026/12/01"],
    ];
    const r = importWorkbook([sheet("客户", CLIENTS), sheet("拜访记录", log)]);
    expect(fieldsOf(r, "拜访记录")).toEqual({
      拜访日期: "visitOn",
      客户: "clientName",
      [points]: "keyPoints",
      [next]: "nextVisitOn",
    });
    expect(r.records.Visits.map((v) => [v.keyPoints, v.nextVisitOn, v.notes])).toEqual([
      ["确认续保意愿", "2026-11-05", null],
      ["年金规划说明", "2026-12-01", null],
    ]);
  });
});

describe("类型 holding kinds of property or business", () => {
  const rows: SourceCell[][] = [
    ["客户名称", "联系人", "电话", "类型"],
    ["海城小区物业管理处", "郑经理", "13800007101", "物业"],
    ["金桥建材市场", "韩先生", "13800007102", "商业"],
    ["宏达机械有限公司", "李主任", "13800007103", "工厂"],
    ["翠湖花园业主委员会", "王女士", "13800007104", "住宅"],
    ["环球中心大厦", "陈先生", "13800007105", "写字楼"],
  ];
  const r = importWorkbook([sheet("客户导入模板", rows)]);

  it("is no client kind: the values stay with the client in notes, without a warning", () => {
    expect(fieldsOf(r, "客户导入模板")["类型"]).not.toBe("kind");
    const notes = r.records.Clients.map((c) => String(c.notes ?? ""));
    expect(notes.filter((n) => /类型: (物业|商业|工厂|住宅|写字楼)/.test(n))).toHaveLength(5);
    expect(r.issues.filter((i) => i.severity === "warning")).toEqual([]);
  });

  it("leaves the kind to the names: an organisation's name is an enterprise's", () => {
    const kinds = Object.fromEntries(r.records.Clients.map((c) => [c.name, c.kind]));
    expect(kinds["海城小区物业管理处"]).toBe("enterprise");
    expect(kinds["宏达机械有限公司"]).toBe("enterprise");
    expect(kinds["翠湖花园业主委员会"]).toBe("enterprise");
    // 住宅 on its row made no one a person.
    expect(Object.values(kinds)).not.toContain("person");
  });
});

/** A row's own warning that its ID number fails the check digit. */
const checksumOfRow = (i: ImportIssue): boolean =>
  i.code === "value.warning" && i.params?.problem === "value.id-number-checksum";

describe("an ID number whose check digit fails", () => {
  // Invented numbers in the right shape, each with a wrong check digit.
  const FAILING_CN = ["110101199003070010", "310104198512120021", "440305197708080032"];
  const FAILING_TW = ["A123456788", "B223456780", "F134567891"];

  it.each([
    ["证件号码", FAILING_CN],
    ["身分證字號", FAILING_TW],
  ])("under %s still makes the client a person", (header, ids) => {
    const rows: SourceCell[][] = [["客户姓名", header, "手机"]];
    ["周佩君", "郭志远", "王芳"].forEach((n, i) => rows.push([n, ids[i], `1380000720${i}`]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(["person", "person", "person"]);
    expect(r.records.Clients.map((c) => c.idNumber)).toEqual(ids);
    expect(r.issues.some((i) => i.code === "import.kind-from-id-numbers")).toBe(true);
  });

  it("is told once for a column where every number fails, with a count and examples, in every language", () => {
    const rows: SourceCell[][] = [["客户姓名", "证件号码"]];
    ["周佩君", "郭志远", "王芳"].forEach((n, i) => rows.push([n, FAILING_CN[i]]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.issues.filter(checksumOfRow)).toEqual([]);
    const told = r.issues.filter((i) => i.code === "value.id-number-checksum-column");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      sheet: "客户",
      row: null,
      field: "idNumber",
      severity: "warning",
    });
    expect(told[0].params).toMatchObject({ count: 3 });
    expect(renderIssueMessage(told[0], "en")).toContain("110101199003070010");
    expect(renderIssueMessage(told[0], "zh-CN")).toContain("3 个证件号码校验位不符");
    expect(renderIssueMessage(told[0], "zh-TW")).toContain("3 個證件號碼檢查碼不符");
  });

  it("is told on its own row when the column's other numbers hold", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "证件号码"],
      ["周佩君", "11010519491231002X"],
      ["郭志远", FAILING_CN[0]],
      ["王芳", "110101199003074573"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.issues.filter((i) => i.code === "value.id-number-checksum-column")).toEqual([]);
    const rowIssues = r.issues.filter(checksumOfRow);
    expect(rowIssues.map((i) => i.row)).toEqual([3]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(["person", "person", "person"]);
  });

  it("under a client-number header makes no one a person (an 18-digit account number is no ID)", () => {
    const rows: SourceCell[][] = [["客户号", "客户名称"]];
    ["海城物流", "金桥建材", "宏达机械"].forEach((n, i) => rows.push([FAILING_CN[i], n]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.kind ?? null)).not.toContain("person");
  });
});
