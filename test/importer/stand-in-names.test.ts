/**
 * A list whose names are mostly stand-ins for no real party — the textbook's 张三, 李四, 王五 (張三,
 * 趙六 in 繁體), a till's "GENERIC CASH" account under every branch's number, "Test Customer" — is
 * sample data or stand-in accounts: a person imports nothing from it (client-evidence.ts, the
 * standIns feature), said in the user's language. It takes three of them at least (or every row of
 * a list of two): a real list with one or two such rows (a template's 张三 example, one test entry)
 * stays a client list, and one policy of 張三's is a policy.
 */
import { importWorkbook } from "../../src/importer";
import { clientEvidence } from "../../src/importer/client-evidence";
import { isSampleName, isStandInName } from "../../src/importer/hint-rows";
import { profileColumn } from "../../src/importer/profile";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet } from "./helpers";

const imported = (r: ReturnType<typeof importWorkbook>) => Object.values(r.records).flat().length;

function reasonText(r: ReturnType<typeof importWorkbook>, lang: "en" | "zh-CN" | "zh-TW") {
  const m = r.mappings[0];
  return renderMessage(m.reasonCoded!.code, m.reasonCoded!.params, lang) ?? "";
}

describe("names that stand in for no one", () => {
  it("knows the textbook's names in 简体, 繁體 and English, whole values only", () => {
    for (const name of ["张三", "李四", "王五", "趙六", "錢七", "孫八", "John Doe", "JANE DOE"])
      expect(isSampleName(name)).toBe(true);
    for (const name of ["张三丰", "李四光", "John Doe Plumbing Ltd", "陳怡君", "Jane Dowe"])
      expect(isSampleName(name)).toBe(false);
  });

  it("counts a till's generic account, a test entry and a masked name as stand-ins", () => {
    for (const name of ["GENERIC CASH", "Generic Customer.", "Test Customer", "XXX", "散客"])
      expect(isStandInName(name)).toBe(true);
    for (const name of ["Generic Pharma Ltd", "Cashmere House", "Olivia Ashdown"])
      expect(isStandInName(name)).toBe(false);
  });

  it("weighs them only once they are nearly all the names", () => {
    const evidence = (values: string[]) =>
      clientEvidence({
        columns: [
          {
            index: 1,
            letter: "A",
            header: "Name",
            field: "name",
            confidence: 0.9,
            source: "alias",
            samples: [],
          },
        ],
        profiles: [profileColumn(values)],
        columnValues: [values],
        subject: { letter: "A", header: "Name", field: "name", named: 8, rows: 8 },
        headerless: false,
        otherTables: 0,
        otherNotData: 0,
      }).standIns;
    const real = ["Olivia Ashdown", "Marcus Bell", "Priya Raman", "Tomas Novak", "Grace Okafor"];
    expect(evidence([...real, "John Doe", "Test Customer", "Henry Walsh"])).toBe(0);
    expect(evidence(["张三", "李四", "王五", "赵六", "钱七", "Marcus Bell"])).toBeGreaterThan(0.8);
    // Three test rows among five names leave two clients: not nearly all of them.
    expect(evidence(["华联超市", "测试2", "王芳（测试客户）", "永辉超市", "老客户 请勿使用"])).toBe(
      0
    );
    // Fewer than three, unless they are every row of the list.
    expect(evidence(["張三"])).toBe(0);
    expect(evidence(["張三", "李四", "陳怡君"])).toBe(0);
    expect(evidence(["测试客户1", "测试客户2"])).toBe(1);
  });
});

describe("an engineers' tab of 张三, 李四, 王五 (简体)", () => {
  const r = importWorkbook([
    sheet("网络部", [
      ["姓名", "负责大类", "邮箱", "当前工单数"],
      ["张三", "打印机", "zhang@corp.example.net", 0],
      ["李四", "网络故障", "li@corp.example.net", 2],
      ["王五", "服务器", "wang@corp.example.net", 1],
      ["赵六", "数据库", "zhao@corp.example.net", 0],
      ["钱七", "OA系统", "qian@corp.example.net", 3],
    ]),
  ]);

  it("imports nothing", () => {
    expect(imported(r)).toBe(0);
    expect(readAs(r, "网络部")).toBeNull();
  });

  it("says the names stand for no one, in each language", () => {
    expect(reasonText(r, "zh-CN")).toContain("不是真实的人");
    expect(reasonText(r, "zh-TW")).toContain("不是真實的人");
    expect(reasonText(r, "en")).toContain("stand in for no one");
  });
});

describe("a 繁體 sample list of 張三, 李四 with phones and addresses", () => {
  const r = importWorkbook([
    sheet("客戶", [
      ["姓名", "電話", "地址"],
      ["張三", "0912-345-678", "台北市中正區重慶南路一段1號"],
      ["李四", "0922-456-789", "台北市大安區復興南路二段2號"],
      ["王五", "0933-567-890", "新北市板橋區文化路一段3號"],
      ["趙六", "0944-678-901", "台中市西區民權路4號"],
      ["錢七", "0955-789-012", "高雄市苓雅區四維三路5號"],
    ]),
  ]);

  it("imports nothing, saying why in 繁體", () => {
    expect(imported(r)).toBe(0);
    expect(readAs(r, "客戶")).toBeNull();
    expect(reasonText(r, "zh-TW")).toContain("不是真實的人");
    expect(reasonText(r, "zh-TW")).toContain("張三");
  });
});

describe("a 简体 sheet of two test orders, 测试客户1 and 测试客户2", () => {
  const r = importWorkbook([
    sheet("测试数据", [
      ["订单ID", "客户姓名", "金额"],
      [1, "测试客户1", 100],
      [2, "测试客户2", 200],
    ]),
  ]);

  it("is not read as clients, saying why in 简体", () => {
    expect(imported(r)).toBe(0);
    expect(readAs(r, "测试数据")).toBeNull();
    expect(reasonText(r, "zh-CN")).toContain("不是真实的人");
  });
});

describe("one policy of 張三's beside a client list (繁體)", () => {
  const r = importWorkbook([
    sheet("客戶資料", [
      ["客戶名稱", "電話", "地址"],
      ["王小明", "0912-000-001", "臺北市信義區"],
      ["陳美玲", "0912-000-003", "臺北市中山區"],
      ["林志明", "0912-000-004", "臺北市松山區"],
      ["張三", "0912-000-005", "臺北市文山區"],
    ]),
    sheet("保單", [
      ["客戶名稱", "保單號碼", "保費"],
      ["張三", "P-1", 5000],
    ]),
  ]);

  it("keeps the policy and the client", () => {
    expect(readAs(r, "保單")).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(1);
    expect(r.records.Clients.map((c) => c.name)).toContain("張三");
  });
});

describe("an ERP's accounts all named GENERIC CASH, one per branch (en)", () => {
  const rows: (string | number)[][] = [["ID", "NAME", "LOCATIONID"]];
  for (let i = 0; i < 30; i++)
    rows.push([3875 + i * 211, i === 7 ? "GENERIC CASH **EAST**" : "GENERIC CASH", 100 + i * 37]);
  const r = importWorkbook([sheet("Export Worksheet", rows)]);

  it("imports nothing, saying most of its names stand for no one", () => {
    expect(imported(r)).toBe(0);
    expect(readAs(r, "Export Worksheet")).toBeNull();
    expect(reasonText(r, "en")).toContain("stand in for no one");
  });
});

describe("real lists with a stand-in row stay client lists", () => {
  it("a 简体 list whose first row is the template's 张三 example", () => {
    const r = importWorkbook([
      sheet("客户", [
        ["客户姓名", "手机", "地址"],
        ["张三", "13800000000", "示例地址"],
        ["陈建国", "13912345671", "上海市浦东新区世纪大道100号"],
        ["刘美华", "13912345672", "上海市徐汇区漕溪北路200号"],
        ["周志强", "13912345673", "上海市静安区南京西路300号"],
        ["黄丽娟", "13912345674", "上海市长宁区延安西路400号"],
        ["吴国平", "13912345675", "上海市普陀区中山北路500号"],
      ]),
    ]);
    expect(readAs(r, "客户")).toBe("Clients");
    expect(r.records.Clients?.length ?? 0).toBeGreaterThanOrEqual(5);
  });

  it("a 繁體 list of three with 張三 and 李四 as its examples", () => {
    const r = importWorkbook([
      sheet("客戶", [
        ["姓名", "電話", "地址"],
        ["張三", "0912-345-678", "台北市中正區重慶南路一段1號"],
        ["李四", "0922-456-789", "台北市大安區復興南路二段2號"],
        ["陳怡君", "0933-567-890", "新北市板橋區文化路一段3號"],
      ]),
    ]);
    expect(readAs(r, "客戶")).toBe("Clients");
  });

  it("an English list with one Test Customer and one John Doe", () => {
    const r = importWorkbook([
      sheet("Customers", [
        ["Customer Name", "Phone", "Email"],
        ["Olivia Ashdown", "020 7946 0101", "olivia@ashdown.co.uk"],
        ["Marcus Bell", "020 7946 0102", "marcus@bellandco.co.uk"],
        ["Test Customer", "020 7946 0103", "test@shop.co.uk"],
        ["Priya Raman", "020 7946 0104", "priya@raman.co.uk"],
        ["John Doe", "020 7946 0105", "jd@shop.co.uk"],
        ["Tomas Novak", "020 7946 0106", "tomas@novak.cz"],
        ["Grace Okafor", "020 7946 0107", "grace@okafor.ng"],
      ]),
    ]);
    expect(readAs(r, "Customers")).toBe("Clients");
    expect(r.records.Clients?.length ?? 0).toBeGreaterThanOrEqual(5);
  });
});
