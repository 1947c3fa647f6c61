/**
 * Rows of a sheet that name no client, or a client neither the register nor the import has, are
 * told once for the sheet (count, names with their counts, first rows) in en/zh-CN/zh-TW; each
 * record is still kept, without a client link, the name in notes. A single such row keeps its own
 * issue.
 */
import { importWorkbook } from "../../src/importer";
import { gatherLinkWarnings } from "../../src/importer/link-warnings";
import { renderMessage } from "../../src/register/messages";
import type { ImportIssue } from "../../src/importer/types";
import { sheet } from "./helpers";

const LANGS = ["en", "zh-CN", "zh-TW"] as const;

describe("link warnings told once per sheet", () => {
  it("gathers policies of holders the client sheet does not list (简体, policy sheet first)", () => {
    const r = importWorkbook([
      sheet("保单", [
        ["保单号", "投保人", "险种", "年缴保费"],
        ["P-1", "张伟", "重疾险", 5000],
        ["P-2", "李娜", "医疗险", 1200],
        ["P-3", "赵磊", "意外险", 300],
        ["P-4", "李娜", "寿险", 8000],
      ]),
      sheet("客户", [
        ["客户姓名", "手机"],
        ["张伟", "13800001001"],
      ]),
    ]);
    expect(r.records.Insurance).toHaveLength(4);
    const rows = r.issues.filter((i) => i.code === "link.unlinked-name");
    expect(rows).toEqual([]);
    const gathered = r.issues.filter((i) => i.code === "link.rows-unlinked-name");
    expect(gathered).toHaveLength(1);
    expect(gathered[0]).toMatchObject({ sheet: "保单", row: null, severity: "warning" });
    expect(gathered[0].params).toMatchObject({
      count: 3,
      distinct: 2,
      values: '"李娜" ×2, "赵磊" ×1',
      rows: "3, 4, 5",
    });
    for (const lang of LANGS) {
      const text = renderMessage("link.rows-unlinked-name", gathered[0].params ?? {}, lang) ?? "";
      expect(text).toContain('"李娜" ×2');
      expect(text).toContain("3, 4, 5");
      expect(text).not.toMatch(/\{\w+/);
    }
    // Nothing is lost: each unlinked policy keeps its holder's name in notes.
    const p3 = r.records.Insurance.find((p) => p.policyNo === "P-3");
    expect(p3?.clientId ?? null).toBeNull();
    expect(String(p3?.notes)).toContain("赵磊");
  });

  it("keeps a single unlinked row's own issue (English, client sheet first)", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Phone"],
        ["Ada Finch", "555-0101"],
        ["Bo Lund", "555-0102"],
      ]),
      sheet("Policies", [
        ["Policy No", "Policyholder", "Type", "Annual Premium"],
        ["Q-1", "Ada Finch", "Life", 900],
        ["Q-2", "Cy Moss", "Medical", 400],
        ["Q-3", "Bo Lund", "Accident", 100],
      ]),
    ]);
    expect(r.issues.filter((i) => i.code === "link.rows-unlinked-name")).toEqual([]);
    const own = r.issues.filter((i) => i.code === "link.unlinked-name");
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ sheet: "Policies", row: 3 });
  });
});

describe("gatherLinkWarnings", () => {
  const noClient = (sheetName: string, row: number): ImportIssue => ({
    sheet: sheetName,
    row,
    column: null,
    field: "clientId",
    value: null,
    severity: "warning",
    message: "m",
    code: "link.no-client",
    params: {},
  });
  const several = (row: number): ImportIssue => ({
    ...noClient("S", row),
    value: "陳美玲",
    code: "link.unlinked-name",
    params: { why: "link.several-named", name: '"陳美玲"', ids: "C-0001, C-0002" },
  });

  it("gathers each sheet apart, in place of its first row, and leaves other issues in order", () => {
    const other: ImportIssue = { ...noClient("S", 1), code: "link.conflict", params: {} };
    const out = gatherLinkWarnings([
      noClient("S", 2),
      other,
      noClient("T", 5),
      noClient("S", 3),
      noClient("T", 9),
      noClient("S", 4),
    ]);
    expect(out.map((i) => [i.sheet, i.code, i.params?.rows ?? i.row])).toEqual([
      ["S", "link.rows-no-client", "2, 3, 4"],
      ["S", "link.conflict", 1],
      ["T", "link.rows-no-client", "5, 9"],
    ]);
    for (const lang of LANGS)
      expect(renderMessage("link.rows-no-client", out[0].params ?? {}, lang)).toContain("2, 3, 4");
  });

  it("leaves rows naming a client several clients share to be told (and chosen) one by one", () => {
    const rows = [several(2), several(3)];
    expect(gatherLinkWarnings(rows)).toEqual(rows);
  });
});
