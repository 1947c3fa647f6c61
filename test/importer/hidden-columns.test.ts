/**
 * Columns a person does not see: Dynamics 365 exports carry hidden "(Do Not Modify) Account",
 * "(Do Not Modify) Row Checksum" and "(Do Not Modify) Modified On" columns (a GUID, a checksum, a
 * time stamp per row). They are never mapped and never land in notes; the import says once per
 * sheet which columns it left out. The header prefix alone (a CSV has no hidden state) is enough.
 */
import { importWorkbook, previewMapping } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import type { SourceCell, SourceSheet } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const GUIDS = [
  "0a0c7a4e-3c5d-ef11-bfe3-000d3a5c1d20",
  "1b2d8b5f-4d6e-ef11-bfe3-000d3a5c1d21",
  "2c3e9c60-5e7f-ef11-bfe3-000d3a5c1d22",
  "3d4fad71-6f80-ef11-bfe3-000d3a5c1d23",
];
const CHECKSUMS = ["kD3Jx9Q+1", "Hq8Lw2Zr/2", "Pa7Nv4Ys+3", "Xc1Mb6Tt/4"];

/** A Dynamics 365 "Active Accounts" export: three system columns, then what a person sees. */
function accounts(hidden: boolean, name = "Active Accounts"): SourceSheet {
  const rows = [
    ["Adventure Works", "425-555-0101", "Redmond", "someone1@example.com", "Nancy Anderson"],
    ["Fabrikam Inc.", "425-555-0102", "Seattle", "someone2@example.com", "Nancy Anderson"],
    ["Litware Ltd", "425-555-0103", "Bellevue", "someone3@example.com", "Alan Steiner"],
    ["Contoso Pharma", "425-555-0104", "Tacoma", "someone4@example.com", "Alan Steiner"],
  ];
  const s = sheet(name, [
    [
      "(Do Not Modify) Account",
      "(Do Not Modify) Row Checksum",
      "(Do Not Modify) Modified On",
      "Account Name",
      "Main Phone",
      "Address 1: City",
      "Email",
      "Owner",
    ],
    ...rows.map((r, i) => [GUIDS[i], CHECKSUMS[i], new Date(Date.UTC(2024, 4, 10 + i)), ...r]),
  ]);
  if (hidden) s.hiddenColumns = [1, 2, 3];
  return s;
}

describe("hidden and (Do Not Modify) columns", () => {
  it.each([
    ["hidden in the workbook", true],
    ["named (Do Not Modify) in a CSV", false],
  ])("a Dynamics export's system columns, %s, are neither mapped nor in notes", (_, hidden) => {
    const r = importWorkbook([accounts(hidden)]);
    const clients = r.records.Clients ?? [];
    expect(clients.map((c) => c.name)).toEqual([
      "Adventure Works",
      "Fabrikam Inc.",
      "Litware Ltd",
      "Contoso Pharma",
    ]);
    expect(clients[0]).toMatchObject({ phone: "425-555-0101", email: "someone1@example.com" });
    const kept = JSON.stringify(r.records);
    for (const text of [...GUIDS, ...CHECKSUMS, "Do Not Modify"]) expect(kept).not.toContain(text);
    const columns = r.mappings[0].columns;
    expect(columns.slice(0, 3).map((c) => [c.letter, c.field, c.source, c.samples])).toEqual([
      ["A", null, "hidden", []],
      ["B", null, "hidden", []],
      ["C", null, "hidden", []],
    ]);
    expect(columns.find((c) => c.header === "Account Name")?.field).toBe("name");
    const said = r.issues.filter((i) => i.code === "import.hidden-columns");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ sheet: "Active Accounts", severity: "info", row: null });
    expect(said[0].message).toContain("A ((Do Not Modify) Account)");
    expect(said[0].params?.count).toBe(3);
    // No other issue points at a system column.
    const others = r.issues.filter((i) => i.code !== "import.hidden-columns");
    expect(others.filter((i) => /^[ABC] \(/.test(i.column ?? ""))).toEqual([]);
    expect(r.summary.rejected).toBe(0);
  });

  it("says so in every language, and the printed mapping marks the columns", () => {
    const [mapping] = previewMapping([accounts(true)]);
    const lines = mappingLines([mapping], "zh-CN");
    expect(lines.find((l) => l.includes("(Do Not Modify) Row Checksum"))).toContain("隐藏列");
    const params = { count: 3, columns: ["A", "B", "C"] };
    const lists = { en: "A, B, C", "zh-CN": "A、B、C", "zh-TW": "A、B、C" } as const;
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("import.hidden-columns", params, lang);
      expect(text).toContain(lists[lang]);
      expect(text).toContain("3");
    }
  });

  it("leaves out a hidden column whatever its header, unless a mapping names it", () => {
    const s = sheet("客户", [
      ["客户名称", "联系电话", "内部评分", "城市"],
      ["上海申华贸易有限公司", "13812345678", "91", "上海"],
      ["杭州西湖茶业有限公司", "13912345678", "78", "杭州"],
      ["苏州园林建设有限公司", "13712345678", "85", "苏州"],
    ]);
    s.hiddenColumns = [2, 3];
    const left = importWorkbook([s]);
    expect(left.mappings[0].columns.map((c) => c.source === "hidden")).toEqual([
      false,
      true,
      true,
      false,
    ]);
    const clients = left.records.Clients ?? [];
    expect(clients).toHaveLength(3);
    expect(clients.every((c) => c.phone === null || c.phone === undefined)).toBe(true);
    expect(JSON.stringify(clients)).not.toContain("内部评分");

    // A person who wants the hidden phone column names it; "-" keeps the other one out.
    const named = importWorkbook([s], { mapping: { 联系电话: "phone", 内部评分: "-" } });
    expect(named.mappings[0].columns.map((c) => [c.field, c.source])).toEqual([
      ["name", expect.any(String)],
      ["phone", "override"],
      [null, "hidden"],
      [expect.anything(), expect.any(String)],
    ]);
    expect((named.records.Clients ?? []).map((c) => c.phone)).toEqual([
      "13812345678",
      "13912345678",
      "13712345678",
    ]);
    expect((named.records.Clients ?? []).map((c) => c.notes ?? null)).toEqual([null, null, null]);
  });

  it("does not let a hidden column decide what the sheet is", () => {
    // Policy columns beside a client list: seen, they make it a policy list; hidden, it is clients.
    const rows: SourceCell[][] = [
      ["Policy No.", "Premium", "Insurer", "Name", "Phone", "Email"],
      ["P-1001", 1200, "AIA", "Ann Lee", "415-555-0101", "ann@example.com"],
      ["P-1002", 900, "AIA", "Bo Chan", "415-555-0102", "bo@example.com"],
      ["P-1003", 1500, "Prudential", "Cy Diaz", "415-555-0103", "cy@example.com"],
    ];
    expect(importWorkbook([sheet("Sheet1", rows)]).mappings[0].registerSheet).toBe("Insurance");
    const s = sheet("Sheet1", rows);
    s.hiddenColumns = [1, 2, 3];
    const r = importWorkbook([s]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect((r.records.Clients ?? []).map((c) => c.name)).toEqual(["Ann Lee", "Bo Chan", "Cy Diaz"]);
    expect(r.records.Insurance ?? []).toEqual([]);
  });

  it("recognises the prefix in Chinese Dynamics exports and in full-width brackets", () => {
    const s = sheet("客户", [
      ["（请勿修改）客户", "(請勿修改) 校驗碼", "客户名称", "主要电话"],
      [GUIDS[0], CHECKSUMS[0], "上海申华贸易有限公司", "13812345678"],
      [GUIDS[1], CHECKSUMS[1], "杭州西湖茶业有限公司", "13912345678"],
      [GUIDS[2], CHECKSUMS[2], "苏州园林建设有限公司", "13712345678"],
    ]);
    const r = importWorkbook([s]);
    expect(r.mappings[0].columns.slice(0, 2).map((c) => c.source)).toEqual(["hidden", "hidden"]);
    expect(JSON.stringify(r.records)).not.toContain(GUIDS[0]);
    expect((r.records.Clients ?? []).map((c) => c.phone)).toEqual([
      "13812345678",
      "13912345678",
      "13712345678",
    ]);
  });

  it("passes over the very hidden sheet a Dynamics export keeps its metadata in, without a warning", () => {
    const metadata: SourceSheet = {
      ...sheet("hiddenSheet", [
        ["account:vxJmm+mgYd4LhSHq:accountid=%28Do%20Not%20Modify%29%20Account"],
      ]),
      state: "veryHidden",
    };
    const r = importWorkbook([accounts(true), metadata]);
    expect((r.records.Clients ?? []).length).toBe(4);
    const said = r.issues.filter((i) => i.sheet === "hiddenSheet");
    expect(said.map((i) => [i.severity, i.code])).toEqual([
      ["info", "import.no-header-very-hidden"],
    ]);
  });
});
