/** @jest-environment jsdom */
/**
 * A Chinese user never meets English in the mapping step: the reasons the importer gives for each
 * column ("why") and for a table that is not register data come from the message catalogue, in the
 * pane's language. Real importer decisions on invented 简体 and 繁體 workbooks, shown in the wizard.
 */
import "@testing-library/jest-dom";
import { fireEvent, screen } from "@testing-library/react";
import * as React from "react";
import { previewMapping } from "../../src/importer";
import type { SourceCell, SourceSheet } from "../../src/importer/types";
import { isMessageCode, renderMessage } from "../../src/register/messages";
import type { Lang } from "../../src/register/types";
import { ImportWizard } from "../../src/taskpane/components/ImportWizard";
import { toSheetMappings } from "../../src/taskpane/host/convert";
import { messagesFor } from "../../src/taskpane/i18n";
import { fakeActions } from "./fake-actions";
import { renderPane } from "./render";

jest.setTimeout(30_000);

const sheet = (name: string, rows: SourceCell[][]): SourceSheet => ({ name, rows, merges: [] });

const REPS = ["张伟", "李娜", "王芳"];
const STORES = ["悦佳", "华联", "万家", "惠民", "金桥", "新港", "百盛", "东方", "星河", "和平"];

/** A shop roster: row numbers, a store (the subject), a sales rep on many rows, regions, phones. */
function cnBook(): SourceSheet[] {
  const rows: SourceCell[][] = [
    [
      "序号",
      "门店名称",
      "姓名",
      "省份",
      "城市",
      "详细地址",
      "联系电话",
      "邮箱",
      "生日",
      "风险偏好",
    ],
  ];
  for (let i = 0; i < 30; i++)
    rows.push([
      i + 1,
      `${STORES[i % 10]}超市${i + 1}店`,
      REPS[i % 3],
      "广东省",
      "湛江市",
      `民主路${i + 1}号`,
      `13800000${String(100 + i)}`,
      `shop${i}@example.com`,
      "不详",
      ["稳健型", "保守型", "积极型"][i % 3],
    ]);
  const catalogue: SourceCell[][] = [["产品名称", "规格", "单价", "库存"]];
  for (let i = 0; i < 8; i++) catalogue.push([`洗衣液${i}`, "2L", 39.9 + i, 100 + i]);
  const summary: SourceCell[][] = [["业务员", "门店数", "合计", "平均"]];
  for (const rep of REPS) summary.push([rep, 10, 12000, 1200]);
  const policies: SourceCell[][] = [["保单号", "被保险人", "保险公司", "保费", "生效日期"]];
  for (let i = 0; i < 6; i++)
    policies.push([`P-${1000 + i}`, `客户${i}`, "平安", 1200 + i, "2024-01-05"]);
  return [
    sheet("门店客户", rows),
    sheet("产品目录", catalogue),
    sheet("汇总", summary),
    sheet("保单", policies),
  ];
}

/** The same shapes in Traditional Chinese, with a 兆 unit and a periods matrix. */
function twBook(): SourceSheet[] {
  const rows: SourceCell[][] = [
    ["編號", "客戶名稱", "業務員", "縣市", "地址", "手機", "電子郵件", "年收入（兆元）", "備註"],
  ];
  for (let i = 0; i < 30; i++)
    rows.push([
      String(i + 1).padStart(3, "0"),
      `${["大同", "信義", "中山"][i % 3]}商行${i + 1}`,
      ["陳志明", "林美玲"][i % 2],
      "臺北市",
      `松仁路${i + 1}號`,
      `0900${String(100000 + i)}`,
      `client${i}@example.org`,
      i + 1,
      "",
    ]);
  const matrix: SourceCell[][] = [["客戶", "2021", "2022", "2023", "2024"]];
  for (let i = 0; i < 6; i++) matrix.push([`客戶${i}`, i, i * 2, i * 3, i * 4]);
  return [sheet("客戶資料", rows), sheet("年度業績", matrix)];
}

/** Three or more English words in a row: an English sentence (or a piece of one) left untranslated. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[\s,]+[A-Za-z]{2,}){2,}/;
/** The text without what the user wrote (quoted headers and values, in any quotes). */
const withoutQuoted = (text: string) => text.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, "");

async function mappingStep(lang: Lang, book: SourceSheet[]) {
  const mappings = toSheetMappings(
    previewMapping(book, { [`${book[0].name}!備註`]: "notes", [`${book[0].name}!邮箱`]: "email" })
  );
  const sources = book.map((s) => ({
    name: s.name,
    rows: s.rows.length,
    columns: s.rows[0].length,
    kind: null,
  }));
  const actions = fakeActions({
    listSourceSheets: jest.fn(async () => sources),
    previewMapping: jest.fn(async () => mappings),
  });
  const view = renderPane(<ImportWizard actions={actions} onChanged={jest.fn()} />, lang);
  const m = messagesFor(lang);
  for (const s of book) {
    const box = await screen.findByRole("checkbox", { name: new RegExp(s.name) });
    if (!(box as HTMLInputElement).checked) fireEvent.click(box);
  }
  fireEvent.click(screen.getByRole("button", { name: m.common.next }));
  await screen.findAllByTestId("mapping-evidence");
  return { mappings, text: view.container.textContent ?? "" };
}

describe.each([
  ["zh-CN" as Lang, cnBook],
  ["zh-TW" as Lang, twBook],
])("the %s pane's mapping step", (lang, book) => {
  it("shows every reason from the catalogue, and no run of English words", async () => {
    const { mappings, text } = await mappingStep(lang, book());
    const reasons = mappings.flatMap((m) => m.columns.flatMap((c) => c.reasons ?? []));
    const sheetReasons = mappings.flatMap((m) => (m.reasonCoded ? [m.reasonCoded] : []));
    // Many kinds of witness are shown, each by a known code whose English text is the evidence.
    const codes = new Set([...reasons, ...sheetReasons].map((r) => r.code));
    expect(codes.size).toBeGreaterThanOrEqual(lang === "zh-CN" ? 10 : 7);
    expect(sheetReasons.length).toBeGreaterThanOrEqual(lang === "zh-CN" ? 2 : 1);
    for (const m of mappings)
      for (const c of m.columns) {
        expect(c.reasons?.length ?? 0).toBe(c.evidence?.length ?? 0);
        c.reasons?.forEach((r, i) => {
          expect(isMessageCode(r.code)).toBe(true);
          expect(renderMessage(r.code, r.params, "en")).toBe(c.evidence?.[i]);
        });
      }
    // The English evidence would be caught by the check.
    expect(
      mappings.some((m) => m.columns.some((c) => ENGLISH_RUN.test(c.evidence?.join("; ") ?? "")))
    ).toBe(true);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    const english = ENGLISH_RUN.exec(withoutQuoted(text));
    if (english) throw new Error(`English in the ${lang} mapping step: "${english[0]}"`);
    for (const r of sheetReasons)
      expect(text).toContain(renderMessage(r.code, r.params, lang) as string);
  });
});
