/**
 * Items indented under one another at three depths or more (a project, its phases, tasks and
 * steps) are an outline of work: the people beside them do the work, they are no clients. A list
 * of clients, flush or with a stray leading space, stays a list.
 */
import { importWorkbook } from "../../src/importer";
import { outlineColumn } from "../../src/importer/outline-rows";
import { readAs, sheet } from "./helpers";

const PLAN: [string, string, string, string][] = [
  ["Billing system", "2024-09-02", "2024-10-31", "Dana Whitlock, Omar Reyes"],
  ["    Design", "2024-09-02", "2024-09-06", "Dana Whitlock"],
  ["    Build", "2024-09-09", "2024-10-11", ""],
  ["        Invoice search", "2024-09-09", "2024-09-13", ""],
  ["            Code", "2024-09-09", "2024-09-11", "Omar Reyes"],
  ["            Review", "2024-09-12", "2024-09-12", "Dana Whitlock"],
  ["            Unit tests", "2024-09-13", "2024-09-13", "Omar Reyes"],
  ["        Payment run", "2024-09-16", "2024-09-27", ""],
  ["            Code", "2024-09-16", "2024-09-24", "Priya Nair"],
  ["            Review", "2024-09-25", "2024-09-25", "Omar Reyes"],
  ["    Testing", "2024-10-14", "2024-10-31", "Priya Nair"],
];

describe("an outline of work", () => {
  it("leaves out a project plan whose tasks are indented under phases (English)", () => {
    const r = importWorkbook([
      sheet("Plan", [["Project", "Start", "End", "Owner"], ...PLAN.map((row) => [...row])]),
    ]);
    expect(readAs(r, "Plan")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.outline");
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("leaves out a 项目计划 whose 任务 are indented (简体)", () => {
    const items = [
      "账户系统",
      "    设计",
      "    开发",
      "        账户查询",
      "           代码开发",
      "           代码评审",
      "           单元测试",
      "        交易查询",
      "           代码开发",
      "           单元测试",
      "    测试",
    ];
    const people = [
      "黎鹏兰，潘欣",
      "黎鹏兰",
      "",
      "",
      "潘欣",
      "宋霞玲",
      "潘欣",
      "",
      "黎鹏兰",
      "潘欣",
      "宋霞玲",
    ];
    const r = importWorkbook([
      sheet("账户系统", [
        ["项目名称", "开始时间", "结束时间", "主负责人", "备注"],
        ...items.map((item, i) => [
          item,
          `2014-09-${String(15 + i).padStart(2, "0")}`,
          "",
          people[i],
          "",
        ]),
      ]),
    ]);
    expect(readAs(r, "账户系统")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.outline");
  });

  it("finds the outline of a 專案 in full-width spaces (繁體)", () => {
    const items = [
      "官網改版",
      "　需求",
      "　　訪談",
      "　　整理",
      "　設計",
      "　　版型",
      "　　　首頁",
      "　　　內頁",
      "　開發",
    ];
    expect(outlineColumn([items])).toBe(0);
  });

  it("imports a client list whose names carry a stray leading space", () => {
    const names = [
      "Fenwick Joinery",
      " Lodestar Opticians",
      "Mabel Okafor",
      "  Quarry Lane Motors",
      "Tamsin Hale",
      "Underhill Print Co",
      " Vesna Petrov",
      "Wrenfield Bakery",
      "Yardley Foods",
    ];
    const r = importWorkbook([
      sheet("Clients", [
        ["Customer", "Phone", "City"],
        ...names.map((n, i) => [n, `0161 496 01${String(10 + i)}`, "Manchester"]),
      ]),
    ]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(names.length);
  });

  it("reads no outline in places typed with stray spaces, beside the clients' names", () => {
    const places = [
      "    London UK",
      "Madrid Spain",
      "    Tampa   USA",
      "       Tokyo     Japan",
      "  Berlin   Germany",
      "    London UK",
      "Madrid Spain",
      "  Berlin   Germany",
      "       Tokyo     Japan",
    ];
    const names = places.map((_, i) => `Client ${String.fromCharCode(65 + i)}`);
    expect(outlineColumn([names, places])).toBe(-1);
    expect(outlineColumn([places])).toBe(-1);
  });

  it("reads no outline in figures padded to the right", () => {
    const figures = [
      "   12.50",
      "  125.00",
      " 1250.00",
      "    8.00",
      "   99.90",
      "  310.00",
      " 4400.00",
      "   70.25",
    ];
    expect(outlineColumn([figures])).toBe(-1);
  });
});
