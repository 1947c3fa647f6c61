/**
 * Group rows between data rows, as ERP and bank lists write them: a lone code and label ("0102 江苏"),
 * a numbered label ("一、华东区"), a branch or region ("浦东支行", "Region North"). A person reads
 * them as headings over the rows under them: not clients, not notes of the client above, and the
 * label is kept on every client of the group (in notes: the register has no branch or region field).
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function run(rows: SourceCell[][], merges: string[] = []) {
  const r = importWorkbook([sheet("客户档案", rows, merges)]);
  const byName = Object.fromEntries(r.records.Clients.map((c) => [String(c.name), c]));
  return { r, byName, notes: (name: string) => String(byName[name]?.notes ?? "") };
}

describe("group rows between data rows", () => {
  const ERP: SourceCell[][] = [
    ["客户编码", "客户名称", "联系人", "电话", "停用"],
    ["01 华东区"],
    ["0101 上海"],
    ["0101001", "上海申丰贸易有限公司", "高敏", "021-55550001", "否"],
    ["0101002", "上海明珠物流有限公司", "李强", "021-55550002", "否"],
    ["0102 江苏"],
    ["0102001", "南京金陵机械有限公司", "王芳", "025-55550003", "是"],
    ["0102002", "苏州吴越电子有限公司", "赵磊", "025-55550004", "否"],
    ["02 华南区"],
    ["0201 广东"],
    ["0201001", "广州穗丰食品有限公司", "陈静", "020-55550005", "否"],
  ];

  it("reads coded group rows as headings, not as clients or as notes of the client above", () => {
    const { r, byName, notes } = run(ERP);
    expect(Object.keys(byName)).toEqual([
      "上海申丰贸易有限公司",
      "上海明珠物流有限公司",
      "南京金陵机械有限公司",
      "苏州吴越电子有限公司",
      "广州穗丰食品有限公司",
    ]);
    expect(r.summary.merged).toBe(0);
    expect(notes("上海明珠物流有限公司")).not.toContain("0102");
    expect(notes("苏州吴越电子有限公司")).not.toContain("华南区");
    const skipped = r.issues.filter((i) => i.code === "import.row-skipped").map((i) => i.row);
    expect(skipped).toEqual([2, 3, 6, 9, 10]);
  });

  it("keeps the groups a client stands in, outermost first, by the codes' nesting", () => {
    const { notes } = run(ERP);
    expect(notes("上海申丰贸易有限公司")).toContain("分组: 华东区 / 上海");
    expect(notes("南京金陵机械有限公司")).toContain("分组: 华东区 / 江苏");
    expect(notes("广州穗丰食品有限公司")).toContain("分组: 华南区 / 广东");
    expect(notes("广州穗丰食品有限公司")).not.toContain("华东区");
  });

  it("leaves out a label the row already says (所属地区: 江苏)", () => {
    const rows = ERP.map((row, i) =>
      i === 0
        ? [...row, "所属地区"]
        : row.length > 1
          ? [...row, i < 6 ? "上海" : i < 9 ? "江苏" : "广东"]
          : row
    );
    const { notes } = run(rows);
    expect(notes("南京金陵机械有限公司")).toContain("分组: 华东区");
    expect(notes("南京金陵机械有限公司")).not.toContain("华东区 / 江苏");
  });

  it("keeps a merged 支行 row's label on the clients under it, up to the next 支行", () => {
    const rows: SourceCell[][] = [
      ["序号", "客户名称", "客户经理", "授信额度(万元)"],
      ["浦东支行"],
      [1, "张江国泰实业有限公司", "周晓东", 1000],
      [2, "金桥恒远物流有限公司", "林海燕", 3000],
      [null, "浦东支行合计", null, 4000],
      ["徐汇支行"],
      [1, "申江联创科技股份有限公司", "孙志强", 5000],
    ];
    const { byName, notes } = run(rows, ["A2:D2", "A6:D6"]);
    expect(Object.keys(byName)).toHaveLength(3);
    expect(notes("张江国泰实业有限公司")).toContain("分组: 浦东支行");
    expect(notes("金桥恒远物流有限公司")).toContain("分组: 浦东支行");
    expect(notes("申江联创科技股份有限公司")).toContain("分组: 徐汇支行");
    expect(notes("申江联创科技股份有限公司")).not.toContain("浦东支行");
  });

  it("reads a numbered Chinese heading and an English region heading, in the sheet's language", () => {
    const zh = run([
      ["客户编号", "客户名称", "电话"],
      ["一、华东区"],
      ["K01", "杭州西湖包装材料有限公司", "0571-55550001"],
      ["二、华北区"],
      ["K02", "天津渤海化工股份有限公司", "022-55550002"],
    ]);
    expect(zh.notes("杭州西湖包装材料有限公司")).toContain("分组: 华东区");
    expect(zh.notes("天津渤海化工股份有限公司")).toContain("分组: 华北区");
    const en = importWorkbook([
      sheet("Accounts", [
        ["Account ID", "Account Name", "Phone"],
        ["Region North"],
        ["A-1", "Harbour Freight Ltd", "+44 20 7946 0101"],
        ["A-2", "Copper Kettle Inc", "+44 20 7946 0102"],
      ]),
    ]);
    const kettle = en.records.Clients.find((c) => c.name === "Copper Kettle Inc");
    expect(String(kettle?.notes)).toContain("Group: Region North");
  });

  it("keeps a branch named alone in the name column a client (a bank branch can be one)", () => {
    const { byName } = run([
      ["客户名称", "联系电话"],
      ["台北分行"],
      ["华联超市有限公司", "02-2345-6789"],
    ]);
    expect(Object.keys(byName)).toContain("华联超市有限公司");
    expect(Object.keys(byName)).toContain("台北分行");
  });

  it("does not read a lone tag the column also holds on records' rows as a heading", () => {
    const { byName, notes } = run([
      ["客户名称", "电话", "地区"],
      ["宁波港城食品有限公司", "0574-55550001", "浙江"],
      [null, null, "江苏"],
      ["温州瓯江纺织有限公司", "0577-55550002", "江苏"],
    ]);
    expect(Object.keys(byName)).toHaveLength(2);
    expect(notes("温州瓯江纺织有限公司")).not.toContain("分组");
  });
});
