/**
 * A log of contacts or a list of parties: what a person looks at to tell them apart. A header pair
 * written again for each round (Follow up date | Remark, 跟进日期 | 跟进情况) is one witness of the sheet,
 * not one per round.
 * Invented sheets only, in English, 简体 and 繁體.
 */
import { classifySheet } from "../../src/importer/classify-sheet";

describe("a header pair written again for each round", () => {
  it("is one witness: a prospect list with four follow-up rounds stays the list (en)", () => {
    const rounds = ["Follow up date", "Remark"];
    const headers = [
      "Sr No",
      "Date",
      "Company Name",
      "Industry",
      "Contact Person Name",
      "Contact Number",
      "Email ID",
      "Designation",
      ...rounds,
      ...rounds,
      ...rounds,
      ...rounds,
    ];
    expect(classifySheet("Sheet1", headers).key).toBe("Clients");
  });

  it("is one witness in 简体 too", () => {
    const rounds = ["跟进日期", "跟进情况"];
    const headers = [
      "序号",
      "公司名称",
      "行业",
      "联系人",
      "联系电话",
      "邮箱",
      "职务",
      ...rounds,
      ...rounds,
      ...rounds,
      ...rounds,
    ];
    expect(classifySheet("Sheet1", headers).key).toBe("Clients");
  });
});

/** Buyers after a purchase call: names repeat (namesakes), e-mail and phone never do. */
