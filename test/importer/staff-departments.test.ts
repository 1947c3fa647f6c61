/**
 * A staff list whose department columns name the organisation's own units as a business is
 * named (服务部, 成都服务中心, "Retail Group") is still a staff list: a column headed as a
 * department holds no clients' firms. A contact list naming its people's firms in a column of
 * their own stays a list of outsiders, department column or not. Invented shapes, none of them a
 * corpus file's.
 */
import { importWorkbook } from "../../src/importer";
import { readAs, sheet, table } from "./helpers";

const CASES: Array<[string, string, readonly string[], (h: string, i: number) => string]> = [
  [
    "简体",
    "学员信息",
    ["工号", "姓名", "职位名称", "一级部门", "二级部门", "三级部门"],
    (h, i) =>
      ({
        工号: `S${String(i + 1).padStart(3, "0")}`,
        姓名: ["孙一", "周二", "吴三", "郑四", "王五", "冯六"][i % 6],
        职位名称: ["服务工程师", "店员", "运营专员", "销售顾问"][i % 4],
        一级部门: "中国区",
        二级部门: ["服务部", "经营部", "服务部", "运营部"][i % 4],
        三级部门: ["成都服务中心", "成都运营中心", "成都销售中心", "重庆服务中心"][i % 4],
      })[h] ?? "",
  ],
  [
    "繁體",
    "學員資料",
    ["工號", "姓名", "職位名稱", "一級部門", "二級部門"],
    (h, i) =>
      ({
        工號: `T${String(i + 1).padStart(3, "0")}`,
        姓名: ["林一", "陳二", "黃三", "張四", "李五", "王六"][i % 6],
        職位名稱: ["服務工程師", "門市人員", "營運專員"][i % 3],
        一級部門: "台灣區",
        二級部門: ["服務部", "經營部", "服務部", "營運部"][i % 4],
      })[h] ?? "",
  ],
  [
    "English",
    "Trainees",
    ["Staff ID", "Name", "Job Title", "Division", "Department"],
    (h, i) =>
      ({
        "Staff ID": `E${String(i + 1).padStart(3, "0")}`,
        Name: ["Ann Lee", "Bob Smith", "Carla Diaz", "Dev Patel", "Eve Moss", "Finn Ray"][i % 6],
        "Job Title": ["Sales Associate", "Service Engineer", "Store Clerk"][i % 3],
        Division: "North",
        Department: ["Retail Group", "Wealth Group", "Corporate Group", "Service Group"][i % 4],
      })[h] ?? "",
  ],
];

describe("a staff list's departments named as businesses", () => {
  it.each(CASES)("%s: the organisation's own people, not clients", (_lang, name, headers, cell) => {
    const rows = table(headers, 6, (h, i) => cell(h, i));
    const r = importWorkbook([sheet(name, rows)]);
    expect(readAs(r, name)).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toMatch(/^sheet\.why\.staff/);
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("people at clients' firms, a company column beside their department, stay outsiders", () => {
    const firms = [
      "Acme Ltd",
      "Birch Holdings",
      "Cobalt Inc",
      "Delta Group",
      "Ember LLC",
      "Fjord Co",
    ];
    const rows = table(["Name", "Company", "Job Title", "Department", "Email"], 6, (h, i) =>
      h === "Name"
        ? ["Ann Lee", "Bob Smith", "Carla Diaz", "Dev Patel", "Eve Moss", "Finn Ray"][i]
        : h === "Company"
          ? firms[i]
          : h === "Job Title"
            ? "Buyer"
            : h === "Department"
              ? ["Purchasing", "Retail Group"][i % 2]
              : `p${i}@firm${i}.example.com`
    );
    const r = importWorkbook([sheet("Buyers", rows)]);
    expect(r.mappings[0].reasonCoded?.code ?? "").not.toMatch(/^sheet\.why\.staff/);
    expect(readAs(r, "Buyers")).not.toBeNull();
  });
});
