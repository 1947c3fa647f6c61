/**
 * A sheet is read as a record sheet only on the evidence that defines it: a policy by its number,
 * insurer, insured, sum or premium, or types of cover in its type column; a deal by its stage,
 * probability, expected close or deal number. An order ledger or a day's sales whose product or
 * amount column those words reach is the list of its buyers; a policy extract naming no holder
 * and numbering no policy imports nothing.
 */
import { importWorkbook } from "../../src/importer";
import { hasDefiningFields } from "../../src/importer/defining-fields";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet, table } from "./helpers";

describe("hasDefiningFields", () => {
  const col = (field: string | null, values: SourceCell[] = []) => ({ field, values });

  it("takes a policy number, an insurer or a premium as a policy's evidence", () => {
    expect(hasDefiningFields("Insurance", [col("clientName"), col("policyNo")])).toBe(true);
    expect(hasDefiningFields("Insurance", [col("insurer")])).toBe(true);
    expect(hasDefiningFields("Insurance", [col("annualPremium")])).toBe(true);
  });

  it("takes a type column as a policy's evidence only when its values name types of cover", () => {
    const cover = col("type", ["寿险", "医疗险", "Motor", "意外险"]);
    const goods = col("type", ["取消订单", "外购", "USD", "外购"]);
    expect(hasDefiningFields("Insurance", [col("clientName"), cover])).toBe(true);
    expect(hasDefiningFields("Insurance", [col("clientName"), goods, col("status")])).toBe(false);
  });

  it("takes no amount, date or status alone as a deal's evidence", () => {
    expect(hasDefiningFields("Pipeline", [col("prospect"), col("expectedValue")])).toBe(false);
    expect(hasDefiningFields("Pipeline", [col("prospect"), col("stage")])).toBe(true);
    expect(hasDefiningFields("Pipeline", [col("expectedClose")])).toBe(true);
  });

  it("never doubts a sheet it lists no evidence for", () => {
    expect(hasDefiningFields("Clients", [col("name")])).toBe(true);
    expect(hasDefiningFields("Complaints", [col("description")])).toBe(true);
  });
});

const BUYERS = ["Harbour Tiles", "NORDA", "casa bella LLC", "王记建材", "Sunrise Baths"];

describe("an order ledger", () => {
  // Order number, salesperson, buyer, amounts, the order's states and dates, a product column
  // holding the currency or a remark, an unheaded column of packing codes: each buyer on several
  // orders, always with one salesperson.
  const headers = [
    "订单号",
    "业务员",
    "客户名称",
    "总金额",
    "已收金额",
    "发出状态",
    "订单状态",
    "订单日期",
    "出货日期",
    "产品名称",
    "",
  ];
  const rows = table(headers, 15, (h, r) => {
    const buyer = r % BUYERS.length;
    switch (h) {
      case "订单号":
        return `SO2025${String(101 + r)}-${r % 2 === 0 ? "SZ" : "NB"}`;
      case "业务员":
        return ["LINDA", "Grace", "Yan"][buyer % 3];
      case "客户名称":
        return BUYERS[buyer];
      case "总金额":
        return 1200 + r * 317;
      case "已收金额":
        return 1200 + r * 100;
      case "发出状态":
        return ["已发出", "未发出"][r % 2];
      case "订单状态":
        return ["已收清", "部分收款", "未收款"][r % 3];
      case "订单日期":
        return `2025-0${1 + (r % 9)}-1${r % 10}`;
      case "出货日期":
        return `2025-0${1 + (r % 9)}-2${r % 10}`;
      case "产品名称":
        return ["USD", "外购", "取消订单"][r % 3];
      default:
        return `0${r % 4}-${840 + r}-0${216 + r * 3}`;
    }
  });
  const r = importWorkbook([sheet("Sheet1", rows)]);

  it("is no policy list, though its dates, states and product column sound like one", () => {
    expect(readAs(r, "Sheet1")).not.toBe("Insurance");
    expect(r.records.Insurance ?? []).toHaveLength(0);
  });

  it("is read as its buyers, the salesperson as each one's owner", () => {
    expect(readAs(r, "Sheet1")).toBe("Clients");
    const names = new Set(r.records.Clients.map((c) => String(c.name)));
    expect([...names].sort()).toEqual([...BUYERS].sort());
    expect(r.records.Clients.find((c) => c.name === "NORDA")?.owner).toBe("Grace");
  });
});

describe("a day's sales", () => {
  const rows = table(["produce", "amount", "price", "customers"], 18, (h, r) => {
    switch (h) {
      case "produce":
        return ["土豆", "青椒", "生姜", "白菜"][r % 4];
      case "amount":
        return 5 + (r % 7) * 2.5;
      case "price":
        return [2, 3.5, 12, 1.8][r % 4];
      default:
        return ["吴", "何", "许", "888"][Math.floor(r / 5)];
    }
  });
  const r = importWorkbook([sheet("销售", rows)]);

  it("is no pipeline: an amount beside a customer says nothing of a deal", () => {
    expect(readAs(r, "销售")).not.toBe("Pipeline");
    expect(r.records.Pipeline ?? []).toHaveLength(0);
  });
});

describe("sheets that carry their evidence stay what they are", () => {
  it("reads a renewal list with types of cover as policies", () => {
    const rows = table(["客户姓名", "险种", "生效日期", "状态"], 12, (h, r) => {
      switch (h) {
        case "客户姓名":
          return ["张伟", "李娜", "王芳", "刘洋"][r % 4];
        case "险种":
          return ["寿险", "医疗险", "意外险", "重疾险"][r % 4];
        case "生效日期":
          return `2024-0${1 + (r % 9)}-15`;
        default:
          return "有效";
      }
    });
    const r = importWorkbook([sheet("保单", rows)]);
    expect(readAs(r, "保单")).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(12);
  });

  it("reads deals with a stage as the pipeline", () => {
    const rows = table(["Customer", "Stage", "Amount", "Owner"], 12, (h, r) => {
      switch (h) {
        case "Customer":
          return `${["Alder", "Birch", "Cedar", "Dogwood"][r % 4]} ${r} Ltd`;
        case "Stage":
          return ["Lead", "Qualified", "Proposal", "Won"][r % 4];
        case "Amount":
          return 5000 + r * 1000;
        default:
          return "Rep 1";
      }
    });
    const r = importWorkbook([sheet("Deals", rows)]);
    expect(readAs(r, "Deals")).toBe("Pipeline");
    expect(r.records.Pipeline).toHaveLength(12);
  });
});

describe("a policy extract that names no holder", () => {
  const headers = ["SEX", "INSR_BEGIN", "INSR_END", "PREMIUM", "OBJECT_ID", "MAKE"];
  const cell = (h: string, r: number): SourceCell => {
    switch (h) {
      case "SEX":
        return String(r % 3);
      case "INSR_BEGIN":
        return `${1 + (r % 12)}/20/2017`;
      case "INSR_END":
        return `${1 + (r % 12)}/19/2018`;
      case "PREMIUM":
        return 3000 + r * 41.5;
      case "OBJECT_ID":
        return String(5000028000 + Math.floor(r / 2));
      default:
        return ["TOYOTA", "ISUZU", "NISSAN"][r % 3];
    }
  };

  it("imports nothing: no policy can be put on a client's page", () => {
    const r = importWorkbook([sheet("Sheet2", table(headers, 20, cell))]);
    expect(r.records.Insurance ?? []).toHaveLength(0);
    expect(r.mappings[0].decision?.outcome).toBe("unsure");
  });

  it("imports the policies when each carries a number of its own", () => {
    const numbered = table(["Policy No", ...headers], 20, (h, r) =>
      h === "Policy No" ? `MTR-${7000 + r}` : cell(h, r)
    );
    const r = importWorkbook([sheet("Sheet2", numbered)]);
    expect(readAs(r, "Sheet2")).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(20);
  });
});
