/**
 * 厂商 (廠商) is how a shop or a factory calls the firms it buys from: a code list headed 廠商代碼 |
 * 廠商名稱 | 廠商簡稱 lists its vendors, not clients, and is left out saying so in en, 简体 and
 * 繁體. A client list naming a subcontractor beside each client (客戶名稱 … 配合廠商) stays a
 * client list.
 */
import { importWorkbook } from "../../src/importer";
import { rowRoleOf } from "../../src/importer/row-roles";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { readAs, sheet } from "./helpers";

const FIRMS = [
  "富創",
  "宏豐",
  "森創",
  "奕冠",
  "宏邦",
  "豐立",
  "岳科",
  "華森",
  "泰達",
  "元奕",
  "協榮",
  "豐翔",
];

function rowsOf(headers: string[], row: (i: number) => SourceCell[]): SourceCell[][] {
  return [headers, ...FIRMS.map((_, i) => row(i))];
}

function leftOutAsSuppliers(name: string, rows: SourceCell[][]) {
  const r = importWorkbook([sheet(name, rows)]);
  expect(readAs(r, name)).toBeNull();
  expect(Object.values(r.records).flat()).toHaveLength(0);
  const issue = r.issues.find((i) => i.code === "import.sheet-not-data" && i.sheet === name);
  expect(issue).toBeDefined();
  expect(renderIssueMessage(issue!, "en")).toContain("suppliers");
  expect(renderIssueMessage(issue!, "zh-CN")).toContain("供应商");
  expect(renderIssueMessage(issue!, "zh-TW")).toContain("供應商");
}

describe("a shop's vendor code list (廠商, 厂商)", () => {
  it("繁體: 廠商代碼 | 廠商名稱 | 廠商簡稱 is left out as suppliers", () => {
    leftOutAsSuppliers(
      "廠商基本資料",
      rowsOf(["廠商代碼", "廠商名稱", "廠商簡稱"], (i) => [
        `A${String(i + 1).padStart(3, "0")}`,
        `${FIRMS[i]}實業有限公司`,
        FIRMS[i],
      ])
    );
  });

  it("简体: 厂商编号 | 厂商名称 | 联系电话 is left out as suppliers", () => {
    leftOutAsSuppliers(
      "Sheet1",
      rowsOf(["厂商编号", "厂商名称", "联系电话"], (i) => [
        `C${100 + i}`,
        `${FIRMS[i]}贸易有限公司`,
        `0755-8${String(1234567 + i * 31).slice(0, 7)}`,
      ])
    );
  });

  it("the header names the role the rows have", () => {
    const headers = ["廠商代碼", "廠商名稱"];
    const columnValues = [FIRMS.map((_, i) => `A${i}`), FIRMS.map((f) => `${f}有限公司`)];
    expect(
      rowRoleOf({
        sheetName: "Sheet1",
        title: "",
        headers,
        profiles: columnValues.map((v) => profileColumn(v)),
      })?.role
    ).toBe("supplier");
  });
});

describe("a 繁體 client list naming the subcontractor on each job", () => {
  it("stays a client list", () => {
    const r = importWorkbook([
      sheet(
        "報價",
        rowsOf(["客戶名稱", "電話", "配合廠商", "Amount"], (i) => [
          `${FIRMS[i]}工程有限公司`,
          `02-2${String(7001234 + i * 53).slice(0, 7)}`,
          `${FIRMS[(i + 3) % FIRMS.length]}測量社`,
          10000 + i * 500,
        ])
      ),
    ]);
    expect(readAs(r, "報價")).toBe("Clients");
  });
});
