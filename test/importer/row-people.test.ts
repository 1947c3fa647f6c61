/**
 * Who the people on a row are: the client, and the people of ours attached to it. A CRM's record
 * owner (Account Owner, 客户所有人, 所属人) and a spelt-out representative are the owner; the user
 * who keyed the record in (Created By, 创建人) is the owner only when no column names one; a legal
 * representative is the client's own person. A bare 所有人 is the owner on a client list and the
 * client on a policy or holding list. Invented sheets only (English, 简体, 繁體; other orders).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { namesSystemUser, readHeader } from "../../src/importer/subject";
import { INVENTED_PEOPLE, sheet } from "./helpers";

type Lang = keyof typeof INVENTED_PEOPLE;

const COMPANIES: Record<Lang, string[]> = {
  en: [
    "Harbor Steel Ltd",
    "Greenfield Foods Pvt Ltd",
    "Northwind Textiles LLC",
    "Bluepeak Logistics Inc",
    "Silverline Pharma Ltd",
    "Crestview Hotels Pvt Ltd",
    "Oakridge Motors Inc",
    "Riverbend Cement Ltd",
    "Summit Paper Mills Ltd",
    "Lakeside Dairy LLC",
  ],
  "zh-CN": [
    "上海云帆贸易有限公司",
    "广州锦程物流有限公司",
    "成都远航科技有限公司",
    "北京恒泰数据有限公司",
    "深圳明道电子有限公司",
    "杭州青禾食品有限公司",
    "南京华信建材有限公司",
    "武汉联创医药有限公司",
    "西安博远机械有限公司",
    "天津海湾化工有限公司",
  ],
  "zh-TW": [
    "台北宏達貿易股份有限公司",
    "新竹晶碩科技股份有限公司",
    "台中大成食品有限公司",
    "高雄海洋物流有限公司",
    "桃園永信建材有限公司",
    "台南德昌紡織有限公司",
    "基隆港興運輸有限公司",
    "嘉義福源農產有限公司",
    "花蓮山海觀光有限公司",
    "宜蘭蘭陽醫材有限公司",
  ],
};

/** Columns by role: the client's name, the owner, the system user, its phone. */
interface Layout {
  label: string;
  lang: Lang;
  headers: { name: string; owner: string; creator: string; extra: string };
  order: number[];
}

const layouts: Layout[] = [
  {
    label: "a CRM's accounts (English)",
    lang: "en",
    headers: {
      name: "Account Name",
      owner: "Account Owner",
      creator: "Created By",
      extra: "Industry",
    },
    order: [0, 1, 2, 3],
  },
  {
    label: "a CRM's leads, creator first (English)",
    lang: "en",
    headers: { name: "Company", owner: "Lead Owner", creator: "Last Modified By", extra: "City" },
    order: [2, 3, 0, 1],
  },
  {
    label: "a CRM's accounts (简体)",
    lang: "zh-CN",
    headers: { name: "客户名称", owner: "客户所有人", creator: "创建人", extra: "行业" },
    order: [1, 0, 2, 3],
  },
  {
    label: "a CRM's accounts (繁體)",
    lang: "zh-TW",
    headers: { name: "客戶名稱", owner: "客戶所有人", creator: "建立者", extra: "產業" },
    order: [2, 1, 3, 0],
  },
  {
    label: "a lead list's 所属人 (简体)",
    lang: "zh-CN",
    headers: { name: "公司名称", owner: "所属人", creator: "录入人", extra: "城市" },
    order: [3, 2, 1, 0],
  },
];

/** Twelve accounts; three owners of ours; one user keyed every row in, another a few. */
function accounts(layout: Layout): SourceCell[][] {
  const people = INVENTED_PEOPLE[layout.lang];
  const { name, owner, creator, extra } = layout.headers;
  const header = [name, owner, creator, extra];
  const rows: SourceCell[][] = [layout.order.map((i) => header[i])];
  for (let i = 0; i < 12; i++) {
    const row = [
      `${COMPANIES[layout.lang][i % 10]}${i >= 10 ? ` ${i}` : ""}`,
      people[i % 3],
      people[i % 4 === 0 ? 8 : 9],
      `X${i % 3}`,
    ];
    rows.push(layout.order.map((k) => row[k]));
  }
  return rows;
}

describe("the owner of a CRM's record, beside the user who keyed it in", () => {
  it.each(layouts.map((l) => [l.label, l] as const))("%s", (_label, layout) => {
    const r = importWorkbook([sheet("Accounts", accounts(layout))]);
    const mapping = r.mappings[0];
    expect(mapping.registerSheet).toBe("Clients");
    const fieldOf = (h: string) => mapping.columns.find((c) => c.header === h)?.field ?? null;
    expect(fieldOf(layout.headers.owner)).toBe("owner");
    expect(fieldOf(layout.headers.creator)).toBeNull();
    expect(fieldOf(layout.headers.name)).toBe("name");
    expect(r.records.Clients).toHaveLength(12);
    const people = INVENTED_PEOPLE[layout.lang];
    expect(r.records.Clients.map((c) => c.owner)).toEqual(
      Array.from({ length: 12 }, (_, i) => people[i % 3])
    );
    // The system user is kept, in notes.
    expect(r.records.Clients[0].notes).toContain(people[8]);
  });

  it.each([
    ["Created By", "en"],
    ["创建人", "zh-CN"],
    ["建立者", "zh-TW"],
  ] as const)("takes %s as the owner when no column names one, and says why", (creator, lang) => {
    const people = INVENTED_PEOPLE[lang];
    const rows: SourceCell[][] = [[lang === "en" ? "Account Name" : "客户名称", creator]];
    for (let i = 0; i < 10; i++) rows.push([COMPANIES[lang][i], people[i % 2]]);
    const r = importWorkbook([sheet("Accounts", rows)]);
    const column = r.mappings[0].columns[1];
    expect(column.field).toBe("owner");
    expect(column.reasons?.map((x) => x.code)).toContain("map.why.system-user");
    expect(r.records.Clients[3].owner).toBe(people[1]);
  });

  it("says why in the register's three languages", () => {
    expect(renderMessage("map.why.system-user", {}, "en")).toContain("owner");
    expect(renderMessage("map.why.system-user", {}, "zh-CN")).toContain("负责人");
    expect(renderMessage("map.why.system-user", {}, "zh-TW")).toContain("負責人");
  });
});

describe("a representative", () => {
  it.each([
    ["SisRepresentativeName"],
    ["Sales Representative"],
    ["sales_representative_name"],
    ["AcmeRepresentativeName"],
  ])("named on a client list is the client's rep of ours (%s)", (header) => {
    const people = INVENTED_PEOPLE.en;
    const rows: SourceCell[][] = [["Client Name", "Client Email", header, "Branch"]];
    for (let i = 0; i < 10; i++)
      rows.push([
        COMPANIES.en[i],
        `office${i}@client${i}.example.com`,
        people[i % 3],
        i % 2 ? "NORTH" : "SOUTH",
      ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns[2].field).toBe("owner");
    expect(r.records.Clients.find((c) => c.name === COMPANIES.en[4])?.owner).toBe(people[1]);
  });

  it("is the client's own person when the header says legal or authorised", () => {
    const people = INVENTED_PEOPLE.en;
    for (const header of ["Legal Representative", "Authorized Representative"]) {
      const rows: SourceCell[][] = [["Company Name", header, "Phone"]];
      for (let i = 0; i < 10; i++)
        rows.push([COMPANIES.en[i], people[i], `+1 212 555 01${String(i).padStart(2, "0")}`]);
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect([header, r.mappings[0].columns[1].field]).not.toEqual([header, "owner"]);
      expect(r.records.Clients.find((c) => c.name === COMPANIES.en[2])?.owner ?? null).toBeNull();
    }
  });
});

describe("a bare 所有人 by the sheet's kind", () => {
  it.each([
    ["zh-CN", ["公司代码", "所有人", "公司名称", "客户状态"]],
    ["zh-TW", ["公司代碼", "所有人", "公司名稱", "客戶狀態"]],
  ] as const)("is the owner of ours on a client list (%s)", (lang, header) => {
    const people = INVENTED_PEOPLE[lang];
    const rows: SourceCell[][] = [[...header]];
    for (let i = 0; i < 10; i++)
      rows.push([`C${100 + i}`, people[i % 3], COMPANIES[lang][i], "现有客户"]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.mappings[0].columns[1].field).toBe("owner");
    expect(r.records.Clients[4].owner).toBe(people[1]);
  });

  it.each([
    ["保单所有人", "保单号", "险种", "保费"],
    ["保單所有人", "保單號碼", "險種", "保費"],
    ["所有人", "保单号", "险种", "保费"],
  ])("is the client on a policy list (%s)", (owner, policyNo, type, premium) => {
    const people = INVENTED_PEOPLE["zh-CN"];
    const rows: SourceCell[][] = [[policyNo, owner, type, premium]];
    for (let i = 0; i < 10; i++)
      rows.push([`P${20250100 + i}`, people[i], i % 2 ? "重疾险" : "终身寿险", 3000 + i * 100]);
    const r = importWorkbook([sheet("保单", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.mappings[0].columns[1].field).not.toBe("owner");
    expect(r.records.Insurance).toHaveLength(10);
    const policy = r.records.Insurance.find((p) => p.policyNo === "P20250103");
    expect(r.records.Clients.find((c) => c.clientId === policy?.clientId)?.name).toBe(people[3]);
  });
});

describe("a phone typed into a number cell", () => {
  it.each([["Mob No."], ["Mobile"], ["Contact No."], ["手机号"]])(
    "is a phone under a header naming one (%s)",
    (header) => {
      const rows: SourceCell[][] = [["Sr.No.", "Full Name", header, "Profession"]];
      for (let i = 0; i < 10; i++)
        rows.push([i + 1, INVENTED_PEOPLE.en[i], 9812300000 + i * 7919, "Teacher"]);
      const r = importWorkbook([sheet("Prospects", rows)]);
      const column = r.mappings[0].columns[2];
      expect(column.field).toBe("phone");
      expect(r.records.Clients[2].phone).toContain("9812315838");
    }
  );

  it("is no phone under a header naming an amount or a code", () => {
    const rows: SourceCell[][] = [["Full Name", "Account No.", "Profession"]];
    for (let i = 0; i < 10; i++)
      rows.push([INVENTED_PEOPLE.en[i], 9812300000 + i * 7919, "Teacher"]);
    const r = importWorkbook([sheet("Prospects", rows)]);
    expect(r.mappings[0].columns[1].field).not.toBe("phone");
  });
});

describe("an empty column", () => {
  it.each([
    [["ID", "NAME", "Share Capital Balance", "Membership Payment", "Mobile"]],
    [["会员编号", "姓名", "股金", "会费缴纳", "手机"]],
  ])("takes no field by a header only resembling one (%s)", (headers) => {
    const rows: SourceCell[][] = [headers];
    for (let i = 0; i < 10; i++)
      rows.push([`M-${300 + i}`, INVENTED_PEOPLE.en[i], null, null, `+1 212 555 01${10 + i}`]);
    const r = importWorkbook([sheet("members", rows)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[2]).toBeNull();
    expect(fields[3]).toBeNull();
    expect(fields[1]).toBe("name");
  });

  it("still takes the field its header names exactly", () => {
    const rows: SourceCell[][] = [["Name", "Email", "Birthday"]];
    for (let i = 0; i < 10; i++) rows.push([INVENTED_PEOPLE.en[i], `p${i}@example.com`, null]);
    const r = importWorkbook([sheet("members", rows)]);
    expect(r.mappings[0].columns[2].field).toBe("birthday");
  });
});

describe("reading a representative's header", () => {
  it("says whose representative it is by the word before it", () => {
    expect(readHeader("Representative").role).toBe("none");
    expect(readHeader("SisRepresentativeName")).toEqual({ role: "owner", base: "name" });
    expect(readHeader("Sales Representative").role).toBe("owner");
    expect(readHeader("Legal Representative").role).toBe("contact");
    expect(readHeader("Company Representative").role).toBe("contact");
    expect(readHeader("Customer Representative Name")).toEqual({ role: "contact", base: "name" });
  });

  it("reads a system user as one of ours", () => {
    for (const h of [
      "Created By",
      "Modified By",
      "Last Modified By",
      "创建人",
      "錄入人",
      "上次修改者",
    ])
      expect([h, readHeader(h).role]).toEqual([h, "owner"]);
    for (const h of ["Created By", "Created By.id", "创建人姓名", "建立者"])
      expect([h, namesSystemUser(h)]).toEqual([h, true]);
    for (const h of ["Account Owner", "Created Time", "创建时间"])
      expect([h, namesSystemUser(h)]).toEqual([h, false]);
  });
});

describe("a CRM's own record number and a related account", () => {
  it.each([
    [["Record Id", "Account Name", "Parent Account.id", "Parent Account", "Phone"]],
    [["Phone", "Parent Account", "Account Name", "Record ID", "Parent Account ID"]],
    [["记录编号", "客户名称", "上级客户编号", "上级客户", "电话"]],
    [["記錄編號", "客戶名稱", "上級客戶編號", "上級客戶", "電話"]],
  ])("keys the client by its record number, never by its parent's (%s)", (headers) => {
    const rows: SourceCell[][] = [headers];
    const at = (h: RegExp) => headers.findIndex((x) => h.test(x));
    for (let i = 0; i < 10; i++) {
      const row: SourceCell[] = new Array(headers.length).fill(null);
      row[at(/^(Record|记录|記錄)/i)] = `zcrm_59248${1000 + i}`;
      row[at(/^(Account Name|客户名称|客戶名稱)$/)] = COMPANIES.en[i];
      row[at(/^(Parent Account\.?\s?id|上级客户编号|上級客戶編號)$/i)] =
        i % 3 === 0 ? "zcrm_592480001" : null;
      row[at(/^(Parent Account|上级客户|上級客戶)$/)] = i % 3 === 0 ? COMPANIES.en[0] : null;
      row[at(/^(Phone|电话|電話)$/)] = `+1 212 555 01${10 + i}`;
      rows.push(row);
    }
    const r = importWorkbook([sheet("Accounts", rows)]);
    const fieldOf = (h: RegExp) => r.mappings[0].columns[at(h)].field;
    expect(fieldOf(/^(Record|记录|記錄)/i)).toBe("clientId");
    expect(fieldOf(/^(Parent Account\.?\s?id|上级客户编号|上級客戶編號)$/i)).toBeNull();
    expect(fieldOf(/^(Parent Account|上级客户|上級客戶)$/)).toBeNull();
    expect(r.records.Clients).toHaveLength(10);
    expect(r.records.Clients.find((c) => c.name === COMPANIES.en[3])?.clientId).toBe(
      "zcrm_592481003"
    );
  });
});

describe("an empty column under a close header", () => {
  it("keeps the field its header nearly names", () => {
    const rows: SourceCell[][] = [["Name", "Occupations", "Phone"]];
    for (let i = 0; i < 10; i++) rows.push([INVENTED_PEOPLE.en[i], null, `+1 212 555 01${10 + i}`]);
    const r = importWorkbook([sheet("members", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("occupation");
  });
});
