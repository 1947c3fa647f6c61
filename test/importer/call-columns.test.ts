/**
 * A call list: beside each client the outcome of the call and its date. A reached call is a
 * contact: a visit by phone on its date, saying the outcome; a call not reached makes none.
 */
import { importWorkbook } from "../../src/importer";
import { reachedCall } from "../../src/importer/call-columns";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const TODAY = "2026-12-01";

function visits(r: ReturnType<typeof importWorkbook>) {
  const nameOf = (id: unknown) => r.records.Clients.find((c) => c.clientId === id)?.name;
  return r.records.Visits.map((v) => [nameOf(v.clientId), v.visitOn, v.method, v.keyPoints]);
}

describe("a call list's reached calls are visits by phone", () => {
  it("简体: 外呼结果 接通-同意 / 未接通 / 空号 with 外呼日期, year-less dates in the title's year", () => {
    const rows: SourceCell[][] = [
      ["2026年11月 外呼名单", null, null, null, null],
      ["客户号", "姓名", "联系电话", "外呼结果", "外呼日期"],
      ["6001", "林晓燕", "13800002001", "接通-同意", "2026-11-04"],
      ["6002", "吴国强", "13800002002", "未接通", "2026-11-04"],
      ["6003", "何丽娟", "13800002003", "接通-拒绝", "11月3日"],
      ["6004", "马建军", "13800002004", "空号", "2026/11/5"],
      ["6002", "吴国强", "13800002002", "接通-考虑", "2026/11/6"],
    ];
    const r = importWorkbook([sheet("外呼名单", rows)], { today: TODAY });
    expect(r.records.Clients).toHaveLength(4);
    expect(visits(r)).toEqual([
      ["林晓燕", "2026-11-04", "phone", "外呼结果: 接通-同意"],
      ["何丽娟", "2026-11-03", "phone", "外呼结果: 接通-拒绝"],
      ["吴国强", "2026-11-06", "phone", "外呼结果: 接通-考虑"],
    ]);
    const said = r.issues.filter((i) => i.code === "import.visits-from-calls");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({
      count: 3,
      outcome: "D (外呼结果)",
      date: "E (外呼日期)",
    });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage(said[0].code!, said[0].params!, lang)).toContain("3");
  });

  it("繁體: 電訪結果 / 電訪日期", () => {
    const rows: SourceCell[][] = [
      ["客戶姓名", "手機", "電訪結果", "電訪日期"],
      ["陳怡君", "0912000101", "已接通，有意向", "2026/10/12"],
      ["黃志偉", "0912000102", "無人接聽", "2026/10/12"],
      ["張雅婷", "0912000103", "已接通，無意向", "2026/10/13"],
    ];
    const r = importWorkbook([sheet("電訪名單", rows)], { today: TODAY });
    expect(visits(r).map((v) => [v[0], v[1], v[2]])).toEqual([
      ["陳怡君", "2026-10-12", "phone"],
      ["張雅婷", "2026-10-13", "phone"],
    ]);
  });

  it("English: Call Result Connected / No answer / Voicemail with Call Date", () => {
    const rows: SourceCell[][] = [
      ["Customer Name", "Phone", "Call Result", "Call Date"],
      ["Megan Doyle", "555-0101", "Connected - interested", "2026-09-14"],
      ["Aaron Pike", "555-0102", "No answer", "2026-09-14"],
      ["Sofia Reyes", "555-0103", "Voicemail", "2026-09-15"],
      ["Liam Brooks", "555-0104", "Connected - declined", "2026-09-15"],
    ];
    const r = importWorkbook([sheet("Calls", rows)], { today: TODAY });
    expect(visits(r).map((v) => [v[0], v[1], v[2]])).toEqual([
      ["Megan Doyle", "2026-09-14", "phone"],
      ["Liam Brooks", "2026-09-15", "phone"],
    ]);
  });
});

describe("columns that are not a call list's", () => {
  it("a client status beside a date makes no visits", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "客户状态", "开户日期"],
      ["杭州明远贸易", "正常", "2020-01-02"],
      ["宁波启航电子", "冻结", "2021-03-04"],
    ];
    const r = importWorkbook([sheet("客户", rows)], { today: TODAY });
    expect(r.records.Visits).toHaveLength(0);
  });

  it("reads outcomes by their words, the not-reached word first", () => {
    expect(reachedCall("未接通")).toBe(false);
    expect(reachedCall("接通-同意")).toBe(true);
    expect(reachedCall("空号")).toBe(false);
    expect(reachedCall("No answer")).toBe(false);
    expect(reachedCall("Answered")).toBe(true);
    expect(reachedCall("待定")).toBeNull();
  });
});
