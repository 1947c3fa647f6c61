/**
 * Words a person reads in the register: a side note without a header is kept under the word for a
 * note in the sheet's language (not a bare column letter), and the Clients owner's Traditional
 * Chinese label belongs to no one trade (a bank's 理專 still reads as the owner).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { fieldByHeader } from "../../src/register/catalog";
import { sheetDef } from "../../src/register/sheets";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function withSideNote(
  headers: readonly string[],
  notes: readonly (string | null)[]
): SourceCell[][] {
  const names = ["陳怡君", "林志明", "王美玲", "張家豪", "李淑芬", "黃俊傑"];
  return [
    [...headers, null],
    ...names.map((name, i): SourceCell[] => [
      `K${100 + i}`,
      name,
      `0912-345-${String(600 + i)}`,
      notes[i] ?? null,
    ]),
  ];
}

describe("a side note without a header", () => {
  it.each([
    [["客户编号", "客户姓名", "联系电话"], "备注"],
    [["客戶編號", "客戶姓名", "聯絡電話"], "備註"],
    [["Client ID", "Client Name", "Phone"], "Notes"],
  ] as const)("beside %j is kept under %s", (headers, word) => {
    const r = importWorkbook([sheet("客户", withSideNote(headers, ["季度回访", null, "VIP"]))]);
    const notes = r.records.Clients.map((c) => c.notes ?? null);
    expect(notes[0]).toBe(`${word}: 季度回访`);
    expect(notes[1]).toBeNull();
    expect(notes[2]).toBe(`${word}: VIP`);
    expect(notes.join(" ")).not.toMatch(/(?:^|\s)D:/);
    const issue = r.issues.find((i) => i.code === "map.unmapped-notes" && i.column === "D");
    expect(issue?.params?.header).toBe(word);
    for (const lang of ["en", "zh-CN", "zh-TW"] as const)
      expect(renderMessage("map.unmapped-notes", issue?.params ?? {}, lang)).toContain(word);
  });

  it("a note that says it is one (备注：…) is kept as written, not labelled twice", () => {
    const r = importWorkbook([
      sheet(
        "客户",
        withSideNote(
          ["客户编号", "客户姓名", "联系电话"],
          ["备注：D级客户季度回访", "Note: call in May"]
        )
      ),
    ]);
    expect(r.records.Clients[0].notes).toBe("备注：D级客户季度回访");
    expect(r.records.Clients[1].notes).toBe("Note: call in May");
  });

  it("two such columns are told apart by their letters", () => {
    const rows: SourceCell[][] = [
      ["客户编号", "客户姓名", "联系电话", "地址", "出生日期", null, null],
      ["K1", "张伟", "13800000001", "北京市朝阳区", "1980-01-02", "季度回访", "老客户"],
      ["K2", "李娜", "13800000002", "上海市浦东新区", "1981-03-04", null, null],
      ["K3", "王芳", "13800000003", "广州市天河区", "1982-05-06", null, null],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients[0].notes).toBe("备注 F: 季度回访; 备注 G: 老客户");
  });
});

describe("the Clients owner's label", () => {
  const owner = sheetDef("Clients").fields.find((f) => f.key === "owner");

  it("names no trade in Traditional Chinese and stays the owner in every language", () => {
    expect(owner?.label["zh-TW"]).toBe("負責人員");
    expect(owner?.label["zh-TW"]).not.toMatch(/理專|業務|保險/);
  });

  it.each(["理專", "負責人員", "业务员", "業務員", "Owner", "负责人"])(
    "a register or source column headed %s reads as the owner",
    (header) => {
      expect(fieldByHeader("Clients", header)?.key).toBe("owner");
    }
  );
});
