/**
 * A header naming the number of a document of no named kind (单号, 单据号, Doc No) is no policy,
 * claim or ticket number because those spellings hold it: a shipment log numbered by 单号 is no
 * book of insurance policies. Its own kind's spelling (保单号, Policy No) still maps. Invented
 * sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { matchForm, spellingScore } from "../../src/importer/header-match";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

describe("a document number of no named kind", () => {
  it("scores nothing against the spellings that hold it, and fully against its own", () => {
    for (const [header, spelling] of [
      ["单号", "保单号"],
      ["單號", "保單號碼"],
      ["Doc No", "Claim Doc No"],
    ])
      expect(spellingScore(matchForm(header), matchForm(spelling))).toBe(0);
    expect(spellingScore(matchForm("单号"), matchForm("单号"))).toBe(1);
    // A named kind's number inside a longer spelling of it still counts.
    expect(spellingScore(matchForm("保单号"), matchForm("保单号码"))).toBeGreaterThan(0.5);
  });

  it("leaves a shipment log numbered by 单号 out of the insurance policies", () => {
    const buyers = INVENTED_COMPANIES["zh-CN"].slice(0, 6);
    const rows: SourceCell[][] = [["单号", "日期", "客户", "产品", "数量", "金额"]];
    for (let i = 0; i < 50; i++)
      rows.push([
        `FH${20240100 + i}`,
        `2024-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
        buyers[(i * 7) % 6],
        ["轴承", "齿轮", "链条"][i % 3],
        1 + (i % 9),
        100 * ((i % 13) + 1),
      ]);
    const r = importWorkbook([sheet("发货", rows)]);
    expect(r.records.Insurance ?? []).toHaveLength(0);
    const number = r.mappings[0].columns.find((c) => c.header === "单号");
    expect(number?.field ?? null).not.toBe("policyNo");
  });

  it("still reads a policy list whose number column says whose number it is", () => {
    const holders = INVENTED_PEOPLE["zh-CN"].slice(0, 8);
    const rows: SourceCell[][] = [["保单号", "投保人", "险种", "生效日期", "保费"]];
    holders.forEach((h, i) =>
      rows.push([
        `P${880120 + i * 17}`,
        h,
        ["意外险", "医疗险"][i % 2],
        `2024-0${(i % 8) + 1}-15`,
        1200 + i * 90,
      ])
    );
    const r = importWorkbook([sheet("保单", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.mappings[0].columns.find((c) => c.header === "保单号")?.field).toBe("policyNo");
  });
});
