/**
 * The person who looks after a table's clients written once above its header ("業務員：陳怡君",
 * "客户经理：张伟", "RM: John Lee") instead of in a column: a person makes them the owner of every
 * client of the table. A line naming who made or checked the sheet (制表人, 審核人) is not the owner.
 */
import { importWorkbook } from "../../src/importer";
import { ownerInTitle } from "../../src/importer/title-owner";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("ownerInTitle", () => {
  it.each([
    ["業務員：韓佳玲", "韓佳玲"],
    ["客户经理：钱立新", "钱立新"],
    ["理專: 董冠宇", "董冠宇"],
    ["RM: Dana Whitlock", "Dana Whitlock"],
    ["Account Manager - Dana Whitlock", "Dana Whitlock"],
    ["經辦人：魏雅雯（A1023）", "魏雅雯"],
    ["保戶名冊　業務員：韓佳玲　製表日期：113/05/01", "韓佳玲"],
  ])("reads %s as owned by %s", (line, owner) => {
    expect(ownerInTitle([[line]])?.owner).toBe(owner);
  });

  it.each([
    ["制表人：孙晓梅"],
    ["製表：孙晓梅"],
    ["审核人：郑海涛"],
    ["Prepared by: Dana Whitlock"],
    ["分行：台北分行"],
    ["日期：2024-05-01"],
  ])("reads no owner in %s", (line) => {
    expect(ownerInTitle([[line]])).toBeNull();
  });

  it("reads a label cell and the name in the next filled cell", () => {
    expect(ownerInTitle([["客户经理：", null, "钱立新"]])?.owner).toBe("钱立新");
    expect(ownerInTitle([["業務員", "韓佳玲"]])).toMatchObject({ owner: "韓佳玲", row: 1 });
  });

  it("reads no owner when two lines name different people", () => {
    expect(ownerInTitle([["客户经理：钱立新"], ["客户经理：郑海涛"]])).toBeNull();
  });
});

describe("a client list whose title names the owner", () => {
  const rows: SourceCell[][] = [
    ["客户名单"],
    ["客户经理：钱立新", null, "制表人：孙晓梅"],
    ["客户名称", "手机", "地址"],
    ["杭州明远贸易", "13800000001", "杭州市西湖区文三路1号"],
    ["宁波启航电子", "13800000002", "宁波市鄞州区中山路2号"],
  ];

  it("makes the named person the owner of every client, and says so once in three languages", () => {
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.owner)).toEqual(["钱立新", "钱立新"]);
    const said = r.issues.filter((i) => i.code === "import.owner-from-title");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ row: 2, field: "owner", value: "钱立新" });
    expect(said[0].params).toMatchObject({ owner: "钱立新", count: 2 });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("负责人");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("負責人");
    expect(renderMessage(said[0].code!, said[0].params!, "en")).toContain("owner");
  });

  it("leaves the owner column's values alone when the table has one", () => {
    const withColumn: SourceCell[][] = [
      ["客户经理：钱立新"],
      ["客户名称", "手机", "客户经理"],
      ["杭州明远贸易", "13800000001", "郑海涛"],
      ["宁波启航电子", "13800000002", ""],
    ];
    const r = importWorkbook([sheet("客户", withColumn)]);
    expect(r.records.Clients.map((c) => c.owner)).toEqual(["郑海涛", null]);
    expect(r.issues.some((i) => i.code === "import.owner-from-title")).toBe(false);
  });

  it("gives no owner from a line naming who made the sheet", () => {
    const made: SourceCell[][] = [["製表人：孙晓梅"], ...rows.slice(2)];
    const r = importWorkbook([sheet("客户", made)]);
    expect(r.records.Clients.map((c) => c.owner)).toEqual([null, null]);
  });

  it("makes the agent of a household policy list the owner of the clients made from it", () => {
    const book: SourceCell[][] = [
      ["業務員：韓佳玲"],
      ["關係", "姓名", "保單號碼", "險種", "保額(萬)"],
      ["本人", "董冠宇", "T-1", "定期壽險", 300],
      ["配偶", "董林氏", "T-2", "醫療險", 10],
      ["本人", "魏雅雯", "T-3", "年金險", 30],
    ];
    const r = importWorkbook([sheet("保戶名冊", book)]);
    expect(r.records.Clients.map((c) => [c.name, c.owner])).toEqual([
      ["董冠宇", "韓佳玲"],
      ["魏雅雯", "韓佳玲"],
    ]);
    const said = r.issues.find((i) => i.code === "import.owner-from-title");
    expect(said?.params).toMatchObject({ owner: "韓佳玲", count: 2 });
  });
});
