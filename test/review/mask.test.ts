import { buildClientReviewSheet } from "../../src/review/client-sheet";
import { maskAddress, maskDate, maskEmail, maskPhone, maskValue } from "../../src/review/mask";
import { findField } from "../../src/register/catalog";
import type { PlanValue } from "../../src/workbook/plan";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

describe("masking values", () => {
  test.each([
    ["13812345678", "138****5678"],
    ["138-1234-5678", "138-****-5678"],
    ["021-62345678", "021-****5678"],
    ["+86 138 1234 5678", "+86 1** **** 5678"],
    ["12345", "***45"],
  ])("phone %s → %s", (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  test("a birthday keeps month and day only", () => {
    expect(maskDate("1985-05-26")).toBe("****-05-26");
    expect(maskDate("May 1985")).toBe("****");
  });

  test("an e-mail keeps its first letter and domain; an address its Chinese city at most", () => {
    expect(maskEmail("wang.jianguo@example.com")).toBe("w***@example.com");
    expect(maskEmail("nonsense")).toBe("****");
    expect(maskAddress("北京市朝阳区建国路88号")).toBe("北京市****");
    expect(maskAddress("广东省深圳市南山区")).toBe("广东省****");
    expect(maskAddress("12 Baker Street, London")).toBe("****");
  });

  test("only fields the catalog marks personal are masked", () => {
    expect(maskValue(findField("Clients", "phone")!, "13812345678")).toBe("138****5678");
    expect(maskValue(findField("Clients", "annualIncome")!, 800_000)).toBe("****");
    expect(maskValue(findField("Clients", "name")!, "王建国")).toBe("王建国");
    expect(maskValue(findField("Clients", "phone")!, null)).toBeNull();
  });
});

describe("a masked client review", () => {
  const cells = (mask: boolean): string[] =>
    buildClientReviewSheet("C-0001", fixtureRecords(), SETTINGS, TODAY, "en", { mask })
      .grid!.flat()
      .filter((v): v is Exclude<PlanValue, null | object> => v !== null && typeof v !== "object")
      .map(String);

  test("shows no phone, e-mail, street address, birth year or income", () => {
    const masked = cells(true).join("\n");
    for (const secret of [
      "13812345678",
      "wang.jianguo",
      "建国路88号",
      "1970-03-20",
      "1972-04-10",
      "800000",
      "800,000",
      "2,400,000",
    ]) {
      expect(masked).not.toContain(secret);
    }
    for (const shown of [
      "138****5678",
      "w***@example.com",
      "北京市****",
      "****-03-20",
      "****-04-10",
      "王建国",
    ])
      expect(masked).toContain(shown);
  });

  test("the unmasked review shows them", () => {
    const plain = cells(false).join("\n");
    for (const secret of [
      "13812345678",
      "wang.jianguo@example.com",
      "北京市朝阳区建国路88号",
      "1970-03-20",
      "800,000",
    ])
      expect(plain).toContain(secret);
  });
});
