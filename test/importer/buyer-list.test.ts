/**
 * A sales office's buyer list (房仲買方客戶, a showroom's lead sheet): the first visit is when the
 * client came (clientSince), written as real dates, y/m/d text or ROC years (113/09/24), and the
 * courtesy title after a name (楊靜宜 小姐) is not part of it.
 */
import { importWorkbook } from "../../src/importer";
import { withoutHonorific } from "../../src/importer/normalize";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("withoutHonorific", () => {
  it.each([
    ["楊靜宜 小姐", "楊靜宜"],
    ["陈杰　先生", "陈杰"],
    ["歐陽娜娜 女士", "歐陽娜娜"],
    ["Ms. Emma Stone", "Emma Stone"],
    ["MR John Lee", "John Lee"],
  ])("reads %s as %s", (text, name) => {
    expect(withoutHonorific(text)).toBe(name);
  });

  it.each([["王先生"], ["面包先生"], ["Mr Muscle"], ["Dr Pepper Snapple"], ["陈杰"], ["先生"]])(
    "leaves %s alone",
    (text) => {
      expect(withoutHonorific(text)).toBeNull();
    }
  );
});

describe("a buyer list", () => {
  const rows: SourceCell[][] = [
    ["編號", "客戶姓名", "電話", "需求區域", "首次來店", "經紀人"],
    ["B001", "楊靜宜 小姐", "0900-100-100", "信義區", "113/09/24", "林建志"],
    ["B002", "陳俊傑 先生", "0900-100-101", "大安區", "2024/08/23", "王小美"],
    ["B003", "莊建宏", "0900200202", "松山區", new Date(Date.UTC(2024, 9, 2)), "林建志"],
    ["B004", "黃淑芬", "0900-100-103", "中山區", "113.9.5", "陳柏宇"],
    ["B005", "李宗翰", "0900-100-104", "內湖區", "民國113年10月1日", "王小美"],
  ];
  const r = importWorkbook([sheet("買方客戶", rows)]);
  const byName = Object.fromEntries(r.records.Clients.map((c) => [String(c.name), c]));

  it("reads the first visit as the client's start, ROC years included", () => {
    const since = r.mappings[0].columns.find((c) => c.header === "首次來店");
    expect(since?.field).toBe("clientSince");
    const day = (name: string) => String(byName[name]?.clientSince ?? "").slice(0, 10);
    expect(day("楊靜宜")).toBe("2024-09-24");
    expect(day("陳俊傑")).toBe("2024-08-23");
    expect(day("莊建宏")).toBe("2024-10-02");
    expect(day("黃淑芬")).toBe("2024-09-05");
    expect(day("李宗翰")).toBe("2024-10-01");
  });

  it("takes the courtesy title off the names", () => {
    expect(Object.keys(byName).sort()).toEqual(
      ["李宗翰", "楊靜宜", "莊建宏", "陳俊傑", "黃淑芬"].sort()
    );
  });

  it("reads 发展日期 in an ERP's client file as the start too", () => {
    const erp = importWorkbook([
      sheet("客户档案", [
        ["客户编码", "客户名称", "发展日期"],
        ["0101001", "上海申丰贸易有限公司", "2017-02-01"],
        ["0101002", "上海明珠物流有限公司", "2021-11-30"],
      ]),
    ]);
    expect(erp.mappings[0].columns.find((c) => c.header === "发展日期")?.field).toBe("clientSince");
    expect(String(erp.records.Clients[0].clientSince).slice(0, 10)).toBe("2017-02-01");
  });
});
