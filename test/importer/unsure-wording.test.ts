/**
 * The one line that says a table was left out as unsure names two readings with their scores; its
 * words agree with the numbers: when the other reading (not register data, or another sheet)
 * scores higher than the one the line offers to force, the line says that one reads higher,
 * instead of offering it as a mere runner-up. Invented sheets (English, 简体, 繁體).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { unsureSummary } from "../../src/importer/sheet-decision";
import type { ImportIssue, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

/** A call log whose caller is named on two rows of forty. */
function callLog(): SourceCell[][] {
  const rows: SourceCell[][] = [["Date", "Agent", "Caller Name", "Duration", "Topic"]];
  for (let i = 0; i < 40; i++)
    rows.push([
      `2025-03-${pad((i % 27) + 1)}`,
      ["Sandy", "Mo", "Priya"][i % 3],
      i === 7 ? "Walter" : i === 21 ? "Ms Ray" : null,
      `00:${pad((i * 7) % 60)}:${pad((i * 13) % 60)}`,
      ["Billing", "Login", "Delivery"][i % 3],
    ]);
  return rows;
}

/**
 * A set-top-box export with no name and no client's number (a list keyed by the subscriber's own
 * number is read as Clients since session 16): device numbers, a status, a plan, a date joined.
 */
function subscribers(lang: "zh-CN" | "zh-TW"): SourceCell[][] {
  const rows: SourceCell[][] = [
    lang === "zh-CN"
      ? ["设备号", "设备状态", "套餐", "入网时间", "机顶盒编号"]
      : ["設備號", "設備狀態", "套餐", "入網時間", "機上盒編號"],
  ];
  for (let i = 0; i < 14; i++)
    rows.push([
      String(10400 + i * 17),
      "正常",
      ["普通套餐", "融合套餐"][i % 2],
      `2019${pad((i % 12) + 1)}${pad((i % 27) + 1)}`,
      String(20001 + i),
    ]);
  return rows;
}

const unsure = (issues: readonly ImportIssue[]) =>
  issues.filter((i) => i.code === "import.sheet-unsure");

/** The line's two scores, in the order it writes them: the offered reading first. */
function scores(text: string): [number, number] {
  const found = [...text.matchAll(/[(（](\d\.\d\d)[)）]/g)].map((m) => Number(m[1]));
  expect(found.length).toBeGreaterThanOrEqual(2);
  return [found[0], found[1]];
}

describe("the unsure line's words agree with its numbers", () => {
  it("English: a call log whose rows name no one", () => {
    const r = importWorkbook([sheet("Calls", callLog())]);
    const [issue] = unsure(r.issues);
    expect(issue).toBeDefined();
    const [offered, other] = scores(issue.message);
    if (other > offered) expect(issue.message).toMatch(/reads higher/);
    else expect(issue.message).not.toMatch(/reads higher/);
    expect(issue.message).toMatch(/unsure whether it is \w+ \(\d\.\d\d\)/);
    expect(issue.message).toContain('--map "Calls!*=');
  });

  it.each(["zh-CN", "zh-TW"] as const)("%s: a nameless device export", (lang) => {
    const r = importWorkbook([sheet("用户", subscribers(lang))]);
    const [issue] = unsure(r.issues);
    expect(issue).toBeDefined();
    const text = renderMessage("import.sheet-unsure", issue.params ?? {}, lang) ?? "";
    const [offered, other] = scores(text);
    // Not register data leads (1.00) against the closest sheet's likeness.
    expect(other).toBeGreaterThan(offered);
    expect(text).toContain("的可能更高");
    expect(text).toContain(lang === "zh-CN" ? "非台账数据" : "非名冊資料");
    expect(text).not.toMatch(/reads higher|unsure|sheet\.unsure/);
    const en = issue.message;
    expect(en).toMatch(/not register data \(1\.00\) reads higher, as its headers hardly speak/);
  });

  it("the summary is chosen by the two scores as shown (two decimals)", () => {
    expect(unsureSummary(0.84, { registerSheet: null, score: 0.98 })).toBe(
      "sheet.unsure.summary-behind"
    );
    expect(unsureSummary(0.84, { registerSheet: "Clients", score: 0.5 })).toBe(
      "sheet.unsure.summary"
    );
    expect(unsureSummary(0.841, { registerSheet: null, score: 0.8449 })).toBe(
      "sheet.unsure.summary"
    );
  });
});
