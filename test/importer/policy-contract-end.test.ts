/**
 * A premium's due date (Due date, 应缴日期) is no policy end: a header inside a longer spelling that
 * names an end ("Due date" in "renewal due date", 日期 in 到期日期) does not borrow that end.
 * (Contract End is not a policy word: a sheet of contract ends is a client list, see
 * date-column-forms.test.ts.)
 */
import { importWorkbook } from "../../src/importer";
import { scoreHeader, targetsFor } from "../../src/importer/header-match";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("a policy's end and its due dates", () => {
  const insuranceField = (header: string) =>
    scoreHeader(header, targetsFor("Insurance")).find((s) => s.confidence >= 0.6)?.target.key;

  it.each(["Renewal Date", "保單到期日", "保单到期日", "到期日期"])(
    "%s on a policy list is its expiry",
    (header) => {
      expect(insuranceField(header)).toBe("expiryDate");
    }
  );

  it.each(["Due date", "应缴日期", "應繳日期", "日期"])("%s is no expiry", (header) => {
    expect(insuranceField(header)).not.toBe("expiryDate");
  });

  it("a policy list's end date is the policy's expiry; its due date stays in its notes, labelled", () => {
    const rows: SourceCell[][] = [
      ["保单号", "投保人", "险种", "保单到期日", "应缴日期", "年缴保费"],
      ["P2024000101", "周建国", "重疾险", "2044.3.15", "2025年3月15日", 8600],
      ["P2024000102", "吴晓丽", "医疗险", 46207, "2025年7月4日", 1200],
      ["P2024000103", "郑海峰", "寿险", "2050/12/31", "2025年12月31日", 15000],
      ["P2024000104", "孙雅婷", "意外险", "2026-01-31", "2025年1月31日", 300],
    ];
    const r = importWorkbook([sheet("保单", rows)], { phoneRegion: "CN" });
    const p1 = r.records.Insurance.find((p) => p.policyNo === "P2024000101");
    expect(p1?.expiryDate).toBe("2044-03-15");
    const p2 = r.records.Insurance.find((p) => p.policyNo === "P2024000102");
    expect(p2?.expiryDate).toBe("2026-07-04");
    expect(String(p1?.notes)).toContain("应缴日期: 2025年3月15日");
  });
});
