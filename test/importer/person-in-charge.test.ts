/**
 * 负责人 / 負責人 / "Person in Charge" on a client list does not say on whose side the person is.
 * A member of staff looks after many clients (few names, each on many rows); the client's own
 * person in charge is another person on nearly every row: then the column is the client's main
 * contact, and the clients are organisations when their names are not people's.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const fieldOf = (r: ReturnType<typeof importWorkbook>, header: string) =>
  r.mappings[0].columns.find((c) => c.header === header)?.field ?? null;
const reasonsOf = (r: ReturnType<typeof importWorkbook>, header: string) =>
  (r.mappings[0].columns.find((c) => c.header === header)?.reasons ?? []).map((x) => x.code);

const SHOPS = [
  "禧悦月子中心",
  "萃彩保险",
  "半岛会计",
  "拾光团建",
  "云栖家居",
  "鹿鸣摄影工作室",
  "青禾旅行社",
  "海棠轻食",
  "梧桐家政",
  "白鹭婚礼",
];
const PEOPLE_CN = [
  "戴欣霞",
  "苏洋",
  "林明",
  "菜菜",
  "黄小姐",
  "刘总",
  "万斌",
  "kevin",
  "邹军",
  "顾玲娜",
];

describe("a person in charge named on nearly every client is the client's own", () => {
  it("简体: 账户名称 | 负责人名称 | 联系电话 | 职位 → main contact, the shops enterprises", () => {
    const rows: SourceCell[][] = [["账户名称", "负责人名称", "联系电话", "职位"]];
    SHOPS.forEach((shop, i) =>
      rows.push([shop, PEOPLE_CN[i], 13800004000 + i * 37, i % 2 ? "运营" : "负责人"])
    );
    const r = importWorkbook([sheet("客户跟进", rows)]);
    expect(fieldOf(r, "负责人名称")).toBe("mainContact");
    expect(reasonsOf(r, "负责人名称")).toContain("map.why.in-charge-contact");
    expect(r.records.Clients.map((c) => c.mainContact)).toEqual(PEOPLE_CN);
    expect(r.records.Clients.every((c) => c.owner === null || c.owner === undefined)).toBe(true);
    expect(r.records.Clients.filter((c) => c.kind === "enterprise").length).toBe(SHOPS.length);
  });

  it("繁體, the column first and an extra column: 負責人 | 客戶名稱 | 地址", () => {
    const rows: SourceCell[][] = [["負責人", "客戶名稱", "地址"]];
    const people = [
      "陳怡君",
      "林家豪",
      "張雅婷",
      "王志明",
      "李淑芬",
      "黃建宏",
      "吳佩珊",
      "劉冠廷",
      "蔡宗翰",
    ];
    people.forEach((p, i) =>
      rows.push([
        p,
        `${["仁濟", "安康", "博愛"][i % 3]}${["藥局", "診所", "醫院"][i % 3]}${i}`,
        `台北市中山路${i + 1}號`,
      ])
    );
    const r = importWorkbook([sheet("客戶", rows)]);
    expect(fieldOf(r, "負責人")).toBe("mainContact");
    expect(r.records.Clients.map((c) => c.mainContact)).toEqual(people);
  });

  it("English: Company | Person in Charge | Phone", () => {
    const rows: SourceCell[][] = [["Company", "Person in Charge", "Phone"]];
    const people = [
      "Amelia Hart",
      "Brian Cole",
      "Chen Wei",
      "Dana Ortiz",
      "Eli Brooks",
      "Fatima Noor",
      "Gus Lund",
      "Hana Sato",
    ];
    people.forEach((p, i) =>
      rows.push([
        `${["Northwind", "Bluefin", "Oakridge", "Maple"][i % 4]} ${i} Ltd`,
        p,
        `+1 212 555 01${10 + i}`,
      ])
    );
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(fieldOf(r, "Person in Charge")).toBe("mainContact");
    expect(r.records.Clients[3].mainContact).toBe("Dana Ortiz");
  });
});

describe("a person in charge named on many clients is our staff member", () => {
  it("简体: 客户名称 | 负责人 with three names over twelve clients → owner", () => {
    const rows: SourceCell[][] = [["客户名称", "负责人", "电话"]];
    const staff = ["周敏", "李强", "王丽"];
    for (let i = 0; i < 12; i++)
      rows.push([`杭州云栖${i}号有限公司`, staff[i % 3], `0571-8765${String(1000 + i)}`]);
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldOf(r, "负责人")).toBe("owner");
    expect(r.records.Clients.map((c) => c.owner)).toEqual(
      Array.from({ length: 12 }, (_, i) => staff[i % 3])
    );
    expect(r.records.Clients.every((c) => !c.mainContact)).toBe(true);
  });

  it("English PIC repeating down a list of people → owner, never their contact", () => {
    const rows: SourceCell[][] = [["Client Name", "PIC", "Mobile"]];
    const staff = ["Jane Holt", "Omar Reyes"];
    const clients = [
      "Liam Porter",
      "Mia Chen",
      "Noah Price",
      "Olivia Grant",
      "Peter Shaw",
      "Quinn Avery",
      "Ruby Stone",
      "Sam Wilde",
      "Tara Quinn",
      "Uma Patel",
    ];
    clients.forEach((c, i) => rows.push([c, staff[i % 2], `+65 9123 45${10 + i}`]));
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(fieldOf(r, "PIC")).toBe("owner");
    expect(r.records.Clients[1].owner).toBe("Omar Reyes");
  });

  it("a qualified header (客户负责人, Sales PIC) says our side whatever the repetition", () => {
    const rows: SourceCell[][] = [["客户名称", "客户负责人", "电话"]];
    const people = ["周敏", "李强", "王丽", "赵磊", "钱芳", "孙浩", "吴迪", "郑爽"];
    people.forEach((p, i) =>
      rows.push([`宁波海曙${i}号贸易有限公司`, p, `0574-8765${String(2000 + i)}`])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldOf(r, "客户负责人")).toBe("owner");
  });
});
