/**
 * An agent's household roster (户主 | 成员姓名 | 关系 | 出生日期 | 已购保险): every person's row lists
 * what that person holds. A person reads one policy per product and person: held by the
 * household's client, insured the person of the row (the client on their own row, the relative
 * on a relative's row), the relative's relation said beside it. Invented names only.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

type Lang = "zh-CN" | "zh-TW";

/** One roster in either script, its columns in the order given. */
function roster(lang: Lang, order: readonly number[]) {
  const header =
    lang === "zh-CN"
      ? ["户主", "成员姓名", "关系", "出生日期", "已购保险", "备注"]
      : ["戶長", "成員姓名", "關係", "出生日期", "已購保險", "備註"];
  const w = (cn: string, tw: string) => (lang === "zh-CN" ? cn : tw);
  const rows: SourceCell[][] = [
    ["顾明远", "顾明远", "本人", "1979-03-02", w("重疾险、医疗险", "重疾險、醫療險"), ""],
    ["", "沈若兰", "配偶", "1981年7月9日", w("意外险", "意外險"), w("有高血压", "有高血壓")],
    ["", "顾小舟", w("儿子", "兒子"), "2012.05.20", w("少儿重疾、重疾险", "少兒重疾、重疾險"), ""],
    [],
    ["陶文静", "陶文静", "本人", "1985-11-11", w("寿险/医疗", "壽險/醫療"), ""],
    ["", "陶德明", w("父亲", "父親"), "1957-01-30", "", ""],
    ["", "梁启航", "配偶", "1984-02-14", w("年金险", "年金險"), ""],
  ];
  const pick = (row: readonly SourceCell[]) => (row.length === 0 ? [] : order.map((i) => row[i]));
  return sheet(w("家庭成员", "家庭成員"), [pick(header), ...rows.map(pick)]);
}

const policies = (r: ImportResult) =>
  r.records.Insurance.map((p) => [
    r.records.Clients.find((c) => c.clientId === p.clientId)?.name,
    p.insured,
    p.type,
  ]);

describe.each<[Lang, number[]]>([
  ["zh-CN", [0, 1, 2, 3, 4, 5]],
  ["zh-TW", [0, 1, 2, 3, 4, 5]],
  ["zh-CN", [1, 2, 4, 0, 3, 5]],
  ["zh-TW", [2, 1, 0, 5, 4, 3]],
])("a household roster's held insurance (%s, columns %j)", (lang, order) => {
  const r = importWorkbook([roster(lang, order)]);

  it("keeps the households' clients and their family", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["顾明远", "陶文静"]);
    expect(r.records.Family.map((f) => f.memberName)).toEqual([
      "沈若兰",
      "顾小舟",
      "陶德明",
      "梁启航",
    ]);
  });

  it("makes one policy per type and person, held by the client, insured the row's person", () => {
    expect(policies(r)).toEqual([
      ["顾明远", "顾明远", "critical-illness"],
      ["顾明远", "顾明远", "medical"],
      ["顾明远", "沈若兰", "accident"],
      ["顾明远", "顾小舟", "critical-illness"],
      ["陶文静", "陶文静", "life"],
      ["陶文静", "陶文静", "medical"],
      ["陶文静", "梁启航", "annuity"],
    ]);
  });

  it("says a relative's relation beside their policy, and keeps both products of one type", () => {
    const of = (insured: string) => r.records.Insurance.filter((p) => p.insured === insured);
    expect(of("沈若兰")[0].notes).toBe(lang === "zh-CN" ? "关系: 配偶" : "關係: 配偶");
    expect(of("顾小舟")).toHaveLength(1);
    expect(of("顾小舟")[0].notes).toContain(
      lang === "zh-CN" ? "少儿重疾、重疾险" : "少兒重疾、重疾險"
    );
    expect(of("顾小舟")[0].notes).toContain(lang === "zh-CN" ? "关系: 儿子" : "關係: 兒子");
    expect(of("顾明远").every((p) => p.notes === null || p.notes === undefined)).toBe(true);
  });

  it("leaves the held insurance out of the family's notes, and their own notes in", () => {
    const spouse = r.records.Family.find((f) => f.memberName === "沈若兰");
    expect(spouse?.notes).toContain(lang === "zh-CN" ? "有高血压" : "有高血壓");
    expect(String(spouse?.notes)).not.toMatch(/意外/);
  });

  it("says once, in the three languages, how many policies are the relatives'", () => {
    const said = r.issues.filter((i) => i.code === "import.policies-of-household-members");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 3 });
    const params = said[0].params ?? {};
    expect(renderMessage(said[0].code ?? "", params, "en")).toMatch(
      /^3 of these policies .* relative's row .* insured/
    );
    expect(renderMessage(said[0].code ?? "", params, "zh-CN")).toMatch(
      /^其中 3 张保单.*被保险人是该亲属/
    );
    expect(renderMessage(said[0].code ?? "", params, "zh-TW")).toMatch(
      /^其中 3 張保單.*被保險人是該親屬/
    );
    const made = r.issues.find((i) => i.code === "import.policies-from-held");
    expect(made?.params).toMatchObject({ count: 7 });
  });

  it("prints the name column as the members' names and the relation as theirs, in its language", () => {
    const lines = mappingLines(r.mappings, lang);
    const line = (header: string) => lines.find((l) => l.includes(` ${header} →`)) ?? "";
    const [name, relation, held, family, type] =
      lang === "zh-CN"
        ? ["成员姓名", "关系", "已购保险", "家庭成员", "险种"]
        : ["成員姓名", "關係", "已購保險", "家庭成員", "險種"];
    expect(line(name)).toContain(`→ ${family}.${name}`);
    expect(line(relation)).toContain(`→ ${family}.${relation}`);
    expect(line(held)).toContain(`.${type}`);
    expect(lines.join("\n")).not.toMatch(/→ [A-Za-z]/);
  });

  it("importing the same roster again creates nothing new", () => {
    const again = importWorkbook([roster(lang, order)], { existing: r.records, state: r.state });
    expect(again.records.Insurance).toHaveLength(7);
    expect(again.summary.imported).toBe(0);
  });
});

describe("held insurance on a client list not kept by household", () => {
  it("is the row's client's, and names no insured (nobody says who is insured)", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["客户姓名", "手机", "已购险种"],
        ["严可馨", "13900000011", "重疾险、医疗险"],
        ["季博文", "13900000012", "重疾/医疗"],
      ]),
    ]);
    expect(policies(r)).toEqual([
      ["严可馨", null, "critical-illness"],
      ["严可馨", null, "medical"],
      ["季博文", null, "critical-illness"],
      ["季博文", null, "medical"],
    ]);
  });
});

describe("an English household roster's policies held", () => {
  it("makes each person's policies the household client's, insured that person", () => {
    const r = importWorkbook([
      sheet("Households", [
        ["Household head", "Member name", "Relationship", "Date of birth", "Policies held"],
        ["Owen Marsh", "Owen Marsh", "Self", "1978-04-12", "Life, Medical"],
        ["", "Iris Marsh", "Spouse", "1980-09-30", "Accident"],
        ["", "Theo Marsh", "Son", "2011-02-03", "Medical"],
        ["Nadia Quill", "Nadia Quill", "Self", "1983-06-21", "Critical illness"],
        ["", "Ray Quill", "Husband", "1982-12-01", "Annuity + Life"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Owen Marsh", "Nadia Quill"]);
    expect(policies(r)).toEqual([
      ["Owen Marsh", "Owen Marsh", "life"],
      ["Owen Marsh", "Owen Marsh", "medical"],
      ["Owen Marsh", "Iris Marsh", "accident"],
      ["Owen Marsh", "Theo Marsh", "medical"],
      ["Nadia Quill", "Nadia Quill", "critical-illness"],
      ["Nadia Quill", "Ray Quill", "annuity"],
      ["Nadia Quill", "Ray Quill", "life"],
    ]);
    expect(r.records.Insurance.find((p) => p.insured === "Iris Marsh")?.notes).toBe(
      "Relationship: Spouse"
    );
  });
});
