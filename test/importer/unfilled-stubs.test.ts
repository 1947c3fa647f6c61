/**
 * A system opens a row for every number it meets (a phone an ad brought, an id a table numbered)
 * and a person fills in the name and what they learnt of the client. Where the named rows carry
 * such a detail nearly always and the nameless rows nearly never, beyond the number and what the
 * list writes on every line (a date, a source, a status), the nameless rows are stubs nobody
 * filled in — skipped (reason.unfilled-stub) even in a list naming its people on only two rows in
 * three. Nameless rows carrying details as the named ones do are clients whose name was lost and
 * are kept under their number. Invented rows in English, 简体 and 繁體.
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

describe("nameless rows that are stubs nobody filled in", () => {
  it("English: owner rows with only an id and a phone, no name and no address, are skipped", () => {
    const people = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = [["ClientID", "ClientName", "ClientAddress", "PhoneNumber"]];
    let id = 1;
    people.forEach((p, i) => {
      rows.push([
        id++,
        p.toUpperCase(),
        `${100 + i}  OAK HILL CT, MADISON, TN`,
        `555-012-${1000 + i}`,
      ]);
      if (i % 2 === 0) rows.push([id++, null, null, `555-019-${2000 + i}`]);
    });
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(people.map((p) => p.toUpperCase()));
    expect(skippedAs(r, "reason.unfilled-stub")).toEqual([3, 6, 9, 12, 15]);
    expect(r.issues.some((i) => i.code === "import.name-stand-in")).toBe(false);
    expect(r.summary).toMatchObject({ imported: 10, skipped: 5, rejected: 0 });
  });

  it("简体: 线索表里只有电话、日期和来源的空行跳过，写了家长的线索导入", () => {
    const parents = ["王丽", "陈建国", "刘芳", "赵强", "孙梅", "周杰", "吴敏", "郑涛", "冯静"];
    const rows: SourceCell[][] = [["家长姓名", "手机", "联系日期", "孩子姓名", "课程", "来源"]];
    parents.forEach((p, i) => {
      rows.push([p, `1380013${4100 + i}`, "2025-05-06", `小${p.slice(1)}`, "少儿编程", "抖音"]);
      if (i % 2 === 1) rows.push([null, `1390013${5200 + i}`, "2025-05-07", null, null, "抖音"]);
    });
    const r = importWorkbook([sheet("线索", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(parents);
    const skipped = r.issues.filter((i) => i.params?.reason === "reason.unfilled-stub");
    expect(skipped.map((i) => i.row)).toEqual([4, 7, 10, 13]);
    expect(renderIssueMessage(skipped[0], "zh-CN")).toContain("这一行没人填写");
    expect(renderIssueMessage(skipped[0], "zh-TW")).toContain("這一列沒人填寫");
    expect(renderIssueMessage(skipped[0], "en")).toContain("a row nobody filled in");
  });

  it("繁體: 名字空白但寫了地址和備註的列是名字遺失的客戶，照電話保留", () => {
    const clients = ["林志明", "陳美玲", "張家豪", "黃淑芬", "李俊傑", "王怡君"];
    const rows: SourceCell[][] = [["客戶姓名", "電話", "地址", "備註"]];
    clients.forEach((c, i) => {
      rows.push([c, `0912345${600 + i}`, `台北市信義路${10 + i}號`, "老客戶"]);
      if (i % 2 === 0) rows.push([null, `0922345${700 + i}`, `新北市中和路${20 + i}號`, "轉介"]);
    });
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients).toHaveLength(9);
    expect(skippedAs(r, "reason.unfilled-stub")).toEqual([]);
    expect(skippedAs(r, "reason.number-only")).toEqual([]);
  });

  it("English: where named rows are as thin as the nameless ones, the phones keep their rows", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 6);
    const rows: SourceCell[][] = [["Customer Name", "Phone", "Since", "Note"]];
    people.forEach((p, i) => {
      rows.push([p, `+1 415 555 01${10 + i}`, "2025-03-01", i % 2 === 0 ? "VIP" : null]);
      if (i % 2 === 1) rows.push([null, `+1 415 555 01${50 + i}`, "2025-03-02", null]);
    });
    const r = importWorkbook([sheet("Customers", rows)], { phoneRegion: "US" });
    expect(r.records.Clients).toHaveLength(9);
    expect(skippedAs(r, "reason.unfilled-stub")).toEqual([]);
  });
});
