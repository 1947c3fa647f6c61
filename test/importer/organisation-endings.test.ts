/**
 * A B2B list writes some companies and public bodies without 公司: a kind of works or trade at the
 * end of the name (管委会, 码头, 重工, 国际, 科技, 物流 …) is an organisation's, in either script; a
 * person's name is never read so.
 */
import { importWorkbook } from "../../src/importer";
import { namesOrganisation } from "../../src/register/catalog";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("organisation names without 公司", () => {
  it.each([
    "泰州医药高新区管委会",
    "太仓港集装箱码头",
    "南通海达船舶重工",
    "丹阳天工国际",
    "太倉港貨櫃碼頭",
    "高雄港灣國際",
    "台中精密機械",
    "新竹晶圓科技",
  ])("%s is an organisation", (name) => {
    expect(namesOrganisation(name)).toBe(true);
  });

  it.each(["王芳", "陈建国", "欧阳娜娜", "林志明", "張家豪"])("%s is a person", (name) => {
    expect(namesOrganisation(name)).toBe(false);
  });

  it("a CRM export's client names get the enterprise kind", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "商机名称", "金额(元)", "负责人"],
      ["泰州医药高新区管委会", "园区网络改造", 880000, "周立新"],
      ["太仓港集装箱码头", "调度系统", 1200000, "吴晓婷"],
      ["南通海达船舶重工有限公司", "ERP升级", 650000, "周立新"],
      ["丹阳天工国际", "数据中台", 430000, "吴晓婷"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual([
      "enterprise",
      "enterprise",
      "enterprise",
      "enterprise",
    ]);
  });
});
