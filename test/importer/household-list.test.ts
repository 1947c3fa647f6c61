/**
 * An agent's client list kept by household: the client on one row (關係 本人), the spouse and
 * children indented on the rows below with their relation and no household number of their own.
 * A person reads the relatives as the client's family, not as clients.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = ["戶號", "姓名", "關係", "生日", "身分證字號", "手機", "職業/學校"];
const ROWS: SourceCell[][] = [
  ["H01", "周文彬", "本人", "民國66/5/3", "E120000111", "0912-000-111", "工程師"],
  ["", "\u3000\u3000沈佳蓉", "配偶", "民國68/1/20", "E220000222", "0933-000-222", "護理師"],
  ["", "\u3000\u3000周子涵", "長女", "2010/9/1", "", "", "光明國小"],
  ["H02", "馬建宏", "戶長", "1970-02-14", "F120000333", "(02)2711-0000", "自營商"],
  ["", "\u3000\u3000馬宥廷", "次子", "2012-06-30", "", "", ""],
  ["H03", "蘇雅琪", "本人", "1985/11/11", "A220000444", "0955-000-444", "會計"],
];

function book(rows: SourceCell[][] = ROWS) {
  return sheet("保戶名冊", [HEADER, ...rows]);
}

describe("a client list kept by household", () => {
  const r = importWorkbook([book()]);
  const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;

  it("makes the clients from the rows of the client themself, and the relatives their family", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周文彬", "馬建宏", "蘇雅琪"]);
    expect(
      r.records.Family.map((f) => [f.clientId, f.memberName, f.relation, f.occupationOrSchool])
    ).toEqual([
      [idOf("周文彬"), "沈佳蓉", "配偶", "護理師"],
      [idOf("周文彬"), "周子涵", "長女", "光明國小"],
      [idOf("馬建宏"), "馬宥廷", "次子", null],
    ]);
    expect(r.summary).toMatchObject({ sourceRows: 6, imported: 6, rejected: 0 });
  });

  it("keeps a relative's birthday (ROC years too) and every other value of the row in notes", () => {
    const spouse = r.records.Family.find((f) => f.memberName === "沈佳蓉");
    expect(JSON.stringify(spouse?.birthday)).toContain("1979-01-20");
    expect(spouse?.notes).toContain("E220000222");
    expect(spouse?.notes).toContain("0933-000-222");
  });

  it("says once, in the register's three languages, which rows were read as family", () => {
    const said = r.issues.filter((i) => i.code === "import.family-from-household");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 3, relation: "C (關係)" });
    expect(renderMessage(said[0].code!, said[0].params!, "zh-TW")).toContain("家庭成員");
    expect(renderMessage(said[0].code!, said[0].params!, "zh-CN")).toContain("家庭成员");
    expect(renderMessage(said[0].code!, said[0].params!, "en")).toContain("family");
  });

  it("importing the same list again creates nothing new", () => {
    const again = importWorkbook([book()], { existing: r.records, state: r.state });
    expect(again.records.Clients).toHaveLength(3);
    expect(again.records.Family).toHaveLength(3);
    expect(again.summary.imported).toBe(0);
  });
});

describe("a relation column that is not a household's", () => {
  it("leaves every row a client when the column rates the relationship (良好 / 一般)", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "客户关系", "手机"],
      ["杭州明远贸易", "良好", "13800000001"],
      ["宁波启航电子", "一般", "13800000002"],
      ["温州华泰鞋业", "良好", "13800000003"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients).toHaveLength(3);
    expect(r.records.Family).toHaveLength(0);
  });

  it("leaves one client's family table a family table, even when it lists the client as 本人", () => {
    const rows: SourceCell[][] = [
      ["客戶", "姓名", "關係", "生日", "職業/學校"],
      ["周文彬", "周文彬", "本人", "1977-05-03", "工程師"],
      ["周文彬", "沈佳蓉", "配偶", "1979-01-20", "護理師"],
      ["周文彬", "周子涵", "長女", "2010-09-01", "光明國小"],
    ];
    const r = importWorkbook([book(), sheet("家庭成員", rows)]);
    expect(r.mappings.find((m) => m.sheet === "家庭成員")?.registerSheet).toBe("Family");
  });
});
