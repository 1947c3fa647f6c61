/**
 * A column about someone other than the row's client — a relative's income (配偶年收入, "Spouse
 * Income"), a household member's under a two-row header (家庭成员 | 年收入) — is never the client's
 * own field, however exactly its last words spell one. English relatives are words of the header
 * ("Contact Person" holds no son).
 */
import { importWorkbook } from "../../src/importer";
import { namesAnotherPersonsDetail } from "../../src/importer/family-columns";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

function fieldOf(r: ImportResult, header: string): string | null | undefined {
  for (const m of r.mappings) {
    const c = m.columns.find((col) => col.header === header);
    if (c) return c.field;
  }
  return undefined;
}

describe("another person's detail", () => {
  it.each([
    ["配偶年收入", true],
    ["子女1生日", true],
    ["家庭成员 年收入", true],
    ["家屬電話", true],
    ["Spouse Income", true],
    ["Daughter DOB", true],
    ["Household member income", true],
    ["Contact Person", false],
    ["Parent Company", false],
    ["Parent Account", false],
    ["Parent Occupation", true],
    ["Salesperson", false],
    ["Reason", false],
    ["家庭年收入", false],
    ["配偶", false],
    ["子女数", false],
    ["Kids", false],
  ])("%s → %s", (header, expected) => {
    expect(namesAnotherPersonsDetail(header)).toBe(expected);
  });

  it("简体: a household member's income under a two-row header is not the client's", () => {
    const people = INVENTED_PEOPLE["zh-CN"];
    const rows: SourceCell[][] = [
      ["客户姓名", "证件号码", "联系电话", "个人收入", "家庭成员", null, null],
      [null, null, null, null, "年收入", "与户主关系", "职业"],
    ];
    for (let i = 0; i < 8; i++)
      rows.push([
        people[i],
        `33010219800${i + 1}0${i + 1}12${i}X`,
        `1390000${String(1000 + i * 13)}`,
        30000 + i * 1000,
        20000 + i * 500,
        ["配偶", "子女", "父亲"][i % 3],
        ["务农", "学生", "个体"][i % 3],
      ]);
    const r = importWorkbook([sheet("农户信息", rows, ["E1:G1"])]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(fieldOf(r, "个人收入")).toBe("annualIncome");
    expect(fieldOf(r, "家庭成员 年收入")).toBeNull();
    expect(fieldOf(r, "家庭成员 职业")).toBeNull();
    expect(r.records.Clients[0].annualRevenue ?? null).toBeNull();
    expect(r.records.Clients[0].annualIncome).toBe(30000);
  });

  it("English: the spouse's income is not the client's; the contact person still is a contact", () => {
    const people = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = [["Client Name", "Email", "Contact Person", "Spouse Income"]];
    for (let i = 0; i < 8; i++)
      rows.push([people[i], `c${i}@example.com`, people[(i + 2) % 10], 40000 + i * 1000]);
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(fieldOf(r, "Spouse Income")).not.toBe("annualIncome");
    expect(fieldOf(r, "Spouse Income")).not.toBe("annualRevenue");
    expect(fieldOf(r, "Contact Person")).toBe("mainContact");
  });
});
