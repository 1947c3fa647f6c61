/**
 * A list whose records each take k rows under a header of k stacked rows (the header's j-th row
 * labels what each record's j-th row holds) is one record per k rows: a person reads the cycle in
 * the key column (a code, then a name …), never each row as a record of its own.
 */
import { importWorkbook } from "../../src/importer";
import { foldStackedRecords, valueKind } from "../../src/importer/stacked-records";
import { sheetBlocks } from "../../src/importer/detect-table";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

interface Person {
  code: SourceCell;
  name: string;
  phone: string;
  email: string;
  city: string;
}

const EN: Person[] = [
  {
    code: 1041,
    name: "Harbour View Dental",
    phone: "617 555 0142",
    email: "desk@harbourview.test",
    city: "Quincy",
  },
  {
    code: 1042,
    name: "Marlow & Finch Bakery",
    phone: "617 555 0177",
    email: "orders@marlowfinch.test",
    city: "Dedham",
  },
  {
    code: 1043,
    name: "Kestrel Yoga Studio",
    phone: "617 555 0190",
    email: "hello@kestrel.test",
    city: "Milton",
  },
  {
    code: 1044,
    name: "Otis Brandt",
    phone: "617 555 0121",
    email: "otis.brandt@example.org",
    city: "Braintree",
  },
  {
    code: 1045,
    name: "Willow Creek Vets",
    phone: "617 555 0133",
    email: "front@willowcreek.test",
    city: "Canton",
  },
  {
    code: 1046,
    name: "Priya Raman",
    phone: "617 555 0108",
    email: "priya.r@example.com",
    city: "Norwood",
  },
];

const ZH_CN: Person[] = [
  {
    code: "KH-0301",
    name: "苏州恒通机电有限公司",
    phone: "13912345670",
    email: "ht@hengtong.test",
    city: "苏州",
  },
  {
    code: "KH-0302",
    name: "无锡华美包装厂",
    phone: "13812345671",
    email: "hm@huamei.test",
    city: "无锡",
  },
  {
    code: "KH-0303",
    name: "常州新程物流有限公司",
    phone: "13712345672",
    email: "xc@xincheng.test",
    city: "常州",
  },
  {
    code: "KH-0304",
    name: "南通瑞丰纺织有限公司",
    phone: "13612345673",
    email: "rf@ruifeng.test",
    city: "南通",
  },
  {
    code: "KH-0305",
    name: "扬州金地建材商行",
    phone: "13512345674",
    email: "jd@jindi.test",
    city: "扬州",
  },
];

describe("a list of records each over k rows under a header of k rows", () => {
  it("reads a three-row cycle (number, name, e-mail) as one client per cycle", () => {
    // The code and phone on each record's first row, its name and city under them, the e-mail
    // on a third row; a title line above the stacked header.
    const rows: SourceCell[][] = [
      ["Accounts receivable"],
      ["Acct #", "Phone"],
      ["Account name", "City"],
      ["E-mail", null],
      ...EN.flatMap((p) => [
        [p.code, p.phone],
        [p.name, p.city],
        [p.email, null],
      ]),
    ];
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(readAs(r, "Accounts")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(EN.length);
    const otis = r.records.Clients.find((c) => c.name === "Otis Brandt");
    expect(otis?.email).toBe("otis.brandt@example.org");
    expect(String(otis?.phone ?? "")).toContain("0121");
    expect(String(otis?.clientId ?? "")).toBe("1044");
    expect(r.summary.skipped).toBe(0);
    expect(r.summary.imported + r.summary.merged).toBe(EN.length * 3);
  });

  it("reads a two-row cycle with Chinese labels, the name above the code", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "联系电话", "城市"],
      ["客户编号", "电子邮箱", null],
      ...ZH_CN.flatMap((p) => [
        [p.name, p.phone, p.city],
        [p.code, p.email, null],
      ]),
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(readAs(r, "客户")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(ZH_CN.length);
    const first = r.records.Clients.find((c) => c.name === "无锡华美包装厂");
    expect(first?.clientId).toBe("KH-0302");
    expect(first?.email).toBe("hm@huamei.test");
  });

  it("folds rows only when the key column cycles, not under a title and a plain header", () => {
    const rows: SourceCell[][] = [
      ["Customer list", "2025"],
      ["Account name", "Phone"],
      ...EN.map((p) => [p.name, p.phone]),
    ];
    const view = sheet("List", rows);
    const block = sheetBlocks(view)[0];
    expect(block.table).not.toBeNull();
    if (!block.table) return;
    expect(foldStackedRecords(block.view, block.table, block.offset, block.bounds.top)).toBeNull();
    const r = importWorkbook([view]);
    expect(r.records.Clients).toHaveLength(EN.length);
  });

  it("leaves a list whose stacked rows are a group heading over sub-headers as it was", () => {
    // Two header rows, but the data has one record per row: no cycle in the key column.
    const rows: SourceCell[][] = [
      ["Customer", "Contact", "Contact"],
      ["Name", "Phone", "E-mail"],
      ...EN.map((p) => [p.name, p.phone, p.email]),
    ];
    const r = importWorkbook([sheet("List", rows)]);
    expect(readAs(r, "List")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(EN.length);
  });

  it("tells codes, words and dates apart as a person does at a glance", () => {
    expect(valueKind("C-AL243")).toBe("id");
    expect(valueKind(2514)).toBe("id");
    expect(valueKind("Ashford Commons")).toBe("words");
    expect(valueKind("苏州恒通机电有限公司")).toBe("words");
    expect(valueKind(new Date(Date.UTC(2025, 0, 2)))).toBe("date");
    expect(valueKind(null)).toBe("blank");
  });
});
