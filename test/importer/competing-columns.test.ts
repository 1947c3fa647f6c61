/**
 * What a person does with columns that only look like a field: a phone cell of words is a note,
 * a count of staff is not a person, two columns exactly named for one field give it to the more
 * specific spelling, and a product name's head word says its type.
 */
import { importWorkbook } from "../../src/importer";
import { enumChoices, parseEnum, parsePhone } from "../../src/importer/normalize";
import type { SourceCell } from "../../src/importer/types";
import { sheetDef } from "../../src/register/sheets";
import { sheet } from "./helpers";

const choices = (sheetKey: "Insurance" | "Clients", field: string) =>
  enumChoices(sheetDef(sheetKey).fields.find((f) => f.key === field)?.values ?? []);

describe("a phone cell that holds words", () => {
  it("is not a phone number, but a short number or a labelled number is", () => {
    const words = parsePhone("暫不公開（請利用yes123投遞履歷）");
    expect(words).toMatchObject({ ok: false, code: "phone.words" });
    expect(parsePhone("暫不公開")).toMatchObject({ ok: false, code: "phone.no-digits" });
    for (const kept of ["8123", "0755-88888888 转 123", "手机13800001234", "Tel: (02) 2000-1234"])
      expect(parsePhone(kept)).toEqual({ ok: true, value: kept });
  });

  it("goes to notes, with a warning, and the client keeps no phone", () => {
    const rows: SourceCell[][] = [["公司名稱", "公司電話"]];
    for (let i = 1; i <= 8; i++)
      rows.push([
        `宏致${i}有限公司`,
        i === 3 ? "暫不公開（請利用yes123投遞履歷）" : `03-200044${i}`,
      ]);
    const r = importWorkbook([sheet("工作表一", rows)]);
    const third = r.records.Clients.find((c) => c.name === "宏致3有限公司");
    expect(third?.phone ?? null).toBeNull();
    expect(third?.notes).toContain("暫不公開");
    expect(r.issues.some((i) => i.row === 4 && i.severity === "warning")).toBe(true);
  });
});

describe("headers a person reads by their head word", () => {
  it("a count of employees is no person; a company category is its trade; a company description its business", () => {
    const rows: SourceCell[][] = [["公司名稱", "公司類別", "公司說明", "員工數量", "公司電話"]];
    const trades = ["建築工程", "電子製造", "餐飲服務"];
    for (let i = 1; i <= 12; i++)
      rows.push([
        `宏致${i}有限公司`,
        trades[i % 3],
        `專營${trades[i % 3]}相關業務`,
        10 * i,
        `03-20004${10 + i}`,
      ]);
    const r = importWorkbook([sheet("工作表一", rows)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields).toEqual(["name", "industry", "mainBusiness", null, "phone"]);
    expect(r.records.Clients[0].industry).toBe(trades[1]);
  });
});

describe("two columns exactly named for one field", () => {
  it("the more specific spelling takes it (起保时间 over 承保时间), the other goes to notes", () => {
    const rows: SourceCell[][] = [["保单号", "被保险人", "承保时间", "起保时间"]];
    for (let i = 1; i <= 6; i++)
      rows.push([`P${1000 + i}`, `客户${i}`, "2019-08-30", "2019-09-01"]);
    const r = importWorkbook([sheet("保单信息", rows)]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBe("Insurance");
    expect(m.columns.map((c) => c.field).slice(2)).toEqual([null, "startDate"]);
    expect(r.records.Insurance[0].startDate).toBe("2019-09-01");
    expect(r.records.Insurance[0].notes).toContain("承保时间: 2019-08-30");
  });
});

describe("a product or label's head word", () => {
  it("names the choice, unless the word before negates or grades it", () => {
    const types = choices("Insurance", "type");
    expect(parseEnum("7天境内旅行意外险", types)).toEqual({ ok: true, value: "accident" });
    expect(parseEnum("少儿终身寿险", types)).toEqual({ ok: true, value: "life" });
    expect(parseEnum("未生效", choices("Insurance", "status")).ok).toBe(false);
    expect(parseEnum("中低风险", choices("Clients", "riskProfile")).ok).toBe(false);
  });
});
