/**
 * A row whose every filled cell is a formula's error (#N/A, #REF!) is a lookup that found nothing:
 * it is about no one, and a person passes over it (skipped, reason.lookup-errors) while the rows
 * around it import. A row with an error in one cell beside a name is still a client's row.
 * Invented rows in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const NA: SourceCell = { error: "#N/A" };
const REF: SourceCell = { error: "#REF!" };

function skippedAs(r: ImportResult, reason: string): number[] {
  return r.issues
    .filter((i) => i.code === "import.row-skipped" && i.params?.reason === reason)
    .map((i) => i.row as number);
}

describe("rows of formula errors", () => {
  it("English: #N/A rows among a salesperson's clients are skipped, the clients kept", () => {
    const people = INVENTED_PEOPLE.en.slice(0, 6);
    const rows: SourceCell[][] = [["Plate", "Client", "ID", "Phone"]];
    people.forEach((p, i) => {
      rows.push([`ABC${100 + i}`, p, `5241880${i}`, `300000${4400 + i}`]);
      if (i === 2) rows.push([NA, NA, NA, NA]);
    });
    const r = importWorkbook([sheet("Clients", rows)], { phoneRegion: "US" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(people);
    expect(skippedAs(r, "reason.lookup-errors")).toEqual([5]);
    expect(r.summary).toMatchObject({ imported: 6, skipped: 1, rejected: 0 });
  });

  it("简体: 整行都是 #N/A 的行跳过，三种语言说明", () => {
    const names = ["华东机电有限公司", "申达物流", "宏远包装", "金桥食品", "东方五金"];
    const rows: SourceCell[][] = [["客户名称", "联系电话", "地区"]];
    names.forEach((n, i) => rows.push([n, `1380000${3100 + i}`, "上海"]));
    rows.push([NA, NA, REF]);
    const r = importWorkbook([sheet("客户", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients).toHaveLength(5);
    const skipped = r.issues.find((i) => i.params?.reason === "reason.lookup-errors");
    expect(skipped?.row).toBe(7);
    expect(renderIssueMessage(skipped!, "zh-CN")).toContain("查找没有找到内容");
    expect(renderIssueMessage(skipped!, "zh-TW")).toContain("查找沒有找到內容");
    expect(renderIssueMessage(skipped!, "en")).toContain("a lookup that found nothing");
  });

  it("繁體: 一格 #N/A 旁邊有客戶姓名的列仍是客戶", () => {
    const clients = ["林志明", "陳美玲", "張家豪", "黃淑芬"];
    const rows: SourceCell[][] = [["客戶姓名", "電話", "區域"]];
    clients.forEach((c, i) => rows.push([c, `0912345${600 + i}`, i === 1 ? NA : "台北"]));
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients.map((c) => c.name)).toEqual(clients);
    expect(skippedAs(r, "reason.lookup-errors")).toEqual([]);
  });
});
