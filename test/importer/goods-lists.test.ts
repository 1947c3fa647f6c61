/**
 * Whose rows a table holds, told from its columns: a list of goods — a kitchen's materials with
 * their quantity, price and supplier, a workshop's tools with maker and model — names things, not
 * parties, though its name column is headed "name" and its short names have a person's name's
 * length. Names read as people's names as a person reads one (a surname in front) keep a list of
 * buyers a list of parties.
 */
import { importWorkbook } from "../../src/importer";
import { readAs, sheet, table } from "./helpers";

const MATERIALS = ["醬油膏", "糙米飯", "鹽水", "直麵", "奶油醬包", "番茄醬包", "蛤蜊粉", "青醬"];
const TOOLS = ["Screwdriver", "Socket set", "Clamp", "File", "Soldering iron", "Drill"];

describe("a list of goods imports nothing", () => {
  it("leaves out a kitchen's materials with quantity, price and supplier", () => {
    const rows = table(
      ["項目", "材料名稱", "數量", "", "價格", "平均售價", "供應商"],
      16,
      (h, r) => {
        switch (h) {
          case "項目":
            return r + 1;
          case "材料名稱":
            return `${MATERIALS[r % MATERIALS.length]}${r >= MATERIALS.length ? "(大)" : ""}`;
          case "數量":
            return 10 + ((r * 13) % 90);
          case "":
            return ["份", "g"][r % 2];
          case "價格":
            return 100 + r * 17;
          case "平均售價":
            return 5 + (r % 9);
          default:
            return r % 3 === 0 ? null : "禾嵐";
        }
      }
    );
    const r = importWorkbook([sheet("工作表1", [["半成品成本表"], ...rows])]);
    expect(readAs(r, "工作表1") ?? null).toBeNull();
    for (const records of Object.values(r.records)) expect(records).toHaveLength(0);
  });

  it("leaves out a workshop's tools with maker, model and shelf", () => {
    const rows = table(["Name", "Manufacturer", "Model", "Quantity", "Location"], 24, (h, r) => {
      switch (h) {
        case "Name":
          return TOOLS[r % TOOLS.length];
        case "Manufacturer":
          return r % 4 === 0 ? "Stanley" : null;
        case "Model":
          return r % 5 === 0 ? `PZ${r % 3}` : null;
        case "Quantity":
          return r % 6 === 0 ? "Lots" : 1 + (r % 4);
        default:
          return `Shelf ${1 + (r % 4)}, Bin ${r % 7}`;
      }
    });
    const r = importWorkbook([sheet("Master", rows)]);
    expect(readAs(r, "Master") ?? null).toBeNull();
    for (const records of Object.values(r.records)) expect(records).toHaveLength(0);
  });
});

describe("a list naming people beside goods words stays a list of parties", () => {
  it("reads names with a surname in front as the buyers, not as goods", () => {
    const people = [
      "张伟",
      "李秀英",
      "王建国",
      "刘洋",
      "陈静",
      "杨帆",
      "赵磊",
      "黄丽",
      "周杰",
      "吴敏",
    ];
    const rows = table(["名称", "产品", "价格"], 10, (h, r) =>
      h === "名称" ? people[r] : h === "产品" ? ["茶叶", "茶具"][r % 2] : 120 + r * 5
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(10);
  });
});
