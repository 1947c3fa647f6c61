/**
 * When no column gives a client's kind, it is read as a person filling the register would: a name
 * in a company's or public body's form is an enterprise, a personal ID number a person; anything
 * else stays open. Said once per sheet.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const kinds = (r: ReturnType<typeof importWorkbook>) =>
  r.records.Clients.map((c) => [c.name, c.kind ?? null]);
const notesOf = (r: ReturnType<typeof importWorkbook>, code: string) =>
  r.issues.filter((i) => i.code === code);

describe("the client kind read from names and ID numbers", () => {
  it("a name in a company's or public body's form is an enterprise; a plain name stays open", () => {
    const rows: SourceCell[][] = [
      ["集团名称", "客户经理", "联系电话"],
      ["杭州云栖智造有限公司", "周敏", "0571-87650231"],
      ["浙江省人民医院", "周敏", "0571-87650232"],
      ["杭州市西湖区国家税务局", "李强", "0571-87650233"],
      ["杭州第二中学", "李强", "0571-87650234"],
      ["浙江数据交换中心", "李强", "0571-87650235"],
      ["华联超市（望京店）", "李强", "0571-87650236"],
      ["王建国", "周敏", "13800001111"],
    ];
    const r = importWorkbook([sheet("客户信息", rows)]);
    expect(kinds(r)).toEqual([
      ["杭州云栖智造有限公司", "enterprise"],
      ["浙江省人民医院", "enterprise"],
      ["杭州市西湖区国家税务局", "enterprise"],
      ["杭州第二中学", "enterprise"],
      ["浙江数据交换中心", "enterprise"],
      ["华联超市（望京店）", "enterprise"],
      ["王建国", null],
    ]);
    const said = notesOf(r, "import.kind-from-names");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", row: null, field: "kind" });
  });

  it("English legal forms and bodies are enterprises, people are not", () => {
    const rows: SourceCell[][] = [
      ["Account Name", "Industry", "Phone"],
      ["Harrowgate Logistics Ltd", "Logistics", "+44 20 7946 0018"],
      ["Kowloon Bay Trading Limited", "Trading", "+852 2345 6789"],
      ["Pemberton & Hale LLP", "Legal", "+44 20 7946 0019"],
      ["Brandt Maschinenbau GmbH", "Engineering", "+49 30 1234567"],
      ["Nestor Foods S.A.", "Food", "+41 21 924 1111"],
      ["St Mary's Hospital", "Health", "+44 20 7946 0020"],
      ["James Porter", "Private", "+44 7700 900123"],
      ["Agnes Sa", "Private", "+44 7700 900124"],
    ];
    const r = importWorkbook([sheet("Key Accounts", rows)]);
    const byName = Object.fromEntries(kinds(r));
    expect(byName).toMatchObject({
      "Harrowgate Logistics Ltd": "enterprise",
      "Kowloon Bay Trading Limited": "enterprise",
      "Pemberton & Hale LLP": "enterprise",
      "Brandt Maschinenbau GmbH": "enterprise",
      "Nestor Foods S.A.": "enterprise",
      "St Mary's Hospital": "enterprise",
      "James Porter": null,
      "Agnes Sa": null,
    });
    expect(notesOf(r, "import.kind-from-names")).toHaveLength(1);
  });

  it("a personal ID number, as the client id or in an ID column, makes a person", () => {
    const tw: SourceCell[][] = [
      ["客戶ID", "戶名", "行動電話"],
      ["A123456789", "林志明", "0932-382-786"],
      ["F131104093", "王美玲", "0912-345-678"],
      ["C001", "陳建宏", "0922-111-222"],
    ];
    const r = importWorkbook([sheet("客戶資料", tw)]);
    expect(kinds(r)).toEqual([
      ["林志明", "person"],
      ["王美玲", "person"],
      ["陳建宏", null],
    ]);
    const said = notesOf(r, "import.kind-from-id-numbers");
    expect(said).toHaveLength(1);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code ?? "", said[0].params ?? {}, lang)).toBeTruthy();

    const cn: SourceCell[][] = [
      ["姓名", "身份证号", "手机"],
      ["张伟", "11010519491231002X", "13800001111"],
      ["李娜", "110105194912310021", "13800001112"],
    ];
    const rc = importWorkbook([sheet("客户", cn)]);
    // The second number's check character is wrong, but under an ID-number header it is still a
    // person's ID in shape (a real birth date inside): a mistyped digit is reported, not a company.
    expect(kinds(rc)).toEqual([
      ["张伟", "person"],
      ["李娜", "person"],
    ]);
    // As a client number, only a number whose check holds is taken as a person's ID.
    const ids: SourceCell[][] = [
      ["客户号", "客户名称", "手机"],
      ["11010519491231002X", "张伟", "13800001111"],
      ["110105194912310021", "李娜", "13800001112"],
    ];
    expect(kinds(importWorkbook([sheet("客户", ids)]))).toEqual([
      ["张伟", "person"],
      ["李娜", null],
    ]);
  });

  it("a kind column, even with empty cells, is what the person wrote: nothing is read from names", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "客户类型", "联系电话"],
      ["杭州云栖智造有限公司", "", "0571-87650231"],
      ["王建国", "个人", "13800001111"],
    ];
    const r = importWorkbook([sheet("客户信息", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("kind");
    expect(kinds(r)).toEqual([
      ["杭州云栖智造有限公司", null],
      ["王建国", "person"],
    ]);
    expect(notesOf(r, "import.kind-from-names")).toHaveLength(0);
  });
});

describe("a trust is not a person", () => {
  it("reads Trust / Family Trust / 信托 / 家族信託 in a kind column as an organisation", () => {
    const rows = [
      ["Client Name", "Entity Type"],
      ["The Calloway Family Trust", "Trust"],
      ["Harper Holdings LLC", "LLC"],
      ["Nora Vance", "Individual"],
      ["Alder Family Trust", "Family Trust"],
      ["林氏家族信託", "家族信託"],
      ["周氏信托", "信托"],
    ];
    const r = importWorkbook([{ name: "Clients", rows, merges: [] }]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual([
      "enterprise",
      "enterprise",
      "person",
      "enterprise",
      "enterprise",
      "enterprise",
    ]);
  });
});
