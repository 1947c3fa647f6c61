/**
 * The organisation's own people: a list whose people share a handful of posts down nearly every
 * row (Health Care Assistant, 护工), or a tab named for its service staff (服務人員), is staff, not
 * clients. Clients' contacts holding as many posts as there are firms stay a contact list.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

const EN_NAMES = [
  "Olivia Ashdown",
  "Marcus Bell",
  "Priya Raman",
  "Tomas Novak",
  "Grace Okafor",
  "Henry Walsh",
  "Aisha Khan",
  "Daniel Reyes",
  "Chloe Martin",
  "Samuel Brooks",
  "Fatima Noor",
  "Liam Murphy",
];
const CN_NAMES = [
  "赵桂英",
  "王明",
  "林志强",
  "陈美玲",
  "张伟",
  "李静",
  "刘洋",
  "黄磊",
  "周敏",
  "吴刚",
  "郑丽",
  "孙浩",
];
const TW_NAMES = [
  "陳怡君",
  "林志明",
  "黃美玲",
  "張家豪",
  "李淑芬",
  "王建宏",
  "吳佩珊",
  "劉俊傑",
  "蔡宜蓁",
  "楊宗翰",
  "許雅婷",
  "鄭文彬",
];

describe("the organisation's own people", () => {
  it("a list sharing a handful of posts down every row is staff (en)", () => {
    const rows = table(["Name", "Title", "Telephone", "Latitude", "Longitude"], 20, (h, i) =>
      h === "Name"
        ? `${EN_NAMES[i % 12].toUpperCase()} ${"ABCDEFGHIJKLMNOPQRST"[i]}`
        : h === "Title"
          ? i % 7 === 0
            ? "Registered Nurse"
            : "Health Care Assistant"
          : h === "Telephone"
            ? 7700900100 + i
            : h === "Latitude"
              ? 50.3 + i / 100
              : -4.1 - i / 100
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBeNull();
    expect(notDataReason(r, "Sheet1")).toBe("sheet.why.staff-evidence");
    expect(Object.values(r.records).flat()).toHaveLength(0);
  });

  it("a list sharing a handful of posts is staff (简体)", () => {
    const rows = table(["姓名", "职称", "联系电话", "服务区域"], 12, (h, i) =>
      h === "姓名"
        ? CN_NAMES[i]
        : h === "职称"
          ? ["护工", "护士", "护工"][i % 3]
          : h === "联系电话"
            ? `1380013${String(1000 + i)}`
            : ["东城", "西城", "海淀"][i % 3]
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBeNull();
    expect(Object.values(r.records).flat()).toHaveLength(0);
  });

  it("clients' contacts holding many different posts stay a contact list", () => {
    const POSTS = [
      "Purchasing Manager",
      "Finance Director",
      "Office Manager",
      "Operations Director",
      "IT Manager",
      "Chief Executive Officer",
      "Procurement Officer",
      "Facilities Manager",
      "Sales Director",
      "Company Secretary",
      "HR Manager",
      "Plant Engineer",
    ];
    const rows = table(["Name", "Title", "Telephone", "Email"], 12, (h, i) =>
      h === "Name"
        ? EN_NAMES[i]
        : h === "Title"
          ? POSTS[i]
          : h === "Telephone"
            ? `020 7946 0${100 + i}`
            : `${EN_NAMES[i].split(" ")[0].toLowerCase()}@firm${i}.co.uk`
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).not.toBeNull();
    expect(Object.values(r.records).flat().length).toBeGreaterThanOrEqual(12);
  });

  it("a tab named for the service staff (服務人員) is staff beside the clients' tab (繁體)", () => {
    const CAREGIVERS = [
      "莊翰柏",
      "柯士翰",
      "謝佳穎",
      "游雅琪",
      "潘志偉",
      "葉思妤",
      "邱冠廷",
      "曾美華",
    ];
    const person = (h: string, i: number, base: number): SourceCell =>
      h === "姓名"
        ? base === 0
          ? TW_NAMES[i]
          : CAREGIVERS[i]
        : h === "行動電話"
          ? `09${String(base + 10000000 + i * 7919).slice(-8)}`
          : h === "身分證字號"
            ? `A2${String(base + 30000000 + i * 104729).slice(-8)}`
            : `user${base + i}@mail.test`;
    const headers = ["姓名", "行動電話", "身分證字號", "EMAIL"];
    const r = importWorkbook([
      sheet(
        "案件",
        table(headers, 10, (h, i) => person(h, i, 0))
      ),
      sheet(
        "服務人員",
        table(headers, 8, (h, i) => person(h, i, 5))
      ),
    ]);
    expect(readAs(r, "案件")).toBe("Clients");
    expect(readAs(r, "服務人員")).toBeNull();
    expect(r.records.Clients).toHaveLength(10);
  });
});
