/**
 * Columns a person reads by what they hold (session 8, issue 9): a lead's temperature is no credit
 * rating, an annual contract value is revenue, a survey question heads its answers without its
 * number, and an income written as bands stays as written, said once for the column.
 */
import { importWorkbook } from "../../src/importer";
import { isAmountRange } from "../../src/importer/profile";
import { questionLabel } from "../../src/importer/header-match";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

describe("a lead's temperature", () => {
  const names = ["王立新", "陈晓燕", "李国华", "赵敏", "刘建军", "孙丽", "周杰", "吴芳"];

  it.each([
    ["Rating", ["Hot", "Warm", "Cold", "Warm", "Hot", "Cold", "Warm", "Hot"]],
    ["客户评级", ["热", "温", "冷", "温", "热", "冷", "温", "热"]],
    ["意向等级", ["A", "B", "C", "B", "A", "C", "B", "A"]],
  ])("%s is no credit rating: it stays in notes", (header, grades) => {
    const rows: SourceCell[][] = [["姓名", "手机", header]];
    names.forEach((n, i) => rows.push([n, `1380000${1000 + i}`, grades[i]]));
    const r = importWorkbook([sheet("线索", rows)]);
    expect(fieldsOf(r)[header]).toBeNull();
    const first = r.records.Clients.find((c) => c.name === "王立新");
    expect(first?.creditRating ?? null).toBeNull();
    expect(first?.notes).toContain(`${header}: ${grades[0]}`);
    // "Rating" is a credit-rating heading: the evidence says why it was not taken as one.
    if (header === "Rating") {
      const column = r.mappings[0].columns.find((c) => c.header === header);
      expect(column?.evidence?.join(" ")).toMatch(/lead/);
    }
  });

  it("a credit rating of good / average / poor is still one", () => {
    const rows: SourceCell[][] = [["客户名称", "信用等级"]];
    const grades = ["良好", "一般", "较差", "优秀", "良好", "一般"];
    grades.forEach((g, i) => rows.push([`华联${i}有限公司`, g]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldsOf(r)["信用等级"]).toBe("creditRating");
  });
});

describe("an annual contract value", () => {
  it.each(["Annual Contract Value", "ACV", "年合同额"])(
    "%s is the revenue the client brings",
    (header) => {
      const rows: SourceCell[][] = [["Account Name", header]];
      for (let i = 1; i <= 6; i++) rows.push([`Northwind ${i} Ltd`, 12000 * i]);
      const r = importWorkbook([sheet("Accounts", rows)]);
      expect(fieldsOf(r)[header]).toBe("annualRevenue");
      expect(r.records.Clients[0].annualRevenue).toBe(12000);
    }
  );
});

describe("a survey export's questions", () => {
  it("head the answers in notes without their number and closing marks", () => {
    expect(questionLabel("5、您对我们的服务是否满意？")).toBe("您对我们的服务是否满意");
    expect(questionLabel("Q7. How did you hear about us?")).toBe("How did you hear about us");
    expect(questionLabel("6、您感兴趣的产品（多选）：")).toBe("您感兴趣的产品");
    expect(questionLabel("客户名称")).toBe("客户名称");
    expect(questionLabel("1.5倍")).toBe("1.5倍");

    const rows: SourceCell[][] = [
      ["序号", "1、您的姓名：", "2、您的手机号码：", "5、您对我们的服务是否满意？"],
    ];
    const answers = ["非常满意", "满意", "一般", "满意"];
    ["王立新", "陈晓燕", "李国华", "赵敏"].forEach((n, i) =>
      rows.push([i + 1, n, `1380000${2000 + i}`, answers[i]])
    );
    const r = importWorkbook([sheet("问卷星数据", rows)]);
    const fields = fieldsOf(r);
    expect(fields["1、您的姓名："]).toBe("name");
    expect(fields["2、您的手机号码："]).toBe("phone");
    const first = r.records.Clients.find((c) => c.name === "王立新");
    expect(first?.notes).toBe("您对我们的服务是否满意: 非常满意");
  });
});

describe("an income written as bands", () => {
  it("reads 20-50万 and 50万以上 as ranges, not as phones, dates or figures", () => {
    for (const band of [
      "20-50万",
      "50万以上",
      "10万以下",
      "5000-8000",
      "20万~50万",
      "<5万",
      "≥100万",
      "5k-10k",
    ])
      expect(isAmountRange(band)).toBe(true);
    for (const other of [
      "0571-88886666",
      "2345-6789",
      "555-0123",
      "2024-05",
      "50万",
      "1-3年",
      "138****1234",
    ])
      expect(isAmountRange(other)).toBe(false);
  });

  it("keeps the bands in notes, with one issue for the column instead of one per row", () => {
    const rows: SourceCell[][] = [["姓名", "手机", "年收入"]];
    const bands = [
      "20-50万",
      "50万以上",
      "10-20万",
      "20-50万",
      "10万以下",
      "50万以上",
      "20-50万",
      "10-20万",
    ];
    ["王立新", "陈晓燕", "李国华", "赵敏", "刘建军", "孙丽", "周杰", "吴芳"].forEach((n, i) =>
      rows.push([n, `1380000${3000 + i}`, bands[i]])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldsOf(r)["年收入"]).toBeNull();
    const first = r.records.Clients.find((c) => c.name === "王立新");
    expect(first?.notes).toBe("年收入: 20-50万");
    const about = r.issues.filter((i) => i.column?.includes("年收入"));
    expect(about).toHaveLength(1);
    expect(about[0].severity).toBe("info");
    expect(about[0].message).toMatch(/ranges/);
  });

  it("a column of figures with a band or two still reads the figures", () => {
    const rows: SourceCell[][] = [["姓名", "年收入"]];
    const values: SourceCell[] = [
      300000,
      450000,
      "50万以上",
      280000,
      520000,
      610000,
      330000,
      410000,
    ];
    ["王立新", "陈晓燕", "李国华", "赵敏", "刘建军", "孙丽", "周杰", "吴芳"].forEach((n, i) =>
      rows.push([n, values[i]])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldsOf(r)["年收入"]).not.toBeNull();
  });
});

describe("a policy list that names only the product", () => {
  it.each([
    [
      "产品名称",
      ["平安福终身寿险", "安心重疾险", "守护意外险", "康乐医疗险", "平安福终身寿险", "安心重疾险"],
      ["life", "critical-illness", "accident", "medical", "life", "critical-illness"],
    ],
    [
      "Plan Name",
      [
        "Term Life 20",
        "Critical Illness Cover",
        "Whole Life Plus",
        "Term Life 20",
        "Hospital Care Medical",
        "Personal Accident Shield",
      ],
      ["life", "critical-illness", "life", "life", "medical", "accident"],
    ],
  ])("%s gives the type and stays the product's name", (header, products, types) => {
    const rows: SourceCell[][] = [["保单号", "投保人", header, "保费"]];
    const holders = ["王立新", "陈晓燕", "李国华", "赵敏", "刘建军", "孙丽"];
    products.forEach((p, i) => rows.push([`P2024000${i + 1}`, holders[i], p, 3000 + 100 * i]));
    const r = importWorkbook([sheet("保单", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(fieldsOf(r)[header]).toBe("type");
    const policies = r.records.Insurance;
    expect(policies.map((p) => p.policyNo)).toEqual(products.map((_, i) => `P2024000${i + 1}`));
    expect(policies.map((p) => p.type)).toEqual(types);
    policies.forEach((p, i) => expect(p.notes).toContain(`${header}: ${products[i]}`));
  });

  it("a type column of the types' own words is not copied to notes", () => {
    const rows: SourceCell[][] = [["保单号", "投保人", "险种"]];
    const types = ["寿险", "重疾险", "医疗险", "意外险", "寿险", "医疗险"];
    types.forEach((t, i) => rows.push([`P2024100${i + 1}`, `客户${i}`, t]));
    const r = importWorkbook([sheet("保单", rows)]);
    expect(r.records.Insurance[0].type).toBe("life");
    expect(r.records.Insurance[0].notes ?? null).toBeNull();
  });
});

describe("公司 on a list of people", () => {
  const people = ["王立新", "陈晓燕", "李国华", "赵敏", "刘建军", "孙丽", "周杰", "吴芳"];
  const firms = ["华联商贸有限公司", "东方建材有限公司", "华联商贸有限公司", "新星科技有限公司"];

  it.each(["公司", "公司名称", "單位"])(
    "%s is where each person works, never the address",
    (header) => {
      const rows: SourceCell[][] = [["姓名", header, "职务", "手机"]];
      people.forEach((n, i) =>
        rows.push([n, firms[i % 4], i % 2 ? "经理" : "主管", `1380000${4000 + i}`])
      );
      const r = importWorkbook([sheet("客户名单", rows)]);
      const fields = fieldsOf(r);
      expect(fields["姓名"]).toBe("name");
      expect(fields[header]).toBe("employer");
      const first = r.records.Clients.find((c) => c.name === "王立新");
      expect(first?.employer).toBe("华联商贸有限公司");
      expect(first?.address ?? null).toBeNull();
    }
  );

  it("公司名称 with one contact per company is a company list: the company is the client", () => {
    const rows: SourceCell[][] = [["公司名称", "姓名", "电话"]];
    people.forEach((n, i) => rows.push([`${n.slice(1)}商贸${i}有限公司`, n, `1380000${5000 + i}`]));
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldsOf(r)["公司名称"]).toBe("name");
  });
});

describe("类型 on a leads template", () => {
  it("is no client kind when its values are lead types, however few the rows", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系人", "电话", "类型"],
      ["海城物业管理处", "郑经理", "13800006001", "电话营销"],
      ["金桥建材市场", "韩先生", "13800006002", "转介绍"],
      ["宏达机械厂", "李主任", "13800006003", "展会"],
    ];
    const r = importWorkbook([sheet("客户导入模板", rows)]);
    expect(fieldsOf(r)["类型"]).toBeNull();
    expect(r.records.Clients[1].notes).toContain("类型: 转介绍");
    expect(r.issues.filter((i) => i.severity === "warning")).toEqual([]);
  });

  it("is the kind when its values are the kind's words", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "电话", "类型"],
      ["海城物业管理处", "13800006001", "企业"],
      ["王立新", "13800006002", "个人"],
      ["宏达机械厂", "13800006003", "企业"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldsOf(r)["类型"]).toBe("kind");
    expect(r.records.Clients.map((c) => c.kind)).toEqual(["enterprise", "person", "enterprise"]);
  });
});

describe("a complaint log naming the product and the complaint's type", () => {
  it("gives the category to the product and the description to the type; a sub-product stays in notes", () => {
    const rows: SourceCell[][] = [
      [
        "Complaint_ID",
        "Customer_Name",
        "Product_Category",
        "Sub-product",
        "Complaint_Type",
        "Complaint_Date",
        "Complaint_Status",
      ],
    ];
    const products = ["Electronics", "Banking", "E-commerce"];
    const subs = ["Phones", "Cards", "Fashion"];
    const types = ["Delivery Delay", "Card Blocked", "Refund Delay"];
    for (let i = 0; i < 9; i++)
      rows.push([
        3001 + i,
        `Asha Rao ${i}`,
        products[i % 3],
        subs[i % 3],
        types[i % 3],
        `2025-02-0${i + 1}`,
        "Open",
      ]);
    const r = importWorkbook([sheet("Complaints_Data", rows)]);
    const fields = fieldsOf(r);
    expect(fields.Product_Category).toBe("category");
    expect(fields.Complaint_Type).toBe("description");
    expect(fields["Sub-product"]).toBeNull();
    const first = r.records.Complaints.find((c) => c.complaintId === "3001");
    expect(first).toMatchObject({ category: "Electronics", description: "Delivery Delay" });
    expect(first?.notes).toContain("Sub-product: Phones");
  });
});
