/**
 * A log of contacts or a list of parties: what a person looks at to tell them apart. A header pair
 * written again for each round (Follow up date | Remark, 跟进日期 | 跟进情况) is one witness of the sheet,
 * not one per round; namesakes each with their own e-mail and phone are different buyers, not one
 * coming back; a sheet named for its visits or calls (電訪, 亲访) and a contact log's 接洽 headers speak
 * of the events; the firm visited again is the party of a log naming the person met at it.
 * Invented sheets only, in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet } from "../../src/importer/classify-sheet";
import { partyRepetition } from "../../src/importer/event-rows";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const FIRMS = [...INVENTED_COMPANIES.en, ...INVENTED_COMPANIES["zh-CN"]];

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
function visitsByFirm(headers: string[], rows: number): SourceCell[][] {
  const out: SourceCell[][] = [headers];
  for (let i = 0; i < rows; i++)
    out.push([
      `2024.${pad((i % 9) + 1)}.${pad((i % 26) + 2)}`,
      "Kent",
      FIRMS[i % 6],
      `${INVENTED_PEOPLE.en[i % INVENTED_PEOPLE.en.length]} 0912-000-${String(100 + i)}`,
      ["更新不良品分析進度", "討論替代料與報價", "介紹新產品，客戶有興趣"][i % 3],
    ]);
  return out;
}

describe("a sheet named for its visits or calls", () => {
  it("reads a sheet named 親訪 whose firms come back as visits of the firms (繁體)", () => {
    const rows = visitsByFirm(["日期", "業務", "公司", "聯絡人", "內容"], 18);
    const r = importWorkbook([sheet("親訪", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
    const field = (header: string) => r.mappings[0].columns.find((c) => c.header === header)?.field;
    expect(field("公司")).toBe("clientName");
    expect(r.records.Visits).toHaveLength(18);
  });

  it("reads a log headed 接洽 as visits (简体)", () => {
    const rows: SourceCell[][] = [
      ["联络时间", "接洽类型", "客户名称", "联络人", "接洽方式", "接洽记录"],
    ];
    for (let i = 0; i < 20; i++)
      rows.push([
        `2025-08-${pad((i % 20) + 1)}`,
        ["新项目讨论", "关系维护"][i % 2],
        INVENTED_COMPANIES["zh-CN"][i % 5],
        INVENTED_PEOPLE["zh-CN"][i % INVENTED_PEOPLE["zh-CN"].length],
        ["电访", "面访"][i % 2],
        ["提供规格书，下周再确认", "未接", "讨论订单数量"][i % 3],
      ]);
    const r = importWorkbook([sheet("周报", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Visits");
  });
});
