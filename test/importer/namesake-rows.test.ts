/**
 * One person on several rows of one sheet: a policy list writes the holder's birthday on the
 * holder's first row only. Blanks never tell two people apart; a different birthday does.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const POLICIES: SourceCell[][] = [
  ["要保人", "要保人生日", "被保險人", "保單號碼", "險種名稱", "保險公司"],
  ["鄭雅婷", "1972/03/14", "鄭雅婷", "TW-1001", "終身壽險", "甲人壽"],
  ["鄭雅婷", null, "林冠廷", "TW-1002", "醫療險", "乙人壽"],
  ["蕭志豪", "1965/11/02", "蕭志豪", "TW-1003", "定期壽險", "甲人壽"],
  ["鄭雅婷", null, "林品妤", "TW-1004", "傷害險", "甲人壽"],
  ["蕭志豪", null, "蕭志豪", "TW-1005", "年金保險", "丙人壽"],
  ["蕭志豪", "1990/08/21", "蕭志豪", "TW-1006", "醫療險", "乙人壽"],
];

describe("a policyholder whose later rows leave the birthday blank", () => {
  const r = importWorkbook([sheet("保單整理", POLICIES)]);
  const holderOf = (policyNo: string) => {
    const id = r.records.Insurance.find((p) => p.policyNo === policyNo)?.clientId;
    return r.records.Clients.find((c) => c.clientId === id);
  };

  it("is one client holding all their policies", () => {
    expect(holderOf("TW-1002")?.clientId).toBe(holderOf("TW-1001")?.clientId);
    expect(holderOf("TW-1004")?.clientId).toBe(holderOf("TW-1001")?.clientId);
    expect(holderOf("TW-1001")?.birthday).toBe("1972-03-14");
    expect(holderOf("TW-1005")?.clientId).toBe(holderOf("TW-1003")?.clientId);
  });

  it("but a namesake with another birthday is another person, and the message says so", () => {
    expect(r.records.Clients.map((c) => [c.name, c.birthday])).toEqual([
      ["鄭雅婷", "1972-03-14"],
      ["蕭志豪", "1965-11-02"],
      ["蕭志豪", "1990-08-21"],
    ]);
    const apart = r.issues.filter((i) => i.code === "link.same-name");
    expect(apart).toHaveLength(1);
    expect(apart[0].row).toBe(7);
    expect(renderIssueMessage(apart[0], "zh-TW")).toContain("生日不同");
    expect(renderIssueMessage(apart[0], "zh-TW")).not.toContain("電話");
  });
});
