import * as path from "path";
import { importWorkbook } from "../../src/importer";
import { importIssuesSheet } from "../../src/importer/issues-sheet";
import type { ImportIssue, ImportResult } from "../../src/importer/types";
import { en } from "../../src/register/messages/en";
import { zhCN } from "../../src/register/messages/zh-CN";
import { zhTW } from "../../src/register/messages/zh-TW";
import { isMessageCode, renderIssueMessage, renderMessage } from "../../src/register/messages";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";
import { sheet } from "../importer/helpers";

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("give every code the same placeholders in all three languages", () => {
    for (const code of Object.keys(en) as (keyof typeof en)[]) {
      const names = new Set(placeholders(en[code]));
      for (const other of [zhCN[code], zhTW[code]]) {
        // A Chinese text may name a parameter the English one does not (ids instead of descriptions),
        // but never one that no caller sets: every name it uses is one the code's callers pass.
        expect(other.trim()).not.toBe("");
        for (const name of placeholders(other))
          if (!names.has(name)) expect(["otherIds"]).toContain(name);
      }
    }
  });

  it("render nested codes, field labels and sheet labels per language", () => {
    const params = { reason: "reason.required-empty", field: "name", column: "B (姓名)" };
    expect(renderMessage("import.row-rejected", params, "en")).toBe(
      "Row rejected: Name (B (姓名)) is empty."
    );
    expect(renderMessage("import.row-rejected", params, "zh-CN")).toBe(
      "行被拒绝：客户名称（B (姓名)）为空。"
    );
    expect(renderMessage("import.row-rejected", params, "zh-TW")).toBe(
      "資料列被拒絕：客戶名稱（B (姓名)）為空白。"
    );
  });

  it("quote a list of source texts in each language's marks and separator", () => {
    const params = { headers: ["Dept", "工號, 分機"] };
    expect(renderMessage("sheet.why.staff", params, "en")).toBe(
      'its headers "Dept", "工號, 分機" describe colleagues (departments, positions, staff numbers), not clients'
    );
    expect(renderMessage("sheet.why.staff", params, "zh-CN")).toBe(
      "其表头“Dept”、“工號, 分機”描述的是同事（部门、职位、工号），不是客户"
    );
    expect(renderMessage("sheet.why.staff", params, "zh-TW")).toBe(
      "其標題「Dept」、「工號, 分機」描述的是同事（部門、職位、員工編號），不是客戶"
    );
  });

  it("give a quoted placeholder the same marks in all three languages", () => {
    const quoted = (template: string) =>
      [...template.matchAll(/\{(\w+):quoted\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(en) as (keyof typeof en)[])
      for (const other of [zhCN[code], zhTW[code]]) expect(quoted(other)).toEqual(quoted(en[code]));
  });

  it("fall back to the English message for an issue without a known code", () => {
    const issue: ImportIssue = {
      sheet: "S",
      row: 2,
      column: null,
      field: null,
      value: null,
      message: "Something only English knows.",
      severity: "warning",
    };
    expect(renderIssueMessage(issue, "zh-TW")).toBe("Something only English knows.");
    expect(renderIssueMessage({ ...issue, code: "no.such-code" }, "zh-CN")).toBe(
      "Something only English knows."
    );
  });
});

describe("import issues carry codes", () => {
  let results: ImportResult[];
  beforeAll(async () => {
    const sample = importWorkbook(
      await readSourceWorkbook(path.join(__dirname, "../../assets/samples/messy-clients.xlsx"))
    );
    const small = importWorkbook(
      [
        sheet("Kunden", [
          ["客户名称", "电话", "风险偏好", "年收入", "爱好"],
          ["张三", "13800138000", "积极", "abc", "钓鱼"],
          [null, "13900139000", "保守", "100", null],
          ["张三", "13800138000", "稳健", "5万", null],
        ]),
        sheet("保单", [
          ["客户", "保单号", "保费"],
          ["王五", "P-1", "1000"],
        ]),
      ],
      { mapping: { "Unknown!*": "Nothing" } }
    );
    results = [sample, small];
  });

  it("every issue has a code whose English rendering is its message", () => {
    const issues = results.flatMap((r) => r.issues);
    expect(issues.length).toBeGreaterThan(10);
    for (const issue of issues) {
      expect(issue.code).toBeDefined();
      expect(renderIssueMessage(issue, "en")).toBe(issue.message);
    }
  });

  it("the Import Issues sheet of a Chinese register speaks Chinese", () => {
    const issues = results.flatMap((r) => r.issues);
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const grid = importIssuesSheet(issues, lang).grid ?? [];
      // A value's own problem comes from the normalisers, which give it a code too.
      for (const i of issues)
        if (i.params?.problem !== undefined) expect(isMessageCode(i.params.problem)).toBe(true);
      grid.slice(1).forEach((row) => {
        const message = String(row[5]);
        expect(message).toMatch(/[\u4e00-\u9fff]/);
        // Field keys are shown as labels.
        if (row[3] !== null) expect(String(row[3])).not.toMatch(/^[a-z]+[A-Z]\w*$/);
      });
    }
  });
});

describe("an import issue's value list", () => {
  test("names the values of the issue's own field (property: 房產 as an asset class, 財產險 as a policy type)", () => {
    const issue = (field: string) =>
      renderIssueMessage(
        {
          message: "",
          code: "enum.not-allowed",
          params: { value: "古董", allowed: "deposit, property" },
          field,
        },
        "zh-TW"
      );
    expect(issue("assetClass")).toContain("房產");
    expect(issue("assetClass")).not.toContain("財產險");
    expect(issue("insuranceType")).toContain("財產險");
  });
});
