/**
 * Two sheet decisions a person makes at a glance. A survey export's 来源 and 来源详情 are one
 * word said twice, not two signs of a complaint log. A CRM account list whose "Last Activity Date"
 * is empty on most rows is no log of events: every complaint is received on a day.
 */
import { importWorkbook } from "../../src/importer";
import { classifySheet } from "../../src/importer/classify-sheet";
import { sheet } from "./helpers";

describe("one word in two headers is one witness", () => {
  it("a survey's source columns do not make a complaint log", () => {
    const headers = [
      "序号",
      "提交答卷时间",
      "所用时间",
      "来源",
      "来源详情",
      "来自IP",
      "1、您的姓名：",
    ];
    expect(classifySheet("Sheet1", headers).key).not.toBe("Complaints");
  });

  it("a complaint log with a channel and its detail is still one", () => {
    const headers = ["投诉编号", "受理日期", "客户名称", "来源", "来源详情", "投诉内容"];
    expect(classifySheet("Sheet1", headers).key).toBe("Complaints");
  });
});

const HEADERS = [
  "ID",
  "Reference ID",
  "Master Type",
  "Name",
  "Parent Company",
  "Primary Sales person",
  "Lead Sales Rep 1",
  "Lead Sales Rep 2",
  "Insurance Status*",
  "Pension Status*",
  "Pension Sales Rep 1",
  "Last Activity Date",
];
const COMPANIES = [
  "HARBOUR LOGISTICS LIMITED",
  "KOWLOON CATERING LTD",
  "JADE TRAVEL (H.K.) LIMITED",
  "PEARL DESIGN CO LTD",
  "LANTAU FOODS LIMITED",
  "ABERDEEN GARMENT LTD",
  "VICTORIA SECURITIES LIMITED",
  "CROWN BAY ENGINEERING LTD",
  "SILVERMINE TRADING LIMITED",
  "EASTERN STAR PRODUCTIONS LTD",
];

function accounts(dated: (i: number) => boolean) {
  return [
    HEADERS,
    ...COMPANIES.map((name, i) => [
      `__export__.res_partner_${30000 + i}_a1b2c3d4`,
      `Company${30000 + i}`,
      i % 3 === 0 ? "Customer" : "Lead",
      name,
      name,
      i % 2 ? "PIANO HO" : "BON CHAN",
      i % 2 ? "PIANO HO" : "BON CHAN",
      null,
      "Inactive",
      i % 4 ? "Inactive" : "Active",
      "CLOSED",
      dated(i) ? new Date(Date.UTC(2024, i % 12, 3 + i)) : null,
    ]),
  ];
}

describe("an event log dates its rows", () => {
  it("an account list with a last activity on a few rows is read as clients", () => {
    const result = importWorkbook([
      sheet(
        "Sheet1",
        accounts((i) => i % 3 === 1)
      ),
    ]);
    expect(result.mappings[0].registerSheet).toBe("Clients");
    expect(result.records.Complaints ?? []).toHaveLength(0);
  });

  it("the same headers dated on every row keep their reading", () => {
    const undated = importWorkbook([
      sheet(
        "Sheet1",
        accounts((i) => i % 3 === 1)
      ),
    ]);
    const dated = importWorkbook([
      sheet(
        "Sheet1",
        accounts(() => true)
      ),
    ]);
    expect(dated.mappings[0].registerSheet).not.toBe("Clients");
    expect(undated.mappings[0].registerSheet).not.toBe(dated.mappings[0].registerSheet);
  });
});
