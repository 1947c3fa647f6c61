/**
 * A headed list whose name column names people and another column the organisation each works at,
 * shared by several of them, lists people at organisations — contacts of those clients — when the
 * person column's header calls them contacts, each row gives the person's post or department, or
 * the organisation is written before the person. A client list of people that only notes where
 * each one works stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet } from "./helpers";

interface Shape {
  /** Organisation, person, post, phone. */
  headers: string[];
  /** Person, phone, employer (a client list of people). */
  clientHeaders: string[];
  /** The person column headed as contacts, then the organisation, phone. */
  contactHeaders: string[];
  orgs: string[];
  people: string[][];
  posts: string[];
}

const SIMPLIFIED: Shape = {
  headers: ["医院名称", "姓名", "职称", "电话"],
  clientHeaders: ["姓名", "电话", "工作单位"],
  contactHeaders: ["联系人", "单位", "电话"],
  orgs: ["北京和平心血管病医院", "京北友谊医院", "河北嘉和市场服务有限公司"],
  people: [
    ["邹萍文", "孙鸣燕", "朱潜蕙"],
    ["安蕙春", "白屏若", "谭浩"],
    ["余军", "孟平"],
  ],
  posts: ["主任医师", "副主任医师", "主治医师"],
};

const TRADITIONAL: Shape = {
  headers: ["公司名稱", "姓名", "職稱", "聯絡電話"],
  clientHeaders: ["姓名", "電話", "服務單位"],
  contactHeaders: ["聯絡人", "公司", "電話"],
  orgs: ["遠聯電信股份有限公司", "昱安資安國際有限公司", "鼎鑫金融科技股份有限公司"],
  people: [
    ["蔡承翰", "許家瑋", "王淑芬"],
    ["洪淑芬", "張家豪", "劉雅婷"],
    ["楊佩珊", "許志偉"],
  ],
  posts: ["高級工程師", "專案經理", "協理"],
};

const ENGLISH: Shape = {
  headers: ["Company", "Name", "Job Title", "Phone"],
  clientHeaders: ["Name", "Phone", "Employer"],
  contactHeaders: ["Contact Name", "Company", "Phone"],
  orgs: ["Northwind Traders Ltd", "Contoso Holdings Inc", "Fabrikam Group Ltd"],
  people: [
    ["Emily Carter", "James Howard", "Olivia Bennett"],
    ["Daniel Price", "Sophie Turner", "Michael Reed"],
    ["Hannah Brooks", "Thomas Ward"],
  ],
  posts: ["Managing Director", "Sales Manager", "Finance Director"],
};

const SHAPES: [string, Shape][] = [
  ["简体", SIMPLIFIED],
  ["繁體", TRADITIONAL],
  ["en", ENGLISH],
];

/** Each organisation's people a row each, the organisation typed again on each of them. */
function each(
  shape: Shape,
  row: (org: string, person: string, k: number, phone: string) => SourceCell[]
): SourceCell[][] {
  const out: SourceCell[][] = [];
  let phone = 13800001000;
  shape.people.forEach((group, f) =>
    group.forEach((person, k) => out.push(row(shape.orgs[f], person, k, String(phone++))))
  );
  return out;
}

function reasonOf(r: ReturnType<typeof importWorkbook>, column: number, code: string) {
  return r.mappings[0].columns[column].reasons?.find((c) => c.code === code);
}

/** The organisation column says, in each language, it was read by the order: 3 for 8 people. */
function expectOrderReason(r: ReturnType<typeof importWorkbook>) {
  const reason = reasonOf(r, 0, "map.why.organisation-people-order");
  expect(reason).toBeDefined();
  const text = (lang: "en" | "zh-CN" | "zh-TW") =>
    reason ? renderMessage(reason.code, reason.params, lang) : "";
  expect(text("en")).toContain("3 organisations for 8 people");
  expect(text("zh-CN")).toContain("3 个单位、8 位人员");
  expect(text("zh-TW")).toContain("3 個單位、8 位人員");
}

describe("people at organisations under a header row", () => {
  // An English list of few firms and a handful of posts still reads as one organisation's staff
  // (sheet-kind.ts): its firms' people are tested by the order below.
  it.each(SHAPES.slice(0, 2))(
    "%s: the organisation, then each person with a post: contacts (by the order, not the post)",
    (_, shape) => {
      const cells = [
        shape.headers,
        ...each(shape, (org, person, k, phone) => [org, person, shape.posts[k], phone]),
      ];
      const r = importWorkbook([sheet("Sheet1", cells)]);
      expect(readAs(r, "Sheet1")).toBe("Contacts");
      expect(r.mappings[0].columns.map((c) => c.field).slice(0, 3)).toEqual([
        "clientName",
        "name",
        "title",
      ]);
      expect(r.records.Contacts).toHaveLength(8);
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...shape.orgs].sort());
      const org = r.records.Clients.find((c) => c.name === shape.orgs[1]);
      const person = r.records.Contacts.find((c) => c.name === shape.people[1][2]);
      expect(person?.clientId).toBe(org?.clientId);
      expect(person?.title).toBe(shape.posts[2]);
      expectOrderReason(r);
    }
  );

  it("en: the firm written before each of its people: contacts of the firm", () => {
    const cells: SourceCell[][] = [
      ["Firm", "Website", "Name", "Email"],
      ...each(ENGLISH, (org, person) => [
        org,
        `https://www.${org.split(" ")[0].toLowerCase()}.test/`,
        person,
        `${person.split(" ")[0].toLowerCase()}@${org.split(" ")[0].toLowerCase()}.test`,
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", cells)]);
    expect(readAs(r, "Sheet1")).toBe("Contacts");
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "clientName",
      null,
      "name",
      "email",
    ]);
    expect(r.records.Contacts).toHaveLength(8);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...ENGLISH.orgs].sort());
    expectOrderReason(r);
  });

  it.each(SHAPES)(
    "%s: a person column headed as contacts, the organisation after it",
    (_, shape) => {
      const cells = [
        shape.contactHeaders,
        ...each(shape, (org, person, _k, phone) => [person, org, phone]),
      ];
      const r = importWorkbook([sheet("Sheet1", cells)]);
      expect(readAs(r, "Sheet1")).toBe("Contacts");
      expect(r.mappings[0].columns.map((c) => c.field).slice(0, 2)).toEqual(["name", "clientName"]);
      expect(r.records.Contacts).toHaveLength(8);
      expect(reasonOf(r, 1, "map.why.organisation-people-header")).toBeDefined();
    }
  );

  it.each(SHAPES)(
    "%s: clients who are people, each noting the employer, stay clients",
    (_, shape) => {
      const cells = [
        shape.clientHeaders,
        ...each(shape, (org, person, _k, phone) => [person, phone, org]),
      ];
      const r = importWorkbook([sheet("Sheet1", cells)]);
      expect(readAs(r, "Sheet1")).toBe("Clients");
      expect(r.records.Clients).toHaveLength(8);
      expect(r.records.Contacts).toHaveLength(0);
    }
  );

  it.each(SHAPES)("%s: each person at an organisation of their own stays a client", (_, shape) => {
    const cells = [
      shape.headers,
      ...shape.people
        .flat()
        .map((person, i) => [
          shape === ENGLISH ? `${person} Consulting Ltd` : `${person}咨询有限公司`,
          person,
          shape.posts[i % 3],
          String(13800001000 + i),
        ]),
    ];
    const r = importWorkbook([sheet("Sheet1", cells)]);
    expect(readAs(r, "Sheet1")).not.toBe("Contacts");
    expect(r.records.Contacts).toHaveLength(0);
  });
});
