/**
 * A footnote under the table or a placeholder left in the name column is a remark on the list, not
 * a client: it is skipped and reported, so no made-up client gets a tier and a review sheet.
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

const ROWS = [
  ["客戶名冊"],
  ["客戶姓名", "手機", "年度貢獻(萬)"],
  ["陳怡君", "0912-345-678", 85],
  ["林志明", "0922-111-333", 120],
  ["王淑芬", "0933-222-444", 40],
  ["小計", null, 245],
  [],
  ["※ 年度貢獻、AUM 單位：新台幣萬元，資料截至 113/09/30"],
  ["（新增）"],
];

describe("footnotes and placeholders below a client table", () => {
  const result = importWorkbook([sheet("客戶", ROWS)]);

  it("import only the clients", () => {
    expect(result.records.Clients.map((c) => c.name)).toEqual(["陳怡君", "林志明", "王淑芬"]);
  });

  it("are skipped and reported with their row", () => {
    const notes = result.issues.filter(
      (i) => i.code === "import.row-skipped" || /skipped/.test(i.message)
    );
    const rows = notes.map((i) => i.row);
    expect(rows).toEqual(expect.arrayContaining([8, 9]));
    const footnote = result.issues.find((i) => i.row === 8)!;
    expect(footnote.message).toContain("a note or placeholder");
    expect(result.summary.skipped).toBeGreaterThanOrEqual(3);
  });
});
