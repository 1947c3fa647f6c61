/**
 * An analyst's workbook keeps the customers, their policies, and a table joining the two by the
 * customer's number (the customers' age and region beside each policy). The joined table repeats
 * the policies' rows beside another table's columns: it is the copy, and the policies are read
 * from their own sheet.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const COUNT = 12;
const ids = Array.from({ length: COUNT }, (_, i) => String(i + 1));

const VARIANTS = [
  {
    label: "English",
    customers: ["CustomerID", "Age", "Gender", "Region"],
    policies: ["PolicyID", "CustomerID", "PolicyType", "PolicyStartDate", "PremiumAmount"],
    sexes: ["Male", "Female"],
    types: ["Health", "Life", "Home", "Auto"],
    extra: "Churn",
  },
  {
    label: "简体",
    customers: ["客户编号", "年龄", "性别", "地区"],
    policies: ["保单号", "客户编号", "险种", "生效日期", "保费"],
    sexes: ["男", "女"],
    types: ["医疗险", "寿险", "家财险", "车险"],
    extra: "流失",
  },
  {
    label: "繁體",
    customers: ["客戶編號", "年齡", "性別", "地區"],
    policies: ["保單號碼", "客戶編號", "險種", "生效日期", "保費"],
    sexes: ["男", "女"],
    types: ["醫療險", "壽險", "住宅火險", "車險"],
    extra: "流失",
  },
];

describe("a table joining customers to their policies", () => {
  it.each(VARIANTS)("$label: is the copy, the policies read from their own sheet", (v) => {
    const customer = (i: number): SourceCell[] => [
      ids[i],
      String(30 + i),
      v.sexes[i % 2],
      ["North", "South", "East"][i % 3],
    ];
    const policy = (i: number): SourceCell[] => [
      `P${1000 + i}`,
      ids[i],
      v.types[i % 4],
      `2023-0${(i % 9) + 1}-15`,
      1000 + i * 25,
    ];
    const joinedHeader = [
      ...v.customers,
      ...v.policies.filter((h) => h !== v.customers[0]),
      v.extra,
    ];
    const joined = ids.map((_, i): SourceCell[] => [
      ...customer(i),
      ...policy(i).filter((_c, k) => k !== 1),
      String(i % 2),
    ]);
    const r = importWorkbook([
      sheet("Customers", [v.customers, ...ids.map((_, i) => customer(i))]),
      sheet("Policies", [v.policies, ...ids.map((_, i) => policy(i))]),
      sheet("FinalDataset", [joinedHeader, ...joined]),
    ]);
    expect(readAs(r, "Policies")).toBe("Insurance");
    expect(readAs(r, "FinalDataset")).toBeNull();
    expect(r.records.Insurance).toHaveLength(COUNT);
  });
});
