/**
 * The failures seen on real workbooks, reproduced with small invented grids of the same shape:
 * who the row is about, values that contradict a header, serial numbers, unknown name headers.
 */
import { importWorkbook } from "../../src/importer";
import type {
  ColumnMapping,
  ImportIssue,
  ImportResult,
  SourceCell,
} from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { readHeader } from "../../src/importer/subject";
import { clientListSheet, sheet } from "./helpers";

const REPS = ["王伟", "李娜", "张敏"];
const CITIES = ["上海", "杭州", "南京", "苏州"];

function fieldOf(result: ImportResult, sheetName: string, header: string): string | null {
  const m = result.mappings.find((s) => s.sheet === sheetName);
  const col = m?.columns.find((c) => c.header === header) as ColumnMapping;
  return col.field;
}

describe("the subject of each row", () => {
  it("a store roster: the store is the client, the repeating sales rep its owner, the post number nobody's id", () => {
    const rows: SourceCell[][] = [
      ["序号", "大区", "门店编号", "门店名称", "岗位编号", "姓名", "手机"],
    ];
    for (let i = 1; i <= 30; i++)
      rows.push([
        i,
        CITIES[i % 4],
        `MD${1000 + i}`,
        `${CITIES[i % 4]}第${i}店`,
        `GW-0${i % 3}`,
        REPS[i % 3],
        `1390000${String(i).padStart(4, "0")}`,
      ]);
    const r = importWorkbook([sheet("门店名单", rows)]);
    const map = (h: string) => fieldOf(r, "门店名单", h);
    expect(map("门店名称")).toBe("name");
    expect(map("门店编号")).toBe("clientId");
    expect(map("姓名")).toBe("owner");
    expect(map("岗位编号")).toBeNull();
    expect(map("序号")).toBeNull();
    expect(r.records.Clients).toHaveLength(30);
    expect(r.records.Clients[0]).toMatchObject({
      name: "杭州第1店",
      clientId: "MD1001",
      owner: "李娜",
    });
    const owner = r.mappings[0].columns.find((c) => c.header === "姓名") as ColumnMapping;
    expect(owner.evidence?.join(" ")).toMatch(/3 distinct names over 30 rows/);
  });

  it("a Clients sheet whose only name column repeats a few names is read with a distinct-name column as the subject", () => {
    const rows: SourceCell[][] = [["姓名", "店名", "地址"]];
    for (let i = 1; i <= 24; i++) rows.push([REPS[i % 3], `好又多${i}号店`, `人民路${i}号`]);
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldOf(r, "客户", "店名")).toBe("name");
    expect(fieldOf(r, "客户", "姓名")).toBe("owner");
    expect(r.records.Clients).toHaveLength(24);
  });

  it("an insurer's export: the agent is not the client, the insured person is", () => {
    const rows: SourceCell[][] = [
      ["保单号", "险种", "业务员名称", "被保险人名称", "保费", "生效日期"],
    ];
    const insured = ["陈一", "陈二", "陈三", "陈四", "陈五", "陈六"];
    for (let i = 0; i < 12; i++)
      rows.push([`P2024${i}`, "意外险", REPS[i % 2], insured[i % 6], 1200 + i, "2024-03-01"]);
    const r = importWorkbook([sheet("保单清单", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(fieldOf(r, "保单清单", "业务员名称")).not.toBe("clientName");
    expect(fieldOf(r, "保单清单", "被保险人名称")).toBe("insured");
    const insuredColumn = r.mappings[0].columns.find((c) => c.header === "被保险人名称");
    expect(insuredColumn?.linksClient).toBe(true);
    expect(r.records.Insurance).toHaveLength(12);
    expect(r.records.Insurance[0]).toMatchObject({ policyNo: "P20240", insured: "陈一" });
    // No rep is taken for a client the policies belong to.
    expect(r.issues.some((i) => /王伟|李娜/.test(i.message))).toBe(false);
  });

  it("reads whose name or number a header names", () => {
    expect(readHeader("业务员名称")).toEqual({ role: "owner", base: "name" });
    expect(readHeader("被保险人名称")).toEqual({ role: "insured", base: "name" });
    expect(readHeader("门店编号")).toEqual({ role: "subject", base: "id" });
    expect(readHeader("岗位编号")).toEqual({ role: "owner", base: "id" });
    expect(readHeader("Consumer Name")).toEqual({ role: "subject", base: "name" });
    expect(readHeader("Sales Rep Name")).toEqual({ role: "owner", base: "name" });
    expect(readHeader("保险公司名称")).toEqual({ role: "other", base: "name" });
    expect(readHeader("客户联系人")).toEqual({ role: "contact", base: null });
    expect(readHeader("店名")).toEqual({ role: "subject", base: "name" });
    expect(readHeader("Representative")).toEqual({ role: "none", base: null });
  });
});

describe("values as a witness", () => {
  const STATES = ["Maharashtra", "Karnataka", "Kerala", "Punjab", "Gujarat", "Bihar", "Assam"];

  it("an English complaint log: State is not the status, Complaint_Status is, Resolution_Date is no action", () => {
    const rows: SourceCell[][] = [
      [
        "Complaint_ID",
        "Consumer Name",
        "Date_Received",
        "State",
        "Complaint_Status",
        "Resolution_Date",
      ],
    ];
    for (let i = 1; i <= 20; i++)
      rows.push([
        `CMP-${500 + i}`,
        `Person ${String.fromCharCode(64 + i)} Kumar`,
        `2024-01-${String(i).padStart(2, "0")}`,
        STATES[i % 7],
        i % 3 === 0 ? "Open" : "Closed",
        i % 3 === 0 ? null : `2024-02-${String(i).padStart(2, "0")}`,
      ]);
    const r = importWorkbook([sheet("Complaints", rows)]);
    const map = (h: string) => fieldOf(r, "Complaints", h);
    expect(map("State")).not.toBe("status");
    expect(map("Complaint_Status")).toBe("status");
    expect(map("Resolution_Date")).not.toBe("correctiveAction");
    expect(map("Consumer Name")).toBe("clientName");
    expect(r.records.Complaints.filter((c) => c.status === "closed")).toHaveLength(14);
    const state = r.mappings[0].columns.find((c) => c.header === "State") as ColumnMapping;
    expect(state.field).toBeNull();
  });

  it("values that contradict a header lower it below the threshold: the column goes to notes, reported", () => {
    const rows: SourceCell[][] = [["投诉编号", "客户名称", "受理日期", "状态"]];
    for (let i = 1; i <= 14; i++)
      rows.push([
        `T${i}`,
        `客户${i}`,
        "2024-05-01",
        ["广东省", "浙江省", "江苏省", "四川省", "湖北省", "河南省", "山东省"][i % 7],
      ]);
    const r = importWorkbook([sheet("投诉", rows)]);
    const status = r.mappings[0].columns[3];
    expect(status.field).toBeNull();
    expect(status.evidence?.join(" ")).toMatch(/values contradict it: 0% known status words/);
    const issue = r.issues.find((i) => i.column === "D (状态)");
    expect(issue).toMatchObject({ code: "map.unmapped-notes", severity: "info" });
    expect(issue?.message).toMatch(/looked like status .*contradict/);
    expect(r.records.Complaints[0].notes).toContain("状态: 浙江省");
  });

  it("the doubt about such a column reads in the register's language", () => {
    const rows: SourceCell[][] = [["投诉编号", "客户名称", "受理日期", "状态"]];
    for (let i = 1; i <= 14; i++)
      rows.push([`T${i}`, `客户${i}`, "2024-05-01", ["广东省", "浙江省", "江苏省"][i % 3]]);
    const issue = importWorkbook([sheet("投诉", rows)]).issues.find((i) => i.column === "D (状态)");
    expect(issue?.params?.doubt).toBe("map.doubt-2");
    const en = renderIssueMessage(issue as ImportIssue, "en");
    expect(en).toBe(issue?.message);
    const cn = renderIssueMessage(issue as ImportIssue, "zh-CN");
    const tw = renderIssueMessage(issue as ImportIssue, "zh-TW");
    expect(cn).toMatch(/看起来像状态（置信度 [\d.]+），但依据不足：.*；/);
    expect(tw).toMatch(/看起來像狀態（信賴度 [\d.]+），但依據不足：/);
    for (const text of [cn, tw]) expect(text).not.toMatch(/looked|contradict|header|values/);
  });

  it("an e-mail column under an unknown header is recognised by its values", () => {
    const rows: SourceCell[][] = [["客户名称", "联系方式A"]];
    for (let i = 1; i <= 8; i++) rows.push([`公司${i}`, `user${i}@example.com`]);
    const r = importWorkbook([sheet("客户", rows)]);
    const col = r.mappings[0].columns[1];
    expect(col).toMatchObject({ field: "email", source: "values" });
    expect(r.records.Clients[0].email).toBe("user1@example.com");
  });

  it("a 繁體 編號 column of serials 001, 002 … numbers the rows; it is no client identity", () => {
    const rows: SourceCell[][] = [["編號", "姓名", "電話"]];
    for (let i = 1; i <= 9; i++)
      rows.push([
        String(i).padStart(3, "0"),
        ["林志明", "陳美玲", "王大同"][i % 3] + i,
        `0912-345-67${i}`,
      ]);
    // Two rows are the same person; numbered 001 and 004 they must still merge by name + phone.
    rows.push(["010", "林志明3", "0912-345-673"]);
    const r = importWorkbook([sheet("客戶資料", rows)]);
    expect(r.mappings[0].columns[0]).toMatchObject({ field: null, source: "row-number" });
    expect(r.records.Clients.map((c) => c.clientId)).not.toContain("001");
    expect(r.summary.merged).toBe(1);
  });

  it("names the subject from headers alias lists do not hold: 店名, 门店名称, Consumer Name", () => {
    for (const header of ["店名", "门店名称", "Consumer Name"]) {
      const rows: SourceCell[][] = [[header, "电话"]];
      for (let i = 1; i <= 6; i++) rows.push([`Shop Number ${i}`, `1380013800${i}`]);
      const r = importWorkbook([sheet("Clients", rows)]);
      expect(r.summary.rejected).toBe(0);
      expect(r.records.Clients).toHaveLength(6);
    }
  });
});

describe("a list whose header does not name its subject", () => {
  const FIRMS = ["Allstate", "State Farm", "Farmers", "Nationwide"];
  function leads(first: string, value: (i: number) => string): SourceCell[][] {
    const rows: SourceCell[][] = [[first, "Address", "City", "State", "Phone", "Website"]];
    for (let i = 0; i < 16; i++)
      rows.push([
        value(i),
        `${100 + i} Main St`,
        "Austin",
        "TX",
        `(512) 555-01${String(i).padStart(2, "0")}`,
        `https://agency${i}.example.com`,
      ]);
    return rows;
  }

  it("the first column of names is the client: Agency, Organization, Company, Business", () => {
    for (const header of ["Agency", "Organization", "Company", "Business", "Insurance Agency"]) {
      // Franchise names repeat; each row is still its own lead (its own phone and address).
      const r = importWorkbook([
        sheet(
          "Leads",
          leads(header, (i) => `${FIRMS[i % 4]} Insurance - Office ${i % 6}`)
        ),
      ]);
      expect(fieldOf(r, "Leads", header)).toBe("name");
      expect(r.summary.rejected).toBe(0);
      expect(r.records.Clients.length).toBeGreaterThanOrEqual(15);
      const column = r.mappings[0].columns.find((c) => c.header === header);
      expect(column?.reasons?.[0]?.code).toBe("map.why.first-names");
    }
  });

  it("a contact or agent named on every row, different each time, is the client when nothing else names one", () => {
    for (const header of ["Contact Name", "Agent Name"]) {
      const r = importWorkbook([
        sheet(
          "Leads",
          leads(header, (i) => `Person Number ${i}`)
        ),
      ]);
      expect(fieldOf(r, "Leads", header)).toBe("name");
      expect(r.records.Clients).toHaveLength(16);
    }
  });

  it("a sales rep repeating over many rows beside a named client stays the owner", () => {
    const rows: SourceCell[][] = [["Client Name", "Sales Rep", "Phone"]];
    for (let i = 0; i < 16; i++)
      rows.push([`Client Number ${i}`, REPS[i % 3], `(512) 555-01${String(i).padStart(2, "0")}`]);
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(fieldOf(r, "Clients", "Client Name")).toBe("name");
    expect(fieldOf(r, "Clients", "Sales Rep")).toBe("owner");
  });
});

describe("sheets that are not register data", () => {
  function kindOf(name: string, rows: SourceCell[][], mapping?: Record<string, string>) {
    const r = importWorkbook([sheet(name, rows)], { mapping });
    return {
      r,
      mapping: r.mappings[0],
      issue: r.issues.find((i) => i.code === "import.sheet-not-data"),
    };
  }

  it("a product catalogue is left out with one issue saying why", () => {
    const rows: SourceCell[][] = [["商品编号", "品名", "规格", "单价", "库存", "供应商名称"]];
    for (let i = 1; i <= 15; i++)
      rows.push([`SP${i}`, `洗衣液${i}`, "2kg", 29.9 + i, 100 + i, "联合利华"]);
    const { r, mapping, issue } = kindOf("商品", rows);
    expect(mapping).toMatchObject({ registerSheet: null, kind: "catalogue" });
    expect(issue?.message).toMatch(/product catalogue/);
    expect(r.issues.filter((i) => i.code === "import.sheet-not-data")).toHaveLength(1);
    expect(r.summary).toMatchObject({ sourceRows: 15, skipped: 15, imported: 0 });
  });

  it("a transaction log with customer names is not a client list", () => {
    const rows: SourceCell[][] = [
      ["Order ID", "Order Date", "Customer Name", "Product", "Quantity", "Sales"],
    ];
    for (let i = 1; i <= 30; i++)
      rows.push([
        `CA-${1000 + i}`,
        `2023-0${(i % 9) + 1}-1${i % 10}`,
        ["Ann Lee", "Bo Chen", "Cy Wu"][i % 3],
        `Chair ${i % 4}`,
        (i % 5) + 1,
        100 + i,
      ]);
    // Beside the workbook's client list: alone, its buyers would be read as the clients.
    const r = importWorkbook([clientListSheet(), sheet("Orders", rows)]);
    const mapping = r.mappings.find((m) => m.sheet === "Orders");
    const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
    expect(mapping?.kind).toBe("transactions");
    expect(issue?.params).toMatchObject({ kind: "kind.transactions" });
  });

  it("a pivot table, a cluster table, a matrix of periods and a dashboard", () => {
    const pivot = kindOf("Sheet3", [
      ["Row Labels", "Count of Complaint_ID"],
      ["Closed", 14],
      ["Open", 6],
      ["Grand Total", 20],
    ]);
    expect(pivot.mapping.kind).toBe("pivot");
    const cluster = kindOf("Segments", [
      ["Cluster", "Avg Revenue", "Avg Age", "Customers"],
      [1, 5200.5, 34.2, 120],
      [2, 880.1, 51.8, 340],
      [3, 15000, 42.1, 25],
    ]);
    expect(cluster.mapping.kind).toBe("cluster");
    const matrix = kindOf("客户", [
      ["客户名称", "2021年", "2022年", "2023年"],
      ["甲公司", 120, 130, 150],
      ["乙公司", 80, 95, 99],
      ["丙公司", 10, 12, 30],
    ]);
    expect(matrix.mapping.kind).toBe("matrix");
    const dashboard = kindOf("Dashboard", [
      ["Total complaints", "Open", "Closed"],
      [20, 6, 14],
    ]);
    expect(dashboard.mapping.kind).toBe("dashboard");
  });

  it("a customers × product-groups grid of 0/1 flags is a matrix, even with a client id column", () => {
    const rows: SourceCell[][] = [["客戶ID", "8Type", 1, 2, 3, 4, 5, 6, 7, 8]];
    for (let i = 0; i < 20; i++)
      rows.push([200 + i, "ABC"[i % 3], ...Array.from({ length: 8 }, (_, j) => (i + j) % 2)]);
    const { r, mapping, issue } = kindOf("8×11群", rows);
    expect(mapping).toMatchObject({ registerSheet: null, kind: "matrix" });
    expect(issue?.message).toMatch(/0 and 1/);
    expect(r.summary.imported).toBe(0);
  });

  it("a list with flag columns beside named clients is still a client list", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "电话", "已开户", "有贷款", "有理财", "有保险", "有基金"],
    ];
    for (let i = 0; i < 20; i++)
      rows.push([
        `客户${i}号公司`,
        `1390000${String(1000 + i)}`,
        1,
        i % 2,
        0,
        1,
        i % 3 === 0 ? 1 : 0,
      ]);
    const { mapping } = kindOf("客户", rows);
    expect(mapping.registerSheet).toBe("Clients");
  });

  it("a staff directory (departments, positions, staff numbers) is not a client list", () => {
    const cn: SourceCell[][] = [["姓名", "部门", "职务", "工号", "手机", "邮箱"]];
    for (let i = 1; i <= 12; i++)
      cn.push([
        `${REPS[i % 3]}${i}`,
        "市场部",
        "专员",
        `E${100 + i}`,
        `1380000${1000 + i}`,
        `s${i}@example.com`,
      ]);
    const en: SourceCell[][] = [["Name", "Department", "Job Title", "Extension", "Email"]];
    for (let i = 1; i <= 12; i++)
      en.push([`Person ${i}`, "Sales", "Rep", 200 + i, `p${i}@example.com`]);
    for (const [name, rows] of [
      ["通讯录", cn],
      ["Directory", en],
    ] as const) {
      const { r, mapping, issue } = kindOf(name, rows as SourceCell[][]);
      expect(mapping).toMatchObject({ registerSheet: null, kind: "lookup" });
      expect(issue?.params?.reason).toBe("sheet.why.staff");
      expect(r.summary.imported).toBe(0);
    }
  });

  it("a client list with the contact's department and position is still client data", () => {
    const rows: SourceCell[][] = [["公司名称", "联系人", "部门", "职位", "电话"]];
    for (let i = 1; i <= 12; i++)
      rows.push([`公司${i}`, `联系人${i}`, "采购部", "经理", `1380000${1000 + i}`]);
    const { mapping } = kindOf("客户", rows);
    expect(mapping.registerSheet).not.toBeNull();
    const customers: SourceCell[][] = [["客户名称", "部门", "岗位", "电话"]];
    for (let i = 1; i <= 12; i++)
      customers.push([`客户${i}`, "一部", "经理", `1380000${1000 + i}`]);
    expect(kindOf("客户", customers).mapping.registerSheet).toBe("Clients");
  });

  it('"Sheet!*=…" still forces such a sheet in, and "Sheet!*=-" leaves any sheet out', () => {
    const rows: SourceCell[][] = [["品名", "单价", "库存", "客户名称"]];
    for (let i = 1; i <= 5; i++) rows.push([`茶${i}`, 10, 5, `客户${i}`]);
    const forced = kindOf("商品", rows, { "商品!*": "Clients", "商品!客户名称": "name" });
    expect(forced.mapping.registerSheet).toBe("Clients");
    expect(forced.r.records.Clients).toHaveLength(5);
    const clients: SourceCell[][] = [
      ["客户名称", "电话"],
      ["甲", "13800138000"],
    ];
    const out = kindOf("客户", clients, { "客户!*": "-" });
    expect(out.r.records.Clients).toHaveLength(0);
    expect(out.r.issues.find((i) => i.code === "import.sheet-left-out")).toBeDefined();
  });
});
