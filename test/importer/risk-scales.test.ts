/**
 * A client's risk appetite as a bank writes it — five-step codes (R1–R5, C1–C5, PR1–PR5) or steps
 * of a numbered scale under a header naming risk (风险等级 1–5, Attitude to Risk 1–7, Risk (1-10))
 * — is read onto the register's three profiles; numbers under a header naming no risk are not.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { riskOfStep, riskScaleOf, statedScaleTop } from "../../src/importer/risk-scale";
import { sheet } from "./helpers";

const NAMES_CN = ["罗海燕", "林超", "董娜", "周建国", "吴晓婷", "郑丽华", "孙志强"];
const NAMES_TW = ["陳怡君", "林志明", "王美玲", "張家豪", "李淑芬", "黃俊傑", "吳雅婷"];
const NAMES_EN = [
  "Alice Hart",
  "Ben Cole",
  "Cara Wynn",
  "Dev Patel",
  "Eve Lund",
  "Finn Roe",
  "Gus Ray",
];

function list(
  names: readonly string[],
  headers: readonly [string, string, string],
  risks: readonly SourceCell[]
): SourceCell[][] {
  return [
    [...headers],
    ...names.map((name, i): SourceCell[] => [`KH${1000 + i}`, name, risks[i % risks.length]]),
  ];
}

const risks = (r: ReturnType<typeof importWorkbook>) =>
  r.records.Clients.map((c) => c.riskProfile ?? null);

describe("five-step bank codes", () => {
  it.each([
    ["风险等级", "R", NAMES_CN, ["客户号", "客户姓名"]],
    ["風險屬性", "C", NAMES_TW, ["客戶編號", "客戶姓名"]],
    ["Risk Rating", "PR", NAMES_EN, ["Client ID", "Client Name"]],
  ] as const)(
    "%s with %s1–5 codes reads 1–2 low, 3 middle, 4–5 high",
    (header, code, names, [id, nm]) => {
      const r = importWorkbook([
        sheet(
          "Clients",
          list(
            names,
            [id, nm, header],
            [1, 2, 3, 4, 5].map((n) => `${code}${n}`)
          )
        ),
      ]);
      expect(r.mappings[0].columns[2].field).toBe("riskProfile");
      expect(risks(r)).toEqual([
        "conservative",
        "conservative",
        "moderate",
        "aggressive",
        "aggressive",
        "conservative",
        "conservative",
      ]);
      expect(r.issues.filter((i) => i.code === "value.column-kept")).toEqual([]);
    }
  );

  it("a code written beside its word (R4积极型, 积极型(R5)) reads the same", () => {
    const r = importWorkbook([
      sheet(
        "客户",
        list(NAMES_CN, ["客户号", "客户姓名", "风险等级"], ["R4积极型", "积极型(R5)", "R1"])
      ),
    ]);
    expect(risks(r).slice(0, 3)).toEqual(["aggressive", "aggressive", "conservative"]);
  });
});

describe("numbered risk scales", () => {
  it("Attitude to Risk 1–7 without a stated scale: read on 1–7, told once in every language", () => {
    const r = importWorkbook([
      sheet(
        "Clients",
        list(NAMES_EN, ["Client ID", "Client Name", "Attitude to Risk"], [1, 3, 5, 6, 7, 2, 4])
      ),
    ]);
    expect(r.mappings[0].columns[2].field).toBe("riskProfile");
    expect(risks(r)).toEqual([
      "conservative",
      "moderate",
      "moderate",
      "aggressive",
      "aggressive",
      "conservative",
      "moderate",
    ]);
    const notes = r.issues.filter((i) => i.code === "value.risk-scale-assumed");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info", row: null, field: "riskProfile" });
    expect(notes[0].params).toMatchObject({ top: 7, highest: 7, bands: "1–2 / 3–5 / 6–7" });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("value.risk-scale-assumed", notes[0].params ?? {}, lang) ?? "";
      expect(text).toContain("1–7");
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("a scale the header states wins over the values' highest step, with no note", () => {
    const r = importWorkbook([
      sheet(
        "客户",
        list(NAMES_CN, ["客户号", "客户姓名", "风险承受能力(1-10)"], [3, 4, 7, 8, 6, 1, 5])
      ),
    ]);
    expect(risks(r)).toEqual([
      "conservative",
      "moderate",
      "moderate",
      "aggressive",
      "moderate",
      "conservative",
      "moderate",
    ]);
    expect(r.issues.filter((i) => i.code === "value.risk-scale-assumed")).toEqual([]);
  });

  it("风险等级 1–5 (繁體 and 简体) reads as the five bank steps", () => {
    for (const [header, names] of [
      ["风险等级", NAMES_CN],
      ["風險等級", NAMES_TW],
    ] as const) {
      const r = importWorkbook([
        sheet("客户", list(names, ["客户号", "客户姓名", header], ["1", "2", "3", "4", "5"])),
      ]);
      expect(risks(r).slice(0, 5)).toEqual([
        "conservative",
        "conservative",
        "moderate",
        "aggressive",
        "aggressive",
      ]);
    }
  });

  it("a step beyond the stated scale is no step: the numbers stay as written in notes", () => {
    const r = importWorkbook([
      sheet("Clients", list(NAMES_EN, ["Client ID", "Client Name", "Risk (1-5)"], [1, 8, 3])),
    ]);
    expect(risks(r).every((v) => v === null)).toBe(true);
    expect(String(r.records.Clients[1].notes)).toContain("8");
  });

  it("numbers under a header naming no risk never become a risk profile", () => {
    for (const header of ["满意度", "Satisfaction", "評分"]) {
      const r = importWorkbook([
        sheet("Clients", list(NAMES_EN, ["Client ID", "Client Name", header], [1, 3, 5, 2])),
      ]);
      expect(r.mappings[0].columns[2].field).not.toBe("riskProfile");
      expect(risks(r).every((v) => v === null)).toBe(true);
    }
  });
});

describe("the scale's arithmetic", () => {
  it("reads stated scales in several spellings", () => {
    expect(statedScaleTop("Attitude to Risk (1-7)")).toBe(7);
    expect(statedScaleTop("Risk score 1 to 10")).toBe(10);
    expect(statedScaleTop("风险等级（1～5）")).toBe(5);
    expect(statedScaleTop("風險分數/10")).toBe(10);
    expect(statedScaleTop("风险等级")).toBeNull();
    expect(statedScaleTop("Risk 2024-10")).toBeNull();
  });

  it("bands every step of every scale and nothing beyond", () => {
    expect([1, 2, 3, 4, 5].map((s) => riskOfStep(s, 5))).toEqual([
      "conservative",
      "conservative",
      "moderate",
      "aggressive",
      "aggressive",
    ]);
    expect([1, 2, 3, 5, 6, 7].map((s) => riskOfStep(s, 7))).toEqual([
      "conservative",
      "conservative",
      "moderate",
      "moderate",
      "aggressive",
      "aggressive",
    ]);
    expect([3, 4, 7, 8, 10].map((s) => riskOfStep(s, 10))).toEqual([
      "conservative",
      "moderate",
      "moderate",
      "aggressive",
      "aggressive",
    ]);
    expect(riskOfStep(0, 5)).toBeNull();
    expect(riskOfStep(6, 5)).toBeNull();
    expect(riskScaleOf("Risk", [1, 2.5, 3])).toBeNull();
    expect(riskScaleOf("Risk", [1, 12])).toBeNull();
    expect(riskScaleOf("Risk", [1, 6, "n/a"])).toEqual({ top: 7, stated: false, highest: 6 });
  });
});
