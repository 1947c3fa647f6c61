/**
 * A header written in two languages is one header: a row of English headings over a row of
 * Chinese ones (or the other way round) names each column once, with the words of both, and the
 * second row is never a record. Told from a record under a header by what the two rows name: a
 * translation names the same field in the same column, a record's values name none.
 */
import { importWorkbook } from "../../src/importer";
import { detectTable } from "../../src/importer/detect-table";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

// Half the columns name something no register field is (a hotel, a room type, a check-in day).
const EN = ["Client Name", "Mobile", "Hotel", "Room Type", "Check-in", "Remarks"];
const ZH_CN = ["客户名称", "手机号码", "酒店", "房型", "入住日期", "备注"];
const ZH_TW = ["客戶名稱", "手機號碼", "飯店", "房型", "入住日期", "備註"];

const RECORDS: SourceCell[][] = [
  ["王小明", "0912345678", "Seaview Hotel", "Deluxe Twin", "2026-03-01", "VIP"],
  ["陳大文", "0922345678", "Heritage Inn", "Superior", "2026-07-12", null],
  ["李娜", "0933345678", "Harbour Hotel", "Suite", "2026-11-30", "late arrival"],
];

describe("a header in two languages", () => {
  it.each([
    ["English over 简体", EN, ZH_CN],
    ["简体 over English", ZH_CN, EN],
    ["English over 繁體", EN, ZH_TW],
    ["繁體 over English", ZH_TW, EN],
  ])("reads %s as one header and every row under it as a client", (_, upper, lower) => {
    const r = importWorkbook([sheet("Clients", [upper, lower, ...RECORDS])]);
    const m = r.mappings.find((x) => x.sheet === "Clients");
    expect(m?.headerRows).toEqual([1, 2]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["王小明", "陳大文", "李娜"]);
    const mobile = m?.columns.find((c) => c.letter === "B");
    expect(mobile?.field).toBe("phone");
    expect(mobile?.header).toBe(`${upper[1]} ${lower[1]}`);
  });

  it("takes a column headed in one language only into the same header", () => {
    const upper = ["Client Name", null, "Mobile", "Hotel", "Owner"];
    const lower = ["客户名称", "团单号", "手机号码", "酒店", null];
    const t = detectTable(
      sheet("Clients", [upper, lower, ...RECORDS.map((r) => [r[0], "13424", r[1], r[2], "Lee"])])
    );
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "Client Name 客户名称",
      "团单号",
      "Mobile 手机号码",
      "Hotel 酒店",
      "Owner",
    ]);
  });

  it.each([
    [
      "English headings over 简体 records",
      ["Name", "City", "Status", "Level"],
      ["张伟", "北京", "已签约", "A"],
    ],
    [
      "简体 headings over English records",
      ["姓名", "城市", "状态", "等级"],
      ["Ann Lee", "Sydney", "Active", "Gold"],
    ],
    [
      "繁體 headings over coded records",
      ["客戶", "類別", "狀態", "業務員"],
      ["宏遠", "B2B", "成交", "林"],
    ],
    [
      "繁體 headings over records whose values hold their words",
      ["客戶", "資產類別", "往來機構", "市值(元)", "幣別"],
      ["客戶1", "定存", "台新銀行", "1,000,000", "新台幣"],
    ],
    [
      "简体 headings over records whose values hold their words",
      ["客户", "资产类别", "往来机构", "市值(元)", "币种"],
      ["客户1", "定期存款", "招商银行", "2,350,000", "人民币"],
    ],
    [
      "English headings over records whose values hold their words",
      ["Client", "Asset Class", "Institution", "Market Value", "Currency"],
      ["Client 1", "Deposit", "First Bank", "1,000,000", "USD"],
    ],
  ])("leaves %s a header over records", (_, header, first) => {
    const rows: SourceCell[][] = [header, first, [...first], [...first]];
    rows[2][0] = `${first[0]}2`;
    rows[3][0] = `${first[0]}3`;
    expect(detectTable(sheet("S", rows))?.headerRows).toEqual([1]);
  });
});
