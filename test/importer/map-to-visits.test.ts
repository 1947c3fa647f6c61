/**
 * --map can send a client list's column to a Visits field ("Last Review=Visits.visitOn",
 * "跟進日期=Visits.visitOn"): each row's date makes a visit of that row's client, as review dates
 * and visit logs do. A field no sheet has is still refused with a one-line issue.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const EN = ["Alice Tan", "Brian Ho", "Carol Lim", "David Ng", "Emma Chua", "Frank Koh"];
const TW = ["陳大文", "李美玲", "黃志強", "吳家明", "何嘉欣", "梁小芬"];
const ZH = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆"];

function list(headers: string[], names: string[], results: string[]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  names.forEach((n, i) =>
    rows.push([
      n,
      `0912-345-6${10 + i}`,
      i === 4 ? "" : i === 5 ? "TBD" : `2026-0${4 + i}-1${i}`,
      results[i % results.length],
    ])
  );
  return rows;
}

describe("--map to a Visits field from a client list", () => {
  it.each([
    [
      "English",
      ["Client", "Phone", "Last Review", "Outcome"],
      EN,
      ["Annual review done", "Proposed annuity"],
    ],
    ["繁體", ["姓名", "電話", "跟進日期", "跟進結果"], TW, ["已拜訪，擬提案年金險", "再約時間"]],
    ["简体", ["姓名", "电话", "跟进日期", "跟进结果"], ZH, ["已拜访", "待回访"]],
  ])("%s: one visit per dated row, linked to the row's client", (_l, headers, names, results) => {
    const mapping = { [headers[2]]: "Visits.visitOn", [headers[3]]: "Visits.keyPoints" };
    const r = importWorkbook([sheet("名單", list(headers, names, results))], { mapping });
    expect(r.issues.some((i) => i.code === "map.override-ignored")).toBe(false);
    expect(r.records.Clients).toHaveLength(6);
    const visits = r.records.Visits;
    expect(visits).toHaveLength(4);
    const first = r.records.Clients.find((c) => c.name === names[0]);
    const visit = visits.find((v) => v.visitOn === "2026-04-10");
    expect(visit?.clientId).toBe(first?.clientId);
    expect(visit?.keyPoints).toBe(results[0]);
    // The undated row makes no visit; its text is told and kept in the client's notes.
    const tbd = r.records.Clients.find((c) => c.name === names[5]);
    expect(String(tbd?.notes)).toContain("TBD");
    expect(r.issues.some((i) => i.code === "value.unreadable-kept" && i.value === "TBD")).toBe(
      true
    );
  });

  it("a field Visits does not have is refused in every language", () => {
    const headers = ["Client", "Phone", "Last Review", "Outcome"];
    const r = importWorkbook([sheet("Clients", list(headers, EN, ["done"]))], {
      mapping: { "Last Review": "Visits.reviewedOn" },
    });
    const issue = r.issues.find((i) => i.code === "map.override-ignored");
    expect(issue).toBeDefined();
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderIssueMessage(issue!, lang)).toContain("Visits.reviewedOn");
  });
});
