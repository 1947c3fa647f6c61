/**
 * A company list that describes the people to call at each company (联系人 / 联系人职务, 联系人2,
 * Contact / Contact Title / Champion, "陳大文 (IT經理)") gives one Contacts row per person named,
 * linked to the company, which stays the client (an enterprise) with its own phone and e-mail.
 * A contact known only by name is the client's main contact, as before.
 */
import { importWorkbook } from "../../src/importer";
import { contactOfHeader, nameAndTitle } from "../../src/importer/contact-columns";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

type Result = ReturnType<typeof importWorkbook>;

/** Each contact as [client name, contact name, title, phone, email]. */
function contacts(r: Result): (string | null)[][] {
  const clientName = new Map(r.records.Clients.map((c) => [c.clientId, c.name]));
  return r.records.Contacts.map((c) => [
    (clientName.get(c.clientId) as string | undefined) ?? null,
    (c.name as string | null) ?? null,
    (c.title as string | null) ?? null,
    (c.phone as string | null) ?? null,
    (c.email as string | null) ?? null,
  ]);
}

describe("headers of a company's contacts", () => {
  it.each([
    ["联系人", "name"],
    ["聯絡人", "name"],
    ["联系人职务", "title"],
    ["聯絡人職稱", "title"],
    ["联系人手机", "phone"],
    ["联系人2电话", "phone"],
    ["第二联系人", "name"],
    ["Contact Title", "title"],
    ["Champion Email", "email"],
    ["聯絡人 Contact", "name"],
  ])("%s → %s", (header, part) => {
    expect(contactOfHeader(header)?.part).toBe(part);
  });

  it.each(["联系电话", "联系方式", "Contact Address Type", "客户经理", "电话"])(
    "%s is no contact's column",
    (header) => {
      expect(contactOfHeader(header)).toBeNull();
    }
  );

  it("numbers and second words tell contacts apart", () => {
    const first = contactOfHeader("联系人")?.group;
    expect(contactOfHeader("联系人2")?.group).not.toBe(first);
    expect(contactOfHeader("第二联系人")?.group).not.toBe(first);
    expect(contactOfHeader("Champion")?.group).not.toBe(contactOfHeader("Contact")?.group);
    expect(contactOfHeader("联系人职务")?.group).toBe(first);
  });
});

describe("a name written with its title", () => {
  it.each([
    ["陳大文 (IT經理)", "陳大文", "IT經理"],
    ["王芳（财务总监）", "王芳", "财务总监"],
    ["Ms Lee - CFO", "Ms Lee", "CFO"],
    ["Tom Hardy, Procurement Manager", "Tom Hardy", "Procurement Manager"],
  ])("%s → %s + %s", (text, name, title) => {
    expect(nameAndTitle(text)).toEqual({ name, title });
  });

  it.each(["郑经理", "Lee, Ann", "李四 (13800001111)", "Anna-Maria Lopez"])(
    "%s stays a name",
    (text) => {
      expect(nameAndTitle(text)).toEqual({ name: text });
    }
  );
});

describe("contacts from a company list's columns", () => {
  it("简体: 联系人 / 联系人职务 / 联系电话, a second contact on a second row of the group", () => {
    const rows: SourceCell[][] = [
      ["集团编号", "集团名称", "行业", "联系人", "联系人职务", "联系电话", "客户经理"],
      [
        "7550000011",
        "惠州市广信物流有限公司",
        "物流",
        "谭军",
        "综合部部长",
        "0752-25623310转1633",
        "陈海燕",
      ],
      [
        "7550000012",
        "肇庆市金鹏财产保险支公司",
        "金融业",
        "李明",
        "办公室主任",
        "13800004571",
        "陈海燕",
      ],
      ["7550000013", "中山市百川第三中学", "教育", "周兰", "后勤主任", "13800004572", "刘洋"],
      [
        "7550000011",
        "惠州市广信物流有限公司",
        "物流",
        "陈立新",
        "采购经理",
        "13800004577",
        "陈海燕",
      ],
    ];
    const r = importWorkbook([sheet("集团客户清单", rows)]);
    expect(r.records.Clients.map((c) => [c.name, c.kind, c.phone, c.mainContact])).toEqual([
      ["惠州市广信物流有限公司", "enterprise", "0752-25623310转1633", "谭军"],
      ["肇庆市金鹏财产保险支公司", "enterprise", "13800004571", "李明"],
      ["中山市百川第三中学", "enterprise", "13800004572", "周兰"],
    ]);
    expect(contacts(r)).toEqual([
      ["惠州市广信物流有限公司", "谭军", "综合部部长", "0752-25623310转1633", null],
      ["肇庆市金鹏财产保险支公司", "李明", "办公室主任", "13800004571", null],
      ["中山市百川第三中学", "周兰", "后勤主任", "13800004572", null],
      ["惠州市广信物流有限公司", "陈立新", "采购经理", "13800004577", null],
    ]);
    // A contact's title is not the company's occupation.
    expect(r.records.Clients.every((c) => (c.occupation ?? null) === null)).toBe(true);
    const said = r.issues.filter((i) => i.code === "import.contacts-from-columns");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ severity: "info", params: { count: 4 } });
  });

  it("the contacts' own lines beside the company's: each keeps its own", () => {
    const rows: SourceCell[][] = [
      ["公司名称", "电话", "邮箱", "联系人", "联系人职务", "联系人手机", "联系人2", "联系人2电话"],
      [
        "杭州云栖智造有限公司",
        "0571-87650231",
        "info@yunqi.example",
        "王芳",
        "财务总监",
        "13900001111",
        "赵磊",
        "13900002222",
      ],
      ["浙江数据交换中心", "0571-87650232", "", "刘强", "主任", "13900003333", "", ""],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => [c.name, c.phone, c.email ?? null])).toEqual([
      ["杭州云栖智造有限公司", "0571-87650231", "info@yunqi.example"],
      ["浙江数据交换中心", "0571-87650232", null],
    ]);
    expect(contacts(r)).toEqual([
      ["杭州云栖智造有限公司", "王芳", "财务总监", "13900001111", null],
      ["杭州云栖智造有限公司", "赵磊", null, "13900002222", null],
      ["浙江数据交换中心", "刘强", "主任", "13900003333", null],
    ]);
    // Read into Contacts, the contact columns are not repeated in the company's notes.
    expect(r.records.Clients.map((c) => c.notes ?? null)).toEqual([null, null]);
  });

  it("English: Contact / Contact Title / Contact Email beside a Champion", () => {
    const rows: SourceCell[][] = [
      [
        "Account Name",
        "Phone",
        "Contact",
        "Contact Title",
        "Contact Email",
        "Champion",
        "Champion Email",
      ],
      [
        "Northwind Traders Ltd",
        "+1 415 555 0100",
        "Amy Chen",
        "CFO",
        "amy@northwind.example",
        "Bo Li",
        "bo@northwind.example",
      ],
      ["Contoso Inc", "+1 415 555 0200", "Dan Ruiz", "", "dan@contoso.example", "", ""],
    ];
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(r.records.Clients.map((c) => [c.name, c.kind, c.phone, c.mainContact])).toEqual([
      ["Northwind Traders Ltd", "enterprise", "+1 415 555 0100", "Amy Chen"],
      ["Contoso Inc", "enterprise", "+1 415 555 0200", "Dan Ruiz"],
    ]);
    expect(contacts(r)).toEqual([
      ["Northwind Traders Ltd", "Amy Chen", "CFO", null, "amy@northwind.example"],
      ["Northwind Traders Ltd", "Bo Li", null, null, "bo@northwind.example"],
      ["Contoso Inc", "Dan Ruiz", null, null, "dan@contoso.example"],
    ]);
  });

  it("繁體: one contact per firm written with the title in one cell is the main contact", () => {
    const rows: SourceCell[][] = [
      ["客戶經理 Account Manager", "客戶名稱 Customer Name", "聯絡人 Contact", "電話 Tel"],
      ["Kelvin Lau", "恒通物流有限公司", "陳大文 (IT經理)", "5555 0101"],
      ["Kelvin Lau", "德昌貿易有限公司", "Ms Lee - CFO", "5555 0102"],
      ["Mandy Ho", "聯合律師行", "黃小姐", "5555 0103"],
    ];
    const r = importWorkbook([sheet("續約", rows)]);
    expect(r.records.Clients.map((c) => [c.name, c.phone, c.mainContact])).toEqual([
      ["恒通物流有限公司", "5555 0101", "陳大文"],
      ["德昌貿易有限公司", "5555 0102", "Ms Lee"],
      ["聯合律師行", "5555 0103", "黃小姐"],
    ]);
    // One person per firm makes no Contacts row; the title stays in the client's notes.
    expect(contacts(r)).toEqual([]);
    expect(r.records.Clients.map((c) => c.notes ?? null)).toEqual([
      "陳大文 (IT經理)",
      "Ms Lee - CFO",
      null,
    ]);
  });

  it.each([
    {
      label: "English",
      headers: ["Company", "Contact", "Contact Title", "Phone"],
      firms: ["Northwind Traders Ltd", "Contoso Inc", "Fabrikam Ltd", "Tailspin Toys Inc"],
      people: ["Amy Chen", "Dan Ruiz", "Ola Berg", "Ravi Nair"],
      titles: ["CFO", "Buyer", "", "Owner"],
    },
    {
      label: "简体",
      headers: ["单位名称", "联系人", "联系人职务", "电话"],
      firms: ["星河机械有限公司", "蓝海物流有限公司", "华信电子有限公司", "金石建材有限公司"],
      people: ["杨帆", "赵磊", "孙丽", "周杰"],
      titles: ["采购经理", "总经理", "", "财务主管"],
    },
    {
      label: "繁體",
      headers: ["客戶名稱", "聯絡人", "聯絡人職稱", "電話"],
      firms: ["恒通物流有限公司", "德昌貿易有限公司", "聯合機械股份有限公司", "遠航食品有限公司"],
      people: ["許文彬", "鄭雅婷", "謝承恩", "洪詩涵"],
      titles: ["採購", "老闆", "", "會計"],
    },
  ])(
    "$label: a firm directory of one person and title per firm names each client's main contact",
    ({ headers, firms, people, titles }) => {
      const rows: SourceCell[][] = [
        headers,
        ...firms.map((f, i): SourceCell[] => [f, people[i], titles[i], `0510-840860${10 + i}`]),
      ];
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Contacts).toEqual([]);
      expect(r.records.Clients.map((c) => [c.name, c.mainContact])).toEqual(
        firms.map((f, i) => [f, people[i]])
      );
      // The title is no occupation of the firm: it is kept in the client's notes.
      expect(r.records.Clients.every((c) => (c.occupation ?? null) === null)).toBe(true);
      expect(String(r.records.Clients[0].notes ?? "")).toContain(titles[0]);
    }
  );

  it("a contact known only by name stays the client's main contact, with no Contacts row", () => {
    const rows: SourceCell[][] = [
      ["店名", "地址", "联系人", "电话"],
      ["悦城生活超市", "湛江市赤坎区民主路261号", "潘梅燕", "13800000767"],
      ["好又多商行", "湛江市霞山区人民大道12号", "郑经理", "13800005043"],
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Contacts).toEqual([]);
    expect(r.records.Clients.map((c) => [c.name, c.mainContact, c.phone])).toEqual([
      ["悦城生活超市", "潘梅燕", "13800000767"],
      ["好又多商行", "郑经理", "13800005043"],
    ]);
  });

  it.each([
    {
      label: "简体",
      headers: ["单位名称", "负责人", "联系人", "电话"],
      form: "机械有限公司",
      principals: ["汪博凯", "侯强", "杜嘉宇", "王敏", "李秀英", "张伟", "刘洋", "陈静"],
      people: ["杨帆", "赵磊", "孙丽", "周杰", "吴敏", "郑强", "冯雪", "何军"],
    },
    {
      label: "繁體",
      headers: ["客戶名稱", "負責人", "聯絡人", "電話"],
      form: "機械股份有限公司",
      principals: ["陳怡君", "林志明", "黃淑芬", "張家豪", "李美玲", "王俊傑", "吳宗翰", "蔡佩珊"],
      people: ["許文彬", "鄭雅婷", "謝承恩", "洪詩涵", "簡宜品", "高志遠", "曾淑惠", "彭冠宇"],
    },
  ])(
    "$label: the company's principal beside its contact is a fact of the company, not a second contact",
    ({ headers, form, principals, people }) => {
      const firms = ["星河", "蓝海", "华信", "金石", "天成", "远航", "恒通", "德昌"].map(
        (n) => `${n}${form}`
      );
      const rows: SourceCell[][] = [
        headers,
        ...firms.map((f, i): SourceCell[] => [f, principals[i], people[i], `0510-840860${10 + i}`]),
      ];
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Contacts).toEqual([]);
      expect(r.records.Clients.map((c) => [c.name, c.mainContact])).toEqual(
        firms.map((f, i) => [f, people[i]])
      );
    }
  );

  it("a list of people: their 联系人 is someone to reach them through, not a company's contact", () => {
    const rows: SourceCell[][] = [
      ["姓名", "手机", "联系人", "联系人职务", "联系人电话"],
      ["王建国", "13800001111", "王丽", "配偶", "13800002222"],
      ["李秀英", "13800003333", "张伟", "同事", "13800004444"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Contacts).toEqual([]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["王建国", "李秀英"]);
  });
});
