/**
 * A margin workbook keeps its business per customer and again per product (or month, or region)
 * with the same figures. A person imports the customers and reads the other sheets as analysis:
 * their rows are products, not clients.
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

const perCustomer = sheet("按客户", [
  ["客户名称", "数量", "金额", "成本", "运费", "毛利"],
  ["安徽省金港水产有限公司", 1200, 18000, 14100, 310, 3590],
  ["江苏汇鑫商贸有限公司", 860, 13250, 10020, 220, 3010],
  ["上海东丰餐饮管理有限公司", 410, 6560, 5400, 95, 1065],
  ["杭州南湖食品有限公司", 2300, 33120, 27800, 510, 4810],
  ["宁波海曙学校后勤服务中心", 150, 2100, 1790, 40, 270],
]);
const perProduct = sheet("按单品", [
  ["物料名称", "数量", "金额", "成本", "运费", "毛利"],
  ["香酥鸡柳1kg", 2100, 30450, 25600, 480, 4370],
  ["原味鸡米花500g×20", 1700, 23800, 19400, 390, 4010],
  ["奥尔良烤翅2kg袋装", 640, 9610, 8300, 150, 1160],
  ["台湾鸡条(B级品)", 280, 3900, 3400, 80, 420],
  ["鸡胸肉丁5kg箱", 230, 5270, 4410, 75, 785],
]);

describe("a sheet splitting the clients' business by product, month or region", () => {
  it("is analysis beside the per-customer sheet with the same figures, not clients", () => {
    const result = importWorkbook([perCustomer, perProduct]);
    const products = result.mappings.find((m) => m.sheet === "按单品");
    expect(products?.registerSheet).toBeNull();
    expect(products?.reasonCoded?.code).toBe("sheet.why.breakdown");
    expect(products?.reasonCoded?.params).toMatchObject({ sheet: "按客户", header: "物料名称" });
    expect(result.records.Clients).toHaveLength(5);
    expect(result.records.Clients.map((c) => c.name)).toContain("安徽省金港水产有限公司");
  });

  it("reads the months of the same business so too", () => {
    const months = sheet("按月份", [
      ["月份名称", "数量", "金额", "成本", "毛利"],
      ["一月", 110, 1700, 1350, 350],
      ["二月", 96, 1420, 1110, 310],
      ["三月", 150, 2300, 1800, 500],
      ["四月", 121, 1673, 1460, 213],
    ]);
    const result = importWorkbook([perCustomer, months]);
    expect(result.mappings.find((m) => m.sheet === "按月份")?.registerSheet).toBeNull();
    expect(result.records.Clients).toHaveLength(5);
  });

  it("is not told so without a per-customer sheet of the same figures beside it", () => {
    const alone = importWorkbook([perProduct]);
    const code = alone.mappings.find((m) => m.sheet === "按单品")?.reasonCoded?.code;
    expect(code).not.toBe("sheet.why.breakdown");
    const otherFigures = sheet("按客户", [
      ["客户名称", "联系电话", "地址"],
      ["安徽省金港水产有限公司", "0551-62881234", "合肥市庐阳区长江中路1号"],
      ["江苏汇鑫商贸有限公司", "025-84561234", "南京市玄武区中山路2号"],
      ["上海东丰餐饮管理有限公司", "021-63451234", "上海市黄浦区南京东路3号"],
    ]);
    const beside = importWorkbook([otherFigures, perProduct]);
    const why = beside.mappings.find((m) => m.sheet === "按单品")?.reasonCoded?.code;
    expect(why).not.toBe("sheet.why.breakdown");
  });

  it("stays a client list when its names are the same clients (a period's copy of the list)", () => {
    const lastYear = sheet("去年", [
      ["名称", "数量", "金额", "成本", "运费", "毛利"],
      ["安徽省金港水产有限公司", 1100, 16500, 13000, 300, 3200],
      ["江苏汇鑫商贸有限公司", 800, 12000, 9300, 210, 2490],
      ["上海东丰餐饮管理有限公司", 380, 6000, 5000, 90, 910],
      ["杭州南湖食品有限公司", 2000, 29000, 24500, 480, 4020],
      ["宁波海曙学校后勤服务中心", 120, 1700, 1450, 35, 215],
    ]);
    const result = importWorkbook([perCustomer, lastYear]);
    expect(result.mappings.find((m) => m.sheet === "去年")?.registerSheet).toBe("Clients");
  });

  it("stays a client list when its header names the clients too (one region's customers)", () => {
    const south = sheet("华南", [
      ["客户名称", "数量", "金额", "成本", "运费", "毛利"],
      ["广州珠江酒店有限公司", 300, 4500, 3600, 80, 820],
      ["深圳海岸餐饮有限公司", 210, 3300, 2700, 60, 540],
      ["东莞日落食品有限公司", 90, 1400, 1150, 25, 225],
    ]);
    const result = importWorkbook([perCustomer, south]);
    expect(result.mappings.find((m) => m.sheet === "华南")?.registerSheet).toBe("Clients");
    expect(result.records.Clients).toHaveLength(8);
  });
});
