/**
 * In a list that names its people nearly everywhere, a row whose name is blank and that holds only
 * a phone, an e-mail or a number names no one: an address a mailing list brought in among the
 * customers, an account the system opened but nobody named, an order's second line with a stray
 * phone. A person passes over it (skipped, reason.number-only); a nickname or the name written
 * another way still names the person, and a list leaving names out on many rows keeps its rows
 * under their numbers. Invented rows in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

function skippedAs(r: ImportResult, reason: string): number[] {
  return r.issues
    .filter((i) => i.code === "import.row-skipped" && i.params?.reason === reason)
    .map((i) => i.row as number);
}

describe("a nameless row holding only a number in a list that names its people", () => {
  it("English: mailing-list addresses among a shop's customers are skipped, the customers kept", () => {
    const people = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = [["Customer_id", "Name", "HP", "Address", "Email"]];
    people.forEach((p, i) => {
      rows.push([
        7100 + i,
        p.toLowerCase(),
        `9555 ${1000 + i}`,
        `${20 + i} Sennett Lane`,
        `c${i}@example.com`,
      ]);
      if (i === 3 || i === 7) rows.push([null, "-", "-", "-", `list${i}@example.net`]);
    });
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "HK" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(people.map((p) => p.toLowerCase()));
    expect(skippedAs(r, "reason.number-only")).toEqual([6, 11]);
    expect(r.issues.some((i) => i.code === "import.name-stand-in")).toBe(false);
    expect(r.summary).toMatchObject({ imported: 10, skipped: 2, rejected: 0 });
  });

  it("简体: an account code with no name among named accounts is skipped; said in three languages", () => {
    const names = ["华东机电有限公司", "申达物流", "宏远包装", "金桥食品", "东方五金"];
    const rows: SourceCell[][] = [["客户编码", "客户名称", "联系电话"]];
    names.forEach((n, i) => rows.push([`KH${301 + i}`, n, `1380000${3100 + i}`]));
    rows.push(["KH306", null, null]);
    names.forEach((n, i) => rows.push([`KH${311 + i}`, `${n}分公司`, `1380000${3200 + i}`]));
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients).toHaveLength(10);
    expect(r.records.Clients.some((c) => c.clientId === "KH306")).toBe(false);
    const skipped = r.issues.find((i) => i.params?.reason === "reason.number-only");
    expect(skipped?.row).toBe(7);
    expect(renderIssueMessage(skipped!, "zh-CN")).toContain("只有电话、邮箱或编号");
    expect(renderIssueMessage(skipped!, "zh-TW")).toContain("只有電話、電子郵件或編號");
    expect(renderIssueMessage(skipped!, "en")).toContain("only a phone, e-mail or number");
  });

  it("繁體: an order's second line with only a phone is skipped, not a buyer", () => {
    const buyers = ["林志明", "陳美玲", "張家豪", "黃淑芬", "李俊傑", "王怡君"];
    const rows: SourceCell[][] = [["訂單編號", "客戶姓名", "電話", "品項", "金額"]];
    buyers.forEach((b, i) => {
      rows.push([`#10${i}1`, b, `0912345${600 + i}`, "高山烏龍", 680 + i]);
      if (i === 2) rows.push([`#10${i}1`, null, "0912345999", "東方美人", 920]);
    });
    const r = importWorkbook([sheet("訂單", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(buyers);
    expect(skippedAs(r, "reason.number-only")).toEqual([5]);
  });
});

describe("a nameless row that still names its person, or a list that leaves names out", () => {
  it("English: a nickname stands in for the blank name even where nearly every row is named", () => {
    const people = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = [["Name", "Display name", "Mobile"]];
    people.forEach((p, i) => rows.push([p, `fan${i}`, `555-01${10 + i}`]));
    rows.push([null, "skylark", "555-0199"]);
    const r = importWorkbook([sheet("Members", rows)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name)).toContain("skylark");
    expect(skippedAs(r, "reason.number-only")).toEqual([]);
  });

  it("English: in a list leaving a name out on one row in three, a phone keeps its row", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 6);
    const rows: SourceCell[][] = [["Customer Name", "Phone", "City"]];
    people.forEach((p, i) => {
      rows.push([p, `+1 415 555 01${10 + i}`, "Oakland"]);
      if (i % 2 === 1) rows.push([null, `+1 415 555 01${50 + i}`, "Berkeley"]);
    });
    const r = importWorkbook([sheet("Customers", rows)], { phoneRegion: "US" });
    expect(r.records.Clients).toHaveLength(9);
    expect(skippedAs(r, "reason.number-only")).toEqual([]);
  });
});
