/**
 * A log of contacts or a list of parties: what a person looks at to tell them apart. A header pair
 * written again for each round (Follow up date | Remark, 跟进日期 | 跟进情况) is one witness of the sheet,
 * not one per round; namesakes each with their own e-mail and phone are different buyers, not one
 * coming back.
 * Invented sheets only, in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet } from "../../src/importer/classify-sheet";
import { partyRepetition } from "../../src/importer/event-rows";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

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
function buyersCalled(rows: number, samePerson: boolean): SourceCell[][] {
  const out: SourceCell[][] = [
    ["Name", "Email", "Phone", "Product", "Date of Purchase", "Call Feedback"],
  ];
  for (let i = 0; i < rows; i++) {
    const name = INVENTED_PEOPLE.en[i % 5];
    const who = samePerson ? i % 5 : i;
    out.push([
      name,
      `${name.toLowerCase().replace(" ", ".")}${who}@example.org`,
      `+4420700${String(who).padStart(5, "0")}`,
      ["Chairs", "Lamps", "Rugs"][i % 3],
      `2025-${pad((i % 9) + 1)}-${pad((i % 26) + 2)}`,
      ["Happy with product", "Price too high", "Wants a call back"][i % 3],
    ]);
  }
  return out;
}

describe("namesakes and a party coming back", () => {
  it("tells namesakes apart by what reaches them", () => {
    const names = ["Ann Lee", "Ann Lee", "Bo Chan", "Bo Chan"];
    expect(partyRepetition(names).returning).toBe(2);
    expect(partyRepetition(names, [["a@x.org", "b@x.org", "c@x.org", "c@x.org"]]).returning).toBe(
      1
    );
  });

  it("reads buyers of one name each with their own e-mail and phone as clients", () => {
    const r = importWorkbook([sheet("Sheet1", buyersCalled(30, false))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(30);
  });

  it("still reads one buyer called again and again, same e-mail and phone, as the calls", () => {
    const r = importWorkbook([sheet("Sheet1", buyersCalled(30, true))]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
  });
});

/** A rep's visits: the day, the rep, the firm (several visited again), the person met, the note. */
