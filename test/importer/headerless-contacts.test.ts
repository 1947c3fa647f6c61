/**
 * A list typed without a header row whose rows are people at organisations — a different person on
 * each row, organisations each shared by several of them, each person's post or department — is a
 * decision map: contacts at those organisations, the organisations the clients, whatever figures
 * and flags the rows carry besides. One organisation's own people (all at one firm) are no such
 * list, nor are people each at a firm of their own.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet } from "./helpers";

interface Shape {
  reps: string[];
  organisations: string[];
  people: string[];
  departments: string[];
  titles: string[];
}

/** Every given name after every family name, `count` of them: people, each named once. */
function names(family: string[], given: string[], count: number, join = ""): string[] {
  return family.flatMap((f) => given.map((g) => `${f}${join}${g}`)).slice(0, count);
}

/** Twelve organisations for thirty people: several people at each. */
const PEOPLE = 30;

const SIMPLIFIED: Shape = {
  reps: ["李璐", "何方宇", "卜先锋"],
  organisations: [
    "聊城",
    "无锡",
    "济宁",
    "合肥",
    "常州",
    "威海",
    "苏州",
    "泰安",
    "蚌埠",
    "烟台",
    "淄博",
    "潍坊",
  ].map((city) => `${city}市人民医院`),
  people: names(
    ["王", "刘", "陈", "赵", "孙", "周"],
    ["建国", "婷", "思远", "丽华", "晓峰", "敏"],
    PEOPLE
  ),
  departments: ["神经内科", "急诊科", "耳鼻喉科"],
  titles: ["主任医师", "副主任医师", "主治医师"],
};

const TRADITIONAL: Shape = {
  reps: ["林志明", "黃美玲"],
  organisations: [
    "臺北",
    "高雄",
    "臺中",
    "新竹",
    "嘉義",
    "臺南",
    "基隆",
    "宜蘭",
    "花蓮",
    "屏東",
    "彰化",
    "桃園",
  ].map((city) => `${city}紀念醫院`),
  people: names(
    ["陳", "張", "王", "李", "劉", "蔡"],
    ["怡君", "家豪", "淑芬", "建宏", "雅婷", "宗翰"],
    PEOPLE
  ),
  departments: ["神經內科", "急診科", "耳鼻喉科"],
  titles: ["主任醫師", "主治醫師", "住院醫師"],
};

const ENGLISH: Shape = {
  reps: ["Dale Whitcombe", "Maria Lopez"],
  organisations: [
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Litware",
    "Adatum",
    "Proseware",
    "Woodgrove",
    "Lucerne",
    "Margie",
    "Wingtip",
    "Alpine",
  ].map((firm) => `${firm} Traders Ltd`),
  people: names(
    ["Emily", "James", "Olivia", "Daniel", "Sophie", "Michael"],
    ["Carter", "Howard", "Bennett", "Price", "Turner", "Reed"],
    PEOPLE,
    " "
  ),
  departments: ["Finance", "Procurement", "Operations"],
  titles: ["Sales Manager", "Chief Financial Officer", "Purchasing Director"],
};

/** One person a row: the rep, the organisation, the person, department, title, then two figures. */
function rows(shape: Shape, organisations = shape.organisations): SourceCell[][] {
  return shape.people.map((person, i) => [
    shape.reps[i % shape.reps.length],
    organisations[i % organisations.length],
    person,
    shape.departments[i % shape.departments.length],
    shape.titles[(i >> 1) % shape.titles.length],
    Math.round((0.05 + (i % 9) * 0.05) * 100) / 100,
    1250.5 + i * 37,
  ]);
}

describe("a list without a header row of people at organisations", () => {
  it.each([
    ["简体", SIMPLIFIED],
    ["繁體", TRADITIONAL],
    ["en", ENGLISH],
  ])("%s: reads each row as a contact of the organisation it names", (_, shape) => {
    const r = importWorkbook([sheet("data", rows(shape))]);
    const m = r.mappings.find((s) => s.sheet === "data");
    expect(m?.registerSheet).toBe("Contacts");
    expect(m?.headerless).toBe(true);
    expect(m?.columns.map((c) => c.field)).toEqual([
      null,
      "clientName",
      "name",
      "department",
      "title",
      null,
      null,
    ]);
    expect(r.records.Contacts).toHaveLength(shape.people.length);
    // Only the columns left to notes say so.
    const toNotes = r.issues.filter((i) => i.code === "map.unmapped-notes").map((i) => i.column);
    expect(toNotes).toContain("A");
    expect(toNotes.filter((c) => ["B", "C", "D", "E"].includes(c ?? ""))).toEqual([]);
    const first = r.records.Contacts.find((c) => c.name === shape.people[0]);
    expect(first?.title).toBe(shape.titles[0]);
    expect(first?.department).toBe(shape.departments[0]);
    // The organisations become the clients, each person linked to theirs.
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...shape.organisations].sort());
    const client = r.records.Clients.find((c) => c.name === shape.organisations[0]);
    expect(first?.clientId).toBe(client?.clientId);
  });

  it("says why the organisations are the clients, in each language", () => {
    const r = importWorkbook([sheet("data", rows(SIMPLIFIED))]);
    const column = r.mappings[0].columns[1];
    const reason = column.reasons?.find((c) => c.code === "map.why.people-at-organisations");
    expect(reason).toBeDefined();
    if (!reason) return;
    expect(renderMessage(reason.code, reason.params, "en")).toContain("12 organisations");
    expect(renderMessage(reason.code, reason.params, "zh-CN")).toContain("12 个单位");
    expect(renderMessage(reason.code, reason.params, "zh-TW")).toContain("12 個單位");
  });

  it("people each at an organisation of their own are not a decision map", () => {
    const own = SIMPLIFIED.people.map((p, i) => `${p.slice(0, 1)}氏${i}号贸易有限公司`);
    const r = importWorkbook([sheet("data", rows(SIMPLIFIED, own))]);
    expect(readAs(r, "data")).not.toBe("Contacts");
    expect(r.records.Contacts).toHaveLength(0);
  });

  it("a group's own people (its three hospitals), with their posts and departments, are not its contacts", () => {
    const group = ["聊城市人民医院", "聊城市第二人民医院", "聊城市中医医院"];
    const r = importWorkbook([sheet("data", rows(SIMPLIFIED, group))]);
    expect(readAs(r, "data")).not.toBe("Contacts");
    expect(r.records.Contacts).toHaveLength(0);
  });
});
