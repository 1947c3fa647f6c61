/**
 * A list kept by client: a heading row per client (one cell, often merged across the table) with
 * the client's branches, stores or policies under it, and no column naming the client. A person
 * reads each heading as the client of the rows under it; the heading itself is no row of details.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function run(name: string, rows: SourceCell[][], merges: string[] = []) {
  const r = importWorkbook([sheet(name, rows, merges)]);
  const notes = (n: string) => String(r.records.Clients.find((c) => c.name === n)?.notes ?? "");
  return { r, notes };
}

describe("heading rows that name the client of the rows under them", () => {
  it("makes one client per heading, its branches kept in its notes (English, merged headings)", () => {
    const { r, notes } = run(
      "Sheet1",
      [
        ["", "Branch", "City", "Phone"],
        ["BLUEBIRD MARKETS"],
        [1, "CITY SQUARE", "LEEDS", "0113 555 0101"],
        [2, "RIVERSIDE", "YORK", "0113 555 0102"],
        ["ORCHARD PHARMACY"],
        [1, "HIGH STREET", "", "0113 555 0103"],
      ],
      ["A2:D2", "A5:D5"]
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual(["BLUEBIRD MARKETS", "ORCHARD PHARMACY"]);
    expect(notes("BLUEBIRD MARKETS")).toContain("Branch: CITY SQUARE");
    expect(notes("BLUEBIRD MARKETS")).toContain("Branch: RIVERSIDE, City: YORK");
    expect(notes("ORCHARD PHARMACY")).toContain("Branch: HIGH STREET");
    expect(notes("ORCHARD PHARMACY")).not.toContain("RIVERSIDE");
    // A store's phone is the store's, not the client's; a client with branches is an organisation.
    expect(r.records.Clients[0].phone).toBeNull();
    expect(r.records.Clients.map((c) => c.kind)).toEqual(["enterprise", "enterprise"]);
    const said = r.issues.filter((i) => i.code === "import.group-rows-subject");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 2, rows: 3, first: 2 });
  });

  it("reads 简体 headings without merges over stores with their own managers", () => {
    const { r, notes } = run("门店清单", [
      ["序号", "门店", "城市", "店长", "电话"],
      ["华联超市"],
      [1, "人民路店", "南京", "李强", "025-55550001"],
      [2, "中山路店", "南京", "王芳", "025-55550002"],
      ["永辉生活"],
      [1, "天河店", "广州", "陈静", "020-55550003"],
      [2, "越秀店", "广州", "赵磊", "020-55550004"],
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["华联超市", "永辉生活"]);
    expect(notes("永辉生活")).toContain("门店: 越秀店");
    expect(notes("永辉生活")).toContain("店长: 赵磊");
    expect(r.records.Clients.map((c) => c.kind)).toEqual(["enterprise", "enterprise"]);
    expect(r.records.Clients.some((c) => c.name === "人民路店")).toBe(false);
  });

  it("links 繁體 policies to the insured named in the heading above them", () => {
    const { r } = run("保單", [
      ["保單號碼", "險種", "保額", "生效日"],
      ["王大明"],
      ["P-1001", "終身壽險", 1000000, "2019-05-01"],
      ["P-1002", "住院醫療", 3000, "2020-06-01"],
      ["林美華"],
      ["P-2001", "防癌險", 500000, "2021-07-01"],
    ]);
    expect(r.records.Insurance.map((p) => p.policyNo)).toEqual(["P-1001", "P-1002", "P-2001"]);
    const clients = new Map(r.records.Clients.map((c) => [c.clientId, c.name]));
    expect(r.records.Insurance.map((p) => clients.get(p.clientId))).toEqual([
      "王大明",
      "王大明",
      "林美華",
    ]);
    const skipped = r.issues.filter((i) => i.code === "import.row-skipped").map((i) => i.row);
    expect(skipped).toEqual([2, 5]);
  });

  it("leaves headings to be groups when a column names the client", () => {
    const { r } = run("客户", [
      ["客户名称", "联系人", "电话"],
      ["01 华东区"],
      ["上海申丰贸易有限公司", "高敏", "021-55550001"],
      ["上海明珠物流有限公司", "李强", "021-55550002"],
      ["02 华南区"],
      ["广州穗丰食品有限公司", "陈静", "020-55550005"],
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "上海申丰贸易有限公司",
      "上海明珠物流有限公司",
      "广州穗丰食品有限公司",
    ]);
    expect(r.issues.some((i) => i.code === "import.group-rows-subject")).toBe(false);
    const notes = (n: string) => String(r.records.Clients.find((c) => c.name === n)?.notes);
    expect(notes("上海明珠物流有限公司")).toContain("华东区");
    expect(notes("广州穗丰食品有限公司")).toContain("华南区");
    expect(notes("广州穗丰食品有限公司")).not.toContain("华东区");
  });

  it("keeps a heading merged across the table as the group of the clients under it (English)", () => {
    const { r, notes } = run(
      "Customers",
      [
        ["Customer", "Contact", "Phone", "Email"],
        ["Northern accounts"],
        ["Harbor Dental Group", "Ann Lee", "(555) 301-0001", "office@example.org"],
        ["Redwood Printing", "Bo Chan", "(555) 301-0002", "info@example.net"],
        ["Southern accounts"],
        ["Summit Analytics", "Cy Diaz", "(555) 301-0003", "hello@example.com"],
      ],
      ["A2:D2", "A5:D5"]
    );
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Harbor Dental Group",
      "Redwood Printing",
      "Summit Analytics",
    ]);
    expect(notes("Redwood Printing")).toContain("Northern accounts");
    expect(notes("Summit Analytics")).toContain("Southern accounts");
    expect(notes("Summit Analytics")).not.toContain("Northern");
  });

  it("is unsure of one heading alone, or of rows standing before the first heading", () => {
    const one = run("Sheet1", [
      ["", "Branch", "City", "Phone"],
      ["BLUEBIRD MARKETS"],
      [1, "CITY SQUARE", "LEEDS", "0113 555 0101"],
      [2, "RIVERSIDE", "YORK", "0113 555 0102"],
    ]);
    expect(one.r.issues.some((i) => i.code === "import.group-rows-subject")).toBe(false);
    const before = run("Sheet1", [
      ["", "Branch", "City", "Phone"],
      [1, "MARKET HALL", "HULL", "0113 555 0100"],
      ["BLUEBIRD MARKETS"],
      [1, "CITY SQUARE", "LEEDS", "0113 555 0101"],
      ["ORCHARD PHARMACY"],
      [1, "HIGH STREET", "", "0113 555 0103"],
    ]);
    expect(before.r.issues.some((i) => i.code === "import.group-rows-subject")).toBe(false);
  });
});
