/**
 * An agent's client list saying in one cell what each client already holds (已购险种 "重疾、医疗",
 * 已買險種 "壽險/醫療", "Policies held") beside the premium a year: one policy per type listed, of
 * that client; what the client might buy (拟购险种) is no policy.
 */
import { importWorkbook } from "../../src/importer";
import { namesHeldProducts, typesIn } from "../../src/importer/held-policies";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = ["客户姓名", "手机", "已购险种", "年缴保费(元)", "拟购险种", "备注"];
const ROWS: SourceCell[][] = [
  ["林国栋", "13900000001", "重疾、医疗、年金", 36000, "意外", "老客户"],
  ["许文静", "13900000002", "教育金", 48000, "", ""],
  ["黄志明", "13900000003", "", "", "重疾", "在谈"],
  ["赵丽华", "13900000004", "寿险/意外", "8000/2000", "", ""],
  ["钱卫东", "13900000005", "平安福2024", 12000, "", ""],
];

function book(rows: SourceCell[][] = ROWS, header = HEADER) {
  return sheet("客户经营表", [header, ...rows]);
}

describe("insurance a client list says each client holds", () => {
  const r = importWorkbook([book()]);
  const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
  const policiesOf = (name: string) =>
    r.records.Insurance.filter((p) => p.clientId === idOf(name)).map((p) => [
      p.type,
      p.annualPremium ?? null,
    ]);

  it("keeps the clients, and makes one policy per type listed, linked to the row's client", () => {
    expect(r.records.Clients).toHaveLength(5);
    expect(policiesOf("林国栋")).toEqual([
      ["critical-illness", 36000],
      ["medical", null],
      ["annuity", null],
    ]);
    expect(policiesOf("许文静")).toEqual([["annuity", 48000]]);
    expect(policiesOf("黄志明")).toEqual([]);
    expect(r.records.Insurance).toHaveLength(7);
  });

  it("puts one amount for several types on the first, saying it covers them all", () => {
    const first = r.records.Insurance.find((p) => p.clientId === idOf("林国栋"));
    expect(first?.notes).toBe("年缴保费(元): 36000 (已购险种: 重疾、医疗、年金)");
  });

  it("splits the premium only when the cell gives one amount per type", () => {
    expect(policiesOf("赵丽华")).toEqual([
      ["life", 8000],
      ["accident", 2000],
    ]);
  });

  it("keeps a product's own name in the policy's notes, its type other when it names none", () => {
    const policy = r.records.Insurance.find((p) => p.clientId === idOf("钱卫东"));
    expect(policy).toMatchObject({ type: "other", annualPremium: 12000 });
    expect(policy?.notes).toBe("已购险种: 平安福2024");
  });

  it("never makes a policy of what the client might buy; it stays in the client's notes", () => {
    const huang = r.records.Clients.find((c) => c.name === "黄志明");
    expect(huang?.notes).toContain("拟购险种: 重疾");
    expect(JSON.stringify(r.records.Clients)).not.toContain("已购险种");
    expect(r.records.Clients[0].notes).toBe("老客户; 拟购险种: 意外");
  });

  it("says what was made and why, in three languages", () => {
    const products = r.mappings[0].columns.find((c) => c.header === "已购险种");
    const premium = r.mappings[0].columns.find((c) => c.header === "年缴保费(元)");
    expect(products?.reasons?.[0].code).toBe("map.why.held-products");
    expect(premium?.reasons?.[0]).toMatchObject({
      code: "map.why.held-policy-column",
      params: { field: "annualPremium" },
    });
    const said = r.issues.filter((i) => i.code === "import.policies-from-held");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 7, products: "C (已购险种)" });
    for (const [lang, word] of [
      ["en", "premium"],
      ["zh-CN", "保费"],
      ["zh-TW", "保費"],
    ] as const)
      expect(renderMessage(said[0].code!, said[0].params!, lang)).toContain(word);
  });

  it("importing the same list again creates no second policy", () => {
    const again = importWorkbook([book()], { existing: r.records, state: r.state });
    expect(again.records.Insurance).toHaveLength(7);
  });
});

describe("held products in 繁體 and English", () => {
  it("reads 已買險種 with 年繳保費 (萬) of a 繁體 list", () => {
    const r = importWorkbook([
      sheet("客戶", [
        ["客戶姓名", "行動電話", "已買險種", "年繳保費(萬)"],
        ["陳建志", "0912-000-001", "壽險/醫療", 3.6],
        ["王大明", "0912-000-002", "意外險", 0.5],
      ]),
    ]);
    expect(r.records.Insurance.map((p) => [p.type, p.annualPremium])).toEqual([
      ["life", 36000],
      ["medical", null],
      ["accident", 5000],
    ]);
  });

  it("reads Policies held with an Annual premium column", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Mobile", "Policies held", "Annual premium"],
        ["Oliver Grant", "07700 900001", "Life, Critical Illness", 2400],
        ["Sophie Turner", "07700 900002", "Medical", 900],
        ["Harry Cole", "07700 900003", "", ""],
      ]),
    ]);
    expect(r.records.Insurance.map((p) => [p.type, p.annualPremium])).toEqual([
      ["life", 2400],
      ["critical-illness", null],
      ["medical", 900],
    ]);
  });
});

describe("columns that are not what a client holds", () => {
  it("reads intentions and plain lists as no held products", () => {
    expect(namesHeldProducts("已购险种")).toBe(true);
    expect(namesHeldProducts("已買險種")).toBe(true);
    expect(namesHeldProducts("Policies held")).toBe(true);
    expect(namesHeldProducts("拟购险种")).toBe(false);
    expect(namesHeldProducts("意向险种")).toBe(false);
    expect(namesHeldProducts("Planned policies")).toBe(false);
    expect(typesIn("重疾、医疗 / 年金")).toEqual(["重疾", "医疗", "年金"]);
  });

  it("makes no policy from a held column whose cells name no insurance type", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["客户姓名", "手机", "已购产品"],
        ["林国栋", "13900000001", "螺丝钉 M6"],
        ["许文静", "13900000002", "垫片"],
        ["黄志明", "13900000003", "扳手"],
      ]),
    ]);
    expect(r.records.Insurance).toHaveLength(0);
    expect(r.records.Clients[0].notes).toContain("螺丝钉 M6");
  });
});
