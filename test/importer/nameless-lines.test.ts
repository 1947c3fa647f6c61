/**
 * In a list that names its people, a row with a blank name and nothing to stand in for it — no
 * nickname, phone, e-mail or number — is a line about no one: a counter sale no buyer was written
 * for, an institution's paid seat nobody was named to, a sum left without its label. A person
 * passes over it; it is skipped, not rejected. A row with a phone still stands in under its
 * number, and a list whose name column is blank on most rows keeps rejecting them (the column is
 * likely not the name). Invented rows in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function skippedAs(r: ImportResult, reason: string): number[] {
  return r.issues
    .filter((i) => i.code === "import.row-skipped" && i.params?.reason === reason)
    .map((i) => i.row as number);
}

describe("rows naming no one in a list of people", () => {
  it("English: an institution's row without a person is skipped; a phone alone stands in", () => {
    const rows: SourceCell[][] = [
      ["No.", "Name", "Institution", "Mobile"],
      [1, "Eng. Chisomo Banda", "Northern Water Board", "555-0131"],
      [2, "Dr. Thoko Phiri", "Northern Water Board", null],
      [3, null, "Lakeshore Consulting", null],
      [4, "Mphatso Kalua", "Central Roads Authority", "555-0134"],
      [5, null, null, "555-0135"],
      [6, "Tadala Mwale", "Central Roads Authority", null],
      [7, "Kondwani Gondwe", null, "555-0137"],
    ];
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "US" });
    expect(skippedAs(r, "reason.nameless-line")).toEqual([4]);
    expect(r.summary).toMatchObject({ imported: 6, skipped: 1, rejected: 0 });
  });

  it("简体: counter sales without a buyer among named customers are skipped", () => {
    const buyers = ["甜甜圈", "小鹿", "阿福", "晴天", "米粒"];
    const rows: SourceCell[][] = [["客户姓名", "手机", "地址", "消费金额", "备注"]];
    buyers.forEach((b, i) => {
      rows.push([b, `1380000${2000 + i}`, `杭州市西湖区文三路${i + 1}号`, 88 + i]);
      rows.push([null, null, null, 35.5 + i, `门店自提 第${i + 1}单`]);
    });
    rows.push(["小鹿", "13800002001", "杭州市西湖区文三路2号", 66]);
    const r = importWorkbook([sheet("订单", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(buyers);
    expect(skippedAs(r, "reason.nameless-line")).toEqual([3, 5, 7, 9, 11]);
    expect(r.summary).toMatchObject({ imported: 5, merged: 1, skipped: 5, rejected: 0 });
  });

  it("English: a row of bare words in columns the list does not read is no line about no one", () => {
    const rows: SourceCell[][] = [
      ["Account", "Client name", "Mobile", "Documents", null],
      [null, null, null, "Licence", "Tax card"],
      [1001, "Harbour Bakery", "555-0141", "L-2231", null],
      [1002, "Ferris Joinery", "555-0142", null, "T-7781"],
      [1003, "Millbrook Dental", "555-0143", "L-2232", "T-7782"],
      [1004, "Quayside Print", "555-0144", null, null],
    ];
    const r = importWorkbook([sheet("Users", rows)], { phoneRegion: "US" });
    expect(skippedAs(r, "reason.nameless-line")).toEqual([]);
    expect(r.records.Clients).toHaveLength(4);
  });

  it("繁體: a list whose name column is blank on most rows still rejects them", () => {
    const rows: SourceCell[][] = [
      ["姓名", "公司", "地址"],
      [null, "宏達貿易", "台北市中山區南京東路1號"],
      [null, "永豐五金", "新北市三重區重新路2號"],
      ["王小明", "大同電機", "台中市北區中清路3號"],
      [null, "新光紡織", "台南市東區東門路4號"],
      [null, "聯合物流", "高雄市前鎮區中山二路5號"],
    ];
    const r = importWorkbook([sheet("名單", rows)], { phoneRegion: "TW" });
    expect(skippedAs(r, "reason.nameless-line")).toEqual([]);
    expect(r.summary.rejected).toBeGreaterThan(0);
  });
});
